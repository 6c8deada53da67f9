"""``fourlayer diff``: what improved and what regressed, through the core and the real CLI."""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES, VALID, run_cli

from fourlayer.model.evaluation import LayerStatus, Outcome, Verdict
from fourlayer.rounds.diff import (
    CREDIT_RANK,
    STATUS_RANK,
    LayerState,
    PairState,
    Snapshot,
    change_of,
    compare,
)

DATA = Path(__file__).parent / "data" / "audit"
CHECKLIST = DATA / "checklist.yaml"
CHECKLIST_V2 = DATA / "checklist-v2.yaml"
OLD = DATA / "diff" / "old.yaml"
NEW = DATA / "diff" / "new.yaml"
BASE = ["--checklist", CHECKLIST, "--as-of", "2026-10-15"]

EXPECTED_PAIRS = [
    ("L1.01", None, "fail", "pass", "improved"),
    ("L1.02", "email", None, "pass", "appeared"),
    ("L1.02", "portal", "partial", "fail", "regressed"),
    ("L1.02", "qlvb", "pass", None, "disappeared"),
    ("L2.01", "email", None, "fail", "appeared"),
    ("L2.01", "portal", "fail", "waived", "changed"),
    ("L2.01", "qlvb", "pass", None, "disappeared"),
    ("L3.01", "portal", "not_applicable", "pass", "changed"),
    ("L4.01", None, "pass", "partial", "regressed"),
]


def pairs_of(data):
    return [(c["control"], c["system"], c["before"], c["after"], c["change"]) for c in data["controls"]]


def diff_json(cli, old, new, *extra):
    result = cli(["diff", old, new, *BASE, "--format", "json", *extra])
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


# --- the rules ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (Outcome.FAIL, Outcome.PARTIAL, "improved"),
        (Outcome.PARTIAL, Outcome.PASS, "improved"),
        (Outcome.FAIL, Outcome.PASS, "improved"),
        (Outcome.PASS, Outcome.PARTIAL, "regressed"),
        (Outcome.PASS, Outcome.FAIL, "regressed"),
        (Outcome.PASS, Outcome.PASS, "unchanged"),
        (Outcome.FAIL, Outcome.WAIVED, "changed"),  # a waiver is not an improvement
        (Outcome.WAIVED, Outcome.FAIL, "changed"),
        (Outcome.NOT_APPLICABLE, Outcome.PASS, "changed"),
        (Outcome.PASS, Outcome.NOT_APPLICABLE, "changed"),
        (Outcome.WAIVED, Outcome.NOT_APPLICABLE, "changed"),
    ],
)
def test_outcome_order_is_fail_partial_pass(before, after, expected):
    assert change_of(before, after, CREDIT_RANK) == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (LayerStatus.NOT_MET, LayerStatus.PARTIALLY_MET, "improved"),
        (LayerStatus.MET, LayerStatus.NOT_MET, "regressed"),
        (LayerStatus.NOT_APPLICABLE, LayerStatus.MET, "changed"),
        (LayerStatus.MET, LayerStatus.NOT_APPLICABLE, "changed"),
    ],
)
def test_layer_status_order(before, after, expected):
    assert change_of(before, after, STATUS_RANK) == expected


def snapshot(version="1", score=80.0, verdict=Verdict.PARTIALLY_COMPLIANT, outcome=Outcome.PASS):
    return Snapshot(
        "x.yaml",
        "assessment",
        "Sở A",
        "t",
        version,
        date(2026, 10, 1),
        verdict,
        score,
        (LayerState(1, LayerStatus.PARTIALLY_MET, score),),
        (PairState("L1.01", 1, None, "high", outcome),),
        (),
    )


def test_a_fallen_score_is_a_regression_only_when_scores_are_comparable():
    same = compare(snapshot(score=80.0), snapshot(score=79.5))
    assert same.comparable and same.score_delta == -0.5 and same.regressions == 1  # the overall score
    assert same.pairs == () and same.layers[0].change == "unchanged" and same.layers[0].delta == -0.5
    other = compare(snapshot(score=80.0), snapshot(version="2", score=70.0))
    assert not other.comparable and other.score_delta is None and other.layers[0].delta is None
    assert other.regressions == 0
    assert compare(snapshot(score=80.0), snapshot(score=80.0)).regressions == 0


def test_regressions_count_pairs_layers_and_the_verdict():
    result = compare(snapshot(outcome=Outcome.PASS), snapshot(outcome=Outcome.FAIL, verdict=Verdict.NON_COMPLIANT))
    assert [p.change for p in result.pairs] == ["regressed"]
    assert result.verdict_change == "regressed" and result.regressions == 2
    assert result.exit_code(fail_on_regression=True) == 1 and result.exit_code() == 0


# --- the command line -----------------------------------------------------------------
def test_two_assessments_per_control_and_per_layer(cli):
    data = diff_json(cli, OLD, NEW)
    assert pairs_of(data) == EXPECTED_PAIRS
    assert data["counts"] == {"regressed": 2, "improved": 1, "changed": 2, "appeared": 2, "disappeared": 2}
    layers = {x["layer"]: (x["before"], x["after"], x["change"]) for x in data["layers"]}
    assert layers == {
        1: ("not_met", "partially_met", "improved"),
        2: ("partially_met", "not_met", "regressed"),
        3: ("met", "met", "unchanged"),
        4: ("met", "partially_met", "regressed"),
    }
    assert data["score"] == {"before": 47.06, "after": 64.71, "delta": 17.65}
    assert data["verdict"] == {"before": "non_compliant", "after": "non_compliant", "change": "unchanged"}
    assert data["old"]["kind"] == data["new"]["kind"] == "assessment"
    assert data["old"]["as_of"] == data["new"]["as_of"] == "2026-10-15"  # both evaluated on one date
    assert data["same_agency"] is True and data["checklist_changed"] is False
    assert data["regressions"] == 4  # two pairs, two layers; the score rose


def test_fail_on_regression_is_a_ratchet(cli, tmp_path):
    assert cli(["diff", OLD, NEW, *BASE]).exit_code == 0
    assert cli(["diff", OLD, NEW, *BASE, "--fail-on-regression"]).exit_code == 1
    assert cli(["diff", NEW, NEW, *BASE, "--fail-on-regression"]).exit_code == 0
    fixed = tmp_path / "fixed.yaml"
    fixed.write_text(
        OLD.read_text(encoding="utf-8").replace(
            "L1.01: {status: not_implemented}",
            'L1.01: {status: implemented, evidence: [{ref: "6/QĐ-SXD", date: 2026-07-15}]}',
        ),
        encoding="utf-8",
    )
    improved = cli(["diff", OLD, fixed, *BASE, "--fail-on-regression", "--format", "json"])
    assert improved.exit_code == 0
    assert pairs_of(json.loads(improved.stdout)) == [("L1.01", None, "fail", "pass", "improved")]


def test_json_reports_of_check_are_detected_and_compared_like_assessments(cli, tmp_path):
    old_report, new_report = tmp_path / "q2.json", tmp_path / "q3.out"  # the name does not matter
    for source, report in ((OLD, old_report), (NEW, new_report)):
        made = cli(["check", source, *BASE, "--format", "json", "-o", report])
        assert made.exit_code in (0, 1), made.stderr
    from_reports = diff_json(cli, old_report, new_report)
    from_files = diff_json(cli, OLD, NEW)
    assert from_reports["old"]["kind"] == "report" and from_reports["new"]["kind"] == "report"
    for key in ("controls", "layers", "score", "verdict", "counts", "regressions"):
        assert from_reports[key] == from_files[key], key
    mixed = diff_json(cli, old_report, NEW)
    assert mixed["old"]["kind"] == "report" and mixed["new"]["kind"] == "assessment"
    assert pairs_of(mixed) == EXPECTED_PAIRS


def test_a_report_keeps_its_own_evaluation_date(cli, tmp_path):
    report = tmp_path / "q2.json"
    cli(["check", OLD, "--checklist", CHECKLIST, "--as-of", "2026-06-30", "--format", "json", "-o", report])
    data = diff_json(cli, report, NEW)
    assert data["old"]["as_of"] == "2026-06-30" and data["new"]["as_of"] == "2026-10-15"


def test_different_checklist_versions_are_refused_unless_allowed(cli, tmp_path):
    report = tmp_path / "v2.json"
    cli(["check", OLD, "--checklist", CHECKLIST_V2, "--as-of", "2026-10-15", "--format", "json", "-o", report])
    refused = cli(["diff", report, NEW, *BASE, "--lang", "en"])
    assert refused.exit_code == 2 and refused.stdout == ""
    assert "audit-test v2" in refused.stderr and "audit-test v1" in refused.stderr
    assert "--allow-checklist-change" in refused.stderr
    allowed = cli(["diff", report, NEW, *BASE, "--format", "json", "--allow-checklist-change", "--fail-on-regression"])
    data = json.loads(allowed.stdout)
    assert data["checklist_changed"] is True and data["scores_compared"] is False
    assert data["score"]["delta"] is None and all(x["delta"] is None for x in data["layers"])
    assert pairs_of(data) == EXPECTED_PAIRS  # outcomes are still compared
    assert allowed.exit_code == 1  # regressed pairs and layers still count
    console = cli(["diff", report, NEW, *BASE, "--allow-checklist-change", "--lang", "en"])
    assert "scores are not compared" in console.stdout


def test_console_report_in_vietnamese_with_text_from_files_shown_literally(cli):
    result = cli(["diff", OLD, NEW, *BASE], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "SO SÁNH HAI KẾT QUẢ ĐÁNH GIÁ" in out
    assert "Giảm (2)" in out and "Cải thiện (1)" in out and "Mới phải đánh giá (2)" in out
    assert "Không tuân thủ → Không tuân thủ" in out and "47,06 → 64,71  (+17,65)" in out
    assert "[red]Thư điện tử[/red]" in out  # a system name is data, not markup


def test_english_console(cli):
    out = cli(["diff", OLD, NEW, *BASE, "--lang", "en"]).stdout
    assert "Regressed (2)" in out and "Improved (1)" in out and "Disappeared (2)" in out
    assert "2 regressed, 1 improved, 2 changed, 2 appeared, 2 disappeared" in out


def test_other_agencies_are_flagged(cli):
    other = DATA / "province" / "so" / "b-partial.yaml"
    data = diff_json(cli, OLD, other)
    assert data["same_agency"] is False
    assert "two sides are of different agencies" in cli(["diff", OLD, other, *BASE, "--lang", "en"]).stdout


def test_a_report_of_several_agencies_is_refused_with_its_location(cli, tmp_path):
    report = tmp_path / "two.json"
    cli(["check", OLD, NEW, *BASE, "--format", "json", "-o", report])
    result = cli(["diff", report, NEW, *BASE, "--lang", "en"])
    assert result.exit_code == 2 and result.stdout == ""
    assert f"{report}:" in result.stderr and "holds 2 results" in result.stderr
    assert "[diff-report-count]" in result.stderr and "Traceback" not in result.stderr


def test_a_tampered_report_is_refused_with_a_located_error(cli, tmp_path):
    report = tmp_path / "q2.json"
    cli(["check", OLD, *BASE, "--format", "json", "-o", report])
    text = report.read_text(encoding="utf-8").replace('"outcome": "fail"', '"outcome": "great"', 1)
    report.write_text(text, encoding="utf-8")
    line = text[: text.index('"great"')].count("\n") + 1
    result = cli(["diff", report, NEW, *BASE, "--lang", "en"])
    assert result.exit_code == 2
    assert f"{report}:{line}:" in result.stderr and "Cannot compare" in result.stderr


def test_bad_inputs_are_exit_2_without_a_traceback(cli, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("agency: [\n", encoding="utf-8")
    for args in (
        ["diff", OLD, tmp_path / "missing.yaml"],
        ["diff", broken, NEW],
        ["diff", OLD],
        ["diff", OLD, NEW, "--format", "csv"],
    ):
        result = cli([*args, *BASE])
        assert result.exit_code == 2, args
        assert "Traceback" not in result.stderr
    assert f"{broken}:2:1" in cli(["diff", broken, NEW, *BASE]).stderr


def test_output_file_never_over_an_input(cli, tmp_path):
    old = tmp_path / "old.yaml"
    old.write_bytes(OLD.read_bytes())
    refused = cli(["diff", old, NEW, *BASE, "-o", old])
    assert refused.exit_code == 2 and old.read_bytes() == OLD.read_bytes()
    target = tmp_path / "diff.json"
    assert cli(["diff", old, NEW, *BASE, "--format", "json", "-o", target]).exit_code == 0
    assert pairs_of(json.loads(target.read_text(encoding="utf-8"))) == EXPECTED_PAIRS


def test_json_keys_are_english_whatever_the_language(cli):
    vi = diff_json(cli, OLD, NEW, "--lang", "vi")
    en = diff_json(cli, OLD, NEW, "--lang", "en")
    assert vi == en
    assert list(vi) == [
        "tool",
        "old",
        "new",
        "same_agency",
        "checklist_changed",
        "scores_compared",
        "ids_mapped",
        "verdict",
        "score",
        "layers",
        "controls",
        "counts",
        "regressions",
    ]


def test_no_waivers_applies_to_assessments(cli):
    data = diff_json(cli, OLD, NEW, "--no-waivers")
    # fail -> fail once the waiver is ignored: L2.01 on portal no longer changes
    assert pairs_of(data) == [p for p in EXPECTED_PAIRS if p[:2] != ("L2.01", "portal")]


def test_standard_input_is_read_once_whichever_diff_it_turns_out_to_be():
    """``diff - NEW`` decides whether the sides are rounds or assessments from what it read,
    and compares that same text: standard input cannot be read a second time."""
    text = (EXAMPLES / "xa-hung-dong.yaml").read_text(encoding="utf-8")
    result = run_cli(
        ["diff", "-", str(EXAMPLES / "xa-hung-dong.yaml"), "--as-of", "2026-11-27", "--lang", "en"], input=text
    )
    assert result.exit_code == 0, result.stderr
    assert "empty" not in result.stderr


@pytest.mark.parametrize(
    ("value", "lang", "words"),
    [
        ("0", "vi", "nằm ngoài khoảng cho phép (≥ 1)"),
        ("x", "vi", "không phải là một số"),
        ("0", "en", "--jobs"),
    ],
)
def test_a_bad_jobs_value_is_refused_in_the_catalogue_s_words(value, lang, words):
    """``--jobs`` goes through ``fourlayer.cli.options.IntRange``, as ``audit``'s does: the
    refusal is worded by the catalogue, never click's English."""
    result = run_cli(["diff", str(EXAMPLES), str(EXAMPLES), "--jobs", value, "--lang", lang])
    assert result.exit_code == 2
    assert words in result.stderr
    assert "is not in the range" not in result.stderr and "not a valid integer" not in result.stderr


AS_OF = "2026-11-27"


# --- NFC -----------------------------------------------------------------------------------------
def test_names_are_compared_in_nfc(tmp_path: Path) -> None:
    """The same agency saved as NFC and as NFD is one agency in ``diff``, and reports write NFC."""
    name = "Sở Y tế tỉnh Nghệ An"
    nfc, nfd = tmp_path / "nfc.yaml", tmp_path / "nfd.yaml"
    nfc.write_text(VALID.replace("Sở Thử nghiệm", unicodedata.normalize("NFC", name)), encoding="utf-8")
    nfd.write_text(VALID.replace("Sở Thử nghiệm", unicodedata.normalize("NFD", name)), encoding="utf-8")
    done = run_cli(["diff", nfc, nfd, "--format", "json", "--as-of", AS_OF])
    data = json.loads(done.stdout)
    assert data["same_agency"] is True, data
    checked = run_cli(["check", nfd, "--format", "json", "--as-of", AS_OF])
    assert json.loads(checked.stdout)["reports"][0]["agency"]["name"] == unicodedata.normalize("NFC", name)


# --- values a report schema lets through ----------------------------------------------------------
@pytest.fixture
def report(tmp_path: Path) -> tuple[Path, str]:
    seed = tmp_path / "a.yaml"
    seed.write_text(VALID, encoding="utf-8")
    return seed, run_cli(["check", seed, "--format", "json", "--as-of", AS_OF]).stdout


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", ".NaN"])
def test_diff_refuses_a_report_whose_score_is_not_a_number(
    tmp_path: Path, report: tuple[Path, str], value: str
) -> None:
    seed, text = report
    side = tmp_path / "report.yaml"  # YAML: the loader reads reports too, and YAML can say .nan
    data = json.loads(text)
    data["reports"][0]["score"] = "SCORE"
    side.write_text(yaml.safe_dump(data, sort_keys=False).replace("SCORE", value), encoding="utf-8")
    for fmt in ("console", "json"):
        done = run_cli(["diff", side, seed, "--fail-on-regression", "--format", fmt, "--lang", "en"])
        assert done.exit_code == 2, (done.stdout, done.stderr)
        shown = done.stdout + done.stderr
        assert "NaN" not in done.stdout and ("not-finite-number" in shown or "out-of-range" in shown), shown


def test_diff_refuses_a_report_dated_on_a_day_that_does_not_exist(tmp_path: Path, report: tuple[Path, str]) -> None:
    seed, text = report
    side = tmp_path / "report.json"
    side.write_text(text.replace(f'"as_of": "{AS_OF}"', '"as_of": "2026-02-30"'), encoding="utf-8")
    done = run_cli(["diff", side, seed, "--lang", "en"])
    assert done.exit_code == 2
    assert "0001-01-01" not in done.stdout + done.stderr
    assert "impossible-date" in done.stdout + done.stderr
