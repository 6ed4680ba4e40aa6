"""The documentation: the site builds with warnings as errors, the README stays a front door whose links
resolve, the command-line page names every option, and the Python API page's example runs as written."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys

import pytest

from memstudy.cli import COMMANDS
from tests.helpers import REPO

DOCS = REPO / "docs"
README_MAX = 12_000  # characters: a front door (Optuna's README is about 12,000), the rest in docs/


@pytest.mark.subprocess
def test_docs_site_builds_with_warnings_as_errors(tmp_path):
    # mkdocs.yml turns every link, anchor and omitted-page check into a warning and `strict` makes
    # warnings fail the build; mkdocstrings fails on an API reference that does not resolve.
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    api = (tmp_path / "site" / "api" / "index.html").read_text()
    assert "run_study" in api and "load_table" in api and "parse_study" in api


def _links(markdown: str) -> list[str]:
    return [m for m in re.findall(r"\]\(([^)\s]+)\)", markdown) if "://" not in m and not m.startswith("#")]


def test_readme_is_a_front_door_whose_links_resolve():
    text = (REPO / "README.md").read_text()
    assert len(text) <= README_MAX, f"README.md has {len(text)} characters; move detail to docs/"
    links = _links(text)
    assert "docs/index.md" in links and "docs/api.md" in links
    missing = [link for link in links if not (REPO / link.split("#")[0]).exists()]
    assert not missing, f"README.md links to files that do not exist: {missing}"
    # Its quick start and its test command are the commands CI and a new user run.
    assert "python -m pytest" in text and "memstudy run studies/smoke.yaml" in text
    assert "python -m pytest" in (REPO / ".ci" / "run").read_text()


def _options(name: str) -> set[str]:
    import importlib

    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        importlib.import_module(COMMANDS[name][0]).main(["--help"], prog=f"memstudy {name}")
    # argparse's option lines: "  --name ...", "  -x, --name ...", "  --yes, --no-yes" (not options named in prose)
    options = set()
    for line in out.getvalue().splitlines():
        if re.match(r"  -", line):
            options |= set(re.findall(r"(--[a-z][a-z0-9-]*)", line.split("  ")[1]))
    return options - {"--help"}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_cli_page_documents_every_option(name):
    page = (DOCS / "cli.md").read_text()
    section = page.split(f"## memstudy {name}\n", 1)[1].split("\n## ", 1)[0]
    undocumented = sorted(o for o in _options(name) if f"`{o}" not in section)
    assert not undocumented, f"docs/cli.md, `memstudy {name}`: options without a line: {undocumented}"


@pytest.mark.subprocess
def test_api_page_example_runs_as_written(tmp_path):
    # The notebook example of docs/api.md, run in a fresh folder holding the study it names.
    page = (DOCS / "api.md").read_text()
    example = re.search(r"```python\n(.*?)```", page, re.S).group(1)
    (tmp_path / "studies").mkdir()
    shutil.copy(REPO / "studies" / "smoke.yaml", tmp_path / "studies")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("RAY_ADDRESS", None)
    proc = subprocess.run([sys.executable, "-c", example], cwd=tmp_path, capture_output=True, text=True,
                          timeout=600, env=env)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert (tmp_path / "results_api" / "smoke" / "analysis" / "report.html").is_file()
    # Its table is what the trials wrote: 4 trials of 3 epochs (the override), each at epoch 3.
    assert proc.stdout.count("\n") > 8 and "report.html" in proc.stdout
    import json

    study = json.loads((tmp_path / "results_api" / "smoke" / "study.json").read_text())
    assert {t["epochs"] for t in study["trials"]} == {3}


def test_the_readmes_study_file_is_a_valid_study():
    # The README's minimal study file is checked as a user's file would be (a typo there would be
    # every new user's first error).
    import yaml

    from memstudy.config import parse_study

    blocks = re.findall(r"```yaml\n(.*?)```", (REPO / "README.md").read_text(), re.S)
    studies = [yaml.safe_load(b) for b in blocks if b.startswith("name:")]
    assert studies, "the README shows no study file"
    for raw in studies:
        spec = parse_study(raw, source="README.md", base_dir=REPO)
        assert len(spec.trials) == 12  # (cce + rll at 2 alphas) x 2 etas x 2 seeds
