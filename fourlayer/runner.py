"""The core of ``check`` and ``validate``: files in, immutable run results out.

The CLI builds a :class:`Settings`, calls ``run_check`` or ``run_validate`` and hands
the result to a reporter; the result owns the exit code.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from fourlayer.exitcodes import ExitCode
from fourlayer.model.assessment import KeyPath
from fourlayer.model.checklist import Checklist
from fourlayer.model.evaluation import Evaluation, Verdict, evaluate
from fourlayer.reading.discovery import Target, discover, other_spreadsheet
from fourlayer.reading.findings import Finding, finding
from fourlayer.reading.loading import DEFAULT_LIMITS, Limits, LoadResult, decode_text, load_file, parse_text
from fourlayer.reading.locations import Locator
from fourlayer.reading.validation import Checked, check_loaded
from fourlayer.reading.workbook import is_workbook

STDIN = "-"
STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class Settings:
    """What a run needs besides its files: the checklist, the evaluation date, the waiver policy and the limits."""

    checklist: Checklist
    as_of: date
    use_waivers: bool = True
    limits: Limits = DEFAULT_LIMITS
    locate: bool = False
    """Resolve every result to a line and column (formats that point at lines need it)."""
    keep_outcomes: bool = False
    """``audit --record``: keep every pair's outcome and the file's sha256 in the audit rows."""
    keep_yearly: bool = False
    """``audit --format form08``: keep each file's yearly report content (Form 08) in its row."""


@dataclass(frozen=True)
class FileProblems:
    """One file's findings; ``given`` is True when the user named the path itself."""

    source: str
    findings: tuple[Finding, ...]
    given: bool = True

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    @property
    def unreadable(self) -> bool:
        """The named path could not be read at all (a usage problem, exit 2)."""
        return self.given and any(f.line is None and f.code in UNREADABLE for f in self.findings)


def fails_policy(verdict: Verdict, score: float | None, fail_on: str, min_score: float | None) -> bool:
    """Whether one agency's result fails ``--fail-on`` (``non-compliant``: a non-compliant
    verdict; ``partial``: anything short of compliant; ``never``) or ``--min-score``."""
    if fail_on == "non-compliant" and verdict is Verdict.NON_COMPLIANT:
        return True
    if fail_on == "partial" and verdict is not Verdict.COMPLIANT:
        return True
    return min_score is not None and score is not None and score < min_score


UNREADABLE = frozenset(
    {
        "file-not-found",
        "permission-denied",
        "file-unreadable",
        "path-unreadable",
        "is-directory",
        "not-regular-file",
        "stdin-unavailable",
    }
)
Marks = dict[tuple[str, KeyPath], tuple[int, int]]


@dataclass(frozen=True)
class CheckRun:
    """Everything ``check`` found. ``exit_code`` decides the process status."""

    as_of: date
    checklist: Checklist
    evaluations: tuple[Evaluation, ...]
    failures: tuple[FileProblems, ...]
    notices: tuple[Finding, ...] = ()
    marks: Marks = field(default_factory=dict, compare=False)

    def exit_code(self, fail_on: str = "non-compliant", min_score: float | None = None) -> ExitCode:
        """2 when a file could not be evaluated; 1 when a report fails the policy:
        ``--fail-on non-compliant`` (any non-compliant verdict), ``partial`` (anything
        short of compliant), ``never``; or a score below ``--min-score``; else 0."""
        if self.failures or not self.evaluations:
            return ExitCode.ERROR
        if any(fails_policy(item.verdict, item.score, fail_on, min_score) for item in self.evaluations):
            return ExitCode.FINDINGS
        return ExitCode.OK

    def mark(self, source: str, path: KeyPath) -> tuple[int, int] | None:
        return self.marks.get((source, path))


@dataclass(frozen=True)
class ValidationRun:
    """What ``validate`` found: the findings of each file, in the order the files were given."""

    files: tuple[FileProblems, ...]

    def exit_code(self) -> ExitCode:
        """2 when a named path cannot be read or nothing was given; 1 when any file has an
        error; else 0 (warnings alone do not fail)."""
        if not self.files or any(f.unreadable for f in self.files):
            return ExitCode.ERROR
        return ExitCode.FINDINGS if any(f.errors for f in self.files) else ExitCode.OK


def other_format(path: str, kind: str) -> Finding:
    """A spreadsheet in another format: what it is and how to make it readable (a CSV may
    also be the roster, put in the wrong place)."""
    hint = "hint.spreadsheet-other-format-csv" if kind == "csv" else "hint.spreadsheet-other-format"
    return finding(path, None, "spreadsheet-other-format", hint=hint, kind=kind.upper())


def _head(path: str) -> bytes:
    """A regular file's first bytes (empty when it is none or cannot be read: the reader
    then says why; a FIFO is never opened here, it would wait)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return b""
        with open(path, "rb") as handle:
            return handle.read(128)
    except OSError:
        return b""


def read_target(target: Target, limits: Limits) -> LoadResult:
    """Load one target: a file, or standard input for ``-``."""
    if target.path == STDIN:
        stream = getattr(sys.stdin, "buffer", None)  # sys.stdin is None when descriptor 0 is closed
        try:
            if stream is None:
                raise OSError("closed")
            raw = stream.read(limits.max_bytes + 1)
        except (OSError, ValueError):  # closed, or not readable (opened for writing only)
            return LoadResult(STDIN_NAME, None, None, (finding(STDIN_NAME, None, "stdin-unavailable"),))
        if len(raw) > limits.max_bytes:
            return LoadResult(
                STDIN_NAME,
                None,
                None,
                (finding(STDIN_NAME, None, "file-too-large", size=len(raw), limit=limits.max_bytes),),
            )
        kind = other_spreadsheet(STDIN_NAME, raw[:128])
        if kind is not None:
            return LoadResult(STDIN_NAME, None, None, (other_format(STDIN_NAME, kind),))
        text, problem = decode_text(raw, STDIN_NAME)
        if text is None:
            assert problem is not None
            return LoadResult(STDIN_NAME, None, None, (problem,))
        return parse_text(text, STDIN_NAME, limits)
    if target.problem is not None:
        return LoadResult(target.path, None, None, (finding(target.path, None, target.problem),))
    # a workbook's own reader tells an old or password-protected .xlsx apart (both OLE files)
    kind = None if is_workbook(target.path) else other_spreadsheet(target.path, _head(target.path))
    if kind is not None:
        return LoadResult(target.path, None, None, (other_format(target.path, kind),))
    if is_workbook(target.path):
        from fourlayer.reading.workbook.reader import read_workbook  # openpyxl only when a workbook is read

        return read_workbook(target.path, target.path, limits)
    return load_file(target.path, target.path, limits)


def check_targets(paths: list[str], settings: Settings, model: bool = True) -> Iterator[tuple[Target, Checked]]:
    """Each file, read and validated (and modelled, with ``model``), one at a time: nothing
    of a file outlives its turn."""
    for target in discover(paths):
        loaded = read_target(target, settings.limits)
        yield target, check_loaded(loaded, settings.checklist, model)


def run_validate(paths: list[str], settings: Settings) -> ValidationRun:
    return ValidationRun(
        tuple(
            FileProblems(checked.path, checked.findings, given=target.given)
            for target, checked in check_targets(paths, settings, model=False)
        )
    )


def run_check(paths: list[str], settings: Settings) -> CheckRun:
    evaluations: list[Evaluation] = []
    failures: list[FileProblems] = []
    notices: list[Finding] = []
    marks: Marks = {}
    for target, checked in check_targets(paths, settings):
        if checked.assessment is None:
            failures.append(FileProblems(checked.path, checked.findings, given=target.given))
            continue
        notices.extend(checked.findings)
        result = evaluate(
            checked.checklist or settings.checklist,
            checked.assessment,
            settings.as_of,
            use_waivers=settings.use_waivers,
        )
        evaluations.append(result)
        if settings.locate:
            locator = checked.locator if checked.locator is not None else Locator(checked.text)
            for pair in result.results:
                found = locator.key(pair.path)
                if found is not None:
                    marks[(checked.path, pair.path)] = found
    return CheckRun(
        settings.as_of,
        run_checklist(evaluations, settings.checklist),
        tuple(evaluations),
        tuple(failures),
        tuple(notices),
        marks,
    )


def run_checklist(evaluations: list[Evaluation], default: Checklist) -> Checklist:
    """The checklist a run reports with: the one every file was evaluated against when they
    agree (e.g. all name version 1), else ``default``."""
    used = {id(item.checklist): item.checklist for item in evaluations if item.checklist is not None}
    return next(iter(used.values())) if len(used) == 1 else default
