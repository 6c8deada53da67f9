"""``fourlayer convert IN -o OUT``: an assessment moved between YAML and a workbook.

The formats come from the suffixes (``.xlsx``; ``.yaml``/``.yml``); the work is
:func:`fourlayer.authoring.convert.convert_file`. A file with errors (other than blank statuses) is
not converted: its findings are printed and the exit code is 2.
"""

from __future__ import annotations

import click

from fourlayer.cli.common import build_checklist, build_limits, current_language, emit, exists, with_checklist
from fourlayer.cli.options import checklist_option, lang_option, limit_options
from fourlayer.errors import UserError
from fourlayer.i18n import translate


@click.command("convert")
@click.argument("source", metavar="IN")
@click.option("--output", "-o", "output", required=True, metavar="FILE")
@lang_option
@checklist_option
@click.option("--force", is_flag=True)
@limit_options
def command(
    source: str, output: str, lang: str | None, checklist_path: str | None, force: bool, **limits: int | None
) -> None:
    """Its ``--help``: ``help.cmd.convert`` in :mod:`fourlayer.messages.help`."""
    from fourlayer.authoring.convert import convert_file, format_of

    language = current_language(lang)
    source_format, target_format = format_of(source), format_of(output)
    for path, found in ((source, source_format), (output, target_format)):
        if found is None:
            raise UserError("convert.unknown-format", path=path)
    if source_format == target_format != "xlsx":  # a workbook into a new one: its rows as init lays them out
        raise UserError("convert.same-format", format=source_format)
    if not force and exists(output):
        raise UserError("init.exists", path=output)
    checklist = build_checklist(checklist_path)
    done = convert_file(source, output, checklist, language, build_limits(**limits))
    if done.content is None:
        raise UserError("convert.refused", findings=[f for f in done.findings if f.is_error], path=source)
    emit(done.content, output, with_checklist([source], checklist_path))
    click.echo(translate(language, "convert.wrote", path=output, answers=done.answers, systems=done.systems), err=True)
