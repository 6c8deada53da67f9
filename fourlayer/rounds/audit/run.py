"""An audit's run: the rows of its files, their aggregates, its round (duplicates, stale
files, the roster) and its exit code (:class:`AuditRun`); :func:`run_audit` does it all."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from fourlayer.errors import UserError
from fourlayer.exitcodes import ExitCode
from fourlayer.model.checklist import Checklist
from fourlayer.model.figures import share
from fourlayer.rounds.audit.duplicates import Duplicate, find_duplicates
from fourlayer.rounds.audit.rows import OUTCOME_CODES, AgencyRow, ProblemRow, Row
from fourlayer.rounds.audit.summary import TOP_CONTROLS, Summary, ranking, summarise_rows
from fourlayer.rounds.audit.workers import evaluate_targets, file_identity, unique_targets
from fourlayer.rounds.roster import Roster, RosterMatch, match_roster
from fourlayer.runner import STDIN, FileProblems, Settings, fails_policy


@dataclass(frozen=True)
class AuditRun:
    """Everything ``audit`` found; ``exit_code`` decides the process status."""

    as_of: date
    checklist: Checklist
    use_waivers: bool
    rows: tuple[Row, ...]
    summary: Summary
    duplicates: tuple[Duplicate, ...] = ()
    """Files not counted (another file of the same submission counts), in row order."""
    since: date | None = None
    """``--since``: files assessed before it are stale."""
    roster: Roster | None = None
    roster_match: RosterMatch | None = None
    """With ``--roster``: who submitted, who sent only files with errors, who is missing."""

    @cached_property
    def skipped(self) -> frozenset[str]:
        """The sources of the duplicates."""
        return frozenset(d.source for d in self.duplicates)

    def duplicate_of(self) -> dict[str, Duplicate]:
        """Each duplicate by its source."""
        return {d.source: d for d in self.duplicates}

    @property
    def agencies(self) -> tuple[AgencyRow, ...]:
        """Every evaluated file, duplicates included (each flagged by :meth:`duplicate_of`)."""
        return tuple(r for r in self.rows if isinstance(r, AgencyRow))

    @cached_property
    def counted(self) -> tuple[AgencyRow, ...]:
        """The evaluated files that count: one per agency (built once: every per-control
        list of :meth:`agencies_of` walks it)."""
        skip = self.skipped
        return tuple(r for r in self.rows if isinstance(r, AgencyRow) and r.source not in skip)

    @property
    def errors(self) -> tuple[FileProblems, ...]:
        return tuple(r for r in self.rows if isinstance(r, FileProblems))

    def is_stale(self, row: AgencyRow) -> bool:
        return self.since is not None and row.assessed_on < self.since

    @property
    def stale(self) -> tuple[AgencyRow, ...]:
        """Evaluated files assessed before ``--since`` (duplicates included), in row order."""
        return tuple(r for r in self.agencies if self.is_stale(r))

    @property
    def missing(self) -> tuple[tuple[str | None, str], ...]:
        """``(code, name)`` of the roster's agencies that did not submit ("chưa nộp")."""
        if self.roster_match is None:
            return ()
        return tuple((e.code, e.name) for e in self.roster_match.missing)

    def agencies_of(self, control: str) -> tuple[tuple[AgencyRow, ...], tuple[AgencyRow, ...]]:
        """The counted agencies failing ``control``, and those partly meeting it, in row order.
        Found in the rows when asked (nothing is kept per control)."""
        counted = self.counted
        index = self.checklist.ids.index(control) if control in self.checklist.ids else -1
        return (
            tuple(r for r in counted if 0 <= index < len(r.outcomes) and r.outcomes[index] == "f"),
            tuple(r for r in counted if 0 <= index < len(r.outcomes) and r.outcomes[index] == "h"),
        )

    def outcome_counts(self) -> list[dict[str, int]]:
        """Per control of the checklist (in its order): how many counted agencies have each
        outcome letter (:data:`OUTCOME_CODES`) on it."""
        ids = self.checklist.ids
        tallies = [dict.fromkeys(OUTCOME_CODES.values(), 0) for _ in ids]
        for row in self.counted:
            for index, code in enumerate(row.outcomes[: len(ids)]):
                if code in tallies[index]:
                    tallies[index][code] += 1
        return tallies

    def failing_share(self, failing: int) -> float | None:
        """``failing`` agencies as a percentage of the agencies counted (the one rounding)."""
        return share(failing, len(self.counted))

    @property
    def sources(self) -> tuple[str, ...]:
        """Every file read, in discovery order (a report is never written over one)."""
        return tuple(r.source for r in self.rows) + ((self.roster.source,) if self.roster else ())

    def ranking(self) -> tuple[tuple[int | None, AgencyRow], ...]:
        return ranking(self.rows, self.skipped)

    def ranks(self) -> dict[str, int | None]:
        """The rank of each counted agency, by source."""
        return {row.source: rank for rank, row in self.ranking()}

    def exit_code(self, fail_on: str = "non-compliant", min_score: float | None = None) -> ExitCode:
        """2 when nothing was found or a path named on the command line cannot be read;
        1 when a file could not be evaluated, or an agency fails the policy
        (``--fail-on non-compliant`` | ``partial`` | ``never``, ``--min-score``); else 0.
        Missing, duplicate and stale submissions are reported, not failed on."""
        if not self.rows or any(r.unreadable for r in self.errors):
            return ExitCode.ERROR
        if self.errors or any(fails_policy(r.verdict, r.score, fail_on, min_score) for r in self.counted):
            return ExitCode.FINDINGS
        return ExitCode.OK


def assemble(
    as_of: date,
    checklist: Checklist,
    use_waivers: bool,
    rows: tuple[Row, ...],
    top: int = TOP_CONTROLS,
    since: date | None = None,
    roster: Roster | None = None,
) -> AuditRun:
    """The run of these rows: duplicates found, aggregates of the counted, the roster matched."""
    duplicates = find_duplicates(rows)
    skip = frozenset(d.source for d in duplicates)
    match = None
    if roster is not None:
        match = match_roster(
            roster,
            (
                (r.source, r.agency.code, r.agency.name)
                for r in rows
                if isinstance(r, AgencyRow) and r.source not in skip
            ),
            ((r.source, *_named(r)) for r in rows if isinstance(r, FileProblems) and r.source not in skip),
        )
    return AuditRun(
        as_of,
        checklist,
        use_waivers,
        rows,
        summarise_rows(rows, checklist, top, skip),
        duplicates=duplicates,
        since=since,
        roster=roster,
        roster_match=match,
    )


def _named(row: FileProblems) -> tuple[str | None, str | None]:
    """``(code, name)`` of a file that could not be evaluated, as far as it could be read."""
    agency = row.agency if isinstance(row, ProblemRow) else None
    return (None, None) if agency is None else (agency.code, agency.name)


Progress = Callable[[int, int], Any]
"""Called as ``progress(done, total)`` after each file."""


DEFAULT_MAX_FILES = 20_000


def run_audit(
    paths: list[str],
    settings: Settings,
    jobs: int = 1,
    progress: Progress | None = None,
    top: int = TOP_CONTROLS,
    max_files: int = DEFAULT_MAX_FILES,
    since: date | None = None,
    roster: Roster | None = None,
) -> AuditRun:
    """Audit every assessment under ``paths`` with ``jobs`` processes (1: in this process).

    Raises :class:`~fourlayer.errors.UserError` before evaluating anything when the paths hold more than
    ``max_files`` files (a wrong folder, such as a whole disk, is refused at once)."""
    targets = unique_targets(paths)
    if roster is not None and os.path.exists(roster.source):  # the roster is no agency's submission
        listed = file_identity(roster.source)
        targets = [t for t in targets if t.path == STDIN or t.problem is not None or file_identity(t.path) != listed]
    if len(targets) > max_files:
        raise UserError("audit.too-many-files", found=len(targets), limit=max_files)
    rows = []
    for done, row in enumerate(evaluate_targets(targets, settings, max(1, jobs)), start=1):
        rows.append(row)
        if progress is not None:
            progress(done, len(targets))
    return assemble(settings.as_of, settings.checklist, settings.use_waivers, tuple(rows), top, since, roster)
