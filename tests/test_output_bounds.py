"""Reports stay bounded whatever a file holds: a file of 10,000 systems (180,000 failing pairs)
gives every text format of ``check``, and ``diff`` and ``audit``, within a size and 10 s of
CPU; a control failing on many systems is shown once, its systems capped."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import VALID, run_cli
from test_fuzz import no_crash
from test_limits import _cpu_seconds, _run_heavy

AS_OF = "2026-11-27"


# --- bounded output: 10,000 systems in every format -----------------------------------------------------
TEN_THOUSAND = "schema_version: 1\nagency: {name: A}\nassessed_on: 2026-09-30\nsystems:\n" + "".join(
    f"- {{id: s{i}, name: n, level: 3}}\n" for i in range(10_000)
)


# format -> most bytes it may write for this file (JSON keeps every pair: its full detail)
BOUNDS = {
    "console": 200_000,
    "markdown": 200_000,
    "github": 200_000,
    "junit": 5_000_000,
    "sarif": 8_000_000,
    "json": 80_000_000,
}


@pytest.mark.parametrize("fmt", sorted(BOUNDS))
def test_ten_thousand_systems_give_a_bounded_report_in_every_format(tmp_path: Path, fmt: str) -> None:
    """A 330 KB file of 10,000 level-3 systems is 180,000 failing pairs. Before: SARIF 2.2 GB
    of memory, JUnit 239 MB, GitHub 156 MB, console over a minute. Now each text format
    groups or caps ("… and N more"), within 10 s of CPU and 1 GiB."""
    path = tmp_path / "systems.yaml"
    path.write_text(TEN_THOUSAND, encoding="utf-8")
    done, cpu = _cpu_seconds(
        lambda: _run_heavy(["check", str(path), "--format", fmt, "--as-of", AS_OF, "--fail-on", "never"], tmp_path)
    )
    assert isinstance(done, subprocess.CompletedProcess)
    assert done.returncode == 0, done.stderr[-2000:]
    no_crash(done.stdout, done.stderr)
    size = len(done.stdout.encode("utf-8"))
    assert size < BOUNDS[fmt], f"{fmt}: {size:,} bytes"
    assert cpu < 10, f"{fmt}: {cpu:.1f} s of CPU"
    if fmt != "json":
        assert "9980" in done.stdout or "more" in done.stdout, done.stdout[-2000:]


def test_a_control_failing_on_several_systems_is_shown_once(tmp_path: Path) -> None:
    text = (
        "schema_version: 1\nagency: {name: A}\nassessed_on: 2026-09-30\nchecklist: {id: four-layer, version: '1'}\n"
        "systems:\n" + "".join(f"- {{id: sys{i}, name: n, level: 3}}\n" for i in range(30))
    )
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    done = run_cli(["check", path, "--as-of", AS_OF, "--lang", "en"])
    assert done.stdout.count("L1.06 [") == 1, done.stdout[:3000]
    assert "sys0, sys1" in done.stdout and "… and 10 more" in done.stdout


@pytest.mark.parametrize("command", ["diff", "audit"])
def test_ten_thousand_systems_give_a_bounded_diff_and_audit(tmp_path: Path, command: str) -> None:
    """``diff`` of a small file and one of 10,000 systems: 190,000 pairs appear. The console
    lists 200 of each kind of change and counts the rest (before: over two minutes)."""
    path = tmp_path / "systems.yaml"
    path.write_text(TEN_THOUSAND, encoding="utf-8")
    seed = tmp_path / "seed.yaml"
    seed.write_text(VALID, encoding="utf-8")
    args = ["diff", str(seed), str(path)] if command == "diff" else ["audit", str(path), "--fail-on", "never"]
    done, cpu = _cpu_seconds(lambda: _run_heavy([*args, "--as-of", AS_OF], tmp_path))
    assert isinstance(done, subprocess.CompletedProcess)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(done.stdout.encode("utf-8")) < 200_000
    assert cpu < 10, f"{command}: {cpu:.1f} s of CPU"
    if command == "diff":
        assert "more" in done.stdout
