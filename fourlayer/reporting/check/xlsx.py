"""``check --format xlsx``: each agency's result as a workbook.

Sheets, in order: summary (one row per file evaluated: verdict, score, each layer's
status and score); results (every applicable control × target: outcome, reasons, the
guidance and the legal sources); files that could not be evaluated (every located error).
"""

from __future__ import annotations

from fourlayer.i18n import Translator, label
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.grouping import MAX_SHEET_ROWS
from fourlayer.reporting.office.text import target_parts
from fourlayer.reporting.office.xlsx import Column, Workbook, errors_sheet, layer_cells, layer_columns, outcome_fills
from fourlayer.reporting.settings import handling_line
from fourlayer.reporting.wording import reasons_text, references_text
from fourlayer.runner import CheckRun


def render(run: CheckRun, options: ReportOptions) -> bytes:
    t = options.t
    with Workbook(t, run.as_of, t("office.check.subject"), handling=handling_line(options.document)) as book:
        _summary(book, run, t)
        _results(book, run, t)
        errors_sheet(book, run.failures)
        return book.close()


def _summary(book: Workbook, run: CheckRun, t: Translator) -> None:
    columns = [
        Column("report.file", 30),
        Column("report.agency", 40, wrap=True),
        Column("office.col.code", 18),
        Column("office.col.province", 14),
        Column("report.assessed-on", 14),
        Column("report.as-of", 14),
        Column("report.checklist", 16),
        Column("report.verdict", 20),
        Column("report.score", 10),
        *layer_columns(t),
        Column("office.col.systems", 12),
        Column("office.waivers", 24),
    ]
    sheet = book.add_sheet("office.sheet.summary", columns)
    for item in run.evaluations:
        sheet.row(
            [
                item.source,
                item.agency.name,
                item.agency.code,
                item.agency.province,
                item.assessed_on,
                item.as_of,
                f"{item.checklist_id} v{item.checklist_version}",
                label(t, "verdict", item.verdict),
                item.score,
                *layer_cells(item.layers, t),
                len(item.systems),
                t("office.waivers-ignored" if item.waivers_ignored else "office.waivers-counted"),
            ]
        )
    sheet.finish()


def _results(book: Workbook, run: CheckRun, t: Translator) -> None:
    sheet = book.add_sheet(
        "office.sheet.results",
        [
            Column("report.file", 24),
            Column("report.agency", 30),
            Column("office.col.control", 10),
            Column("report.layer", 8),
            Column("office.col.severity", 14),
            Column("office.col.title", 44, wrap=True),
            Column("office.col.target", 16),
            Column("office.col.system-name", 30, wrap=True),
            Column("report.level", 8),
            Column("office.col.outcome", 16),
            Column("office.col.reasons", 30, wrap=True),
            Column("office.col.due", 14),
            Column("office.col.note", 30, wrap=True),
            Column("report.next-step", 60, wrap=True),
            Column("report.legal-basis", 50, wrap=True),
        ],
    )
    for item in run.evaluations:
        for result in item.results[:MAX_SHEET_ROWS]:
            control = item.checklist.control(result.control)
            target, name, level = target_parts(item, result.system, t)
            answer = result.answer
            sheet.row(
                [
                    item.source,
                    item.agency.name,
                    result.control,
                    result.layer,
                    label(t, "severity", result.severity),
                    control.title.get(t.lang) if control else None,
                    target,
                    name,
                    level,
                    label(t, "outcome", result.outcome),
                    reasons_text(result, t) or None,
                    answer.due if answer else None,
                    answer.note if answer else None,
                    control.guidance.get(t.lang) if control else None,
                    references_text(control, t, escape=False, day=item.as_of) if control else None,
                ]
            )
        if len(item.results) > MAX_SHEET_ROWS:  # one row counts the rest: the sheet stays bounded
            omitted = [
                item.source,
                item.agency.name,
                None,
                None,
                None,
                t("report.rows-omitted", count=len(item.results) - MAX_SHEET_ROWS),
            ]
            sheet.row(omitted + [None] * (len(sheet.columns) - len(omitted)))
    sheet.colour_cells(9, 9, outcome_fills(t))
    sheet.finish()
