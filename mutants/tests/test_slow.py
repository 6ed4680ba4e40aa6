"""Long-running checks (about 10-15 minutes on 2 cores): `pytest -m slow`."""

import pytest

from analysis import build_report
from analysis.report import HOLDS, NOT_APPLICABLE
from helpers import REPO, run_cli

# Measured (README, "What the digits study shows"): in one of the two runs MSE's J1 - J2 at eta 0.2
# ends at 0.086 against rho/2 = 0.097. MSE memorises more slowly than CCE (its peak J1 at eta 0.2
# is 0.952), and the claim is checked in every run.
KNOWN_NOT_HOLDING = {"MSE ends with J2 well below J1 at every eta > 0, in every run (J1 - J2 >= ρ/2)"}


@pytest.mark.slow
@pytest.mark.subprocess
def test_digits_study_supports_the_papers_claims(tmp_path):
    proc = run_cli(REPO / "studies" / "digits.yaml", "--storage", tmp_path, timeout=3600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    claims = build_report(tmp_path / "digits")["claims"]
    assert len(claims) >= 29  # 23 on the figures, 6 on Theorem 1
    failing = [c for c in claims if c.verdict not in (HOLDS, NOT_APPLICABLE) and c.text not in KNOWN_NOT_HOLDING]
    assert not failing, "\n".join(c.line() for c in failing)
    # Theorem 1 on independent noise holds for every symmetric loss (RLL's three alphas, normalised
    # MSE) and does not apply to CCE and MSE.
    theorem = {c.text.split(" ")[0]: c.verdict for c in claims if "Theorem 1" in c.text}
    assert theorem == {"RLL(ALPHA=0.01)": HOLDS, "RLL(ALPHA=0.1)": HOLDS, "RLL(ALPHA=1)": HOLDS, "NMSE(SCALE=1)": HOLDS,
                       "CCE:": NOT_APPLICABLE, "MSE:": NOT_APPLICABLE}
