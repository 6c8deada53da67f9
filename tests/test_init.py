"""``fourlayer init``: the template (pure) and the command (through the real CLI)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import yaml
from conftest import ROOT, run_cli
from hypothesis import given
from hypothesis import strategies as st
from test_fuzz import no_crash

from fourlayer.authoring.init import (
    SCHEMA_FILE,
    WIDTH,
    SpecError,
    SystemSpec,
    build_template,
    flow,
    parse_system,
    parse_systems,
    quote,
)
from fourlayer.model.assessment import Agency
from fourlayer.model.checklist import load_checklist
from fourlayer.reading.loading import parse_text

CHECKLIST = load_checklist().checklist
AGENCY = Agency("Sở Y tế tỉnh Nghệ An", code="000.00.15.H42", province="Nghệ An")
SYSTEMS = (SystemSpec("hssk", "Hồ sơ sức khỏe điện tử", 3), SystemSpec("portal", "Cổng thông tin điện tử", 2))
DAY = date(2026, 10, 15)


def template(systems=SYSTEMS, day=DAY, lang="vi", agency=AGENCY) -> str:
    return build_template(CHECKLIST, agency, systems, day, lang)


def data_of(text: str) -> dict:
    loaded = parse_text(text, "t.yaml")
    assert loaded.findings == () and loaded.data is not None
    return loaded.data


def expected_ids(systems, day):
    top = max(s.level for s in systems)
    agency = {c.id for c in CHECKLIST.controls if c.scope == "agency" and c.min_level <= top and c.in_force_on(day)}
    per_system = {
        s.id: {
            c.id for c in CHECKLIST.controls if c.scope == "system" and c.min_level <= s.level and c.in_force_on(day)
        }
        for s in systems
    }
    return agency, per_system


def fill(text: str, evidence_date: str = "2026-10-01") -> str:
    """What a user does: set every status and give each answer a dated piece of evidence."""

    def answer(match: re.Match) -> str:
        indent = match[1]
        return (
            f'{indent}status: implemented\n{indent}evidence:\n{indent}  - {{ref: "01/QĐ-SYT", date: {evidence_date}}}\n'
        )

    filled, count = re.subn(
        r"^( +)status:\n\1# evidence:\n\1#   - \{ref: \"\", date: YYYY-MM-DD\}\n", answer, text, flags=re.M
    )
    assert count == text.count("status:\n")
    return filled


# --- the template ----------------------------------------------------------------------
def test_template_starts_with_the_schema_line_and_identifies_the_checklist():
    text = template()
    assert text.splitlines()[0] == f"# yaml-language-server: $schema={SCHEMA_FILE}"
    assert f"fourlayer schema assessment > {SCHEMA_FILE}" in text
    data = data_of(text)
    assert data["schema_version"] == 1
    assert data["checklist"] == {"id": CHECKLIST.id, "version": CHECKLIST.version}
    assert data["agency"] == {"name": "Sở Y tế tỉnh Nghệ An", "code": "000.00.15.H42", "province": "Nghệ An"}
    assert data["assessed_on"] == "2026-10-15"
    assert [(s["id"], s["name"], s["level"]) for s in data["systems"]] == [
        ("hssk", "Hồ sơ sức khỏe điện tử", 3),
        ("portal", "Cổng thông tin điện tử", 2),
    ]


@pytest.mark.parametrize(
    "systems",
    [
        SYSTEMS,
        (SystemSpec("ttdt", "Trang thông tin xã", 1),),
        (SystemSpec("lgsp", "LGSP", 4), SystemSpec("mail", "Thư điện tử", 1)),
        (SystemSpec("quocgia", "Hệ thống cấp độ 5", 5),),
    ],
)
@pytest.mark.parametrize("day", [date(2026, 6, 30), date(2026, 7, 1), DAY])
def test_every_applicable_control_is_asked_once_where_it_belongs(systems, day):
    data = data_of(template(systems, day))
    agency, per_system = expected_ids(systems, day)
    assert set(data.get("controls") or {}) == agency
    for system in data["systems"]:
        assert set(system.get("controls") or {}) == per_system[system["id"]]
    answers = [
        *(data.get("controls") or {}).values(),
        *(a for s in data["systems"] for a in (s.get("controls") or {}).values()),
    ]
    assert answers and all(a == {"status": None} for a in answers)


def test_budget_controls_follow_the_assessment_date():
    before = data_of(template(day=date(2026, 6, 30)))["controls"]
    after = data_of(template(day=date(2026, 7, 1)))["controls"]
    assert "L1.16" in before and "L1.17" not in before  # version 2: the 10 % floor never switches off
    assert "L1.16" in after and "L1.17" in after
    upcoming = template(day=date(2026, 6, 30)).split("L4.13:")[-1]
    assert "L1.17 (cơ quan, 2026-07-01)" in upcoming


def test_level_gates_controls():
    data = data_of(template((SystemSpec("ttdt", "Trang thông tin xã", 1),)))
    assert "L4.10" in data["controls"]  # version 2: every system owner (TT 31/2017 Art. 14.4)
    assert "L3.09" not in data["systems"][0]["controls"]  # min level 5
    assert "L2.03" not in data["systems"][0]["controls"]
    assert "L1.06" in data["systems"][0]["controls"]


@pytest.mark.parametrize(("lang", "label"), [("vi", "Yêu cầu:"), ("en", "Requirement:")])
def test_each_control_carries_title_and_requirement_in_the_language(lang, label):
    text = template(lang=lang)
    flat = " ".join(line.strip().lstrip("#").strip() for line in text.splitlines())
    for control in CHECKLIST.controls:
        if f"{control.id}:" not in text:
            continue
        assert " ".join(control.title.get(lang).split()) in flat, control.id
        assert " ".join(control.requirement.get(lang).split()) in flat, control.id
    assert text.count(label) == text.count("status:\n")


def test_lines_fit_the_width_and_the_text_is_deterministic():
    text = template()
    assert all(len(line) <= WIDTH for line in text.splitlines())
    assert text == template() and text.endswith("\n")


def test_comments_mention_evidence_age_and_not_applicable_where_they_apply():
    text = template(lang="en")
    l301 = text.split("# L3.01")[1].split("L3.01:")[0]
    assert "no older than 13 months" in l301
    l402 = text.split("# L2.02")[1].split("L2.02:")[0]
    assert "may be not_applicable" in l402


def test_text_from_the_command_line_is_quoted_and_round_trips():
    tricky = Agency('UBND xã "Hưng Đông": #1 \\ {a: b}, [c]')
    data = data_of(template(agency=tricky))
    assert data["agency"] == {"name": tricky.name}
    odd_system = SystemSpec("yes", "null", 1)
    data = data_of(template((odd_system,)))
    assert data["systems"][0]["id"] == "yes" and data["systems"][0]["name"] == "null"


def test_hostile_checklist_text_cannot_break_out_of_a_comment():
    from dataclasses import replace

    from fourlayer.model.checklist import Text

    first = CHECKLIST.controls[0]
    evil = replace(first, title=Text("x\nstatus: implemented\u2028L9.99: 1", "x"))
    checklist = replace(CHECKLIST, controls=(evil, *CHECKLIST.controls[1:]))
    text = build_template(checklist, AGENCY, SYSTEMS, DAY, "vi")
    assert data_of(text)["controls"][first.id] == {"status": None}
    assert "L9.99" not in data_of(text)["controls"]


# --- parsing --system --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("portal:Cổng thông tin điện tử:2", SystemSpec("portal", "Cổng thông tin điện tử", 2)),
        (" his : Hệ thống: bệnh viện : 3 ", SystemSpec("his", "Hệ thống: bệnh viện", 3)),
    ],
)
def test_parse_system(value, expected):
    assert parse_system(value) == expected


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("portal", "init.bad-system-syntax"),
        ("portal:Cổng", "init.bad-system-syntax"),
        ("cổng tt:Cổng:2", "init.bad-system-id"),
        (":Cổng:2", "init.bad-system-id"),
        ("portal::2", "init.empty-system-name"),
        ("portal:Cổng:6", "init.bad-level"),
        ("portal:Cổng:0", "init.bad-level"),
        ("portal:Cổng:ba", "init.bad-level"),
        ("portal:Cổng:2.5", "init.bad-level"),
        ("portal:Cổng\x07:2", "init.bad-text"),
    ],
)
def test_bad_system_specs(value, key):
    with pytest.raises(SpecError) as caught:
        parse_system(value)
    assert caught.value.key == key
    assert caught.value.message("vi") != caught.value.message("en")


def test_duplicate_system_ids():
    with pytest.raises(SpecError) as caught:
        parse_systems(["a:A:1", "a:B:2"])
    assert caught.value.key == "init.duplicate-system"


# --- the command -------------------------------------------------------------------------
ARGS = [
    "init",
    "--agency",
    "Sở Y tế tỉnh Nghệ An",
    "--code",
    "000.00.15.H42",
    "--province",
    "Nghệ An",
    "--system",
    "hssk:Hồ sơ sức khỏe điện tử:3",
    "--system",
    "portal:Cổng thông tin điện tử:2",
    "--assessed-on",
    "2026-10-15",
]


def test_init_writes_the_default_file_and_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli(ARGS)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    written = (tmp_path / "tu-danh-gia.yaml").read_text(encoding="utf-8")
    assert written == template()
    assert "tu-danh-gia.yaml" in result.stderr and "fourlayer validate tu-danh-gia.yaml" in result.stderr
    answers = written.count("status:\n")
    assert f"{answers} câu trả lời" in result.stderr


def test_init_to_stdout(tmp_path):
    result = run_cli([*ARGS, "-o", "-", "--lang", "en"])
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout == template(lang="en")


def test_language_from_the_environment():
    result = run_cli([*ARGS, "-o", "-"], env={"FOURLAYER_LANG": "en"})
    assert "Requirement:" in result.stdout and "Yêu cầu:" not in result.stdout


def test_never_overwrites_without_force(tmp_path):
    target = tmp_path / "ban-tu-danh-gia.yaml"
    target.write_text("# đã điền\n", encoding="utf-8")
    for lang, words in (("vi", "đã có"), ("en", "already exists")):
        result = run_cli([*ARGS, "-o", target, "--lang", lang])
        assert result.exit_code == 2 and words in result.stderr and "--force" in result.stderr
        assert "Traceback" not in result.stderr
    assert target.read_text(encoding="utf-8") == "# đã điền\n"
    result = run_cli([*ARGS, "-o", target, "--force"])
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8") == template()


def test_never_writes_over_the_checklist_it_reads(tmp_path):
    checklist = tmp_path / "danh-muc.yaml"
    original = (ROOT / "checklists" / "four-layer.yaml").read_text(encoding="utf-8")
    checklist.write_text(original, encoding="utf-8")
    result = run_cli([*ARGS, "--checklist", checklist, "-o", checklist, "--force"])
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert checklist.read_text(encoding="utf-8") == original


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--system", "portal"], "ID:NAME:LEVEL"),
        (["--system", "portal:Cổng:6"], "from 1 to 5"),
        (["--system", "portal:Cổng:"], "from 1 to 5"),
        (["--system", "cổng tt:Cổng:2"], "ASCII letters"),
        (["--system", "a:A:1", "--system", "a:B:2"], "given twice"),
        (["--system", "a:A:1", "--assessed-on", "30/09/2026"], "YYYY-MM-DD"),
        (["--system", "a:A:1", "--agency", "  "], "must not be empty"),
        (["--system", "a:A:1", "--agency", "Sở\nY tế"], "line break"),
    ],
)
def test_bad_options_are_usage_errors(args, words):
    base = ["init", "--agency", "Sở Y tế", "-o", "-", "--lang", "en"]
    result = run_cli([*base, *args])
    assert result.exit_code == 2, result.stdout
    assert words in result.stderr and "Traceback" not in result.stderr
    assert "Usage:" in result.stderr and result.stdout == ""


def test_system_is_required():
    result = run_cli(["init", "--agency", "Sở Y tế", "-o", "-"])
    assert result.exit_code == 2 and "--system" in result.stderr


def test_the_template_is_valid_yaml_but_not_a_valid_assessment_until_filled(tmp_path):
    path = tmp_path / "tu-danh-gia.yaml"
    assert run_cli([*ARGS, "-o", path]).exit_code == 0
    text = path.read_text(encoding="utf-8")
    result = run_cli(["validate", "--format", "json", "--lang", "en", path])
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["files"][0]["findings"]
    lines = text.splitlines()
    assert len(findings) == text.count("status:\n")
    for item in findings:
        assert item["code"] == "empty-value"
        assert lines[item["line"] - 1].strip() == "status:"
        assert "implemented, partial, not_implemented, not_applicable" in item["hint"]


def test_a_filled_template_validates_and_evaluates(tmp_path):
    path = tmp_path / "tu-danh-gia.yaml"
    assert run_cli([*ARGS, "-o", path]).exit_code == 0
    path.write_text(fill(path.read_text(encoding="utf-8")), encoding="utf-8")
    result = run_cli(["validate", path])
    assert result.exit_code == 0, result.stdout
    # five days after the assessment: every piece of evidence (dated 2026-10-01) is current,
    # the weekly monitoring report (L2.04: one month in version 3) included
    checked = run_cli(["check", "--format", "json", "--as-of", "2026-10-20", path])
    assert checked.exit_code == 0, checked.stdout + checked.stderr
    (report,) = json.loads(checked.stdout)["reports"]
    assert report["verdict"] == "compliant" and report["score"] == 100.0


def test_a_template_written_before_july_2026_misses_the_new_budget_control_later(tmp_path):
    """The comment at the end warned about it: checked after 2026-07-01, L1.17 is unanswered."""
    path = tmp_path / "t.yaml"
    assert run_cli([*ARGS[:-1], "2026-06-15", "-o", path]).exit_code == 0
    path.write_text(fill(path.read_text(encoding="utf-8"), "2026-06-01"), encoding="utf-8")
    checked = run_cli(["check", "--format", "json", "--as-of", "2026-07-15", path])
    results = json.loads(checked.stdout)["reports"][0]["results"]
    (budget,) = [r for r in results if r["control"] == "L1.17"]
    assert budget["outcome"] == "fail" and budget["reasons"] == ["unanswered"]


def test_help_documents_the_schema_line_choice():
    result = run_cli(["init", "--help"])
    assert result.exit_code == 0
    assert "assessment.schema.json" in result.stdout and "tu-danh-gia.yaml" in result.stdout


def test_output_into_a_missing_directory_is_a_clear_error(tmp_path):
    result = run_cli([*ARGS, "-o", tmp_path / "khong-co" / "t.yaml"])
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert not Path(tmp_path / "khong-co").exists()


def test_default_output_name_is_one_name():
    from fourlayer.authoring import init
    from fourlayer.cli import init as cli_init

    assert cli_init.DEFAULT_OUTPUT == init.DEFAULT_OUTPUT


# --- init levels -------------------------------------------------------------------------------------
@pytest.mark.parametrize("level", ["²", "٣", "３", "⑤", "3x", "0", "6", ""])
def test_init_refuses_levels_that_isdigit_accepts(tmp_path: Path, level: str) -> None:
    done = run_cli(["init", "--agency", "A", "--system", f"web:Web:{level}", "-o", tmp_path / "t.yaml", "--lang", "en"])
    assert done.exit_code == 2, done.stderr
    no_crash(done.stdout, done.stderr)
    assert "level" in done.stderr and not (tmp_path / "t.yaml").exists()


LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


# --- a single-line field never becomes two lines -------------------------------------
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)) | st.sampled_from(LINE_BREAKS)))
def test_a_value_written_into_yaml_stays_on_one_line_and_reads_back(text):
    for written in (quote(text), flow(text)):
        assert len(written.splitlines()) == 1 and not any(char in written for char in LINE_BREAKS), written
    assert yaml.safe_load(f"k: {quote(text)}")["k"] == text


SINGLE_LINE = {
    "agency name": "Sở\nY tế\u2028Nghệ An",
    "agency code": "000.00\r.15\x85.H42",
    "system name": "Cổng\u2029thông\x0btin",
    "evidence ref": "45/QĐ\nphụ lục\x1c2",
}


NOTE = "dòng 1\ndòng 2"


def _assessment(tmp_path: Path) -> Path:
    data = {
        "schema_version": 1,
        "checklist": {"id": "four-layer", "version": "2"},
        "agency": {"name": SINGLE_LINE["agency name"], "code": SINGLE_LINE["agency code"]},
        "assessed_on": "2026-09-30",
        "systems": [{"id": "portal", "name": SINGLE_LINE["system name"], "level": 1}],
        "controls": {
            "L1.01": {
                "status": "implemented",
                "evidence": [{"ref": SINGLE_LINE["evidence ref"], "date": "2026-03-01", "note": NOTE}],
            }
        },
    }
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=False), encoding="utf-8")
    return path


def test_single_line_fields_stay_on_one_line_in_a_generated_workbook_and_yaml(tmp_path):
    """yaml → xlsx → yaml (``convert``): in the workbook each single-line field is one line (its
    line breaks and control characters become a space; notes keep their lines); in the YAML
    written back it is one line, whole."""
    source = _assessment(tmp_path)
    book_path, back = tmp_path / "a.xlsx", tmp_path / "back.yaml"
    assert run_cli(["convert", source, "-o", book_path]).exit_code == 0
    book = openpyxl.load_workbook(book_path)
    cells = [
        cell
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if isinstance(cell, str)
    ]
    for value in SINGLE_LINE.values():
        assert _one_line(value) in cells
        pieces = [piece for piece in re.split(f"[{LINE_BREAKS}]", value) if piece]
        for cell in cells:  # the value, or a title made from it: never over two lines, no _x000D_ text
            if cell != NOTE and any(piece in cell for piece in pieces):
                assert not any(char in cell for char in LINE_BREAKS) and "_x00" not in cell, cell
    assert NOTE in cells  # a note keeps its lines
    assert run_cli(["convert", book_path, "-o", back]).exit_code == 0
    text = back.read_text(encoding="utf-8")
    assert text.split("\n")[:-1] == text.splitlines()  # no other character breaks a line
    loaded = yaml.safe_load(text)
    assert loaded["agency"]["name"] == _one_line(SINGLE_LINE["agency name"])
    assert loaded["agency"]["code"] == _one_line(SINGLE_LINE["agency code"])
    assert loaded["systems"][0]["name"] == _one_line(SINGLE_LINE["system name"])
    assert loaded["controls"]["L1.01"]["evidence"][0]["ref"] == _one_line(SINGLE_LINE["evidence ref"])
    assert loaded["controls"]["L1.01"]["evidence"][0]["note"] == NOTE


def _one_line(text: str) -> str:
    return re.sub(f"[{LINE_BREAKS}]+", " ", text)
