"""``fourlayer validate``: check files against the schema and the checklist."""

from __future__ import annotations

import click

from fourlayer.cli.common import emit, prepare, report_options, with_checklist
from fourlayer.cli.options import checklist_option, format_option, lang_option, limit_options, output_option


@click.command("validate")
@click.argument("paths", nargs=-1, required=True, metavar="FILE|DIR...")
@format_option("validate")
@output_option
@lang_option
@checklist_option
@click.option("--quiet", "-q", is_flag=True)
@limit_options
def command(
    paths: tuple[str, ...],
    fmt: str,
    output: str | None,
    lang: str | None,
    checklist_path: str | None,
    quiet: bool,
    **limits: int | None,
) -> None:
    """Its ``--help``: ``help.cmd.validate`` in :mod:`fourlayer.messages.help`."""
    from fourlayer.runner import run_validate

    ready = prepare("validate", fmt, lang, output, limits, checklist_path=checklist_path)  # no date: not used
    run = run_validate(list(paths), ready.settings)
    emit(
        ready.render(run, report_options(ready.language, output, quiet=quiet)),
        output,
        with_checklist(paths, checklist_path),
    )
    raise SystemExit(run.exit_code())
