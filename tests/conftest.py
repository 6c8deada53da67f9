"""Shared fixtures: run the real command line in-process, and paths to test data."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

from fourlayer.cli import main

ROOT = Path(__file__).resolve().parent.parent
PYTHON = [sys.executable, "-I"]
"""A child Python that imports fourlayer as installed: ``-I`` keeps the working directory
(often the source tree) and ``PYTHONPATH`` off its path, so a non-editable install is
tested as users get it (``tests/test_project.py`` checks the child and this process agree)."""
FOURLAYER = [*PYTHON, "-m", "fourlayer"]
"""``fourlayer`` as a child process, from the installed package."""
ENV_PYTHON = [sys.executable, "-P"] if sys.version_info >= (3, 11) else [sys.executable]
"""A child Python that honours the ``PYTHON*`` environment variables (``-I`` ignores them;
the encoding tests set ``PYTHONIOENCODING`` and ``PYTHONUTF8``) yet, with ``-P``, never puts
its working directory on the path: it too imports fourlayer as installed."""
settings.register_profile("fourlayer", deadline=None)
settings.load_profile("fourlayer")
# Hypothesis' per-example deadline measures wall time, which a busy CI runner (or a machine
# shared with other jobs) stretches past 200 ms for no fault of the code: a property test
# asserts behaviour only. Speed is measured in bench/, not in tests.

EXAMPLES = ROOT / "examples"
VALID = """schema_version: 1
agency: {name: "Sở Thử nghiệm"}
assessed_on: 2026-09-30
systems:
  - {id: portal, name: "Cổng thông tin", level: 1}
controls:
  L1.01: {status: implemented, evidence: [{ref: "45/QĐ", date: 2026-03-01}]}
"""
"""A small valid assessment for tests that need one in a file."""


@dataclass
class Result:
    exit_code: int
    stdout_bytes: bytes
    """What reached stdout, as bytes (binary formats: xlsx, docx)."""
    stderr: str

    @property
    def stdout(self) -> str:
        """stdout as text: strict UTF-8, so a report that is not valid UTF-8 fails its test."""
        return self.stdout_bytes.decode("utf-8")


def run_cli(args: list[str], input: str | bytes | None = None, env: dict[str, str] | None = None) -> Result:
    """Run ``fourlayer ARGS`` through the real entry point (its error boundary included)."""
    runner = CliRunner()
    environment = {"FOURLAYER_LANG": None, "NO_COLOR": None, **(env or {})}
    with runner.isolation(input=input, env=environment) as streams:
        try:
            main([str(a) for a in args])
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 0
        else:  # pragma: no cover - main always exits
            code = 0
        out = streams[0].getvalue()
        err = streams[1].getvalue().decode("utf-8")
    return Result(code, out, err)


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def version_2_default(monkeypatch: pytest.MonkeyPatch):
    """The bundled checklists as they were before version 3 (versions 1 and 2, the default 2),
    for tests of how version 1 and version 2 files meet (the id map 1 → 2) that version 3
    would otherwise change; run the CLI in process (``--jobs 1``) so the change holds."""
    from fourlayer.model import checklist as checklist_module
    from fourlayer.resources import bundled_checklists

    names = [name for name in bundled_checklists() if name != "four-layer-v3"]
    monkeypatch.setattr(checklist_module, "bundled_checklists", lambda: names)
    monkeypatch.setattr(checklist_module, "_BUNDLED", {})
    checklist_module.bundled_versions.cache_clear()
    yield
    checklist_module.bundled_versions.cache_clear()


def so_header(report_date: str) -> list[str]:
    """The header options of a Sở's official report (under a province's People's Committee,
    signed for the director), as an officer types them: what the docx and rendering tests
    build their reports with."""
    return [
        "--issuing-parent",
        "UBND TỈNH HÀ TĨNH",
        "--issuing-body",
        "SỞ Y TẾ",
        "--symbol",
        "/BC-SYT",
        "--signer-authority",
        "KT. GIÁM ĐỐC",
        "--signer-title",
        "PHÓ GIÁM ĐỐC",
        "--signer-name",
        "Nguyễn Văn An",
        "--place",
        "Hà Tĩnh",
        "--report-date",
        report_date,
        "--superior-body",
        "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh",
    ]
