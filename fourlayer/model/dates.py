"""Calendar arithmetic the evaluation rules rely on."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

_ISO = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_DAY_FIRST = re.compile(r"^\s*([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})\s*$")


@lru_cache(maxsize=8192)  # the same dates recur in every file of an audit
def parse_iso(text: str) -> date | None:
    """``2026-09-30`` as a date; ``None`` for anything else, impossible dates included."""
    match = _ISO.match(text)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def day_first_equivalent(text: str) -> str | None:
    """``30/09/2026`` (the way dates are written in Vietnam) as ``2026-09-30``, if valid."""
    match = _DAY_FIRST.match(text)
    if match is None:
        return None
    try:
        return date(int(match[3]), int(match[2]), int(match[1])).isoformat()
    except ValueError:
        return None


def add_months(start: date, months: int) -> date:
    """Calendar months, the day clamped to the month's end: 2026-01-31 + 1 = 2026-02-28.

    Past the last representable date the answer is ``date.max`` (evidence dated 9999-12-31
    is simply never stale)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    if year > date.max.year:
        return date.max
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def add_days(start: date, days: int) -> date:
    """``start`` + ``days``, stopping at ``date.max`` instead of overflowing."""
    if (date.max - start).days < days:
        return date.max
    return start + timedelta(days=days)
