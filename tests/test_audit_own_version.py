"""An audit of files under two checklist versions: where a report lists an agency evaluated
under version 1 beside a version-2 control, the agency's own control(s) are shown with the
titles of version 1 — the version it was evaluated against — never only version 2's."""

from __future__ import annotations

import html
import shutil
from pathlib import Path

import docx
import openpyxl
import pytest
from conftest import ROOT, run_cli

from fourlayer.model.checklist import load_bundled

V1 = load_bundled("1").checklist
V2 = load_bundled("2").checklist
OLD_AGENCY = "Trung tâm Dữ liệu và Chuyển đổi số tỉnh Nghệ An"
# the version-1 agency fails version-1 L2.14 (10 %), counted under version-2 L1.17 (15 %)
OWN, REPORTED = "L2.14", "L1.17"
BASE = ["--as-of", "2026-11-01", "--jobs", "1"]
V2_EXAMPLES = ROOT / "tests" / "data" / "v2-examples"
pytestmark = pytest.mark.usefixtures("version_2_default")  # a version-1 file among version-2 files


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(ROOT / "tests" / "data" / "v1-examples" / "trung-tam-du-lieu-tinh.yaml", folder / "v1-ttdl.yaml")
    for name in ("so-y-te-nghe-an.yaml", "xa-hung-dong.yaml"):
        shutil.copy(V2_EXAMPLES / name, folder / name)
    return folder


def _flat(text: str) -> str:
    return " ".join(text.split())


def _own(lang: str) -> str:
    assert V1 is not None
    control = V1.control(OWN)
    assert control is not None
    return f"{OWN} {control.title.get(lang)}"


def test_the_case_is_a_renamed_control_with_another_title():
    assert V1 is not None and V2 is not None
    assert V2.control(REPORTED).replaces == (OWN,)
    assert V1.control(OWN).title != V2.control(REPORTED).title


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_console(mixed, lang):
    result = run_cli(["audit", mixed, *BASE, "--verbose", "--lang", lang], env={"COLUMNS": "300"})
    assert result.exit_code in (0, 1), result.stderr
    shown = _flat(result.stdout)
    assert _own(lang) in shown
    version_word = "phiên bản 1" if lang == "vi" else "version 1"
    assert shown.count(version_word) >= 1
    assert f"Sở Y tế tỉnh Nghệ An ({version_word}" not in shown  # a version-2 agency gets no note


def test_html(mixed, tmp_path):
    out = tmp_path / "audit.html"
    result = run_cli(["audit", mixed, *BASE, "--verbose", "--lang", "en", "--format", "html", "-o", out])
    assert result.exit_code in (0, 1), result.stderr
    assert _own("en") in _flat(html.unescape(out.read_text(encoding="utf-8")))


def test_xlsx(mixed, tmp_path):
    out = tmp_path / "audit.xlsx"
    result = run_cli(["audit", mixed, *BASE, "--lang", "en", "--format", "xlsx", "-o", out])
    assert result.exit_code in (0, 1), result.stderr
    book = openpyxl.load_workbook(out, read_only=True)
    rows = [
        row
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        if OLD_AGENCY in [str(v) for v in row]
    ]
    cells = [str(v) for row in rows for v in row if v is not None]
    assert any(REPORTED in cell and _own("en") in _flat(cell) for cell in cells), cells
    newer = [
        str(v)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        if "Sở Y tế tỉnh Nghệ An" in [str(v) for v in row]
        for v in row
        if v is not None
    ]
    assert not any("version 1" in cell for cell in newer)


def test_docx(mixed, tmp_path):
    out = tmp_path / "audit.docx"
    result = run_cli(["audit", mixed, *BASE, "--lang", "en", "--format", "docx", "-o", out])
    assert result.exit_code in (0, 1), result.stderr
    paragraphs = _flat(" ".join(p.text for p in docx.Document(str(out)).paragraphs))
    assert f"{OLD_AGENCY}: {REPORTED} (evaluated under version 1: {_own('en')})" in paragraphs


def test_one_version_only_says_nothing_of_versions(tmp_path):
    out = tmp_path / "audit.docx"
    result = run_cli(["audit", V2_EXAMPLES, *BASE, "--lang", "en", "--format", "docx", "-o", out])
    assert result.exit_code in (0, 1), result.stderr
    assert "evaluated under version" not in " ".join(p.text for p in docx.Document(str(out)).paragraphs)
    console = run_cli(["audit", V2_EXAMPLES, *BASE, "--verbose", "--lang", "en"])
    assert "evaluated under version" not in console.stdout
