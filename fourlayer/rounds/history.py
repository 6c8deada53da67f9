"""Quarterly rounds: an audit into the history file, and the history back as trends.

``record_audit`` turns an :class:`~fourlayer.rounds.audit.AuditRun` into one stored round
(:mod:`fourlayer.rounds.history_store` does the SQLite work); ``build_history`` reads the file
and computes what every ``history`` format shows — reporters only render it.

Definitions (also in ``docs/history.md``):

* Rounds are ordered by evaluation date (``as_of``), then label.
* An agency is recognised across rounds by the one rule of the same agency
  (:func:`fourlayer.rounds.compare.pair_agencies`, as ``diff`` and the roster pair them): each
  round's agencies are paired with the agencies of the rounds before (each as it was last
  seen) by code, then the ones left by name (a code dropped or added between rounds keeps
  the agency); it is shown under the name of the latest round it appears in. If one round
  holds the same agency twice (:func:`fourlayer.rounds.compare.group_agencies`), the first file
  (in the audit's order) counts.
* *Change* is the agency's score minus its score in the round just before (not an older
  one); none when it was absent there, when either score is missing, or when the two
  rounds used different checklists (id or version) — scores under different checklists
  are not compared.
* *Not submitted* ("chưa nộp") in a round: the entries of the roster the round was recorded
  with (``audit --roster``) that no file answers — the audit's own list; unknown (None) for a
  round recorded without a roster. *Submitted, file could not be read*: entries answered only
  by a file that could not be evaluated. *Absent since the round before* is another list:
  agencies with a result in the round just before and none in this one.
* A layer's *met share*: agencies meeting it, as a percentage of those to which it applies.
* ``--agency TEXT`` keeps the agencies whose name or code contains TEXT (case and
  Vietnamese accents respected as written, letter case ignored); the round figures stay
  those of the whole province. ``--last N`` keeps the last N rounds; changes and missing
  agencies are still computed against the round before, even when it is not shown.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from fourlayer.model.checklist import id_map
from fourlayer.model.figures import delta, mean, share
from fourlayer.rounds.audit import AgencyRow, AuditRun
from fourlayer.rounds.compare import carry, group_agencies, normal, pair_agencies
from fourlayer.rounds.history_store import (
    RoundInfo,
    StoredAgency,
    StoredEntry,
    StoredError,
    StoredHistory,
    StoredRow,
    read_history,
    record_round,
)

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


def relative_source(source: str, roots: Iterable[str]) -> str:
    """A file's path as the history keeps it: relative to the audited folder it was found in,
    or its name alone when it was named itself — never the path as typed (user names and
    home folders stay out of a file that travels)."""
    for root in roots:
        if root != "-" and os.path.isdir(root):
            relative = os.path.relpath(source, root)
            if not relative.startswith(os.pardir):
                return relative
    return os.path.basename(source) or source


def record_audit(
    path: str | Path, label: str, run: AuditRun, tool_version: str, *, replace: bool = False, roots: Iterable[str] = ()
) -> bool:
    """Store ``run`` as round ``label`` (the run must have been made with
    ``Settings.keep_outcomes``), with its roster and each entry's status when it was audited
    with one; True when it replaced a round recorded before. File paths are kept relative to
    the audited folders ``roots`` (:func:`relative_source`)."""
    from dataclasses import replace as changed

    folders = [root for root in roots if root != "-" and os.path.isdir(root)]
    summary = run.summary
    info = RoundInfo(
        label=label,
        as_of=run.as_of.isoformat(),
        checklist_id=run.checklist.id,
        checklist_version=run.checklist.version,
        waivers_applied=run.use_waivers,
        files=summary.files,
        agencies=summary.agencies,
        errors=summary.errors,
        tool_version=tool_version,
        roster_source=None if run.roster is None else run.roster.source,
    )
    agencies = (
        changed(item, source=relative_source(item.source, folders))
        for item in (stored_agency(row) for row in run.counted)
    )  # a duplicate file is not a second agency
    errors = [changed(item, source=relative_source(item.source, folders)) for item in stored_errors(run)]
    roster = [
        item if item.source is None else changed(item, source=relative_source(item.source, folders))
        for item in stored_roster(run)
    ]
    return record_round(path, info, agencies, errors, replace=replace, roster=roster)


def stored_errors(run: AuditRun) -> list[StoredError]:
    """Each file that could not be evaluated, with its agency: read from the file, else the
    roster entry it answers."""
    entries = {} if run.roster_match is None else {source: e for e, source in run.roster_match.unreadable}
    out = []
    for item in run.errors:
        agency = getattr(item, "agency", None)
        entry = entries.get(item.source)
        name, code = (
            (agency.name, agency.code)
            if agency is not None
            else (entry.name, entry.code)
            if entry is not None
            else (None, None)
        )
        out.append(StoredError(item.source, item.findings[0].code if item.findings else "unknown", name, code))
    return out


def stored_roster(run: AuditRun) -> list[StoredEntry]:
    """The roster's entries in its order, each with its status in the round."""
    match = run.roster_match
    if run.roster is None or match is None:
        return []
    answered = {id(e): ("submitted", source) for e, source in match.submitted}
    answered.update({id(e): ("unreadable", source) for e, source in match.unreadable})
    return [StoredEntry(e.name, e.code, *answered.get(id(e), ("missing", None))) for e in run.roster.entries]


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
        return share(self.met, self.met + self.partially_met + self.not_met)

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
    absent: tuple[AgencyRef, ...]
    """With a result in the round before, none in this one (after ``--agency``): "absent
    since the round before", never called "not submitted"."""
    previous: str | None
    """The label of the round before (None for the first recorded)."""
    comparable: bool
    """False when the round before used another checklist (id or version)."""
    mapped: bool = False
    """Not ``comparable``, but this round's checklist maps the round before's control ids
    (its ``previous_version`` and ``replaces``): controls are compared through that map."""
    not_submitted: tuple[AgencyRef, ...] | None = None
    """"Chưa nộp": the roster's entries no file answers (after ``--agency``); None when the
    round was recorded without a roster (not known)."""
    unreadable: tuple[AgencyRef, ...] = ()
    """Roster entries answered only by a file that could not be evaluated (after ``--agency``)."""
    roster_size: int | None = None
    """Entries on the round's roster; None without one."""
    mean_change: float | None = None
    """This round's mean minus the round before's, when both used one checklist."""

    @property
    def checklist(self) -> str:
        return f"{self.checklist_id} v{self.checklist_version}"


@dataclass(slots=True)
class Entry:
    """One agency in one round. Not frozen (a frozen class sets each field through
    ``object.__setattr__``: a history of 200 rounds × 2,000 agencies builds 400,000 of
    them); nothing changes an entry once built."""

    score: float | None
    verdict: str
    change: float | None
    layers: tuple[tuple[int, str], ...]
    source: str
    checklist: tuple[str, str] = ("", "")
    """(id, version) of the checklist this agency was evaluated against."""
    before: float | None = None
    """The score of the round before that ``change`` is measured from."""


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

    def absence(self, track: Track, label: str) -> str:
        """Why ``track`` has no result in round ``label``: ``not_submitted`` (on the round's
        roster, no file: "chưa nộp"), ``unreadable`` (its file could not be read) or
        ``absent`` (no result, and no roster that says more)."""
        item = next((r for r in self.rounds if r.label == label), None)
        me = [(track.code, track.name)]
        for key, refs in (
            ("not_submitted", item.not_submitted if item else None),
            ("unreadable", item.unreadable if item else None),
        ):
            if refs and pair_agencies([(r.code, r.name) for r in refs], me):
                return key
        return "absent"

    @property
    def breaks(self) -> tuple[Round, ...]:
        """Rounds whose round before used another checklist (said plainly in every report)."""
        return tuple(r for r in self.rounds if r.previous is not None and not r.comparable)


def _matches(text: str | None, name: str, code: str | None) -> bool:
    if not text:
        return True
    needle = normal(text)
    return needle in normal(name) or (code is not None and needle in normal(code))


def build_history(
    path: str | Path,
    *,
    agency: str | None = None,
    last: int | None = None,
    movers: int = MOVERS,
    top: int = TOP_CONTROLS,
) -> History:
    return compute(read_history(path), agency=agency, last=last, movers=movers, top=top)


def compute(
    stored: StoredHistory,
    *,
    agency: str | None = None,
    last: int | None = None,
    movers: int = MOVERS,
    top: int = TOP_CONTROLS,
) -> History:
    infos = stored.rounds
    rows_of: dict[str, list[StoredRow]] = {info.label: [] for info in infos}
    for row in stored.rows:
        rows_of[row.round].append(row)
    by_round, refs = _tracks([(info.label, rows_of[info.label]) for info in infos])

    wanted = {track for track, ref in enumerate(refs) if _matches(agency, ref.name, ref.code)}
    rounds: list[Round] = []
    previous: RoundInfo | None = None
    for info in infos:
        comparable = previous is None or (previous.checklist_id, previous.checklist_version) == (
            info.checklist_id,
            info.checklist_version,
        )
        current = by_round[info.label]
        absent: tuple[AgencyRef, ...] = ()
        if previous is not None:
            before = by_round[previous.label]
            absent = _by_name(refs[i] for i in before if i not in current and i in wanted)
        rows = rows_of[info.label]
        mean_score = mean(row.score for row in rows)
        roster = stored.roster.get(info.label)
        rounds.append(
            Round(
                label=info.label,
                as_of=info.as_of,
                checklist_id=info.checklist_id,
                checklist_version=info.checklist_version,
                waivers_applied=info.waivers_applied,
                agencies=info.agencies,
                errors=info.errors,
                mean_score=mean_score,
                layers=_layer_counts(rows),
                absent=absent,
                previous=None if previous is None else previous.label,
                comparable=comparable,
                mapped=not comparable
                and previous is not None
                and id_map(
                    (previous.checklist_id, previous.checklist_version), (info.checklist_id, info.checklist_version)
                )
                is not None,
                not_submitted=None if roster is None else _entries(roster, "missing", agency),
                unreadable=() if roster is None else _entries(roster, "unreadable", agency),
                roster_size=None if roster is None else len(roster),
                mean_change=delta(rounds[-1].mean_score, mean_score) if rounds and comparable else None,
            )
        )
        previous = info
    if last is not None:
        rounds = rounds[-last:] if last > 0 else []
    entries_of: dict[int, dict[str, Entry]] = {}
    for item in rounds:
        for track, entry in by_round[item.label].items():
            if track in wanted:
                entries_of.setdefault(track, {})[item.label] = entry
    tracks = tuple(
        sorted(
            (
                Track(refs[track].identity, refs[track].name, refs[track].code, entries_of[track])
                for track in sorted(entries_of)
            ),
            key=lambda track: (track.name.casefold(), track.identity),
        )
    )
    improved, regressed = _movers(tracks, rounds, movers)
    return History(tuple(rounds), tracks, improved, regressed, _controls(stored, rounds, top), agency)


def _layer_counts(rows: list[StoredRow]) -> tuple[LayerCounts, ...]:
    """Per layer, how many of the round's rows have each status (every row counts, a
    duplicate file too, as the round's mean does)."""
    counted: dict[int, dict[str, int]] = {n: dict.fromkeys(STATUSES, 0) for n in (1, 2, 3, 4)}
    times: dict[int, int] = {}
    shapes: dict[int, tuple[tuple[int, str], ...]] = {}
    for row in rows:  # the rows of a round share a few layer tallies: each is counted once
        key = id(row.layers)
        if key in times:
            times[key] += 1
        else:
            times[key] = 1
            shapes[key] = row.layers
    for key, shape in shapes.items():
        for number, status in shape:
            counts = counted.get(number)
            if counts is None:
                counts = counted[number] = dict.fromkeys(STATUSES, 0)
            if status in counts:
                counts[status] += times[key]
    return tuple(LayerCounts(n, **counted[n]) for n in sorted(counted))


def _tracks(rounds: list[tuple[str, list[StoredRow]]]) -> tuple[dict[str, dict[int, Entry]], list[AgencyRef]]:
    """Each round's agencies as tracks (numbers): paired with the tracks of the rounds before,
    each as last seen (:func:`fourlayer.rounds.compare.pair_agencies`); the same agency twice in one
    round (:func:`fourlayer.rounds.compare.group_agencies`): the first file counts. Each entry's
    change is its score minus the score of its track in the round just before, when both
    used one checklist (id and version). Returns the entries per round and track, and each
    track as last seen (the latest name wins)."""
    by_round: dict[str, dict[int, Entry]] = {}
    refs: list[AgencyRef] = []
    named_refs: list[tuple[str | None, str]] = []
    checklists: dict[tuple[str, str], tuple[str, str]] = {}
    # the two rules are pure functions of the names and codes: a round that gives them the
    # same lists as the round before (a province whose agencies do not change) gets the same
    # answer without asking again
    grouped: tuple[list[tuple[str | None, str]], list[int]] | None = None
    paired: tuple[list[tuple[str | None, str]], list[tuple[str | None, str]], dict[int, int]] | None = None
    before: dict[int, Entry] = {}
    for label, rows in rounds:
        entries: dict[int, Entry] = {}
        named = [(r.code, r.name) for r in rows]
        if grouped is None or grouped[0] != named:
            grouped = (named, [group[0] for group in group_agencies(named)])
        firsts = grouped[1]
        new = [named[i] for i in firsts]
        if paired is None or paired[0] != named_refs or paired[1] != new:
            paired = (list(named_refs), new, {n: o for o, n in pair_agencies(named_refs, new)})
        pairs = paired[2]
        for position, index in enumerate(firsts):
            row = rows[index]
            track = pairs.get(position, len(refs))
            if track == len(refs):
                refs.append(AgencyRef(row.identity, row.name, row.code))
                named_refs.append(new[position])
            else:
                ref = refs[track]
                if ref.identity != row.identity or ref.name != row.name or ref.code != row.code:
                    refs[track] = AgencyRef(row.identity, row.name, row.code)
                    named_refs[track] = new[position]
            checklist = (row.checklist_id, row.checklist_version)
            checklist = checklists.setdefault(checklist, checklist)
            old = before.get(track)
            # scores are compared only under one checklist version (as diff does)
            change = delta(old.score, row.score) if old is not None and old.checklist == checklist else None
            entries[track] = Entry(
                row.score,
                row.verdict,
                change,
                row.layers,
                row.source,
                checklist,
                None if change is None or old is None else old.score,
            )
        by_round[label] = entries
        before = entries
    return by_round, refs


def _by_name(refs: Iterator[AgencyRef] | list[AgencyRef]) -> tuple[AgencyRef, ...]:
    return tuple(sorted(refs, key=lambda ref: (ref.name.casefold(), ref.identity)))


def _entries(roster: tuple[StoredEntry, ...], status: str, text: str | None) -> tuple[AgencyRef, ...]:
    """The roster's entries of one status, in the roster's order, after ``--agency``."""
    return tuple(
        AgencyRef(e.code or e.name, e.name, e.code)
        for e in roster
        if e.status == status and _matches(text, e.name, e.code)
    )


def _movers(tracks: tuple[Track, ...], rounds: list[Round], count: int) -> tuple[tuple[Mover, ...], tuple[Mover, ...]]:
    """The biggest score changes into the latest round shown (from the round before it)."""
    if not rounds or rounds[-1].previous is None:
        return (), ()
    latest = rounds[-1].label
    changed = [t for t in tracks if latest in t.entries and t.entries[latest].change]
    up = sorted(
        (t for t in changed if (t.entries[latest].change or 0) > 0),
        key=lambda t: (-(t.entries[latest].change or 0), t.name.casefold()),
    )
    down = sorted(
        (t for t in changed if (t.entries[latest].change or 0) < 0),
        key=lambda t: ((t.entries[latest].change or 0), t.name.casefold()),
    )

    def mover(track: Track) -> Mover:
        after = track.entries[latest]
        before = Entry(after.before, "", None, (), "")
        return Mover(AgencyRef(track.identity, track.name, track.code), before, after)

    return tuple(mover(t) for t in up[:count]), tuple(mover(t) for t in down[:count])


def _failing_counts(failing: tuple[tuple[str, str, str, str], ...], target: tuple[str, str]) -> dict[str, int] | None:
    """Per control of ``target``: the agencies failing it, each agency's controls carried
    to ``target``'s ids through the version map (:func:`fourlayer.rounds.compare.carry`: a retired
    id counts under none); None when no agency's could be."""
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
        for successor in carry((control,), table):  # a split control counts under each successor
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
    return tuple(
        ControlTrend(control, count, None if before is None else before.get(control, 0)) for control, count in ranked
    )


def break_notes(history: History, t: Callable[..., str]) -> list[str]:
    """One plain sentence per pair of rounds that cannot be compared (every format says it)."""
    by_label = {r.label: r for r in history.rounds}
    notes = []
    for item in history.breaks:
        before = by_label.get(item.previous or "")
        notes.append(
            t(
                "history.checklist-mapped" if item.mapped else "history.checklist-break",
                round=item.label,
                checklist=item.checklist,
                previous=item.previous,
                previous_checklist=before.checklist if before else "?",
            )
        )
    return notes


def iter_rows(history: History) -> Iterator[tuple[Track, Round, Entry]]:
    """Every (agency, round, entry) present, agencies in order, rounds in order."""
    for track in history.tracks:
        for item in history.rounds:
            entry = track.entries.get(item.label)
            if entry is not None:
                yield track, item, entry
