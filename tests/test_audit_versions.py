"""An audit over files of two checklist versions: a version-1 agency's controls are tallied
under the version-2 controls that continue them (the id map), never under their old ids,
which the report's checklist does not have."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from fourlayer.model.checklist import load_bundled
from fourlayer.rounds.audit import successors

V1 = ROOT / "tests" / "data" / "v1-examples"
AS_OF = "2026-11-27"
pytestmark = pytest.mark.usefixtures("version_2_default")  # a version-1 file among version-2 files


def _check(path: Path) -> dict:
    result = run_cli(["check", str(path), "--format", "json", "--as-of", AS_OF, "--fail-on", "never"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["reports"][0]


def test_successors_follow_the_id_map():
    v2 = load_bundled("2").checklist
    mapping = successors(v2, "1")
    assert mapping["L2.08"] == ("L1.12",)  # the operating unit's own assessment moved to Layer 1
    assert v2.control("L2.08") is None  # the old id names no version-2 control
    assert successors(v2, "2") == {}  # a version is its own: every id is itself
    assert successors(v2, "7") is None  # no map: the agency takes no part in the per-control tallies


def test_a_version_1_agency_is_tallied_under_the_version_2_controls_that_continue_it(tmp_path):
    v2 = load_bundled("2").checklist
    mapping = successors(v2, "1")
    folder = tmp_path / "round"
    folder.mkdir()
    text = (V1 / "xa-hung-dong.yaml").read_text(encoding="utf-8")
    assert "status: implemented" in text
    (folder / "v1.yaml").write_text(text.replace("status: implemented", "status: not_implemented"), encoding="utf-8")
    shutil.copy(ROOT / "tests" / "data" / "v2-examples" / "so-y-te-nghe-an.yaml", folder / "v2.yaml")
    own = _check(folder / "v1.yaml")
    assert own["checklist"]["version"] == "1"
    failing_v1 = {r["control"] for r in own["results"] if r["outcome"] == "fail"}
    assert failing_v1, "the case needs a version-1 agency with failing controls"

    result = run_cli(["audit", str(folder), "--format", "json", "--as-of", AS_OF, "--fail-on", "never", "--jobs", "1"])
    assert result.exit_code in (0, 1), result.stderr
    report = json.loads(result.stdout)
    row = next(a for a in report["agencies"] if a["source"].endswith("v1.yaml"))
    expected = {new for old in failing_v1 for new in mapping.get(old, ())}
    # the case covers a control that moved or merged: counted under its version-2 id, not its old one
    moved = {old for old in failing_v1 if old not in mapping.get(old, ())}
    assert moved, "the case needs a failing version-1 control whose id changed"
    assert set(row["failing_controls"]) == expected
    assert not moved & set(row["failing_controls"])
