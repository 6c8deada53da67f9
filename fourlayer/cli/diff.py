"""``fourlayer diff``: compare two assessments or two JSON reports, or two rounds (folders
or audit JSON reports, :mod:`fourlayer.rounds.round_diff`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from fourlayer.cli.common import emit, prepare, report_options, with_checklist
from fourlayer.cli.options import (
    IntRange,
    as_of_option,
    checklist_option,
    format_option,
    lang_option,
    limit_options,
    output_option,
)
from fourlayer.errors import UserError
from fourlayer.reporting import formats

if TYPE_CHECKING:
    from fourlayer.reading.loading import LoadResult
    from fourlayer.rounds.diff import Snapshot
    from fourlayer.runner import Settings


@click.command("diff")
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@format_option("diff")
@output_option
@lang_option
@as_of_option
@checklist_option
@click.option("--no-waivers", is_flag=True)
@click.option("--fail-on-regression", is_flag=True)
@click.option("--allow-checklist-change", is_flag=True)
@click.option("--old-as-of", "old_as_of", default=None, metavar="YYYY-MM-DD")
@click.option("--new-as-of", "new_as_of", default=None, metavar="YYYY-MM-DD")
@click.option("--jobs", "-j", type=IntRange(min=1), default=None, metavar="N")
@limit_options
def command(
    old: str,
    new: str,
    fmt: str,
    output: str | None,
    lang: str | None,
    as_of: str | None,
    checklist_path: str | None,
    no_waivers: bool,
    fail_on_regression: bool,
    allow_checklist_change: bool,
    old_as_of: str | None,
    new_as_of: str | None,
    jobs: int | None,
    **limits: int | None,
) -> None:
    """Its ``--help``: ``help.cmd.diff`` in :mod:`fourlayer.messages.help`."""
    from fourlayer.rounds.diff import compare
    from fourlayer.rounds.round_diff import looks_like_round, read_side

    ready = prepare(
        "diff", fmt, lang, output, limits, checklist_path=checklist_path, as_of=as_of, no_waivers=no_waivers
    )
    language, settings = ready.language, ready.settings
    sides = (read_side(old, settings), read_side(new, settings))  # each read once, standard input too
    if looks_like_round(sides[0]) or looks_like_round(sides[1]):
        dates = (old_as_of or as_of, new_as_of or as_of)
        _rounds(
            old,
            new,
            sides,
            fmt,
            output,
            language,
            settings,
            checklist_path,
            fail_on_regression,
            allow_checklist_change,
            jobs,
            dates,
            ("--old-as-of" if old_as_of else "--as-of", "--new-as-of" if new_as_of else "--as-of"),
        )
        return
    result = compare(_snapshot(old, settings, sides[0]), _snapshot(new, settings, sides[1]))
    if not result.comparable and not result.mapped and not allow_checklist_change:
        raise UserError(
            "diff.checklist-changed",
            old=f"{result.old.checklist_id} v{result.old.checklist_version}",
            new=f"{result.new.checklist_id} v{result.new.checklist_version}",
        )
    titles = {n: settings.checklist.layer_title(n).get(language) for n in (1, 2, 3, 4)}
    emit(
        ready.render(result, report_options(language, output), titles),
        output,
        with_checklist([old, new], checklist_path),
    )
    raise SystemExit(result.exit_code(fail_on_regression))


def _snapshot(path: str, settings: Settings, side: LoadResult | None) -> Snapshot:
    """One side of the diff, or its located errors and exit 2."""
    from fourlayer.rounds.diff import load_snapshot
    from fourlayer.runner import FileProblems

    loaded = load_snapshot(path, settings, side)
    if isinstance(loaded, FileProblems):
        raise UserError("diff.bad-input", findings=loaded.findings, path=path)
    return loaded


def _rounds(
    old: str,
    new: str,
    read: tuple[LoadResult | None, LoadResult | None],
    fmt: str,
    output: str | None,
    language: str,
    settings: Settings,
    checklist_path: str | None,
    fail_on_regression: bool,
    allow_checklist_change: bool,
    jobs: int | None,
    dates: tuple[str | None, str | None],
    options: tuple[str, str],
) -> None:
    """``diff`` of two rounds: each side a folder (audited here, on its own date) or an audit
    JSON report (its own ``as_of``)."""
    from fourlayer.cli.common import parse_as_of
    from fourlayer.rounds.audit import default_jobs
    from fourlayer.rounds.round_diff import compare_rounds, load_round
    from fourlayer.runner import FileProblems

    render = formats.renderer(formats.pick(formats.DIFF_ROUNDS, fmt))
    sides = []
    for path, side, day, option in zip((old, new), read, dates, options, strict=True):
        as_of = None if day is None else parse_as_of(day)
        loaded = load_round(path, settings, jobs or default_jobs(), side, as_of)
        if (
            as_of is not None
            and not isinstance(loaded, FileProblems)
            and loaded.kind == "audit_report"
            and loaded.as_of != as_of
            and option != "--as-of"
        ):
            raise UserError("rounds.as-of-for-report", option=option, path=path, as_of=loaded.as_of.isoformat())
        if isinstance(loaded, FileProblems):
            raise UserError("diff.bad-input", findings=loaded.findings, path=path)
        if loaded.kind == "folder" and not loaded.agencies and not loaded.errors:
            raise UserError("audit.no-files", paths=path)
        sides.append(loaded)
    result = compare_rounds(sides[0], sides[1])
    if not result.well_defined and not allow_checklist_change:
        before, after = result.checklists
        raise UserError("diff.checklist-changed", old=before, new=after)
    inputs = [old, new, *(a.source for side in sides if side.kind == "folder" for a in side.agencies)]
    emit(render(result, report_options(language, output)), output, with_checklist(inputs, checklist_path))
    raise SystemExit(result.exit_code(fail_on_regression))
