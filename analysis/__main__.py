"""`python -m analysis results/<study>`: tables, figures and the claims report of a study (a folder,
or the URI of a study run with an object-store --storage: fetched into a local copy first)."""

import argparse
import os
import sys
from pathlib import Path

from memstudy.metrics import FLIP_PATIENCE


def main(argv=None, prog: str = "python -m analysis") -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__)
    parser.add_argument("study_dir", help="a study's results folder, e.g. results/digits, or its URI, e.g. "
                                          "s3://bucket/prefix/digits")
    parser.add_argument("--local-copy", default="results",
                        help="for a URI: the folder its local copy goes in (default: results/, as the run's driver)")
    parser.add_argument("--out", default=None, help="output folder (default: <study_dir>/analysis)")
    parser.add_argument("--patience", type=int, default=FLIP_PATIENCE,
                        help=f"epochs J1 must stay above J2 for a flip (default {FLIP_PATIENCE})")
    parser.add_argument("--protocol", choices=["eval", "online"], default="eval",
                        help="J1/J2 from the end-of-epoch evaluation in eval mode (default), or online: the training "
                             "steps' own predictions during each epoch, as the paper's authors measured them "
                             "(written to <study_dir>/analysis_online)")
    args = parser.parse_args(argv)
    if args.patience < 1:
        parser.error(f"--patience must be at least 1 epoch, got {args.patience}")
    # After --help: these load pandas, matplotlib and torch.
    from analysis.claims import count_line
    from analysis.report import build_report
    from memstudy.storage import check_local_copy, fetch, folder_of, is_uri, redact, take_credentials

    try:
        study_dir = folder_of(args.study_dir)
        if is_uri(study_dir):
            uri, credentials = take_credentials(study_dir)  # never printed, never in the copy
            os.environ.update(credentials)
            study_dir = Path(args.local_copy) / uri.partition("?")[0].rstrip("/").rsplit("/", 1)[-1]
            check_local_copy(study_dir, uri)  # never merged into another study's folder
            copied = fetch(uri, study_dir)
            if not (study_dir / "study.json").exists():
                raise FileNotFoundError(f"{redact(uri)}: no study there (no study.json)")
            print(f"fetched {copied} new or changed files of {redact(uri)} into {study_dir}")
        result = build_report(study_dir, args.out, args.patience, args.protocol)
    except (FileNotFoundError, ValueError, OSError) as err:  # ConfigError is a ValueError
        print(f"memstudy: error: {err}", file=sys.stderr)
        return 2
    for name, why in sorted(result["damaged"].items()):
        print(f"memstudy: left out {name}: {why}", file=sys.stderr)
    print(f"J1 and J2: the {result['protocol']} protocol")
    print(f"The paper's claims: {count_line(result['claims'])}")
    for claim in result["claims"]:
        print(f"- {claim.line()}".replace("**", ""))
    print(f"\nConsistency checks of the implementation (not the paper's claims): {count_line(result['checks'])}")
    for check in result["checks"]:
        print(f"- {check.line()}".replace("**", ""))
    out = result["out_dir"]
    print(f"\nreport: {out / 'report.md'} and {out / 'report.html'}; figures in {out / 'figures'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
