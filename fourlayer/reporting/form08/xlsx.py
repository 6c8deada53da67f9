"""``check``/``audit --format form08-xlsx``: the yearly report's table (Decree 331/2026 Form 08,
section 3) as a workbook, for those who send data rather than a letter.

Sheets: the table (the form's twelve columns with its headings, one row per system, the cells
worded as in the letter; ``audit`` adds the agency of each row); section 1 (the counts, the
same figures as the letter); what is still to fill in. Blanks are the form's dotted line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fourlayer.model import form08
from fourlayer.reporting.office.xlsx import Column, Workbook, errors_sheet
from fourlayer.reporting.settings import handling_line
from fourlayer.reporting.yearly_text import cells, check_reports, count_lines, grouped_missing, headers, in_force

if TYPE_CHECKING:
    from datetime import date

    from fourlayer.i18n import Translator
    from fourlayer.reporting.base import ReportOptions
    from fourlayer.rounds.audit import AuditRun
    from fourlayer.runner import CheckRun, FileProblems

WIDTHS = [6, 36, 26, 26, 9, 18, 32, 32, 14, 22, 14, 22]


def render_check(run: CheckRun, options: ReportOptions) -> bytes:
    reports = check_reports(run)
    return _book(
        options.t,
        run.as_of,
        reports,
        with_agency=len(reports) > 1,
        errors=list(run.failures),
        handling=handling_line(options.document),
    )


def render_audit(run: AuditRun, options: ReportOptions) -> bytes:
    in_force(run.as_of)
    reports = [row.yearly for row in run.counted if row.yearly is not None]
    skipped = run.skipped
    return _book(
        options.t,
        run.as_of,
        reports,
        with_agency=True,
        errors=[problem for problem in run.errors if problem.source not in skipped],
        handling=handling_line(options.document),
    )


def _book(
    t: Translator,
    as_of: date,
    reports: list[form08.AgencyReport],
    *,
    with_agency: bool,
    errors: list[FileProblems] | None = None,
    handling: str | None = None,
) -> bytes:
    rows = [row for report in reports for row in report.rows]
    with Workbook(t, as_of, t("form08.doc.subject"), handling=handling) as book:
        columns = [
            Column(header, width, wrap=True, literal=True) for header, width in zip(headers(t), WIDTHS, strict=True)
        ]
        if with_agency:
            columns.append(Column("form08.col.agency", 30, wrap=True))
        sheet = book.add_sheet("form08.sheet", columns)
        for number, row in enumerate(rows, start=1):
            values: list[object] = list(cells(row, number, t))
            values[0], values[4] = number, row.level
            if with_agency:
                values.append(row.agency)
            sheet.row(values)
        sheet.finish()
        general = book.add_sheet("form08.doc.s1", [Column("office.col.item", 120, wrap=True)])
        for line in count_lines(form08.counts(rows), t):
            general.row([line])
        general.finish()
        missing = [item for report in reports for item in report.missing]
        todo = book.add_sheet("form08.sheet.missing", [Column("form08.sheet.missing", 120, wrap=True)])
        for line in grouped_missing(missing, t, with_agency=with_agency):
            todo.row([line])
        todo.finish()
        if errors:  # the files the counts leave out, with every located error
            errors_sheet(book, errors)
        return book.close()
