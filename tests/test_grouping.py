"""The shared grouping of gaps by control and the capped lists (fourlayer/reporting/grouping.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fourlayer.model.evaluation import Outcome, PairResult, Reason
from fourlayer.reporting.grouping import MAX_LISTED, capped, group_by_control, targets_text

OUTCOMES = list(Outcome)


def _pair(control: str, system: str | None, outcome: Outcome, reasons: tuple[Reason, ...] = ()) -> PairResult:
    return PairResult(
        control=control,
        layer=int(control[1]),
        system=system,
        severity="high",
        outcome=outcome,
        reasons=reasons,
        path=(),
    )


pairs = st.lists(
    st.tuples(
        st.sampled_from(["L1.01", "L1.02", "L2.01"]),
        st.one_of(st.none(), st.sampled_from("abcdef")),
        st.sampled_from(OUTCOMES),
    ),
    max_size=60,
)


@given(pairs)
def test_groups_keep_every_gap_once_in_order(items: list[tuple[str, str | None, Outcome]]) -> None:
    results = [_pair(c, s, o) for c, s, o in items]
    groups = group_by_control(results)
    gaps = [r for r in results if r.outcome in (Outcome.FAIL, Outcome.PARTIAL)]
    position = {id(r): i for i, r in enumerate(results)}
    assert sorted((id(r) for g in groups for r in g.results), key=position.__getitem__) == [id(r) for r in gaps]
    assert [g.control for g in groups] == list(dict.fromkeys(r.control for r in gaps))
    for group in groups:
        assert {r.control for r in group.results} == {group.control}
        assert group.outcome is (
            Outcome.FAIL if any(r.outcome is Outcome.FAIL for r in group.results) else Outcome.PARTIAL
        )
        subs = group.subgroups()
        assert sum(len(s.results) for s in subs) == len(group.results)
        assert [s.outcome for s in subs] == sorted((s.outcome for s in subs), key=[Outcome.FAIL, Outcome.PARTIAL].index)


def test_one_control_failing_on_many_systems_is_one_group() -> None:
    results = [_pair("L2.01", f"s{i}", Outcome.FAIL, (Reason.UNANSWERED,)) for i in range(10_000)]
    results.append(_pair("L2.01", None, Outcome.PARTIAL, (Reason.MISSING_EVIDENCE,)))
    (group,) = group_by_control(results)
    assert len(group.results) == 10_001 and len(group.subgroups()) == 2
    text = targets_text(group.targets, "cơ quan", lambda n: f"… và {n} nơi khác")
    assert text.startswith("s0, s1, ") and text.endswith(f"… và {10_001 - MAX_LISTED} nơi khác")
    assert text.count(",") == MAX_LISTED - 1


@given(st.lists(st.integers(), max_size=50), st.integers(0, 60))
def test_capped_keeps_the_first_and_counts_the_rest(items: list[int], limit: int) -> None:
    shown, rest = capped(items, limit)
    assert list(shown) == items[:limit] and rest == max(0, len(items) - limit)


def test_summary_names_at_most_the_capped_systems_of_a_control(tmp_path):
    """``check --summary`` stays one screen: a control failing on 30 systems names 20 of them
    and counts the rest, like the full console report."""
    from conftest import run_cli

    from fourlayer.reporting.grouping import MAX_LISTED

    systems = "\n".join(f"  - {{id: he-thong-{i:02d}, name: Hệ thống {i}, level: 2}}" for i in range(30))
    path = tmp_path / "nhieu-he-thong.yaml"
    path.write_text(
        f"schema_version: 1\nagency: {{name: Sở Thử nghiệm}}\nassessed_on: 2026-09-30\nsystems:\n{systems}\n",
        encoding="utf-8",
    )
    result = run_cli(["check", str(path), "--summary", "--as-of", "2026-10-01", "--fail-on", "never"])
    assert result.exit_code == 0, result.stderr
    assert "he-thong-00" in result.stdout
    assert f"he-thong-{MAX_LISTED - 1:02d}" in result.stdout
    assert f"he-thong-{MAX_LISTED:02d}" not in result.stdout
    assert f"… và {30 - MAX_LISTED} nơi khác" in result.stdout
