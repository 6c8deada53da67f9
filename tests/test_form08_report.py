"""The yearly report, Decree 331/2026 Form 08 (Mẫu số 08), through the command line: the
agency's letter (``check --format form08``), the province's (``audit --format form08``), the
workbook of its table (``form08-xlsx``), the statements the evidence contradicts, what is
left to fill in, and the yearly duty (due, filed, late) that ``check`` tells."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest
import yaml
from conftest import EXAMPLES, VALID, run_cli
from generate import write_agencies
from hypothesis import given, settings
from hypothesis import strategies as st

from fourlayer.i18n import translate
from fourlayer.model import form08
from fourlayer.model.assessment import APPROVAL_STATUSES, CATEGORIES, DEPLOYMENTS
from fourlayer.reporting.office.text import DOTS

EXAMPLE = EXAMPLES / "so-y-te-nghe-an.yaml"
AS_OF = "2026-12-07"
SETTINGS = """issuing_parent: UBND TỈNH NGHỆ AN
issuing_body: Sở Y tế
symbol: SYT-VP
number: "215"
place: Nghệ An
date: 2026-12-18
signer_authority: KT. GIÁM ĐỐC
signer_title: Phó Giám đốc
signer_name: Lê Văn Bình
"""
HEADINGS = [translate("vi", f"form08.col.{n}") for n in range(1, 13)]


def letter(path: Path) -> tuple[list[str], list[list[str]]]:
    """The paragraphs of a docx (header and signature tables included) and the rows of its 12-column table."""
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    table = None
    for candidate in document.tables:
        if len(candidate.columns) == 12:
            table = candidate
        else:
            paragraphs.extend(p.text for row in candidate.rows for cell in row.cells for p in cell.paragraphs)
    assert table is not None, "no table of twelve columns"
    return paragraphs, [[cell.text for cell in row.cells] for row in table.rows]


def section1(paragraphs: list[str]) -> dict[str, str]:
    """The seven lines of section 1, by message key, the value after the last colon."""
    found = {}
    for key in ("managed", "classified", "dossier", "appraised", "approved", "approved-periodic"):
        head = translate("vi", f"form08.doc.{key}", n="").rstrip(";").rstrip()
        line = next(p for p in paragraphs if p.startswith(head))
        found[key] = line[len(head) :].strip(" ;")
    return found


def implied(rows: list[list[str]]) -> dict[str, str]:
    """Section 1 as the table implies it (column 6 and column 12)."""
    label = {word: translate("vi", f"form08.approval.{word}") for word in APPROVAL_STATUSES}
    status = [row[5] for row in rows]
    periodic = translate("vi", "form08.assessed.periodic")
    return {
        "managed": str(len(rows)),
        "dossier": str(sum(s in (label["submitted"], label["appraised"], label["approved"]) for s in status)),
        "appraised": str(sum(s in (label["appraised"], label["approved"]) for s in status)),
        "approved": str(sum(s == label["approved"] for s in status)),
        "approved-periodic": str(sum(row[5] == label["approved"] and periodic in row[11] for row in rows)),
    }


@pytest.fixture(scope="module")
def agency_letter(tmp_path_factory) -> tuple[Path, object]:
    folder = tmp_path_factory.mktemp("form08")
    (folder / "s.yaml").write_text(SETTINGS, encoding="utf-8")
    out = folder / "bao-cao-nam.docx"
    result = run_cli(
        ["check", EXAMPLE, "--format", "form08", "-o", out, "--as-of", AS_OF, "--report-settings", folder / "s.yaml"]
    )
    assert out.exists(), result.stderr
    return out, result


def test_the_agencys_letter_has_the_twelve_columns_and_a_row_per_system(agency_letter):
    out, _ = agency_letter
    _, rows = letter(out)
    header, body = rows[0], rows[1:]
    for number, (cell, heading) in enumerate(zip(header, HEADINGS, strict=True), start=1):
        assert cell == f"{heading} ({number})"
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    assert [row[1] for row in body] == [s["name"] for s in data["systems"]]
    assert [row[0] for row in body] == [str(n) for n in range(1, len(body) + 1)]
    assert [row[4] for row in body] == [str(s["level"]) for s in data["systems"]]


def test_section_1_counts_what_the_table_implies(agency_letter):
    out, _ = agency_letter
    paragraphs, rows = letter(out)
    counted = section1(paragraphs)
    assert {k: v for k, v in counted.items() if k != "classified"} == implied(rows[1:])
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    assert counted["classified"] == str(sum("category" in s for s in data["systems"]))


def test_section_2_is_filled_from_the_assessment(agency_letter):
    out, _ = agency_letter
    paragraphs, _ = letter(out)
    agency = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))["agency"]
    start = paragraphs.index(translate("vi", "form08.doc.s2"))
    end = paragraphs.index(translate("vi", "form08.doc.s3"))
    section = "\n".join(paragraphs[start:end])
    for party in ("owner", "security_unit"):
        for value in agency[party].values():
            assert str(value) in section
    assert DOTS not in section


def test_the_letter_has_the_decree_30_header_and_signer(agency_letter):
    out, _ = agency_letter
    paragraphs, _ = letter(out)
    whole = " ".join(" ".join(paragraphs).split())  # lines broken evenly read as one
    for words in (
        "UBND TỈNH NGHỆ AN",
        "SỞ Y TẾ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 215/SYT-VP",
        "Nghệ An, ngày 18 tháng 12 năm 2026",
        "V/v kết quả công tác bảo đảm an ninh mạng hệ thống thông tin",
        "Kính gửi: Bộ Công an.",
        "Nơi nhận:",
        "- Như trên;",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Lê Văn Bình",
    ):
        assert words in whole, words
    assert "BÁO CÁO" not in whole  # a letter (công văn), not a report
    assert paragraphs.index("Kính gửi: Bộ Công an.") < paragraphs.index(translate("vi", "form08.doc.s1"))


def test_the_contradicted_statement_is_warned_naming_its_controls(agency_letter, tmp_path):
    _, result = agency_letter
    report = json.loads(run_cli(["check", EXAMPLE, "--format", "json", "--as-of", AS_OF]).stdout)
    stated = {s["id"]: s.get("deployment") for s in yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))["systems"]}
    results = report["reports"][0]["results"]
    for system, deployment in stated.items():
        gaps = sorted(
            {r["control"] for r in results if r.get("system") == system and r["outcome"] in ("fail", "partial")}
        )
        warned = [line for line in result.stderr.splitlines() if f"`{system}`" in line and "(10)" in line]
        if deployment == "full" and gaps:
            text = " ".join(result.stderr.split())
            assert re.search(rf"`{system}`: cột \(10\) ghi \"Đã triển khai đầy đủ\"", text)
            for control in gaps:
                assert control in text
        else:
            assert not warned
    _, rows = letter(agency_letter[0])  # the statement is printed as written
    assert translate("vi", "form08.deployment.full") in [row[9] for row in rows[1:]]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_full_deployment_with_failed_controls_is_warned(tmp_path, lang):
    path = tmp_path / "a.yaml"
    path.write_text(
        VALID.replace(
            "level: 1}",
            "level: 1, deployment: full, approval_status: approved, "
            "level_approval: {ref: 1/QĐ, date: 2026-01-02, issuer: UBND}}",
        ),
        encoding="utf-8",
    )
    result = run_cli(["check", path, "--format", "form08", "-o", tmp_path / "a.docx", "--as-of", AS_OF, "--lang", lang])
    assert (tmp_path / "a.docx").exists(), result.stderr
    report = json.loads(run_cli(["check", path, "--format", "json", "--as-of", AS_OF]).stdout)
    results = report["reports"][0]["results"]
    gaps = sorted(
        {r["control"] for r in results if r.get("system") == "portal" and r["outcome"] in ("fail", "partial")}
    )
    assert gaps, "the file answers no system control: every one is a gap"
    text = " ".join(result.stderr.split())
    assert ("Đã triển khai đầy đủ" if lang == "vi" else "fully deployed") in text
    assert all(control in text for control in gaps)


def test_a_file_without_the_facts_gives_blanks_and_the_list_to_fill(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text(VALID, encoding="utf-8")
    assert run_cli(["validate", path]).exit_code == 0
    out = tmp_path / "a.docx"
    result = run_cli(["check", path, "--format", "form08", "-o", out, "--as-of", AS_OF])
    assert out.exists(), result.stderr
    paragraphs, rows = letter(out)
    row = rows[1]
    assert row[1] == "Cổng thông tin" and row[4] == "1"
    for column in (3, 4, 6, 8, 10):  # owner, operator, approval status, regulation, deployment
        assert row[column - 1] == DOTS
    assert row[11] == ""  # (12): no assessment shown
    assert any(p.endswith(f": {DOTS};") for p in paragraphs)  # section 2 blanks
    text = " ".join(result.stderr.split())
    assert "Mẫu số 08" in text and "25/12/2026" in text
    for key in (
        "(operator)",
        "(approval_status)",
        "(deployment)",
        "(category)",
        "(agency.owner)",
        "(agency.security_unit)",
    ):
        assert key in text


def test_the_workbook_has_the_same_table(tmp_path, agency_letter):
    out = tmp_path / "f.xlsx"
    result = run_cli(["check", EXAMPLE, "--format", "form08-xlsx", "-o", out, "--as-of", AS_OF])
    assert out.exists(), result.stderr
    sheet = openpyxl.load_workbook(out).worksheets[0]
    cells = [[("" if c.value is None else str(c.value)) for c in row] for row in sheet.iter_rows()]
    _, rows = letter(agency_letter[0])
    assert cells == rows


def test_check_of_several_files_lists_every_system_once(tmp_path):
    out = tmp_path / "a.docx"
    result = run_cli(["check", EXAMPLES, "--format", "form08", "-o", out, "--as-of", AS_OF])
    assert out.exists(), result.stderr
    paragraphs, rows = letter(out)
    names = []
    for path in sorted(EXAMPLES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        names += [f"{s['name']} ({data['agency']['name']})" for s in data["systems"]]
    assert sorted(row[1] for row in rows[1:]) == sorted(names)
    owner = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))["agency"]["owner"]["name"]
    assert f"(1) Tên chủ quản hệ thống thông tin: {owner};" in paragraphs


# --- the province ------------------------------------------------------------------------------
def _with_facts(folder: Path, seed: int) -> None:
    """Give the generated agencies' systems Form 08 facts, varied (some left out)."""
    import random

    rng = random.Random(seed)
    for path in sorted(folder.rglob("*.yaml")):
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            lines.append(line)
            if re.fullmatch(r"    level: [1-5]", line):
                if rng.random() < 0.9:
                    lines.append(f"    category: {rng.choice(CATEGORIES)}")
                lines.append(f"    approval_status: {rng.choice(APPROVAL_STATUSES)}")
                lines.append(f"    deployment: {rng.choice(DEPLOYMENTS)}")
                if rng.random() < 0.5:
                    lines.append(f"    approval_expected: 2027-0{rng.randint(1, 9)}-15")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def province(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("province")
    write_agencies(folder, 20, 28)
    _with_facts(folder, 28)
    return folder


def test_the_provinces_letter_lists_every_system_once_and_sums_the_counts(province, tmp_path):
    out = tmp_path / "tinh.docx"
    result = run_cli(["audit", province, "--format", "form08", "-o", out, "--as-of", AS_OF])
    assert out.exists(), result.stderr
    paragraphs, rows = letter(out)
    expected = []
    per_agency: dict[str, list[str]] = {}
    for path in sorted(province.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        expected += [f"{s['name']} ({data['agency']['name']})" for s in data["systems"]]
        one = tmp_path / f"{path.stem}.docx"
        assert run_cli(["check", path, "--format", "form08", "-o", one, "--as-of", AS_OF]).exit_code in (0, 1)
        for key, value in section1(letter(one)[0]).items():
            per_agency.setdefault(key, []).append(value)
    assert len(expected) > 20
    assert sorted(row[1] for row in rows[1:]) == sorted(expected)  # every system, once
    assert [row[0] for row in rows[1:]] == [str(n) for n in range(1, len(expected) + 1)]
    counted = section1(paragraphs)
    for key, values in per_agency.items():
        assert counted[key] == (DOTS if DOTS in values else str(sum(int(v) for v in values))), key
    assert DOTS in per_agency["classified"] and counted["classified"] == DOTS  # some systems left unclassified
    assert {k: v for k, v in counted.items() if k != "classified"} == implied(rows[1:])


def test_the_provinces_section_2_comes_from_the_report_settings(province, tmp_path):
    settings_file = tmp_path / "s.toml"
    settings_file.write_text(
        'owner_name = "UBND tỉnh Nghệ An"\nowner_representative = "Nguyễn Văn A"\n'
        'unit_name = "Sở Khoa học và Công nghệ"\n',
        encoding="utf-8",
    )
    out = tmp_path / "tinh.docx"
    run_cli(["audit", province, "--format", "form08", "-o", out, "--as-of", AS_OF, "--report-settings", settings_file])
    paragraphs, _ = letter(out)
    assert "(1) Tên chủ quản hệ thống thông tin: UBND tỉnh Nghệ An;" in paragraphs
    assert "(1) Tên đơn vị chuyên trách về an ninh mạng: Sở Khoa học và Công nghệ;" in paragraphs


def test_the_settings_file_to_fill_in_has_the_provinces_section_2(province, tmp_path):
    """``report-settings`` writes the owner_* and unit_* lines too; filled in, they reach the
    province's letter."""
    settings_file = tmp_path / "tinh.toml"
    assert run_cli(["report-settings", "-o", settings_file]).exit_code == 0
    written = settings_file.read_text(encoding="utf-8")
    assert 'owner_name = ""' in written and 'unit_email = ""' in written and "Mẫu số 08" in written
    settings_file.write_text(
        written.replace('owner_name = ""', 'owner_name = "UBND tỉnh Hà Tĩnh"').replace(
            'unit_name = ""', 'unit_name = "Sở Khoa học và Công nghệ"'
        ),
        encoding="utf-8",
    )
    out = tmp_path / "tinh.docx"
    run_cli(["audit", province, "--format", "form08", "-o", out, "--as-of", AS_OF, "--report-settings", settings_file])
    paragraphs, _ = letter(out)
    assert "(1) Tên chủ quản hệ thống thông tin: UBND tỉnh Hà Tĩnh;" in paragraphs
    assert "(1) Tên đơn vị chuyên trách về an ninh mạng: Sở Khoa học và Công nghệ;" in paragraphs


_row = st.builds(
    form08.Row,
    agency=st.sampled_from(["A", "B"]),
    system=st.text(min_size=1, max_size=3),
    name=st.just("n"),
    owner=st.none(),
    operator=st.none(),
    level=st.integers(1, 5),
    approval_status=st.none() | st.sampled_from(APPROVAL_STATUSES),
    approval=st.none(),
    regulation=st.none(),
    approval_expected=st.none() | st.dates(date(2026, 1, 1), date(2028, 12, 31)),
    deployment=st.none() | st.sampled_from(DEPLOYMENTS),
    deployment_expected=st.none(),
    assessed=st.sampled_from([(), (form08.PERIODIC,), (form08.BEFORE_USE, form08.PERIODIC)]),
    category=st.none() | st.sampled_from(CATEGORIES),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_row, max_size=6), min_size=1, max_size=8))
def test_the_counts_of_many_agencies_are_the_sums_of_theirs(agencies):
    whole = form08.counts([row for rows in agencies for row in rows])
    parts = [form08.counts(rows) for rows in agencies]
    for field in ("managed", "classified", "dossier", "appraised", "approved", "approved_periodic"):
        values = [getattr(part, field) for part in parts]
        assert getattr(whole, field) == (None if None in values else sum(values)), field
    assert whole.all_approved == all(part.all_approved for part in parts)


# --- the yearly duty ---------------------------------------------------------------------------
def _duty_file(tmp_path: Path, filed: str | None) -> Path:
    from fourlayer.model.checklist import default_version

    control = form08.rules().control_ids(default_version(), "yearly_report")[0]  # the default checklist's
    evidence = f"[{{ref: '99/BC-STN', date: {filed}}}]" if filed else "[]"
    path = tmp_path / "a.yaml"
    path.write_text(VALID + f"  {control}: {{status: implemented, evidence: {evidence}}}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("as_of", "filed", "words"),
    [
        ("2026-12-07", None, "còn 18 ngày"),
        ("2026-12-07", "2026-12-05", "đã gửi, 99/BC-STN ngày 05/12/2026"),
        ("2026-12-26", None, "quá hạn"),
        ("2026-12-26", "2026-12-25", "đã gửi muộn"),
    ],
)
def test_check_says_whether_this_years_report_is_due_filed_or_late(tmp_path, as_of, filed, words):
    result = run_cli(["check", _duty_file(tmp_path, filed), "--as-of", as_of])
    text = " ".join(result.stdout.split())
    if filed and as_of < "2026-12-25":  # filed in time: said only near the deadline, and then as sent
        assert "Báo cáo năm 2026 gửi Bộ Công an" not in text or words in text
    else:
        assert words in text, text[-2000:]


def test_the_duty_is_quiet_far_from_the_deadline(tmp_path):
    text = " ".join(run_cli(["check", _duty_file(tmp_path, None), "--as-of", "2026-09-30"]).stdout.split())
    assert translate("vi", "form08.console.title") not in text and "Báo cáo năm 2026 gửi Bộ Công an" not in text


# --- LibreOffice: the letter as printed --------------------------------------------------------
def _render(docx_path: Path, tmp_path: Path) -> Path:
    if os.environ.get("CI") != "true":
        pytest.skip("rendering through LibreOffice runs under CI=true")
    program = shutil.which("soffice")
    assert program and shutil.which("pdftotext"), "soffice and pdftotext are required on CI"
    subprocess.run(
        [
            program,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return tmp_path / (docx_path.stem + ".pdf")


def test_the_printed_letter_keeps_its_lines_and_its_table_within_the_page(agency_letter, tmp_path):
    pdf = _render(agency_letter[0], tmp_path)
    layout = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    lines = [" ".join(line.split()) for line in layout.splitlines()]
    assert any("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in line for line in lines)  # the national title, one line
    assert any("Độc lập - Tự do - Hạnh phúc" in line for line in lines)
    assert any("Kính gửi: Bộ Công an." in line for line in lines)
    # every word of every page inside the page, the table's last column included
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', boxes, re.S)
    assert pages
    assert all("<word" in words for _, _, words in pages), "a blank page"
    assert float(pages[-1][0]) > float(pages[-1][1]), "the table's page is landscape"
    for width, _, words in pages:
        for x_min, x_max in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', words):
            assert float(x_min) >= 0 and float(x_max) <= float(width)
    assert "(12)" in boxes and translate("vi", "form08.col.12").split()[0] in boxes


@pytest.mark.parametrize(("fence", "suffix"), [("yml", "yaml"), ("TOML", "toml")])
def test_the_form08_settings_in_the_docs_are_valid(tmp_path, fence, suffix):
    from fourlayer.reporting.settings import load_report_settings

    page = (Path(__file__).parent.parent / "docs" / "reports.md").read_text(encoding="utf-8")
    (block,) = re.findall(rf"```{fence}\n(.*?)```", page, flags=re.S)
    path = tmp_path / f"s.{suffix}"
    path.write_text(block, encoding="utf-8")
    loaded = load_report_settings(str(path))
    assert loaded.findings == () and loaded.settings is not None
    for name in ("form08-first-page.png", "form08-table-page.png"):
        assert (Path(__file__).parent.parent / "docs" / "images" / name).read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize("command", ["check", "audit"])
def test_no_yearly_report_before_the_decree_applies(tmp_path, command):
    start = form08.rules().valid_from
    result = run_cli(
        [
            command,
            EXAMPLE,
            "--format",
            "form08",
            "-o",
            tmp_path / "a.docx",
            "--as-of",
            date(start.year, start.month, start.day - 1).isoformat(),
            "--lang",
            "en",
        ]
    )
    assert result.exit_code == 2 and start.isoformat() in result.stderr and not (tmp_path / "a.docx").exists()


def test_form08_survives_the_first_and_the_last_year(tmp_path):
    for as_of in ("0001-01-01", "9999-12-31"):
        result = run_cli(["check", EXAMPLE, "--as-of", as_of, "--fail-on", "never"])
        assert result.exit_code == 0 and "Traceback" not in result.stderr
    last = run_cli(["check", EXAMPLE, "--as-of", "9999-12-31", "--format", "form08", "-o", tmp_path / "a.docx"])
    assert last.exit_code in (0, 1) and (tmp_path / "a.docx").exists()


def test_thousands_of_systems_give_a_bounded_list(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text(
        "schema_version: 1\nagency: {name: A}\nassessed_on: 2026-09-30\nsystems:\n"
        + "".join(f"- {{id: s{i}, name: n, level: 3, deployment: full}}\n" for i in range(300)),
        encoding="utf-8",
    )
    result = run_cli(["check", path, "--format", "form08", "-o", tmp_path / "a.docx", "--as-of", AS_OF])
    _, rows = letter(tmp_path / "a.docx")
    assert len(rows) == 301  # the letter has every system
    lines = result.stderr.splitlines()
    assert len(result.stderr) < 100_000 and "… và 250 hệ thống khác." in " ".join(lines)  # not 300 of each
    assert "… và 251 dòng khác" in " ".join(result.stderr.split())  # 300 systems and the agency's own line
