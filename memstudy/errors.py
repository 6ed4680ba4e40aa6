"""The one exception type for bad user input (and one for a store that stops answering), and the
registry lookup that raises it."""

from __future__ import annotations

import difflib
from typing import Any, Mapping


class ConfigError(ValueError):
    """Bad input from the user: a study file, a name, a value, missing data.

    The message names where the problem is (file and key path when known), the bad value and what
    is allowed. Subclasses ValueError so library callers can catch it the usual way.
    """


class StoreError(OSError):
    """The study's store (an object store named by a URI) did not answer within the time given to
    wait for it. Nothing finished is lost: rerunning the same command resumes when it answers."""


def suggest(name: str, choices) -> str:
    """' (did you mean X?)' for the closest valid name, or ''."""
    close = difflib.get_close_matches(str(name), [str(c) for c in choices], n=1, cutoff=0.5)
    return f" (did you mean {close[0]!r}?)" if close else ""


def lookup(registry: Mapping[str, Any], name: str, what: str) -> Any:
    """registry[name], or a ConfigError that lists the valid names and suggests the closest."""
    if name in registry:
        return registry[name]
    valid = ", ".join(sorted(registry))
    raise ConfigError(f"unknown {what} {name!r}{suggest(name, registry)}; valid: {valid}")
