"""The one table of output formats: for each command, its ``--format`` names and where
each format's renderer lives.

Everything about a format comes from here: click's ``--format`` choices and help, the
renderer a command calls, whether the run must locate results (``locate``) and whether
the format writes bytes (``binary``). Adding a format is one :class:`Format` line in the
command's tuple below plus its module (see ``docs/architecture.md``).

This module is light on purpose (``--help`` and ``--version`` import it): a renderer's
module is imported only by :func:`renderer`, when its format is asked for.

A renderer is a plain function ``render(result, options)``: ``result`` is what the
command computed (:class:`~fourlayer.runner.CheckRun` for ``check``,
:class:`~fourlayer.runner.ValidationRun` for ``validate`` and ``checklist lint``,
:class:`~fourlayer.rounds.audit.AuditRun` for ``audit``,
:class:`~fourlayer.rounds.history.History` for ``history`` (whose renderers also take the control
titles: ``render(result, options, titles)``),
:class:`~fourlayer.rounds.diff.DiffResult` for ``diff`` (whose renderers also take the layer titles:
``render(result, options, titles)``), :class:`~fourlayer.reporting.checklist.view.ControlList`/``ControlView``
for ``checklist list``/``show``) and ``options`` a
:class:`~fourlayer.reporting.base.ReportOptions`. It returns the whole report as ``str``,
or its chunks as an iterable of ``str`` (written as they come), or ``bytes`` when the
format is ``binary`` (xlsx, docx: never written to a terminal).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

Report = str | bytes | Iterable[str]
"""What a renderer returns: the text, its chunks, or the bytes of a binary format."""


@dataclass(frozen=True)
class Format:
    """One ``--format`` value of one command."""

    name: str
    """The value of ``--format``."""
    renderer: str
    """``"package.module:function"``: the function that renders this command's result."""
    summary: str = ""
    """A few words for ``--format``'s help (``csv (UTF-8 with BOM, for Excel)``); may be empty."""
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

CHECK: tuple[Format, ...] = (
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
VALIDATE: tuple[Format, ...] = (
    Format("console", f"{_CONSOLE}:render_validate"),
    Format("json", f"{_JSON}:render_validate"),
    Format("sarif", f"{_SARIF}:render_validate", locate=True),
    Format("junit", f"{_JUNIT}:render_validate", locate=True),
    Format("markdown", f"{_MARKDOWN}:render_validate", locate=True),
    Format("github", f"{_GITHUB}:render_validate", locate=True),
)
AUDIT: tuple[Format, ...] = (
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
HISTORY: tuple[Format, ...] = (
    Format("console", "fourlayer.reporting.history.console:render"),
    Format("json", "fourlayer.reporting.history.json:render_chunks", "schema: fourlayer schema history"),
    Format("csv", "fourlayer.reporting.history.csv:render", "one row per agency and round, for Excel"),
    Format(
        "html", "fourlayer.reporting.history.html:render_chunks", "one self-contained page, prints on A4", marked=True
    ),
)
DIFF: tuple[Format, ...] = (
    Format("console", "fourlayer.reporting.diff.files:render_console"),
    Format("json", "fourlayer.reporting.diff.files:render_json"),
)
DIFF_ROUNDS: tuple[Format, ...] = (
    Format("console", "fourlayer.reporting.diff.rounds:render_console"),
    Format("json", "fourlayer.reporting.diff.rounds:render_json"),
)
"""``diff`` of two rounds (folders or audit JSON reports): the same ``--format`` names as
:data:`DIFF`, other renderers (``render(result, options)`` of a
:class:`~fourlayer.rounds.round_diff.RoundDiff`)."""
CHECKLIST_LIST: tuple[Format, ...] = (
    Format("console", "fourlayer.reporting.checklist.view:list_console"),
    Format("json", "fourlayer.reporting.checklist.view:list_json"),
)
CHECKLIST_SHOW: tuple[Format, ...] = (
    Format("console", "fourlayer.reporting.checklist.view:show_console"),
    Format("json", "fourlayer.reporting.checklist.view:show_json"),
)
CHECKLIST_LINT: tuple[Format, ...] = tuple(f for f in VALIDATE if f.name in ("console", "json"))

INIT: tuple[Format, ...] = (
    Format("yaml", "fourlayer.authoring.convert:render_yaml", "the commented YAML file"),
    Format("xlsx", "fourlayer.authoring.convert:render_workbook", "a workbook to fill in Excel", binary=True),
)

TABLES: dict[str, tuple[Format, ...]] = {
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


def get(command: str, name: str) -> Format:
    """The format ``name`` of ``command`` (``KeyError`` for a name not in its table)."""
    for entry in TABLES[command]:
        if entry.name == name:
            return entry
    raise KeyError(f"{command}: {name}")


def help_text(command: str) -> str:
    """``--format``'s help: every name, with its summary where it has one."""
    shown = ", ".join(f"{f.name} ({f.summary})" if f.summary else f.name for f in TABLES[command])
    return f"Report format: {shown}."


def renderer(entry: Format) -> Callable[..., Report]:
    """Import the module of ``entry`` and return its render function."""
    from importlib import import_module

    module, _, function = entry.renderer.partition(":")
    found: Callable[..., Report] = getattr(import_module(module), function)
    return found


CHECK_FORMATS = names("check")
VALIDATE_FORMATS = names("validate")
