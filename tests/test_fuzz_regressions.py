"""What the fuzzer found, kept: every file in ``tests/cases/fuzz/`` through every command.

Each file starts with comment lines::

    # fuzz: what broke, or what the case guards
    # exit: validate=1 check=2 audit=1 diff=2   (the documented exit codes for this file)
    # args: --as-of 9999-12-31                  (optional: options for check, audit and diff)

``check`` and ``audit`` run with ``--fail-on never``, so their code says only whether
the file could be evaluated; ``diff`` compares the fuzzer's valid seed with the case.
Every console report must also be free of anything that acts on a terminal. A new
case is a new file.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import run_cli
from test_fuzz import SEED_TEXT, assert_survived

from fourlayer.safe_text import printable_block as printable

CASES = sorted((Path(__file__).parent / "cases" / "fuzz").glob("*.yaml"))
AS_OF = "2026-11-27"


def header(path: Path) -> tuple[dict[str, int], list[str]]:
    text = path.read_bytes().decode("utf-8", errors="replace").lstrip("\ufeff")
    codes: dict[str, int] = {}
    args: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if line.startswith("# exit:"):
            codes = {name: int(value) for name, value in re.findall(r"(\w+)=(\d)", line)}
        elif line.startswith("# args:"):
            args = line.split(":", 1)[1].split()
    assert set(codes) == {"validate", "check", "audit", "diff"}, f"{path.name}: give every exit code"
    return codes, args


def test_there_are_cases() -> None:
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_fuzz_case(tmp_path: Path, case: Path) -> None:
    codes, args = header(case)
    if not any(a.startswith("--as-of") for a in args):
        args = [*args, "--as-of", AS_OF]
    folder = tmp_path / "agencies"
    folder.mkdir()
    path = folder / case.name
    shutil.copyfile(case, path)
    seed = tmp_path / "seed.yaml"
    seed.write_text(SEED_TEXT, encoding="utf-8")
    runs = {
        "validate": ["validate", path],
        "check": ["check", path, "--fail-on", "never", *args],
        "audit": ["audit", folder, "--jobs", "1", "--fail-on", "never", *args],
        "diff": ["diff", seed, path, *args],
    }
    for command, argv in runs.items():
        for lang in ("en", "vi"):
            result = run_cli([*argv, "--lang", lang])
            assert_survived(result, argv, allowed=(codes[command],))
            for stream in (result.stdout, result.stderr):
                assert printable(stream) == stream, f"{command}: raw control characters in\n{stream[:3000]}"
    for fmt in ("json", "sarif", "junit", "markdown", "github"):
        argv = ["check", path, "--fail-on", "never", "--format", fmt, *args]
        assert_survived(run_cli([*argv, "--lang", "en"]), argv, allowed=(codes["check"],))
    for fmt in ("json", "csv"):
        argv = ["audit", folder, "--jobs", "1", "--fail-on", "never", "--format", fmt, *args]
        assert_survived(run_cli([*argv, "--lang", "en"]), argv, allowed=(codes["audit"],))
