"""The bundled examples are valid and give the verdicts ``examples/README.md`` documents."""

from __future__ import annotations

import json
import re

import pytest
from conftest import EXAMPLES, ROOT, run_cli

AS_OF = "2026-11-27"
FILES = sorted(EXAMPLES.glob("*.yaml"))
SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/assessment.schema.json"


def documented() -> dict[str, tuple[str, float]]:
    """The README table: file -> (verdict, score)."""
    text = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([^`]+\.yaml)` \|[^|]*\|[^|]*\| ([a-z_]+) \| ([0-9.]+) \|$", text, flags=re.M)
    return {name: (verdict, float(score)) for name, verdict, score in rows}


def test_the_three_examples_are_documented():
    assert [p.name for p in FILES] == ["so-y-te-nghe-an.yaml", "trung-tam-du-lieu-tinh.yaml", "xa-hung-dong.yaml"]
    assert set(documented()) == {p.name for p in FILES}
    assert {v for v, _ in documented().values()} == {"compliant", "partially_compliant", "non_compliant"}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_example_starts_with_the_schema_line(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == SCHEMA_LINE
    assert (path.parent / first.split("=", 1)[1]).resolve() == ROOT / "schemas" / "assessment.schema.json"


def test_validate_examples_folder():
    result = run_cli(["validate", EXAMPLES])
    assert result.exit_code == 0, result.stdout
    result = run_cli(["validate", "--format", "json", EXAMPLES])
    report = json.loads(result.stdout)
    assert report["valid"] is True and all(f["findings"] == [] for f in report["files"])


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_json_verdict_and_score_are_the_documented_ones(path):
    verdict, score = documented()[path.name]
    result = run_cli(["check", "--format", "json", "--as-of", AS_OF, path])
    assert result.exit_code == (1 if verdict == "non_compliant" else 0), result.stderr
    (report,) = json.loads(result.stdout)["reports"]
    assert (report["verdict"], report["score"]) == (verdict, score)


VERDICT_WORDS = {
    "compliant": ("Tuân thủ", "Compliant"),
    "partially_compliant": ("Tuân thủ một phần", "Partially compliant"),
    "non_compliant": ("Không tuân thủ", "Non-compliant"),
}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_console_verdict_in_both_languages(path):
    verdict, score = documented()[path.name]
    for lang, words in zip(("vi", "en"), VERDICT_WORDS[verdict], strict=True):
        result = run_cli(["check", "--as-of", AS_OF, "--lang", lang, "--quiet", path])
        assert result.exit_code == (1 if verdict == "non_compliant" else 0)
        shown = f"{score:.2f}".replace(".", ",") if lang == "vi" else f"{score:.2f}"  # decimal comma in Vietnamese
        assert f"{words} — " in result.stdout and shown in result.stdout, result.stdout


def _report(name: str) -> dict:
    result = run_cli(["check", "--format", "json", "--as-of", AS_OF, "--fail-on", "never", EXAMPLES / name])
    (report,) = json.loads(result.stdout)["reports"]
    return report


def _outcome(report: dict, control: str, system: str | None = None) -> tuple[str, list[str]]:
    (found,) = [r for r in report["results"] if r["control"] == control and r["system"] == system]
    return found["outcome"], found["reasons"]


def test_department_has_a_few_gaps_and_no_layer_not_met():
    report = _report("so-y-te-nghe-an.yaml")
    assert {layer["status"] for layer in report["layers"]} == {"met", "partially_met"}
    assert [s["id"] for s in report["systems"]] == ["hssk", "portal"]
    assert _outcome(report, "L3.07", "hssk") == ("partial", ["partially_implemented", "overdue"])
    assert _outcome(report, "L2.11", "portal") == ("fail", ["not_implemented"])
    assert _outcome(report, "L4.03", "portal") == ("not_applicable", [])
    assert _outcome(report, "L2.04", "hssk") == ("fail", ["evidence_expired"])  # weekly report: 1 month in v3
    assert _outcome(report, "L2.13", "hssk") == ("partial", ["partially_implemented"])  # due 30/6/2027
    gaps = [r for r in report["results"] if r["outcome"] in ("partial", "fail")]
    assert 3 <= len(gaps) <= 7 and all(r["severity"] != "critical" for r in gaps)


def test_examples_follow_version_3():
    for path in FILES:
        assert 'checklist: {id: four-layer, version: "3"}' in path.read_text(encoding="utf-8")
        assert _report(path.name)["checklist"] == {"id": "four-layer", "version": "3"}


def test_commune_is_small_and_fully_met():
    report = _report("xa-hung-dong.yaml")
    assert _outcome(report, "L4.14") == ("pass", [])  # no incident since 19/8/2026: no_event, no evidence
    assert [s["level"] for s in report["systems"]] == [1]
    assert all(layer["status"] == "met" for layer in report["layers"])
    assert {r["outcome"] for r in report["results"]} == {"pass", "not_applicable"}


def test_data_centre_waivers_and_stale_evidence():
    report = _report("trung-tam-du-lieu-tinh.yaml")
    assert 4 in [s["level"] for s in report["systems"]]
    assert _outcome(report, "L2.12", "lgsp") == ("waived", [])
    assert _outcome(report, "L4.02", "lgsp") == ("waived", [])
    assert _outcome(report, "L1.17") == ("fail", ["waiver_expired", "not_implemented"])  # the waiver followed it
    assert _outcome(report, "L4.01") == ("partial", ["partially_implemented"])  # merged with L4.07: the weaker
    assert _outcome(report, "L4.08")[1] == ["evidence_expired"]  # the June report is missing (before 20/6)
    assert _outcome(report, "L4.14") == ("pass", [])  # reported within 72 hours
    assert _outcome(report, "L1.20", "thu-dien-tu") == ("fail", ["not_implemented"])
    assert _outcome(report, "L3.01", "lgsp") == ("fail", ["evidence_expired"])
    warnings = {(w["code"], w["control"], w["system"]) for w in report["warnings"]}
    assert ("waiver_expiring", "L4.02", "lgsp") in warnings
    (layer3,) = [layer for layer in report["layers"] if layer["layer"] == 3]
    assert layer3["status"] == "not_met"
    no_waivers = run_cli(
        ["check", "--format", "json", "--as-of", AS_OF, "--no-waivers", EXAMPLES / "trung-tam-du-lieu-tinh.yaml"]
    )
    (strict,) = json.loads(no_waivers.stdout)["reports"]
    assert _outcome(strict, "L2.12", "lgsp")[0] == "fail" and strict["score"] < report["score"]
