"""Evaluation: a pure function of (checklist, assessment, evaluation date).

The rules are those of SPEC §3, in its order. Nothing here reads files, the clock or
the environment, and the result is immutable, so the same input always gives the same
report.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from fractions import Fraction

from fourlayer.model.assessment import Agency, Answer, Assessment, Evidence, KeyPath
from fourlayer.model.checklist import LAYERS, Checklist, Control
from fourlayer.model.dates import add_days, add_months
from fourlayer.model.figures import rounded

_Day = date  # for annotations after a field named ``date``
WARNING_DAYS = 30
STALE_ASSESSMENT_MONTHS = 3
"""An evaluation date more than a quarter after ``assessed_on`` gets a warning."""


class Outcome(str, Enum):
    PASS = "pass"
    PARTIAL = "partial"
    FAIL = "fail"
    WAIVED = "waived"
    NOT_APPLICABLE = "not_applicable"


class Reason(str, Enum):
    WAIVER_EXPIRED = "waiver_expired"
    UNANSWERED = "unanswered"
    NOT_APPLICABLE_NOT_ALLOWED = "not_applicable_not_allowed"
    NOT_IMPLEMENTED = "not_implemented"
    PARTIALLY_IMPLEMENTED = "partially_implemented"
    MISSING_EVIDENCE = "missing_evidence"
    UNDATED_EVIDENCE = "undated_evidence"
    EVIDENCE_EXPIRED = "evidence_expired"
    OVERDUE = "overdue"
    DUTY_NOT_ARISEN = "duty_not_arisen"


class LayerStatus(str, Enum):
    MET = "met"
    PARTIALLY_MET = "partially_met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"


class Verdict(str, Enum):
    COMPLIANT = "compliant"
    PARTIALLY_COMPLIANT = "partially_compliant"
    NON_COMPLIANT = "non_compliant"


CREDIT = {Outcome.PASS: Fraction(1), Outcome.PARTIAL: Fraction(1, 2), Outcome.FAIL: Fraction(0)}
COUNTED = frozenset(CREDIT)
_HALF_CREDITS = {Outcome.PASS: 2, Outcome.PARTIAL: 1, Outcome.FAIL: 0}  # credit × 2, for integer sums
OUTCOME_ORDER = (Outcome.PASS, Outcome.PARTIAL, Outcome.FAIL, Outcome.WAIVED, Outcome.NOT_APPLICABLE)
"""The order of the per-outcome counts (a layer's ``counts``, the report columns)."""
OUTCOME_RANK = {Outcome.FAIL: 0, Outcome.PARTIAL: 1, Outcome.PASS: 2, Outcome.WAIVED: 3, Outcome.NOT_APPLICABLE: 4}
"""Outcomes worst first: the counted ones by credit (fail, partial, pass), then those the
score does not count (waived, not applicable; SPEC §3). The one ranking for showing pairs
(the gaps of every report) and for the worst outcome of several pairs (a control's group,
an audit row's outcome letter). ``diff`` judges better and worse on its own scale
(:data:`fourlayer.rounds.diff.CREDIT_RANK`)."""


@dataclass(frozen=True, slots=True)
class StaleEvidence:
    """The evidence that made a pair ``evidence_expired``: the newest dated item, and the
    first day it no longer counted (its date + the control's maximum age, + 1 day)."""

    ref: str
    date: _Day
    max_age_months: int | None
    stale_from: _Day


@dataclass(frozen=True, slots=True)
class PairResult:
    """The outcome of one applicable (control, target) pair; ``system`` None = the agency."""

    control: str
    layer: int
    system: str | None
    severity: str
    outcome: Outcome
    reasons: tuple[Reason, ...]
    path: KeyPath
    """Where the answer is written, or the mapping that should hold it."""
    answer: Answer | None = None
    """The officer's own answer (its note and due date are shown beside a gap)."""
    stale: StaleEvidence | None = None
    """Set when ``evidence_expired`` is among the reasons."""


@dataclass(frozen=True, slots=True)
class LayerResult:
    """One protection layer of an evaluation: its status, its score and how many pairs had each outcome."""

    layer: int
    status: LayerStatus
    score: float | None
    counts: tuple[tuple[Outcome, int], ...]

    def count(self, outcome: Outcome) -> int:
        return dict(self.counts)[outcome]


@dataclass(frozen=True, slots=True)
class SystemResult:
    """One system of an evaluation: its level and its score over its own pairs."""

    id: str
    name: str
    level: int
    score: float | None


@dataclass(frozen=True, slots=True)
class EvaluationWarning:
    """Something the reader must know: a waiver or evidence expiring within 30 days
    (``date`` is its last valid day), an evaluation date more than a quarter after the
    assessment's own date (``assessment_old``: ``control`` None, ``date`` = ``assessed_on``),
    or a control whose every legal basis is unconfirmed on the evaluation date
    (``basis_unconfirmed``: ``date`` = the last day one was confirmed, ``bases`` = them).
    None of them changes an outcome."""

    code: str  # "waiver_expiring", "evidence_expiring", "assessment_old", "basis_unconfirmed" or "evidence_in_future"
    control: str | None
    system: str | None
    date: date
    evidence: Evidence | None = None
    """For ``evidence_expiring``: the newest dated evidence item."""
    bases: tuple[str, ...] = ()
    """For ``basis_unconfirmed``: the unconfirmed bases, as cited."""
    ever_confirmed: bool = True
    """For ``basis_unconfirmed``: False when no basis in question has a day until which its force
    was confirmed (a text in force not read in its own words, or no legal text at all); ``date``
    is then the evaluation date."""
    bases_in_force: bool = True
    """For ``basis_unconfirmed``: whether the bases in question are in force on the evaluation
    date (False: they ended, or there are none)."""


@dataclass(frozen=True)
class Evaluation:
    """What evaluating one assessment found: every (control, target) result, the layers, the score and the verdict."""

    source: str
    checklist_id: str
    checklist_version: str
    agency: Agency
    assessed_on: date
    as_of: date
    verdict: Verdict
    score: float | None
    layers: tuple[LayerResult, ...]
    systems: tuple[SystemResult, ...]
    results: tuple[PairResult, ...]
    warnings: tuple[EvaluationWarning, ...]
    checklist: Checklist = field(compare=False, repr=False)
    """The checklist evaluated against — the version the assessment names, not necessarily
    the run's (reporters look its controls up in it; required: there is no fallback)."""
    waivers_ignored: bool = False
    assessment: Assessment | None = field(default=None, compare=False, repr=False)
    """The assessment evaluated (the yearly report reads the facts it states)."""

    @property
    def assessment_age_days(self) -> int:
        """Days from the assessment's own date to the evaluation date (negative if after)."""
        return (self.as_of - self.assessed_on).days


def score_of(results: list[PairResult] | tuple[PairResult, ...], checklist: Checklist) -> Fraction | None:
    """Σ weight × credit / Σ weight over pass, partial and fail pairs, as an exact fraction of 1."""
    total = 0
    earned = 0  # in half credits, so that every sum stays an integer
    weights = checklist.weights
    for result in results:
        half = _HALF_CREDITS.get(result.outcome)
        if half is not None:
            weight = weights[result.severity]
            total += weight
            earned += weight * half
    return None if total == 0 else Fraction(earned, 2 * total)


def percent(value: Fraction | None) -> float | None:
    """A fraction of 1 as a percentage rounded to two decimals (:func:`fourlayer.model.figures.rounded`)."""
    return None if value is None else rounded(float(value * 100))


def layer_status(results: list[PairResult], checklist: Checklist) -> tuple[LayerStatus, Fraction | None]:
    score = score_of(results, checklist)
    if not results:
        return LayerStatus.NOT_APPLICABLE, score
    if all(r.outcome in (Outcome.PASS, Outcome.WAIVED, Outcome.NOT_APPLICABLE) for r in results):
        return LayerStatus.MET, score
    critical_fail = any(r.outcome is Outcome.FAIL and r.severity == "critical" for r in results)
    if critical_fail or (score is not None and score < Fraction(1, 2)):
        return LayerStatus.NOT_MET, score
    return LayerStatus.PARTIALLY_MET, score


def verdict_of(statuses: list[LayerStatus]) -> Verdict:
    if all(s in (LayerStatus.MET, LayerStatus.NOT_APPLICABLE) for s in statuses):
        return Verdict.COMPLIANT
    if any(s is LayerStatus.NOT_MET for s in statuses):
        return Verdict.NON_COMPLIANT
    return Verdict.PARTIALLY_COMPLIANT


def judge(
    control: Control,
    answer: Answer | None,
    level: int,
    as_of: date,
    waiver_state: str | None,
) -> tuple[Outcome, tuple[Reason, ...]]:
    """Rules 1–5 of SPEC §3 for one pair. ``waiver_state``: "active", "expired" or None."""
    reasons: list[Reason] = []
    if waiver_state == "active":
        return Outcome.WAIVED, ()
    if waiver_state == "expired":
        reasons.append(Reason.WAIVER_EXPIRED)
    outcome, reason = _answer_outcome(control, answer, level, as_of)
    if reason is not None:
        reasons.append(reason)
    if (
        answer is not None
        and answer.due is not None
        and answer.due < as_of
        and outcome in (Outcome.PARTIAL, Outcome.FAIL)
    ):
        reasons.append(Reason.OVERDUE)
    return outcome, tuple(reasons)


def _answer_outcome(control: Control, answer: Answer | None, level: int, as_of: date) -> tuple[Outcome, Reason | None]:
    if answer is None:
        return Outcome.FAIL, Reason.UNANSWERED
    if answer.status == "not_applicable":
        if control.allow_not_applicable:
            return Outcome.NOT_APPLICABLE, None
        return Outcome.FAIL, Reason.NOT_APPLICABLE_NOT_ALLOWED
    if answer.status == "not_implemented":
        return Outcome.FAIL, Reason.NOT_IMPLEMENTED
    if answer.status == "partial":
        return Outcome.PARTIAL, Reason.PARTIALLY_IMPLEMENTED
    if control.event_triggered and answer.no_event:
        return Outcome.PASS, None  # no event in the period: nothing to prove (docs/evaluation.md)
    if control.evidence_required and not answer.evidence:
        return Outcome.PARTIAL, Reason.MISSING_EVIDENCE
    newest = answer.newest_evidence_date()
    if control.forward_from is not None and newest is not None and newest < control.forward_from:
        return Outcome.NOT_APPLICABLE, Reason.DUTY_NOT_ARISEN  # every act predates the duty
    if control.ages_evidence(level):
        if newest is None:
            return Outcome.PARTIAL, Reason.UNDATED_EVIDENCE
        stale = control.stale_after(newest, level)
        if stale is not None and stale < as_of:
            return Outcome.FAIL, Reason.EVIDENCE_EXPIRED
    return Outcome.PASS, None


def newest_evidence(answer: Answer) -> Evidence | None:
    """The dated evidence item with the latest date (the first of equals), if any."""
    return answer.newest_evidence()


def stale_evidence(control: Control, answer: Answer | None, level: int) -> StaleEvidence | None:
    """What went stale, and from which day, for a pair judged ``evidence_expired``
    (``max_age_months`` None: the control ages evidence by fixed deadlines instead)."""
    item = newest_evidence(answer) if answer is not None else None
    if item is None or item.date is None:
        return None
    last = control.stale_after(item.date, level)
    if last is None:
        return None
    return StaleEvidence(item.ref, item.date, control.max_age_for(level), add_days(last, 1))


def _expiring(
    control: Control, answer: Answer, system_id: str | None, level: int, horizon: date
) -> list[EvaluationWarning]:
    """``evidence_expiring`` for a passing pair whose evidence goes stale by ``horizon``
    (never for an event-triggered duty answered ``no_event``)."""
    if control.event_triggered and answer.no_event:
        return []
    item = newest_evidence(answer)
    stale = None if item is None or item.date is None else control.stale_after(item.date, level)
    if stale is None or stale > horizon:
        return []
    return [EvaluationWarning("evidence_expiring", control.id, system_id, stale, item)]


def _unconfirmed(control: Control, as_of: date) -> list[EvaluationWarning]:
    """``basis_unconfirmed`` once for an applicable control with no confirmed basis on ``as_of``."""
    unconfirmed = control.unconfirmed_on(as_of)
    if unconfirmed is None:
        return []
    bases, last = unconfirmed
    return [
        EvaluationWarning(
            "basis_unconfirmed",
            control.id,
            None,
            as_of if last is None else last,
            bases=tuple(ref.label() for ref in bases),
            ever_confirmed=last is not None,
            bases_in_force=bool(bases) and all(ref.in_force_on(as_of) for ref in bases),
        )
    ]


def _without_future_evidence(
    answer: Answer, as_of: date, control: str, system: str | None, warnings: list[EvaluationWarning]
) -> Answer:
    """Evidence dated after the evaluation date did not exist on it: it is not counted (a
    file dated 2099 would otherwise keep a periodic control passing for ever), and each
    such item is a warning (docs/evaluation.md, "Evidence from the future")."""
    newest = answer.newest_evidence_date()
    if newest is None or newest <= as_of:
        return answer
    kept = []
    for item in answer.evidence:
        if item.date is not None and item.date > as_of:
            warnings.append(EvaluationWarning("evidence_in_future", control, system, item.date, evidence=item))
        else:
            kept.append(item)
    return replace(answer, evidence=tuple(kept))


def evaluate(checklist: Checklist, assessment: Assessment, as_of: date, *, use_waivers: bool = True) -> Evaluation:
    """Evaluate every applicable (control, target) pair and roll the results up."""
    horizon = add_days(as_of, WARNING_DAYS)
    waivers = assessment.waivers if use_waivers else ()
    agency_answers = assessment.answer_map()
    agency_level = assessment.highest_level
    results: list[PairResult] = []
    warnings: list[EvaluationWarning] = []

    targets: list[tuple[str | None, int, dict[str, Answer], KeyPath]] = [
        (None, agency_level, agency_answers, ("controls",))
    ]
    targets.extend((s.id, s.level, s.answer_map(), (*s.path, "controls")) for s in assessment.systems)

    for control in checklist.controls:
        if not control.in_force_on(as_of):
            continue
        applied = False
        for system_id, level, answers, base in targets:
            if (control.scope == "agency") != (system_id is None) or level < control.min_level:
                continue
            covering = [w for w in waivers if w.covers(control.id, system_id)]
            active = [w for w in covering if w.expires >= as_of]
            state = "active" if active else ("expired" if covering else None)
            answer = answers.get(control.id)
            if answer is not None and answer.evidence:
                answer = _without_future_evidence(answer, as_of, control.id, system_id, warnings)
            outcome, reasons = judge(control, answer, level, as_of, state)
            results.append(
                PairResult(
                    control=control.id,
                    layer=control.layer,
                    system=system_id,
                    severity=control.severity,
                    outcome=outcome,
                    reasons=reasons,
                    path=answer.path if answer is not None else base,
                    answer=answer,
                    stale=stale_evidence(control, answer, level) if Reason.EVIDENCE_EXPIRED in reasons else None,
                )
            )
            for waiver in active:
                if waiver.expires <= horizon:
                    warnings.append(EvaluationWarning("waiver_expiring", control.id, system_id, waiver.expires))
            if outcome is Outcome.PASS and answer is not None:
                warnings.extend(_expiring(control, answer, system_id, level, horizon))
            applied = True
        if applied:
            warnings.extend(_unconfirmed(control, as_of))
    if as_of > add_months(assessment.assessed_on, STALE_ASSESSMENT_MONTHS):
        warnings.append(EvaluationWarning("assessment_old", None, None, assessment.assessed_on))

    layers = []
    statuses = []
    for layer in LAYERS:
        in_layer = [r for r in results if r.layer == layer]
        status, score = layer_status(in_layer, checklist)
        statuses.append(status)
        layers.append(
            LayerResult(
                layer=layer,
                status=status,
                score=percent(score),
                counts=tuple((o, sum(1 for r in in_layer if r.outcome is o)) for o in OUTCOME_ORDER),
            )
        )
    by_system: dict[str | None, list[PairResult]] = {}
    for result in results:  # grouped once: files may hold thousands of systems
        by_system.setdefault(result.system, []).append(result)
    systems = tuple(
        SystemResult(
            id=s.id,
            name=s.name,
            level=s.level,
            score=percent(score_of(by_system.get(s.id, []), checklist)),
        )
        for s in assessment.systems
    )
    return Evaluation(
        source=assessment.source,
        checklist_id=checklist.id,
        checklist_version=checklist.version,
        agency=assessment.agency,
        assessed_on=assessment.assessed_on,
        as_of=as_of,
        verdict=verdict_of(statuses),
        score=percent(score_of(results, checklist)),
        layers=tuple(layers),
        systems=systems,
        results=tuple(results),
        warnings=tuple(sorted(set(warnings), key=lambda w: (w.date, w.control or "", w.system or "", w.code))),
        waivers_ignored=not use_waivers,
        checklist=checklist,
        assessment=assessment,
    )
