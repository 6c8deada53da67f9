"""Text from a file is data, in every command and every format (SPEC §5).

One hostile self-assessment — rich markup, ANSI (CSI) and OSC escape sequences written in
YAML double quotes (``"\\e[31m"``, ``"\\e]8;;http://x\\a"``), C0 and C1 control
characters, bidirectional overrides, HTML, Markdown, spreadsheet formulas and
workflow-command syntax — in the agency name, code and province, system names, notes,
evidence references, waiver reasons, keys and values; and one hostile custom checklist.

* console (``check``, ``validate``, ``audit``, ``diff``, ``checklist show|list``): markup
  shown literally, escapes shown as ``\\x1b``; nothing reaches the terminal that acts on
  it, with colour on too (only the reporter's own colour codes);
* JSON: the exact text, with anything a terminal would act on written as a ``\\u`` escape;
* CSV: no cell a spreadsheet would run (``= + - @``, tab, CR);
* SARIF: valid against the SARIF 2.1.0 schema; JUnit: well-formed XML 1.0 whatever the
  control characters; Markdown: no HTML, no links, tables keep their columns; GitHub: no
  text can start a workflow command of its own.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, run_cli
from conftest import VALID as PLAIN
from markdown_it import MarkdownIt
from test_fuzz import no_crash

from fourlayer.model.checklist import load_checklist
from fourlayer.reporting import ReportOptions
from fourlayer.reporting.audit import console as audit_console
from fourlayer.reporting.check.console import ConsoleReporter
from fourlayer.reporting.checklist.console import render_list, render_show
from fourlayer.reporting.diff.console import render_console
from fourlayer.rounds.audit import run_audit
from fourlayer.rounds.diff import compare, load_snapshot
from fourlayer.runner import Settings, run_check, run_validate
from fourlayer.safe_text import printable

AS_OF = "2026-11-27"
SARIF_SCHEMA = Path(__file__).parent / "data" / "ci" / "sarif-schema-2.1.0.json"

# Each written as YAML would read it; the file spells them with YAML escapes.
MARKUP = "[bold red]Sở[/] [link=http://evil.example]bấm[/link]"
CSI = "\x1b[31mĐỎ\x1b[2J"
OSC = "\x1b]8;;http://evil.example\x07LINK\x1b]8;;\x07\x1b]0;pwned\x07"
CONTROLS = "\x01\x08\x7f\x85\x9b"
BIDI = "\u202etxt.exe"
HTML = "<script>alert(1)</script><img src=x onerror=alert(1)>"
MD = "| pipe | [link](http://evil.example) ![i](http://evil.example/i.png) **b** @team #12"
FORMULA = '=HYPERLINK("http://evil.example","x")'
COMMAND = "\n::error file=x::injected\r\n::stop-commands::t%0A"
AGENCY = f"{MARKUP} {CSI} {OSC} {CONTROLS} {BIDI} {HTML} {MD} {COMMAND}"


def yaml_quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar with escapes (``\\e``, ``\\a``, ``\\x01``…)."""
    named = {
        "\x1b": "\\e",
        "\x07": "\\a",
        "\x08": "\\b",
        "\n": "\\n",
        "\r": "\\r",
        "\t": "\\t",
        "\x00": "\\0",
        '"': '\\"',
        "\\": "\\\\",
        "\x85": "\\N",
    }
    out = []
    for char in text:
        if char in named:
            out.append(named[char])
        elif ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F or 0x2000 <= ord(char) <= 0x206F or ord(char) >= 0xFFFE:
            out.append(f"\\x{ord(char):02x}" if ord(char) <= 0xFF else f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def q(text: str) -> str:
    return yaml_quoted(text)


VALID = f"""schema_version: 1
agency:
  name: {q(AGENCY)}
  code: {q(FORMULA)}
  province: {q("@SUM(A1) " + CSI)}
assessed_on: 2026-09-30
assessor: {{name: {q(MARKUP)}, role: {q(CSI)}, contact: {q(OSC)}}}
systems:
  - id: portal
    name: {q("+cmd|' /C calc'!A0 " + MARKUP + CSI + OSC + CONTROLS + BIDI + HTML + MD + COMMAND)}
    level: 3
    level_approval: {{ref: {q(CSI + "123/QĐ")}, date: 2025-05-10}}
    controls:
      L1.06:
        status: implemented
        evidence:
          - {{ref: {q("-2+3 " + CSI + MARKUP)}, date: 2025-01-02, kind: contract, note: {q(OSC)}}}
        note: {q("note " + CSI + MARKUP + HTML)}
      L1.07: {{status: partial, note: {q(OSC + MD)}, due: 2026-10-01}}
controls:
  L1.01: {{status: implemented, evidence: [{{ref: {q(FORMULA + CSI)}, date: 2026-03-01, url: {q("http://x/" + CSI)}}}]}}
  L1.02: {{status: not_applicable, note: {q(CSI + MARKUP)}}}
waivers:
  - {{control: L2.03, system: portal, reason: {q(CSI + MARKUP + HTML + MD)}, approved_by: {q(OSC)},
     ref: {q(FORMULA)}, expires: 2027-06-30}}
x-ghi-chu: {q(AGENCY)}
"""
# The same agency later: another outcome, so diff has pairs to list.
NEWER = VALID.replace("L1.07: {status: partial", "L1.07: {status: implemented, evidence: [{ref: x}]")
INVALID = f"""schema_version: 1
agency:
  name: {q(MARKUP)}
  {q("evi" + CSI + "dence" + MARKUP)}: 1
assessed_on: 2026-09-30
systems:
  - id: {q(CSI + "BAD|id<b>")}
    name: x
    level: 2
    controls:
      {q("L9.99" + OSC)}: {{status: {q(FORMULA + CSI + MARKUP)}}}
controls:
  L1.01: {{status: {q(CSI + HTML + MD + COMMAND)}}}
waivers:
  - {{control: {q("L7.77" + CSI)}, system: {q(CSI + "sys" + BIDI)}, reason: r, approved_by: b, expires: 2027-06-30}}
"""
HOSTILE_TEXT = MARKUP + " " + CSI + OSC + CONTROLS + BIDI + HTML
CHECKLIST = f"""id: hostile
version: "1"
title: {{vi: {q(HOSTILE_TEXT)}, en: {q(HOSTILE_TEXT)}}}
severity_weights: {{critical: 5, high: 3, medium: 2, low: 1}}
layers:
  - {{layer: 1, title: {{vi: {q("Lớp " + HOSTILE_TEXT)}, en: {q("Layer " + HOSTILE_TEXT)}}}}}
  - {{layer: 2, title: {{vi: "Lớp 2", en: "Layer 2"}}}}
  - {{layer: 3, title: {{vi: "Lớp 3", en: "Layer 3"}}}}
  - {{layer: 4, title: {{vi: "Lớp 4", en: "Layer 4"}}}}
controls:
""" + "".join(
    f"""  - id: L{n}.01
    scope: agency
    min_level: 1
    severity: critical
    title: {{vi: {q("T " + HOSTILE_TEXT + MD)}, en: {q("T " + HOSTILE_TEXT + MD)}}}
    requirement: {{vi: {q("R " + HOSTILE_TEXT)}, en: {q("R " + HOSTILE_TEXT)}}}
    guidance: {{vi: {q("G " + HOSTILE_TEXT + COMMAND)}, en: {q("G " + HOSTILE_TEXT + COMMAND)}}}
    references:
      - {{document: {q("D " + HOSTILE_TEXT)}, provision: {q("P " + CSI)}, confidence: verified,
         url: {q("https://x.example/" + CSI)}}}
"""
    for n in (1, 2, 3, 4)
)
FOR_CHECKLIST = f"""schema_version: 1
checklist: {{id: hostile, version: "1"}}
agency: {{name: {q(AGENCY)}}}
assessed_on: 2026-09-30
systems:
  - {{id: portal, name: {q(MARKUP + CSI)}, level: 1}}
controls:
  L1.01: {{status: not_implemented}}
  L2.01: {{status: partial}}
"""

# Anything that acts on a terminal: C0 but tab and newline, DEL, C1, bidi controls.
TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SGR = re.compile("\x1b\\[[0-9;]*m")


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    paths = {}
    for name, text in (
        ("valid", VALID),
        ("newer", NEWER),
        ("invalid", INVALID),
        ("checklist", CHECKLIST),
        ("for-checklist", FOR_CHECKLIST),
    ):
        sub = folder / name
        sub.mkdir()
        paths[name] = sub / f"{name}.yaml"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def test_the_hostile_files_are_what_they_claim(files: dict[str, Path]) -> None:
    """The valid ones validate, the escapes arrive as real control characters."""
    assert run_cli(["validate", files["valid"]]).exit_code == 0
    assert run_cli(["validate", files["newer"]]).exit_code == 0
    assert run_cli(["validate", files["invalid"]]).exit_code == 1
    assert run_cli(["checklist", "lint", files["checklist"]]).exit_code == 0
    assert run_cli(["validate", files["for-checklist"], "--checklist", files["checklist"]]).exit_code == 0
    data = json.loads(run_cli(["check", files["valid"], "--format", "json", "--as-of", AS_OF]).stdout)
    assert data["reports"][0]["agency"]["name"] == AGENCY


# --- console ------------------------------------------------------------------------------
def console_runs(files: dict[str, Path]) -> dict[str, list[str | Path]]:
    cl = ["--checklist", files["checklist"]]
    return {
        "check": ["check", files["valid"], "--verbose", "--as-of", AS_OF],
        "check-invalid": ["check", files["invalid"], "--as-of", AS_OF],
        "check-custom": ["check", files["for-checklist"], *cl, "--verbose", "--as-of", AS_OF],
        "validate": ["validate", files["invalid"], files["valid"]],
        "audit": ["audit", files["valid"].parent, files["invalid"].parent, "--jobs", "1", "--as-of", AS_OF],
        "audit-custom": ["audit", files["for-checklist"], *cl, "--jobs", "1", "--as-of", AS_OF],
        "diff": ["diff", files["valid"], files["newer"], "--as-of", AS_OF],
        "diff-custom": ["diff", files["for-checklist"], files["for-checklist"], *cl, "--as-of", AS_OF],
        "diff-invalid": ["diff", files["invalid"], files["valid"], "--as-of", AS_OF],
        "checklist-show": ["checklist", "show", "L1.01", *cl],
        "checklist-list": ["checklist", "list", *cl],
        "checklist-lint": ["checklist", "lint", files["invalid"]],
    }


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize(
    "run",
    [
        "check",
        "check-invalid",
        "check-custom",
        "validate",
        "audit",
        "audit-custom",
        "diff",
        "diff-custom",
        "diff-invalid",
        "checklist-show",
        "checklist-list",
        "checklist-lint",
    ],
)
def test_console_shows_escapes_and_markup_as_text(files: dict[str, Path], run: str, lang: str) -> None:
    result = run_cli([*console_runs(files)[run], "--lang", lang])
    assert result.exit_code in (0, 1, 2), result.stderr
    for stream in (result.stdout, result.stderr):
        unsafe = TERMINAL_UNSAFE.findall(stream)
        assert not unsafe, f"{run}: {unsafe!r} would act on the terminal:\n{stream[:3000]}"
    out = result.stdout + result.stderr
    assert "\\x1b" in out, f"{run}: the escape sequence is not shown:\n{out[:3000]}"
    if run not in ("checklist-lint",):
        assert "[bold red]" in out or "[link=" in out, f"{run}: markup was interpreted:\n{out[:3000]}"


def test_console_shows_each_hostile_part_literally(files: dict[str, Path]) -> None:
    out = re.sub(r"\s+", "", run_cli(["check", files["valid"], "--as-of", AS_OF, "--lang", "en"]).stdout)
    for shown in (
        "[bold red]Sở[/]",
        "[link=http://evil.example]bấm[/link]",
        "\\x1b[31mĐỎ\\x1b[2J",
        "\\x1b]8;;http://evil.example\\x07LINK\\x1b]8;;\\x07\\x1b]0;pwned\\x07",
        "\\x01\\x08\\x7f\\x85\\x9b",
        "\\u202etxt.exe",
        HTML,
        "+cmd|'/C",
    ):
        assert re.sub(r"\s+", "", shown) in out, shown  # wrapped lines joined


def test_one_line_errors_show_file_text_escaped(files: dict[str, Path], tmp_path: Path) -> None:
    """The one-line message of a stopped command can quote a file too: ``diff`` names the
    checklist of each side, read from a JSON report."""
    report = json.loads(run_cli(["check", files["valid"], "--format", "json", "--as-of", AS_OF]).stdout)
    report["reports"][0]["checklist"] = {"id": "x" + OSC, "version": "1" + CSI + BIDI}
    side = tmp_path / "report.json"
    side.write_text(json.dumps(report), encoding="utf-8")
    result = run_cli(["diff", side, files["valid"], "--as-of", AS_OF, "--lang", "en"])
    assert result.exit_code == 2 and "different checklists" in result.stderr, result.stderr
    assert not TERMINAL_UNSAFE.findall(result.stderr), TERMINAL_UNSAFE.findall(result.stderr)


def _no_terminal_codes_but_colour(text: str) -> None:
    rest = SGR.sub("", text)
    assert not TERMINAL_UNSAFE.findall(rest), f"not a colour code: {TERMINAL_UNSAFE.findall(rest)!r}\n{text[:3000]}"


def test_colour_on_a_terminal_brings_only_colour_codes(files: dict[str, Path]) -> None:
    """On a terminal the reports are coloured: the only escapes are rich's own SGR codes."""
    options = ReportOptions(lang="en", color=True, verbose=True)
    bundled = load_checklist(None).checklist
    custom = load_checklist(str(files["checklist"])).checklist
    for checklist, paths in (
        (bundled, [files["invalid"], files["valid"], files["newer"]]),
        (custom, [files["for-checklist"], files["for-checklist"]]),
    ):
        settings = Settings(checklist=checklist, as_of=date(2026, 11, 27))
        check_text = ConsoleReporter().check(run_check([str(p) for p in paths], settings), options)
        assert SGR.search(check_text), "no colour at all: the test would prove nothing"
        _no_terminal_codes_but_colour(check_text)
        _no_terminal_codes_but_colour(
            ConsoleReporter().validate(run_validate([str(p) for p in paths], settings), options)
        )
        _no_terminal_codes_but_colour(audit_console.render(run_audit([str(p) for p in paths], settings), options))
        old, new = (load_snapshot(str(path), settings) for path in paths[-2:])
        _no_terminal_codes_but_colour(render_console(compare(old, new), options, {1: "Layer " + CSI}))
    _no_terminal_codes_but_colour(render_show(custom, custom.controls[0], "en", color=True))
    _no_terminal_codes_but_colour(render_list(custom, "en", None, None, color=True))


# --- JSON -----------------------------------------------------------------------------------
def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return [value] if isinstance(value, str) else []


def test_json_keeps_the_text_exactly_and_escapes_what_a_terminal_would_act_on(files: dict[str, Path]) -> None:
    outputs = {
        "check": run_cli(["check", files["valid"], "--format", "json", "--as-of", AS_OF]).stdout,
        "validate": run_cli(["validate", files["invalid"], "--format", "json", "--lang", "en"]).stdout,
        "audit": run_cli(["audit", files["valid"].parent, "--format", "json", "--jobs", "1", "--as-of", AS_OF]).stdout,
        "diff": run_cli(["diff", files["valid"], files["newer"], "--format", "json", "--as-of", AS_OF]).stdout,
        "checklist": run_cli(
            ["checklist", "show", "L1.01", "--checklist", files["checklist"], "--format", "json"]
        ).stdout,
    }
    for name, text in outputs.items():
        assert not TERMINAL_UNSAFE.findall(text), f"{name}: {TERMINAL_UNSAFE.findall(text)!r} written raw"
        json.loads(text)
    check = json.loads(outputs["check"])["reports"][0]
    assert check["agency"] == {"name": AGENCY, "code": FORMULA, "province": "@SUM(A1) " + CSI}
    assert check["systems"][0]["name"].startswith("+cmd|' /C calc'!A0 " + MARKUP + CSI + OSC + CONTROLS)
    assert json.loads(outputs["audit"])["agencies"][0]["agency"]["name"] == AGENCY
    assert json.loads(outputs["diff"])["old"]["agency"] == AGENCY
    messages = " ".join(f["message"] for f in json.loads(outputs["validate"])["files"][0]["findings"])
    assert "evi" + CSI + "dence" + MARKUP in messages  # the key, exactly as written
    show = json.loads(outputs["checklist"])["control"]
    assert show["title"]["en"] == "T " + HOSTILE_TEXT + MD


# --- CSV ------------------------------------------------------------------------------------
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def test_csv_cells_are_never_formulas(files: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "agencies"
    folder.mkdir()
    (folder / "valid.yaml").write_text(VALID, encoding="utf-8")
    for name, value in (
        ("tab", "\tcmd"),
        ("cr", "\r=cmd"),
        ("plus", "+1+1"),
        ("minus", "-1+1"),
        ("fullwidth", "＝1+1"),
        ("at", "@SUM(A1)"),
    ):
        text = VALID.replace(f"name: {q(AGENCY)}", f"name: {q(value)}")
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    (folder / "=broken.yaml").write_text(INVALID, encoding="utf-8")
    result = run_cli(["audit", folder, "--format", "csv", "--jobs", "1", "--as-of", AS_OF, "--lang", "en"])
    assert result.exit_code == 1, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"), newline="")))
    assert len(rows) == 9
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_START)]
    by_source = {Path(row[0]).name: row for row in rows[1:]}
    agency = rows[0].index("agency")
    assert by_source["tab.yaml"][agency] == "'\tcmd"
    # the rest of the text is kept (control characters raw or escaped: see the next test)
    assert printable(by_source["valid.yaml"][agency]) == printable(AGENCY)
    assert by_source["valid.yaml"][rows[0].index("agency_code")] == "'" + FORMULA
    assert printable(by_source["valid.yaml"][rows[0].index("province")]) == printable("'@SUM(A1) " + CSI)


def test_csv_on_stdout_does_not_act_on_the_terminal(files: dict[str, Path]) -> None:
    """``audit --format csv`` without ``-o`` prints to the terminal: escape sequences in an
    agency name or an error message must not reach it raw (``cat report.csv`` neither)."""
    result = run_cli(
        [
            "audit",
            files["valid"].parent,
            files["invalid"].parent,
            "--format",
            "csv",
            "--jobs",
            "1",
            "--as-of",
            AS_OF,
            "--lang",
            "en",
        ]
    )
    assert result.exit_code == 1
    rows = result.stdout.replace("\r\n", "\n")  # RFC 4180 line ends are harmless
    assert not TERMINAL_UNSAFE.findall(rows), TERMINAL_UNSAFE.findall(rows)


# --- SARIF, JUnit, Markdown, GitHub ------------------------------------------------------------
def ci_runs(files: dict[str, Path], fmt: str) -> dict[str, list[str | Path]]:
    cl = ["--checklist", files["checklist"]]
    return {
        "check": ["check", files["valid"], files["invalid"], "--verbose", "--as-of", AS_OF, "--format", fmt],
        "check-custom": ["check", files["for-checklist"], *cl, "--verbose", "--as-of", AS_OF, "--format", fmt],
        "validate": ["validate", files["invalid"], files["valid"], "--format", fmt],
    }


@pytest.mark.parametrize("run", ["check", "check-custom", "validate"])
def test_sarif_is_valid_and_terminal_safe(files: dict[str, Path], run: str) -> None:
    result = run_cli([*ci_runs(files, "sarif")[run], "--lang", "en"])
    log = json.loads(result.stdout)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(log)
    messages = [r["message"]["text"] for r in log["runs"][0]["results"]]
    assert messages and not [m for m in messages if TERMINAL_UNSAFE.search(m)]
    assert not TERMINAL_UNSAFE.findall(result.stdout), TERMINAL_UNSAFE.findall(result.stdout)


@pytest.mark.parametrize("run", ["check", "check-custom", "validate"])
def test_junit_is_well_formed_xml_whatever_the_control_characters(files: dict[str, Path], run: str) -> None:
    result = run_cli([*ci_runs(files, "junit")[run], "--lang", "en"])
    root = ET.fromstring(result.stdout.encode("utf-8"))  # strict XML 1.0 parser
    assert root.tag == "testsuites"
    assert not TERMINAL_UNSAFE.findall(result.stdout)
    text = " ".join([*(e.text or "" for e in root.iter()), *(v for e in root.iter() for v in e.attrib.values())])
    assert "<script>" in text or "\\x1b" in text  # shown as text, parsed back as text


def test_junit_survives_every_character_xml_forbids(tmp_path: Path) -> None:
    forbidden = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r") + "\ufffe\uffff]]>&<\"'"
    path = tmp_path / "x.yaml"
    path.write_text(VALID.replace(f"name: {q(AGENCY)}", f"name: {q(forbidden)}"), encoding="utf-8")
    result = run_cli(["check", path, "--format", "junit", "--as-of", AS_OF])
    assert result.exit_code == 1, result.stderr
    root = ET.fromstring(result.stdout.encode("utf-8"))
    agency = next(p.attrib["value"] for p in root.iter("property") if p.attrib["name"] == "agency")
    assert "]]>&<\"'" in agency and "\\x01" in agency


def _table_widths(html: str) -> list[set[int]]:
    widths = []
    for table in re.findall(r"<table>(.*?)</table>", html, flags=re.S):
        widths.append({len(re.findall(r"<t[hd][ >]", row)) for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)})
    return widths


@pytest.mark.parametrize("run", ["check", "check-custom", "validate"])
def test_markdown_has_no_html_no_links_and_whole_tables(files: dict[str, Path], run: str) -> None:
    result = run_cli([*ci_runs(files, "markdown")[run], "--lang", "en"])
    text = result.stdout
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)
    tags = set(re.findall(r"<([a-z0-9]+)", html))
    assert not tags & {"script", "img", "a", "b", "i", "iframe", "code", "del"}, tags
    raw_html = set(re.findall(r"<([a-zA-Z/!?][a-zA-Z0-9]*)", text)) - {"details", "/details", "summary", "/summary"}
    assert not raw_html, raw_html
    assert all(len(widths) == 1 for widths in _table_widths(html)), _table_widths(html)
    assert "@team" not in text and "#12" not in text  # no mention, no issue link
    assert not TERMINAL_UNSAFE.findall(text), TERMINAL_UNSAFE.findall(text)
    for line in text.splitlines():
        assert not line.startswith("::"), line


@pytest.mark.parametrize("run", ["check", "check-custom", "validate"])
def test_github_commands_cannot_be_injected(files: dict[str, Path], run: str, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    result = run_cli([*ci_runs(files, "github")[run], "--lang", "en"], env={"GITHUB_STEP_SUMMARY": str(summary)})
    lines = result.stdout.splitlines()
    assert lines
    for line in lines:
        match = re.fullmatch(r"::(error|warning|notice)( [^:]*)?::(.*)", line)
        assert match, f"not one workflow command: {line!r}"
        assert "::" not in (match[2] or ""), line  # a property cannot end the command early
    assert not [line for line in lines if "injected" in line and line.startswith("::error file=x")]
    assert not TERMINAL_UNSAFE.findall(result.stdout)
    page = MarkdownIt("commonmark").enable("table").render(summary.read_text(encoding="utf-8"))
    assert not set(re.findall(r"<([a-z0-9]+)", page)) & {"script", "img", "a"}


# --- newlines and "::" in untrusted text, in every output ---------------------------------------------
FORGED = "\n::error file=x,line=1::forged\n  ::stop-commands::t0k3n\r\n::warning::w"


HOSTILE = f"""schema_version: 1
agency: {{name: {json.dumps("Sở A" + FORGED)}, code: {json.dumps("C" + FORGED)}}}
assessed_on: 2026-09-30
systems:
  - {{id: portal, name: {json.dumps("Cổng" + FORGED)}, level: 3}}
controls:
  L1.01: {{status: implemented, evidence: [{{ref: {json.dumps("QĐ" + FORGED)}, date: 2026-03-01}}]}}
  L1.02: {{status: partial, note: {json.dumps("ghi chú" + FORGED)}, due: 2026-01-01}}
  L2.02: {{status: not_applicable, note: {json.dumps("N/A" + FORGED)}}}
waivers:
  - {{control: L2.01, reason: {json.dumps("lý do" + FORGED)}, approved_by: {json.dumps("GĐ" + FORGED)},
     expires: 2026-12-01}}
"""


INVALID_HOSTILE = HOSTILE.replace("level: 3}", f"level: 3, {json.dumps('k' + FORGED)}: 1}}")


def _assert_no_forged_line(text: str, fmt: str, where: object) -> None:
    for line in text.splitlines():
        if fmt == "github":  # every line is one of our commands; the forged text is inside one
            assert line == "" or line.startswith(
                ("::error ", "::warning ", "::notice ", "::error::", "::warning::", "::notice::")
            ), (where, line)
            assert "stop-commands" not in line.split("::")[1], (where, line)
        else:
            assert not line.lstrip().startswith("::"), (where, line)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "agency.yaml").write_text(HOSTILE, encoding="utf-8")
    (folder / ("tên\n::error::file.yaml")).write_text(HOSTILE, encoding="utf-8")
    (folder / "invalid.yaml").write_text(INVALID_HOSTILE, encoding="utf-8")
    checklist = (ROOT / "checklists" / "four-layer.yaml").read_text(encoding="utf-8")
    checklist = checklist.replace('en: "On-site force"', f"en: {json.dumps('On-site' + FORGED)}", 1)
    checklist = checklist.replace('document: "Nghị định 85/2016/NĐ-CP"', f"document: {json.dumps('NĐ 85' + FORGED)}", 1)
    (folder / "custom.checklist").write_text(checklist, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "command", ["check", "validate", "audit", "diff", "checklist show", "checklist list", "checklist lint"]
)
def test_no_output_line_starts_with_a_workflow_command_from_a_file(hostile: Path, command: str) -> None:
    from fourlayer.reporting import formats

    agency, named, invalid = hostile / "agency.yaml", hostile / "tên\n::error::file.yaml", hostile / "invalid.yaml"
    custom = hostile / "custom.checklist"
    inputs = {
        "check": [[agency, named, invalid], [agency, "--checklist", custom], [agency, "--verbose"]],
        "validate": [[agency, named, invalid]],
        "audit": [[hostile], [agency, "--checklist", custom]],
        "diff": [[agency, named], [agency, invalid]],
        "checklist show": [["L1.01", "--checklist", custom], ["L1.02", "--checklist", custom]],
        "checklist list": [["--checklist", custom]],
        "checklist lint": [[custom]],
    }[command]
    for fmt in (f.name for f in formats.TABLES[command] if not f.binary):
        for extra in inputs:
            for lang in ("vi", "en"):
                args = [*command.split(), *extra, "--format", fmt, "--lang", lang]
                if command in ("check", "audit", "diff"):
                    args += ["--as-of", AS_OF]
                done = run_cli(args, env={"GITHUB_STEP_SUMMARY": None})
                no_crash(done.stdout, done.stderr)
                _assert_no_forged_line(done.stdout, fmt, args)
                _assert_no_forged_line(done.stderr, "console", args)


# --- Markdown: no live link from a file, as GitHub renders it ----------------------------------------
LINKS = (
    "https://evil.example/login",
    "www.evil.example",
    "HTTP://X.Y/z",
    "ftp://f.example",
    "mailto:a@b.example",
    "a@b.example",
    "<https://x.example>",
    "[a](https://x.example)",
    "xmpp:a@b.example",
    "Www.Evil.Example/p",
)


def _gfm() -> object:
    try:
        import cmarkgfm
    except ImportError:  # pragma: no cover - the test extra installs it
        if os.environ.get("CI") == "true":
            pytest.fail("cmarkgfm (GitHub's cmark-gfm) is missing on CI: install the test extra")
        pytest.skip("cmarkgfm is not installed")
    return cmarkgfm


def test_markdown_makes_no_link_of_a_url_in_a_file(tmp_path: Path) -> None:
    gfm = _gfm()
    name = " ".join(LINKS)
    path = tmp_path / "www.evil.example.yaml"
    path.write_text(
        PLAIN.replace("Sở Thử nghiệm", name)
        .replace('name: "Cổng thông tin"', f"name: {json.dumps(name)}")
        .replace('ref: "45/QĐ"', f"ref: {json.dumps(name)}"),
        encoding="utf-8",
    )
    bad = tmp_path / "https:x.yaml"
    bad.write_text(PLAIN.replace("level: 1", f"level: 1, {json.dumps(name)}: 1"), encoding="utf-8")
    for args in (
        ["check", path, "--format", "markdown", "--verbose"],
        ["validate", bad, path, "--format", "markdown"],
        ["check", path, bad, "--format", "markdown"],
    ):
        for lang in ("vi", "en"):
            done = run_cli([*args, "--lang", lang, "--as-of", AS_OF] if args[0] == "check" else [*args, "--lang", lang])
            assert "evil.example/login" in done.stdout, done.stdout[:500]  # the hostile text is there, inert
            html = gfm.github_flavored_markdown_to_html(done.stdout)  # type: ignore[attr-defined]
            assert "<a " not in html, [line for line in html.splitlines() if "<a " in line][:3]
