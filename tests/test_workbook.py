"""Workbooks in and out: the reader gives the YAML loader's data, located at cells; the
writer's workbook reads back to the same data; a user's own edits (labels, date cells,
reordered and added columns, extra evidence rows) are understood."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from conftest import EXAMPLES
from workbooks import answer_sheet, header_columns

from fourlayer.authoring.convert import to_yaml
from fourlayer.authoring.workbook_writer import build_workbook
from fourlayer.model.checklist import load_checklist
from fourlayer.reading.findings import finding
from fourlayer.reading.loading import load_file, parse_text
from fourlayer.reading.validation import check_loaded
from fourlayer.reading.workbook.layout import ANSWER_COLUMNS, key_of
from fourlayer.reading.workbook.reader import CellMark, read_workbook

CHECKLIST = load_checklist().checklist
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


def write(path: Path, data: dict, lang: str = "vi") -> Path:
    path.write_bytes(build_workbook(CHECKLIST, data, lang))
    return path


def two_systems() -> dict:
    return {
        "schema_version": 1,
        "checklist": {"id": CHECKLIST.id, "version": CHECKLIST.version},
        "agency": {"name": "Sở Thử nghiệm", "code": "000.00.15.H42"},
        "assessed_on": "2026-09-30",
        "systems": [
            {"id": "portal", "name": "Cổng thông tin", "level": 2},
            {"id": "mail", "name": "Thư điện tử", "level": 3},
        ],
    }


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_yaml_assessment_written_as_a_workbook_reads_back_to_the_same_data(example, lang, tmp_path):
    data = load_file(example).data
    read = read_workbook(write(tmp_path / "a.xlsx", data, lang))
    assert read.findings == ()
    assert read.data == data


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.name)
def test_workbook_to_yaml_gives_the_same_data_and_the_init_layout(example, tmp_path):
    data = load_file(example).data
    text = to_yaml(CHECKLIST, read_workbook(write(tmp_path / "a.xlsx", data)).data, "vi")
    again = parse_text(text, "again.yaml")
    assert again.data == data
    assert text.startswith("# yaml-language-server: $schema=assessment.schema.json\n")
    assert "# Hướng dẫn và căn cứ pháp lý: fourlayer checklist show" in text  # init's comments


def test_the_template_asks_every_planned_pair_with_headers_naming_the_keys(tmp_path):
    book = openpyxl.load_workbook(write(tmp_path / "t.xlsx", two_systems()))
    sheet = answer_sheet(book)
    headers = [cell.value for cell in sheet[1]]
    assert "Mã tiêu chí (control)" in headers and "Trạng thái (status)" in headers
    assert "Số, ký hiệu văn bản (evidence_ref)" in headers and "Ngày văn bản (evidence_date)" in headers
    assert [key_of(h) for h in headers] == [c.key for c in ANSWER_COLUMNS]
    columns = header_columns(sheet)
    pairs = [
        (sheet.cell(r, columns["control"]).value, sheet.cell(r, columns["system"]).value or None)
        for r in range(2, sheet.max_row + 1)
    ]
    assert len(pairs) == len(set(pairs))
    assert {s for _, s in pairs} == {None, "portal", "mail"}
    # every pair the YAML template asks is a row, and nothing else
    yaml_data = read_workbook(tmp_path / "t.xlsx").data
    asked = {(c, None) for c in yaml_data["controls"]}
    asked |= {(c, s["id"]) for s in yaml_data["systems"] for c in s.get("controls", {})}
    assert set(pairs) == asked


def test_headers_and_ids_are_protected_and_answer_cells_are_not(tmp_path):
    book = openpyxl.load_workbook(write(tmp_path / "t.xlsx", two_systems()))
    sheet = answer_sheet(book)
    columns = header_columns(sheet)
    assert sheet.protection.sheet
    assert sheet.cell(1, columns["status"]).protection.locked
    assert sheet.cell(2, columns["control"]).protection.locked
    assert sheet.cell(2, columns["system"]).protection.locked
    for key in ("status", "evidence_ref", "evidence_date", "note", "due"):
        assert not sheet.cell(2, columns[key]).protection.locked, key
    statuses = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert any("Đã thực hiện" in (v.formula1 or "") for v in statuses)


def _filled(tmp_path: Path, **changes) -> Path:
    """The two-system template filled as a user fills it in Excel (openpyxl)."""
    path = write(tmp_path / "t.xlsx", two_systems())
    book = openpyxl.load_workbook(path)
    sheet = answer_sheet(book)
    columns = header_columns(sheet)
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, columns["status"]).value = "Đã thực hiện"
        sheet.cell(row, columns["evidence_ref"]).value = f"{row}/QĐ-STN"
        sheet.cell(row, columns["evidence_date"]).value = datetime(2026, 3, 1)
    for (row, key), value in changes.get("cells", {}).items():
        sheet.cell(row, columns[key]).value = value
    book.save(path)
    return path


def test_vietnamese_labels_date_cells_and_typed_dates_read_as_yaml_words_and_iso_dates(tmp_path):
    path = _filled(
        tmp_path,
        cells={
            (2, "status"): "thực hiện MỘT phần",
            (3, "status"): "not_implemented",
            (3, "evidence_date"): "15/02/2026",
            (4, "evidence_date"): "2026-01-31",
            (4, "evidence_kind"): "Hợp đồng",
            (5, "due"): date(2027, 1, 1),
        },
    )
    data = read_workbook(path).data
    answers = [*data["controls"].values(), *(a for s in data["systems"] for a in s["controls"].values())]
    assert [a["status"] for a in answers[:3]] == ["partial", "not_implemented", "implemented"]
    assert answers[0]["evidence"] == [{"ref": "2/QĐ-STN", "date": "2026-03-01"}]
    assert answers[1]["evidence"][0]["date"] == "2026-02-15"
    assert answers[2]["evidence"][0] == {"ref": "4/QĐ-STN", "date": "2026-01-31", "kind": "contract"}
    assert answers[3]["due"] == "2027-01-01"


def test_an_impossible_typed_date_is_kept_as_typed_for_the_finding(tmp_path):
    path = _filled(tmp_path, cells={(3, "evidence_date"): "31/02/2026"})
    data = read_workbook(path).data
    answers = [*data["controls"].values(), *(a for s in data["systems"] for a in s["controls"].values())]
    assert answers[1]["evidence"][0]["date"] == "31/02/2026"  # never the made-up 2026-02-31


def test_columns_are_found_by_key_whatever_their_order_and_extra_columns_are_ignored(tmp_path):
    path = _filled(tmp_path)
    before = read_workbook(path).data
    book = openpyxl.load_workbook(path)
    sheet = answer_sheet(book)
    sheet.protection.sheet = False
    columns = header_columns(sheet)
    status, ref = columns["status"], columns["evidence_ref"]
    for row in range(1, sheet.max_row + 1):  # swap the status and evidence_ref columns
        a, b = sheet.cell(row, status), sheet.cell(row, ref)
        a.value, b.value = b.value, a.value
    sheet.cell(1, sheet.max_column + 1).value = "Người phụ trách"  # the user's own column
    sheet.cell(2, sheet.max_column).value = "anh Hùng"
    book.save(path)
    assert header_columns(answer_sheet(openpyxl.load_workbook(path)))["status"] == ref
    assert read_workbook(path).data == before


def test_extra_rows_add_evidence_to_the_answer_above(tmp_path):
    path = _filled(tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = answer_sheet(book)
    columns = header_columns(sheet)
    sheet.insert_rows(3)
    sheet.cell(3, columns["evidence_ref"]).value = "HĐ 7/2026"
    sheet.cell(3, columns["evidence_date"]).value = datetime(2026, 4, 2)
    first = sheet.cell(2, columns["control"]).value
    book.save(path)
    read = read_workbook(path)
    assert read.findings == ()
    assert read.data["controls"][first]["evidence"] == [
        {"ref": "2/QĐ-STN", "date": "2026-03-01"},
        {"ref": "HĐ 7/2026", "date": "2026-04-02"},
    ]
    checked = check_loaded(read, CHECKLIST)
    assert checked.errors == ()


def test_a_wrong_status_is_located_at_its_cell(tmp_path):
    path = _filled(tmp_path, cells={(7, "status"): "yes"})
    checked = check_loaded(read_workbook(path), CHECKLIST)
    (error,) = checked.errors
    assert (error.code, error.sheet, error.line, error.cell) == ("not-allowed-value", "Trả lời", 7, "F7")
    assert error.location() == f"{path}:Trả lời!F7"
    assert error.to_dict("en")["column"] == 6 and error.to_dict("en")["sheet"] == "Trả lời"


def test_a_formula_in_an_answer_cell_is_an_error_and_its_value_is_never_used(tmp_path):
    path = _filled(tmp_path, cells={(4, "status"): '="implemented"'})
    read = read_workbook(path)
    checked = check_loaded(read, CHECKLIST)
    codes = {(f.code, f.cell) for f in checked.errors}
    assert ("workbook-formula", "F4") in codes
    assert checked.assessment is None


def test_a_blank_status_reads_as_an_empty_status_like_the_yaml_template(tmp_path):
    path = write(tmp_path / "t.xlsx", two_systems())
    checked = check_loaded(read_workbook(path), CHECKLIST)
    assert checked.errors and {f.code for f in checked.errors} == {"empty-value"}
    assert all(f.sheet == "Trả lời" and f.column == 6 for f in checked.errors)


def test_findings_sort_sheet_by_sheet_and_a_workbook_mark_carries_its_sheet():
    mark = CellMark("Trả lời", 12, 4)
    assert tuple(mark) == (12, 4)
    located = finding("a.xlsx", mark, "workbook-formula")
    whole = finding("a.xlsx", None, "workbook-damaged")
    assert sorted([located, whole]) == [whole, located]
    assert located.location() == "a.xlsx:Trả lời!D12" and located.position() == "Trả lời!D12"
    assert whole.location() == "a.xlsx" and "sheet" not in whole.to_dict("vi")


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "45"])
def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path, text):
    data = two_systems()
    data["agency"]["name"] = text
    data["controls"] = {"L1.01": {"status": "implemented", "note": text, "evidence": [{"ref": text}]}}
    path = write(tmp_path / "t.xlsx", data)
    book = openpyxl.load_workbook(path)
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value == text]
    assert len(cells) == 3 and all(c.data_type == "s" for c in cells)
    read = read_workbook(path).data
    assert read["agency"]["name"] == text and read["controls"]["L1.01"] == data["controls"]["L1.01"]


def test_convert_moves_a_half_filled_workbook_but_refuses_one_with_errors(tmp_path):
    from fourlayer.authoring.convert import convert_file

    blank = write(tmp_path / "blank.xlsx", two_systems())
    moved = convert_file(str(blank), "out.yaml", CHECKLIST, "vi")
    assert isinstance(moved.content, str) and moved.answers > 0 and moved.systems == 2
    answers = [*parse_text(moved.content, "out.yaml").data["controls"].values()]
    assert answers and all(a == {"status": None} for a in answers)  # init's blank statuses
    wrong = _filled(tmp_path, cells={(3, "status"): "yes"})
    refused = convert_file(str(wrong), "out.yaml", CHECKLIST, "vi")
    assert refused.content is None and [f.code for f in refused.findings if f.is_error] == ["not-allowed-value"]


def test_an_empty_template_and_the_init_yaml_ask_the_same_questions(tmp_path):
    from fourlayer.authoring.convert import template_data
    from fourlayer.authoring.init import SystemSpec, build_template
    from fourlayer.model.assessment import Agency

    systems = (SystemSpec("portal", "Cổng", 2), SystemSpec("mail", "Thư", 3))
    day = date(2026, 9, 30)
    data = template_data(CHECKLIST, Agency("Sở Thử nghiệm"), systems, day)
    from_workbook = read_workbook(write(tmp_path / "t.xlsx", data)).data
    from_yaml = parse_text(build_template(CHECKLIST, Agency("Sở Thử nghiệm"), systems, day, "vi"), "t.yaml").data
    assert from_workbook == from_yaml


def test_text_is_read_in_nfc_as_the_yaml_loader_reads_it(tmp_path):
    import unicodedata

    data = two_systems()
    decomposed = unicodedata.normalize("NFD", "Sở Y tế tỉnh Nghệ An")
    data["agency"]["name"] = decomposed
    data["systems"][0]["name"] = decomposed
    read = read_workbook(write(tmp_path / "t.xlsx", data)).data
    assert read["agency"]["name"] == read["systems"][0]["name"] == unicodedata.normalize("NFC", decomposed)
    assert read["agency"]["name"] != decomposed


def _first_row(sheet, columns, system: bool) -> int:
    """The first answer row of an agency-scope control (``system`` False) or of a system's."""
    return next(r for r in range(2, sheet.max_row + 1) if bool(sheet.cell(r, columns["system"]).value) is system)


def _no_control(sheet, columns):
    row = _first_row(sheet, columns, system=False)
    sheet.cell(row, columns["control"]).value = None  # the first answer row: no answer above it
    return row, columns["control"]


def _unknown_system(sheet, columns):
    row = _first_row(sheet, columns, system=True)
    sheet.cell(row, columns["system"]).value = "khong-co"
    return row, columns["system"]


def _duplicate_column(sheet, columns):
    column = sheet.max_column + 1
    sheet.cell(1, column).value = "Trạng thái lần hai (status)"
    return 1, column


def _answer_twice(sheet, columns):
    row = _first_row(sheet, columns, system=False)
    sheet.insert_rows(row + 1)
    sheet.cell(row + 1, columns["note"]).value = "ghi chú ở dòng thêm"  # an extra row holds evidence only
    return row + 1, columns["note"]


@pytest.mark.parametrize(
    "edit, code",
    [
        (_no_control, "workbook-no-control"),
        (_unknown_system, "workbook-unknown-system"),
        (_duplicate_column, "workbook-duplicate-column"),
        (_answer_twice, "workbook-answer-twice"),
    ],
)
def test_the_readers_own_problems_are_errors_at_their_cell(tmp_path, edit, code):
    path = _filled(tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = answer_sheet(book)
    row, column = edit(sheet, header_columns(sheet))
    book.save(path)
    read = read_workbook(path)
    assert [(f.code, f.sheet, f.line, f.column) for f in read.findings] == [(code, "Trả lời", row, column)]
    assert all(f.is_error for f in read.findings)
    assert all(f.hint("vi") and f.hint("en") for f in read.findings)  # each says what to do next
    checked = check_loaded(read, CHECKLIST)
    assert code in {f.code for f in checked.errors} and checked.assessment is None


def test_a_workbook_without_an_answer_sheet_is_an_error_for_the_whole_file(tmp_path):
    path = _filled(tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = answer_sheet(book)
    sheet.cell(1, header_columns(sheet)["status"]).value = "Trạng thái"  # the key in parentheses is gone
    book.save(path)
    (problem,) = [f for f in read_workbook(path).findings if f.code == "workbook-no-answers"]
    assert problem.is_error and problem.location() == str(path)


@pytest.mark.parametrize(
    "typed, read_as",
    [("có", True), ("Không", False), ("x", True), (True, True), ("sai", False), ("chưa rõ", "chưa rõ")],
)
def test_a_no_event_cell_may_be_typed_as_a_yes_or_no_word(tmp_path, typed, read_as):
    path = _filled(tmp_path, cells={(2, "no_event"): typed})
    data = read_workbook(path).data
    first = next(iter(data["controls"].values()))
    assert first["no_event"] == read_as


@pytest.mark.parametrize("empty, moves", [("status", True), ("note", False), ("due", False)])
def test_only_a_blank_status_lets_a_file_with_errors_convert(tmp_path, empty, moves):
    from fourlayer.authoring.convert import convert_file

    path = tmp_path / "a.yaml"
    path.write_text(to_yaml(CHECKLIST, two_systems(), "vi", filled=False), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    if empty != "status":  # one answer gets an empty `note:` or `due:` beside its blank status
        text = re.sub(r"^( +)status:\n", rf"\1status:\n\1{empty}:\n", text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")
    done = convert_file(str(path), "a.xlsx", CHECKLIST, "vi")
    empties = {f.code for f in done.findings if f.is_error}
    assert empties == {"empty-value"}
    assert (done.content is not None) is moves


def test_a_typo_in_a_header_key_is_an_unknown_key_at_each_cell_filled_under_it(tmp_path):
    path = _filled(tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = answer_sheet(book)
    column = sheet.max_column + 1
    sheet.cell(1, column).value = "Ghi chú (notes)"
    sheet.cell(3, column).value = "đã rà soát"
    book.save(path)
    checked = check_loaded(read_workbook(path), CHECKLIST)
    assert [(f.code, f.sheet, f.line, f.column) for f in checked.errors] == [("unknown-key", "Trả lời", 3, column)]
