"""``audit``: many assessment files in, one province-wide picture out.

discover → evaluate (in worker processes) → one compact row per file → aggregates.

* Files are found by :func:`fourlayer.discovery.discover` (recursive ``*.yaml``/``*.yml``/``*.xlsx``,
  sorted, symbolic links kept inside the roots given). The same file reached twice (named
  twice, or through a link inside the folder) is evaluated once, at its first place.
* Each worker loads nothing but the settings it is started with (the checklist is sent
  once per worker by the pool initializer), reads its files itself and sends back an
  :class:`AgencyRow` — verdict, scores, layer statuses and the ids of failing controls —
  or, for a file that cannot be evaluated, a :class:`~fourlayer.runner.FileProblems` with
  its located findings. The parent never holds file texts or full evaluations, so memory
  grows only with these rows.
* Rows come back in discovery order whatever ``jobs`` is, so the output of ``--jobs 1``
  (in-process, no pool) and ``--jobs N`` is identical.
* Nothing a file contains stops the run: any failure while evaluating one file becomes
  that file's error row.

A control is *failing* for an agency when at least one of its (control, target) pairs
has the outcome ``fail`` (a partial pair is not failing). ``top_failed`` ranks controls
by the number of agencies failing them; the share is that number over the agencies
evaluated, as a percentage.
"""

from __future__ import annotations

import hashlib
import math
import os
import signal
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from fourlayer.assessment import Agency
from fourlayer.checklist import LAYERS, Checklist
from fourlayer.discovery import Target, discover
from fourlayer.errors import UserError
from fourlayer.evaluation import Evaluation, LayerResult, LayerStatus, Outcome, Verdict, evaluate
from fourlayer.exitcodes import ExitCode
from fourlayer.findings import Finding, finding
from fourlayer.runner import STDIN, FileProblems, Settings, fails_policy, read_target
from fourlayer.validation import check_loaded

TOP_CONTROLS = 10
"""How many of the most-failed controls the report lists."""
VERDICT_ORDER = (Verdict.COMPLIANT, Verdict.PARTIALLY_COMPLIANT, Verdict.NON_COMPLIANT)
STATUS_ORDER = (LayerStatus.MET, LayerStatus.PARTIALLY_MET, LayerStatus.NOT_MET, LayerStatus.NOT_APPLICABLE)


@dataclass(frozen=True, slots=True)
class AgencyRow:
    """What the audit keeps of one evaluated file: enough for every aggregate and format."""

    source: str
    agency: Agency
    assessed_on: date
    checklist_id: str
    checklist_version: str
    verdict: Verdict
    score: float | None
    layers: tuple[LayerResult, ...]
    systems: int
    failing: tuple[str, ...]
    """Ids of the controls with at least one failing pair, in checklist order."""
    notices: tuple[Finding, ...] = ()
    """Warnings from validation (the file was still evaluated)."""
    outcomes: str = ""
    """One letter per control of the checklist, in its order (:data:`OUTCOME_CODES`): the
    agency's outcome on that control, the worst over its targets (fail, partial, pass,
    waived, not applicable); ``-`` where the control does not apply. A string, not a
    tuple of enums: an audit keeps one per agency."""
    pairs: tuple[tuple[str, str | None, str, str], ...] = ()
    """Kept only for ``--record`` (``Settings.keep_outcomes``): per pair (control, system or
    None, outcome, reason codes separated by spaces)."""
    sha256: str | None = None
    """Of the file's bytes; kept only for ``--record``."""

    def layer(self, number: int) -> LayerResult | None:
        return next((item for item in self.layers if item.layer == number), None)

    def outcome(self, index: int) -> Outcome | None:
        """The agency's outcome on the ``index``-th control of the checklist (None: does not apply)."""
        code = self.outcomes[index] if index < len(self.outcomes) else "-"
        return _OUTCOME_OF.get(code)


Row = AgencyRow | FileProblems

OUTCOME_CODES = {Outcome.FAIL: "f", Outcome.PARTIAL: "h", Outcome.PASS: "p", Outcome.WAIVED: "w",
                 Outcome.NOT_APPLICABLE: "n"}
"""The letter of each outcome in :attr:`AgencyRow.outcomes`, worst first."""
_OUTCOME_OF = {code: outcome for outcome, code in OUTCOME_CODES.items()}
_WORST = {outcome: rank for rank, outcome in enumerate(OUTCOME_CODES)}


def outcome_codes(evaluation: Evaluation, control_ids: tuple[str, ...]) -> str:
    """The agency's worst outcome on each of ``control_ids`` as one letter, ``-`` if none."""
    worst: dict[str, Outcome] = {}
    for result in evaluation.results:
        seen = worst.get(result.control)
        if seen is None or _WORST[result.outcome] < _WORST[seen]:
            worst[result.control] = result.outcome
    return "".join(OUTCOME_CODES[worst[cid]] if cid in worst else "-" for cid in control_ids)


def row_of(evaluation: Evaluation, notices: tuple[Finding, ...] = (), control_ids: tuple[str, ...] = (), *,
           keep_pairs: bool = False) -> AgencyRow:
    """The compact row of one evaluation; ``control_ids`` (the checklist's, in order) fill
    :attr:`AgencyRow.outcomes`; ``keep_pairs`` keeps every pair's outcome and the file's
    sha256 (``audit --record``)."""
    failing = dict.fromkeys(r.control for r in evaluation.results if r.outcome is Outcome.FAIL)
    pairs = tuple(
        (r.control, r.system, r.outcome.value, " ".join(reason.value for reason in r.reasons))
        for r in evaluation.results
    ) if keep_pairs else ()
    return AgencyRow(
        source=evaluation.source,
        agency=evaluation.agency,
        assessed_on=evaluation.assessed_on,
        checklist_id=evaluation.checklist_id,
        checklist_version=evaluation.checklist_version,
        verdict=evaluation.verdict,
        score=evaluation.score,
        layers=evaluation.layers,
        systems=len(evaluation.systems),
        failing=tuple(failing),
        notices=notices,
        outcomes=outcome_codes(evaluation, control_ids) if control_ids else "",
        pairs=pairs,
        sha256=_sha256(evaluation.source) if keep_pairs else None,
    )


def _sha256(path: str) -> str | None:
    """The sha256 of a file's bytes (None for standard input, or a file gone meanwhile)."""
    if path == STDIN or not os.path.isfile(path):
        return None
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 16), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def summarise(target: Target, settings: Settings) -> Row:
    """Read, validate and evaluate one file; never raises for anything in it."""
    try:
        checked = check_loaded(read_target(target, settings.limits), settings.checklist)
        if checked.assessment is None:
            return FileProblems(checked.path, checked.findings, given=target.given)
        result = evaluate(checked.checklist or settings.checklist, checked.assessment, settings.as_of,
                          use_waivers=settings.use_waivers)
        return row_of(result, checked.findings, settings.checklist.ids, keep_pairs=settings.keep_outcomes)
    except Exception as error:  # one bad file must never stop the others
        return FileProblems(target.path, (finding(target.path, None, "evaluation-crashed",
                                                  error=type(error).__name__),), given=target.given)


# --- worker processes -----------------------------------------------------------------
_WORKER: dict[str, Settings] = {}


def _start_worker(settings: Settings) -> None:
    """Pool initializer: the checklist arrives once per worker, with the settings.

    Workers ignore Ctrl-C: the parent alone handles it, drops the chunks not started and
    lets the pool wind down cleanly (a worker interrupted mid-write can hang the pool)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER["settings"] = settings


def _work(target: Target) -> Row:
    return summarise(target, _WORKER["settings"])


def default_jobs() -> int:
    """The CPUs this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)  # pragma: no cover - platforms without affinity


def chunk_size(files: int, jobs: int) -> int:
    """Big enough to keep the pipes quiet, small enough to share the work evenly."""
    return max(1, min(64, files // (jobs * 8)))


def unique_targets(paths: list[str]) -> list[Target]:
    """``discover`` with the same file reached twice kept only at its first place. A folder
    named on the command line that cannot be listed stays a named path (exit 2)."""
    seen: set[str] = set()
    named = set(paths) | {str(Path(p)) for p in paths}  # discover spells folders as Path does
    out = []
    for found in discover(paths):
        target = replace(found, given=True) if not found.given and found.path in named else found
        if target.path != STDIN and target.problem is None:
            key = os.path.realpath(target.path)
            if key in seen:
                continue
            seen.add(key)
        out.append(target)
    return out


def evaluate_targets(targets: list[Target], settings: Settings, jobs: int) -> Iterator[Row]:
    """Rows in the order of ``targets``. Standard input, if named, is read here, never in a
    worker (workers have no stdin)."""
    from_stdin = {i: summarise(t, settings) for i, t in enumerate(targets) if t.path == STDIN}
    files = [t for t in targets if t.path != STDIN]
    workers = min(jobs, len(files))
    if workers <= 1:
        rows: Iterator[Row] = (summarise(t, settings) for t in files)
        yield from _merge(len(targets), from_stdin, rows)
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(settings,))
    try:
        yield from _merge(len(targets), from_stdin, pool.map(_work, files, chunksize=chunk_size(len(files), workers)))
    finally:
        # on Ctrl-C or an early stop, drop the chunks not started instead of finishing them
        pool.shutdown(wait=True, cancel_futures=True)


def _merge(total: int, fixed: dict[int, Row], rest: Iterator[Row]) -> Iterator[Row]:
    for index in range(total):
        yield fixed[index] if index in fixed else next(rest)


# --- aggregates -----------------------------------------------------------------------
@dataclass(frozen=True)
class LayerTally:
    """How many agencies have each status on one layer."""

    layer: int
    counts: tuple[tuple[LayerStatus, int], ...]

    def count(self, status: LayerStatus) -> int:
        return dict(self.counts)[status]

    @property
    def met_share(self) -> float | None:
        """Agencies meeting the layer, as a percentage of those to which it applies."""
        applicable = sum(n for status, n in self.counts if status is not LayerStatus.NOT_APPLICABLE)
        return None if not applicable else round(100 * self.count(LayerStatus.MET) / applicable, 2)


@dataclass(frozen=True)
class ControlTally:
    """One of the most-failed controls: how many agencies fail it, and which share."""

    control: str
    layer: int
    severity: str
    failing: int
    share: float


@dataclass(frozen=True)
class Summary:
    files: int
    agencies: int
    errors: int
    verdicts: tuple[tuple[Verdict, int], ...]
    mean: float | None
    median: float | None
    lowest: float | None
    highest: float | None
    layers: tuple[LayerTally, ...]
    top_failed: tuple[ControlTally, ...]

    def verdict_count(self, verdict: Verdict) -> int:
        return dict(self.verdicts)[verdict]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def summarise_rows(rows: tuple[Row, ...], checklist: Checklist, top: int = TOP_CONTROLS) -> Summary:
    agencies = [r for r in rows if isinstance(r, AgencyRow)]
    scores = [r.score for r in agencies if r.score is not None]
    verdicts = Counter(r.verdict for r in agencies)
    layers = []
    for number in LAYERS:
        statuses = Counter(layer.status for r in agencies for layer in r.layers if layer.layer == number)
        layers.append(LayerTally(number, tuple((s, statuses[s]) for s in STATUS_ORDER)))
    failing = Counter(control for r in agencies for control in r.failing)
    order = {cid: index for index, cid in enumerate(checklist.ids)}
    ranked = sorted(failing.items(), key=lambda item: (-item[1], order.get(item[0], len(order)), item[0]))
    tallies = []
    for control_id, count in ranked[:top]:
        control = checklist.control(control_id)
        tallies.append(ControlTally(
            control=control_id,
            layer=control.layer if control else int(control_id[1]),
            severity=control.severity if control else "",
            failing=count,
            share=round(100 * count / len(agencies), 2),
        ))
    return Summary(
        files=len(rows),
        agencies=len(agencies),
        errors=len(rows) - len(agencies),
        verdicts=tuple((v, verdicts[v]) for v in VERDICT_ORDER),
        mean=_round(math.fsum(scores) / len(scores)) if scores else None,
        median=_round(statistics.median(scores)) if scores else None,
        lowest=min(scores) if scores else None,
        highest=max(scores) if scores else None,
        layers=tuple(layers),
        top_failed=tuple(tallies),
    )


def ranking(rows: Iterable[Row]) -> tuple[tuple[int | None, AgencyRow], ...]:
    """Agencies best first: by score (highest first), then verdict, then file name.
    Equal scores share a rank (1, 2, 2, 4); an agency with no score has no rank."""
    agencies = sorted(
        (r for r in rows if isinstance(r, AgencyRow)),
        key=lambda r: (r.score is None, -(r.score or 0.0), VERDICT_ORDER.index(r.verdict), r.source),
    )
    out: list[tuple[int | None, AgencyRow]] = []
    previous: float | None = None
    rank = 0
    for position, row in enumerate(agencies, start=1):
        if row.score is None:
            out.append((None, row))
            continue
        if row.score != previous:
            rank, previous = position, row.score
        out.append((rank, row))
    return tuple(out)


@dataclass(frozen=True)
class AuditRun:
    """Everything ``audit`` found; ``exit_code`` decides the process status."""

    as_of: date
    checklist: Checklist
    use_waivers: bool
    rows: tuple[Row, ...]
    summary: Summary

    @property
    def agencies(self) -> tuple[AgencyRow, ...]:
        return tuple(r for r in self.rows if isinstance(r, AgencyRow))

    @property
    def errors(self) -> tuple[FileProblems, ...]:
        return tuple(r for r in self.rows if isinstance(r, FileProblems))

    @property
    def sources(self) -> tuple[str, ...]:
        """Every file read, in discovery order (a report is never written over one)."""
        return tuple(r.source for r in self.rows)

    def ranking(self) -> tuple[tuple[int | None, AgencyRow], ...]:
        return ranking(self.rows)

    def ranks(self) -> dict[str, int | None]:
        """The rank of each agency, by source."""
        return {row.source: rank for rank, row in self.ranking()}

    def exit_code(self, fail_on: str = "non-compliant", min_score: float | None = None) -> ExitCode:
        """2 when nothing was found or a path named on the command line cannot be read;
        1 when a file could not be evaluated, or an agency fails the policy
        (``--fail-on non-compliant`` | ``partial`` | ``never``, ``--min-score``); else 0."""
        if not self.rows or any(r.unreadable for r in self.errors):
            return ExitCode.ERROR
        if self.errors or any(fails_policy(r.verdict, r.score, fail_on, min_score) for r in self.agencies):
            return ExitCode.FINDINGS
        return ExitCode.OK


Progress = Callable[[int, int], Any]
"""Called as ``progress(done, total)`` after each file."""


DEFAULT_MAX_FILES = 20_000


def run_audit(paths: list[str], settings: Settings, jobs: int = 1, progress: Progress | None = None,
              top: int = TOP_CONTROLS, max_files: int = DEFAULT_MAX_FILES) -> AuditRun:
    """Audit every assessment under ``paths`` with ``jobs`` processes (1: in this process).

    Raises :class:`~fourlayer.errors.UserError` before evaluating anything when the paths hold more than
    ``max_files`` files (a wrong folder, such as a whole disk, is refused at once)."""
    targets = unique_targets(paths)
    if len(targets) > max_files:
        raise UserError("audit.too-many-files", found=len(targets), limit=max_files)
    rows = []
    for done, row in enumerate(evaluate_targets(targets, settings, max(1, jobs)), start=1):
        rows.append(row)
        if progress is not None:
            progress(done, len(targets))
    frozen = tuple(rows)
    return AuditRun(settings.as_of, settings.checklist, settings.use_waivers, frozen,
                    summarise_rows(frozen, settings.checklist, top))
