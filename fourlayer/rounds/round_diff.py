"""``diff`` of two rounds: two folders, two audit JSON reports, or one of each.

Each side is a *round*: a folder of assessments (audited here, both on the same
``--as-of``) or a JSON report of ``audit --format json`` (taken as it is, with its own
``as_of``; validated against ``schemas/audit.schema.json``). Only the agencies that count
are compared: a duplicate file (``duplicate_of``) is left out, as in the audit; files that
could not be evaluated are counted per side, never compared.

**Matching** an agency across rounds: by ``agency.code`` when the old and the new file
both have the same one; the agencies left are matched by name. Codes and names are
compared NFC-normalised and case-folded (:func:`fourlayer.rounds.roster.normal`). An agency only
in the old round is *gone* (it has not submitted, or changed its name and code), one
only in the new round *new*; neither is a regression.

**Per agency**: the verdict, the score (when both sides used the same checklist id and
version), each layer's status, and each control's standing for the agency — ``fail``
(a pair fails), ``partial`` (none fails, one is partial), or ``ok`` (anything else: pass,
waived, not applicable, not applicable at this level) — ordered fail < partial < ok. A
move up is improved, down regressed (the ``diff`` rules of two assessments).

**Two checklist versions**: each side's controls are named by its round's checklist (an
audit names a previous-version agency's controls through the id map). When the two rounds
used consecutive versions of one bundled checklist, the earlier side's controls are carried
to the later version through its id map (renamed, moved; merged: the weaker standing;
split: the old standing for each successor) and compared without
``--allow-checklist-change``; the reports say the ids were mapped. Scores are compared only
under one checklist. Without a map, ``diff`` refuses unless that option is given.

**A regression** (``--fail-on-regression``): in a matched agency, a verdict, a layer
status or a control standing that regressed, or a score that fell.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from fourlayer.exitcodes import ExitCode
from fourlayer.model.checklist import id_map
from fourlayer.model.dates import parse_iso
from fourlayer.model.evaluation import LayerStatus, Verdict
from fourlayer.model.figures import delta, direction, mean
from fourlayer.reading.discovery import Target
from fourlayer.reading.findings import finding
from fourlayer.reading.loading import LoadResult
from fourlayer.reading.locations import Locator
from fourlayer.reading.schemacheck import schema_findings
from fourlayer.rounds.compare import carry, pair_agencies
from fourlayer.rounds.diff import STATUS_RANK, VERDICT_RANK, change_of
from fourlayer.runner import FileProblems, Settings, read_target

STANDING_RANK = {"fail": 0, "partial": 1, "ok": 2}


@dataclass(frozen=True, slots=True)
class RoundAgency:
    """What a round says of one agency (from an audit row or an audit JSON entry)."""

    source: str
    name: str
    code: str | None
    checklist: tuple[str, str]
    verdict: Verdict
    score: float | None
    layers: tuple[tuple[int, LayerStatus], ...]
    failing: frozenset[str]
    partial: frozenset[str]

    def standing(self, control: str) -> str:
        return "fail" if control in self.failing else "partial" if control in self.partial else "ok"


@dataclass(frozen=True)
class Round:
    """One side of a diff of rounds."""

    source: str
    kind: str  # "folder" or "audit_report"
    as_of: date
    checklist: tuple[str, str]
    agencies: tuple[RoundAgency, ...]
    errors: int
    duplicates: int
    as_of_from: str = "report"
    """How the evaluation date was chosen: ``option`` (named on the command line),
    ``newest`` (a folder's newest ``assessed_on``: its own round's date) or ``report``
    (an audit JSON report's own ``as_of``)."""

    @property
    def mean(self) -> float | None:
        """The mean of the counted agencies' scores (:func:`fourlayer.model.figures.mean`), as ``audit``."""
        return mean([a.score for a in self.agencies])


def is_audit_report(data: Any) -> bool:
    """A JSON report of ``audit`` (by its content): ``tool``, ``summary`` and ``agencies``."""
    return isinstance(data, dict) and "tool" in data and "summary" in data and "agencies" in data


def round_of_run(run: Any, source: str, as_of_from: str = "option") -> Round:
    """A folder side, from the :class:`~fourlayer.rounds.audit.AuditRun` of its files."""
    agencies = tuple(
        RoundAgency(
            source=row.source,
            name=row.agency.name,
            code=row.agency.code,
            checklist=(row.checklist_id, row.checklist_version),
            verdict=row.verdict,
            score=row.score,
            layers=tuple((x.layer, x.status) for x in row.layers),
            failing=frozenset(row.failing_of(run.checklist.ids)),
            partial=frozenset(row.partial_of(run.checklist.ids)),
        )
        for row in run.counted
    )
    return Round(
        source,
        "folder",
        run.as_of,
        (run.checklist.id, run.checklist.version),
        agencies,
        errors=len(run.errors),
        duplicates=len(run.duplicates),
        as_of_from=as_of_from,
    )


def round_of_report(data: dict[str, Any], source: str) -> Round:
    """An audit JSON report that passed ``schemas/audit.schema.json``."""
    agencies = []
    for entry in data["agencies"]:
        if entry.get("duplicate_of"):
            continue
        agencies.append(
            RoundAgency(
                source=str(entry["source"]),
                name=str(entry["agency"]["name"]),
                code=entry["agency"].get("code"),
                checklist=(str(entry["checklist"]["id"]), str(entry["checklist"]["version"])),
                verdict=Verdict(entry["verdict"]),
                score=entry["score"],
                layers=tuple((x["layer"], LayerStatus(x["status"])) for x in entry["layers"]),
                failing=frozenset(entry["failing_controls"]),
                partial=frozenset(entry.get("partial_controls", ())),
            )
        )
    return Round(
        source,
        "audit_report",
        parse_iso(str(data["as_of"])) or date.min,
        (str(data["checklist"]["id"]), str(data["checklist"]["version"])),
        tuple(agencies),
        errors=len(data["errors"]),
        duplicates=int(data["summary"].get("duplicates", 0)),
    )


def load_round(
    path: str, settings: Settings, jobs: int = 1, loaded: LoadResult | None = None, as_of: date | None = None
) -> Round | FileProblems:
    """One side: a folder audited here, or an audit JSON report; else located problems.
    ``loaded`` is the file already read (by :func:`read_side`), so standard input is read once.
    A folder is evaluated on ``as_of`` when given, else on its own newest ``assessed_on``
    (the round's own date: each side of a diff keeps its date, as its audit JSON report
    does), found by a first pass (:func:`own_date`)."""
    if os.path.isdir(path):
        from fourlayer.rounds.audit import run_audit

        if as_of is not None:
            return round_of_run(run_audit([path], replace(settings, as_of=as_of), jobs=jobs), path, "option")
        run = run_audit([path], settings, jobs=jobs)
        newest = own_date(run)
        if newest is not None and newest != run.as_of:
            run = run_audit([path], replace(settings, as_of=newest), jobs=jobs)
        return round_of_run(run, path, "newest")
    if loaded is None:
        loaded = read_target(Target(path), settings.limits)
    if loaded.data is None:
        return FileProblems(loaded.path, loaded.findings)
    locator = Locator(loaded.text)
    if not is_audit_report(loaded.data):
        return FileProblems(
            loaded.path, (finding(loaded.path, (1, 1), "diff-not-a-round", hint="hint.diff-not-a-round"),)
        )
    problems = schema_findings("audit", loaded.data, locator, loaded.path)
    if problems:
        return FileProblems(loaded.path, tuple(problems))
    return round_of_report(loaded.data, loaded.path)


def own_date(run: Any) -> date | None:
    """A folder round's own date: the newest ``assessed_on`` of the files that count."""
    return max((row.assessed_on for row in run.counted), default=None)


def read_side(path: str, settings: Settings) -> LoadResult | None:
    """One side of a ``diff`` read once (``None`` for a folder): whichever diff it turns out to
    be reads it from here, never from the path again."""
    return None if os.path.isdir(path) else read_target(Target(path), settings.limits)


def looks_like_round(loaded: LoadResult | None) -> bool:
    """Whether a side read by :func:`read_side` is a folder or an audit JSON report (the other
    diff compares one agency's assessments or check reports)."""
    return loaded is None or (loaded.data is not None and is_audit_report(loaded.data))


# --- comparing ------------------------------------------------------------------------
@dataclass(frozen=True)
class AgencyChange:
    old: RoundAgency
    new: RoundAgency
    comparable: bool
    verdict: str
    score_delta: float | None
    layers: tuple[tuple[int, LayerStatus | None, LayerStatus | None, str], ...]
    """(layer, before, after, change) of the layers whose status changed."""
    controls: tuple[tuple[str, str, str, str], ...]
    """(control, before, after, change) of the controls whose standing changed."""
    mapped: bool = False
    """The two sides used different checklist versions joined by an id map: the controls
    were compared through it (scores still not compared)."""

    @property
    def well_defined(self) -> bool:
        """Controls compared under one checklist, or through an id map."""
        return self.comparable or self.mapped

    @property
    def regressions(self) -> int:
        found = sum(1 for *_, change in self.layers if change == "regressed")
        found += sum(1 for *_, change in self.controls if change == "regressed")
        found += self.verdict == "regressed"
        found += self.score_delta is not None and self.score_delta < 0
        return found

    @property
    def improvements(self) -> int:
        found = sum(1 for *_, change in self.layers if change == "improved")
        found += sum(1 for *_, change in self.controls if change == "improved")
        found += self.verdict == "improved"
        found += self.score_delta is not None and self.score_delta > 0
        return found

    @property
    def direction(self) -> str:
        """How the agency's score moved: ``up``, ``down``, ``same``, or ``none`` (not compared:
        another checklist, or no score) — :func:`fourlayer.model.figures.direction`. The words of
        every report follow it; control regressions are a separate count."""
        return direction(self.score_delta)

    @property
    def controls_regressed(self) -> int:
        """Controls whose standing fell ("N tiêu chí bị giảm")."""
        return sum(1 for *_, change in self.controls if change == "regressed")

    @property
    def controls_improved(self) -> int:
        return sum(1 for *_, change in self.controls if change == "improved")


@dataclass(frozen=True)
class RoundDiff:
    old: Round
    new: Round
    agencies: tuple[AgencyChange, ...]
    """Matched agencies, in the new round's order."""
    gone: tuple[RoundAgency, ...]
    new_agencies: tuple[RoundAgency, ...]

    @property
    def comparable(self) -> bool:
        """Every matched agency used the same checklist on both sides (scores compared)."""
        return all(change.comparable for change in self.agencies) and (
            bool(self.agencies) or self.old.checklist == self.new.checklist
        )

    @property
    def mapped(self) -> bool:
        """Some agency's controls were compared through an id map (said in every report)."""
        return any(change.mapped for change in self.agencies) or (
            not self.agencies
            and self.old.checklist != self.new.checklist
            and id_map(self.old.checklist, self.new.checklist) is not None
        )

    @property
    def well_defined(self) -> bool:
        """Every matched agency's controls compare, under one checklist or through an id map:
        only otherwise does ``diff`` ask for ``--allow-checklist-change``."""
        if not self.agencies:
            return self.old.checklist == self.new.checklist or self.mapped
        return all(change.well_defined for change in self.agencies)

    @property
    def checklists(self) -> tuple[str, str]:
        """The first checklist change that no id map joins (else the first met), ``id
        vVERSION`` before and after, for messages."""
        for wanted in (False, True):
            for change in self.agencies:
                if not change.comparable and change.well_defined is wanted:
                    return _checklist(change.old.checklist), _checklist(change.new.checklist)
        return _checklist(self.old.checklist), _checklist(self.new.checklist)

    @property
    def mapped_checklists(self) -> tuple[str, str]:
        """The first pair of checklists joined by an id map, for the message saying so."""
        for change in self.agencies:
            if change.mapped:
                return _checklist(change.old.checklist), _checklist(change.new.checklist)
        return _checklist(self.old.checklist), _checklist(self.new.checklist)

    @property
    def regressions(self) -> int:
        return sum(change.regressions for change in self.agencies)

    def count(self, moved: str) -> int:
        """Matched agencies whose score moved so (``up``, ``down``, ``same``, ``none``)."""
        return sum(1 for change in self.agencies if change.direction == moved)

    @property
    def mean_delta(self) -> float | None:
        """The new round's mean minus the old one's, when scores compare (one checklist)."""
        return delta(self.old.mean, self.new.mean) if self.comparable else None

    @property
    def matched_means(self) -> tuple[float | None, float | None]:
        """The mean score, before and after, of the matched agencies whose scores compare (the
        agencies the up/down/same counts are about)."""
        compared = [change for change in self.agencies if change.direction != "none"]
        return mean([c.old.score for c in compared]), mean([c.new.score for c in compared])

    @property
    def agencies_with_regressed_controls(self) -> int:
        return sum(1 for change in self.agencies if change.controls_regressed)

    @property
    def agencies_with_improved_controls(self) -> int:
        return sum(1 for change in self.agencies if change.controls_improved)

    @property
    def controls_regressed(self) -> int:
        return sum(change.controls_regressed for change in self.agencies)

    @property
    def controls_improved(self) -> int:
        return sum(change.controls_improved for change in self.agencies)

    def exit_code(self, fail_on_regression: bool = False) -> ExitCode:
        """1 with ``--fail-on-regression`` when any matched agency regressed; else 0."""
        return ExitCode.FINDINGS if fail_on_regression and self.regressions else ExitCode.OK


def _checklist(pair: tuple[str, str]) -> str:
    return f"{pair[0]} v{pair[1]}"


def verdict_counts(side: Round) -> dict[Verdict, int]:
    counts = dict.fromkeys((Verdict.COMPLIANT, Verdict.PARTIALLY_COMPLIANT, Verdict.NON_COMPLIANT), 0)
    for agency in side.agencies:
        counts[agency.verdict] += 1
    return counts


def match_agencies(old: tuple[RoundAgency, ...], new: tuple[RoundAgency, ...]) -> list[tuple[int, int]]:
    """Pairs of (old index, new index): the one rule of the same agency
    (:func:`fourlayer.rounds.compare.pair_agencies`, as ``history`` and the roster pair them)."""
    return pair_agencies([(a.code, a.name) for a in old], [(a.code, a.name) for a in new])


def _in_round(agency: RoundAgency, round_checklist: tuple[str, str]) -> bool:
    """Whether ``agency``'s failing and partial ids are ids of its round's checklist: it was
    evaluated against it, or against the version before it (the audit then named its
    controls through the id map, :func:`fourlayer.rounds.audit.successors`)."""
    return agency.checklist == round_checklist or id_map(agency.checklist, round_checklist) is not None


def _carried(agency: RoundAgency, table: dict[str, tuple[str, ...]]) -> RoundAgency:
    """``agency`` with its controls named by the next version (``table``: old id → new ids):
    a new control fails when a control it continues failed, else is partial when one was
    partial (merged controls: the weaker standing); a split control's standing goes to each
    control that continues it; a retired control to none."""
    failing = frozenset(carry(agency.failing, table))
    partial = frozenset(carry(agency.partial, table)) - failing
    return replace(agency, failing=failing, partial=partial)


def compare_agency(old: RoundAgency, new: RoundAgency, mapped: bool = False) -> AgencyChange:
    """``mapped``: the controls of ``old`` and ``new`` were put under one checklist through
    an id map (the checklists differ, the controls still compare)."""
    comparable = old.checklist == new.checklist
    moved = delta(old.score, new.score) if comparable else None
    before, after = dict(old.layers), dict(new.layers)
    layers = []
    for number in sorted(before.keys() | after.keys()):
        change = change_of(before.get(number), after.get(number), STATUS_RANK)
        if change != "unchanged":
            layers.append((number, before.get(number), after.get(number), change))
    controls = []
    for control in sorted(old.failing | old.partial | new.failing | new.partial):
        was, now = old.standing(control), new.standing(control)
        if was != now:
            controls.append((control, was, now, change_of(was, now, STANDING_RANK)))
    return AgencyChange(
        old,
        new,
        comparable,
        change_of(old.verdict, new.verdict, VERDICT_RANK),
        moved,
        tuple(layers),
        tuple(controls),
        mapped=mapped and not comparable,
    )


def compare_rounds(old: Round, new: Round) -> RoundDiff:
    """Agency by agency. Each side's controls are named by its round's checklist; when the
    two rounds used consecutive versions of one bundled checklist, the earlier side's are
    carried to the later version through its id map (:func:`_carried`), so that controls
    compare without ``--allow-checklist-change``; scores are still compared only under one
    checklist."""
    pairs = match_agencies(old.agencies, new.agencies)
    matched_old = {o for o, _ in pairs}
    matched_new = {n for _, n in pairs}
    forward = id_map(old.checklist, new.checklist)
    backward = None if forward is not None else id_map(new.checklist, old.checklist)
    changes = []
    for o, n in pairs:
        before, after = old.agencies[o], new.agencies[n]
        joined = (
            (forward is not None or backward is not None)
            and _in_round(before, old.checklist)
            and _in_round(after, new.checklist)
        )
        if joined and forward:
            before = _carried(before, forward)
        elif joined and backward:
            after = _carried(after, backward)
        changes.append(compare_agency(before, after, mapped=joined))
    return RoundDiff(
        old=old,
        new=new,
        agencies=tuple(changes),
        gone=tuple(a for i, a in enumerate(old.agencies) if i not in matched_old),
        new_agencies=tuple(a for i, a in enumerate(new.agencies) if i not in matched_new),
    )
