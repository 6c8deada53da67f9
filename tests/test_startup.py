"""Start-up stays light: what a short command does not need, it does not import.

Speed itself is measured by the benchmark (bench/), not asserted here; these tests keep
the structure that makes start-up fast from eroding.
"""

from __future__ import annotations

import json
import subprocess

from conftest import EXAMPLES, PYTHON

PROBE = """
import json, sys
from fourlayer.entry import main
args = json.loads(sys.argv[1])
try:
    main(args)
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def modules_after(args: list[str]) -> set[str]:
    done = subprocess.run([*PYTHON, "-c", PROBE, json.dumps(args)], capture_output=True, text=True, check=True)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_version_imports_nothing_heavy():
    loaded = modules_after(["--version"])
    for heavy in (
        "click",
        "yaml",
        "rich",
        "jsonschema",
        "fastjsonschema",
        "importlib.metadata",
        "fourlayer.cli",
        "fourlayer.reading.loading",
        "fourlayer.model.evaluation",
        "fourlayer.reporting",
    ):
        assert heavy not in loaded, heavy


def test_a_valid_check_never_imports_jsonschema_or_other_formats():
    loaded = modules_after(["check", str(EXAMPLES / "xa-hung-dong.yaml"), "--as-of", "2026-11-27", "--quiet"])
    assert "fourlayer.model.evaluation" in loaded  # the probe really ran the check
    for heavy in (
        "jsonschema",
        "xml.etree.ElementTree",
        "fourlayer.reporting.check.sarif",
        "fourlayer.reporting.check.junit",
        "fourlayer.authoring.init",
        "fourlayer.rounds.audit",
        "importlib.metadata",
        "importlib.resources",
        "hashlib",
    ):
        assert heavy not in loaded, heavy


def test_a_command_imports_its_own_module_only():
    from fourlayer.cli import COMMANDS

    loaded = modules_after(["check", str(EXAMPLES / "xa-hung-dong.yaml"), "--as-of", "2026-11-27", "--quiet"])
    assert "fourlayer.cli.check" in loaded
    assert not {f"fourlayer.cli.{name}" for name in COMMANDS if name != "check"} & loaded


def test_help_lists_every_command_in_the_language_asked():
    done = subprocess.run([*PYTHON, "-m", "fourlayer", "--help"], capture_output=True, text=True, check=True)
    from fourlayer.cli import COMMANDS

    for name in COMMANDS:
        assert f"  {name} " in done.stdout, name
    assert "Lệnh:" in done.stdout  # the command list is localised although the commands load lazily


def test_an_invalid_file_still_gets_the_full_explanation(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        (EXAMPLES / "xa-hung-dong.yaml").read_text(encoding="utf-8").replace("level: 1", "level: 7"), encoding="utf-8"
    )
    assert "jsonschema" in modules_after(["validate", str(bad)])


def test_a_run_tunes_the_collector_once_started():
    probe = PROBE.replace(
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)",
        "import gc; print(json.dumps([gc.get_threshold(), gc.get_freeze_count()]), file=sys.stderr)",
    )
    done = subprocess.run(
        [*PYTHON, "-c", probe, json.dumps(["check", str(EXAMPLES / "xa-hung-dong.yaml"), "--quiet"])],
        capture_output=True,
        text=True,
        check=True,
    )
    threshold, frozen = json.loads(done.stderr.strip().splitlines()[-1])
    from fourlayer.collector import OLDER, YOUNG

    assert threshold == [YOUNG, OLDER, OLDER]
    assert frozen > 1000  # the modules loaded at start-up are out of the collector's view
