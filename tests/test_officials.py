"""Issue 17 through the real command line: dates made visible, the officer's own words,
and messages a civil servant reads. Each test fails without its fix."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "ci"
FAILING = DATA / "failing.yaml"
CHECKLIST = DATA / "checklist.yaml"
FORMATS = ("console", "json", "markdown", "github", "junit", "sarif")


def check(cli, *args, lang="vi", as_of="2026-11-27", path=FAILING):
    return cli(["check", path, "--checklist", CHECKLIST, "--as-of", as_of, "--lang", lang, "--fail-on", "never", *args])


# --- item 1: dates made visible -------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "as_of_text", "assessed_text"),
    [
        ("vi", "27/11/2026", "30/09/2026 (58 ngày trước ngày đánh giá)"),
        ("en", "2026-11-27", "2026-09-30 (58 days before the evaluation date)"),
    ],
)
def test_header_shows_the_evaluation_date_and_the_assessment_date_with_its_age(cli, lang, as_of_text, assessed_text):
    out = check(cli, lang=lang).stdout
    header = out.split("\n\n")[0]
    assert as_of_text in header and assessed_text in header, header


def test_no_warning_within_a_quarter_of_the_assessment_date(cli):
    data = json.loads(check(cli, "--format", "json", as_of="2026-12-30").stdout)
    assert "assessment_old" not in [w["code"] for w in data["reports"][0].get("warnings", [])]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_evaluation_date_more_than_a_quarter_after_the_assessment_is_a_warning(cli, fmt):
    result = check(cli, "--format", fmt, as_of="2026-12-31", lang="vi")
    assert "quá một quý" in result.stdout, result.stdout
    assert "--as-of 2026-09-30" in result.stdout


def test_the_old_assessment_warning_in_json(cli):
    report = json.loads(check(cli, "--format", "json", as_of="2027-01-15").stdout)["reports"][0]
    assert report["assessed_on"] == "2026-09-30" and report["assessment_age_days"] == 107
    (old,) = [w for w in report["warnings"] if w["code"] == "assessment_old"]
    assert old["control"] is None and old["system"] is None and old["date"] == "2026-09-30"
    assert "107" in old["message"] and "15/01/2027" in old["message"]


@pytest.mark.parametrize(
    ("fmt", "lang", "expected"),
    [
        ("console", "vi", '"HĐ 01/2024/HĐ-SOC" ngày 01/01/2024 chỉ có giá trị 12 tháng, đã quá hạn từ ngày 02/01/2025'),
        ("console", "en", "went stale on 2025-01-02"),
        ("markdown", "vi", "đã quá hạn từ ngày 02/01/2025"),
        (
            "github",
            "en",
            'Evidence expired: "HĐ 01/2024/HĐ-SOC" of 2024-01-01 counts for 12 months and went stale on 2025-01-02',
        ),
        ("junit", "vi", "đã quá hạn từ ngày 02/01/2025"),
        ("sarif", "en", "went stale on 2025-01-02"),
    ],
)
def test_a_stale_evidence_reason_names_the_evidence_and_the_day_it_went_stale(cli, fmt, lang, expected):
    out = check(cli, "--format", fmt, lang=lang).stdout
    text = out.replace("\\\\", "\\").replace('\\"', '"') if fmt in ("sarif", "junit") else out
    if fmt == "junit":
        text = "".join(ET.fromstring(out).itertext())
    if fmt == "markdown":
        text = out.replace("\\", "")
    assert expected in " ".join(text.split()), out


def test_the_json_result_carries_the_stale_evidence_beside_the_reason_code(cli):
    report = json.loads(check(cli, "--format", "json").stdout)["reports"][0]
    expired = next(r for r in report["results"] if r["control"] == "L2.01" and r["system"] == "portal")
    assert expired["reasons"] == ["evidence_expired"]
    assert expired["stale_evidence"] == {
        "ref": "HĐ 01/2024/HĐ-SOC",
        "date": "2024-01-01",
        "max_age_months": 12,
        "stale_from": "2025-01-02",
    }
    others = [r for r in report["results"] if "evidence_expired" not in r["reasons"]]
    assert others and not any("stale_evidence" in r for r in others)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("vi", 'Bằng chứng "HĐ 02/2026/HĐ-SOC" ngày 01/05/2026 của L2.01 (hệ thống hr) sẽ quá hạn sau ngày 01/05/2027'),
        ("en", 'The evidence "HĐ 02/2026/HĐ-SOC" of 2026-05-01 for L2.01 (system hr) goes stale after 2027-05-01'),
    ],
)
def test_evidence_going_stale_is_written_in_the_future_tense(cli, lang, words):
    out = check(cli, lang=lang, as_of="2027-04-15").stdout
    assert words in " ".join(out.split()), out
    data = json.loads(check(cli, "--format", "json", as_of="2027-04-15").stdout)
    (coming,) = [w for w in data["reports"][0]["warnings"] if w["code"] == "evidence_expiring"]
    assert coming["evidence"] == {"ref": "HĐ 02/2026/HĐ-SOC", "date": "2026-05-01"}
    assert coming["date"] == "2027-05-01"


# --- item 7: the officer's own words --------------------------------------------------------
@pytest.mark.parametrize("fmt", ["console", "markdown", "github", "sarif", "junit"])
def test_the_note_the_officer_wrote_is_shown_beside_the_gap(cli, fmt):
    out = check(cli, "--format", fmt).stdout
    assert "Đang soạn quy chế" in out, out


def test_the_due_date_and_note_are_in_the_json_result(cli):
    report = json.loads(check(cli, "--format", "json").stdout)["reports"][0]
    gap = next(r for r in report["results"] if r["control"] == "L1.02")
    assert gap["due"] == "2026-06-30" and gap["note"] == "Đang soạn quy chế"


def test_a_due_date_still_ahead_is_shown_as_the_planned_date(cli):
    out = check(cli, as_of="2026-05-01").stdout
    assert "Hạn hoàn thành (cơ quan ghi): 30/06/2026" in out, out


# --- item 8: docs/ci.md pins refs that exist ------------------------------------------------
CI_DOCS = (Path(__file__).parent.parent / "docs" / "ci.md").read_text(encoding="utf-8")


def test_ci_docs_pin_main_or_a_commit_never_an_untagged_release():
    import re

    snippets = "\n".join(re.findall(r"```yaml\n(.*?)```", CI_DOCS, flags=re.S))
    pins = re.findall(r"fourlayer@([\w.\-]+)", snippets) + re.findall(r"^\s*rev: ([\w.\-]+)", snippets, flags=re.M)
    assert pins
    for pin in pins:
        assert pin == "main" or re.fullmatch(r"[0-9a-f]{40}", pin), pin
    assert "v0.1.0" not in CI_DOCS and "OWNER/" not in CI_DOCS


def test_ci_docs_report_only_hooks_are_verbose():
    import re

    import yaml

    blocks = [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", CI_DOCS, flags=re.S)]
    hooks = [h for b in blocks if "repos" in b for repo in b["repos"] for h in repo["hooks"]]
    report_only = [h for h in hooks if "never" in (h.get("args") or [])]
    assert report_only and all(h.get("verbose") is True for h in report_only)


def test_ci_docs_explain_the_choice_of_evaluation_date():
    assert "Pin `--as-of`" in CI_DOCS and "Leave it out" in CI_DOCS


# --- item 3: messages a civil servant reads -------------------------------------------------
TWO_SYSTEMS = """schema_version: 1
agency: {{name: "UBND xã Thử nghiệm"}}
assessed_on: 2026-09-30
systems:
  - {{id: mot-cua, name: "Một cửa", level: 1}}
  - id: portal
    name: Cổng thông tin
    level: 2
    controls:
      L2.03: {{status: {status}}}
"""


def _write(tmp_path, text, name="tu-danh-gia.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _findings(cli, path, lang="vi"):
    result = cli(["validate", path, "--format", "json", "--lang", lang])
    assert result.exit_code == 1, result.stdout + result.stderr
    return json.loads(result.stdout)["files"][0]["findings"]


@pytest.mark.parametrize(
    ("lang", "where"),
    [
        ("vi", "Hệ thống `portal`, tiêu chí L2.03, trạng thái"),
        ("en", "System `portal`, control L2.03, status"),
    ],
)
def test_data_paths_name_the_system_and_the_control_not_list_indexes(cli, tmp_path, lang, where):
    path = _write(tmp_path, TWO_SYSTEMS.format(status="bogus"))
    (found,) = [f for f in _findings(cli, path, lang) if f["code"] == "not-allowed-value"]
    assert found["message"].startswith(where + ":"), found
    out = cli(["validate", path, "--lang", lang]).stdout
    assert "systems[1]" not in out and where in " ".join(out.split())


def test_a_list_item_without_an_id_is_counted_from_one(cli, tmp_path):
    path = _write(tmp_path, TWO_SYSTEMS.format(status="implemented").replace("id: portal", "id: 7"))
    messages = [f["message"] for f in _findings(cli, path, "en")]
    assert any(m.startswith("System no. 2, id:") for m in messages), messages


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("done", "implemented"),
        ("yes", "implemented"),
        ('"Đã thực hiện"', "implemented"),
        ('"da thuc hien"', "implemented"),
        ("in_progress", "partial"),
        ('"Thực hiện một phần"', "partial"),
        ('"Chưa thực hiện"', "not_implemented"),
        ("no", "not_implemented"),
        ("n/a", "not_applicable"),
        ('"Không áp dụng"', "not_applicable"),
    ],
)
def test_status_words_get_a_did_you_mean(cli, tmp_path, written, meant):
    path = _write(tmp_path, TWO_SYSTEMS.format(status=written))
    hints = [f["hint"] or "" for f in _findings(cli, path, "en")]
    assert any(f'Did you mean "{meant}"?' in hint for hint in hints), hints


ONE_SPACE_SLIP = """schema_version: 1
agency: {name: "UBND xã Thử nghiệm"}
assessed_on: 2026-09-30
systems:
  - id: portal
    name: Cổng thông tin
     level: 2
"""


def test_a_one_space_indentation_slip_is_named_as_indentation_with_the_line_and_a_caret(cli, tmp_path):
    path = _write(tmp_path, ONE_SPACE_SLIP)
    (found,) = _findings(cli, path)
    assert (found["line"], found["column"]) == (7, 6)
    assert "thụt lề" in found["message"] and "dấu hai chấm" not in found["message"], found
    assert "Dòng 7 lùi vào 5 dấu cách" in found["hint"] and "dòng 6 lùi vào 4" in found["hint"]
    out = cli(["check", path]).stdout
    assert "7 │      level: 2\n" in out and "  │      ^\n" in out, out


def test_other_syntax_errors_show_the_line_and_a_caret_too(cli, tmp_path):
    path = _write(tmp_path, "schema_version: 1\nagency:\n  name: Sở Y tế: Nghệ An\n")
    out = cli(["validate", path]).stdout
    assert "3 │   name: Sở Y tế: Nghệ An\n" in out and "  │                ^\n" in out, out
    assert "dấu hai chấm" in out


def test_check_quiet_still_says_why_a_file_was_not_evaluated(cli, tmp_path):
    path = _write(tmp_path, ONE_SPACE_SLIP)
    result = cli(["check", "--quiet", path])
    assert result.exit_code == 2
    assert "[yaml-syntax]" in result.stdout and "thụt lề" in result.stdout, result.stdout


AGENCY_WAIVER = """schema_version: 1
agency: {name: "UBND xã Thử nghiệm"}
assessed_on: 2026-11-01
systems:
  - {id: portal, name: "Cổng thông tin", level: 1}
waivers:
  - {control: L1.01, reason: "Đang kiện toàn", approved_by: "Chủ tịch UBND xã", expires: 2026-12-10}
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_agency_is_written_as_such_in_every_format(cli, tmp_path, fmt):
    path = _write(tmp_path, AGENCY_WAIVER)
    for lang, word in (("vi", "(cơ quan)"), ("en", "(the agency)")):
        out = cli(
            ["check", path, "--format", fmt, "--as-of", "2026-11-27", "--lang", lang, "--fail-on", "never"]
        ).stdout
        assert word in out and "(—)" not in out, out


# --- item 4: --help in the chosen language --------------------------------------------------
def test_check_help_is_vietnamese_by_default_and_english_with_lang_en(cli):
    vi = cli(["check", "--help"])
    assert vi.exit_code == 0
    assert vi.stdout.startswith("Cách dùng: fourlayer check") and "Tuỳ chọn:" in vi.stdout
    assert "Định dạng báo cáo" in vi.stdout and "Hiện hướng dẫn này rồi thoát." in vi.stdout
    assert "Show this message" not in vi.stdout and "[mặc định: non-compliant]" in " ".join(vi.stdout.split())
    for args, env in ((["check", "--help", "--lang", "en"], None), (["check", "--help"], {"FOURLAYER_LANG": "en"})):
        en = cli(args, env=env)
        assert en.stdout.startswith("Usage: fourlayer check") and "Options:" in en.stdout
        assert "Report format" in en.stdout and "Tuỳ chọn" not in en.stdout


@pytest.mark.parametrize("command", ["validate", "audit", "diff", "init", "checklist", "checklist list", "schema"])
def test_every_command_help_follows_the_language(cli, command):
    vi = cli([*command.split(), "--help"]).stdout
    en = cli([*command.split(), "--help"], env={"FOURLAYER_LANG": "en"}).stdout
    assert vi.startswith("Cách dùng:") and en.startswith("Usage:")
    assert vi != en.replace("Usage:", "Cách dùng:")


# --- item 7: --summary ----------------------------------------------------------------------
def test_summary_fits_one_screen_and_names_each_control_once_with_its_systems(cli):
    full = check(cli, as_of="2026-11-27").stdout
    short = check(cli, "--summary", as_of="2026-11-27").stdout
    assert len(short.splitlines()) <= 24 < len(full.splitlines()), short
    assert short.count("L3.01") == 1 and "2 hệ thống: portal, hr" in " ".join(short.split()), short
    assert "Không tuân thủ" in short and "26,19" in short and "Lớp 4." in short
    assert "Căn cứ:" not in short and "Lý do:" not in short  # in the full report


# --- item 4: Vietnamese prose writes dd/mm/yyyy and decimal commas --------------------------
def test_audit_and_diff_prose_follow_the_language_and_machine_formats_keep_iso(cli):
    examples = Path(__file__).parent.parent / "examples"
    vi = cli(["audit", examples, "--as-of", "2026-09-30", "--jobs", "1"]).stdout
    en = cli(["audit", examples, "--as-of", "2026-09-30", "--jobs", "1", "--lang", "en"]).stdout
    assert "30/09/2026" in vi and "2026-09-30" in en
    assert re.search(r"\b\d{1,3},\d\d\b", vi) and not re.search(r"\b\d{1,3}\.\d\d\b", vi), vi
    assert re.search(r"\b\d{1,3}\.\d\d\b", en)
    data = json.loads(cli(["audit", examples, "--as-of", "2026-09-30", "--jobs", "1", "--format", "json"]).stdout)
    assert data["as_of"] == "2026-09-30"
    report = json.loads(check(cli, "--format", "json").stdout)
    assert isinstance(report["reports"][0]["score"], float) and report["as_of"] == "2026-11-27"
