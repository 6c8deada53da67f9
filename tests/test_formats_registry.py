"""Every format name the command line offers has a reporter that renders that command."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from fourlayer import formats, reporting
from fourlayer.cli import cli as group
from fourlayer.reporting.base import Reporter

DATA = Path(__file__).parent / "data" / "ci"
CHECKLIST = DATA / "checklist.yaml"
AS_OF = "2026-11-27"
LOCATED = ("sarif", "junit", "github", "markdown")


def format_choices(command: str) -> tuple[str, ...]:
    option = next(p for p in group.commands[command].params if p.name == "fmt")
    assert isinstance(option.type, click.Choice)
    return tuple(option.type.choices)


def test_static_lists_match_the_registry():
    assert formats.CHECK_FORMATS == reporting.CHECK_FORMATS
    assert formats.VALIDATE_FORMATS == reporting.VALIDATE_FORMATS
    assert format_choices("check") == formats.CHECK_FORMATS
    assert format_choices("validate") == formats.VALIDATE_FORMATS


def test_registry_names_are_the_reporters_names():
    for name, cls in reporting.REPORTERS.items():
        assert cls.name == name
        assert isinstance(reporting.get_reporter(name), Reporter)


@pytest.mark.parametrize("name", formats.CHECK_FORMATS)
def test_every_check_format_implements_check(name):
    assert reporting.REPORTERS[name].check is not Reporter.check


@pytest.mark.parametrize("name", formats.VALIDATE_FORMATS)
def test_every_validate_format_implements_validate(name):
    assert reporting.REPORTERS[name].validate is not Reporter.validate


@pytest.mark.parametrize("name", LOCATED)
def test_formats_that_point_at_lines_ask_for_locations(name):
    assert reporting.REPORTERS[name].needs_locations is True


@pytest.mark.parametrize("name", formats.CHECK_FORMATS)
@pytest.mark.parametrize(("file", "expect"), [("passing.yaml", 0), ("failing.yaml", 1), ("invalid.yaml", 2)])
def test_every_check_format_runs(cli, name, file, expect):
    result = cli(["check", DATA / file, "--checklist", CHECKLIST, "--as-of", AS_OF, "--format", name],
                 env={"GITHUB_STEP_SUMMARY": None})
    assert result.exit_code == expect, result.stderr
    assert result.stdout.strip()
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", formats.VALIDATE_FORMATS)
@pytest.mark.parametrize(("file", "expect"), [("passing.yaml", 0), ("invalid.yaml", 1)])
def test_every_validate_format_runs(cli, name, file, expect):
    result = cli(["validate", DATA / file, "--checklist", CHECKLIST, "--format", name],
                 env={"GITHUB_STEP_SUMMARY": None})
    assert result.exit_code == expect, result.stderr
    assert "Traceback" not in result.stderr
    if expect or name != "github":  # a valid file gives GitHub nothing to annotate
        assert result.stdout.strip()


def test_unknown_format_is_a_usage_error(cli):
    result = cli(["check", DATA / "passing.yaml", "--format", "yaml"])
    assert result.exit_code == 2
    assert "yaml" in result.stderr
