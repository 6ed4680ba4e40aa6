"""The `memstudy` command: `memstudy run STUDY.yaml`, `memstudy analyse RESULTS`, `memstudy bench`, `memstudy check`,
`memstudy schema`.

Each subcommand is the same as its `python -m` form (memstudy.run, analysis, memstudy.bench, memstudy.check,
memstudy.schema) and takes the same options. This front door is the one place in memstudy that reaches into analysis.
"""

from __future__ import annotations

import sys

COMMANDS = {
    "run": ("memstudy.run", "run (or resume) a study: memstudy run studies/digits.yaml"),
    "analyse": ("analysis.__main__", "tables, figures and the claims report: memstudy analyse results/digits"),
    "bench": ("memstudy.bench", "the benchmark: memstudy bench --quick"),
    "check": ("memstudy.check", "fused trials against alone, resume, memory and speed on this machine: memstudy check"),
    "schema": ("memstudy.schema", "the study file's JSON Schema, for editors: memstudy schema > study.schema.json"),
}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    usage = "usage: memstudy [--version] {" + ",".join(COMMANDS) + "} ...\n\n" + "\n".join(
        f"  {name:<8} {text}" for name, (_, text) in COMMANDS.items()) + "\n\n`memstudy COMMAND --help` for its options."
    if not argv or argv[0] in ("-h", "--help"):
        print(usage)
        return 0 if argv else 2
    if argv[0] == "--version":
        from memstudy import __version__

        print(f"memstudy {__version__}")
        return 0
    name, rest = argv[0], argv[1:]
    if name == "analyze":  # the other spelling
        name = "analyse"
    if name not in COMMANDS:
        from memstudy.errors import suggest

        print(f"memstudy: unknown command {name!r}{suggest(name, COMMANDS)}\n\n{usage}", file=sys.stderr)
        return 2
    import importlib

    return importlib.import_module(COMMANDS[name][0]).main(rest, prog=f"memstudy {name}")


if __name__ == "__main__":
    sys.exit(main())
