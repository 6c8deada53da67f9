"""The documents as the people who sign and read them see them: every official .docx report
(``check`` and ``audit``, Vietnamese and English, with and without the officer's fields),
the audit workbook and the HTML pages, rendered to PDF by LibreOffice and headless
Chromium, then read back with poppler (``pdftotext -layout``, ``-bbox``, ``pdfinfo``,
``pdffonts``).

The rendering programs are needed under ``CI=true`` (``.ci/run`` installs them and the
fonts); elsewhere a test without them skips and says why. Every document is made once
through the real command line and converted in one LibreOffice call (module fixtures), so
the whole module costs a few seconds of LibreOffice and Chromium.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import openpyxl
import pytest
from conftest import ROOT, run_cli, so_header
from generate import write_agencies

from fourlayer.reporting.office.official import HEADER_RIGHT_MM, HEADER_SPARE_MM, MARGINS_MM, PAGE_MM

CI = os.environ.get("CI") == "true"
AS_OF = "2026-12-07"
PT_PER_MM = 72 / 25.4
EXAMPLE = ROOT / "examples" / "so-y-te-nghe-an.yaml"  # the bundled example: one agency, two systems
SO_OPTIONS = [
    *so_header("15/12/2026"),
    "--recipient",
    "Như trên",
    "--recipient",
    "Giám đốc Sở (để b/c)",
    "--archive",
    "VT, KHTC",
]
PROVINCE_SETTINGS = (
    'issuing_parent = "UBND tỉnh Hà Tĩnh"\nissuing_body = "Sở Khoa học và Công nghệ"\nsymbol = "SKHCN"\n'
    'superior_body = "Ủy ban nhân dân tỉnh Hà Tĩnh"\nplace = "Hà Tĩnh"\ndate = "10/01/2027"\n'
    'signer_authority = "KT. Giám đốc"\nsigner_title = "Phó Giám đốc"\nsigner_name = "Trần Thị Bình"\n'
    'recipients = ["Như trên", "Công an tỉnh (để p/h)"]\narchive = "VT, CNTT"\n'
)
WORDS_OF_A_FILE = (
    "YAML",
    ".yaml",
    ".yml",
    ".xlsx",
    "not_applicable",
    "not_implemented",
    "evidence_",
    "ref:",
    "status:",
    "due:",
    '"partial"',
    '"implemented"',
    "no_event",
    "(secondary source)",
    "(verified)",
    "(read in the text)",
)
"""Words that belong to a data file or the console, never to a signed letter."""
WORDS_OF_A_FILE_VI = (
    "status",
    "implemented",
    "partial",
    "evidence",
    "note:",
    " due ",
    "khoá",
    "(nguồn thứ cấp)",
    "(đã kiểm chứng)",
    "(đã đọc nguyên văn)",
)
"""The same in a Vietnamese letter, where an English word can only come from a file."""


def need(program: str, package: str) -> str:
    found = shutil.which(program)
    if found is None:
        if CI:
            pytest.fail(f"{program} is required on CI (CI=true): install {package}, as .ci/run does")
        pytest.skip(f"{program} is not installed ({package}): the documents are not rendered")
    return found


def poppler(*args: str | Path) -> str:
    need("pdftotext", "poppler-utils")
    tool, *rest = args
    return subprocess.run([str(tool), *map(str, rest)], capture_output=True, text=True, check=True, timeout=60).stdout


@dataclass(frozen=True)
class Rendered:
    """One PDF: its pages as ``pdftotext -layout`` lays them out, its words with their boxes."""

    pdf: Path
    pages: list[str]
    words: list[list[tuple[float, float, float, float, str]]]
    """Per page: (xMin, yMin, xMax, yMax, word) in points."""
    size: tuple[float, float]

    @classmethod
    def read(cls, pdf: Path) -> Rendered:
        text = poppler("pdftotext", "-layout", pdf, "-")
        pages = text.split("\f")
        if pages and not pages[-1].strip():
            pages.pop()
        html = poppler("pdftotext", "-bbox", pdf, "-")
        words: list[list[tuple[float, float, float, float, str]]] = []
        for page in html.split("<page ")[1:]:
            words.append(
                [
                    (float(a), float(b), float(c), float(d), w)
                    for a, b, c, d, w in re.findall(
                        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page
                    )
                ]
            )
        info = poppler("pdfinfo", pdf)
        width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()  # type: ignore[union-attr]
        return cls(pdf, pages, words, (float(width), float(height)))

    def page_of(self, needle: str) -> int:
        found = [i for i, page in enumerate(self.pages) if needle in " ".join(page.split())]
        assert found, f"{needle!r} not in {self.pdf.name}"
        return found[-1]


# --- the documents, made once through the command line ------------------------------------------
BROKEN: list[str] = []
"""The cell of the round's broken workbook that holds its first error."""


def _break_a_workbook(source: Path, target: Path) -> str:
    """``source`` as a workbook, the second answer's status typed as an officer might
    ("Đạt"): invalid. Returns the cell (``F5``)."""
    done = run_cli(["convert", source, "-o", target])
    assert done.exit_code == 0, done.stderr
    book = openpyxl.load_workbook(target)
    sheet = book["Trả lời"]
    status = next(c for c in sheet[1] if str(c.value).startswith("Trạng thái"))
    row = next(r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value not in (None, sheet.cell(2, 1).value))
    sheet.cell(row=row, column=status.column, value="Đạt")
    book.save(target)
    return f"{status.column_letter}{row}"


@pytest.fixture(scope="module")
def round_folder(tmp_path_factory) -> tuple[Path, Path, Path]:
    """The trial's round: 20 agencies (one sent a workbook that cannot be read), a file sent
    twice, a roster with one agency that sent nothing; and the history of the round."""
    base = tmp_path_factory.mktemp("round")
    folder = base / "nop-bai" / "2026-Q4"
    files = write_agencies(folder, 20, seed=24)
    rows = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        rows.append((text.split('  code: "', 1)[1].split('"', 1)[0], text.split('  name: "', 1)[1].split('"', 1)[0]))
    BROKEN.append(_break_a_workbook(files[3], files[3].with_suffix(".xlsx")))
    files[3].unlink()
    shutil.copy(files[5], files[5].with_name(files[5].stem + " (1).yaml"))
    roster = base / "danh-sach.csv"
    roster.write_text("code,name\n" + "".join(f"{c},{n}\n" for c, n in rows) + ",UBND xã Chưa Nộp\n", encoding="utf-8")
    history = base / "lich-su.sqlite"
    return folder, roster, history


@pytest.fixture(scope="module")
def made(round_folder, tmp_path_factory) -> dict[str, Path]:
    """Every document, written by the command line: the docx reports, the audit workbook,
    the HTML pages. Each write is confirmed on standard error, nothing goes to stdout."""
    folder, roster, history = round_folder
    out = tmp_path_factory.mktemp("documents")
    settings = out / "bao-cao-tinh.toml"
    settings.write_text(PROVINCE_SETTINGS, encoding="utf-8")
    audit = ["audit", folder, "--as-of", AS_OF, "--roster", roster, "--jobs", "1"]
    check = ["check", EXAMPLE, "--as-of", AS_OF]
    runs = {
        "check-vi.docx": [*check, "--format", "docx"],
        "check-vi-so.docx": [*check, "--format", "docx", *SO_OPTIONS],
        "check-en.docx": [*check, "--format", "docx", "--lang", "en"],
        "check-en-so.docx": [*check, "--format", "docx", "--lang", "en", *SO_OPTIONS],
        "audit-vi.docx": [*audit, "--format", "docx", "--record", history, "--round", "Quý 4/2026"],
        "audit-vi-tinh.docx": [*audit, "--format", "docx", "--report-settings", settings],
        "audit-en.docx": [*audit, "--format", "docx", "--lang", "en"],
        "audit-en-tinh.docx": [*audit, "--format", "docx", "--lang", "en", "--report-settings", settings],
        "ra-soat-vi.xlsx": [*audit, "--format", "xlsx"],
        "ra-soat-en.xlsx": [*audit, "--format", "xlsx", "--lang", "en"],
        "tu-danh-gia-vi.xlsx": [*check, "--format", "xlsx"],
        "tu-danh-gia-en.xlsx": [*check, "--format", "xlsx", "--lang", "en"],
        "audit-vi.html": [*audit, "--format", "html"],
        "audit-en.html": [*audit, "--format", "html", "--lang", "en"],
        "check-vi.html": [*check, "--format", "html"],
        "check-en.html": [*check, "--format", "html", "--lang", "en"],
    }
    made = {}
    for name, args in runs.items():
        target = out / name
        done = run_cli([*args, "-o", target])
        assert done.exit_code in (0, 1), (name, done.stderr)
        assert done.stdout == "", name
        assert target.exists(), name
        made[name] = target
    for lang in ("vi", "en"):
        target = out / f"history-{lang}.html"
        done = run_cli(["history", history, "--format", "html", "-o", target, "--lang", lang])
        assert done.exit_code == 0 and done.stdout == "", done.stderr
        made[target.name] = target
    return made


@pytest.fixture(scope="module")
def office_pdfs(made, tmp_path_factory) -> dict[str, Rendered]:
    """The docx reports and the workbook, to PDF in one LibreOffice call."""
    files = [path for name, path in made.items() if name.endswith((".docx", ".xlsx"))]
    return _office_to_pdf(files, tmp_path_factory.mktemp("office-pdf"))


@pytest.fixture(scope="module")
def html_pdfs(made, tmp_path_factory) -> dict[str, Rendered]:
    """The HTML pages printed to PDF by headless Chromium (A4, the pages' own print style)."""
    work = tmp_path_factory.mktemp("html-pdf")
    return {
        name: _html_to_pdf(path, work / f"{path.stem}.pdf", work / "profile")
        for name, path in made.items()
        if name.endswith(".html")
    }


DOCX = (
    "check-vi.docx",
    "check-vi-so.docx",
    "check-en.docx",
    "check-en-so.docx",
    "audit-vi.docx",
    "audit-vi-tinh.docx",
    "audit-en.docx",
    "audit-en-tinh.docx",
)


def _is_vi(name: str) -> bool:
    return "-vi" in name


# --- the official reports ------------------------------------------------------------------------
@pytest.mark.parametrize("name", DOCX)
def test_the_national_name_and_motto_each_hold_one_line_with_room_to_spare(office_pdfs, name):
    doc = office_pdfs[name]
    nation, motto = (
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
        if _is_vi(name)
        else ("SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness")
    )
    lines = [" ".join(line.split()) for line in doc.pages[0].splitlines()]
    assert any(nation in line for line in lines), lines[:6]
    assert any(motto in line for line in lines), lines[:6]
    first_word = nation.split()[0]
    words = doc.words[0]
    start = next(i for i, w in enumerate(words) if w[4] == first_word)
    row = words[start : start + len(nation.split())]
    assert [w[4] for w in row] == nation.split() and len({round(w[1]) for w in row}) == 1, "one line"
    width_mm = (row[-1][2] - row[0][0]) / PT_PER_MM
    assert width_mm + HEADER_SPARE_MM <= HEADER_RIGHT_MM, f"{width_mm:.1f} mm in a {HEADER_RIGHT_MM} mm column"
    font = poppler("pdffonts", doc.pdf)
    assert "DejaVu" not in font, "a glyph was missing from the Times-metric font: install fonts-liberation2"


@pytest.mark.parametrize("name", DOCX)
def test_the_page_is_a4_with_the_decree_s_margins(office_pdfs, name):
    doc = office_pdfs[name]
    width, height = doc.size
    assert abs(width - PAGE_MM[0] * PT_PER_MM) < 1 and abs(height - PAGE_MM[1] * PT_PER_MM) < 1
    tolerance = 1.5  # points: a glyph's box against the margin line
    top = (MARGINS_MM["top"]) * PT_PER_MM
    for number, words in enumerate(doc.words, start=1):
        body = [w for w in words if w[1] >= top - tolerance]  # above it: the page number, in the top margin
        assert body, number
        assert min(w[0] for w in body) >= MARGINS_MM["left"] * PT_PER_MM - tolerance, number
        assert max(w[2] for w in body) <= width - MARGINS_MM["right"] * PT_PER_MM + tolerance, number
        assert max(w[3] for w in body) <= height - MARGINS_MM["bottom"] * PT_PER_MM + tolerance, number
        numbers = [w[4] for w in words if w[1] < top - tolerance]
        assert numbers == ([] if number == 1 else [str(number)]), (number, numbers)


@pytest.mark.parametrize("name", DOCX)
def test_the_signature_stays_with_the_closing_sentence(office_pdfs, name):
    doc = office_pdfs[name]
    recipients = "Nơi nhận:" if _is_vi(name) else "Recipients:"
    signer = {
        "check-vi-so.docx": "Nguyễn Văn An",
        "check-en-so.docx": "Nguyễn Văn An",
        "audit-vi-tinh.docx": "Trần Thị Bình",
        "audit-en-tinh.docx": "Trần Thị Bình",
    }.get(name, "…………")
    closing = doc.page_of("./.")
    assert doc.page_of(recipients) == closing == len(doc.pages) - 1
    assert signer in doc.pages[closing]
    last = [line for line in doc.pages[closing].splitlines() if line.strip()]
    body = [
        line
        for line in last[: last.index(next(x for x in last if recipients in x))]
        if line.strip() != str(closing + 1)
    ]
    assert body, "the last page holds more than the signature block"


@pytest.mark.parametrize("name", DOCX)
def test_a_letter_names_no_path_and_no_word_of_a_data_file(office_pdfs, made, round_folder, name):
    content = " ".join(" ".join(office_pdfs[name].pages).split())
    for folder in (round_folder[0], EXAMPLE.parent, made[name].parent):
        assert str(folder) not in content
    found = [word for word in (*WORDS_OF_A_FILE, *(WORDS_OF_A_FILE_VI if _is_vi(name) else ())) if word in content]
    found += re.findall(r"\b[a-z]+_[a-z_]+\b", content)  # a key of the file: no_event, evidence_ref…
    assert found == [], found


def test_the_agency_s_report_for_two_systems_is_at_most_four_pages(office_pdfs):
    for name in ("check-vi.docx", "check-vi-so.docx", "check-en-so.docx"):
        assert len(office_pdfs[name].pages) <= 4, (name, len(office_pdfs[name].pages))


def test_a_so_s_header_from_options_alone(office_pdfs):
    first = [" ".join(line.split()) for line in office_pdfs["check-vi-so.docx"].pages[0].splitlines()[:6]]
    assert first[0].startswith("UBND TỈNH HÀ TĨNH") and "CỘNG HÒA" in first[0]
    assert first[1].startswith("SỞ Y TẾ")
    assert any(
        line.startswith("Số: …………/BC-SYT") and line.endswith("Hà Tĩnh, ngày 15 tháng 12 năm 2026") for line in first
    ), first
    last = " ".join(office_pdfs["check-vi-so.docx"].pages[-1].split())
    for expected in ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An", "- Như trên;", "- Lưu: VT, KHTC."):
        assert expected in last, expected


def test_section_iii_5_is_one_line_per_agency_in_an_official_s_words(office_pdfs):
    doc = office_pdfs["audit-vi-tinh.docx"]
    text = "\n".join(" ".join(line.split()) for page in doc.pages for line in page.splitlines())
    section = text[text.index("5. Cơ quan chưa nộp") : text.index("IV. ĐỀ XUẤT")]
    lines = [line for line in section.splitlines()[1:] if line]
    assert any(line.startswith("- UBND xã Chưa Nộp: chưa nộp bản tự đánh giá.") for line in lines), lines
    unread = [line for line in section.split("- ") if "đã nộp, tệp không đọc được:" in line]
    assert len(unread) == 1, section
    assert f"giá trị không hợp lệ tại trang tính Trả lời, ô {BROKEN[0]}" in " ".join(unread[0].split()), unread
    agencies = [line.split(":", 1)[0] for line in section.split("\n- ")[1:]]
    assert len(agencies) == len(set(agencies)), "each agency once"
    assert "1 tệp nộp trùng" in section


def test_hang_is_never_broken(office_pdfs):
    for name in ("audit-vi.docx", "audit-vi-tinh.docx"):
        words = [w[4] for page in office_pdfs[name].words for w in page]
        assert "Hạng" in words and "Hạn" not in words, name


# --- the workbook and the HTML pages ---------------------------------------------------------------
@pytest.mark.parametrize("name", ["ra-soat-vi.xlsx", "ra-soat-en.xlsx", "tu-danh-gia-vi.xlsx", "tu-danh-gia-en.xlsx"])
def test_the_printed_workbook_is_landscape_a4_fit_to_width_with_the_header_on_every_page(office_pdfs, name):
    doc = office_pdfs[name]
    width, height = doc.size
    assert width > height and abs(height - 210 * PT_PER_MM) < 1, doc.size  # A4 landscape
    for number, words in enumerate(doc.words, start=1):
        assert words, number
        assert max(w[2] for w in words) <= width, number  # nothing runs off the page
    sheets_with_two_pages = 0
    for index in range(1, len(doc.pages)):
        previous, page = doc.pages[index - 1], doc.pages[index]
        head = " ".join(page.split()[:3])
        if head and head == " ".join(previous.split()[:3]):
            sheets_with_two_pages += 1  # the same header row opens the next page of one sheet
    assert sheets_with_two_pages >= 1, "a long sheet repeats its header row on the next page"


@pytest.mark.parametrize(
    "name", ["audit-vi.html", "audit-en.html", "check-vi.html", "check-en.html", "history-vi.html", "history-en.html"]
)
def test_an_html_page_printed_keeps_every_table_on_the_page(html_pdfs, name):
    doc = html_pdfs[name]
    width, height = doc.size
    assert abs(width - PAGE_MM[0] * PT_PER_MM) < 2 and abs(height - PAGE_MM[1] * PT_PER_MM) < 2
    for number, words in enumerate(doc.words, start=1):
        outside = [w[4] for w in words if w[2] > width - 1 or w[0] < 1]
        assert outside == [], (number, outside[:5])


# --- the handling line (issue 26): on every printed page of docx, HTML and xlsx ------------------
HANDLING = "Tài liệu lưu hành nội bộ & <b>"
HANDLING_SHOWN = "TÀI LIỆU LƯU HÀNH NỘI BỘ & <B>"


@pytest.fixture(scope="module")
def handled(round_folder, made, tmp_path_factory) -> dict[str, Path]:
    """The reports with a handling line, by ``--handling`` or by the settings file; and the
    agency's letter without one, to compare its first page with."""
    folder, roster, history = round_folder  # the history: recorded by ``made``
    out = tmp_path_factory.mktemp("handled")
    settings = out / "mat.toml"
    settings.write_text(PROVINCE_SETTINGS + f'handling = "{HANDLING}"\n', encoding="utf-8")
    audit = ["audit", folder, "--as-of", AS_OF, "--roster", roster, "--jobs", "1"]
    check = ["check", EXAMPLE, "--as-of", AS_OF]
    runs = {
        "h-check.docx": [*check, "--format", "docx", *SO_OPTIONS, "--handling", HANDLING],
        "plain-check.docx": [*check, "--format", "docx", *SO_OPTIONS],
        "h-audit.docx": [*audit, "--format", "docx", "--report-settings", settings],
        "h-form08.docx": [*check, "--format", "form08", "--handling", HANDLING],
        "h-audit-form08.docx": [*audit, "--format", "form08", "--report-settings", settings],
        "h-ra-soat.xlsx": [*audit, "--format", "xlsx", "--handling", HANDLING],
        "h-tu-danh-gia.xlsx": [*check, "--format", "xlsx", "--report-settings", settings],
        "h-mau-08.xlsx": [*audit, "--format", "form08-xlsx", "--handling", HANDLING],
        "h-check.html": [*check, "--format", "html", "--handling", HANDLING],
        "h-audit.html": [*audit, "--format", "html", "--report-settings", settings, "--verbose"],
        "h-history.html": ["history", history, "--format", "html", "--handling", HANDLING],
    }
    made = {}
    for name, args in runs.items():
        target = out / name
        done = run_cli([*args, "-o", target])
        assert done.exit_code in (0, 1), (name, done.stderr)
        made[name] = target
    return made


@pytest.fixture(scope="module")
def handled_pdfs(handled, tmp_path_factory) -> dict[str, Rendered]:
    work = tmp_path_factory.mktemp("handled-pdf")
    rendered = _office_to_pdf([path for name, path in handled.items() if not name.endswith(".html")], work)
    for name, path in handled.items():
        if name.endswith(".html"):
            rendered[name] = _html_to_pdf(path, work / f"{path.stem}.html.pdf", work / "chromium")
    return rendered


def _office_to_pdf(files: list[Path], work: Path) -> dict[str, Rendered]:
    """``files`` (docx, xlsx) to PDF in one LibreOffice call, read back by file name."""
    program = need("soffice", "libreoffice-writer-nogui and libreoffice-calc-nogui")
    subprocess.run(
        [
            program,
            f"-env:UserInstallation=file://{work / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {path.name: Rendered.read(work / f"{path.stem}.pdf") for path in files}


def _html_to_pdf(page: Path, pdf: Path, profile: Path) -> Rendered:
    """``page`` printed to ``pdf`` by headless Chromium (A4, the page's own print style)."""
    from browser import FLAGS, chromium

    done = subprocess.run(
        [
            chromium(),
            *FLAGS,
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.resolve().as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and pdf.exists(), done.stderr[-2000:]
    return Rendered.read(pdf)


@pytest.mark.parametrize(
    "name",
    [
        "h-check.docx",
        "h-audit.docx",
        "h-form08.docx",
        "h-audit-form08.docx",
        "h-ra-soat.xlsx",
        "h-tu-danh-gia.xlsx",
        "h-mau-08.xlsx",
        "h-check.html",
        "h-audit.html",
        "h-history.html",
    ],
)
def test_the_handling_line_is_on_every_printed_page(handled_pdfs, name):
    doc = handled_pdfs[name]
    assert len(doc.pages) >= 2, name  # a test of "every page" needs more than one
    for number, page in enumerate(doc.pages, start=1):
        assert HANDLING_SHOWN in " ".join(page.split()), (name, number)


@pytest.mark.parametrize("name", ["h-form08.docx", "h-audit-form08.docx"])
def test_the_handling_line_is_on_the_landscape_pages_of_form_08(handled_pdfs, name):
    doc = handled_pdfs[name]
    landscape = [i for i, words in enumerate(doc.words) if max(w[2] for w in words) > PAGE_MM[0] * PT_PER_MM]
    assert landscape, name
    for index in landscape:
        assert HANDLING_SHOWN in " ".join(doc.pages[index].split()), (name, index + 1)


def test_the_handling_line_keeps_the_first_page_of_the_letter_as_it_was(handled_pdfs):
    """In the bottom margin: every word of the first page without the line is where it was."""
    marked, plain = handled_pdfs["h-check.docx"], handled_pdfs["plain-check.docx"]
    mark_words = set(HANDLING_SHOWN.split())
    height = marked.size[1]
    body = [w for w in marked.words[0] if w[1] < height - MARGINS_MM["bottom"] * PT_PER_MM]
    assert body == plain.words[0]
    foot = [w for w in marked.words[0] if w not in body]
    assert {unescape(w[4]) for w in foot} == mark_words  # pdftotext -bbox writes & and < as entities
    assert all(w[1] > height - MARGINS_MM["bottom"] * PT_PER_MM for w in foot)
    assert len(marked.pages) == len(plain.pages)
