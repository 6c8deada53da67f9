"""One file of an audit as one compact row: :class:`AgencyRow` (an evaluated file: verdict,
scores, layers packed in bytes, one outcome letter per control) or :class:`ProblemRow` (a file
that could not be evaluated: its findings, and its agency when that much could be read).

:func:`summarise` reads, validates and evaluates one file and never raises for anything in it;
the worker processes (:mod:`fourlayer.rounds.audit.workers`) call it and send its row back.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from fourlayer.model.assessment import Agency
from fourlayer.model.checklist import Checklist, id_map
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
from fourlayer.model.form08 import AgencyReport, report_of
from fourlayer.reading.discovery import Target
from fourlayer.reading.findings import Finding, finding
from fourlayer.reading.validation import check_loaded
from fourlayer.rounds.compare import carry
from fourlayer.runner import STDIN, FileProblems, Settings, read_target


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
