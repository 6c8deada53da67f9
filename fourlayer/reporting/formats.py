"""The one table of output formats: for each command, its ``--format`` names and where
each format's renderer lives.

Everything about a format comes from here: click's ``--format`` choices and help, the
renderer a command calls, whether the run must locate results (``locate``) and whether
the format writes bytes (``binary``). Adding a format is one :class:`Format` line in the
command's tuple below plus its module (see ``docs/architecture.md``).

This module is light on purpose (``--help`` and ``--version`` import it): a renderer's
module is imported only by :func:`renderer`, when its format is asked for.

A renderer is a plain function ``render(result, options)`` — with the titles a report shows
as a third argument for ``history`` and ``diff`` — that returns the whole report as ``str``,
its chunks as an iterable of ``str`` (written as they come), or ``bytes`` when the format
is ``binary`` (xlsx, docx: never written to a terminal). Each table says its renderers'
signature in its type (:data:`CheckRenderer`, :data:`AuditRenderer`, …): mypy checks the
commands' calls against it, and ``tests/test_formats_registry.py`` checks every renderer
module's function against its table's type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

if TYPE_CHECKING:  # for the types only: this module stays light (``--help`` imports it)
    from fourlayer.authoring.convert import Document
    from fourlayer.reporting.base import ReportOptions
    from fourlayer.reporting.checklist.view import ControlList, ControlView
    from fourlayer.rounds.audit import AuditRun
    from fourlayer.rounds.diff import DiffResult
    from fourlayer.rounds.history import History
    from fourlayer.rounds.round_diff import RoundDiff
    from fourlayer.runner import CheckRun, ValidationRun

Report = str | bytes | Iterable[str]
"""What a renderer returns: the text, its chunks, or the bytes of a binary format."""

CheckRenderer = Callable[["CheckRun", "ReportOptions"], Report]
ValidateRenderer = Callable[["ValidationRun", "ReportOptions"], Report]
AuditRenderer = Callable[["AuditRun", "ReportOptions"], Report]
HistoryRenderer = Callable[["History", "ReportOptions", "dict[str, str]"], Report]
"""History reports also take the control titles (id -> title) of the latest round's checklist."""
DiffRenderer = Callable[["DiffResult", "ReportOptions", "dict[int, str]"], Report]
"""Diff reports also take the layer titles (number -> title)."""
RoundDiffRenderer = Callable[["RoundDiff", "ReportOptions"], Report]
ListRenderer = Callable[["ControlList", "ReportOptions"], Report]
ShowRenderer = Callable[["ControlView", "ReportOptions"], Report]
InitRenderer = Callable[["Document", "ReportOptions"], Report]

R = TypeVar("R", bound=Callable[..., Report])
"""The signature of a table's renderers."""


@dataclass(frozen=True)
class Format(Generic[R]):
    """One ``--format`` value of one command."""

    name: str
    """The value of ``--format``."""
    renderer: str
    """``"package.module:function"``: the function that renders this command's result, of the
    table's signature ``R``."""
    summary: str = ""
    """A few words for ``--format``'s English help (``csv (UTF-8 with BOM, for Excel)``); may be
    empty. The Vietnamese help lists the names alone."""
    locate: bool = False
    """Results must carry line:column (the run resolves every result to a line)."""
    binary: bool = False
    """The renderer returns ``bytes``; written only to a file or a pipe, never to a terminal."""
    document: bool = False
    """An official report: it takes the officer's fields (``--report-settings`` and options)."""
    marked: bool = False
    """A printed report that is not an official one (html, xlsx): it takes the handling line
    (``--handling``, or the ``handling`` of ``--report-settings``) and no other field."""
    yearly: bool = False
    """The yearly report (Decree 331/2026 Form 08): the run keeps each file's Form 08 content."""


_CONSOLE = "fourlayer.reporting.check.console"
_JSON = "fourlayer.reporting.check.json"
_SARIF = "fourlayer.reporting.check.sarif"
_JUNIT = "fourlayer.reporting.check.junit"
_MARKDOWN = "fourlayer.reporting.check.markdown"
_GITHUB = "fourlayer.reporting.check.github"

CHECK: tuple[Format[CheckRenderer], ...] = (
    Format("console", f"{_CONSOLE}:render_check"),
    Format("json", f"{_JSON}:render_check"),
    Format("sarif", f"{_SARIF}:render_check", locate=True),
    Format("junit", f"{_JUNIT}:render_check", locate=True),
    Format("markdown", f"{_MARKDOWN}:render_check", locate=True),
    Format("github", f"{_GITHUB}:render_check", locate=True),
    Format("html", "fourlayer.reporting.check.html:render_check", "one self-contained page, prints on A4", marked=True),
    Format("xlsx", "fourlayer.reporting.check.xlsx:render", "Excel workbook, with -o FILE", binary=True, marked=True),
    Format(
        "docx",
        "fourlayer.reporting.check.docx:render",
        "official report per Decree 30/2020, with -o FILE",
        binary=True,
        document=True,
    ),
    Format(
        "form08",
        "fourlayer.reporting.form08.docx:render_check",
        "the yearly report to the Ministry of Public Security, Decree 331/2026 Form 08, with -o FILE",
        binary=True,
        document=True,
        yearly=True,
    ),
    Format(
        "form08-xlsx",
        "fourlayer.reporting.form08.xlsx:render_check",
        "Form 08's table as an Excel workbook, with -o FILE",
        binary=True,
        yearly=True,
        marked=True,
    ),
)
VALIDATE: tuple[Format[ValidateRenderer], ...] = (
    Format("console", f"{_CONSOLE}:render_validate"),
    Format("json", f"{_JSON}:render_validate"),
    Format("sarif", f"{_SARIF}:render_validate", locate=True),
    Format("junit", f"{_JUNIT}:render_validate", locate=True),
    Format("markdown", f"{_MARKDOWN}:render_validate", locate=True),
    Format("github", f"{_GITHUB}:render_validate", locate=True),
)
AUDIT: tuple[Format[AuditRenderer], ...] = (
    Format("console", "fourlayer.reporting.audit.console:render"),
    Format("json", "fourlayer.reporting.audit.json:render_chunks", "schema: fourlayer schema audit"),
    Format("csv", "fourlayer.reporting.audit.csv:render_chunks", "UTF-8 with BOM, for Excel"),
    Format(
        "html", "fourlayer.reporting.audit.html:render_chunks", "one self-contained page, prints on A4", marked=True
    ),
    Format("xlsx", "fourlayer.reporting.audit.xlsx:render", "Excel workbook, with -o FILE", binary=True, marked=True),
    Format(
        "docx",
        "fourlayer.reporting.audit.docx:render",
        "official report per Decree 30/2020, with -o FILE",
        binary=True,
        document=True,
    ),
    Format(
        "form08",
        "fourlayer.reporting.form08.docx:render_audit",
        "the province's yearly report, Decree 331/2026 Form 08, with -o FILE",
        binary=True,
        document=True,
        yearly=True,
    ),
    Format(
        "form08-xlsx",
        "fourlayer.reporting.form08.xlsx:render_audit",
        "Form 08's table of every agency as an Excel workbook, with -o FILE",
        binary=True,
        yearly=True,
        marked=True,
    ),
)
HISTORY: tuple[Format[HistoryRenderer], ...] = (
    Format("console", "fourlayer.reporting.history.console:render"),
    Format("json", "fourlayer.reporting.history.json:render_chunks", "schema: fourlayer schema history"),
    Format("csv", "fourlayer.reporting.history.csv:render", "one row per agency and round, for Excel"),
    Format(
        "html", "fourlayer.reporting.history.html:render_chunks", "one self-contained page, prints on A4", marked=True
    ),
)
DIFF: tuple[Format[DiffRenderer], ...] = (
    Format("console", "fourlayer.reporting.diff.console:render_console"),
    Format("json", "fourlayer.reporting.diff.json:render_json"),
)
DIFF_ROUNDS: tuple[Format[RoundDiffRenderer], ...] = (
    Format("console", "fourlayer.reporting.diff.rounds_console:render_console"),
    Format("json", "fourlayer.reporting.diff.rounds_json:render_json"),
)
"""``diff`` of two rounds (folders or audit JSON reports): the same ``--format`` names as
:data:`DIFF`, other renderers (``render(result, options)`` of a
:class:`~fourlayer.rounds.round_diff.RoundDiff`)."""
CHECKLIST_LIST: tuple[Format[ListRenderer], ...] = (
    Format("console", "fourlayer.reporting.checklist.console:list_console"),
    Format("json", "fourlayer.reporting.checklist.json:list_json"),
)
CHECKLIST_SHOW: tuple[Format[ShowRenderer], ...] = (
    Format("console", "fourlayer.reporting.checklist.console:show_console"),
    Format("json", "fourlayer.reporting.checklist.json:show_json"),
)
CHECKLIST_LINT: tuple[Format[ValidateRenderer], ...] = tuple(f for f in VALIDATE if f.name in ("console", "json"))

INIT: tuple[Format[InitRenderer], ...] = (
    Format("yaml", "fourlayer.reporting.init.yaml:render", "the commented YAML file"),
    Format("xlsx", "fourlayer.reporting.init.xlsx:render", "a workbook to fill in Excel", binary=True),
)

TABLES: dict[str, tuple[Format[Any], ...]] = {
    "check": CHECK,
    "validate": VALIDATE,
    "audit": AUDIT,
    "diff": DIFF,
    "diff rounds": DIFF_ROUNDS,
    "init": INIT,
    "history": HISTORY,
    "checklist list": CHECKLIST_LIST,
    "checklist show": CHECKLIST_SHOW,
    "checklist lint": CHECKLIST_LINT,
}
"""Command (as typed after ``fourlayer``) -> its formats, the default first. ``diff rounds``
is the other result of ``diff`` (two rounds, :data:`VARIANTS`): offered under ``diff``'s
``--format``, so its names are ``diff``'s."""

VARIANTS: dict[str, str] = {"diff rounds": "diff"}
"""Tables of a second kind of result of a command (table -> the command whose ``--format``
offers it); not commands themselves."""


def names(command: str) -> tuple[str, ...]:
    """The ``--format`` values of ``command``, the default first."""
    return tuple(f.name for f in TABLES[command])


def get(command: str, name: str) -> Format[Any]:
    """The format ``name`` of ``command`` (``KeyError`` for a name not in its table)."""
    try:
        return pick(TABLES[command], name)
    except KeyError:
        raise KeyError(f"{command}: {name}") from None


def pick(table: tuple[Format[R], ...], name: str) -> Format[R]:
    """The format ``name`` of ``table``, with its renderers' type (``KeyError`` if absent)."""
    for entry in table:
        if entry.name == name:
            return entry
    raise KeyError(name)


def choices_text(command: str, *, summaries: bool) -> str:
    """``--format``'s choices as its help lists them (the sentence is the catalogue's
    ``help.format``): every name, with its summary where it has one if ``summaries``."""
    return ", ".join(f"{f.name} ({f.summary})" if f.summary and summaries else f.name for f in TABLES[command])


def renderer(entry: Format[R]) -> R:
    """Import the module of ``entry`` and return its render function."""
    from importlib import import_module

    module, _, function = entry.renderer.partition(":")
    return cast(R, getattr(import_module(module), function))


CHECK_FORMATS = names("check")
VALIDATE_FORMATS = names("validate")
