"""``--format sarif``: SARIF 2.1.0, checked against the OASIS JSON Schema and by hand."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest
from conftest import ROOT, VALID, run_cli
from test_fuzz import no_crash

from fourlayer.model.evaluation import Outcome
from fourlayer.reporting.check.sarif import artifact_uri
from fourlayer.reporting.wording import level_for

DATA = Path(__file__).parent / "data" / "ci"
CHECKLIST = DATA / "checklist.yaml"
PASSING, FAILING, INVALID = DATA / "passing.yaml", DATA / "failing.yaml", DATA / "invalid.yaml"
AS_OF = "2026-11-27"
SCHEMA_FILE = DATA / "sarif-schema-2.1.0.json"
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def sarif(cli, *args, expect: int) -> dict:
    result = cli([*args, "--format", "sarif"])
    assert result.exit_code == expect, result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


def check(cli, path: Path, *extra: str, expect: int) -> dict:
    return sarif(cli, "check", path, "--checklist", CHECKLIST, "--as-of", AS_OF, *extra, expect=expect)


def assert_well_formed(log: dict, validator: jsonschema.Draft4Validator) -> dict:
    """Schema-valid, plus what the schema cannot say: indexes agree, URIs are URIs."""
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert len({rule["id"] for rule in rules}) == len(rules)
    uris = [artifact["location"]["uri"] for artifact in run["artifacts"]]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["locations"], "every result points somewhere"
        place = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert uris[place["index"]] == place["uri"]
        if result["kind"] != "fail":
            assert result["level"] == "none"
        assert "\x1b" not in result["message"]["text"]
    for uri in uris:
        assert re.fullmatch(r"[A-Za-z0-9%/._~:-]+", uri), uri
    for rule in rules:
        if "helpUri" in rule:
            assert urlsplit(rule["helpUri"]).scheme in ("http", "https")
    assert "Utc" not in json.dumps(log), "no timestamps"
    return run


def test_the_schema_copy_is_the_oasis_one():
    data = SCHEMA_FILE.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SCHEMA_SHA256
    schema = json.loads(data)
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    assert (DATA / "sarif-schema-2.1.0.NOTICE.md").is_file()


def test_the_validator_rejects_a_broken_log(validator):
    broken = {
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "x"}},
                "results": [{"ruleId": "a", "level": "fatal", "message": {"text": "m"}}],
            }
        ],
    }
    assert list(validator.iter_errors(broken))


@pytest.mark.parametrize(
    ("outcome", "severity", "level"),
    [
        (Outcome.FAIL, "critical", "error"),
        (Outcome.FAIL, "high", "error"),
        (Outcome.FAIL, "medium", "warning"),
        (Outcome.FAIL, "low", "warning"),
        *((Outcome.PARTIAL, s, "warning") for s in ("critical", "high", "medium", "low")),
        *((Outcome.WAIVED, s, "note") for s in ("critical", "low")),
        *((Outcome.PASS, s, "none") for s in ("critical", "low")),
        *((Outcome.NOT_APPLICABLE, s, "none") for s in ("critical", "low")),
    ],
)
def test_level_mapping(outcome, severity, level):
    assert level_for(outcome, severity) == level


def test_failing_file_marks_each_gap_on_its_line(cli, validator):
    run = assert_well_formed(check(cli, FAILING, "--lang", "en", expect=1), validator)
    got = {
        (
            r["ruleId"],
            r["properties"]["system"],
            r["kind"],
            r["level"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["locations"][0]["physicalLocation"]["region"]["startColumn"],
        )
        for r in run["results"]
    }
    assert got == {
        ("L1.01", None, "fail", "error", 34, 3),  # critical, not implemented
        ("L1.02", None, "fail", "warning", 36, 3),  # partial, overdue
        ("L2.01", "portal", "fail", "error", 12, 7),  # high, evidence expired
        ("L2.02", "portal", "fail", "warning", 16, 7),
        ("L3.01", "portal", "fail", "warning", 18, 7),
        ("L3.01", "hr", "fail", "warning", 30, 7),  # medium fail
        ("L4.01", None, "fail", "error", 33, 1),  # unanswered: the controls mapping
    }
    assert len(run["results"]) == 7
    assert run["artifacts"] == [{"location": {"uri": FAILING.as_uri()}}]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"] == [{"executionSuccessful": True}]
    expired = next(r for r in run["results"] if r["ruleId"] == "L2.01")
    assert expired["properties"] == {
        "outcome": "fail",
        "severity": "high",
        "layer": 2,
        "system": "portal",
        "reasons": ["evidence_expired"],
    }
    assert expired["message"]["text"].startswith(
        "Fail: L2.01 Security monitoring (system portal). "
        'Why: Evidence expired: "HĐ 01/2024/HĐ-SOC" of 2024-01-01 counts '
        "for 12 months and went stale on 2025-01-02."
    )
    assert "Next step: Sign a contract" in expired["message"]["text"]
    (report,) = run["properties"]["reports"]
    assert report["verdict"] == "non_compliant" and "results" not in report


def test_one_rule_per_control_in_the_chosen_language(cli, validator):
    en = assert_well_formed(check(cli, FAILING, "--lang", "en", expect=1), validator)
    vi = assert_well_formed(check(cli, FAILING, "--lang", "vi", expect=1), validator)
    rules = {r["id"]: r for r in en["tool"]["driver"]["rules"]}
    assert list(rules) == ["L1.01", "L1.02", "L2.01", "L2.02", "L3.01", "L4.01"]
    first = rules["L1.01"]
    assert first["name"] == first["shortDescription"]["text"] == "Specialised information-security unit"
    assert first["fullDescription"]["text"] == "A decision names the specialised information-security unit."
    assert first["helpUri"] == "https://example.vn/nd-85-2016"
    assert "Issue the decision" in first["help"]["text"]
    assert first["defaultConfiguration"] == {"level": "error"}
    assert first["properties"]["layer"] == 1 and first["properties"]["severity"] == "critical"
    assert first["properties"]["references"] == [
        {
            "document": "Nghị định 85/2016/NĐ-CP",
            "provision": "Điều 20 khoản 1",
            "url": "https://example.vn/nd-85-2016",
            "confidence": "verified",
        }
    ]
    assert first["properties"]["security-severity"] == "9.5"
    assert "helpUri" not in rules["L1.02"]  # its reference has no URL
    assert rules["L1.02"]["defaultConfiguration"] == {"level": "warning"}
    assert {r["properties"]["security-severity"] for r in rules.values()} == {"9.5", "8.0", "5.5", "3.0"}
    vi_first = vi["tool"]["driver"]["rules"][0]
    assert vi_first["name"] == "Có đơn vị chuyên trách về an toàn thông tin"
    assert vi["language"] == "vi" and en["language"] == "en"
    assert vi["results"][0]["message"]["text"].startswith("Không đạt: L1.01")


def test_passing_file_has_no_results_but_keeps_the_counts(cli, validator):
    run = assert_well_formed(check(cli, PASSING, expect=0), validator)
    assert run["results"] == []
    (report,) = run["properties"]["reports"]
    assert report["verdict"] == "compliant"
    totals: dict[str, int] = {}
    for layer in report["layers"]:
        for outcome, count in layer["counts"].items():
            totals[outcome] = totals.get(outcome, 0) + count
    assert totals == {"pass": 3, "partial": 0, "fail": 0, "waived": 1, "not_applicable": 1}
    assert run["properties"]["passesIncluded"] is False


def test_verbose_makes_every_pair_a_result(cli, validator):
    run = assert_well_formed(check(cli, PASSING, "--verbose", "--lang", "en", expect=0), validator)
    by_rule = {(r["ruleId"], r["properties"]["system"]): r for r in run["results"]}
    assert len(by_rule) == 5
    assert {(r["kind"], r["level"]) for key, r in by_rule.items() if key[0] in ("L1.01", "L2.01", "L4.01")} == {
        ("pass", "none")
    }
    assert (by_rule[("L1.02", None)]["kind"], by_rule[("L1.02", None)]["level"]) == ("notApplicable", "none")
    waived = by_rule[("L3.01", "portal")]
    assert (waived["kind"], waived["level"]) == ("fail", "note")
    assert waived["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": waived["suppressions"][0]["justification"]}
    ]
    assert "waiver" in waived["suppressions"][0]["justification"]
    assert waived["locations"][0]["physicalLocation"]["region"] == {"startLine": 16, "startColumn": 7}


def test_invalid_file_in_check_gives_located_findings(cli, validator):
    run = assert_well_formed(check(cli, INVALID, "--lang", "en", expect=2), validator)
    got = [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["region"]) for r in run["results"]]
    assert got == [
        ("out-of-range", "error", {"startLine": 9, "startColumn": 12}),
        ("unknown-key", "error", {"startLine": 13, "startColumn": 9}),
        ("unknown-control", "error", {"startLine": 16, "startColumn": 3}),
    ]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert {"out-of-range", "unknown-key", "unknown-control"} <= set(rules)
    assert rules["unknown-key"]["shortDescription"]["text"].startswith("A problem found when checking a file")
    assert "{" not in rules["unknown-key"]["shortDescription"]["text"]
    assert "Did you mean" in run["results"][1]["message"]["text"]
    assert run["invocations"] == [{"executionSuccessful": False}]
    assert run["properties"]["notEvaluated"] == [str(INVALID)]


@pytest.mark.parametrize(("path", "expect", "count"), [(PASSING, 0, 0), (FAILING, 0, 0), (INVALID, 1, 3)])
def test_validate(cli, validator, path, expect, count):
    run = assert_well_formed(sarif(cli, "validate", path, "--checklist", CHECKLIST, expect=expect), validator)
    assert len(run["results"]) == count
    assert all(r["kind"] == "fail" and r["level"] == "error" for r in run["results"])
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == {r["ruleId"] for r in run["results"]}
    assert run["properties"]["valid"] is (count == 0)
    assert run["invocations"] == [{"executionSuccessful": True}]


def test_several_files_share_one_run(cli, validator):
    run = assert_well_formed(
        sarif(cli, "check", PASSING, FAILING, INVALID, "--checklist", CHECKLIST, "--as-of", AS_OF, expect=2), validator
    )
    assert [a["location"]["uri"].rsplit("/", 1)[-1] for a in run["artifacts"]] == [
        "passing.yaml",
        "failing.yaml",
        "invalid.yaml",
    ]
    assert len(run["results"]) == 10


def test_output_is_deterministic(cli):
    args = ["check", FAILING, "--checklist", CHECKLIST, "--as-of", AS_OF, "--format", "sarif"]
    assert cli(args).stdout == cli(args).stdout


def test_text_from_the_file_is_data(cli, validator, tmp_path):
    path = tmp_path / "hostile.yaml"
    path.write_text((DATA / "hostile.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    run = assert_well_formed(
        sarif(cli, "check", path, "--checklist", CHECKLIST, "--as-of", AS_OF, "--lang", "en", expect=1), validator
    )
    (report,) = run["properties"]["reports"]
    assert report["agency"]["name"].startswith("Sở <b>Thử</b>")  # kept exactly, JSON-escaped
    bad = sarif(cli, "validate", DATA / "hostile-invalid.yaml", "--checklist", CHECKLIST, expect=1)
    texts = [r["message"]["text"] for r in assert_well_formed(bad, validator)["results"]]
    assert any("\\x1b" in text for text in texts), texts


def test_artifact_uris():
    assert artifact_uri("a b/é.yaml") == "a%20b/%C3%A9.yaml"
    assert artifact_uri("./x/./y.yaml") == "x/./y.yaml"
    assert artifact_uri("<stdin>") == "%3Cstdin%3E"
    assert artifact_uri("C:odd.yaml") == "C%3Aodd.yaml"  # never read as a URI scheme
    assert artifact_uri("/srv/tự đánh giá.yaml") == "file:///srv/t%E1%BB%B1%20%C4%91%C3%A1nh%20gi%C3%A1.yaml"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_bundled_checklist_and_examples(cli, validator, example):
    log = sarif(cli, "check", example, "--as-of", AS_OF, "--fail-on", "never", expect=0)
    run = assert_well_formed(log, validator)
    from fourlayer.model.checklist import load_checklist

    bundled = load_checklist().checklist
    assert bundled is not None
    rules = [r for r in run["tool"]["driver"]["rules"] if re.fullmatch(r"L\d\.\d\d", r["id"])]
    assert [r["id"] for r in rules] == list(bundled.ids)
    for rule, control in zip(rules, bundled.controls, strict=True):
        urls = [ref.url for ref in control.legal_references if ref.url]  # a news page is no rule's help
        assert rule.get("helpUri") == (urls[0] if urls else None)
        assert rule["properties"]["layer"] == control.layer


# --- a file name that is not UTF-8, in SARIF ---------------------------------------------------------
def test_sarif_names_a_file_whose_name_is_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "agencies"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/ag\xf6.yaml"
    try:
        with open(raw, "wb") as handle:
            handle.write(VALID.encode("utf-8"))
    except OSError:  # pragma: no cover - a file system that refuses such names
        pytest.skip("this file system refuses names that are not UTF-8")
    (folder / "ok.yaml").write_text(VALID, encoding="utf-8")
    for args in (
        ["check", folder, "--format", "sarif", "--as-of", AS_OF],
        ["validate", folder, "--format", "sarif"],
        ["check", os.fsdecode(raw), "--format", "sarif", "--as-of", AS_OF],
    ):
        done = run_cli(args)
        no_crash(done.stdout, done.stderr)
        log = json.loads(done.stdout)
        uris = [a["location"]["uri"] for a in log["runs"][0]["artifacts"]]
        assert any(uri.endswith("ag%F6.yaml") for uri in uris), uris
        if args[1] == folder:  # the other file's report is not lost
            assert len(uris) == 2 and any(uri.endswith("ok.yaml") for uri in uris), uris
        else:
            assert len(uris) == 1, uris
