"""``diff`` of two rounds assessed under consecutive checklist versions: compared through the
id map without ``--allow-checklist-change``, and the report says the ids were mapped; refused
without the option only where no map joins the two versions."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import EXAMPLES, ROOT, run_cli
from splits import SPLIT, SUCCESSORS, version_3  # noqa: F401 - version_3: the fixture, used by name

from fourlayer.model.evaluation import Verdict
from fourlayer.rounds.round_diff import Round, RoundAgency, compare_rounds

V1_FILES = ROOT / "tests" / "data" / "v1-examples"
V2_FILES = ROOT / "tests" / "data" / "v2-examples"  # the examples as they were under version 2
V1_CHECKLIST = ROOT / "checklists" / "four-layer.yaml"
V2_CHECKLIST = ROOT / "checklists" / "four-layer-v2.yaml"
AS_OF = ["--as-of", "2026-11-01"]
MAPPED = {
    "en": "Control ids were mapped between the two checklist versions",
    "vi": "Mã tiêu chí được đối chiếu giữa hai phiên bản danh mục",
}


def _controls(data: dict) -> dict[str, list]:
    return {a["agency"]["name"]: a["controls"] for a in data["agencies"]}


def test_a_version_2_folder_and_a_version_3_folder_compare_without_the_option():
    """Consecutive versions (the default, 3, and the one before it) compare through the id map."""
    result = run_cli(["diff", V2_FILES, EXAMPLES, *AS_OF, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["ids_mapped"] is True and data["scores_compared"] is False
    assert data["summary"]["matched"] == 3
    assert all(a["ids_mapped"] and a["score"]["delta"] is None for a in data["agencies"])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_console_says_the_ids_were_mapped(lang):
    result = run_cli(["diff", V2_FILES, EXAMPLES, *AS_OF, "--lang", lang])
    assert result.exit_code == 0, result.stderr
    assert MAPPED[lang] in " ".join(result.stdout.split())


def test_an_audit_report_made_under_version_2_maps_like_a_folder(tmp_path):
    report = tmp_path / "v2.json"
    made = run_cli(["audit", V2_FILES, "--checklist", V2_CHECKLIST, *AS_OF, "--format", "json", "-o", report])
    assert made.exit_code in (0, 1), made.stderr
    assert json.loads(report.read_text(encoding="utf-8"))["checklist"]["version"] == "2"
    from_report = run_cli(["diff", report, EXAMPLES, *AS_OF, "--format", "json"])
    from_folder = run_cli(["diff", V2_FILES, EXAMPLES, *AS_OF, "--format", "json"])
    assert from_report.exit_code == 0, from_report.stderr
    report_data, folder_data = json.loads(from_report.stdout), json.loads(from_folder.stdout)
    assert report_data["ids_mapped"] is True
    assert _controls(report_data) == _controls(folder_data)
    reverse = json.loads(run_cli(["diff", EXAMPLES, report, *AS_OF, "--format", "json"]).stdout)
    assert reverse["ids_mapped"] is True
    for name, changes in _controls(report_data).items():
        assert [(c["control"], c["after"], c["before"]) for c in _controls(reverse)[name]] == [
            (c["control"], c["before"], c["after"]) for c in changes
        ]


def test_without_an_id_map_the_option_is_still_required(tmp_path):
    other = ROOT / "tests" / "data" / "audit"
    report = tmp_path / "other.json"
    made = run_cli(
        [
            "audit",
            other / "round" / "q2",
            "--checklist",
            other / "checklist.yaml",
            *AS_OF,
            "--format",
            "json",
            "-o",
            report,
        ]
    )
    assert made.exit_code in (0, 1), made.stderr
    refused = run_cli(["diff", report, EXAMPLES, *AS_OF, "--lang", "en"])
    assert refused.exit_code == 2
    assert "--allow-checklist-change" in refused.stderr and "Traceback" not in refused.stderr
    allowed = run_cli(["diff", report, EXAMPLES, *AS_OF, "--lang", "en", "--allow-checklist-change"])
    assert allowed.exit_code == 0, allowed.stderr
    assert MAPPED["en"] not in " ".join(allowed.stdout.split())


def _agency(version: str, failing: set[str], partial: set[str] = frozenset()) -> RoundAgency:
    return RoundAgency(
        "a.yaml",
        "Sở A",
        "A",
        ("four-layer", version),
        Verdict.NON_COMPLIANT,
        50.0,
        (),
        frozenset(failing),
        frozenset(partial),
    )


def _round(version: str, agency: RoundAgency) -> Round:
    return Round("r", "audit_report", date(2026, 11, 1), ("four-layer", version), (agency,), 0, 0)


@pytest.mark.usefixtures("version_3")
def test_a_split_control_is_compared_with_each_successor_between_rounds():
    result = compare_rounds(_round("3", _agency("3", {SPLIT})), _round("4", _agency("4", {SUCCESSORS[1]})))
    assert result.well_defined and result.mapped
    (change,) = result.agencies
    assert change.controls == ((SUCCESSORS[0], "fail", "ok", "improved"),)
    partly = compare_rounds(_round("3", _agency("3", set(), {SPLIT})), _round("4", _agency("4", {SUCCESSORS[1]})))
    assert set(partly.agencies[0].controls) == {
        (SUCCESSORS[0], "partial", "ok", "improved"),
        (SUCCESSORS[1], "partial", "fail", "regressed"),
    }


def test_rounds_of_unrelated_checklists_are_not_well_defined():
    result = compare_rounds(_round("1", _agency("1", {"L1.01"})), _round("7", _agency("7", set())))
    assert not result.well_defined and not result.mapped


@pytest.mark.parametrize(("lang", "words"), [("vi", "bảng kế thừa mã"), ("en", "id map")])
def test_diff_help_says_rounds_of_two_versions_compare_through_the_id_map(lang, words):
    shown = " ".join(run_cli(["diff", "--help", "--lang", lang]).stdout.split())
    assert words in shown and "audit --format json" in shown
