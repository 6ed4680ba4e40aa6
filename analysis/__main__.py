"""`python -m analysis results/<study>`: tables, figures and the claims report of a study."""

import argparse
import sys

from analysis.report import build_report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    parser.add_argument("study_dir", help="a study's results folder, e.g. results/digits")
    parser.add_argument("--out", default=None, help="output folder (default: <study_dir>/analysis)")
    parser.add_argument("--patience", type=int, default=5, help="epochs J1 must stay above J2 for a flip (default 5)")
    parser.add_argument("--protocol", choices=["eval", "online"], default="eval",
                        help="J1/J2 from the end-of-epoch evaluation in eval mode (default), or online: the training "
                             "steps' own predictions during each epoch, as the paper's authors measured them "
                             "(written to <study_dir>/analysis_online)")
    args = parser.parse_args(argv)
    try:
        result = build_report(args.study_dir, args.out, args.patience, args.protocol)
    except (FileNotFoundError, ValueError) as err:
        print(f"analysis: error: {err}", file=sys.stderr)
        return 2
    print(f"J1 and J2: the {result['protocol']} protocol")
    for claim in result["claims"]:
        print(f"- {claim.line()}".replace("**", ""))
    out = result["out_dir"]
    print(f"\nreport: {out / 'report.md'} and {out / 'report.html'}; figures in {out / 'figures'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
