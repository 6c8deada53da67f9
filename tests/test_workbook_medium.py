"""Findings speak the medium of the file (issue 25): an officer who knows only Excel fills a
workbook from ``init --format xlsx`` with the mistakes of the second user trial, reads each
finding, applies the fix it names at the cell it names, and ends with a valid workbook.

No YAML word reaches the workbook user; a YAML file keeps its own advice."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest
from conftest import run_cli

YAML_WORDS = (
    "status:",
    "ref:",
    "note:",
    "implemented",
    "not_applicable",
    "YYYY-MM-DD",
    "dấu hai chấm",
    "khoá",
    "after the colon",
    "add a line",
)
"""What a workbook user must never be told (the enum words cover not_implemented too)."""
CELL = re.compile(r"^[A-Z]{1,3}[0-9]+$")


def _columns(sheet) -> dict[str, int]:
    out = {}
    for cell in sheet[1]:
        if isinstance(cell.value, str) and cell.value.endswith(")"):
            out[cell.value.rsplit("(", 1)[1].rstrip(")")] = cell.column
    return out


def _blank_workbook(folder: Path, lang: str = "vi") -> Path:
    path = folder / "tu-danh-gia.xlsx"
    result = run_cli(
        [
            "init",
            "--agency",
            "Sở Y tế tỉnh Hà Tĩnh",
            "--code",
            "000.00.12.H30",
            "--province",
            "Hà Tĩnh",
            "--system",
            "cong-ttdt:Cổng thông tin điện tử:2",
            "--system",
            "his:Hệ thống HIS:3",
            "--format",
            "xlsx",
            "-o",
            path,
            "--lang",
            lang,
        ]
    )
    assert result.exit_code == 0, result.stderr
    return path


def _trial_workbook(folder: Path) -> tuple[Path, str]:
    """The trial's mistakes; returns the workbook and the control whose row was deleted."""
    path = _blank_workbook(folder)
    book = openpyxl.load_workbook(path)
    sheet = book["Trả lời"]
    col = _columns(sheet)
    rows = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, col["control"]).value]
    for r in rows:  # a careful officer: every answer with a document, dates as the workbook shows them
        sheet.cell(r, col["status"]).value = "Đã thực hiện"
        sheet.cell(r, col["evidence_ref"]).value = "12/QĐ-SYT"
        sheet.cell(r, col["evidence_date"]).value = "15/10/2026"  # typed as text
    agency = [r for r in rows if not sheet.cell(r, col["system"]).value]
    system = [r for r in rows if sheet.cell(r, col["system"]).value]
    sheet.cell(agency[1], col["status"]).value = "Đạt"
    sheet.cell(agency[3], col["status"]).value = "yes"
    sheet.cell(agency[4], col["evidence_date"]).value = "31/9/2026"
    sheet.cell(agency[5], col["evidence_ref"]).value = None  # a date, no document number
    sheet.cell(system[2], col["status"]).value = "Không áp dụng"  # and no note
    deleted = sheet.cell(agency[2], col["control"]).value
    sheet.delete_rows(agency[2])
    last = sheet.max_column + 1  # "Ghi chú (note)" moved to the far right
    for r in range(1, sheet.max_row + 1):
        sheet.cell(r, last).value = sheet.cell(r, col["note"]).value
        sheet.cell(r, col["note"]).value = None
    book.save(path)
    return path, deleted


def _findings(path: Path, lang: str = "vi") -> tuple[int, list[dict]]:
    result = run_cli(["validate", path, "--format", "json", "--lang", lang])
    assert "Traceback" not in result.stderr
    return result.exit_code, json.loads(result.stdout)["files"][0]["findings"]


def _apply(path: Path, findings: list[dict]) -> None:
    """Do what each finding says, at the cell it names, with the words it gives."""
    book = openpyxl.load_workbook(path)
    for found in findings:
        sheet = book[found["sheet"]]
        hint = found["hint"]
        if found["code"] == "workbook-missing-row":
            control = re.search(r"Gõ (L[0-9.]+) vào cột \"Mã tiêu chí\"", hint)[1]
            col = _columns(sheet)
            row = next(r for r in range(2, sheet.max_row + 2) if not sheet.cell(r, col["control"]).value)
            sheet.cell(row, col["control"]).value = control
            sheet.cell(row, col["status"]).value = "Chưa thực hiện"
            continue
        cell = sheet[found["cell"]]
        if chosen := re.search(r"Chọn \"([^\"]+)\" trong danh sách của ô " + found["cell"], hint):
            cell.value = chosen[1]
        elif choices := re.search(r"Chọn trong danh sách của ô " + found["cell"] + r" một trong: \"([^\"]+)\"", hint):
            cell.value = choices[1]  # the officer picks one of the choices offered
        elif "DD/MM/YYYY" in hint:
            cell.value = "30/09/2026"
        elif example := re.search(r"ví dụ (\S+?);", hint):
            cell.value = example[1]
        elif "lý do" in hint:
            cell.value = "Hệ thống không xử lý dữ liệu cá nhân"
        else:  # pragma: no cover - a finding this test does not know how to fix
            pytest.fail(f"no fix for {found}")
    book.save(path)


def test_the_officer_goes_from_a_blank_workbook_to_a_valid_one_by_the_findings_alone(tmp_path):
    path, deleted = _trial_workbook(tmp_path)
    code, findings = _findings(path)
    assert code == 1
    codes = {f["code"] for f in findings}
    assert {"not-allowed-value", "invalid-date", "missing-key", "note-required", "workbook-missing-row"} <= codes
    for found in findings:
        assert found["sheet"] == "Trả lời" and CELL.match(found["cell"]), found
        text = found["message"] + " " + (found["hint"] or "")
        assert not [w for w in YAML_WORDS if w.lower() in text.lower()], found
    by_code = {f["code"]: f for f in findings}
    assert "không tồn tại" in by_code["invalid-date"]["message"]  # 31/9/2026: a day that does not exist
    assert "Đã thực hiện" in by_code["not-allowed-value"]["hint"]  # the drop-down's own label
    note = by_code["note-required"]
    header = openpyxl.load_workbook(path)["Trả lời"][re.sub(r"[0-9]+", "1", note["cell"])].value
    assert header.startswith("Ghi chú"), note  # at the moved note column, not the control cell
    assert deleted in by_code["workbook-missing-row"]["message"]
    assert "Trả lời" in by_code["workbook-missing-row"]["message"]

    _apply(path, findings)
    code, after = _findings(path)
    assert (code, after) == (0, []), after
    check = run_cli(["check", path, "--summary"])
    assert check.exit_code in (0, 1), check.stderr  # evaluated: validation passed


def test_english_workbook_findings_use_the_english_labels(tmp_path):
    path = _blank_workbook(tmp_path, "en")
    book = openpyxl.load_workbook(path)
    sheet = book["Answers"]
    col = _columns(sheet)
    sheet.cell(2, col["status"]).value = "done"
    book.save(path)
    _, findings = _findings(path, "en")
    status = next(f for f in findings if f["cell"] == "F2")
    assert '"Implemented"' in status["hint"] and '"implemented"' not in status["hint"]
    assert "not_implemented" not in status["hint"] and "(status)" not in status["message"]
    blank = next(f for f in findings if f["cell"] == "F3")
    assert blank["code"] == "empty-value" and "after the colon" not in blank["hint"]
    assert "Not applicable" in blank["hint"]


@pytest.mark.parametrize(
    ("answer", "code", "said"),
    [
        ("{status: Đạt}", "not-allowed-value", "implemented"),
        ("{status: implemented, evidence: [{date: 2026-01-02}]}", "missing-key", "ref:"),
        ("{status: }", "empty-value", "dấu hai chấm"),
        ("{status: not_applicable}", "note-required", "note:"),
    ],
)
def test_a_yaml_file_keeps_its_own_advice(tmp_path, answer, code, said):
    path = tmp_path / "a.yaml"
    path.write_text(
        "schema_version: 1\nagency: {name: Sở A}\nassessed_on: 2026-09-30\nsystems: []\n"
        f"controls:\n  L1.01: {answer}\n",
        encoding="utf-8",
    )
    _, findings = _findings(path)
    found = [f for f in findings if f["code"] == code]
    assert found and "sheet" not in found[0], findings
    assert said in found[0]["message"] + " " + (found[0]["hint"] or "")
    assert found[0]["line"] == 6  # the answer's line, in YAML as before


CODES = (
    "bad-format",
    "empty-text",
    "empty-value",
    "impossible-date",
    "invalid-date",
    "missing-key",
    "no-event-not-allowed",
    "no-event-status",
    "not-allowed-value",
    "note-required",
    "out-of-range",
    "quoted-number",
    "text-too-long",
    "too-few-items",
    "unknown-key",
    "wrong-constant",
    "wrong-type",
    "yaml-boolean",
    "wrong-scope-agency",
    "wrong-scope-system",
    "unknown-control",
)
HINTS = (
    "checklist-mismatch",
    "date-day-first",
    "date-format",
    "did-you-mean",
    "empty-choose",
    "empty-list",
    "empty-mapping",
    "empty-type",
    "impossible-date",
    "missing-key",
    "no-event-not-allowed",
    "note-required",
    "quote-text",
    "quoted-number",
    "unknown-key",
    "waiver-agency-scope",
    "waiver-systems",
    "word-meaning",
    "wrong-scope-agency",
    "wrong-scope-system",
    "yaml-boolean",
    "yaml-boolean-text",
)
PATHS = (
    ("controls", "L1.01", "status"),
    ("systems", 0, "controls", "L2.01", "evidence", 0, "date"),
    ("assessed_on",),
    ("systems", 0, "level"),
    ("waivers", 0, "system"),
    ("controls", "L1.01", "evidence", 0),
)


def _every_field(code: str, hint: str | None, path: tuple) -> dict:
    from fourlayer.messages import MESSAGES

    names = set()
    for key in (f"finding.{code}", f"hint.{hint}" if hint else None):
        if key:
            names |= {n for _, n, _, _ in __import__("string").Formatter().parse(MESSAGES[key]["vi"]) if n}
    status = path[-1] == "status"  # a status cell is the one whose choices are YAML words
    return {
        name: ("implemented, partial, not_implemented, not_applicable" if status else "x, y")
        if name == "allowed"
        else ("implemented" if status else "x")
        if name == "suggestion"
        else "x"
        for name in names
    }


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize(
    ("code", "hint"),
    [(c, None) for c in CODES] + [("empty-value", h) for h in HINTS] + [("missing-key", "missing-key")],
)
def test_no_workbook_rendering_speaks_yaml(code, hint, path, lang):
    """Every schema and validation finding said in a workbook, at any kind of place: no YAML word."""
    from fourlayer.reading.datapath import DataPath
    from fourlayer.reading.findings import Finding

    params = {
        **_every_field(code, hint, path),
        "where": DataPath(path, ((0, "portal"),)),
        "key": "ref",
        "value": '"31/9/2026"' if code == "invalid-date" else '"x"',
        "status": "partial",
    }
    found = Finding(
        path="a.xlsx",
        sheet="Trả lời",
        line=3,
        column=6,
        code=code,
        params=tuple(sorted(params.items())),
        hint_key=f"hint.{hint}" if hint else None,
    )
    text = found.message(lang) + " " + (found.hint(lang) or "")
    said = (*YAML_WORDS, "Add a line", "Thêm một dòng", "colon", "(status)")
    words = [
        w
        for w in said
        if w.lower() in text.lower()
        and not (w == "implemented" and lang == "en" and re.search(r"(Partially|Not) implemented", text))
    ]
    assert not words, text


def test_a_github_annotation_of_a_workbook_names_its_sheet_and_cell(tmp_path):
    path, _ = _trial_workbook(tmp_path)
    result = run_cli(["validate", path, "--format", "github"])
    lines = [line for line in result.stdout.splitlines() if line.startswith("::error")]
    assert lines and all(re.search(r"::Trả lời![A-Z]+[0-9]+: ", line) for line in lines), lines


def test_the_command_a_missing_row_names_brings_the_row_back_and_keeps_what_was_typed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path, deleted = _trial_workbook(tmp_path)
    _, findings = _findings(path)
    _apply(path, [f for f in findings if f["code"] != "workbook-missing-row"])
    _, left = _findings(path)
    (missing,) = left
    command = re.search(r"fourlayer (convert \S+ -o \S+?):", missing["hint"])[1].split()
    assert run_cli(command).exit_code == 0
    restored = tmp_path / command[-1]
    _, after = _findings(restored)
    assert [(f["code"], f["message"].split(",")[0]) for f in after] == [("empty-value", f"Tiêu chí {deleted}")]
    before = openpyxl.load_workbook(path)["Trả lời"]
    kept = openpyxl.load_workbook(restored)["Trả lời"]
    typed = {(r[0].value, r[2].value): r[5].value for r in before.iter_rows(min_row=2) if r[0].value}
    again = {(r[0].value, r[2].value): r[5].value for r in kept.iter_rows(min_row=2) if r[0].value}
    assert again == {**typed, (deleted, None): None}  # every status as typed, the deleted row back, empty
    _apply(restored, after)
    assert _findings(restored) == (0, [])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_drop_down_column_offers_its_own_labels(tmp_path, lang):
    """The status, the evidence kind and the systems' form columns (Form 08): a value that is not a
    choice is answered with the column's labels in the workbook's language, never the YAML words."""
    from fourlayer.i18n import translate
    from fourlayer.reading.workbook.layout import WORD_COLUMNS

    path = _blank_workbook(tmp_path, lang)
    book = openpyxl.load_workbook(path)
    agency = book.worksheets[1]
    header = next(r for r in range(1, agency.max_row + 1) if str(agency.cell(r, 1).value).endswith("(id)"))
    columns = {str(c.value).rsplit("(", 1)[1].rstrip(")"): c.column for c in agency[header] if c.value}
    for key in WORD_COLUMNS:
        agency.cell(header + 1, columns[key]).value = "xyz"
    book.save(path)
    _, findings = _findings(path, lang)
    for key, (prefix, words) in WORD_COLUMNS.items():
        cell = f"{openpyxl.utils.get_column_letter(columns[key])}{header + 1}"
        (found,) = [f for f in findings if f["cell"] == cell]
        labels = [translate(lang, f"{prefix}.{word}") for word in words]
        assert all(f'"{label}"' in found["hint"] for label in labels), found
        assert not [w for w in words if f'"{w}"' in found["hint"] or f" {w}," in found["hint"]], found
