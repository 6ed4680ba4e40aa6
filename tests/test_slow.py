"""Long-running checks (about 10-15 minutes on 2 cores): `pytest -m slow`."""

import pytest

from analysis import build_report
from analysis.claims import HOLDS, NOT_APPLICABLE
from helpers import REPO, run_cli

# Measured (README, "What the digits study shows"): MSE's J1 - J2 at eta 0.2 ends near rho/2 in one
# run (0.011 short of it on the 2-core VM the README's numbers come from; 0.031 over it on another
# machine), so this claim may go either way from machine to machine.
MAY_NOT_HOLD = ("MSE ends with J2 well below J1 at every eta > 0, in every run",)


@pytest.mark.slow
@pytest.mark.subprocess
def test_digits_study_supports_the_papers_claims(tmp_path):
    proc = run_cli(REPO / "studies" / "digits.yaml", "--storage", tmp_path, timeout=3600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = build_report(tmp_path / "digits")
    claims, checks = result["claims"], result["checks"]
    assert len(claims) == 27  # the figures' claims on CCE, MSE, RLL's three alphas and normalised MSE
    failing = [c for c in claims if c.verdict != HOLDS and not c.text.startswith(MAY_NOT_HOLD)]
    assert not failing, "\n".join(c.line() for c in failing)
    # The consistency checks, apart: Theorem 1's line holds on the independent test copy for every
    # symmetric loss (RLL's three alphas, normalised MSE) and does not apply to CCE and MSE.
    theorem = {c.text.split(" ")[0]: c.verdict for c in checks}
    assert theorem == {"RLL(ALPHA=0.01)": HOLDS, "RLL(ALPHA=0.1)": HOLDS, "RLL(ALPHA=1)": HOLDS, "NMSE(SCALE=1)": HOLDS,
                       "CCE:": NOT_APPLICABLE, "MSE:": NOT_APPLICABLE}
