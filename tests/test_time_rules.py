"""The checklist's time rules and legal-basis validity (issue 11; docs/evaluation.md).

Table tests at the boundary days of each rule, and properties for the deadline rule.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from builders import answer, assessment, checklist, control, evidence, system
from conftest import ROOT, run_cli
from hypothesis import given
from hypothesis import strategies as st

from fourlayer.model.checklist import Reference, next_deadline
from fourlayer.model.evaluation import Outcome, Reason, evaluate


def judge_one(ctrl, ans, as_of, level=3):
    result = evaluate(checklist(ctrl), assessment(system("portal", level, *([ans] if ans else []))), as_of)
    assert len(result.results) == 1
    pair = result.results[0]
    return pair.outcome, pair.reasons, result.warnings


# --- fixed calendar deadlines -----------------------------------------------------------
TWICE = ((0, ((6, 20), (12, 15))),)  # TT 20/2017 Art. 6.1: before 20/6 and 15/12
YEARLY = ((0, ((12, 25),)),)

DEADLINE_CASES = [
    # (deadlines, evidence date, evaluation date, expected outcome)
    (TWICE, date(2026, 6, 18), date(2026, 12, 1), Outcome.PASS),  # filed on time, next report not yet due
    (TWICE, date(2026, 6, 18), date(2026, 12, 15), Outcome.PASS),  # the next deadline is today: still in time
    (TWICE, date(2026, 6, 18), date(2026, 12, 16), Outcome.FAIL),  # the December report is missing
    (TWICE, date(2026, 6, 20), date(2026, 12, 15), Outcome.PASS),  # filed on the deadline day itself
    (TWICE, date(2026, 6, 20), date(2026, 12, 16), Outcome.FAIL),
    (TWICE, date(2026, 12, 15), date(2027, 6, 20), Outcome.PASS),
    (TWICE, date(2026, 12, 15), date(2027, 6, 21), Outcome.FAIL),
    (TWICE, date(2026, 12, 10), date(2027, 6, 10), Outcome.PASS),  # 6 months later: a 6-month period would fail
    (YEARLY, date(2025, 12, 24), date(2026, 12, 25), Outcome.PASS),
    (YEARLY, date(2025, 12, 24), date(2026, 12, 26), Outcome.FAIL),
    (YEARLY, date(2025, 12, 26), date(2026, 12, 26), Outcome.PASS),  # filed late: counts for the next cycle
]


@pytest.mark.parametrize(("deadlines", "evidence_day", "as_of", "expected"), DEADLINE_CASES)
def test_deadline_boundaries(deadlines, evidence_day, as_of, expected):
    ctrl = control("L4.08", deadlines=deadlines)
    outcome, reasons, _ = judge_one(ctrl, answer("L4.08", evidence_items=(evidence(evidence_day),)), as_of)
    assert outcome is expected
    assert reasons == (() if expected is Outcome.PASS else (Reason.EVIDENCE_EXPIRED,))


def test_report_filed_on_time_is_never_shown_expired_where_a_period_would_be():
    """The review's case: 6 months and 5 days between 15/12 and 20/6."""
    on_time = answer("L4.08", evidence_items=(evidence(date(2025, 12, 15)),))
    with_deadlines = control("L4.08", deadlines=TWICE)
    with_months = control("L4.08", max_age_months=6)
    assert judge_one(with_deadlines, on_time, date(2026, 6, 19))[0] is Outcome.PASS
    assert judge_one(with_months, on_time, date(2026, 6, 19))[0] is Outcome.FAIL


def test_deadlines_per_level():
    ctrl = control("L3.08", min_level=3, deadlines=((3, ((12, 14),)), (5, ((6, 14), (12, 14)))))
    filed = answer("L3.08", evidence_items=(evidence(date(2025, 12, 10)),))
    assert judge_one(ctrl, filed, date(2026, 9, 1), level=3)[0] is Outcome.PASS
    assert judge_one(ctrl, filed, date(2026, 9, 1), level=5)[0] is Outcome.FAIL
    assert judge_one(ctrl, filed, date(2026, 9, 1), level=4)[0] is Outcome.PASS  # no limit for level 4


def test_deadline_without_dated_evidence_is_partial():
    ctrl = control("L4.08", deadlines=TWICE)
    outcome, reasons, _ = judge_one(ctrl, answer("L4.08", evidence_items=(evidence(None),)), date(2026, 12, 1))
    assert (outcome, reasons) == (Outcome.PARTIAL, (Reason.UNDATED_EVIDENCE,))


def test_deadline_warning_names_the_day_it_goes_stale():
    ctrl = control("L4.08", deadlines=TWICE)
    _, _, warnings = judge_one(ctrl, answer("L4.08", evidence_items=(evidence(date(2026, 6, 18)),)), date(2026, 11, 20))
    assert [(w.code, w.date) for w in warnings] == [("evidence_expiring", date(2026, 12, 15))]


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))
deadline_sets = st.lists(st.tuples(st.integers(1, 12), st.integers(1, 28)), min_size=1, max_size=4, unique=True).map(
    lambda items: tuple(sorted(items))
)


@given(deadline_sets, days)
def test_next_deadline_is_the_first_on_or_after(deadlines, day):
    found = next_deadline(deadlines, day)
    assert found >= day
    assert (found.month, found.day) in deadlines
    probe = day
    while probe < found:  # no deadline in between
        assert (probe.month, probe.day) not in deadlines
        probe += timedelta(days=1)


@given(deadline_sets, days)
def test_evidence_dated_on_or_before_a_deadline_is_current_until_the_next(deadlines, filed):
    """Filed on time (on or before deadline D) → never expired on any day up to the deadline after D."""
    ctrl = control("L4.08", deadlines=((0, deadlines),))
    due = next_deadline(deadlines, filed)
    following = next_deadline(deadlines, due + timedelta(days=1))
    stale = ctrl.stale_after(filed, 1)
    assert stale == following
    assert stale > due >= filed


# --- forward-only duties ----------------------------------------------------------------
BUDGET_15 = dict(
    forward_from=date(2026, 7, 1),
    effective_from=date(2026, 7, 1),
    max_age_months=12,
    scope="agency",
    allow_not_applicable=True,
)

FORWARD_CASES = [
    # (evidence date, evaluation date, outcome, reasons)
    (date(2025, 12, 10), date(2026, 12, 1), Outcome.NOT_APPLICABLE, (Reason.DUTY_NOT_ARISEN,)),
    (date(2026, 6, 30), date(2026, 12, 1), Outcome.NOT_APPLICABLE, (Reason.DUTY_NOT_ARISEN,)),
    (date(2026, 7, 1), date(2026, 12, 1), Outcome.PASS, ()),
    (date(2026, 7, 1), date(2027, 7, 1), Outcome.PASS, ()),
    (date(2026, 7, 1), date(2027, 7, 2), Outcome.FAIL, (Reason.EVIDENCE_EXPIRED,)),
]


@pytest.mark.parametrize(("evidence_day", "as_of", "expected", "reasons"), FORWARD_CASES)
def test_forward_only_duty_judges_acts_from_its_day(evidence_day, as_of, expected, reasons):
    ctrl = control("L1.17", **BUDGET_15)
    ans = answer("L1.17", evidence_items=(evidence(evidence_day),))
    result = evaluate(checklist(ctrl), assessment(system("portal", 1), answers=(ans,)), as_of)
    assert [(r.outcome, r.reasons) for r in result.results] == [(expected, reasons)]


def test_forward_only_duty_not_in_force_before_its_day():
    ctrl = control("L1.17", **BUDGET_15)
    ans = answer("L1.17", evidence_items=(evidence(date(2026, 6, 1)),))
    result = evaluate(checklist(ctrl), assessment(system("portal", 1), answers=(ans,)), date(2026, 6, 30))
    assert result.results == ()


def test_forward_only_duty_still_fails_when_not_implemented():
    ctrl = control("L1.17", **BUDGET_15)
    ans = answer("L1.17", "not_implemented", evidence_items=())
    result = evaluate(checklist(ctrl), assessment(system("portal", 1), answers=(ans,)), date(2026, 12, 1))
    assert result.results[0].outcome is Outcome.FAIL


# --- event-triggered duties -------------------------------------------------------------
def no_event_answer(cid, status="implemented", items=()):
    base = answer(cid, status, evidence_items=items)
    return type(base)(
        control=base.control, status=base.status, evidence=base.evidence, note="Không có sự cố", due=None, no_event=True
    )


@pytest.mark.parametrize(
    ("event_triggered", "ans", "expected", "reasons"),
    [
        (True, no_event_answer("L4.09"), Outcome.PASS, ()),
        (False, no_event_answer("L4.09"), Outcome.PARTIAL, (Reason.MISSING_EVIDENCE,)),
        (True, answer("L4.09", evidence_items=()), Outcome.PARTIAL, (Reason.MISSING_EVIDENCE,)),
        (True, no_event_answer("L4.09", "partial"), Outcome.PARTIAL, (Reason.PARTIALLY_IMPLEMENTED,)),
        (True, no_event_answer("L4.09", "not_implemented"), Outcome.FAIL, (Reason.NOT_IMPLEMENTED,)),
    ],
)
def test_event_triggered_duty_accepts_no_event_without_evidence(event_triggered, ans, expected, reasons):
    ctrl = control("L4.09", event_triggered=event_triggered, max_age_months=12)
    outcome, got, warnings = judge_one(ctrl, ans, date(2026, 12, 1))
    assert (outcome, got) == (expected, reasons)
    assert not [w for w in warnings if w.code == "evidence_expiring"]


# --- legal-basis validity -------------------------------------------------------------
def ref(doc, *, confirmed_until=None, valid_from=None, valid_until=None):
    return Reference(doc, None, None, "verified", None, valid_from, valid_until, confirmed_until)


DECREE_85 = ref("Nghị định 85/2016/NĐ-CP", confirmed_until=date(2026, 6, 30))
LAW_86 = ref("Luật 86/2015/QH13", valid_until=date(2026, 6, 30))
LAW_116 = ref("Luật 116/2025/QH15", valid_from=date(2026, 7, 1))

BASIS_CASES = [
    # (references, evaluation date, expected warning date or None)
    ((DECREE_85,), date(2026, 6, 30), None),
    ((DECREE_85,), date(2026, 7, 1), date(2026, 6, 30)),
    ((DECREE_85, LAW_86), date(2026, 7, 1), date(2026, 6, 30)),  # Law 86 no longer in force
    ((DECREE_85, LAW_116), date(2026, 7, 1), None),  # one confirmed basis is enough
    ((DECREE_85, LAW_116), date(2026, 6, 30), None),
    ((LAW_86,), date(2026, 6, 30), None),
    ((LAW_86,), date(2026, 7, 1), date(2026, 6, 30)),  # its only basis has ended
    ((ref("Chỉ thị 18/CT-TTg"),), date(2030, 1, 1), None),
]


@pytest.mark.parametrize(("references", "as_of", "expected"), BASIS_CASES)
def test_basis_unconfirmed_boundaries(references, as_of, expected):
    ctrl = control("L2.04", references=references)
    outcome, _, warnings = judge_one(ctrl, answer("L2.04"), as_of)
    found = [w for w in warnings if w.code == "basis_unconfirmed"]
    if expected is None:
        assert found == []
    else:
        assert [(w.control, w.system, w.date) for w in found] == [("L2.04", None, expected)]
        assert found[0].bases
    assert outcome is Outcome.PASS  # never changes an outcome


def test_basis_unconfirmed_once_per_control_and_only_when_it_applies():
    ctrl = control("L2.04", min_level=3, references=(DECREE_85,))
    two = assessment(system("a", 3, answer("L2.04")), system("b", 4, answer("L2.04")))
    warnings = [w for w in evaluate(checklist(ctrl), two, date(2026, 12, 1)).warnings if w.code == "basis_unconfirmed"]
    assert len(warnings) == 1
    low = assessment(system("a", 2))
    assert not evaluate(checklist(ctrl), low, date(2026, 12, 1)).warnings


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
    st.sampled_from(["implemented", "partial", "not_implemented"]),
)
def test_basis_validity_never_changes_an_outcome(as_of, status):
    plain = control("L2.04", references=(ref("Nghị định 85/2016/NĐ-CP"),))
    dated = control("L2.04", references=(DECREE_85,))
    ans = answer("L2.04", status, evidence_items=(evidence(date(2026, 1, 1)),))
    a = evaluate(checklist(plain), assessment(system("p", 3, ans)), as_of)
    b = evaluate(checklist(dated), assessment(system("p", 3, ans)), as_of)
    assert [(r.outcome, r.reasons) for r in a.results] == [(r.outcome, r.reasons) for r in b.results]
    assert (a.score, a.verdict) == (b.score, b.verdict)


# --- a basis_unconfirmed warning never changes an outcome -------------------------------
def test_a_basis_unconfirmed_warning_never_changes_an_outcome(tmp_path):
    """The same migrated assessment under the bundled version 2 (bases confirmed until
    2026-06-30: warnings on 2026-12-01) and under a copy with every ``confirmed_until``
    removed (no such warning): the same outcomes, layers, score and verdict."""
    from test_migrate import NAMES, migrated

    text = (ROOT / "checklists" / "four-layer-v2.yaml").read_text(encoding="utf-8")
    confirmed = tmp_path / "confirmed.yaml"
    confirmed.write_text(
        "\n".join(line for line in text.splitlines() if "confirmed_until:" not in line) + "\n", encoding="utf-8"
    )
    for name in NAMES:
        path = tmp_path / f"{name}.yaml"
        path.write_text(migrated(name).text, encoding="utf-8")
        reports = []
        for extra in ([], ["--checklist", confirmed]):
            result = run_cli(["check", "--format", "json", "--as-of", "2026-12-01", path, *extra])
            assert result.exit_code in (0, 1), result.stderr
            reports.append(json.loads(result.stdout)["reports"][0])
        warned, plain = reports
        unconfirmed = {w["control"] for w in warned["warnings"] if w["code"] == "basis_unconfirmed"}
        assert unconfirmed, "the case needs warnings"
        assert unconfirmed - {w["control"] for w in plain["warnings"] if w["code"] == "basis_unconfirmed"}

        def outcomes(report: dict) -> dict:
            return {(r["control"], r["system"]): (r["outcome"], tuple(r["reasons"])) for r in report["results"]}

        assert outcomes(warned) == outcomes(plain)
        assert (warned["verdict"], warned["score"], warned["layers"]) == (
            plain["verdict"],
            plain["score"],
            plain["layers"],
        )
