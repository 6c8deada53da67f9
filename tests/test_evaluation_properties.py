"""Property tests of the evaluation rules on random assessments."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from builders import assessment, checklist, control, evidence, waiver
from hypothesis import given, settings
from hypothesis import strategies as st

from fourlayer.model.assessment import Answer, Assessment, System
from fourlayer.model.evaluation import LayerStatus, Outcome, evaluate, verdict_of

AS_OF = date(2026, 11, 27)
CONTROLS = (
    control("L1.01", scope="agency", severity="critical"),
    control("L1.02", scope="agency", min_level=3, max_age_months=12, severity="medium"),
    control("L2.01", severity="critical", max_age_months=((3, 6), (4, 6), (5, 3))),
    control("L2.02", min_level=2, allow_not_applicable=True, severity="low"),
    control("L3.01", min_level=3, max_age_months=12, severity="critical"),
    control("L3.02", evidence_required=False, severity="high"),
    control("L4.01", min_level=2, effective_from=date(2026, 7, 1), severity="high"),
    control("L4.02", effective_until=date(2026, 6, 30), severity="medium"),
)
CHECKLIST = checklist(*CONTROLS)
IDS = [c.id for c in CONTROLS]
AGENCY_IDS = [c.id for c in CONTROLS if c.scope == "agency"]
SYSTEM_IDS = [c.id for c in CONTROLS if c.scope == "system"]

days = st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31))
evidences = st.lists(st.builds(evidence, st.one_of(st.none(), days)), max_size=3).map(tuple)


@st.composite
def answers_for(draw, ids):
    chosen = draw(st.lists(st.sampled_from(ids), unique=True))
    return tuple(
        Answer(
            control=cid,
            status=draw(st.sampled_from(("implemented", "partial", "not_implemented", "not_applicable"))),
            evidence=draw(evidences),
            note="ghi chú",
            due=draw(st.one_of(st.none(), days)),
        )
        for cid in chosen
    )


@st.composite
def assessments(draw):
    count = draw(st.integers(1, 3))
    systems = tuple(
        System(
            id=f"s{i}",
            name=f"Hệ thống {i}",
            level=draw(st.integers(1, 5)),
            answers=draw(answers_for(SYSTEM_IDS)),
            path=("systems", i),
        )
        for i in range(count)
    )
    waivers = tuple(
        draw(
            st.lists(
                st.builds(
                    waiver,
                    st.sampled_from(IDS),
                    days,
                    st.one_of(st.none(), st.sampled_from([s.id for s in systems])),
                ),
                max_size=3,
            )
        )
    )
    return assessment(*systems, answers=draw(answers_for(AGENCY_IDS)), waivers=waivers)


as_of_dates = st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 6, 30))


def all_scores(result):
    yield result.score
    yield from (layer.score for layer in result.layers)
    yield from (s.score for s in result.systems)


@settings(max_examples=300, deadline=None)
@given(assessments(), as_of_dates)
def test_scores_are_null_or_percentages(doc, as_of):
    result = evaluate(CHECKLIST, doc, as_of)
    for score in all_scores(result):
        assert score is None or 0.0 <= score <= 100.0


@settings(max_examples=300, deadline=None)
@given(assessments(), as_of_dates)
def test_verdict_follows_layer_statuses(doc, as_of):
    result = evaluate(CHECKLIST, doc, as_of)
    assert result.verdict is verdict_of([layer.status for layer in result.layers])
    for layer in result.layers:
        pairs = [r for r in result.results if r.layer == layer.layer]
        assert (layer.status is LayerStatus.NOT_APPLICABLE) == (not pairs)
        assert sum(count for _, count in layer.counts) == len(pairs)


@settings(max_examples=200, deadline=None)
@given(assessments(), as_of_dates)
def test_evaluation_is_deterministic(doc, as_of):
    assert evaluate(CHECKLIST, doc, as_of) == evaluate(CHECKLIST, doc, as_of)


def comply(doc: Assessment, cid: str, system_id: str | None, as_of: date) -> Assessment:
    """The same assessment with one answer made fully compliant."""
    good = Answer(control=cid, status="implemented", evidence=(evidence(as_of),), note=None, due=None)

    def fixed(answers):
        return (*(a for a in answers if a.control != cid), good)

    if system_id is None:
        return dataclasses.replace(doc, answers=fixed(doc.answers))
    return dataclasses.replace(
        doc,
        systems=tuple(
            dataclasses.replace(s, answers=fixed(s.answers)) if s.id == system_id else s for s in doc.systems
        ),
    )


@settings(max_examples=300, deadline=None)
@given(assessments(), as_of_dates, st.data())
def test_complying_never_lowers_a_score(doc, as_of, data):
    before = evaluate(CHECKLIST, doc, as_of)
    gaps = [r for r in before.results if r.outcome is not Outcome.PASS]
    if not gaps:
        return
    pair = data.draw(st.sampled_from(gaps))
    after = evaluate(CHECKLIST, comply(doc, pair.control, pair.system, as_of), as_of)
    for old, new in zip(all_scores(before), all_scores(after), strict=True):
        if old is not None:
            assert new is not None and new >= old


@settings(max_examples=300, deadline=None)
@given(assessments(), as_of_dates, st.sampled_from(IDS), st.data())
def test_a_waiver_changes_only_the_pairs_it_covers(doc, as_of, cid, data):
    system_id = data.draw(st.one_of(st.none(), st.sampled_from([s.id for s in doc.systems])))
    expires = as_of + timedelta(days=data.draw(st.integers(0, 400)))
    extra = waiver(cid, expires, system_id)
    before = evaluate(CHECKLIST, doc, as_of)
    after = evaluate(CHECKLIST, dataclasses.replace(doc, waivers=(*doc.waivers, extra)), as_of)
    assert len(before.results) == len(after.results)
    for old, new in zip(before.results, after.results, strict=True):
        if extra.covers(old.control, old.system):
            assert new.outcome is Outcome.WAIVED
        else:
            assert new == old


@given(evidences, evidences)
def test_newest_evidence_is_the_first_latest_dated_item_and_follows_a_replaced_answer(first, second):
    """``Answer.newest_evidence`` is the first item of the latest date, the date of
    ``newest_evidence_date``; an answer copied with other evidence (as the evaluation does when
    it sets aside evidence from the future) has its own."""

    def expected(items):
        dated = [item for item in items if item.date is not None]
        return next((item for item in dated if item.date == max(i.date for i in dated)), None)

    answer = Answer(control="L1.01", status="implemented", evidence=first)
    assert answer.newest_evidence() is expected(first)
    assert answer.newest_evidence_date() == (None if expected(first) is None else expected(first).date)
    copied = dataclasses.replace(answer, evidence=second)
    assert copied.newest_evidence() is expected(second)
    assert answer.newest_evidence() is expected(first)
