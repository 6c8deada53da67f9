"""``diff``: what improved and what regressed between two evaluations of one agency.

Each side is an assessment file (evaluated here, both on the same ``--as-of`` date, so
only the agency's answers make the difference) or a JSON report of ``check --format
json`` holding exactly one agency (taken as it is, with its own ``as_of``). The kind is
detected from the content: a mapping with ``tool`` and ``reports`` is a report, anything
else an assessment. Both are read by the same safe loader, with its limits and located
errors; a report is validated against ``schemas/report.schema.json``.

Changes are matched per (control, target) pair and per layer:

* outcomes are ordered ``fail`` < ``partial`` < ``pass``; a move up is *improved*, down
  *regressed*; any change to or from ``waived`` or ``not_applicable`` is *changed*;
* a pair present only in the new evaluation *appeared*, only in the old *disappeared*;
* layer statuses are ordered ``not_met`` < ``partially_met`` < ``met`` (``not_applicable``
  again only *changed*), verdicts ``non_compliant`` < ``partially_compliant`` <
  ``compliant``.

Scores computed under different checklists (another id or version) are never compared:
``DiffResult.comparable`` is False, the deltas are ``None``, and the command refuses to
run (exit 2) unless ``--allow-checklist-change`` is given, in which case the pairs and
statuses are still compared and the report says that the scores are not. Two
consecutive bundled versions of one checklist (a version-1 round and a version-2 round)
are not refused: the earlier side's pairs are renamed through the later version's id map
(``replaces``; merged controls keep the weaker outcome, a split control's outcome is
carried to each control that continues it), so they compare per control
(``DiffResult.mapped``); their scores are still not compared.

A *regression* (what ``--fail-on-regression`` fails on) is a pair that regressed, a layer
whose status regressed, a verdict that regressed, or — when the scores are comparable —
an overall score that fell.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from fourlayer.exitcodes import ExitCode
from fourlayer.model.checklist import id_map
from fourlayer.model.dates import parse_iso
from fourlayer.model.evaluation import Evaluation, LayerStatus, Outcome, Verdict, evaluate
from fourlayer.model.figures import delta
from fourlayer.reading.discovery import Target
from fourlayer.reading.findings import Finding, finding, keep_first
from fourlayer.reading.loading import LoadResult
from fourlayer.reading.locations import Locator
from fourlayer.reading.schemacheck import path_text, schema_findings
from fourlayer.reading.validation import check_loaded
from fourlayer.rounds.compare import carry
from fourlayer.runner import FileProblems, Settings, read_target

CREDIT_RANK = {Outcome.FAIL: 0, Outcome.PARTIAL: 1, Outcome.PASS: 2}
"""Better and worse, for *improved* and *regressed*: the outcomes the score counts, by their
credit (fail < partial < pass). Not the display ranking
(:data:`fourlayer.model.evaluation.OUTCOME_RANK`, which also places waived and not applicable,
after pass): those two are off this scale, so a move to or from them is *changed*, never
better or worse, and a merged control keeps any judged outcome over them."""
STATUS_RANK = {LayerStatus.NOT_MET: 0, LayerStatus.PARTIALLY_MET: 1, LayerStatus.MET: 2}
VERDICT_RANK = {Verdict.NON_COMPLIANT: 0, Verdict.PARTIALLY_COMPLIANT: 1, Verdict.COMPLIANT: 2}
KINDS = ("regressed", "improved", "changed", "appeared", "disappeared")


@dataclass(frozen=True)
class PairState:
    control: str
    layer: int
    system: str | None
    severity: str
    outcome: Outcome

    @property
    def key(self) -> tuple[str, str]:
        return self.control, self.system or ""


@dataclass(frozen=True)
class LayerState:
    layer: int
    status: LayerStatus
    score: float | None


@dataclass(frozen=True)
class Snapshot:
    """One side of a diff: what an evaluation says, from an assessment or a report."""

    source: str
    kind: str  # "assessment" or "report"
    agency: str
    checklist_id: str
    checklist_version: str
    as_of: date
    verdict: Verdict
    score: float | None
    layers: tuple[LayerState, ...]
    pairs: tuple[PairState, ...]
    systems: tuple[tuple[str, str], ...]  # (id, name)

    def layer(self, number: int) -> LayerState | None:
        return next((item for item in self.layers if item.layer == number), None)


def snapshot_of_evaluation(item: Evaluation) -> Snapshot:
    return Snapshot(
        source=item.source,
        kind="assessment",
        agency=item.agency.name,
        checklist_id=item.checklist_id,
        checklist_version=item.checklist_version,
        as_of=item.as_of,
        verdict=item.verdict,
        score=item.score,
        layers=tuple(LayerState(x.layer, x.status, x.score) for x in item.layers),
        pairs=tuple(PairState(r.control, r.layer, r.system, r.severity, r.outcome) for r in item.results),
        systems=tuple((s.id, s.name) for s in item.systems),
    )


def snapshot_of_report(data: dict[str, Any], source: str) -> Snapshot:
    """A report that passed ``schemas/report.schema.json`` and holds one entry."""
    entry = data["reports"][0]
    as_of = parse_iso(str(data["as_of"]))
    return Snapshot(
        source=source,
        kind="report",
        agency=str(entry["agency"]["name"]),
        checklist_id=str(entry["checklist"]["id"]),
        checklist_version=str(entry["checklist"]["version"]),
        as_of=as_of or date.min,
        verdict=Verdict(entry["verdict"]),
        score=entry["score"],
        layers=tuple(LayerState(x["layer"], LayerStatus(x["status"]), x["score"]) for x in entry["layers"]),
        pairs=tuple(
            PairState(r["control"], r["layer"], r["system"], r["severity"], Outcome(r["outcome"]))
            for r in entry["results"]
        ),
        systems=tuple((str(s["id"]), str(s["name"])) for s in entry["systems"]),
    )


def _report_values(data: dict[str, Any], locator: Locator, display: str) -> list[Finding]:
    """What the report schema cannot say: a date that does not exist (``2026-02-30``) and a
    number that is not finite (YAML's ``.nan``, ``.inf``), which would compare as nothing and
    print as invalid JSON. Each is a located finding: the report is not compared."""
    found = []
    as_of = data.get("as_of")
    if isinstance(as_of, str) and parse_iso(as_of) is None:
        found.append(
            finding(
                display,
                locator.value(("as_of",)),
                "impossible-date",
                hint="hint.impossible-date",
                where="as_of",
                value=as_of,
            )
        )
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(((*path, k), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend(((*path, i), v) for i, v in enumerate(value))
        elif isinstance(value, float) and not math.isfinite(value):
            found.append(
                finding(display, locator.value(path), "not-finite-number", where=path_text(path), value=str(value))
            )
    return keep_first(found, display)


def is_report(data: Any) -> bool:
    """A JSON report of ``check`` (by its content, whatever the file is called)."""
    return isinstance(data, dict) and "tool" in data and "reports" in data


def load_snapshot(path: str, settings: Settings, loaded: LoadResult | None = None) -> Snapshot | FileProblems:
    """One side of a diff, or the located problems that keep it from being compared;
    ``loaded`` is the file when it was already read (standard input is read only once)."""
    if loaded is None:
        loaded = read_target(Target(path), settings.limits)
    if loaded.data is not None and is_report(loaded.data):
        locator = Locator(loaded.text)
        problems = schema_findings("report", loaded.data, locator, loaded.path)
        problems = problems or _report_values(loaded.data, locator, loaded.path)
        if problems:
            return FileProblems(loaded.path, tuple(problems))
        count = len(loaded.data["reports"])
        if count != 1:
            return FileProblems(
                loaded.path,
                (
                    finding(
                        loaded.path,
                        locator.key(("reports",)),
                        "diff-report-count",
                        hint="hint.diff-report-count",
                        count=count,
                    ),
                ),
            )
        return snapshot_of_report(loaded.data, loaded.path)
    checked = check_loaded(loaded, settings.checklist)
    if checked.assessment is None:
        return FileProblems(checked.path, checked.findings)
    return snapshot_of_evaluation(
        evaluate(
            checked.checklist or settings.checklist,
            checked.assessment,
            settings.as_of,
            use_waivers=settings.use_waivers,
        )
    )


# --- comparing ------------------------------------------------------------------------
def change_of(before: Any, after: Any, rank: dict[Any, int]) -> str:
    """``unchanged``, ``improved``, ``regressed`` or ``changed`` (a value outside ``rank``)."""
    if before == after:
        return "unchanged"
    if before in rank and after in rank:
        return "improved" if rank[after] > rank[before] else "regressed"
    return "changed"


@dataclass(frozen=True)
class PairChange:
    control: str
    layer: int
    system: str | None
    severity: str
    before: Outcome | None
    after: Outcome | None
    change: str  # one of KINDS


@dataclass(frozen=True)
class LayerChange:
    layer: int
    before: LayerStatus | None
    after: LayerStatus | None
    score_before: float | None
    score_after: float | None
    delta: float | None
    change: str  # unchanged, improved, regressed, changed


@dataclass(frozen=True)
class DiffResult:
    """The comparison of two snapshots; ``exit_code`` decides the process status."""

    old: Snapshot
    new: Snapshot
    comparable: bool
    """Same checklist id and version: only then are scores compared."""
    verdict_change: str
    score_delta: float | None
    layers: tuple[LayerChange, ...]
    pairs: tuple[PairChange, ...]
    """Only the pairs that changed, in control order (agency first, then systems)."""
    mapped: bool = False
    """Consecutive versions of one checklist: pairs compared per control through the newer
    version's id map (renamed, moved, merged controls); scores still not compared."""

    @property
    def same_agency(self) -> bool:
        return self.old.agency.strip().casefold() == self.new.agency.strip().casefold()

    def count(self, change: str) -> int:
        return sum(1 for p in self.pairs if p.change == change)

    @property
    def regressions(self) -> int:
        """Regressed pairs, layers and verdict, and a fallen score (when comparable)."""
        found = self.count("regressed") + sum(1 for x in self.layers if x.change == "regressed")
        found += self.verdict_change == "regressed"
        found += self.score_delta is not None and self.score_delta < 0
        return found

    def exit_code(self, fail_on_regression: bool = False) -> ExitCode:
        """1 with ``--fail-on-regression`` when anything regressed; else 0."""
        return ExitCode.FINDINGS if fail_on_regression and self.regressions else ExitCode.OK


def _delta(before: float | None, after: float | None, comparable: bool) -> float | None:
    return delta(before, after) if comparable else None


def id_translation(first: Snapshot, second: Snapshot) -> tuple[Snapshot, dict[str, tuple[str, ...]]] | None:
    """When the two sides used consecutive bundled versions of one checklist: the side on
    the earlier version, and the old id → new ids table of the later one (``replaces``; a
    control split in two has two successors)."""
    if first.checklist_id != second.checklist_id or first.checklist_version == second.checklist_version:
        return None
    for earlier, later in ((first, second), (second, first)):
        table = id_map((earlier.checklist_id, earlier.checklist_version), (later.checklist_id, later.checklist_version))
        if table is not None:
            return earlier, table
    return None


def _translated(snapshot: Snapshot, table: dict[str, tuple[str, ...]]) -> tuple[PairState, ...]:
    """The pairs of ``snapshot`` under the newer version's ids. A split control's outcome is
    carried to every control that continues it (each is compared with it); merged controls
    keep the weaker outcome (waived and not applicable yield to any judged outcome); a
    retired control, outside the map, is carried to none (:func:`fourlayer.rounds.compare.carry`)."""
    out: dict[tuple[str, str], PairState] = {}
    for pair in snapshot.pairs:
        for cid in carry((pair.control,), table):
            moved = PairState(cid, int(cid[1]), pair.system, pair.severity, pair.outcome)
            have = out.get(moved.key)
            if have is None or (
                moved.outcome in CREDIT_RANK
                and (have.outcome not in CREDIT_RANK or CREDIT_RANK[moved.outcome] < CREDIT_RANK[have.outcome])
            ):
                out[moved.key] = moved
    return tuple(out.values())


def compare(old: Snapshot, new: Snapshot) -> DiffResult:
    comparable = (old.checklist_id, old.checklist_version) == (new.checklist_id, new.checklist_version)
    found = id_translation(old, new)
    if found is not None:
        earlier, table = found
        if earlier is old:
            old = replace(old, pairs=_translated(old, table))
        else:
            new = replace(new, pairs=_translated(new, table))
    layers = []
    for number in sorted({x.layer for x in old.layers} | {x.layer for x in new.layers}):
        before, after = old.layer(number), new.layer(number)
        layers.append(
            LayerChange(
                layer=number,
                before=before.status if before else None,
                after=after.status if after else None,
                score_before=before.score if before else None,
                score_after=after.score if after else None,
                delta=_delta(before.score if before else None, after.score if after else None, comparable),
                change=change_of(before.status if before else None, after.status if after else None, STATUS_RANK),
            )
        )
    olds = {p.key: p for p in old.pairs}
    news = {p.key: p for p in new.pairs}
    changes = []
    for key in sorted(olds.keys() | news.keys(), key=lambda k: (k[0], k[1] != "", k[1])):
        was, now = olds.get(key), news.get(key)
        if was is None or now is None:
            kind = "appeared" if was is None else "disappeared"
        else:
            kind = change_of(was.outcome, now.outcome, CREDIT_RANK)
            if kind == "unchanged":
                continue
        base = now or was
        assert base is not None
        changes.append(
            PairChange(
                base.control,
                base.layer,
                base.system,
                base.severity,
                was.outcome if was else None,
                now.outcome if now else None,
                kind,
            )
        )
    return DiffResult(
        old=old,
        new=new,
        comparable=comparable,
        mapped=found is not None,
        verdict_change=change_of(old.verdict, new.verdict, VERDICT_RANK),
        score_delta=_delta(old.score, new.score, comparable),
        layers=tuple(layers),
        pairs=tuple(changes),
    )
