"""``audit --format xlsx``: the province-wide picture as a workbook to sort, filter and sum.

Sheets, in order: summary; the four layers; agencies ranked (one row each: verdict,
score, each layer's status and score); controls (how many agencies fail, partly meet or
pass each); outcomes (one row per agency, one column per control: the agency's outcome
on it, the worst over its targets); files that could not be evaluated (every located
error). Headers in the report language; codes and control ids as they are. Scores and
shares are numbers (0–100, two decimals shown), dates are dates.
"""

from __future__ import annotations

from fourlayer.i18n import Translator, label
from fourlayer.model.evaluation import Outcome
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.office.xlsx import Column, Workbook, errors_sheet, layer_cells, layer_columns, outcome_fills
from fourlayer.reporting.settings import handling_line
from fourlayer.reporting.wording import agency_under_control
from fourlayer.rounds.audit import OUTCOME_CODES, AgencyRow, AuditRun


def render(run: AuditRun, options: ReportOptions) -> bytes:
    t = options.t
    with Workbook(t, run.as_of, t("office.audit.subject"), handling=handling_line(options.document)) as book:
        _summary(book, run, t)
        _layers(book, run, t)
        _agencies(book, run, t)
        _controls(book, run, t)
        _outcomes(book, run, t)
        errors_sheet(book, run.errors)
        _round(book, run, t)
        return book.close()


def _summary(book: Workbook, run: AuditRun, t: Translator) -> None:
    sheet = book.add_sheet("office.sheet.summary", [Column("office.col.item", 48), Column("office.col.value", 28)])
    summary = run.summary
    rows: list[list[object]] = [
        [t("report.as-of"), run.as_of],
        [t("report.checklist"), f"{run.checklist.id} v{run.checklist.version}"],
        [t("office.waivers"), t("office.waivers-ignored" if not run.use_waivers else "office.waivers-counted")],
        [t("office.col.files"), summary.files],
        [t("office.col.agencies"), summary.agencies],
        [t("office.col.errors"), summary.errors],
        *([label(t, "verdict", verdict), count] for verdict, count in summary.verdicts),
        *([[t("office.col.missing"), len(run.missing)]] if run.roster is not None else []),
        [t("office.col.duplicates"), len(run.duplicates)],
        *([[t("office.col.stale"), len(run.stale)]] if run.since is not None else []),
        [t("office.col.mean"), summary.mean],
        [t("office.col.median"), summary.median],
        [t("office.col.lowest"), summary.lowest],
        [t("office.col.highest"), summary.highest],
    ]
    for row in rows:
        sheet.row(row)
    sheet.finish()


def _layers(book: Workbook, run: AuditRun, t: Translator) -> None:
    sheet = book.add_sheet(
        "office.sheet.layers",
        [
            Column("report.layer", 8),
            Column("office.col.title", 60, wrap=True),
            Column("status.met", 12),
            Column("status.partially_met", 14),
            Column("status.not_met", 14),
            Column("status.not_applicable", 14),
            Column("office.col.met-share", 14),
            Column("office.col.partly-share", 16),
        ],
    )
    for tally in run.summary.layers:
        sheet.row(
            [
                tally.layer,
                run.checklist.layer_title(tally.layer).get(t.lang),
                *(count for _, count in tally.counts),
                tally.met_share,
                tally.partly_share,
            ]
        )
    sheet.finish()


def _agencies(book: Workbook, run: AuditRun, t: Translator) -> None:
    columns = [
        Column("office.col.rank", 8),
        Column("report.agency", 40, wrap=True),
        Column("office.col.code", 18),
        Column("office.col.province", 14),
        Column("report.file", 36),
        Column("report.assessed-on", 14),
        Column("report.checklist", 16),
        Column("report.verdict", 20),
        Column("report.score", 10),
        *layer_columns(t),
        Column("office.col.systems", 12),
        Column("office.col.failing-count", 14),
        Column("office.col.failing", 40, wrap=True),
    ]
    sheet = book.add_sheet("office.sheet.agencies", columns)
    for rank, row in run.ranking():
        sheet.row(
            [
                rank,
                row.agency.name,
                row.agency.code,
                row.agency.province,
                row.source,
                row.assessed_on,
                f"{row.checklist_id} v{row.checklist_version}",
                label(t, "verdict", row.verdict),
                row.score,
                *layer_cells(row.layers, t),
                row.systems,
                len(failing := row.failing_of(run.checklist.ids)),
                _failing_text(run, row, failing, t),
            ]
        )
    sheet.finish()


def _failing_text(run: AuditRun, row: AgencyRow, failing: tuple[str, ...], t: Translator) -> str:
    """The ids of the report's controls the agency fails; for an agency evaluated under the
    previous checklist version, each followed by its own control(s) with that version's titles."""
    if row.checklist_version == run.checklist.version:
        return " ".join(failing)
    return "; ".join(agency_under_control(cid, run.checklist, row.checklist_version, cid, t) for cid in failing)


def _controls(book: Workbook, run: AuditRun, t: Translator) -> None:
    sheet = book.add_sheet(
        "office.sheet.controls",
        [
            Column("office.col.control", 10),
            Column("report.layer", 8),
            Column("office.col.severity", 14),
            Column("office.col.title", 60, wrap=True),
            Column("office.col.applies", 14),
            Column("office.col.failing-agencies", 14),
            Column("office.col.partial-agencies", 14),
            Column("office.col.passing-agencies", 14),
            Column("office.col.failing-share", 14),
        ],
    )
    controls = run.checklist.controls
    for control, tally in zip(controls, run.outcome_counts(), strict=True):  # the counted agencies only
        applies = sum(tally.values())
        failing = tally[OUTCOME_CODES[Outcome.FAIL]]
        sheet.row(
            [
                control.id,
                control.layer,
                label(t, "severity", control.severity),
                control.title.get(t.lang),
                applies,
                failing,
                tally[OUTCOME_CODES[Outcome.PARTIAL]],
                tally[OUTCOME_CODES[Outcome.PASS]],
                run.failing_share(failing),
            ]
        )
    sheet.finish()


def _outcomes(book: Workbook, run: AuditRun, t: Translator) -> None:
    ids = run.checklist.ids
    sheet = book.add_sheet(
        "office.sheet.outcomes",
        [
            Column("office.col.rank", 8),
            Column("report.agency", 40),
            Column("report.file", 30),
            *(Column(cid, 12, literal=True) for cid in ids),
        ],
    )
    labels = {code: label(t, "outcome", outcome) for outcome, code in OUTCOME_CODES.items()}
    for rank, row in run.ranking():
        sheet.row(
            [
                rank,
                row.agency.name,
                row.source,
                *(labels.get(row.outcomes[i]) if i < len(row.outcomes) else None for i in range(len(ids))),
            ]
        )
    sheet.colour_cells(3, 2 + len(ids), outcome_fills(t))
    sheet.finish()


def _round(book: Workbook, run: AuditRun, t: Translator) -> None:
    """Who did not submit (with ``--roster``), whose only file had errors, the files not
    counted because another file of the same agency counts, and the stale files (``--since``)."""
    sheet = book.add_sheet(
        "office.sheet.round",
        [
            Column("office.col.round-status", 26),
            Column("report.agency", 40, wrap=True),
            Column("office.col.code", 18),
            Column("report.file", 36),
            Column("office.col.kept", 36),
            Column("report.assessed-on", 14),
        ],
    )
    match = run.roster_match
    if match is not None:
        for entry in match.missing:
            sheet.row([t("office.round.missing"), entry.name, entry.code, None, None, None])
        for entry, source in match.unreadable:
            sheet.row([t("office.round.unreadable"), entry.name, entry.code, source, None, None])
    rows = {row.source: row for row in run.agencies}
    for duplicate in run.duplicates:
        row = rows.get(duplicate.source)
        sheet.row(
            [
                label(t, "office.round", duplicate.reason),
                row.agency.name if row else None,
                row.agency.code if row else None,
                duplicate.source,
                duplicate.kept,
                row.assessed_on if row else None,
            ]
        )
    for row in run.stale:
        sheet.row([t("office.round.stale"), row.agency.name, row.agency.code, row.source, None, row.assessed_on])
    sheet.finish()
