"""Gaps grouped by control, and lists capped: what keeps a report bounded.

A control that fails on 300 systems is one gap with a list of 300 systems, not 300 copies
of its title, guidance and legal basis. The console report (full and ``--summary``) shows a
group once and names at most ``MAX_LISTED`` targets, then "… and N more"; SARIF, JUnit and
GitHub annotations keep one entry per pair but cap how many a file emits
(``MAX_RESULTS_PER_FILE``, ``MAX_ANNOTATIONS_PER_FILE``); the JSON report keeps every pair.

Used by the reporters of ``check``; issue 17's due dates, notes and ``--summary`` build on
the same groups (each group keeps its ``PairResult`` objects, answers included).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from fourlayer.model.evaluation import OUTCOME_RANK, Outcome, PairResult, Reason

T = TypeVar("T")

MAX_LISTED = 20
"""Targets (the agency, systems) named for one group in a text format; the rest are counted."""

MAX_ROWS = 50
"""Rows of a per-system table or warnings listed in the console report; the rest are counted."""
MAX_RESULTS_PER_FILE = 1_000
"""Results (SARIF) or test cases (JUnit) written for one file; one more says how many were left out."""
MAX_ANNOTATIONS_PER_FILE = 50
"""GitHub annotations for one file (GitHub shows ten of each kind per step anyway)."""

MAX_DOCUMENT_ROWS = 500
"""Rows of a table, or gaps, listed for one agency in an HTML page or a .docx report; the
rest are counted in one line (``report.rows-omitted``): a page stays readable and its size
bounded whatever the file holds (10,000 systems wrote a 226 MB page)."""
MAX_SHEET_ROWS = 20_000
"""Rows one file gives a results sheet of an .xlsx report; one more row counts the rest."""

GAP_OUTCOMES = frozenset({Outcome.FAIL, Outcome.PARTIAL})


def capped(items: Sequence[T], limit: int = MAX_LISTED) -> tuple[Sequence[T], int]:
    """The first ``limit`` items and how many more there are."""
    if len(items) <= limit:
        return items, 0
    return items[:limit], len(items) - limit


@dataclass(frozen=True)
class Subgroup:
    """The pairs of one control with the same outcome and reasons."""

    outcome: Outcome
    reasons: tuple[Reason, ...]
    results: tuple[PairResult, ...]

    @property
    def targets(self) -> tuple[str | None, ...]:
        """System ids in file order; ``None`` is the agency."""
        return tuple(r.system for r in self.results)


@dataclass(frozen=True)
class ControlGroup:
    """Every shown pair of one control, agency first, then systems in file order."""

    control: str
    layer: int
    severity: str
    results: tuple[PairResult, ...]

    @property
    def outcome(self) -> Outcome:
        """The worst outcome among the pairs (fail before partial)."""
        return min((r.outcome for r in self.results), key=OUTCOME_RANK.__getitem__)

    @property
    def targets(self) -> tuple[str | None, ...]:
        return tuple(r.system for r in self.results)

    def subgroups(self) -> list[Subgroup]:
        """Pairs with the same outcome and reasons together, worst first, in file order within."""
        found: dict[tuple[Outcome, tuple[Reason, ...]], list[PairResult]] = {}
        for result in self.results:
            found.setdefault((result.outcome, result.reasons), []).append(result)
        keys = sorted(found, key=lambda k: OUTCOME_RANK[k[0]])
        return [Subgroup(outcome, reasons, tuple(found[(outcome, reasons)])) for outcome, reasons in keys]


def group_by_control(
    results: Iterable[PairResult], keep: Callable[[PairResult], bool] = lambda r: r.outcome in GAP_OUTCOMES
) -> list[ControlGroup]:
    """The kept pairs grouped by control, controls in the order they first appear (the
    evaluation's order: the checklist's). Linear in the number of pairs."""
    groups: dict[str, list[PairResult]] = {}
    for result in results:
        if keep(result):
            groups.setdefault(result.control, []).append(result)
    return [ControlGroup(control, pairs[0].layer, pairs[0].severity, tuple(pairs)) for control, pairs in groups.items()]


def targets_text(
    targets: Sequence[str | None], agency: str, more: Callable[[int], str], limit: int = MAX_LISTED
) -> str:
    """``agency, portal, mail … and 12 more``: the named targets of a group, capped.
    ``agency`` is how the agency is named; ``more(n)`` words the count of the rest."""
    shown, rest = capped(targets, limit)
    text = ", ".join(agency if target is None else target for target in shown)
    return f"{text} {more(rest)}" if rest else text
