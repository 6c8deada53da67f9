"""The history file: rounds recorded in one transaction, refused files left byte-identical,
concurrent recorders, and the trends computed from it (``fourlayer.rounds.history``)."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from conftest import VALID, run_cli
from generate import write_agencies
from rounds import next_round

from fourlayer.model.checklist import load_checklist
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.history.json import history_dict
from fourlayer.resources import schema
from fourlayer.rounds.audit import run_audit
from fourlayer.rounds.history import build_history, record_audit
from fourlayer.rounds.history_store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    HistoryError,
    RoundInfo,
    StoredAgency,
    check_recordable,
    read_history,
    record_round,
)
from fourlayer.runner import Settings

CHECKLIST = load_checklist().checklist
OPTIONS = ReportOptions(lang="en", version="0.0.0")


def _audit(folder: Path, as_of: date):
    return run_audit([str(folder)], Settings(CHECKLIST, as_of, keep_outcomes=True), jobs=1)


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    root = tmp_path_factory.mktemp("rounds")
    write_agencies(root / "q1", 12, 5)
    next_round(root / "q1", root / "q2", 1, drop=1)
    next_round(root / "q2", root / "q3", 2, drop=1)
    return root


def _info(label: str, as_of: str = "2026-03-31", version: str = "1") -> RoundInfo:
    return RoundInfo(label, as_of, "four-layer", version, True, 1, 1, 0, "0.0.0")


def _agency(name: str = "Sở A", code: str | None = "A1", score: float | None = 50.0) -> StoredAgency:
    return StoredAgency(
        name,
        code,
        None,
        f"{name}.yaml",
        "0" * 64,
        "2026-03-01",
        "four-layer",
        "1",
        "partially_compliant",
        score,
        ((1, "met", 100.0), (2, "partially_met", 50.0), (3, "not_met", 0.0), (4, "not_applicable", None)),
        (("L1.01", None, "pass", ""), ("L3.01", "portal", "fail", "not_implemented overdue")),
    )


def test_a_round_is_stored_whole_and_read_back(tmp_path, folders):
    path = tmp_path / "h.sqlite"
    run = _audit(folders / "q1", date(2026, 3, 31))
    record_audit(path, "2026-Q1", run, "0.0.0")
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("SELECT count(*) FROM agencies").fetchone()[0] == run.summary.agencies
        assert db.execute("SELECT count(*) FROM layers").fetchone()[0] == 4 * run.summary.agencies
        pairs = sum(len(row.pairs) for row in run.agencies)
        assert pairs > run.summary.agencies
        assert db.execute("SELECT count(*) FROM results").fetchone()[0] == pairs
        digests = [r[0] for r in db.execute("SELECT sha256 FROM agencies ORDER BY position")]
    import hashlib

    assert digests == [hashlib.sha256(Path(r.source).read_bytes()).hexdigest() for r in run.agencies]
    stored = read_history(path)
    assert [r.label for r in stored.rounds] == ["2026-Q1"]
    assert [r.score for r in stored.rows] == [r.score for r in run.agencies]


def test_scores_in_the_history_equal_those_of_each_audit(tmp_path, folders):
    path = tmp_path / "h.sqlite"
    expected: dict[str, dict[str, float | None]] = {}
    for label, folder, day in (
        ("2026-Q1", "q1", date(2026, 3, 31)),
        ("2026-Q2", "q2", date(2026, 6, 30)),
        ("2026-Q3", "q3", date(2026, 9, 30)),
    ):
        run = _audit(folders / folder, day)
        record_audit(path, label, run, "0.0.0")
        for row in run.agencies:
            expected.setdefault(row.agency.code or row.agency.name, {}).setdefault(label, row.score)
    data = history_dict(build_history(path), OPTIONS)
    jsonschema.validate(data, schema("history"), format_checker=jsonschema.FormatChecker())
    got = {a["agency"]["code"]: {k: v["score"] for k, v in a["rounds"].items()} for a in data["agencies"]}
    assert got == expected
    assert [r["round"] for r in data["rounds"]] == ["2026-Q1", "2026-Q2", "2026-Q3"]
    assert [r["agencies"] for r in data["rounds"]] == [12, 11, 10]


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_a_label_already_recorded_is_refused_and_the_file_is_byte_identical(tmp_path):
    path = tmp_path / "h.sqlite"
    record_round(path, _info("2026-Q1"), [_agency()], [])
    before = _bytes(path)
    with pytest.raises(HistoryError) as caught:
        record_round(path, _info("2026-Q1", "2026-04-01"), [_agency(score=90.0)], [])
    assert caught.value.key == "history.round-exists"
    assert _bytes(path) == before
    assert not Path(str(path) + "-journal").exists()


def test_replace_round_replaces_it_in_one_transaction(tmp_path):
    path = tmp_path / "h.sqlite"
    record_round(path, _info("2026-Q1"), [_agency(), _agency("Sở B", "B1")], [])
    record_round(path, _info("2026-Q1", "2026-04-01"), [_agency(score=90.0)], [], replace=True)
    stored = read_history(path)
    assert [(r.label, r.as_of) for r in stored.rounds] == [("2026-Q1", "2026-04-01")]
    assert [(r.identity, r.score) for r in stored.rows] == [("A1", 90.0)]
    with sqlite3.connect(path) as db:  # the old round's layers and results went with it
        assert db.execute("SELECT count(*) FROM layers").fetchone()[0] == 4
        assert db.execute("SELECT count(*) FROM results").fetchone()[0] == 2


def _other_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute("INSERT INTO t VALUES (1)")


def _newer(path: Path) -> None:
    record_round(path, _info("2026-Q1"), [_agency()], [])
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def _truncated(path: Path) -> None:
    record_round(path, _info("2026-Q1"), [_agency(f"Sở {i}", f"C{i}") for i in range(300)], [])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _scribbled(path: Path) -> None:
    record_round(path, _info("2026-Q1"), [_agency(f"Sở {i}", f"C{i}") for i in range(300)], [])
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2 + 100, len(data) - 4096, 997):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


DAMAGE = {
    "random-bytes": lambda p: p.write_bytes(bytes(range(256)) * 40),
    "text-file": lambda p: p.write_text("agency: not a database\n", encoding="utf-8"),
    "short-sqlite-header": lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20),
    "other-sqlite-database": _other_sqlite,
    "newer-schema": _newer,
    "truncated": _truncated,
    "scribbled-pages": _scribbled,
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_file_that_is_not_a_usable_history_is_refused_untouched(tmp_path, damage):
    path = tmp_path / "h.sqlite"
    DAMAGE[damage](path)
    before = _bytes(path)
    with pytest.raises(HistoryError) as caught:
        record_round(path, _info("2026-Q2", "2026-06-30"), [_agency()], [])
    assert caught.value.key in {"history.not-history", "history.newer-schema", "history.damaged"}
    assert _bytes(path) == before
    with pytest.raises(HistoryError):
        read_history(path)
    assert _bytes(path) == before


MARKS = {
    # (application_id, user_version, holds a table): the refusal, or None for a usable new history
    "unmarked-and-empty": (0, 0, False, None),
    "unmarked-with-a-table": (0, 0, True, "history.not-history"),
    "version-without-our-id": (0, SCHEMA_VERSION, False, "history.not-history"),
    "another-application": (0x1234, SCHEMA_VERSION, True, "history.not-history"),
    "our-id-without-a-version": (APPLICATION_ID, 0, True, "history.not-history"),
    "our-id-newer-version": (APPLICATION_ID, SCHEMA_VERSION + 1, True, "history.newer-schema"),
}


@pytest.mark.parametrize("name", sorted(MARKS))
def test_the_marks_of_a_database_are_judged_the_same_by_every_entry(tmp_path, name):
    application_id, version, table, refusal = MARKS[name]
    path = tmp_path / "h.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
        if not table:
            db.execute("DROP TABLE t")
        db.execute(f"PRAGMA application_id = {application_id}")
        db.execute(f"PRAGMA user_version = {version}")
    db.close()
    before = _bytes(path)
    refused = []
    for attempt in (
        lambda: check_recordable(path, "2026-Q1"),
        lambda: read_history(path),
        lambda: record_round(path, _info("2026-Q1"), [_agency()], []),
    ):
        try:
            attempt()
        except HistoryError as error:
            refused.append(error.key)
        else:
            refused.append(None)
    if refusal is None:  # a new history: nothing to read yet, then the round is recorded
        assert refused == [None, "history.empty", None]
        assert [r.label for r in read_history(path).rounds] == ["2026-Q1"]
    else:
        assert refused == [refusal] * 3 and _bytes(path) == before


def test_a_failure_midway_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "h.sqlite"
    record_round(path, _info("2026-Q1"), [_agency()], [])
    before = _bytes(path)

    def agencies():
        for index in range(30_000):  # past one batch of rows, so some were written
            yield _agency(f"Sở {index}", f"X{index}")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        record_round(path, _info("2026-Q2", "2026-06-30"), agencies(), [])
    assert _bytes(path) == before
    fresh = tmp_path / "new.sqlite"
    with pytest.raises(KeyboardInterrupt):
        record_round(fresh, _info("2026-Q1"), agencies(), [])
    assert not fresh.exists()  # a history that never got its first round is not left behind


def _record_in_process(path: str, label: str, count: int) -> None:
    record_round(path, _info(label), [_agency(f"Sở {i}", f"{label}-{i}") for i in range(count)], [])


def test_two_recorders_at_once_both_succeed(tmp_path):
    path = tmp_path / "h.sqlite"
    context = multiprocessing.get_context("fork")
    workers = [
        context.Process(target=_record_in_process, args=(str(path), label, 3000))
        for label in ("2026-Q1", "2026-Q2", "2026-Q3")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    stored = read_history(path)
    assert sorted(r.label for r in stored.rounds) == ["2026-Q1", "2026-Q2", "2026-Q3"]
    assert len(stored.rows) == 9000
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_changes_missing_agencies_filters_and_last(tmp_path):
    path = tmp_path / "h.sqlite"
    record_round(
        path,
        _info("Q1", "2026-03-31"),
        [_agency("Sở A", "A1", 50.0), _agency("Sở B", "B1", 70.0), _agency("UBND xã C", None, 40.0)],
        [],
    )
    record_round(
        path, _info("Q2", "2026-06-30"), [_agency("Sở A (tên mới)", "A1", 62.5), _agency("UBND xã C", None, 30.0)], []
    )
    # recorded out of order: rounds are ordered by evaluation date, not by when recorded
    record_round(path, _info("Q0", "2025-12-31"), [_agency("Sở A", "A1", 10.0)], [])
    history = build_history(path)
    assert history.labels == ("Q0", "Q1", "Q2")
    by_id = {t.identity: t for t in history.tracks}
    assert by_id["A1"].name == "Sở A (tên mới)"  # the latest name is shown
    assert [(k, e.score, e.change) for k, e in by_id["A1"].entries.items()] == [
        ("Q0", 10.0, None),
        ("Q1", 50.0, 40.0),
        ("Q2", 62.5, 12.5),
    ]
    assert by_id["UBND xã C"].code is None
    assert by_id["UBND xã C"].entries["Q2"].change == -10.0
    assert [r.identity for r in history.rounds[2].absent] == ["B1"]  # absent since the round before
    assert history.rounds[2].not_submitted is None  # recorded without a roster: not known
    assert [m.agency.identity for m in history.improved] == ["A1"]
    assert [m.agency.identity for m in history.regressed] == ["UBND xã C"]
    only = build_history(path, agency="sở a")
    assert [t.identity for t in only.tracks] == ["A1"]
    assert only.rounds[1].agencies == 1  # the round figures stay province-wide
    last = build_history(path, last=1)
    assert last.labels == ("Q2",)
    assert last.tracks[0].entries["Q2"].change == 12.5  # still against the round before
    assert [r.identity for r in last.rounds[0].absent] == ["B1"]


def _versioned(name: str, code: str, version: str, score: float, failing: tuple[str, ...]) -> StoredAgency:
    base = _agency(name, code, score)
    results = tuple((control, None, "fail", "not_implemented") for control in failing)
    return StoredAgency(
        base.name,
        base.code,
        None,
        base.source,
        base.sha256,
        base.assessed_on,
        "four-layer",
        version,
        base.verdict,
        score,
        base.layers,
        results,
    )


def test_rounds_under_different_checklist_versions_compare_controls_through_the_map(tmp_path):
    from fourlayer.i18n import Translator
    from fourlayer.model.checklist import load_bundled
    from fourlayer.rounds.history import break_notes

    v2 = load_bundled("2").checklist
    assert v2 is not None and v2.previous_version == "1"
    renamed = next((c.id, c.replaces[0]) for c in v2.controls if c.replaces and c.replaces[0] != c.id)
    new_id, old_id = renamed
    path = tmp_path / "h.sqlite"
    record_round(
        path,
        _info("Q1", "2026-03-31", version="1"),
        [_versioned("Sở A", "A1", "1", 50.0, (old_id,)), _versioned("Sở B", "B1", "1", 60.0, (old_id,))],
        [],
    )
    record_round(
        path,
        _info("Q2", "2026-06-30", version="2"),
        [_versioned("Sở A", "A1", "2", 80.0, (new_id,)), _versioned("Sở B", "B1", "1", 70.0, ())],
        [],
    )
    history = build_history(path)
    assert [(r.comparable, r.mapped) for r in history.rounds] == [(True, False), (False, True)]
    by_id = {t.identity: t for t in history.tracks}
    assert by_id["A1"].entries["Q2"].change is None  # v1 and v2 scores are not compared
    assert by_id["B1"].entries["Q2"].change == 10.0  # the same version both times: compared
    assert [m.agency.identity for m in history.improved] == ["B1"]
    trend = {c.control: (c.failing, c.before) for c in history.controls}
    assert trend[new_id] == (1, 2)  # Q1's failures of the old id are counted under the new one
    (note,) = break_notes(history, Translator("en"))
    assert "four-layer v2" in note and "four-layer v1" in note and "id map" in note


def test_rounds_whose_checklists_cannot_be_mapped_are_said_not_comparable(tmp_path):
    from fourlayer.i18n import Translator
    from fourlayer.rounds.history import break_notes

    path = tmp_path / "h.sqlite"
    record_round(path, _info("Q1", "2026-03-31", version="1"), [_versioned("Sở A", "A1", "1", 50.0, ("L1.01",))], [])
    record_round(path, _info("Q2", "2026-06-30", version="7"), [_versioned("Sở A", "A1", "7", 80.0, ("L1.01",))], [])
    history = build_history(path)
    assert [(r.comparable, r.mapped) for r in history.rounds] == [(True, False), (False, False)]
    assert history.tracks[0].entries["Q2"].change is None
    assert history.improved == () and history.regressed == ()
    assert all(c.before is None for c in history.controls)
    (note,) = break_notes(history, Translator("en"))
    assert "four-layer v7" in note and "cannot be compared" in note and "no change is shown" in note
    shown = run_cli(["history", path, "--lang", "en"])
    assert shown.exit_code == 0 and "cannot be compared" in shown.stdout


def test_reading_a_history_never_writes(tmp_path):
    path = tmp_path / "h.sqlite"
    record_round(path, _info("Q1"), [_agency()], [])
    before = _bytes(path)
    build_history(path)
    assert _bytes(path) == before
    assert json.dumps(history_dict(build_history(path), OPTIONS))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("SNV", "Sở Nội vụ"), (" snv", "Sở Nội vụ")),  # a code typed with a space or another case
        ((None, "Sở Nội vụ"), (None, "So\u031b\u0309 Nội  vụ")),  # the same name in NFD, with a double space
    ],
)
def test_an_agency_is_one_track_however_its_code_or_name_was_typed(first, second, tmp_path):
    history = tmp_path / "lich-su.sqlite"
    for label, (code, name) in (("2026-Q1", first), ("2026-Q2", second)):
        folder = tmp_path / label
        folder.mkdir()
        line = f'agency: {{name: "{name}"' + (f', code: "{code}"' if code else "") + "}"
        (folder / "a.yaml").write_text(VALID.replace('agency: {name: "Sở Thử nghiệm"}', line), encoding="utf-8")
        done = run_cli(
            [
                "audit",
                str(folder),
                "--record",
                str(history),
                "--round",
                label,
                "--as-of",
                "2026-10-01",
                "--fail-on",
                "never",
                "--format",
                "json",
            ]
        )
        assert done.exit_code == 0, done.stderr
    report = json.loads(run_cli(["history", str(history), "--format", "json"]).stdout)
    assert len(report["agencies"]) == 1, report["agencies"]
    assert set(report["agencies"][0]["rounds"]) == {"2026-Q1", "2026-Q2"}


def test_the_html_page_says_a_checklist_break_and_shows_no_change_across_it(tmp_path):
    """The page, like the console, says plainly that two rounds cannot be compared and shows
    no score change (per agency or of the mean) between them; under one version it does."""
    path = tmp_path / "h.sqlite"
    record_round(path, _info("Q1", "2026-03-31", version="1"), [_versioned("Sở A", "A1", "1", 50.0, ("L1.01",))], [])
    record_round(path, _info("Q2", "2026-06-30", version="7"), [_versioned("Sở A", "A1", "7", 80.0, ("L1.01",))], [])
    page = tmp_path / "h.html"
    shown = run_cli(["history", path, "--format", "html", "-o", page, "--lang", "en"])
    assert shown.exit_code == 0, shown.stderr
    text = " ".join(page.read_text(encoding="utf-8").split())
    assert 'class="alert checklist-break"' in text and "cannot be compared" in text
    assert "+30.00" not in text  # neither Sở A's change nor the mean's
    same = tmp_path / "same.sqlite"
    record_round(same, _info("Q1", "2026-03-31"), [_agency("Sở A", "A1", 50.0)], [])
    record_round(same, _info("Q2", "2026-06-30"), [_agency("Sở A", "A1", 80.0)], [])
    run_cli(["history", same, "--format", "html", "-o", page, "--lang", "en"])
    text = " ".join(page.read_text(encoding="utf-8").split())
    assert 'class="alert checklist-break"' not in text
    assert text.count("+30.00") == 3  # the agency's cell, the mean's card, the most improved
