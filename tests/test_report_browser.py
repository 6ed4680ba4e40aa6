"""The HTML report in a real headless browser (Debian's chromium) at a laptop's width, 1366x768:
a screenshot for a person to look at, and from the DOM, nothing wider than the page except
inside the tables' scroll containers. Skipped, with the reason, where no chromium is installed."""

import json
import re
import shutil
import subprocess

import pytest

from analysis import build_report
from tests.test_report import hand_made_study

pytestmark = pytest.mark.subprocess

VIEWPORT = (1366, 768)
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")

# Run in the page once it has loaded: every element's box against the viewport. An element inside
# a scroll container may be wider (it scrolls); the containers themselves are checked like the rest.
LAYOUT_PROBE = """<script>
window.addEventListener('load', () => {
  const width = document.documentElement.clientWidth;
  const outside = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.parentElement.closest('.table-scroll')) continue;
    const box = el.getBoundingClientRect();
    if (box.right > width + 0.5 || box.left < -0.5) outside.push(el.tagName + ' ' + Math.round(box.right));
  }
  const scrolling = [...document.querySelectorAll('.table-scroll')].filter(d => d.scrollWidth > d.clientWidth);
  document.documentElement.dataset.layout = JSON.stringify({
    width, pageWidth: document.documentElement.scrollWidth, pageHeight: document.documentElement.scrollHeight, outside,
    tables: document.querySelectorAll('table').length,
    tablesInScrollers: document.querySelectorAll('.table-scroll > table').length,
    scrolling: scrolling.length, figures: document.querySelectorAll('figure > img + figcaption').length});
});
</script>"""


def browser():
    for name in BROWSERS:
        if found := shutil.which(name):
            return found
    pytest.skip(f"no headless browser: none of {', '.join(BROWSERS)} is on PATH (Debian: apt-get install chromium; "
                ".ci/run installs it where apt-get exists)")


NARROW = 800  # a narrow window, where the wide tables must scroll inside their containers


def headless(binary, profile, *args, width=VIEWPORT[0], height=VIEWPORT[1], timeout=120):
    # --no-sandbox: tests and CI run as root, where Chromium's sandbox refuses to start.
    return subprocess.run([binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                           f"--user-data-dir={profile}", f"--window-size={width},{height}",
                           "--virtual-time-budget=10000", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout)


def probe(binary, report_html, tmp_path, width):
    """The layout probe's findings on the report in a window `width` px wide."""
    probed = tmp_path / "report_probed.html"
    probed.write_text(report_html.read_text().replace("</body>", LAYOUT_PROBE + "</body>"))
    dom = headless(binary, tmp_path / f"profile-dom-{width}", "--dump-dom", probed.as_uri(), width=width).stdout
    match = re.search(r'data-layout="([^"]*)"', dom)
    assert match, f"the layout probe did not run: {dom[:500]!r}"
    layout = json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    print(f"layout at {width} px: {layout}")
    return layout


@pytest.fixture(scope="module")
def report_html(tmp_path_factory):
    browser()  # skip before building the report where there is no browser
    folder = tmp_path_factory.mktemp("browser")
    result = build_report(hand_made_study(folder / "study"), folder / "out")
    return result["out_dir"] / "report.html"


def test_report_reads_at_a_laptops_width(report_html, tmp_path):
    binary = browser()
    shot = tmp_path / "report_1366x768.png"
    proc = headless(binary, tmp_path / "profile-shot", f"--screenshot={shot}", report_html.as_uri())
    assert shot.is_file() and shot.stat().st_size > 0, proc.stderr[-2000:]
    print(f"screenshot of the report at {VIEWPORT[0]}x{VIEWPORT[1]}: {shot}")

    layout = probe(binary, report_html, tmp_path, VIEWPORT[0])
    assert layout["width"] <= VIEWPORT[0] and layout["width"] > 1000  # the laptop's viewport, less any scroll bar
    assert layout["outside"] == [], f"wider than the page, outside any scroll container: {layout['outside']}"
    assert layout["pageWidth"] <= layout["width"]  # no horizontal scrolling of the page itself
    assert layout["tables"] >= 6 and layout["tablesInScrollers"] == layout["tables"]
    assert layout["figures"] >= 6   # every figure an image with its caption
    # Narrower still, the wide tables scroll inside their containers and the page itself does not.
    narrow = probe(binary, report_html, tmp_path, NARROW)
    assert narrow["outside"] == [] and narrow["pageWidth"] <= narrow["width"] and narrow["scrolling"] >= 2

    # The whole page at the same width, for a person to read the tables and figures too.
    whole = tmp_path / "report_1366_whole_page.png"
    headless(binary, tmp_path / "profile-whole", f"--screenshot={whole}", report_html.as_uri(),
             height=min(layout["pageHeight"], 20000))
    assert whole.is_file()
    print(f"the whole page at {VIEWPORT[0]} px wide: {whole}")
