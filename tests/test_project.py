"""The project keeps its promises to a newcomer: the README's commands, CI, lint, the wheel."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import FOURLAYER, PYTHON, ROOT, run_cli

from fourlayer.model.checklist import load_bundled

README = (ROOT / "README.md").read_text(encoding="utf-8")


def fenced_commands() -> list[str]:
    return re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)


def test_readme_gives_the_two_set_up_commands():
    blocks = fenced_commands()
    assert blocks[0].startswith("python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/fourlayer check ")
    assert blocks[1] == 'python3 -m venv .venv && .venv/bin/pip install ".[test]" && .venv/bin/pytest'


def test_ci_runs_exactly_the_readme_test_command():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert fenced_commands()[1] in script.splitlines()


def test_the_readme_main_job_runs(cli):
    args = fenced_commands()[0].split(".venv/bin/fourlayer ", 1)[1].split()
    result = run_cli([str(ROOT / a) if a.startswith("examples/") else a for a in args])
    assert result.exit_code in (0, 1), result.stderr
    assert "Traceback" not in result.stderr and result.stdout


def test_readme_help_block_is_true():
    block = re.search(r"\$ FOURLAYER_LANG=en fourlayer --help\n(.*?)```", README, flags=re.S)[1]
    result = subprocess.run(
        [*FOURLAYER, "--help"],
        capture_output=True,
        text=True,
        env={"COLUMNS": "100", "PATH": "/usr/bin:/bin", "FOURLAYER_LANG": "en"},
        check=True,
    )
    assert result.stdout == block


def test_readme_lists_every_command():
    from fourlayer.cli import cli as group

    for name, command in group.commands.items():
        assert f"`fourlayer {name}" in README, name
        if hasattr(command, "commands"):
            for sub in command.commands:
                assert f"`fourlayer {name} {sub}" in README, f"{name} {sub}"


def test_ruff_is_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    if not Path(ruff).exists():
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    result = subprocess.run(
        [ruff, "check", "fourlayer", "tests", "bench", "scripts"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean():
    """The code keeps one layout, ruff's (the version pinned in pyproject.toml); the one
    commit that applied it is listed in .git-blame-ignore-revs."""
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    if not Path(ruff).exists():
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    result = subprocess.run(
        [ruff, "format", "--check", "fourlayer", "tests", "bench", "scripts"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_version_comes_from_metadata(cli):
    from importlib.metadata import version

    expected = f"fourlayer {version('fourlayer')}"
    result = cli(["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == expected
    for flag in ("--version", "-V"):  # the fast path of the console script and python -m
        done = subprocess.run([*FOURLAYER, flag], capture_output=True, text=True, check=True)
        assert done.stdout.strip() == expected


@pytest.mark.slow
def test_the_built_wheel_carries_its_data_and_runs_from_elsewhere(tmp_path):
    """Build the wheel, unpack it alone and run it from another directory."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("fourlayer-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "fourlayer/checklists/four-layer.yaml" in names
    sources = {str(p.relative_to(ROOT)) for p in (ROOT / "fourlayer").rglob("*.py") if "__pycache__" not in p.parts}
    assert sources <= set(names), sorted(sources - set(names))  # every module ships (subpackages included)
    assert {f"fourlayer/schemas/{n}.schema.json" for n in ("assessment", "checklist", "report")} <= set(names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "FOURLAYER_LANG": "en"}
    where = subprocess.run(
        [sys.executable, "-c", "import fourlayer; print(fourlayer.__file__)"],  # the wheel's
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(site))
    listing = subprocess.run(
        [sys.executable, "-m", "fourlayer", "checklist", "list", "--lang", "en"],  # the wheel's
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert listing.returncode == 0, listing.stderr
    assert all(f"Layer {n}:" in listing.stdout for n in (1, 2, 3, 4))
    printed = subprocess.run(
        [sys.executable, "-m", "fourlayer", "schema", "assessment"],  # the wheel's
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert '"urn:fourlayer:schema:assessment"' in printed.stdout


def test_child_processes_run_the_fourlayer_this_suite_imports():
    """Children started with ``conftest.FOURLAYER`` run the same fourlayer as this process:
    the installed one (a non-editable install is tested as users get it), never the source
    tree picked up by accident from the working directory."""
    import fourlayer

    done = subprocess.run(
        [*PYTHON, "-c", "import fourlayer; print(fourlayer.__file__)"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(done.stdout.strip()).resolve() == Path(fourlayer.__file__).resolve()


def test_no_test_starts_a_python_that_could_pick_the_source_tree():
    """A child ``python -c``/``python -m fourlayer`` started from the checkout imports the
    source tree, not the installed package, unless it runs isolated: tests use
    ``conftest.PYTHON``/``FOURLAYER`` (``python -I``). The wheel test, which points
    ``PYTHONPATH`` at the wheel on purpose, marks its calls ``# the wheel's``."""
    pattern = re.compile(r'sys\.executable,\s*"-(c"|m",\s*"fourlayer")')
    offenders = [
        f"{path.name}:{number}"
        for path in sorted((ROOT / "tests").glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line) and "# the wheel's" not in line
    ]
    assert not offenders, offenders


def test_the_readme_counts_the_default_checklist():
    controls = len(load_bundled().checklist.controls)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    english = re.search(r"checklist of\s+([0-9]+) controls", readme)
    vietnamese = re.search(r"gồm\s+([0-9]+) tiêu chí", readme)
    assert english and vietnamese
    assert int(english[1]) == int(vietnamese[1]) == controls
