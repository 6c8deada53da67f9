"""``fourlayer check``: evaluate assessments and report the gaps."""

from __future__ import annotations

from typing import Any

import click

from fourlayer.cli.common import confirm_written, emit, prepare, report_options, tell, with_checklist
from fourlayer.cli.options import (
    as_of_option,
    checklist_option,
    document_options,
    format_option,
    lang_option,
    limit_options,
    output_option,
    policy_options,
)


@click.command("check")
@click.argument("paths", nargs=-1, required=True, metavar="FILE|DIR...")
@format_option("check")
@output_option
@lang_option
@as_of_option
@checklist_option
@policy_options
@click.option("--quiet", "-q", is_flag=True)
@click.option("--verbose", "-v", is_flag=True)
@click.option("--summary", is_flag=True)
@document_options
@limit_options
def command(
    paths: tuple[str, ...],
    fmt: str,
    output: str | None,
    lang: str | None,
    as_of: str | None,
    checklist_path: str | None,
    fail_on: str,
    min_score: float | None,
    no_waivers: bool,
    quiet: bool,
    verbose: bool,
    summary: bool,
    report_settings: str | None,
    **options: Any,
) -> None:
    """Its ``--help``: ``help.cmd.check`` in :mod:`fourlayer.messages.help`."""
    from fourlayer.runner import run_check

    ready = prepare(
        "check",
        fmt,
        lang,
        output,
        options,
        checklist_path=checklist_path,
        as_of=as_of,
        no_waivers=no_waivers,
        report_settings=report_settings,
    )
    run = run_check(list(paths), ready.settings)
    shown = report_options(
        ready.language, output, verbose=verbose, quiet=quiet, summary=summary, document=ready.document
    )
    emit(ready.render(run, shown), output, with_checklist(paths, checklist_path))
    if ready.entry.yearly:
        from fourlayer.model import form08
        from fourlayer.reporting.yearly_text import after_writing

        reports = [form08.report_of(e.assessment, e) for e in run.evaluations if e.assessment is not None]
        tell(after_writing(reports, run.as_of.year, shown.t))
    code = run.exit_code(fail_on, min_score)
    if not quiet:
        confirm_written(output, ready.language, code)
    raise SystemExit(code)
