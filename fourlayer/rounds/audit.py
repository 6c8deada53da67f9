"""``audit``: many assessment files in, one province-wide picture out.

discover → evaluate (in worker processes) → one compact row per file → aggregates.

* Files are found by :func:`fourlayer.reading.discovery.discover` (recursive ``*.yaml``/``*.yml``/``*.xlsx``,
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
has the outcome ``fail``; it is *partial* for the agency when none fails and at least one
is ``partial``. ``top_failed`` ranks controls by the number of agencies failing them, then
by the number partially meeting them (a control only partially met by anyone still
appears, after every failed one); the shares are those numbers over the agencies counted,
as percentages. The agencies of one control are not stored: :meth:`AuditRun.agencies_of`
finds them again in the rows when a report asks (a few pointers per agency, never copies).

**The round** (``--roster``, ``--since``, duplicates; ``docs/audit.md``):

* Two evaluated files of the same agency (:func:`fourlayer.rounds.compare.group_agencies`: the same
  ``agency.code``; a file without a code is the same agency as a file with the same name)
  are *duplicates*; the same content (same text) always is. One counts: the newest
  ``assessed_on``, then the shorter file name (a copy gets a suffix: ``x (1).yaml``, ``x -
  Copy.yaml``), then the first in discovery order. The others are kept as rows, flagged
  with the file that counts, and left out of every aggregate, the ranking and the roster.
  Files that could not be evaluated are duplicates only when their content is the same.
* A file whose ``assessed_on`` is before ``--since`` is *stale*: flagged, still counted.
* With a roster, each entry is submitted (a counted agency matches it), submitted but not
  evaluable (only a file with errors names it), or *missing* ("chưa nộp").
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import signal
import statistics
import struct
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from fourlayer.collector import settle
from fourlayer.errors import UserError
from fourlayer.exitcodes import ExitCode
from fourlayer.model.assessment import Agency
from fourlayer.model.checklist import LAYERS, Checklist, id_map
from fourlayer.model.evaluation import (
    OUTCOME_ORDER,
    OUTCOME_RANK,
    Evaluation,
    LayerResult,
    LayerStatus,
    Outcome,
    Verdict,
    evaluate,
)
from fourlayer.model.figures import mean, rounded, share
from fourlayer.model.form08 import AgencyReport, report_of
from fourlayer.reading.discovery import Target, discover
from fourlayer.reading.findings import Finding, finding
from fourlayer.reading.validation import check_loaded
from fourlayer.rounds.compare import carry, group_agencies
from fourlayer.rounds.roster import Roster, RosterMatch, match_roster
from fourlayer.runner import STDIN, FileProblems, Settings, fails_policy, read_target

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
    tallies: bytes
    """The layers (:attr:`layers`) packed by :func:`pack_layers`: an audit keeps one row per
    file, and four ``LayerResult`` objects with their tuples were more than half of a row."""
    systems: int
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
    digest: bytes = b""
    """A 16-byte hash of the file's text: the same content is the same submission."""
    yearly: AgencyReport | None = None
    """The file's yearly report content (Form 08); kept only for ``audit --format form08``
    (``Settings.keep_yearly``)."""

    @property
    def layers(self) -> tuple[LayerResult, ...]:
        return unpack_layers(self.tallies)

    def layer(self, number: int) -> LayerResult | None:
        return next((item for item in self.layers if item.layer == number), None)

    def failing_of(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        """Ids of the controls with at least one failing pair, in checklist order; ``ids`` are
        the checklist's ids (read from :attr:`outcomes`, like :meth:`partial_of`)."""
        return tuple(ids[i] for i, code in enumerate(self.outcomes[: len(ids)]) if code == "f")

    def partial_of(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        """Ids of the controls the agency partly meets (no pair fails, one is partial), in
        checklist order; ``ids`` are the checklist's ids (read from :attr:`outcomes`, so no
        row keeps a second list)."""
        return tuple(ids[i] for i, code in enumerate(self.outcomes[: len(ids)]) if code == "h")

    def outcome(self, index: int) -> Outcome | None:
        """The agency's outcome on the ``index``-th control of the checklist (None: does not apply)."""
        code = self.outcomes[index] if index < len(self.outcomes) else "-"
        return _OUTCOME_OF.get(code)


@dataclass(frozen=True)
class ProblemRow(FileProblems):
    """A file that could not be evaluated, with what the audit needs of it besides its
    findings: its agency when that much could be read (for the roster), and its digest."""

    agency: Agency | None = None
    digest: bytes = b""


Row = AgencyRow | FileProblems

OUTCOME_CODES = {
    Outcome.FAIL: "f",
    Outcome.PARTIAL: "h",
    Outcome.PASS: "p",
    Outcome.WAIVED: "w",
    Outcome.NOT_APPLICABLE: "n",
}
"""The letter of each outcome in :attr:`AgencyRow.outcomes` (worst first, as
:data:`~fourlayer.model.evaluation.OUTCOME_RANK`)."""
_OUTCOME_OF = {code: outcome for outcome, code in OUTCOME_CODES.items()}


_TALLY = struct.Struct("<BBd5I")
"""One layer of a row: its number, status (index in ``LayerStatus``), score (NaN: none) and
the count of each outcome in ``OUTCOME_ORDER``."""
_STATUSES = tuple(LayerStatus)


def pack_layers(layers: Iterable[LayerResult]) -> bytes:
    """The layers of an evaluation as 30 bytes each (:attr:`AgencyRow.tallies`)."""
    return b"".join(
        _TALLY.pack(
            item.layer,
            _STATUSES.index(item.status),
            math.nan if item.score is None else item.score,
            *(dict(item.counts).get(outcome, 0) for outcome in OUTCOME_ORDER),
        )
        for item in layers
    )


def unpack_layers(packed: bytes) -> tuple[LayerResult, ...]:
    """The inverse of :func:`pack_layers`: equal ``LayerResult`` objects, built on demand."""
    return tuple(
        LayerResult(
            layer,
            _STATUSES[status],
            None if math.isnan(score) else score,
            tuple(zip(OUTCOME_ORDER, counts, strict=True)),
        )
        for layer, status, score, *counts in _TALLY.iter_unpack(packed)
    )


def outcome_codes(
    evaluation: Evaluation, control_ids: tuple[str, ...], table: dict[str, tuple[str, ...]] | None
) -> str:
    """The agency's worst outcome on each of ``control_ids`` as one letter, ``-`` if none;
    ``table`` (:func:`successors`) names the ids of the evaluation's own checklist by
    ``control_ids``' checklist (:func:`fourlayer.rounds.compare.carry`: ``{}`` the same checklist,
    None no map)."""
    worst: dict[str, Outcome] = {}
    for result in evaluation.results:
        for control in carry((result.control,), table):
            seen = worst.get(control)
            if seen is None or OUTCOME_RANK[result.outcome] < OUTCOME_RANK[seen]:
                worst[control] = result.outcome
    return "".join(OUTCOME_CODES[worst[cid]] if cid in worst else "-" for cid in control_ids)


def successors(run: Checklist, version: str) -> dict[str, tuple[str, ...]] | None:
    """For an agency evaluated under checklist ``version`` in an audit reported against
    ``run``: the id map to ``run`` (:func:`fourlayer.rounds.compare.carry`): ``{}`` for the same
    version, ``run``'s own map when ``version`` is the previous one, the bundled chain's
    map (:func:`fourlayer.model.checklist.id_map`, e.g. version 1 → 2 → 3) for an earlier bundled
    version, None (nothing carried: the agency takes no part in the per-control tallies)
    otherwise. An id outside the map is retired and counts under no control of ``run``."""
    if version == run.version:
        return {}
    if run.previous_version == version:
        return run.successors
    return id_map((run.id, version), (run.id, run.version)) if run.bundled else None


def digest_of(text: str | None) -> bytes:
    return b"" if text is None else hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


_PROVINCES: dict[str, str] = {}


def _with_shared_province(agency: Agency) -> Agency:
    """``agency`` with its province's text shared by the rows of that province (an audit
    keeps one agency per file, and a province has dozens of them)."""
    if agency.province is None or len(_PROVINCES) >= 1024:
        return agency
    province = _PROVINCES.setdefault(agency.province, agency.province)
    return agency if province is agency.province else replace(agency, province=province)


_SAME: dict[str, tuple[str, ...]] = {}
"""The id map of a checklist to itself (never written to)."""


def row_of(
    evaluation: Evaluation,
    notices: tuple[Finding, ...] = (),
    control_ids: tuple[str, ...] = (),
    *,
    keep_pairs: bool = False,
    digest: bytes = b"",
    table: dict[str, tuple[str, ...]] | None = _SAME,
    keep_yearly: bool = False,
) -> AgencyRow:
    """The compact row of one evaluation; ``control_ids`` (the checklist's, in order) fill
    :attr:`AgencyRow.outcomes`; ``keep_pairs`` keeps every pair's outcome and the file's
    sha256 (``audit --record``); ``table`` (see :func:`successors`) names the
    per-control outcomes by the audit's checklist when the file was evaluated under another."""
    pairs = (
        tuple(
            (r.control, r.system, r.outcome.value, " ".join(reason.value for reason in r.reasons))
            for r in evaluation.results
        )
        if keep_pairs
        else ()
    )
    return AgencyRow(
        source=evaluation.source,
        agency=_with_shared_province(evaluation.agency),
        assessed_on=evaluation.assessed_on,
        checklist_id=evaluation.checklist_id,
        checklist_version=evaluation.checklist_version,
        verdict=evaluation.verdict,
        score=evaluation.score,
        tallies=pack_layers(evaluation.layers),
        systems=len(evaluation.systems),
        notices=notices,
        outcomes=outcome_codes(evaluation, control_ids, table) if control_ids else "",
        pairs=pairs,
        sha256=_sha256(evaluation.source) if keep_pairs else None,
        digest=digest,
        yearly=report_of(evaluation.assessment, evaluation)
        if keep_yearly and evaluation.assessment is not None
        else None,
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


def _agency_of(data: object, text: str | None = None) -> Agency | None:
    """The agency of a file that could not be evaluated, when its name can be read: from the
    parsed data, else (a YAML syntax error) from the ``agency:`` lines of its text."""
    agency = data.get("agency") if isinstance(data, dict) else None
    name = agency.get("name") if isinstance(agency, dict) else None
    if not isinstance(name, str) or not name.strip():
        return _agency_in_text(text) if data is None and text else None
    code = agency.get("code") if isinstance(agency, dict) else None
    return Agency(name, code if isinstance(code, str) and code.strip() else None)


_AGENCY_BLOCK = re.compile(r"^agency:[ \t]*(?:\{(?P<flow>[^}\n]*)\}|(?P<block>(?:\n[ \t]+[^\n]*)+))", re.MULTILINE)
_FIELD = re.compile(r"(?:^|[,{\s])(?P<key>name|code):[ \t]*(?P<value>\"[^\"\n]*\"|'[^'\n]*'|[^,#\n}]+)")


def _agency_in_text(text: str) -> Agency | None:
    """``agency: {name: …, code: …}`` or the indented ``name:``/``code:`` lines under
    ``agency:``, read from a text YAML could not parse (the error is usually elsewhere)."""
    found = _AGENCY_BLOCK.search(text[:20_000])
    if found is None:
        return None
    fields: dict[str, str] = {}
    for item in _FIELD.finditer(found.group("flow") or found.group("block") or ""):
        value = item.group("value").strip().strip("\"'").strip()
        if value:
            fields.setdefault(item.group("key"), value)
    return Agency(fields["name"], fields.get("code")) if "name" in fields else None


def summarise(target: Target, settings: Settings) -> Row:
    """Read, validate and evaluate one file; never raises for anything in it."""
    try:
        loaded = read_target(target, settings.limits)
        checked = check_loaded(loaded, settings.checklist)
        digest = digest_of(checked.text)
        if checked.assessment is None:
            return ProblemRow(
                checked.path,
                checked.findings,
                given=target.given,
                agency=_agency_of(loaded.data, loaded.text),
                digest=digest,
            )
        result = evaluate(
            checked.checklist or settings.checklist,
            checked.assessment,
            settings.as_of,
            use_waivers=settings.use_waivers,
        )
        run = settings.checklist
        table = successors(run, result.checklist_version)
        return row_of(
            result,
            checked.findings,
            run.ids,
            keep_pairs=settings.keep_outcomes,
            digest=digest,
            table=table,
            keep_yearly=settings.keep_yearly,
        )
    except Exception as error:  # one bad file must never stop the others
        return FileProblems(
            target.path,
            (finding(target.path, None, "evaluation-crashed", error=type(error).__name__),),
            given=target.given,
        )


# --- worker processes -----------------------------------------------------------------
_WORKER: dict[str, Settings] = {}


def _start_worker(settings: Settings) -> None:
    """Pool initializer: the checklist arrives once per worker, with the settings.

    Workers ignore Ctrl-C: the parent alone handles it, drops the chunks not started and
    lets the pool wind down cleanly (a worker interrupted mid-write can hang the pool)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler is for the parent only
    _WORKER["settings"] = settings
    settle()  # a spawned worker starts with the collector's defaults


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
    seen: set[str | tuple[int, int]] = set()
    named = set(paths) | {str(Path(p)) for p in paths}  # discover spells folders as Path does
    out = []
    for found in discover(paths):
        target = replace(found, given=True) if not found.given and found.path in named else found
        if target.path != STDIN and target.problem is None:
            key = _identity(target.path)
            if key in seen:
                continue
            seen.add(key)
        out.append(target)
    return out


def _identity(path: str) -> str | tuple[int, int]:
    """What makes two paths the same file: device and inode (so a hard link is the same
    file as its original), else the resolved path when the file cannot be examined."""
    try:
        info = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    return (info.st_dev, info.st_ino)


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

    def share(self, status: LayerStatus) -> float | None:
        """Agencies with ``status`` on the layer, as a percentage of those to which it applies."""
        applicable = sum(n for s, n in self.counts if s is not LayerStatus.NOT_APPLICABLE)
        return share(self.count(status), applicable)

    @property
    def met_share(self) -> float | None:
        """Agencies meeting the layer, as a percentage of those to which it applies."""
        return self.share(LayerStatus.MET)

    @property
    def partly_share(self) -> float | None:
        """Agencies partly meeting the layer, as a percentage of those to which it applies."""
        return self.share(LayerStatus.PARTIALLY_MET)


@dataclass(frozen=True)
class ControlTally:
    """One of the most-failed controls: how many agencies fail it, how many partly meet
    it (no failing pair, at least one partial), and which shares of the agencies counted."""

    control: str
    layer: int
    severity: str
    failing: int
    share: float
    partial: int = 0
    partial_share: float = 0.0


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
    duplicates: int = 0
    """Files not counted because another file of the same agency counts."""

    def verdict_count(self, verdict: Verdict) -> int:
        return dict(self.verdicts)[verdict]

    def verdict_share(self, verdict: Verdict) -> float | None:
        """Agencies with ``verdict``, as a percentage of the agencies counted (the one rounding)."""
        return share(self.verdict_count(verdict), self.agencies)


def summarise_rows(
    rows: tuple[Row, ...], checklist: Checklist, top: int = TOP_CONTROLS, duplicates: frozenset[str] = frozenset()
) -> Summary:
    """The aggregates of the counted rows: every row but the ``duplicates`` (by source)."""
    agencies = [r for r in rows if isinstance(r, AgencyRow) and r.source not in duplicates]
    errors = sum(1 for r in rows if not isinstance(r, AgencyRow) and r.source not in duplicates)
    scores = [r.score for r in agencies if r.score is not None]
    verdicts = Counter(r.verdict for r in agencies)
    statuses = Counter((layer.layer, layer.status) for r in agencies for layer in r.layers)  # unpacked once a row
    layers = [LayerTally(number, tuple((s, statuses[number, s]) for s in STATUS_ORDER)) for number in LAYERS]
    ids = checklist.ids
    failing = Counter(control for r in agencies for control in r.failing_of(ids))
    partial = Counter(control for r in agencies for control in r.partial_of(ids))
    order = {cid: index for index, cid in enumerate(ids)}
    ranked = sorted(
        failing.keys() | partial.keys(), key=lambda c: (-failing[c], -partial[c], order.get(c, len(order)), c)
    )
    tallies = []
    for control_id in ranked[:top]:
        control = checklist.control(control_id)
        tallies.append(
            ControlTally(
                control=control_id,
                layer=control.layer if control else int(control_id[1]),
                severity=control.severity if control else "",
                failing=failing[control_id],
                share=share(failing[control_id], len(agencies)) or 0.0,
                partial=partial[control_id],
                partial_share=share(partial[control_id], len(agencies)) or 0.0,
            )
        )
    return Summary(
        files=len(rows),
        agencies=len(agencies),
        errors=errors,
        verdicts=tuple((v, verdicts[v]) for v in VERDICT_ORDER),
        mean=mean(scores),
        median=rounded(statistics.median(scores)) if scores else None,
        lowest=min(scores) if scores else None,
        highest=max(scores) if scores else None,
        layers=tuple(layers),
        top_failed=tuple(tallies),
        duplicates=len(duplicates),
    )


def ranking(rows: Iterable[Row], skip: frozenset[str] = frozenset()) -> tuple[tuple[int | None, AgencyRow], ...]:
    """Agencies best first: by verdict (compliant, partially compliant, non-compliant), then
    score (highest first), then file name, so a non-compliant agency never ranks above a
    partially compliant one whatever its score. The same verdict and score share a rank
    (1, 2, 2, 4); an agency with no score has no rank. Rows whose source is in ``skip``
    (the duplicates) are left out."""
    agencies = sorted(
        (r for r in rows if isinstance(r, AgencyRow) and r.source not in skip),
        key=lambda r: (r.score is None, VERDICT_ORDER.index(r.verdict), -(r.score or 0.0), r.source),
    )
    out: list[tuple[int | None, AgencyRow]] = []
    previous: tuple[Verdict, float] | None = None
    rank = 0
    for position, row in enumerate(agencies, start=1):
        if row.score is None:
            out.append((None, row))
            continue
        if (row.verdict, row.score) != previous:
            rank, previous = position, (row.verdict, row.score)
        out.append((rank, row))
    return tuple(out)


# --- the round: duplicates, stale files, the roster -----------------------------------
@dataclass(frozen=True, slots=True)
class Duplicate:
    """A file not counted: ``kept`` is the file of the same submission that counts."""

    source: str
    kept: str
    reason: str
    """``same_content`` (the same text) or ``same_agency`` (the same code, or name)."""


def _preference(row: Row, position: int) -> tuple[int, int, int]:
    """Smaller is preferred: the newest assessment, then the shorter name, then the first."""
    newest = -row.assessed_on.toordinal() if isinstance(row, AgencyRow) else 0
    return newest, len(os.path.basename(row.source)), position


def find_duplicates(rows: tuple[Row, ...]) -> tuple[Duplicate, ...]:
    """The files of each agency (:func:`fourlayer.rounds.compare.group_agencies`) or each content
    beyond the one that counts, in row order."""
    evaluated = [i for i, row in enumerate(rows) if isinstance(row, AgencyRow)]
    named = [(rows[i].agency.code, rows[i].agency.name) for i in evaluated]  # type: ignore[union-attr]
    contents: dict[bytes, list[int]] = {}
    for index, row in enumerate(rows):
        if isinstance(row, ProblemRow) and row.digest:
            contents.setdefault(row.digest, []).append(index)
    out: list[tuple[int, Duplicate]] = []
    for group in group_agencies(named):
        members = [evaluated[i] for i in group]
        if len(members) > 1:
            out += _flag(rows, members, min(members, key=lambda i: _preference(rows[i], i)))
    for members in contents.values():
        if len(members) > 1:
            out += _flag(rows, members, min(members, key=lambda i: _preference(rows[i], i)))
    return tuple(item for _, item in sorted(out, key=lambda pair: pair[0]))


def _flag(rows: tuple[Row, ...], members: list[int], kept: int) -> list[tuple[int, Duplicate]]:
    digest = getattr(rows[kept], "digest", b"")
    return [
        (
            index,
            Duplicate(
                rows[index].source,
                rows[kept].source,
                "same_content" if digest and getattr(rows[index], "digest", b"") == digest else "same_agency",
            ),
        )
        for index in members
        if index != kept
    ]


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
        listed = _identity(roster.source)
        targets = [t for t in targets if t.path == STDIN or t.problem is not None or _identity(t.path) != listed]
    if len(targets) > max_files:
        raise UserError("audit.too-many-files", found=len(targets), limit=max_files)
    rows = []
    for done, row in enumerate(evaluate_targets(targets, settings, max(1, jobs)), start=1):
        rows.append(row)
        if progress is not None:
            progress(done, len(targets))
    return assemble(settings.as_of, settings.checklist, settings.use_waivers, tuple(rows), top, since, roster)
