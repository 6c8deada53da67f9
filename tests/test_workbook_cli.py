"""Workbooks through the real command line: validate, check and audit read ``.xlsx`` as
they read YAML, with the same verdicts, and findings located at Sheet!Cell."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from conftest import EXAMPLES, ROOT, run_cli
from workbooks import answer_sheet, header_columns

from fourlayer.authoring.convert import to_yaml
from fourlayer.authoring.workbook_writer import build_workbook
from fourlayer.model.checklist import load_checklist
from fourlayer.reading.loading import load_file
from fourlayer.reading.workbook.layout import AGENCY_FIELDS
from fourlayer.reading.workbook.reader import read_workbook

CHECKLIST = load_checklist().checklist
AS_OF = "2026-11-30"
EXAMPLE = EXAMPLES / "so-y-te-nghe-an.yaml"


def as_workbook(source: Path, target: Path) -> Path:
    target.write_bytes(build_workbook(CHECKLIST, load_file(source).data, "vi"))
    return target


def type_status(workbook: Path, row: int, value: str) -> int:
    """Type ``value`` into the status cell of ``row`` of the answer sheet, as a user would;
    the status column's number."""
    book = openpyxl.load_workbook(workbook)
    sheet = answer_sheet(book)
    status = header_columns(sheet)["status"]
    sheet.cell(row, status).value = value
    book.save(workbook)
    return status


def outcomes(report: dict) -> list[tuple]:
    return [(r["control"], r["system"], r["outcome"], tuple(r["reasons"])) for r in report["results"]]


def check_report(cli, path: Path, *extra: str) -> tuple[int, dict]:
    result = cli(["check", path, "--format", "json", "--as-of", AS_OF, *extra])
    return result.exit_code, json.loads(result.stdout)


def test_check_of_a_workbook_and_of_its_yaml_give_the_same_verdict_score_and_outcomes(cli, tmp_path):
    workbook = as_workbook(EXAMPLE, tmp_path / "so-y-te.xlsx")
    yaml_code, yaml_report = check_report(cli, EXAMPLE)
    xlsx_code, xlsx_report = check_report(cli, workbook)
    assert xlsx_code == yaml_code
    (a,), (b,) = yaml_report["reports"], xlsx_report["reports"]
    assert (b["verdict"], b["score"], b["layers"], b["systems"]) == (
        a["verdict"],
        a["score"],
        a["layers"],
        a["systems"],
    )
    assert outcomes(b) == outcomes(a)


def test_a_status_yes_is_reported_at_its_row_in_every_format(cli, tmp_path):
    workbook = as_workbook(EXAMPLE, tmp_path / "a.xlsx")
    status = type_status(workbook, 9, "yes")

    console = cli(["validate", workbook])
    assert console.exit_code == 1
    assert "Trả lời!F9" in console.stdout and "yes" in console.stdout
    code, report = check_report(cli, workbook)
    assert code == 2
    (found,) = report["errors"][0]["findings"]
    assert (found["line"], found["column"], found["sheet"], found["cell"]) == (9, status, "Trả lời", "F9")
    text = cli(["check", workbook, "--as-of", AS_OF]).stdout
    assert f"{workbook}:Trả lời!F9" in text
    sarif = json.loads(cli(["check", workbook, "--format", "sarif", "--as-of", AS_OF]).stdout)
    regions = [loc["physicalLocation"].get("region") for r in sarif["runs"][0]["results"] for loc in r["locations"]]
    assert {"startLine": 9, "startColumn": status} in regions
    github = cli(["check", workbook, "--format", "github", "--as-of", AS_OF]).stdout
    assert f"file={workbook},line=9,col={status}" in github


def test_a_formula_answer_makes_check_exit_2(cli, tmp_path):
    workbook = as_workbook(EXAMPLE, tmp_path / "a.xlsx")
    type_status(workbook, 5, '=IF(TRUE,"implemented","partial")')
    code, report = check_report(cli, workbook)
    assert code == 2
    assert "workbook-formula" in {f["code"] for f in report["errors"][0]["findings"]}


def test_audit_finds_workbooks_beside_yaml_files_and_scores_them_alike(cli, tmp_path):
    folder = tmp_path / "round"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "a.yaml")
    as_workbook(EXAMPLE, folder / "b.xlsx")
    (folder / "~$b.xlsx").write_bytes(b"lock")
    result = cli(["audit", folder, "--format", "json", "--as-of", AS_OF])
    data = json.loads(result.stdout)
    rows = data["agencies"]
    assert [Path(r["source"]).name for r in rows] == ["a.yaml", "b.xlsx"]
    assert rows[0]["score"] == rows[1]["score"] and rows[0]["verdict"] == rows[1]["verdict"]


def test_a_workbook_filled_with_openpyxl_converts_to_yaml_that_checks_the_same(cli, tmp_path):
    data = load_file(EXAMPLE).data
    empty = {key: value for key, value in data.items() if key not in ("controls", "waivers")}
    empty["systems"] = [{k: v for k, v in s.items() if k != "controls"} for s in data["systems"]]
    workbook = tmp_path / "filled.xlsx"
    workbook.write_bytes(build_workbook(CHECKLIST, empty, "vi"))
    book = openpyxl.load_workbook(workbook)
    sheet = answer_sheet(book)
    columns = header_columns(sheet)
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, columns["status"]).value = "Đã thực hiện" if row % 3 else "Chưa thực hiện"
        sheet.cell(row, columns["evidence_ref"]).value = f"{row}/QĐ-SYT"
        sheet.cell(row, columns["evidence_date"]).value = datetime(2026, 1 + row % 9, 1)
    book.save(workbook)
    converted = tmp_path / "filled.yaml"
    converted.write_text(to_yaml(CHECKLIST, read_workbook(workbook).data, "vi"), encoding="utf-8")
    assert cli(["validate", converted]).exit_code == 0
    code_x, from_xlsx = check_report(cli, workbook)
    code_y, from_yaml = check_report(cli, converted)
    assert code_x == code_y
    (a,), (b,) = from_xlsx["reports"], from_yaml["reports"]
    assert (a["verdict"], a["score"], outcomes(a)) == (b["verdict"], b["score"], outcomes(b))


def test_init_xlsx_filled_with_openpyxl_converts_to_valid_yaml_that_checks_the_same(cli, tmp_path):
    workbook = tmp_path / "tu-danh-gia.xlsx"
    made = cli(
        [
            "init",
            "--agency",
            "Sở Thử nghiệm",
            "--system",
            "portal:Cổng thông tin:2",
            "--system",
            "mail:Thư điện tử:3",
            "--assessed-on",
            "2026-09-30",
            "--format",
            "xlsx",
            "-o",
            workbook,
        ]
    )
    assert made.exit_code == 0, made.stderr
    book = openpyxl.load_workbook(workbook)
    sheet = answer_sheet(book)
    headers = " ".join(str(cell.value) for cell in sheet[1])
    for key in ("(control)", "(system)", "(status)", "(evidence_ref)", "(evidence_date)"):
        assert key in headers
    columns = header_columns(sheet)
    systems = {sheet.cell(r, columns["system"]).value for r in range(2, sheet.max_row + 1)}
    assert systems == {None, "portal", "mail"}
    labels = ["Đã thực hiện", "Thực hiện một phần", "implemented", "Chưa thực hiện"]
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, columns["status"]).value = labels[row % 4]
        sheet.cell(row, columns["evidence_ref"]).value = f"{row}/QĐ-STN"
        sheet.cell(row, columns["evidence_date"]).value = datetime(2026, 1 + row % 8, 10)
    book.save(workbook)

    converted = tmp_path / "tu-danh-gia.yaml"
    done = cli(["convert", workbook, "-o", converted])
    assert done.exit_code == 0, done.stderr
    assert cli(["validate", converted]).exit_code == 0
    code_x, from_xlsx = check_report(cli, workbook)
    code_y, from_yaml = check_report(cli, converted)
    assert code_x == code_y
    (a,), (b,) = from_xlsx["reports"], from_yaml["reports"]
    assert (a["verdict"], a["score"], a["layers"], outcomes(a)) == (b["verdict"], b["score"], b["layers"], outcomes(b))
    assert {r["outcome"] for r in a["results"]} >= {"pass", "partial", "fail"}


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_yaml_to_xlsx_to_yaml_changes_no_outcome(cli, tmp_path, example):
    workbook, back = tmp_path / "a.xlsx", tmp_path / "back.yaml"
    assert cli(["convert", example, "-o", workbook]).exit_code == 0
    assert cli(["convert", workbook, "-o", back]).exit_code == 0
    assert load_file(back).data == load_file(example).data
    (a,), (b,) = check_report(cli, example)[1]["reports"], check_report(cli, back)[1]["reports"]
    assert (a["verdict"], a["score"], outcomes(a)) == (b["verdict"], b["score"], outcomes(b))


def test_init_takes_the_format_from_the_suffix_and_refuses_a_mismatch(cli, tmp_path):
    base = ["init", "--agency", "Sở Thử nghiệm", "--system", "portal:Cổng:1"]
    assert cli([*base, "-o", tmp_path / "a.xlsx"]).exit_code == 0
    assert zipfile.is_zipfile(tmp_path / "a.xlsx")
    assert cli([*base, "-o", tmp_path / "a.yaml"]).exit_code == 0
    assert (tmp_path / "a.yaml").read_text(encoding="utf-8").startswith("# yaml-language-server")
    mismatch = cli([*base, "--format", "xlsx", "-o", tmp_path / "b.yaml"])
    assert mismatch.exit_code == 2 and not (tmp_path / "b.yaml").exists()
    again = cli([*base, "-o", tmp_path / "a.xlsx"])
    assert again.exit_code == 2  # never over an existing file without --force


def test_convert_refuses_a_file_with_errors_and_says_where(cli, tmp_path):
    workbook = as_workbook(EXAMPLE, tmp_path / "a.xlsx")
    type_status(workbook, 4, "yes")
    result = cli(["convert", workbook, "-o", tmp_path / "a.yaml", "--lang", "en"])
    assert result.exit_code == 2
    assert f"{workbook}:Trả lời!F4" in " ".join(result.stderr.split()) and not (tmp_path / "a.yaml").exists()
    same = cli(["convert", workbook, "-o", tmp_path / "b.xlsx"])
    unknown = cli(["convert", workbook, "-o", tmp_path / "b.txt"])
    assert same.exit_code == 2 and unknown.exit_code == 2


V1_EXAMPLES = sorted((Path(__file__).parent / "data" / "v1-examples").glob("*.yaml"))


@pytest.mark.parametrize("example", V1_EXAMPLES, ids=lambda p: p.name)
def test_a_version_1_assessment_converts_with_version_1_and_checks_the_same(cli, tmp_path, example):
    workbook, back = tmp_path / "v1.xlsx", tmp_path / "v1.yaml"
    assert cli(["convert", example, "-o", workbook]).exit_code == 0
    data = read_workbook(workbook).data
    assert data["checklist"] == {"id": "four-layer", "version": "1"}
    assert data == load_file(example).data
    assert cli(["convert", workbook, "-o", back]).exit_code == 0
    (a,), (b,) = check_report(cli, example)[1]["reports"], check_report(cli, workbook)[1]["reports"]
    assert a["checklist"]["version"] == b["checklist"]["version"] == "1"
    assert (a["verdict"], a["score"], outcomes(a)) == (b["verdict"], b["score"], outcomes(b))


def test_init_builds_the_workbook_from_the_version_asked_for(cli, tmp_path):
    base = ["init", "--agency", "Sở Thử nghiệm", "--system", "portal:Cổng:2", "--assessed-on", "2026-09-30"]
    for version in ("1", "2"):
        path = tmp_path / f"v{version}.xlsx"
        assert cli([*base, "--version", version, "-o", path]).exit_code == 0
        data = read_workbook(path).data
        yaml_path = tmp_path / f"v{version}.yaml"
        assert cli([*base, "--version", version, "-o", yaml_path]).exit_code == 0
        assert data == load_file(yaml_path).data
        assert data["checklist"]["version"] == version


def test_audit_json_locates_a_workbook_error_at_its_cell_and_follows_its_schema(cli, tmp_path):
    import jsonschema

    from fourlayer.resources import schema

    folder = tmp_path / "round"
    folder.mkdir()
    workbook = as_workbook(EXAMPLE, folder / "a.xlsx")
    type_status(workbook, 6, "yes")
    result = cli(["audit", folder, "--format", "json", "--as-of", AS_OF, "--jobs", "2"])
    assert result.exit_code == 1, result.stderr
    data = json.loads(result.stdout)
    jsonschema.Draft202012Validator(schema("audit")).validate(data)
    found = [f for problem in data["errors"] for f in problem["findings"]]
    assert [(f["sheet"], f["cell"], f["line"]) for f in found] == [("Trả lời", "F6", 6)]


ISO = re.compile(r"\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b")


def _workbook(tmp_path, lang: str = "vi", *extra: str):
    path = tmp_path / "tu-danh-gia.xlsx"
    result = run_cli(
        [
            "init",
            "--agency",
            "Sở Y tế tỉnh Hà Tĩnh",
            "--system",
            "his:Hệ thống HIS:3",
            "--assessed-on",
            "2026-12-06",
            "--format",
            "xlsx",
            "-o",
            path,
            "--lang",
            lang,
            *extra,
        ]
    )
    assert result.exit_code == 0, result.stderr
    return path, result


def test_init_xlsx_names_the_workbook_column_not_the_yaml_key(tmp_path):
    _, result = _workbook(tmp_path)
    assert "Trạng thái" in result.stderr and "status" not in result.stderr
    yaml_result = run_cli(["init", "--agency", "Sở A", "--system", "a:A:1", "-o", tmp_path / "a.yaml"])
    assert "status" in yaml_result.stderr  # the YAML file's own key


def test_the_instructions_sheet_writes_vietnamese_dates_and_fits_the_printed_page(tmp_path):
    path, _ = _workbook(tmp_path)
    sheet = openpyxl.load_workbook(path)["Hướng dẫn"]
    text = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "06/12/2026" in text and not ISO.search(text)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToHeight == 0
    assert sheet.column_dimensions["A"].width <= 75  # A4 portrait at 100 %: LibreOffice ignores fit-to-width
    assert "dòng trống ngay dưới bảng" in text  # how to bring back a deleted row


def test_the_agency_sheet_label_column_is_wide_enough_and_long_labels_wrap_in_tall_rows(tmp_path):
    path, _ = _workbook(tmp_path)
    sheet = openpyxl.load_workbook(path)["Cơ quan"]
    width = sheet.column_dimensions["A"].width
    labels = {c.row: c.value for c in sheet["A"] if isinstance(c.value, str) and c.value.endswith(")")}
    assert width >= len("Phiên bản danh mục (checklist.version)")
    for row, label in labels.items():
        if len(label) > width:
            assert (sheet.row_dimensions[row].height or 15) > 15, label
    assert len(labels) >= len(AGENCY_FIELDS)


def test_long_gap_titles_and_warnings_wrap_under_themselves(tmp_path):
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        text = run_cli(["check", example, "--as-of", "2026-12-07"]).stdout
        lines = text.splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith(("Các tồn tại", "Không có tồn tại")))
        end = next((i for i, line in enumerate(lines) if line.startswith("Cách tính điểm")), len(lines))
        for line in lines[start + 1 : end]:
            if line and not line.startswith(" "):
                assert line.startswith(("Lớp ", "Cảnh báo", "Báo cáo hằng năm")), (example.name, line)  # sections
