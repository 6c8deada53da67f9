"""A control of one checklist version SPLIT into several of the next: ``checklist lint``
accepts it, and ``diff`` and ``history`` compare the old control with EVERY control that
continues it (the old outcome is carried to each), never with only one of them."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES
from splits import SPLIT, SUCCESSORS, v3_text, version_3  # noqa: F401 - version_3: the fixture, used by name

AS_OF = "2026-11-01"


def test_lint_accepts_a_split_control(cli, tmp_path):
    path = tmp_path / "v3.yaml"
    path.write_text(v3_text(), encoding="utf-8")
    result = cli(["checklist", "lint", str(path), "--lang", "en", "--format", "json"])
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout)["files"][0]["findings"] == []


@pytest.mark.usefixtures("version_3")
def test_the_split_is_read_as_two_successors():
    from fourlayer.model.checklist import id_map

    table = id_map(("four-layer", "3"), ("four-layer", "4"))
    assert table is not None and table[SPLIT] == SUCCESSORS


def _report(cli, tmp_path: Path, name: str, version: str, outcomes: dict[str, str]) -> Path:
    """A check JSON report of one agency, under ``version``, with the given agency-wide outcomes."""
    result = cli(["check", EXAMPLES / "xa-hung-dong.yaml", "--format", "json", "--as-of", AS_OF])
    data = json.loads(result.stdout)
    entry = data["reports"][0]
    entry["checklist"]["version"] = version
    template = next(r for r in entry["results"] if r["control"] == SPLIT and r["system"] is None)
    entry["results"] = [r for r in entry["results"] if not (r["control"] in outcomes and r["system"] is None)]
    for control, outcome in outcomes.items():
        entry["results"].append({**copy.deepcopy(template), "control": control, "outcome": outcome})
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.usefixtures("version_3")
def test_diff_compares_a_split_control_with_each_successor(cli, tmp_path):
    old = _report(cli, tmp_path, "old.json", "3", {SPLIT: "fail"})
    new = _report(cli, tmp_path, "new.json", "4", {SUCCESSORS[0]: "pass", SUCCESSORS[1]: "fail"})
    result = cli(["diff", old, new, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["ids_mapped"] is True
    changes = {(p["control"], p["system"]): p for p in data["controls"]}
    # the first successor improved from the old control's fail; the second still fails (unchanged)
    assert changes[(SUCCESSORS[0], None)]["change"] == "improved"
    assert changes[(SUCCESSORS[0], None)]["before"] == "fail"
    assert (SUCCESSORS[1], None) not in changes
    assert not any(p["change"] in ("appeared", "disappeared") for p in data["controls"] if p["control"] in SUCCESSORS)


@pytest.mark.usefixtures("version_3")
def test_diff_of_a_split_control_that_regressed_in_one_successor(cli, tmp_path):
    old = _report(cli, tmp_path, "old.json", "3", {SPLIT: "pass"})
    new = _report(cli, tmp_path, "new.json", "4", {SUCCESSORS[0]: "pass", SUCCESSORS[1]: "fail"})
    data = json.loads(cli(["diff", old, new, "--format", "json"]).stdout)
    changes = {(p["control"], p["system"]): p["change"] for p in data["controls"]}
    assert changes.get((SUCCESSORS[1], None)) == "regressed"
    assert (SUCCESSORS[0], None) not in changes


def _failing_copy(folder: Path, version: str) -> Path:
    """The examples, each failing the split control (answered not implemented), naming ``version``."""
    folder.mkdir()
    for source in sorted(EXAMPLES.glob("*.yaml")):
        text = source.read_text(encoding="utf-8")
        text = text.replace('version: "3"}', f'version: "{version}"}}', 1)
        start = text.index(f"\n  {SPLIT}:")
        end = text.index("\n  L4.0", start + 1)
        text = text[:start] + f"\n  {SPLIT}: {{status: not_implemented}}" + text[end:]
        (folder / source.name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.usefixtures("version_3")
def test_history_counts_a_split_control_under_each_successor(cli, tmp_path):
    store = tmp_path / "history.sqlite"
    v3_path = tmp_path / "v3.yaml"
    from fourlayer.resources import bundled_checklist_text

    v3_path.write_text(bundled_checklist_text("four-layer-v3"), encoding="utf-8")
    q1 = _failing_copy(tmp_path / "q1", "3")
    q2 = _failing_copy(tmp_path / "q2", "3")  # still version 3 files, audited under version 4
    for folder, label, extra in ((q1, "2026-Q1", ["--checklist", v3_path]), (q2, "2026-Q2", [])):
        recorded = cli(
            [
                "audit",
                folder,
                "--record",
                store,
                "--round",
                label,
                "--as-of",
                AS_OF,
                "--jobs",
                "1",
                "--format",
                "json",
                *extra,
            ]
        )
        assert recorded.exit_code in (0, 1), recorded.stderr
        assert not json.loads(recorded.stdout)["errors"]
    from fourlayer.rounds.history import build_history

    agencies = len(list(EXAMPLES.glob("*.yaml")))
    controls = {c.control: c for c in build_history(store).controls}
    for successor in SUCCESSORS:
        assert (controls[successor].failing, controls[successor].before) == (agencies, agencies)
    shown = cli(["history", store, "--lang", "en"])
    assert shown.exit_code == 0 and all(successor in shown.stdout for successor in SUCCESSORS)


@pytest.mark.usefixtures("version_3")
def test_migrate_keeps_the_answer_on_the_first_successor_and_lists_the_others_unanswered(cli, tmp_path):
    out = tmp_path / "v3.yaml"
    result = cli(["migrate", EXAMPLES / "xa-hung-dong.yaml", "--to", "4", "-o", out, "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["checklist"]["version"] == "4"
    assert data["controls"][SUCCESSORS[0]]["status"] == "implemented"  # the answer stays where it was
    assert SUCCESSORS[1] not in data["controls"]  # the new part of the split is not answered for the officer
    assert f"# {SUCCESSORS[1]}:" in text and "Unanswered, applies in version 4" in text
    checked = cli(["check", out, "--format", "json", "--as-of", AS_OF])
    results = {(r["control"], r["system"]): r for r in json.loads(checked.stdout)["reports"][0]["results"]}
    assert results[(SUCCESSORS[0], None)]["outcome"] == "pass"
    assert results[(SUCCESSORS[1], None)]["outcome"] == "fail"  # unanswered until the officer answers it
