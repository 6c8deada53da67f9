"""The figures ``history`` shows equal a straightforward computation from the file itself
(issue 26: the faster reading and tracking must not change a figure), over random small
histories (``history_random``): each round's mean and layer counts, each agency's entries
(the first file of the agency in a round) and the change from the round before."""

from __future__ import annotations

import math
import sqlite3
import tempfile
from pathlib import Path

import pytest
from history_random import write_random_history
from hypothesis import given, settings
from hypothesis import strategies as st

from fourlayer.model.figures import delta, mean
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.history import json as history_json
from fourlayer.reporting.history.json import history_dict
from fourlayer.reporting.json_data import dumps, json_number, json_string
from fourlayer.rounds import compare
from fourlayer.rounds.compare import group_agencies
from fourlayer.rounds.history import STATUSES, build_history


def _straight(path: Path) -> dict[str, dict]:
    """Per round label, read with plain SQL: the scores of all its files, its layer counts, and
    the (score, verdict) of each agency's first file, in the audit's order."""
    db = sqlite3.connect(path)
    try:
        out = {}
        for round_id, label, checklist in db.execute(
            "SELECT id, label, checklist_id || ' v' || checklist_version FROM rounds"
        ):
            rows = db.execute(
                "SELECT code, name, score, verdict FROM agencies WHERE round_id = ? ORDER BY position", (round_id,)
            ).fetchall()
            counts = {
                (layer, status): count
                for layer, status, count in db.execute(
                    "SELECT l.layer, l.status, count(*) FROM layers l JOIN agencies a ON a.id = l.agency_id"
                    " WHERE a.round_id = ? GROUP BY l.layer, l.status",
                    (round_id,),
                )
            }
            firsts = [rows[group[0]] for group in group_agencies([(code, name) for code, name, _, _ in rows])]
            out[label] = {
                "scores": [r[2] for r in rows],
                "counts": counts,
                "checklist": checklist,
                "entries": sorted((r[2] is None, r[2] or 0.0, r[3]) for r in firsts),
            }
        return out
    finally:
        db.close()


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32))
def test_the_history_figures_equal_a_straightforward_computation(seed):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lich-su.sqlite"
        write_random_history(path, seed)
        history = build_history(path)
        straight = _straight(path)
    assert [r.label for r in history.rounds] == sorted(
        straight, key=lambda label: (next(r.as_of for r in history.rounds if r.label == label), label)
    )
    for index, item in enumerate(history.rounds):
        mine = straight[item.label]
        assert item.mean_score == mean(mine["scores"])
        for layer in item.layers:
            for status in STATUSES:
                assert layer.count(status) == mine["counts"].get((layer.layer, status), 0)
        assert {n for n, _ in mine["counts"]} <= {layer.layer for layer in item.layers}
        entries = [t.entries[item.label] for t in history.tracks if item.label in t.entries]
        assert sorted((e.score is None, e.score or 0.0, e.verdict) for e in entries) == mine["entries"]
        before = history.rounds[index - 1].label if index else None
        for track in history.tracks:
            entry = track.entries.get(item.label)
            if entry is None:
                continue
            old = track.entries.get(before) if before else None
            expected = None if old is None or old.checklist != entry.checklist else delta(old.score, entry.score)
            assert entry.change == expected


@given(st.text(alphabet=st.sampled_from(" \t\u00a0aAăĂeẾếệỆ\u0301\u0065Ss"), max_size=12))
def test_the_cached_normal_form_is_the_normal_form(text):
    assert compare.normal(text) == compare.normal.__wrapped__(text)
    assert compare.normal(text) == compare.normal.__wrapped__(text)  # from the cache


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32), st.sampled_from([{}, {"last": 2}, {"agency": "sở"}, {"agency": "a1", "last": 1}]))
def test_the_json_written_piece_by_piece_is_the_json_dumps_writes(seed, options):
    """``history --format json`` lays each agency out from pieces (issue 26): the same text
    as ``dumps`` of the whole document."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lich-su.sqlite"
        write_random_history(path, seed)
        history = build_history(path, **options)
    report = ReportOptions(version="0.0.0")
    assert "".join(history_json.render_chunks(history, report)) == dumps(history_dict(history, report))


@pytest.mark.parametrize(
    "value", [None, 0, 50, 100, 0.0, -0.0, 12.5, 33.33, 1e-7, 99.99999999999999, math.nan, math.inf, -math.inf]
)
def test_a_number_written_alone_is_written_as_dumps_writes_it(value):
    assert json_number(value) == dumps(value).rstrip("\n")


@given(st.text())
def test_a_text_written_alone_is_written_as_dumps_writes_it(text):
    assert json_string(text) == dumps(text).rstrip("\n")
