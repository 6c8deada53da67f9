"""``--format markdown``: rendered with a CommonMark + tables parser, as GitHub would show it."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import builders
import pytest
from conftest import ROOT
from markdown_it import MarkdownIt

from fourlayer.model.evaluation import evaluate
from fourlayer.reporting import ReportOptions
from fourlayer.reporting.check.markdown import MAX_ROWS, MarkdownReporter, md
from fourlayer.runner import CheckRun

DATA = Path(__file__).parent / "data" / "ci"
CHECKLIST = DATA / "checklist.yaml"
PASSING, FAILING, INVALID = DATA / "passing.yaml", DATA / "failing.yaml", DATA / "invalid.yaml"
AS_OF = "2026-11-27"
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


class Page(HTMLParser):
    """The rendered HTML: every tag, the tables as lists of rows of cell texts, headings."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.tables: list[list[list[str]]] = []
        self.headings: list[str] = []
        self._cell: list[str] | None = None
        self._heading: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif re.fullmatch(r"h\d", tag):
            self._heading = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append("".join(self._cell))
            self._cell = None
        elif re.fullmatch(r"h\d", tag) and self._heading is not None:
            self.headings.append("".join(self._heading))
            self._heading = None

    def handle_data(self, data):
        for part in (self._cell, self._heading):
            if part is not None:
                part.append(data)


def render(text: str) -> Page:
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)
    return Page(html)


def markdown(cli, *args, expect: int) -> str:
    result = cli([*args, "--format", "markdown"])
    assert result.exit_code == expect, result.stderr
    return result.stdout


def check(cli, path: Path, *extra: str, expect: int) -> str:
    return markdown(cli, "check", path, "--checklist", CHECKLIST, "--as-of", AS_OF, *extra, expect=expect)


def test_failing_file(cli):
    page = render(check(cli, FAILING, "--lang", "en", expect=1))
    layers, gaps = page.tables
    assert layers[0] == ["Layer", "Status", "Score", "Pass", "Part.", "Fail", "Waiv.", "N/A"]
    assert [row[:3] for row in layers[1:]] == [
        ["1. On-site force", "❌ Not met", "8.33"],
        ["2. Professional monitoring and protection", "⚠️ Partially met", "50.00"],
        ["3. Independent periodic inspection and assessment", "❌ Not met", "25.00"],
        ["4. Connection and information sharing with the national monitoring system", "❌ Not met", "0.00"],
    ]
    assert gaps[0] == ["Control", "Severity", "Target", "Outcome", "Why", "Where"]
    assert len(gaps) == 8 and all(len(row) == 6 for row in gaps)
    assert gaps[1] == [
        "L1.01 Specialised information-security unit",
        "critical",
        "the agency",
        "Fail",
        "Not implemented",
        f"{FAILING}:34:3",
    ]
    assert [row[0].split()[0] for row in gaps[1:]] == [
        "L1.01",
        "L2.01",
        "L4.01",
        "L3.01",
        "L2.02",
        "L3.01",
        "L1.02",
    ]  # fails first, by severity
    assert "❌ Sở Thử nghiệm tỉnh Hà Tĩnh" in page.headings
    assert "details" in page.tags


def test_passing_file(cli):
    text = check(cli, PASSING, "--lang", "en", expect=0)
    page = render(text)
    assert len(page.tables) == 1
    assert "✅ No gaps." in text and "✅ **Compliant**" in text


def test_vietnamese_by_default(cli):
    page = render(check(cli, FAILING, expect=1))
    assert page.tables[0][0][:2] == ["Lớp", "Trạng thái"]
    assert page.tables[1][1][3] == "Không đạt"


def test_verbose_lists_every_pair_worst_first_as_every_report_does(cli):
    page = render(check(cli, PASSING, "--verbose", "--lang", "en", expect=0))
    outcomes = [row[3] for row in page.tables[1][1:]]
    # judged outcomes by credit, then those the score does not count (evaluation.OUTCOME_RANK)
    assert outcomes == ["Pass", "Pass", "Pass", "Waived", "Not applicable"]


def test_invalid_file(cli):
    page = render(check(cli, INVALID, "--lang", "en", expect=2))
    (table,) = page.tables
    assert [row[0] for row in table[1:]] == [f"{INVALID}:9:12", f"{INVALID}:13:9", f"{INVALID}:16:3"]
    assert [row[3] for row in table[1:]] == ["out-of-range", "unknown-key", "unknown-control"]


@pytest.mark.parametrize(("path", "expect"), [(PASSING, 0), (INVALID, 1)])
def test_validate(cli, path, expect):
    page = render(markdown(cli, "validate", path, PASSING, "--checklist", CHECKLIST, "--lang", "en", expect=expect))
    summary = page.tables[0]
    assert summary[0] == ["File", "Result"]
    assert summary[2] == [str(PASSING), "✅ valid"]
    if expect:
        assert summary[1] == [str(INVALID), "❌ 3 error(s)"]
        assert len(page.tables) == 2


def test_text_from_a_file_is_inert(cli):
    text = check(cli, DATA / "hostile.yaml", "--lang", "en", expect=1)
    page = render(text)
    assert not {"b", "i", "script", "a", "code", "del"} & set(page.tags)
    heading = next(h for h in page.headings if "Thử" in h)
    assert heading == (
        "❌ Sở <b>Thử</b> **nghiệm** | @\u2060team #\u206012 100% :\\x3aerror:\\x3ax\\x1b[31m\\x01 ]]> & "
        "`tick` [a](http\u2060://x) end"
    )
    assert "\x1b" not in text and "\x01" not in text
    # the pipe and the newline in the system name stay inside their cells
    assert all(len(row) == 6 for row in page.tables[1])
    bad = markdown(cli, "validate", DATA / "hostile-invalid.yaml", "--checklist", CHECKLIST, "--lang", "en", expect=1)
    findings = render(bad).tables[1]
    assert all(len(row) == 4 for row in findings)
    assert "evi\\x1b[31mdence%0A,x:y <b>|" in findings[1][2]


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("12. item", "12\\. item"),
        ("a | b", "a \\| b"),
        ("*x* _y_ `z` ~w~ $m$", "\\*x\\* \\_y\\_ \\`z\\` \\~w\\~ \\$m\\$"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("line\nbreak", "line break"),
        ("2026-11-27 a.b", "2026-11-27 a.b"),
        ("@team #12 a@b.vn # x", "@\u2060team #\u206012 a@\u2060b.vn # x"),
    ],
)
def test_md_escapes(text, escaped):
    assert md(text) == escaped
    rendered = MarkdownIt("commonmark").enable("table").render(md(text))
    assert "<img" not in rendered and "<h1>" not in rendered and "<ol" not in rendered


def test_long_reports_are_capped():
    checklist = builders.checklist(builders.control("L2.01"))
    systems = [builders.system(f"s{i:03d}", 1) for i in range(MAX_ROWS + 20)]
    result = evaluate(checklist, builders.assessment(*systems), date(2026, 11, 27))
    run = CheckRun(date(2026, 11, 27), checklist, (result,), ())
    text = MarkdownReporter().check(run, ReportOptions(lang="en"))
    gaps = render(text).tables[1]
    assert len(gaps) == MAX_ROWS + 1
    assert "… and 20 more gap(s)." in text
    assert len(text) < 65536


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_bundled_checklist_and_examples(cli, example):
    page = render(markdown(cli, "check", example, "--as-of", AS_OF, "--fail-on", "never", expect=0))
    assert len(page.tables[0]) == 5  # header and the four layers
