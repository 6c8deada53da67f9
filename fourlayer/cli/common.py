"""What the commands share at run time: options turned into objects, and the report written.

Heavy modules (the loader, the checklist, rich) are imported inside the functions, when a
command runs, never when ``--help`` is built.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from fourlayer.errors import UserError
from fourlayer.i18n import resolve_language, translate

if TYPE_CHECKING:
    from rich.console import Console

    from fourlayer.model.checklist import Checklist
    from fourlayer.reading.loading import Limits
    from fourlayer.reporting.base import ReportOptions
    from fourlayer.reporting.formats import Format, Report
    from fourlayer.reporting.settings import ReportSettings
    from fourlayer.runner import Settings


@dataclass
class Session:
    """What holds for the whole run, set by :func:`fourlayer.cli.main` before click parses
    anything (so that help and usage errors can be worded in it too): the language, from
    ``--lang`` wherever it is on the command line, else ``FOURLAYER_LANG``, else Vietnamese.
    Commands find it as ``click.get_current_context().find_object(Session)``."""

    lang: str


def current_language(option: str | None = None) -> str:
    """The language to speak: a command's own ``--lang``, else the run's (:class:`Session`:
    ``fourlayer --lang en check …``), else ``FOURLAYER_LANG``, else Vietnamese."""
    if option:
        return resolve_language(option)
    ctx = click.get_current_context(silent=True)
    session = ctx.find_object(Session) if ctx is not None else None
    return session.lang if session is not None else resolve_language(None)


def parse_as_of(value: str | None) -> date:
    if value is None:
        return date.today()
    from fourlayer.model.dates import parse_iso

    parsed = parse_iso(value.strip())
    if parsed is None:
        raise UserError("cli.bad-as-of", value=value)
    return parsed


def build_limits(
    max_file_size: int | None, max_depth: int | None, max_aliases: int | None, max_nodes: int | None = None
) -> Limits:
    from fourlayer.reading.loading import DEFAULT_LIMITS

    return DEFAULT_LIMITS.with_overrides(
        max_bytes=max_file_size, max_depth=max_depth, max_alias_nodes=max_aliases, max_nodes=max_nodes
    )


def build_checklist(path: str | None, version: str | None = None) -> Checklist:
    """The checklist to use: ``--checklist``'s file, else the bundled one (``version``, or
    the highest; an assessment naming another bundled version still gets that one).
    One that cannot be used stops the command, named ``<bundled> vN`` when a bundled
    version was asked for."""
    from fourlayer.model.checklist import load_checklist

    if path is not None and version is not None:
        raise UserError("cli.version-with-checklist")
    loaded = load_checklist(path, version)
    if loaded.checklist is None:
        shown = path or ("<bundled>" if version is None else f"<bundled> v{version}")
        raise UserError("cli.bad-checklist", findings=loaded.findings, path=shown)
    return loaded.checklist


def build_settings(
    checklist_path: str | None,
    as_of: str | None,
    *,
    no_waivers: bool = False,
    locate: bool = False,
    limits: dict[str, int | None],
) -> Settings:
    """The run settings every reading command shares, from its options."""
    from fourlayer.runner import Settings

    return Settings(
        checklist=build_checklist(checklist_path),
        as_of=parse_as_of(as_of),
        use_waivers=not no_waivers,
        limits=build_limits(**limits),
        locate=locate,
    )


def with_checklist(inputs: Iterable[str], checklist_path: str | None) -> list[str]:
    """The files a report must never be written over: the inputs, and a ``--checklist`` file."""
    return [*inputs, *([checklist_path] if checklist_path else [])]


def colour_refused() -> bool:
    """``NO_COLOR`` set, or ``TERM=dumb`` (a terminal that shows escape codes as text)."""
    return bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"


def stderr_console() -> Console:
    from rich.console import Console

    plain = colour_refused() or not sys.stderr.isatty()
    return Console(
        stderr=True,
        highlight=False,
        markup=False,
        emoji=False,
        no_color=plain,
        color_system=None if plain else "standard",
    )


def tell(lines: list[str]) -> None:
    """Lines for the officer on standard error (the report itself went to its file or stdout)."""
    from rich.text import Text

    console = stderr_console()
    for line in lines:
        console.print(Text(line, style="yellow" if line.startswith("! ") else ""))


def use_color(output: str | None) -> bool:
    if output not in (None, "-"):
        return False
    if colour_refused():
        return False
    return sys.stdout.isatty()


def terminal_width() -> int:
    if sys.stdout.isatty():
        import shutil

        return max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))
    return 100


def report_options(
    language: str,
    output: str | None,
    *,
    verbose: bool = False,
    quiet: bool = False,
    summary: bool = False,
    document: ReportSettings | None = None,
) -> ReportOptions:
    """How to render: the language, colour and width where the report goes."""
    from fourlayer.reporting.base import ReportOptions

    return ReportOptions(
        lang=language,
        verbose=verbose,
        quiet=quiet,
        summary=summary,
        color=use_color(output),
        width=terminal_width(),
        document=document,
    )


def check_destination(entry: Format[Any], output: str | None) -> None:
    """Refuse at once, before any work, a binary format bound for a terminal."""
    if entry.binary and output in (None, "-") and sys.stdout.isatty():
        raise UserError("output.binary-to-terminal")


def build_document(
    entry: Format[Any],
    report_settings: str | None,
    **fields: str | tuple[str, ...] | None,
) -> ReportSettings | None:
    """The officer's fields for an official report: ``--report-settings``'s file, then the
    options over it. Given with a format that is not an official report: a usage error."""
    from fourlayer.cli.options import MARK_FIELDS

    given = report_settings is not None or any(value not in (None, ()) for value in fields.values())
    if not entry.document and not (
        entry.marked and all(value in (None, ()) for name, value in fields.items() if name not in MARK_FIELDS)
    ):
        if given:
            raise UserError("cli.settings-need-document")
        return None
    from fourlayer.reporting.settings import MAX_HANDLING, ReportSettings, as_date, load_report_settings

    handling = fields.get("handling")
    if isinstance(handling, str) and (len(handling.strip()) > MAX_HANDLING or "\n" in handling or "\r" in handling):
        raise UserError("cli.bad-handling", limit=MAX_HANDLING)
    settings = ReportSettings()
    if report_settings is not None:
        loaded = load_report_settings(report_settings)
        if loaded.settings is None:
            raise UserError("cli.bad-report-settings", findings=loaded.findings, path=report_settings)
        settings = loaded.settings
    if not entry.document:  # html, xlsx: the handling line only, and nothing when there is none
        chosen = (handling.strip() if isinstance(handling, str) else "") or settings.handling
        return ReportSettings(handling=chosen) if chosen else None
    values: dict[str, Any] = dict(fields)
    typed = values.get("date")
    if isinstance(typed, str):
        values["date"] = as_date(typed)
        if values["date"] is None:
            raise UserError("cli.bad-report-date", value=typed)
    return settings.merged(**values)


def confirm_written(output: str | None, language: str, code: int) -> None:
    """One line on standard error naming the file a report was written to (nothing for
    standard output, so that pipes stay clean); with exit code 1 or 2 it says that the
    code is the evaluation's, not a failure to write."""
    if output in (None, "-"):
        return
    key = {1: "output.done-findings", 2: "output.done-errors"}.get(int(code), "output.done")
    click.echo(translate(language, key, path=output), err=True)


@dataclass(frozen=True)
class Prepared:
    """What a reading command has settled before it runs: see :func:`prepare`."""

    language: str
    entry: Format[Any]
    document: ReportSettings | None
    settings: Settings

    def render(self, result: object, *args: object) -> Report:
        """The report of ``result`` in the chosen format (its module imported now)."""
        from fourlayer.reporting import formats

        report: Report = formats.renderer(self.entry)(result, *args)
        return report


def prepare(
    command: str,
    fmt: str,
    lang: str | None,
    output: str | None,
    options: dict[str, Any],
    *,
    checklist_path: str | None,
    as_of: str | None = None,
    no_waivers: bool = False,
    report_settings: str | None = None,
) -> Prepared:
    """The set-up every command that reads assessments does before it runs (``check``,
    ``audit``, ``validate``, ``diff``), in this order, so that the cheapest refusal comes
    first: the language; the format, a binary one bound for a terminal refused at once;
    the officer's fields of an official report (``--report-settings`` and the options
    left in ``options`` once the ``--max-*`` limits are taken out of it); the run settings
    (the checklist loaded, the date, waivers, limits, located results for a format that
    points at lines)."""
    from fourlayer.cli.options import LIMITS
    from fourlayer.reporting import formats

    language = current_language(lang)
    entry = formats.get(command, fmt)
    check_destination(entry, output)
    limits = {key: options.pop(key) for key in LIMITS}
    document = build_document(entry, report_settings, **options)
    settings = build_settings(checklist_path, as_of, no_waivers=no_waivers, locate=entry.locate, limits=limits)
    return Prepared(language, entry, document, settings)


def emit(report: Report, output: str | None, inputs: list[str]) -> None:
    """Write a report (a string, its chunks, or bytes) where ``--output`` says; never over an input."""
    from fourlayer.reporting.output import write_report

    write_report(report, output, [p for p in inputs if p != "-"])


def exists(path: str) -> bool:
    """An existing regular file (or a link to one, or a dangling link) would be replaced
    (``init`` and ``convert`` write over none without ``--force``)."""
    target = Path(path)
    try:
        info = target.lstat()
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode):
        try:
            return stat.S_ISREG(target.stat().st_mode)
        except OSError:
            return True
    return stat.S_ISREG(info.st_mode)
