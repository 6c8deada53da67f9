"""One table test per rule of SPEC §3, boundaries included."""

from __future__ import annotations

from datetime import date

import pytest
from builders import answer, assessment, checklist, control, evidence, system, waiver

from fourlayer.model.dates import add_months
from fourlayer.model.evaluation import LayerStatus, Outcome, Reason, Verdict, evaluate

AS_OF = date(2026, 11, 27)


def only(result):
    assert len(result.results) == 1, result.results
    pair = result.results[0]
    return pair.outcome, pair.reasons


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 3, 31), 0, date(2026, 3, 31)),
        (date(2026, 5, 31), 24, date(2028, 5, 31)),
    ],
)
def test_calendar_months_clamp_to_month_end(start, months, expected):
    assert add_months(start, months) == expected


CASES = {
    # rule 1: waivers
    "active waiver": (dict(), "implemented", None, [waiver("L1.01", AS_OF)], Outcome.WAIVED, ()),
    "waiver expiring on the evaluation date still covers": (
        dict(),
        "not_implemented",
        None,
        [waiver("L1.01", AS_OF)],
        Outcome.WAIVED,
        (),
    ),
    "expired waiver ignored, reason added": (
        dict(),
        "not_implemented",
        None,
        [waiver("L1.01", date(2026, 11, 26))],
        Outcome.FAIL,
        (Reason.WAIVER_EXPIRED, Reason.NOT_IMPLEMENTED),
    ),
    "expired waiver on a passing pair": (
        dict(evidence_required=False),
        "implemented",
        None,
        [waiver("L1.01", date(2026, 1, 1))],
        Outcome.PASS,
        (Reason.WAIVER_EXPIRED,),
    ),
    "waiver for another system does not cover": (
        dict(),
        "not_implemented",
        None,
        [waiver("L1.01", AS_OF, "other")],
        Outcome.FAIL,
        (Reason.NOT_IMPLEMENTED,),
    ),
    "waiver naming this system covers": (
        dict(),
        "not_implemented",
        None,
        [waiver("L1.01", AS_OF, "portal")],
        Outcome.WAIVED,
        (),
    ),
    # rule 2
    "no answer": (dict(), None, None, [], Outcome.FAIL, (Reason.UNANSWERED,)),
    # rule 3
    "not applicable, allowed": (
        dict(allow_not_applicable=True),
        "not_applicable",
        None,
        [],
        Outcome.NOT_APPLICABLE,
        (),
    ),
    "not applicable, not allowed": (
        dict(),
        "not_applicable",
        None,
        [],
        Outcome.FAIL,
        (Reason.NOT_APPLICABLE_NOT_ALLOWED,),
    ),
    # rule 4
    "not implemented": (dict(), "not_implemented", None, [], Outcome.FAIL, (Reason.NOT_IMPLEMENTED,)),
    "partial": (dict(), "partial", None, [], Outcome.PARTIAL, (Reason.PARTIALLY_IMPLEMENTED,)),
    # rule 5
    "implemented with evidence": (dict(), "implemented", None, [], Outcome.PASS, ()),
    "implemented, evidence required but none": (
        dict(),
        "implemented",
        (),
        [],
        Outcome.PARTIAL,
        (Reason.MISSING_EVIDENCE,),
    ),
    "implemented, evidence not required, none given": (
        dict(evidence_required=False),
        "implemented",
        (),
        [],
        Outcome.PASS,
        (),
    ),
    "max age, undated evidence": (
        dict(max_age_months=12),
        "implemented",
        (evidence(None),),
        [],
        Outcome.PARTIAL,
        (Reason.UNDATED_EVIDENCE,),
    ),
    "max age, no evidence, not required": (
        dict(max_age_months=12, evidence_required=False),
        "implemented",
        (),
        [],
        Outcome.PARTIAL,
        (Reason.UNDATED_EVIDENCE,),
    ),
    "evidence exactly N months old is fresh": (
        dict(max_age_months=12),
        "implemented",
        (evidence(date(2025, 11, 27)),),
        [],
        Outcome.PASS,
        (),
    ),
    "evidence one day older is expired": (
        dict(max_age_months=12),
        "implemented",
        (evidence(date(2025, 11, 26)),),
        [],
        Outcome.FAIL,
        (Reason.EVIDENCE_EXPIRED,),
    ),
    "newest evidence date counts": (
        dict(max_age_months=6),
        "implemented",
        (evidence(date(2020, 1, 1)), evidence(date(2026, 6, 1)), evidence(None)),
        [],
        Outcome.PASS,
        (),
    ),
    "per-level age applies to this level": (
        dict(max_age_months=((3, 6), (5, 3))),
        "implemented",
        (evidence(date(2026, 5, 26)),),
        [],
        Outcome.FAIL,
        (Reason.EVIDENCE_EXPIRED,),
    ),
    "level absent from the age map has no limit": (
        dict(max_age_months=((4, 12), (5, 6))),
        "implemented",
        (evidence(date(2010, 1, 1)),),
        [],
        Outcome.PASS,
        (),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_rule(name):
    overrides, status, items, waivers, outcome, reasons = CASES[name]
    answers = () if status is None else (answer("L1.01", status, evidence_items=items),)
    result = evaluate(
        checklist(control("L1.01", **overrides)),
        assessment(system("portal", 3, *answers), waivers=tuple(waivers)),
        AS_OF,
    )
    assert only(result) == (outcome, reasons)


def test_leap_day_plus_twelve_months_is_february_28():
    ck = checklist(control("L1.01", max_age_months=12))
    doc = assessment(system("portal", 3, answer("L1.01", evidence_items=(evidence(date(2024, 2, 29)),))))
    assert only(evaluate(ck, doc, date(2025, 2, 28)))[0] is Outcome.PASS
    assert only(evaluate(ck, doc, date(2025, 3, 1))) == (Outcome.FAIL, (Reason.EVIDENCE_EXPIRED,))


@pytest.mark.parametrize(
    ("status", "due", "outcome", "reasons"),
    [
        ("partial", date(2026, 11, 26), Outcome.PARTIAL, (Reason.PARTIALLY_IMPLEMENTED, Reason.OVERDUE)),
        ("not_implemented", date(2026, 1, 1), Outcome.FAIL, (Reason.NOT_IMPLEMENTED, Reason.OVERDUE)),
        ("partial", AS_OF, Outcome.PARTIAL, (Reason.PARTIALLY_IMPLEMENTED,)),
        ("partial", date(2027, 1, 1), Outcome.PARTIAL, (Reason.PARTIALLY_IMPLEMENTED,)),
        ("implemented", date(2020, 1, 1), Outcome.PASS, ()),
    ],
)
def test_overdue(status, due, outcome, reasons):
    doc = assessment(system("portal", 3, answer("L1.01", status, due=due)))
    assert only(evaluate(checklist(control("L1.01")), doc, AS_OF)) == (outcome, reasons)


def test_overdue_follows_expired_waiver_and_main_reason():
    doc = assessment(
        system("portal", 3, answer("L1.01", "partial", due=date(2026, 1, 1))),
        waivers=(waiver("L1.01", date(2026, 2, 1)),),
    )
    assert only(evaluate(checklist(control("L1.01")), doc, AS_OF))[1] == (
        Reason.WAIVER_EXPIRED,
        Reason.PARTIALLY_IMPLEMENTED,
        Reason.OVERDUE,
    )


def test_min_level_selects_systems():
    ck = checklist(control("L3.01", min_level=3))
    doc = assessment(system("low", 2, answer("L3.01")), system("high", 3, answer("L3.01")))
    result = evaluate(ck, doc, AS_OF)
    assert [(r.control, r.system) for r in result.results] == [("L3.01", "high")]


@pytest.mark.parametrize(("levels", "applies"), [((1, 2), False), ((2, 3), True), ((3,), True)])
def test_agency_control_applies_when_some_system_reaches_its_level(levels, applies):
    ck = checklist(control("L1.01", scope="agency", min_level=3))
    doc = assessment(*(system(f"s{i}", level) for i, level in enumerate(levels)), answers=(answer("L1.01"),))
    result = evaluate(ck, doc, AS_OF)
    assert [(r.control, r.system) for r in result.results] == ([("L1.01", None)] if applies else [])


def test_agency_control_uses_the_highest_level_for_its_age():
    ck = checklist(control("L1.01", scope="agency", max_age_months=((2, 24), (4, 6))))
    old = (evidence(date(2026, 1, 1)),)
    doc_low = assessment(system("a", 2), answers=(answer("L1.01", evidence_items=old),))
    doc_high = assessment(system("a", 2), system("b", 4), answers=(answer("L1.01", evidence_items=old),))
    assert only(evaluate(ck, doc_low, AS_OF))[0] is Outcome.PASS
    assert only(evaluate(ck, doc_high, AS_OF)) == (Outcome.FAIL, (Reason.EVIDENCE_EXPIRED,))


@pytest.mark.parametrize(
    ("window", "day", "applies"),
    [
        ({"effective_from": date(2026, 7, 1)}, date(2026, 7, 1), True),
        ({"effective_from": date(2026, 7, 1)}, date(2026, 6, 30), False),
        ({"effective_until": date(2026, 6, 30)}, date(2026, 6, 30), True),
        ({"effective_until": date(2026, 6, 30)}, date(2026, 7, 1), False),
    ],
)
def test_effective_window(window, day, applies):
    ck = checklist(control("L2.01", **window))
    result = evaluate(ck, assessment(system("portal", 1, answer("L2.01"))), day)
    assert len(result.results) == (1 if applies else 0)


def test_agency_answer_and_system_answer_are_kept_apart():
    ck = checklist(control("L1.01", scope="agency"), control("L2.01"))
    doc = assessment(system("portal", 2, answer("L2.01")), answers=(answer("L1.01", "partial"),))
    result = evaluate(ck, doc, AS_OF)
    assert [(r.control, r.system, r.outcome) for r in result.results] == [
        ("L1.01", None, Outcome.PARTIAL),
        ("L2.01", "portal", Outcome.PASS),
    ]


def test_no_waivers_ignores_every_waiver_silently():
    doc = assessment(
        system("portal", 3, answer("L1.01", "not_implemented")),
        waivers=(waiver("L1.01", date(2030, 1, 1)), waiver("L1.01", date(2020, 1, 1))),
    )
    ck = checklist(control("L1.01"))
    assert only(evaluate(ck, doc, AS_OF))[0] is Outcome.WAIVED
    assert only(evaluate(ck, doc, AS_OF, use_waivers=False)) == (Outcome.FAIL, (Reason.NOT_IMPLEMENTED,))


def test_scores_weights_and_rounding():
    # critical pass (5), high partial (3 × 0.5), medium fail (2), low waived (not counted)
    ck = checklist(
        control("L1.01", severity="critical"),
        control("L1.02", severity="high"),
        control("L1.03", severity="medium"),
        control("L1.04", severity="low"),
    )
    doc = assessment(
        system("portal", 2, answer("L1.01"), answer("L1.02", "partial"), answer("L1.03", "not_implemented")),
        waivers=(waiver("L1.04", AS_OF),),
    )
    result = evaluate(ck, doc, AS_OF)
    assert result.score == round(100 * 6.5 / 10, 2) == 65.0
    assert result.layers[0].score == 65.0
    assert result.systems[0].score == 65.0
    assert dict(result.layers[0].counts) == {
        Outcome.PASS: 1,
        Outcome.PARTIAL: 1,
        Outcome.FAIL: 1,
        Outcome.WAIVED: 1,
        Outcome.NOT_APPLICABLE: 0,
    }
    assert result.layers[0].status is LayerStatus.PARTIALLY_MET
    assert result.verdict is Verdict.PARTIALLY_COMPLIANT
    assert [layer.status for layer in result.layers[1:]] == [LayerStatus.NOT_APPLICABLE] * 3
    assert [layer.score for layer in result.layers[1:]] == [None] * 3


def test_score_is_rounded_to_two_decimals():
    ck = checklist(
        control("L1.01", severity="critical"), control("L1.02", severity="high"), control("L1.03", severity="low")
    )
    doc = assessment(
        system("portal", 2, answer("L1.01"), answer("L1.02", "not_implemented"), answer("L1.03", "partial"))
    )
    assert evaluate(ck, doc, AS_OF).score == round(100 * 5.5 / 9, 2) == 61.11


def test_system_score_counts_only_its_own_pairs():
    ck = checklist(control("L1.01", scope="agency"), control("L2.01"))
    doc = assessment(system("portal", 2, answer("L2.01")), answers=(answer("L1.01", "not_implemented"),))
    result = evaluate(ck, doc, AS_OF)
    assert result.systems[0].score == 100.0
    assert result.score == 50.0


@pytest.mark.parametrize(
    ("outcomes", "status"),
    [
        (("pass", "pass"), LayerStatus.MET),
        (("pass", "waived"), LayerStatus.MET),
        (("waived", "na"), LayerStatus.MET),
        (("pass", "partial"), LayerStatus.PARTIALLY_MET),  # 75
        (("partial", "partial"), LayerStatus.PARTIALLY_MET),  # exactly 50 is not below 50
        (("partial", "fail"), LayerStatus.NOT_MET),  # 25
        (("pass", "critical-fail"), LayerStatus.NOT_MET),  # score 37.5 and a critical fail
        (("pass", "pass", "pass", "pass", "critical-fail-low-weight"), LayerStatus.NOT_MET),
    ],
)
def test_layer_status(outcomes, status):
    controls, answers, waivers = [], [], []
    for index, kind in enumerate(outcomes, start=1):
        cid = f"L1.{index:02d}"
        severity = "critical" if kind.startswith("critical") else "medium"
        controls.append(control(cid, severity=severity, allow_not_applicable=True))
        if kind == "waived":
            waivers.append(waiver(cid, AS_OF))
            answers.append(answer(cid, "not_implemented"))
        elif kind == "na":
            answers.append(answer(cid, "not_applicable", note="không có"))
        else:
            answers.append(answer(cid, {"pass": "implemented", "partial": "partial"}.get(kind, "not_implemented")))
    result = evaluate(checklist(*controls), assessment(system("portal", 2, *answers), waivers=tuple(waivers)), AS_OF)
    assert result.layers[0].status is status


def test_layer_with_every_pair_waived_is_met_with_null_score():
    ck = checklist(control("L1.01"))
    result = evaluate(ck, assessment(system("p", 2), waivers=(waiver("L1.01", AS_OF),)), AS_OF)
    assert (result.layers[0].status, result.layers[0].score, result.score) == (LayerStatus.MET, None, None)
    assert result.verdict is Verdict.COMPLIANT


@pytest.mark.parametrize(
    ("l1", "l2", "verdict"),
    [
        ("implemented", "implemented", Verdict.COMPLIANT),
        ("implemented", "partial", Verdict.PARTIALLY_COMPLIANT),
        ("implemented", "not_implemented", Verdict.NON_COMPLIANT),
        ("partial", "not_implemented", Verdict.NON_COMPLIANT),
    ],
)
def test_verdict(l1, l2, verdict):
    ck = checklist(control("L1.01"), control("L2.01"))
    result = evaluate(ck, assessment(system("p", 2, answer("L1.01", l1), answer("L2.01", l2))), AS_OF)
    assert result.verdict is verdict


def test_warnings_for_waivers_and_evidence_expiring_within_30_days():
    ck = checklist(control("L1.01"), control("L1.02", max_age_months=12), control("L1.03", max_age_months=12))
    doc = assessment(
        system(
            "p",
            2,
            answer("L1.02", evidence_items=(evidence(date(2025, 12, 27)),)),
            answer("L1.03", evidence_items=(evidence(date(2025, 12, 28)),)),
        ),
        waivers=(waiver("L1.01", date(2026, 12, 27)), waiver("L1.01", date(2026, 12, 28), "p")),
    )
    result = evaluate(ck, doc, AS_OF)
    assert [(w.code, w.control, w.date) for w in result.warnings] == [
        ("waiver_expiring", "L1.01", date(2026, 12, 27)),
        ("evidence_expiring", "L1.02", date(2026, 12, 27)),
    ]
