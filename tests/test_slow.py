"""Long-running checks (about 10-15 minutes on 2 cores): `pytest -m slow`."""

import pytest

from analysis import build_report
from analysis.report import HOLDS
from helpers import REPO, run_cli


@pytest.mark.slow
def test_digits_study_supports_the_papers_claims(tmp_path):
    proc = run_cli(REPO / "studies" / "digits.yaml", "--storage", tmp_path, timeout=3600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = build_report(tmp_path / "digits")
    figure_claims = [c for c in result["claims"] if "Theorem 1" not in c.text]
    assert len(figure_claims) >= 20
    failing = [c.line() for c in figure_claims if c.verdict != HOLDS]
    assert not failing, "\n".join(failing)
