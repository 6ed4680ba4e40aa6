"""Analysis of a study's results: tidy table, flip epochs, summary tables, figures, claims report.

Reads only what trials wrote (event files, config.json, status.json); never re-runs training.
The names below are imported on first use (PEP 562), so that `python -m analysis --help` answers
without loading pandas, matplotlib, torch or Ray.
"""

import importlib

_WHERE = {"build_report": "analysis.report", "check_claims": "analysis.claims", "consistency_checks": "analysis.claims",
          "early_lead_epoch": "analysis.flip", "flip_epoch": "analysis.flip", "load_table": "analysis.table",
          "summary_table": "analysis.summary", "theorem_table": "analysis.summary", "trial_stats": "analysis.flip",
          "trial_table": "analysis.summary"}

__all__ = sorted(_WHERE)


def __getattr__(name):
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + __all__)
