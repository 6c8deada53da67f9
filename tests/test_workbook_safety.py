"""Hostile workbooks: refused before parsing, located, fast; one test per defence
(docs/security.md lists them)."""

from __future__ import annotations

import json
import subprocess
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
from conftest import PYTHON
from workbooks import ROW, SHEET_HEAD, forge_size, raw_workbook

from fourlayer.authoring.workbook_writer import build_workbook
from fourlayer.model.checklist import load_checklist
from fourlayer.reading.discovery import discover
from fourlayer.reading.loading import load_file
from fourlayer.reading.workbook.reader import read_workbook
from fourlayer.reading.workbook.safety import WorkbookLimits, inspect_archive

CHECKLIST = load_checklist().checklist
ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "xa-hung-dong.yaml"


def valid_workbook(path: Path) -> Path:
    path.write_bytes(build_workbook(CHECKLIST, load_file(EXAMPLE).data, "vi"))
    return path


def codes(result) -> list[str]:
    return [f.code for f in result.findings]


def check_json(cli, path: Path) -> tuple[int, list[dict]]:
    result = cli(["check", path, "--format", "json", "--lang", "en"])
    data = json.loads(result.stdout)
    return result.exit_code, [f for e in data.get("errors", []) for f in e["findings"]]


BOMB_SCRIPT = """
import resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (2 * 1024 ** 3, 2 * 1024 ** 3))
from fourlayer.cli import main
start = time.monotonic()
try:
    main(["check", sys.argv[1], "--format", "json"])
except SystemExit as done:
    print("EXIT", done.code, round(time.monotonic() - start, 3), file=sys.stderr)
"""


def test_a_three_million_row_zip_bomb_is_refused_in_seconds_under_2_gb(tmp_path):
    bomb = raw_workbook(tmp_path / "bomb.xlsx", rows=3_000_000)
    member = zipfile.ZipFile(bomb).getinfo("xl/worksheets/sheet1.xml")
    assert member.file_size > 100 * 1024 * 1024 and bomb.stat().st_size < 1024 * 1024
    start = time.monotonic()
    done = subprocess.run(
        [*PYTHON, "-c", BOMB_SCRIPT, str(bomb)], capture_output=True, text=True, timeout=60, check=False
    )
    elapsed = time.monotonic() - start
    assert "EXIT 2" in done.stderr, done.stderr
    assert elapsed < 10
    report = json.loads(done.stdout)
    assert {f["code"] for e in report["errors"] for f in e["findings"]} >= {"workbook-part-too-large"}


def test_a_member_compressed_past_the_ratio_is_refused(tmp_path):
    path = raw_workbook(tmp_path / "ratio.xlsx", rows=60_000)  # ~3 MiB of identical rows, ratio > 100
    assert codes(read_workbook(path)) == ["workbook-ratio"]


def test_the_total_uncompressed_size_and_the_number_of_parts_are_capped(tmp_path):
    path = valid_workbook(tmp_path / "ok.xlsx")
    assert inspect_archive(str(path), "ok.xlsx").ok
    total = inspect_archive(str(path), "ok.xlsx", WorkbookLimits(max_total_bytes=10_000))
    assert [f.code for f in total.refusals] == ["workbook-too-large"]
    parts = inspect_archive(str(path), "ok.xlsx", WorkbookLimits(max_members=3))
    assert [f.code for f in parts.refusals] == ["workbook-too-many-parts"]


def test_a_member_that_lies_about_its_size_is_never_read_past_it(tmp_path):
    path = raw_workbook(tmp_path / "lie.xlsx", rows=1_000_000)
    forge_size(path, "xl/worksheets/sheet1.xml", 1_000)
    start = time.monotonic()
    assert codes(read_workbook(path)) == ["workbook-damaged"]
    assert time.monotonic() - start < 5


def test_rows_past_the_limit_are_refused_at_the_row(tmp_path):
    path = raw_workbook(tmp_path / "rows.xlsx", rows=20_001)
    (problem,) = read_workbook(path).findings
    assert (problem.code, problem.sheet, problem.line) == ("workbook-too-many-rows", "S", 20_001)


def test_a_row_far_below_the_others_is_not_silently_dropped(tmp_path):
    sheet = (
        SHEET_HEAD + b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
        b'<row r="900000"><c r="A900000" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>'
    )
    result = read_workbook(raw_workbook(tmp_path / "far.xlsx", sheet=sheet))
    assert codes(result) == ["workbook-too-many-rows"] and result.data is None


def test_columns_past_the_limit_are_refused_at_the_cell(tmp_path):
    sheet = (
        SHEET_HEAD + b'<sheetData><row r="1"><c r="CW1" t="inlineStr"><is><t>x</t></is></c></row>'
        b"</sheetData></worksheet>"
    )
    (problem,) = read_workbook(raw_workbook(tmp_path / "cols.xlsx", sheet=sheet)).findings
    assert (problem.code, problem.cell) == ("workbook-too-many-columns", "CW1")


@pytest.mark.parametrize(
    "name, extra",
    [
        ("book.xlsm", {}),
        ("book.xlsx", {"xl/vbaProject.bin": b"\x00" * 64}),
    ],
)
def test_macros_are_refused(tmp_path, cli, name, extra):
    path = raw_workbook(tmp_path / name, rows=1, extra=extra)
    code, findings = check_json(cli, path)
    assert code == 2 and [f["code"] for f in findings] == ["workbook-macros"]


def test_external_links_and_embedded_objects_are_ignored_with_a_warning(tmp_path, cli):
    path = valid_workbook(tmp_path / "links.xlsx")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/externalLinks/externalLink1.xml", "<externalLink/>")
        archive.writestr("xl/embeddings/oleObject1.bin", b"\x00" * 16)
    result = cli(["check", path, "--format", "json", "--lang", "en", "--as-of", "2026-11-01"])
    assert result.exit_code == 0, result.stdout
    read = read_workbook(path)
    assert sorted(codes(read)) == ["workbook-embedded-objects", "workbook-external-links"]
    assert all(not f.is_error for f in read.findings)


def test_an_xml_part_declaring_a_dtd_is_refused(tmp_path):
    sheet = (
        b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaa">]>'
        + SHEET_HEAD[21:]
        + b"<sheetData>"
        + ROW
        + b"</sheetData></worksheet>"
    )
    assert codes(read_workbook(raw_workbook(tmp_path / "dtd.xlsx", sheet=sheet))) == ["workbook-dtd"]


@pytest.mark.parametrize(
    "content, code",
    [
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64,
            "workbook-encrypted",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024, "workbook-old-format"),
        (b"PK\x03\x04 this is not really a zip", "workbook-damaged"),
        (b"schema_version: 1\n", "workbook-damaged"),
    ],
)
def test_a_password_protected_old_or_damaged_file_is_a_clear_error_and_check_exits_2(tmp_path, cli, content, code):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    exit_code, findings = check_json(cli, path)
    assert exit_code == 2 and [f["code"] for f in findings] == [code]
    assert findings[0]["hint"]


def test_a_truncated_workbook_is_damaged_not_a_crash(tmp_path, cli):
    path = valid_workbook(tmp_path / "cut.xlsx")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    exit_code, findings = check_json(cli, path)
    assert exit_code == 2 and [f["code"] for f in findings] == ["workbook-damaged"]


def test_the_file_size_cap_applies_to_workbooks(tmp_path, cli):
    path = valid_workbook(tmp_path / "big.xlsx")
    result = cli(["check", path, "--max-file-size", "1000", "--format", "json"])
    assert result.exit_code == 2
    assert json.loads(result.stdout)["errors"][0]["findings"][0]["code"] == "file-too-large"


def test_excel_lock_files_are_not_discovered(tmp_path):
    valid_workbook(tmp_path / "a.xlsx")
    (tmp_path / "~$a.xlsx").write_bytes(b"owner")
    (tmp_path / "b.yaml").write_text("x: 1\n")
    assert [Path(t.path).name for t in discover([str(tmp_path)])] == ["a.xlsx", "b.yaml"]


def test_a_fourlayer_report_workbook_is_named_as_such_not_read_as_an_assessment(tmp_path):
    from fourlayer.i18n import Translator
    from fourlayer.reporting.office.xlsx import Workbook

    with Workbook(Translator("vi"), date(2026, 11, 30), "r") as report:
        made = report.close()
    path = tmp_path / "bao-cao.xlsx"
    path.write_bytes(made)
    assert codes(read_workbook(path)) == ["workbook-is-report"]


@pytest.mark.parametrize(
    "make, code",
    [
        (lambda p: None, "file-not-found"),
        (lambda p: p.mkdir(), "is-directory"),
        (lambda p: __import__("os").mkfifo(p), "not-regular-file"),
        (lambda p: p.write_bytes(b"PK" + b"\x00" * 2_000), "file-too-large"),
    ],
)
def test_a_workbook_path_that_is_not_a_readable_file_gets_the_yaml_loaders_finding(tmp_path, make, code):
    from fourlayer.reading.loading import Limits

    path = tmp_path / "a.xlsx"
    make(path)
    result = read_workbook(path, limits=Limits(max_bytes=1_000))
    assert codes(result) == [code] and result.data is None
    assert codes(load_file(tmp_path / "a.xlsx", limits=Limits(max_bytes=1_000))) == [code]  # the same refusal
