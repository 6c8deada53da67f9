"""``audit --format csv``: one row per file, for a spreadsheet.

UTF-8 with a byte-order mark, so Excel shows Vietnamese; CRLF line ends (RFC 4180).
Column names and codes are English (like the JSON report); the error message of a file
that could not be evaluated follows ``--lang``. Files keep the discovery order; ``rank``
gives the ranking. A cell that a spreadsheet would read as a formula (beginning with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return, or their full-width forms) gets a
leading ``'`` so it is shown as text, never run.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.wording import BOM, FORMULA_STARTS, first_error, neutralise
from fourlayer.rounds.audit import AgencyRow, AuditRun

__all__ = ["BOM", "COLUMNS", "FORMULA_STARTS", "neutralise", "render", "render_chunks"]
COLUMNS = (
    "source",
    "status",
    "rank",
    "agency",
    "agency_code",
    "province",
    "assessed_on",
    "checklist",
    "verdict",
    "score",
    "layer1_status",
    "layer1_score",
    "layer2_status",
    "layer2_score",
    "layer3_status",
    "layer3_score",
    "layer4_status",
    "layer4_score",
    "systems",
    "failing_controls",
    "error_count",
    "first_error",
    "partial_controls",
    "duplicate_of",
    "stale",
)
"""``status``: ``evaluated``; ``duplicate`` (evaluated, not counted: ``duplicate_of`` names the
file that counts); ``error`` (could not be evaluated); ``missing`` (on the ``--roster``, no
file: only ``agency`` and ``agency_code`` are filled). ``stale``: ``yes`` when assessed
before ``--since``. Duplicates and missing agencies have no rank."""


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def render(run: AuditRun, options: ReportOptions) -> str:
    return "".join(render_chunks(run, options))


def render_chunks(run: AuditRun, options: ReportOptions) -> Iterator[str]:
    """The CSV a row at a time (written as it comes, never held whole)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    yield BOM + _drain(buffer)
    ranks = run.ranks()
    duplicates = run.duplicate_of()
    for row in run.rows:
        duplicate = duplicates.get(row.source)
        if isinstance(row, AgencyRow):
            layers: list[object] = []
            for number in (1, 2, 3, 4):
                layer = row.layer(number)
                layers += ["", ""] if layer is None else [layer.status.value, _score(layer.score)]
            cells: list[object] = [
                row.source,
                "duplicate" if duplicate else "evaluated",
                ranks.get(row.source),
                row.agency.name,
                row.agency.code,
                row.agency.province,
                row.assessed_on.isoformat(),
                f"{row.checklist_id} v{row.checklist_version}",
                row.verdict.value,
                _score(row.score),
                *layers,
                row.systems,
                " ".join(row.failing_of(run.checklist.ids)),
                0,
                "",
                " ".join(row.partial_of(run.checklist.ids)),
                duplicate.kept if duplicate else "",
                "yes" if run.is_stale(row) else "",
            ]
        else:
            first = first_error(row)
            message = "" if first is None else f"{first.location()}: {first.message(options.lang)} [{first.code}]"
            cells = [
                row.source,
                "duplicate" if duplicate else "error",
                *[""] * 18,
                len(row.errors),
                message,
                "",
                duplicate.kept if duplicate else "",
                "",
            ]
        writer.writerow([neutralise(cell) for cell in cells])
        yield _drain(buffer)
    if run.roster_match is not None:
        for entry in run.roster_match.missing:
            cells = ["", "missing", "", entry.name, entry.code, *[""] * (len(COLUMNS) - 5)]
            writer.writerow([neutralise(cell) for cell in cells])
            yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
