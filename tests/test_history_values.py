"""Every value ``history`` reads is checked while the rows are read (issue 26: the check runs
beside the reader, on a connection and thread of its own). Whatever the reader makes of a
bad value (a row it cannot place, text where a number goes), the answer is the refusal
naming the table, row and column that the check names, never an internal error and never a
report: for every checked column and every kind of value SQLite can hold."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from history_random import write_random_history

from fourlayer.rounds import history_store as store

KINDS = (
    "'x'",
    "''",
    "x'00ff'",
    "NULL",
    "7",
    "-1",
    "9000000000",
    "1.5",
    "1e999",
    "-1e999",
    "'2026-02-30'",
    "'2026-03-01'",
    "'compliant'",
    "'met'",
    "'fail'",
    "'missing'",
    "'applied'",
)
"""Values as SQL literals, stored through the column's affinity (as a tampering tool would)."""

CHECKS = store._checks(store.SCHEMA_VERSION)


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small random history with a row in every table."""
    folder = tmp_path_factory.mktemp("values")
    for seed in range(200):
        path = folder / f"h{seed}.sqlite"
        write_random_history(path, seed, rounds=3, agencies=4)
        with sqlite3.connect(path) as db:
            if all(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in CHECKS):
                return path
    raise AssertionError("no random history with a row in every table")


@pytest.mark.parametrize(
    "table, column", [(table, column) for table, (_, cols) in CHECKS.items() for column, _ in cols]
)
def test_every_stored_value_is_read_or_refused_as_the_check_names_it(recorded, tmp_path, table, column):
    key, columns = CHECKS[table]
    test = dict(columns)[column]
    for literal in KINDS:
        history = tmp_path / "lich-su.sqlite"
        shutil.copyfile(recorded, history)
        db = sqlite3.connect(history, isolation_level=None)
        try:
            db.execute("PRAGMA ignore_check_constraints = ON")
            (row,) = db.execute(f"SELECT {key} FROM {table} LIMIT 1").fetchone()
            try:
                db.execute(f"UPDATE {table} SET {column} = {literal} WHERE {key} = ?", (row,))
            except sqlite3.IntegrityError:
                continue  # SQLite itself keeps it out (a key, NOT NULL, UNIQUE)
            flagged = db.execute(f"SELECT {key} FROM {table} WHERE {test(column)}").fetchall()
        finally:
            db.close()
        try:
            store.read_history(history)
        except store.HistoryError as error:
            assert error.key == "history.bad-value", (literal, error.key)
            if flagged:
                assert (error.params["table"], error.params["column"]) == (table, column), literal
                assert error.params["row"] == str(flagged[0][0]), literal
            else:  # a row left without its round or agency (a key column changed)
                assert error.params["column"] in ("round_id", "agency_id"), (literal, error.params)
        else:
            assert not flagged, f"{table}.{column} = {literal} was read, not refused"
