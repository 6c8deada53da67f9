"""``history --format csv``: one row per agency per round it was evaluated in, for a spreadsheet.

UTF-8 with a byte-order mark and CRLF line ends, like ``audit --format csv``; English
column names; cells a spreadsheet would run as formulas are neutralised. ``change`` is the
score change since the round before (empty when not comparable, see ``docs/history.md``).
"""

from __future__ import annotations

import csv
import io

from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.wording import BOM, neutralise
from fourlayer.rounds.history import History, iter_rows

COLUMNS = (
    "round",
    "as_of",
    "checklist",
    "agency",
    "agency_code",
    "source",
    "score",
    "change",
    "verdict",
    "layer1_status",
    "layer2_status",
    "layer3_status",
    "layer4_status",
)


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def render(history: History, options: ReportOptions, titles: dict[str, str] | None = None) -> str:
    del options, titles  # column names and codes are English, like the other CSV
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for track, item, entry in iter_rows(history):
        statuses = dict(entry.layers)
        text = [neutralise(v) for v in (item.label, item.as_of, item.checklist, track.name, track.code, entry.source)]
        writer.writerow(
            [
                *text,
                _number(entry.score),
                _number(entry.change),
                entry.verdict,
                *(statuses.get(n, "") for n in (1, 2, 3, 4)),
            ]
        )
    return BOM + buffer.getvalue()
