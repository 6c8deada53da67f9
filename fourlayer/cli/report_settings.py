"""``fourlayer report-settings``: write the commented settings file of the official .docx
reports for an officer to fill in (:func:`fourlayer.reporting.settings.template`)."""

from __future__ import annotations

import click

from fourlayer.cli.common import current_language, exists
from fourlayer.cli.options import lang_option
from fourlayer.errors import UserError
from fourlayer.i18n import translate

DEFAULT_OUTPUT = "bao-cao.toml"


@click.command("report-settings")
@click.option("--output", "-o", "output", default=DEFAULT_OUTPUT, show_default=True, metavar="FILE")
@click.option("--force", is_flag=True)
@lang_option
def command(output: str, force: bool, lang: str | None) -> None:
    """Its ``--help``: ``help.cmd.report-settings`` in :mod:`fourlayer.messages.help`."""
    from fourlayer.reporting.output import write_report
    from fourlayer.reporting.settings import template

    language = current_language(lang)
    to_file = output != "-"
    if to_file and not force and exists(output):
        raise UserError("settings-file.exists", path=output)
    shown = output if to_file else DEFAULT_OUTPUT
    toml = not shown.lower().endswith((".yaml", ".yml"))
    write_report(template(language, toml=toml, file_name=shown), output if to_file else None, [])
    if to_file:
        click.echo(translate(language, "settings-file.written", path=output), err=True)
