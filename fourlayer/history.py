"""Quarterly rounds: an audit into the history file, and the history back as trends.

``record_audit`` turns an :class:`~fourlayer.audit.AuditRun` into one stored round
(:mod:`fourlayer.history_store` does the SQLite work); ``build_history`` reads the file
and computes what every ``history`` format shows — reporters only render it.

Definitions (also in ``docs/history.md``):

* Rounds are ordered by evaluation date (``as_of``), then label.
* An agency is recognised across rounds by ``agency.code`` when it has one, else by its
  name, compared as the audit matches agencies (:func:`fourlayer.roster.agency_key`: NFC,
  letter case and runs of white space ignored); it is shown under the name of the latest
  round it appears in. If one round holds the same identity twice, the
  first file (in the audit's order) counts.
* *Change* is the agency's score minus its score in the round just before (not an older
  one); none when it was absent there, when either score is missing, or when the two
  rounds used different checklists (id or version) — scores under different checklists
  are not compared.
* *Missing* ("chưa nộp") in a round: agencies present in the round just before and absent
  from this one.
* A layer's *met share*: agencies meeting it, as a percentage of those to which it applies.
* ``--agency TEXT`` keeps the agencies whose name or code contains TEXT (case and
  Vietnamese accents respected as written, letter case ignored); the round figures stay
  those of the whole province. ``--last N`` keeps the last N rounds; changes and missing
  agencies are still computed against the round before, even when it is not shown.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from fourlayer.audit import AgencyRow, AuditRun
from fourlayer.checklist import id_map
from fourlayer.history_store import RoundInfo, StoredAgency, StoredHistory, read_history, record_round
from fourlayer.roster import agency_key, normal

STATUSES = ("met", "partially_met", "not_met", "not_applicable")
MOVERS = 5
"""How many agencies the report names among the biggest improvements and regressions."""
TOP_CONTROLS = 10


# --- recording ------------------------------------------------------------------------
def stored_agency(row: AgencyRow) -> StoredAgency:
    return StoredAgency(
        name=row.agency.name,
        code=row.agency.code,
        province=row.agency.province,
        source=row.source,
        sha256=row.sha256,
        assessed_on=row.assessed_on.isoformat(),
        checklist_id=row.checklist_id,
        checklist_version=row.checklist_version,
        verdict=row.verdict.value,
        score=row.score,
        layers=tuple((layer.layer, layer.status.value, layer.score) for layer in row.layers),
        results=row.pairs,
    )


def record_audit(path: str | Path, label: str, run: AuditRun, tool_version: str, *, replace: bool = False) -> bool:
    """Store ``run`` as round ``label`` (the run must have been made with
    ``Settings.keep_outcomes``); True when it replaced a round recorded before."""
    summary = run.summary
    info = RoundInfo(
        label=label, as_of=run.as_of.isoformat(), checklist_id=run.checklist.id,
        checklist_version=run.checklist.version, waivers_applied=run.use_waivers, files=summary.files,
        agencies=summary.agencies, errors=summary.errors, tool_version=tool_version,
    )
    agencies = (stored_agency(row) for row in run.counted)  # a duplicate file is not a second agency
    errors = ((item.source, item.findings[0].code if item.findings else "unknown") for item in run.errors)
    return record_round(path, info, agencies, errors, replace=replace)


# --- the history, computed ------------------------------------------------------------
@dataclass(frozen=True)
class LayerCounts:
    layer: int
    met: int
    partially_met: int
    not_met: int
    not_applicable: int

    @property
    def met_share(self) -> float | None:
        applicable = self.met + self.partially_met + self.not_met
        return None if not applicable else round(100 * self.met / applicable, 2)

    def count(self, status: str) -> int:
        value: int = getattr(self, status)
        return value


@dataclass(frozen=True)
class AgencyRef:
    identity: str
    name: str
    code: str | None


@dataclass(frozen=True)
class Round:
    label: str
    as_of: str
    checklist_id: str
    checklist_version: str
    waivers_applied: bool
    agencies: int
    errors: int
    mean_score: float | None
    layers: tuple[LayerCounts, ...]
    missing: tuple[AgencyRef, ...]
    """Present in the round before, absent from this one (after ``--agency``)."""
    previous: str | None
    """The label of the round before (None for the first recorded)."""
    comparable: bool
    """False when the round before used another checklist (id or version)."""
    mapped: bool = False
    """Not ``comparable``, but this round's checklist maps the round before's control ids
    (its ``previous_version`` and ``replaces``): controls are compared through that map."""

    @property
    def checklist(self) -> str:
        return f"{self.checklist_id} v{self.checklist_version}"


@dataclass(frozen=True)
class Entry:
    """One agency in one round."""

    score: float | None
    verdict: str
    change: float | None
    layers: tuple[tuple[int, str], ...]
    source: str
    checklist: tuple[str, str] = ("", "")
    """(id, version) of the checklist this agency was evaluated against."""


@dataclass(frozen=True)
class Track:
    """One agency across the rounds shown."""

    identity: str
    name: str
    code: str | None
    entries: dict[str, Entry] = field(compare=False)

    def latest(self, labels: tuple[str, ...]) -> tuple[str, Entry] | None:
        for label in reversed(labels):
            if label in self.entries:
                return label, self.entries[label]
        return None


@dataclass(frozen=True)
class Mover:
    agency: AgencyRef
    before: Entry
    after: Entry

    @property
    def change(self) -> float:
        return self.after.change or 0.0


@dataclass(frozen=True)
class ControlTrend:
    control: str
    failing: int
    """Agencies failing it in the latest round shown."""
    before: int | None
    """In the round before it, when the two used the same checklist."""


@dataclass(frozen=True)
class History:
    rounds: tuple[Round, ...]
    tracks: tuple[Track, ...]
    improved: tuple[Mover, ...]
    regressed: tuple[Mover, ...]
    controls: tuple[ControlTrend, ...]
    agency_filter: str | None = None

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(r.label for r in self.rounds)

    @property
    def latest(self) -> Round | None:
        return self.rounds[-1] if self.rounds else None

    @property
    def breaks(self) -> tuple[Round, ...]:
        """Rounds whose round before used another checklist (said plainly in every report)."""
        return tuple(r for r in self.rounds if r.previous is not None and not r.comparable)


def _mean(scores: list[float]) -> float | None:
    return round(math.fsum(scores) / len(scores), 2) if scores else None


def _matches(text: str | None, name: str, code: str | None) -> bool:
    if not text:
        return True
    needle = normal(text)
    return needle in normal(name) or (code is not None and needle in normal(code))


def build_history(path: str | Path, *, agency: str | None = None, last: int | None = None,
                  movers: int = MOVERS, top: int = TOP_CONTROLS) -> History:
    return compute(read_history(path), agency=agency, last=last, movers=movers, top=top)


def compute(stored: StoredHistory, *, agency: str | None = None, last: int | None = None,
            movers: int = MOVERS, top: int = TOP_CONTROLS) -> History:
    infos = stored.rounds
    by_round: dict[str, dict[str, Entry]] = {info.label: {} for info in infos}
    refs: dict[str, AgencyRef] = {}
    scores: dict[str, list[float]] = {info.label: [] for info in infos}
    layer_counts: dict[str, dict[int, dict[str, int]]] = {
        info.label: {n: dict.fromkeys(STATUSES, 0) for n in (1, 2, 3, 4)} for info in infos}
    for row in stored.rows:
        if row.score is not None:
            scores[row.round].append(row.score)
        for number, status, _score in row.layers:
            counts = layer_counts[row.round].setdefault(number, dict.fromkeys(STATUSES, 0))
            if status in counts:
                counts[status] += 1
        # one track per agency however its code or name was typed (NFC, case, spaces), as the audit
        # matches agencies (roster.agency_key)
        track = "\0".join(agency_key(row.code, row.name))
        if track in by_round[row.round]:
            continue  # the same agency twice in one round: the first file counts
        by_round[row.round][track] = Entry(row.score, row.verdict, None,
                                           tuple((n, s) for n, s, _ in row.layers), row.source,
                                           (row.checklist_id, row.checklist_version))
        refs[track] = AgencyRef(row.identity, row.name, row.code)  # rounds in order: the latest name wins

    wanted = {identity for identity, ref in refs.items() if _matches(agency, ref.name, ref.code)}
    rounds: list[Round] = []
    previous: RoundInfo | None = None
    for info in infos:
        comparable = previous is None or (previous.checklist_id, previous.checklist_version) == (
            info.checklist_id, info.checklist_version)
        current = by_round[info.label]
        missing: tuple[AgencyRef, ...] = ()
        if previous is not None:
            before = by_round[previous.label]
            missing = tuple(sorted((refs[i] for i in before if i not in current and i in wanted),
                                   key=lambda ref: (ref.name.casefold(), ref.identity)))
            for identity, entry in current.items():
                old = before.get(identity)
                # scores are compared only under one checklist version (as diff does)
                if old is not None and old.checklist == entry.checklist and old.score is not None \
                        and entry.score is not None:
                    current[identity] = Entry(entry.score, entry.verdict, round(entry.score - old.score, 2),
                                              entry.layers, entry.source, entry.checklist)
        rounds.append(Round(
            label=info.label, as_of=info.as_of, checklist_id=info.checklist_id,
            checklist_version=info.checklist_version, waivers_applied=info.waivers_applied,
            agencies=info.agencies, errors=info.errors, mean_score=_mean(scores[info.label]),
            layers=tuple(LayerCounts(n, **layer_counts[info.label][n]) for n in sorted(layer_counts[info.label])),
            missing=missing, previous=None if previous is None else previous.label, comparable=comparable,
            mapped=not comparable and previous is not None and id_map(
                (previous.checklist_id, previous.checklist_version), (info.checklist_id, info.checklist_version))
            is not None,
        ))
        previous = info
    if last is not None:
        rounds = rounds[-last:] if last > 0 else []
    labels = [r.label for r in rounds]
    tracks = tuple(sorted(
        (Track(refs[track].identity, refs[track].name, refs[track].code,
               {label: by_round[label][track] for label in labels if track in by_round[label]})
         for track in wanted if any(track in by_round[label] for label in labels)),
        key=lambda track: (track.name.casefold(), track.identity)))
    improved, regressed = _movers(tracks, rounds, movers)
    return History(tuple(rounds), tracks, improved, regressed, _controls(stored, rounds, top), agency)


def _movers(tracks: tuple[Track, ...], rounds: list[Round], count: int) -> tuple[tuple[Mover, ...], tuple[Mover, ...]]:
    """The biggest score changes into the latest round shown (from the round before it)."""
    if not rounds or rounds[-1].previous is None:
        return (), ()
    latest = rounds[-1].label
    changed = [t for t in tracks if latest in t.entries and t.entries[latest].change]
    up = sorted((t for t in changed if (t.entries[latest].change or 0) > 0),
                key=lambda t: (-(t.entries[latest].change or 0), t.name.casefold()))
    down = sorted((t for t in changed if (t.entries[latest].change or 0) < 0),
                  key=lambda t: ((t.entries[latest].change or 0), t.name.casefold()))

    def mover(track: Track) -> Mover:
        after = track.entries[latest]
        assert after.change is not None and after.score is not None
        before = Entry(round(after.score - after.change, 2), "", None, (), "")
        return Mover(AgencyRef(track.identity, track.name, track.code), before, after)

    return tuple(mover(t) for t in up[:count]), tuple(mover(t) for t in down[:count])


def _failing_counts(failing: tuple[tuple[str, str, str, str], ...], target: tuple[str, str]) -> dict[str, int] | None:
    """Per control of ``target``: the agencies failing it, each agency's controls carried
    to ``target``'s ids through the version map; None when no agency's could be."""
    maps: dict[tuple[str, str], dict[str, tuple[str, ...]] | None] = {}
    agencies: dict[str, set[str]] = {}
    usable = False
    for identity, checklist_id, version, control in failing:
        key = (checklist_id, version)
        if key not in maps:
            maps[key] = id_map(key, target)
        table = maps[key]
        if table is None:
            continue
        usable = True
        for successor in table.get(control, (control,)):  # a split control counts under each successor
            agencies.setdefault(successor, set()).add(identity)
    if not usable and failing:
        return None
    return {control: len(who) for control, who in agencies.items()}


def _controls(stored: StoredHistory, rounds: list[Round], top: int) -> tuple[ControlTrend, ...]:
    """The controls failed by most agencies in the latest round shown, under the latest
    round's checklist, with the round before counted the same way: agencies evaluated
    against the previous checklist version are carried over through the version map; those
    against a version that cannot be mapped are left out of the counts."""
    if not rounds:
        return ()
    latest = rounds[-1]
    target = (latest.checklist_id, latest.checklist_version)
    now = _failing_counts(stored.failing.get(latest.label, ()), target) or {}
    before = None
    if latest.previous is not None and latest.previous in stored.failing:
        before = _failing_counts(stored.failing[latest.previous], target)
    ranked = sorted(now.items(), key=lambda item: (-item[1], item[0]))[:top]
    return tuple(ControlTrend(control, count, None if before is None else before.get(control, 0))
                 for control, count in ranked)


def break_notes(history: History, t: Callable[..., str]) -> list[str]:
    """One plain sentence per pair of rounds that cannot be compared (every format says it)."""
    by_label = {r.label: r for r in history.rounds}
    notes = []
    for item in history.breaks:
        before = by_label.get(item.previous or "")
        notes.append(t("history.checklist-mapped" if item.mapped else "history.checklist-break",
                       round=item.label, checklist=item.checklist, previous=item.previous,
                       previous_checklist=before.checklist if before else "?"))
    return notes


def iter_rows(history: History) -> Iterator[tuple[Track, Round, Entry]]:
    """Every (agency, round, entry) present, agencies in order, rounds in order."""
    for track in history.tracks:
        for item in history.rounds:
            entry = track.entries.get(item.label)
            if entry is not None:
                yield track, item, entry
