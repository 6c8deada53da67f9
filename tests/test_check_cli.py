"""``fourlayer check`` through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import VALID, run_cli
from test_fuzz import no_crash

from fourlayer.resources import schema

DATA = Path(__file__).parent / "data" / "check"
PARTIAL = DATA / "partial.yaml"


def report_validator():
    return jsonschema.Draft202012Validator(schema("report"))


def test_json_report_follows_the_spec_shape(cli):
    result = cli(["check", PARTIAL, "--format", "json", "--as-of", "2026-11-27"])
    assert result.exit_code == 1, result.stderr  # non-compliant: most controls unanswered
    data = json.loads(result.stdout)
    report_validator().validate(data)
    assert list(data) == ["tool", "as_of", "reports"]
    assert data["tool"]["name"] == "fourlayer" and data["as_of"] == "2026-11-27"
    (report,) = data["reports"]
    spec_keys = ["source", "checklist", "agency", "verdict", "score", "layers", "systems", "results"]
    assert list(report)[:8] == spec_keys  # SPEC §4.1's keys first, in order; fields are only added after them
    assert report["assessed_on"] == "2026-09-30" and report["assessment_age_days"] == 58
    assert report["source"] == str(PARTIAL)
    assert report["checklist"] == {"id": "four-layer", "version": "3"}  # names none: the newest
    assert report["agency"]["name"] == "Sở Thử nghiệm"
    assert [layer["layer"] for layer in report["layers"]] == [1, 2, 3, 4]
    assert report["systems"] == [
        {"id": "portal", "name": "Cổng thông tin điện tử", "level": 1, "score": report["systems"][0]["score"]}
    ]
    by_key = {(r["control"], r["system"]): r for r in report["results"]}
    assert by_key[("L1.01", None)]["outcome"] == "pass"
    assert by_key[("L1.07", "portal")] == {
        "control": "L1.07",
        "layer": 1,
        "system": "portal",
        "severity": by_key[("L1.07", "portal")]["severity"],
        "outcome": "partial",
        "reasons": ["partially_implemented", "overdue"],
        "due": "2026-10-01",
    }
    for layer in report["layers"]:
        counted = [r for r in report["results"] if r["layer"] == layer["layer"]]
        assert sum(layer["counts"].values()) == len(counted)


def test_json_is_byte_identical_for_the_same_input(cli):
    args = ["check", PARTIAL, "--format", "json", "--as-of", "2026-11-27"]
    assert cli(args).stdout == cli(args).stdout


def test_json_keys_stay_english_with_vietnamese_messages(cli):
    vi = json.loads(cli(["check", PARTIAL, "--format", "json", "--as-of", "2026-11-27", "--lang", "vi"]).stdout)
    en = json.loads(cli(["check", PARTIAL, "--format", "json", "--as-of", "2026-11-27", "--lang", "en"]).stdout)
    for data in (vi, en):  # warning messages follow --lang; everything else is keys and codes
        for report in data["reports"]:
            for warning in report.get("warnings", []):
                warning.pop("message")
    assert vi == en


def test_fail_on_policies_and_min_score(cli):
    base = ["check", PARTIAL, "--as-of", "2026-11-27", "--quiet"]
    assert cli(base).exit_code == 1
    assert cli([*base, "--fail-on", "never"]).exit_code == 0
    assert cli([*base, "--fail-on", "never", "--min-score", "99"]).exit_code == 1
    assert cli([*base, "--fail-on", "never", "--min-score", "0"]).exit_code == 0


def test_console_report_in_both_languages(cli):
    vi = cli(["check", PARTIAL, "--as-of", "2026-11-27"])
    en = cli(["check", PARTIAL, "--as-of", "2026-11-27", "--lang", "en"])
    assert "Không tuân thủ" in vi.stdout and "Non-compliant" in en.stdout
    assert "Cách tính điểm" in vi.stdout and "Score: Σ(weight × credit)" in en.stdout
    assert "L1.07" in en.stdout and "Overdue" in en.stdout
    assert "\x1b[" not in vi.stdout  # not a terminal: no colour
    assert max(len(line) for line in en.stdout.splitlines()) <= 100


def test_environment_language(cli):
    result = cli(["check", PARTIAL, "--as-of", "2026-11-27", "--quiet"], env={"FOURLAYER_LANG": "en"})
    assert "Non-compliant" in result.stdout


def test_quiet_prints_only_the_verdict_line(cli):
    result = cli(["check", PARTIAL, "--as-of", "2026-11-27", "--quiet", "--lang", "en"])
    assert result.stdout.strip().splitlines() == [
        f"{PARTIAL}: Non-compliant — score {result.stdout.split('score ')[1].strip()}"
    ]


def test_verbose_lists_passes_too(cli):
    normal = cli(["check", PARTIAL, "--as-of", "2026-11-27", "--lang", "en"]).stdout
    verbose = cli(["check", PARTIAL, "--as-of", "2026-11-27", "--lang", "en", "--verbose"]).stdout
    assert "PASS  L1.01" in verbose and "PASS  L1.01" not in normal


def test_invalid_input_to_check_exits_2_with_located_errors(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(PARTIAL.read_text(encoding="utf-8").replace("level: 1", "level: 9"), encoding="utf-8")
    result = cli(["check", bad, PARTIAL, "--as-of", "2026-11-27", "--format", "json"])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    report_validator().validate(data)
    assert [r["source"] for r in data["reports"]] == [str(PARTIAL)]  # the good file is still reported
    (error,) = data["errors"]
    assert error["source"] == str(bad)
    assert [(f["code"], f["line"]) for f in error["findings"]] == [("out-of-range", 7)]


def test_missing_file_and_bad_date_are_usage_errors(cli, tmp_path):
    assert cli(["check", tmp_path / "nope.yaml"]).exit_code == 2
    result = cli(["check", PARTIAL, "--as-of", "30/09/2026"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr and "Traceback" not in result.stderr


def test_stdin_is_read_for_dash(cli):
    result = cli(["check", "-", "--format", "json", "--as-of", "2026-11-27"], input=PARTIAL.read_bytes())
    assert json.loads(result.stdout)["reports"][0]["source"] == "<stdin>"


def test_output_file_is_written_and_never_an_input(cli, tmp_path):
    target = tmp_path / "report.json"
    result = cli(["check", PARTIAL, "--format", "json", "--as-of", "2026-11-27", "--output", target])
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["as_of"] == "2026-11-27"
    copy = tmp_path / "input.yaml"
    copy.write_bytes(PARTIAL.read_bytes())
    refused = cli(["check", copy, "--format", "json", "--output", copy])
    assert refused.exit_code == 2 and copy.read_bytes() == PARTIAL.read_bytes()
    assert "input" in refused.stderr or "đầu vào" in refused.stderr


def test_no_waivers_is_said_in_the_report(cli, tmp_path):
    text = PARTIAL.read_text(encoding="utf-8") + (
        'waivers:\n  - {control: L1.02, reason: "Đang kiện toàn", approved_by: "Giám đốc", expires: 2027-01-31}\n'
    )
    path = tmp_path / "w.yaml"
    path.write_text(text, encoding="utf-8")
    normal = json.loads(cli(["check", path, "--format", "json", "--as-of", "2026-11-27"]).stdout)
    strict = json.loads(cli(["check", path, "--format", "json", "--as-of", "2026-11-27", "--no-waivers"]).stdout)

    def outcome(data):
        return next(r["outcome"] for r in data["reports"][0]["results"] if r["control"] == "L1.02")

    assert (outcome(normal), outcome(strict)) == ("waived", "fail")
    assert "--no-waivers" in cli(["check", path, "--as-of", "2026-11-27", "--no-waivers", "--lang", "en"]).stdout


@pytest.mark.parametrize("markup", ["[bold red]Sở[/]", "[link=https://x.example]bấm[/link]", "\x1b]8;;http://x\x07ok"])
def test_text_from_the_file_is_never_markup_or_escape(cli, tmp_path, markup):
    path = tmp_path / "m.yaml"
    name = json.dumps(markup)  # a double-quoted YAML scalar with the escapes spelled out
    path.write_text(PARTIAL.read_text(encoding="utf-8").replace('"Sở Thử nghiệm"', name), encoding="utf-8")
    out = cli(["check", path, "--as-of", "2026-11-27"]).stdout
    if "\x1b" in markup:
        assert "\x1b" not in out and "\\x1b]8;;http://x\\x07ok" in out
    else:
        assert markup in out
    data = json.loads(cli(["check", path, "--format", "json", "--as-of", "2026-11-27"]).stdout)
    assert data["reports"][0]["agency"]["name"] == markup


def test_usage_errors_exit_2_with_a_next_step_in_the_users_language(cli):
    vi = cli(["check", PARTIAL, "--bogus"])
    assert vi.exit_code == 2 and "fourlayer check --help" in vi.stderr and "Cách dùng" in vi.stderr
    en = cli(["check", "--lang", "en"])
    assert en.exit_code == 2 and "The right usage and the options: fourlayer check --help" in en.stderr


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_report_states_the_checklist_s_own_weights(cli, tmp_path, lang):
    import re

    import docx

    ci = Path(__file__).parent / "data" / "ci"
    checklist = tmp_path / "weights.yaml"
    checklist.write_text(
        (ci / "checklist.yaml")
        .read_text(encoding="utf-8")
        .replace(
            "severity_weights: {critical: 5, high: 3, medium: 2, low: 1}",
            "severity_weights: {critical: 9, high: 4, medium: 2, low: 1}",
        ),
        encoding="utf-8",
    )
    severity = {"vi": ("nghiêm trọng", "cao", "trung bình", "thấp"), "en": ("critical", "high", "medium", "low")}[lang]
    weights = ", ".join(f"{name} {weight}" for name, weight in zip(severity, (9, 4, 2, 1), strict=True))
    base = ["--checklist", checklist, "--as-of", "2026-11-27", "--lang", lang]
    texts = [cli(["check", ci / "failing.yaml", *base, *extra]).stdout for extra in ([], ["--format", "html"])]
    for command in ("check", "audit"):
        out = tmp_path / f"{command}.docx"
        assert cli([command, ci / "failing.yaml", *base, "--format", "docx", "-o", out]).exit_code in (0, 1)
        texts.append("\n".join(p.text for p in docx.Document(str(out)).paragraphs))
    for text in texts:
        assert weights in re.sub(r"\s+", " ", text), text[-600:]


AS_OF = "2026-11-27"


HEAD = "schema_version: 1\nagency: {name: A}\nassessed_on: 2026-09-30\nsystems:\n- {id: p, name: n, level: 5}\n"


# --- evidence from the future ----------------------------------------------------------------
FUTURE = (
    HEAD
    + """checklist: {id: four-layer, version: "1"}
controls:
  L1.05: {status: implemented, evidence: [{ref: "45/QĐ", date: 2099-03-01}]}
  L1.01: {status: implemented, evidence: [{ref: "1/QĐ", date: 2020-01-01}, {ref: "2/QĐ", date: 2099-01-01}]}
"""
)


def test_evidence_dated_after_the_evaluation_date_never_passes(tmp_path: Path) -> None:
    """L1.05 has a maximum age: evidence dated 2099 alone is not counted (no pass), and the
    report says why in a warning; evidence dated on the evaluation date itself counts."""
    path = tmp_path / "a.yaml"
    path.write_text(FUTURE, encoding="utf-8")
    done = run_cli(["check", path, "--format", "json", "--as-of", AS_OF, "--lang", "en"])
    report = json.loads(done.stdout)["reports"][0]
    results = {r["control"]: r for r in report["results"] if r["system"] is None}
    assert results["L1.05"]["outcome"] != "pass", results["L1.05"]
    warnings = [(w["code"], w["control"], w["date"]) for w in report["warnings"]]
    assert ("evidence_in_future", "L1.05", "2099-03-01") in warnings
    assert ("evidence_in_future", "L1.01", "2099-01-01") in warnings
    console = run_cli(["check", path, "--as-of", AS_OF, "--lang", "en"])
    assert "2099-03-01" in console.stdout or "01/03/2099" in console.stdout
    today = FUTURE.replace("2099-03-01", AS_OF)
    path.write_text(today, encoding="utf-8")
    report = json.loads(run_cli(["check", path, "--format", "json", "--as-of", AS_OF]).stdout)["reports"][0]
    assert {r["control"]: r for r in report["results"]}["L1.05"]["outcome"] == "pass"


# --- values a report schema lets through ----------------------------------------------------------


# --- the command line: --min-score, --max-nodes, terminals and encodings -----------------------------
@pytest.mark.parametrize("value", ["nan", "NaN", "-nan", "inf", "101"])
def test_min_score_must_be_a_number_from_0_to_100(tmp_path: Path, value: str) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(VALID, encoding="utf-8")
    for command in ("check", "audit"):
        done = run_cli([command, path, "--min-score", value, "--lang", "en"])
        assert done.exit_code == 2 and "--min-score" in done.stderr, done.stderr
        no_crash(done.stdout, done.stderr)
