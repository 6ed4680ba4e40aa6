"""Analysis of a study's results: tidy table, flip epochs, summary tables, figures, claims report.

Reads only what trials wrote (event files, config.json, status.json); never re-runs training.
"""

from analysis.claims import check_claims, consistency_checks
from analysis.flip import early_lead_epoch, flip_epoch, trial_stats
from analysis.report import build_report
from analysis.summary import summary_table, theorem_table, trial_table
from analysis.table import load_table

__all__ = ["build_report", "check_claims", "consistency_checks", "early_lead_epoch", "flip_epoch", "load_table",
           "summary_table", "theorem_table", "trial_stats", "trial_table"]
