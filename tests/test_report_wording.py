"""What a report says to the official who reads it, through the real command line: the
evaluation date and the assessment's date and age, evidence gone or going stale, the
officer's own note and due date, the one-screen ``--summary``, and prose written the
reader's way (dd/mm/yyyy, decimal commas) while machine formats keep ISO."""

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


# --- dates made visible -------------------------------------------------------------
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


# --- the officer's own words --------------------------------------------------------
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


# --- --summary ----------------------------------------------------------------------
def test_summary_fits_one_screen_and_names_each_control_once_with_its_systems(cli):
    full = check(cli, as_of="2026-11-27").stdout
    short = check(cli, "--summary", as_of="2026-11-27").stdout
    assert len(short.splitlines()) <= 24 < len(full.splitlines()), short
    assert short.count("L3.01") == 1 and "2 hệ thống: portal, hr" in " ".join(short.split()), short
    assert "Không tuân thủ" in short and "26,19" in short and "Lớp 4." in short
    assert "Căn cứ:" not in short and "Lý do:" not in short  # in the full report


# --- Vietnamese prose writes dd/mm/yyyy and decimal commas --------------------------
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
