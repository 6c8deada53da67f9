"""``fourlayer history FILE``: the rounds recorded by ``audit --record``, as trends.

The work is done by :mod:`fourlayer.rounds.history` (which reads the file through
:mod:`fourlayer.rounds.history_store`, imported here only, with ``sqlite3``), the text by the
formats of :data:`fourlayer.reporting.formats.HISTORY`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from fourlayer.cli.common import build_document, confirm_written, current_language, emit, report_options
from fourlayer.cli.options import IntRange, format_option, lang_option, output_option
from fourlayer.exitcodes import ExitCode
from fourlayer.reporting import formats

if TYPE_CHECKING:
    from fourlayer.rounds.history import History


@click.command("history")
@click.argument("path", metavar="FILE")
@format_option("history")
@output_option
@lang_option
@click.option("--agency", "agency", default=None, metavar="TEXT")
@click.option("--last", "last", type=IntRange(min=1), default=None, metavar="N")
@click.option("--handling", "handling", default=None, metavar="TEXT")
def command(
    path: str,
    fmt: str,
    output: str | None,
    lang: str | None,
    agency: str | None,
    last: int | None,
    handling: str | None,
) -> None:
    """Its ``--help``: ``help.cmd.history`` in :mod:`fourlayer.messages.help`."""
    from fourlayer.rounds.history import build_history

    language = current_language(lang)
    entry = formats.pick(formats.HISTORY, fmt)
    document = build_document(entry, None, handling=handling)
    render = formats.renderer(entry)
    history = build_history(path, agency=agency, last=last)
    emit(
        render(history, report_options(language, output, document=document), _titles(history, language)), output, [path]
    )
    confirm_written(output, language, ExitCode.OK)
    raise SystemExit(ExitCode.OK)


def _titles(history: History, language: str) -> dict[str, str]:
    """The control titles of the bundled checklist, when it is the one the latest round used
    (a history may hold rounds of another version; then only the ids are shown)."""
    from fourlayer.model.checklist import load_checklist

    latest = history.latest
    checklist = load_checklist().checklist
    if (
        latest is None
        or checklist is None
        or (checklist.id, checklist.version) != (latest.checklist_id, latest.checklist_version)
    ):
        return {}
    return {control.id: control.title.get(language) for control in checklist.controls}
