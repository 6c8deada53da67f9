"""Figures: a score, a mean, a delta, a share, and how each is rounded — written once.

The evaluation's score, ``audit``'s means and shares, ``diff``'s and ``history``'s deltas
all come from here; reporters read the values (they never compute a mean, a delta or a
share themselves). Percentages and scores are rounded once, to two decimals
(:data:`DECIMALS`), when the figure is made; a mean is ``math.fsum`` of the scores over
their count, ``None`` when no agency has a score.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

DECIMALS = 2
"""Every score, mean, delta and share is rounded to this many decimals, once, here."""


def rounded(value: float | None) -> float | None:
    """The one rounding of a score, mean, delta or share."""
    return None if value is None else round(value, DECIMALS)


def mean(scores: Iterable[float | None]) -> float | None:
    """The mean of the scores that exist (an agency with nothing counted has none), rounded."""
    present = [s for s in scores if s is not None]
    return rounded(math.fsum(present) / len(present)) if present else None


def delta(before: float | None, after: float | None) -> float | None:
    """``after - before`` rounded; ``None`` when either is missing."""
    return None if before is None or after is None else rounded(after - before)


def share(part: int, whole: int) -> float | None:
    """``part`` as a percentage of ``whole``, rounded; ``None`` when ``whole`` is 0."""
    return rounded(100 * part / whole) if whole else None


def direction(change: float | None) -> str:
    """How a score moved: ``up``, ``down`` or ``same`` (``None``: not compared)."""
    if change is None:
        return "none"
    return "up" if change > 0 else "down" if change < 0 else "same"
