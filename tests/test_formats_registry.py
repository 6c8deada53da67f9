"""The table of formats (``fourlayer.reporting.formats``) is the one source: click's choices come from
it, every entry loads a callable, and the formats that point at lines ask for locations."""

from __future__ import annotations

import inspect
from pathlib import Path

import click
import pytest

from fourlayer.cli import cli as group
from fourlayer.reporting import formats

DATA = Path(__file__).parent / "data" / "ci"
CHECKLIST = DATA / "checklist.yaml"
AS_OF = "2026-11-27"
LOCATED = ("sarif", "junit", "github", "markdown")
ENTRIES = [(command, entry) for command, table in formats.TABLES.items() for entry in table]


def format_choices(command: str) -> tuple[str, ...]:
    found: click.Command = group
    for word in command.split():
        assert isinstance(found, click.Group)
        found = found.commands[word]
    option = next(p for p in found.params if p.name == "fmt")
    assert isinstance(option.type, click.Choice)
    assert option.default == formats.names(command)[0]
    return tuple(option.type.choices)


@pytest.mark.parametrize("command", sorted(set(formats.TABLES) - set(formats.VARIANTS)))
def test_click_choices_are_the_table(command):
    assert format_choices(command) == formats.names(command)
    assert len(set(formats.names(command))) == len(formats.names(command))


@pytest.mark.parametrize(("command", "entry"), ENTRIES, ids=[f"{c}-{e.name}" for c, e in ENTRIES])
def test_every_entry_loads_a_renderer(command, entry):
    render = formats.renderer(entry)
    assert callable(render)
    assert len(inspect.signature(render).parameters) >= 2  # (result, options, ...)


def test_every_command_with_a_format_option_has_a_table():
    def walk(command: click.Command, path: str):
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                yield from walk(sub, f"{path} {name}".strip())
        elif any(p.name == "fmt" for p in command.params):
            yield path

    assert set(walk(group, "")) == set(formats.TABLES) - set(formats.VARIANTS)


@pytest.mark.parametrize(("variant", "command"), sorted(formats.VARIANTS.items()))
def test_a_variant_table_has_its_commands_names(variant, command):
    assert formats.names(variant) == formats.names(command)


@pytest.mark.parametrize("command", ["check", "validate"])
@pytest.mark.parametrize("name", LOCATED)
def test_formats_that_point_at_lines_ask_for_locations(command, name):
    assert formats.get(command, name).locate is True


def test_an_unknown_name_is_not_in_the_table():
    with pytest.raises(KeyError):
        formats.get("check", "yaml")


@pytest.mark.parametrize("name", formats.CHECK_FORMATS)
@pytest.mark.parametrize(("file", "expect"), [("passing.yaml", 0), ("failing.yaml", 1), ("invalid.yaml", 2)])
def test_every_check_format_runs(cli, name, file, expect, tmp_path):
    binary = formats.get("check", name).binary
    written = tmp_path / f"report.{name}"
    result = cli(
        [
            "check",
            DATA / file,
            "--checklist",
            CHECKLIST,
            "--as-of",
            AS_OF,
            "--format",
            name,
            *(["-o", written] if binary else []),
        ],
        env={"GITHUB_STEP_SUMMARY": None},
    )
    assert result.exit_code == expect, result.stderr
    if formats.get("check", name).yearly and expect == 2:  # no yearly report of a file that cannot be read
        assert not written.exists() and "invalid.yaml" in result.stderr
        return
    if binary:  # an office document (a zip container), in the file named
        assert result.stdout_bytes == b"" and written.read_bytes().startswith(b"PK\x03\x04")
    else:
        assert result.stdout_bytes.decode("utf-8").strip()
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", formats.VALIDATE_FORMATS)
@pytest.mark.parametrize(("file", "expect"), [("passing.yaml", 0), ("invalid.yaml", 1)])
def test_every_validate_format_runs(cli, name, file, expect):
    result = cli(
        ["validate", DATA / file, "--checklist", CHECKLIST, "--format", name], env={"GITHUB_STEP_SUMMARY": None}
    )
    assert result.exit_code == expect, result.stderr
    assert "Traceback" not in result.stderr
    if expect or name != "github":  # a valid file gives GitHub nothing to annotate
        assert result.stdout.strip()


def test_unknown_format_is_a_usage_error(cli):
    result = cli(["check", DATA / "passing.yaml", "--format", "yaml"])
    assert result.exit_code == 2
    assert "yaml" in result.stderr


def _declared_signatures() -> dict[str, tuple[str, ...]]:
    """Each table's renderer signature, as :mod:`fourlayer.reporting.formats` types it:
    table constant -> the names of the parameter types (``("CheckRun", "ReportOptions")``)."""
    import typing

    from fourlayer.authoring.convert import Document
    from fourlayer.reporting.base import ReportOptions
    from fourlayer.reporting.checklist.view import ControlList, ControlView
    from fourlayer.rounds.audit import AuditRun
    from fourlayer.rounds.diff import DiffResult
    from fourlayer.rounds.history import History
    from fourlayer.rounds.round_diff import RoundDiff
    from fourlayer.runner import CheckRun, ValidationRun

    names = dict(
        Document=Document,
        ReportOptions=ReportOptions,
        ControlList=ControlList,
        ControlView=ControlView,
        AuditRun=AuditRun,
        DiffResult=DiffResult,
        History=History,
        RoundDiff=RoundDiff,
        CheckRun=CheckRun,
        ValidationRun=ValidationRun,
    )
    hints = typing.get_type_hints(formats, localns=names)
    out = {}
    for constant, hint in hints.items():
        if typing.get_origin(hint) is not tuple:
            continue
        (fmt, _) = typing.get_args(hint)
        (signature,) = typing.get_args(fmt)
        params, _ = typing.get_args(signature)
        out[constant] = tuple(getattr(p, "__name__", None) or str(p) for p in params)
    return out


SIGNATURES = _declared_signatures()
CONSTANT_OF = {id(table): constant for constant, table in vars(formats).items() if constant in SIGNATURES}


def test_every_table_has_a_declared_signature():
    assert {CONSTANT_OF.get(id(table)) for table in formats.TABLES.values()} <= set(SIGNATURES)
    assert SIGNATURES["CHECK"] == ("CheckRun", "ReportOptions")
    assert SIGNATURES["HISTORY"] == ("History", "ReportOptions", "dict")


@pytest.mark.parametrize(("command", "entry"), ENTRIES, ids=[f"{c}-{e.name}" for c, e in ENTRIES])
def test_every_renderer_has_its_tables_signature(command, entry):
    """The table's type is what the commands are type-checked against; the renderer module's
    own annotations must say the same, parameter by parameter."""
    declared = SIGNATURES[CONSTANT_OF[id(formats.TABLES[command])]]
    parameters = list(inspect.signature(formats.renderer(entry)).parameters.values())
    required = [p for p in parameters if p.default is inspect.Parameter.empty]
    assert len(required) <= len(declared) <= len(parameters)
    for parameter, name in zip(parameters, declared, strict=False):  # trailing defaults unused
        shown = str(parameter.annotation).split("|")[0].strip()
        assert shown.split("[")[0] == name, (parameter.name, parameter.annotation, name)
