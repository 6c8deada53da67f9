"""The small frictions of the second user trial (issue 25), each through the command line."""

from __future__ import annotations

import re

import openpyxl
import pytest
from conftest import ROOT, run_cli

from fourlayer.model.checklist import load_bundled
from fourlayer.reading.workbook.layout import AGENCY_FIELDS

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


def test_the_readme_counts_the_default_checklist():
    controls = len(load_bundled().checklist.controls)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    english = re.search(r"checklist of\s+([0-9]+) controls", readme)
    vietnamese = re.search(r"gồm\s+([0-9]+) tiêu chí", readme)
    assert english and vietnamese
    assert int(english[1]) == int(vietnamese[1]) == controls


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


def test_help_usage_line_is_in_the_users_language():
    vi = run_cli(["--help"]).stdout.splitlines()[0]
    assert vi.startswith("Cách dùng:") and "[OPTIONS]" not in vi and "COMMAND" not in vi and "[TUỲ CHỌN]" in vi
    assert "[OPTIONS]" not in run_cli(["check", "--help"]).stdout.splitlines()[0]
    assert run_cli(["--help", "--lang", "en"]).stdout.startswith("Usage: fourlayer [OPTIONS] COMMAND [ARGS]")


@pytest.mark.parametrize("flag", ["--quiet", "-q"])
def test_audit_quiet_prints_only_the_closing_lines(flag):
    full = run_cli(["audit", ROOT / "examples", "--as-of", "2026-12-07"])
    quiet = run_cli(["audit", ROOT / "examples", "--as-of", "2026-12-07", flag])
    assert quiet.exit_code == full.exit_code
    lines = [line for line in quiet.stdout.splitlines() if line.strip()]
    assert 0 < len(lines) <= 3 < len(full.stdout.splitlines())
    assert full.stdout.rstrip().endswith(quiet.stdout.rstrip())  # the same closing lines


def test_audit_quiet_still_names_a_file_that_could_not_be_evaluated(tmp_path):
    (tmp_path / "hong.yaml").write_text("schema_version: 1\nagency: [\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_bytes((ROOT / "examples" / "xa-hung-dong.yaml").read_bytes())
    quiet = run_cli(["audit", tmp_path, "--as-of", "2026-12-07", "-q"])
    assert "hong.yaml" in quiet.stdout
