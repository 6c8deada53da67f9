"""``fourlayer audit``: evaluate many agencies and report the province-wide picture.

The work is done by :mod:`fourlayer.rounds.audit`, the text by the formats of
:data:`fourlayer.reporting.formats.AUDIT`.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

import click

from fourlayer.cli.common import confirm_written, emit, prepare, report_options, tell, with_checklist
from fourlayer.cli.options import (
    IntRange,
    as_of_option,
    checklist_option,
    document_options,
    format_option,
    lang_option,
    limit_options,
    output_option,
    policy_options,
)
from fourlayer.errors import UserError
from fourlayer.i18n import translate

if TYPE_CHECKING:
    from datetime import date

    from fourlayer.rounds.audit import AuditRun
    from fourlayer.rounds.roster import Roster
    from fourlayer.runner import Settings


@click.command("audit")
@click.argument("paths", nargs=-1, required=True, metavar="DIR|FILE...")
@format_option("audit")
@output_option
@lang_option
@as_of_option
@checklist_option
@policy_options
@click.option("--jobs", "-j", type=IntRange(min=1), default=None, metavar="N")
@click.option("--top", type=IntRange(min=1), default=10, show_default=True)
@click.option("--max-files", type=IntRange(min=1), default=20_000, show_default=True)
@click.option("--record", "record", default=None, metavar="FILE")
@click.option("--round", "round_label", default=None, metavar="LABEL")
@click.option("--replace-round", is_flag=True)
@document_options
@click.option("--roster", "roster_path", type=click.Path(dir_okay=False), default=None, metavar="FILE")
@click.option("--since", default=None, metavar="YYYY-MM-DD")
@click.option("--verbose", "-v", is_flag=True)
@click.option("--quiet", "-q", is_flag=True)
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
    jobs: int | None,
    top: int,
    max_files: int,
    record: str | None,
    round_label: str | None,
    replace_round: bool,
    roster_path: str | None,
    since: str | None,
    verbose: bool,
    quiet: bool,
    report_settings: str | None,
    **options: Any,
) -> None:
    """Its ``--help``: ``help.cmd.audit`` in :mod:`fourlayer.messages.help`."""
    from fourlayer.cli.progress import ProgressBar
    from fourlayer.rounds.audit import default_jobs, run_audit

    ready = prepare(
        "audit",
        fmt,
        lang,
        output,
        options,
        checklist_path=checklist_path,
        as_of=as_of,
        no_waivers=no_waivers,
        report_settings=report_settings,
    )
    language, settings = ready.language, ready.settings
    if ready.entry.yearly:
        from dataclasses import replace as with_changes

        settings = with_changes(settings, keep_yearly=True)
    if record is not None or round_label is not None:
        settings, round_label = _prepare_record(record, round_label, replace_round, settings, output)
    since_date = _since(since) if since is not None else None
    roster = _roster(roster_path, settings) if roster_path is not None else None
    with ProgressBar(sys.stderr.isatty(), translate(language, "audit.progress")) as bar:
        run = run_audit(
            list(paths),
            settings,
            jobs=jobs or default_jobs(),
            progress=bar,
            top=top,
            max_files=max_files,
            since=since_date,
            roster=roster,
        )
    if not run.rows:
        raise UserError("audit.no-files", paths=", ".join(paths))
    if record is not None and round_label is not None:
        _record(record, round_label, replace_round, run, language, paths)
    shown = report_options(language, output, verbose=verbose, quiet=quiet, document=ready.document)
    emit(ready.render(run, shown), output, with_checklist([*paths, *run.sources], checklist_path))
    if ready.entry.yearly:
        from fourlayer.reporting.settings import YEARLY_FIELDS
        from fourlayer.reporting.yearly_text import after_writing

        unset = tuple(key for key in YEARLY_FIELDS if ready.document is None or not getattr(ready.document, key))
        tell(after_writing([r.yearly for r in run.counted if r.yearly is not None], run.as_of.year, shown.t, unset))
    code = run.exit_code(fail_on, min_score)
    confirm_written(output, language, code)
    raise SystemExit(code)


ROUND_LABEL = r"[\w][\w ./-]{0,39}"
"""A round label: 1–40 letters, digits, spaces and ``. / _ -``, starting with a letter or digit."""


def _prepare_record(
    record: str | None, label: str | None, replace: bool, settings: Settings, output: str | None
) -> tuple[Settings, str]:
    """Check --record/--round before the audit runs; the settings that keep every outcome,
    and the label as it is recorded (``history_store.normal_label``)."""
    import re
    from dataclasses import replace as with_changes

    from fourlayer.rounds.history_store import check_recordable, normal_label

    if record is None or label is None:
        raise UserError("history.record-needs-round")
    label = normal_label(label)
    if not re.fullmatch(ROUND_LABEL, label):
        raise UserError("history.bad-label", round=label)
    if output not in (None, "-") and os.path.realpath(output) == os.path.realpath(record):
        raise UserError("history.output-is-history", path=record)
    check_recordable(record, label, replace=replace)
    return with_changes(settings, keep_outcomes=True), label


def _record(record: str, label: str, replace: bool, run: AuditRun, language: str, paths: tuple[str, ...]) -> None:
    from fourlayer.rounds.history import record_audit
    from fourlayer.safe_text import printable
    from fourlayer.version import tool_version

    replaced = record_audit(record, label, run, tool_version(), replace=replace, roots=paths)
    key = "history.replaced" if replaced else "history.recorded"
    # the path and label as typed are text on one line (a line feed in --record started a CI
    # workflow command on stderr)
    click.echo(
        translate(
            language,
            key,
            round=printable(label),
            agencies=run.summary.agencies,
            errors=run.summary.errors,
            path=printable(record),
        ),
        err=True,
    )


def _roster(path: str, settings: Settings) -> Roster:
    """The roster, or its located problems and exit 2 (a wrong roster gives a wrong list)."""
    from fourlayer.rounds.roster import load_roster

    loaded = load_roster(path, settings.limits)
    if loaded.roster is None:
        raise UserError("audit.roster-bad", findings=loaded.findings, path=path)
    return loaded.roster


def _since(value: str) -> date:
    from fourlayer.model.dates import parse_iso

    parsed = parse_iso(value.strip())
    if parsed is None:
        raise UserError("audit.bad-since", value=value)
    return parsed
