"""``fourlayer checklist list|show|lint``: browse the checklist, or lint a custom one."""

from __future__ import annotations

import click

from fourlayer.cli.common import build_checklist, current_language, report_options
from fourlayer.cli.options import Group, IntRange, checklist_option, format_option, lang_option, version_option
from fourlayer.errors import UserError
from fourlayer.i18n import Phrase
from fourlayer.reporting import formats


@click.group("checklist", cls=Group)
def command() -> None:
    """Its ``--help``: ``help.cmd.checklist`` in :mod:`fourlayer.messages.help`."""


@command.command("list")
@lang_option
@checklist_option
@version_option
@click.option("--layer", type=IntRange(1, 4), default=None)
@click.option("--level", type=IntRange(1, 5), default=None)
@format_option("checklist list")
def checklist_list(
    lang: str | None, checklist_path: str | None, version: str | None, layer: int | None, level: int | None, fmt: str
) -> None:
    """Its ``--help``: ``help.cmd.checklist.list`` in :mod:`fourlayer.messages.help`."""
    from fourlayer.reporting.checklist.view import ControlList

    language = current_language(lang)
    render = formats.renderer(formats.pick(formats.CHECKLIST_LIST, fmt))
    view = ControlList(build_checklist(checklist_path, version), layer, level)
    click.echo(render(view, report_options(language, None)), nl=False)


@command.command("show")
@click.argument("control_id")
@lang_option
@checklist_option
@version_option
@format_option("checklist show")
def checklist_show(
    control_id: str, lang: str | None, checklist_path: str | None, version: str | None, fmt: str
) -> None:
    """Its ``--help``: ``help.cmd.checklist.show`` in :mod:`fourlayer.messages.help`."""
    from fourlayer.reading.validation import suggest_control
    from fourlayer.reporting.checklist.view import ControlView

    language = current_language(lang)
    render = formats.renderer(formats.pick(formats.CHECKLIST_SHOW, fmt))
    loaded = build_checklist(checklist_path, version)
    control = loaded.control(control_id.strip())
    if control is None:
        near = suggest_control(control_id, loaded)
        raise UserError(
            "cli.unknown-control",
            control=control_id,
            hint=Phrase("hint.did-you-mean", {"suggestion": near}) if near else "",
        )
    click.echo(render(ControlView(loaded, control), report_options(language, None)), nl=False)


@command.command("lint")
@click.argument("path", metavar="FILE")
@lang_option
@format_option("checklist lint")
def checklist_lint(path: str, lang: str | None, fmt: str) -> None:
    """Its ``--help``: ``help.cmd.checklist.lint`` in :mod:`fourlayer.messages.help`."""
    from fourlayer.model.checklist import load_checklist
    from fourlayer.runner import FileProblems, ValidationRun

    language = current_language(lang)
    render = formats.renderer(formats.pick(formats.CHECKLIST_LINT, fmt))
    loaded = load_checklist(path)
    run = ValidationRun((FileProblems(path, loaded.findings),))
    click.echo(render(run, report_options(language, None)), nl=False)
    raise SystemExit(run.exit_code())
