"""The history file: every recorded audit round in one embedded SQLite database.

``audit --record FILE --round LABEL`` writes a round here; ``history FILE`` reads them
back. The layout is documented for officials in ``docs/history.md`` (they may query the
file with any SQLite tool); :data:`SCHEMA` is its single definition.

A history file is recognised by the SQLite header, the ``application_id`` ``0x46344C59``
("F4LY") and the ``user_version`` (the schema version, :data:`SCHEMA_VERSION`). Anything
else — random bytes, another SQLite database, a newer schema version, a damaged file — is
refused with :class:`HistoryError` *before* anything is written, so the file stays
byte-identical. A round is written in one ``BEGIN IMMEDIATE`` transaction: a failure or
Ctrl-C rolls it back, and a second recorder waits for the first (up to
:data:`BUSY_SECONDS`) instead of corrupting the file. The journal is SQLite's default
rollback journal (no ``-wal`` files next to the history), so the history stays one file
that can be copied and e-mailed.

``sqlite3`` is imported here only: this module is loaded by ``audit --record`` and
``history`` alone (start-up time is measured).
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sqlite3
import stat
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from fourlayer.errors import UserError

SCHEMA_VERSION = 2
READS_FROM = 1
"""The oldest schema version this version reads (and migrates when it records a round)."""
APPLICATION_ID = 0x46344C59  # "F4LY"
BUSY_SECONDS = 120.0
"""How long a recorder waits for another one holding the file."""
QUERY_SECONDS = 60.0
"""How long one use of a history file (reading it, or recording a round) may run SQLite:
past it the use stops (``history.too-slow``), so no file, damaged or crafted, makes
``history`` or ``audit --record`` run forever."""
PROGRESS_STEPS = 10_000
"""SQLite steps between two looks at the clock."""
HEADER = b"SQLite format 3\x00"

SCHEMA = """
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE rounds (
  id                INTEGER PRIMARY KEY,
  label             TEXT NOT NULL UNIQUE,
  as_of             TEXT NOT NULL,
  checklist_id      TEXT NOT NULL,
  checklist_version TEXT NOT NULL,
  waivers           TEXT NOT NULL CHECK (waivers IN ('applied', 'ignored')),
  files             INTEGER NOT NULL,
  agencies          INTEGER NOT NULL,
  errors            INTEGER NOT NULL,
  tool_version      TEXT NOT NULL,
  roster_source     TEXT
);
CREATE TABLE agencies (
  id                INTEGER PRIMARY KEY,
  round_id          INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  position          INTEGER NOT NULL,
  identity          TEXT NOT NULL,
  name              TEXT NOT NULL,
  code              TEXT,
  province          TEXT,
  source            TEXT NOT NULL,
  sha256            TEXT,
  assessed_on       TEXT NOT NULL,
  checklist_id      TEXT NOT NULL,
  checklist_version TEXT NOT NULL,
  verdict           TEXT NOT NULL,
  score             REAL
);
CREATE INDEX agencies_round ON agencies(round_id, position);
CREATE INDEX agencies_identity ON agencies(identity);
CREATE TABLE layers (
  agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  layer     INTEGER NOT NULL CHECK (layer BETWEEN 1 AND 4),
  status    TEXT NOT NULL,
  score     REAL,
  PRIMARY KEY (agency_id, layer)
) WITHOUT ROWID;
CREATE TABLE results (
  agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  control   TEXT NOT NULL,
  system    TEXT,
  outcome   TEXT NOT NULL,
  reasons   TEXT NOT NULL
);
CREATE INDEX results_agency ON results(agency_id);
CREATE TABLE errors (
  round_id    INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  source      TEXT NOT NULL,
  code        TEXT NOT NULL,
  agency_name TEXT,
  agency_code TEXT
);
CREATE TABLE roster (
  round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name     TEXT NOT NULL,
  code     TEXT,
  status   TEXT NOT NULL CHECK (status IN ('submitted', 'unreadable', 'missing')),
  source   TEXT,
  PRIMARY KEY (round_id, position)
) WITHOUT ROWID;
"""
"""Schema version 2. ``results.reasons`` holds the reason codes separated by spaces;
``system`` is NULL for an agency-scope pair; scores are percentages rounded to two
decimals, NULL where nothing was counted. ``rounds.roster_source`` is the roster file
given to ``audit --roster`` (NULL: the round was recorded without one, so who did not
submit is not known); ``roster`` holds that roster's entries in its order with each one's
status in the round and the file that answers it (NULL when ``missing``);
``errors.agency_name``/``agency_code`` name the agency of a file that could not be
evaluated when it could be read from the file or found on the roster (else NULL)."""

MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "ALTER TABLE rounds ADD COLUMN roster_source TEXT",
        "ALTER TABLE errors ADD COLUMN agency_name TEXT",
        "ALTER TABLE errors ADD COLUMN agency_code TEXT",
        SCHEMA[SCHEMA.index("CREATE TABLE roster") :].rstrip().rstrip(";"),
    ),
}
"""How a history of each older schema version becomes the next one: run inside the
transaction that records a round (a version-1 file read by ``history`` is read as it is,
never written). The columns are added at the end of their tables, so a migrated file has
the very columns, in the same order, of a file created at this version; rounds recorded
before have ``roster_source`` NULL (no roster known) and no ``roster`` rows."""


class HistoryError(UserError):
    """The history file cannot be used (exit 2; ``key`` is a message of the catalogue)."""


# --- what is written ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StoredAgency:
    """One evaluated agency of a round, as the store keeps it."""

    name: str
    code: str | None
    province: str | None
    source: str
    sha256: str | None
    assessed_on: str
    checklist_id: str
    checklist_version: str
    verdict: str
    score: float | None
    layers: tuple[tuple[int, str, float | None], ...]
    results: tuple[tuple[str, str | None, str, str], ...]
    """(control, system or None, outcome, reasons separated by spaces)."""

    @property
    def identity(self) -> str:
        """How an agency is recognised across rounds: its code when it has one, else its name."""
        return self.code if self.code else self.name


@dataclass(frozen=True, slots=True)
class RoundInfo:
    label: str
    as_of: str
    checklist_id: str
    checklist_version: str
    waivers_applied: bool
    files: int
    agencies: int
    errors: int
    tool_version: str
    roster_source: str | None = None
    """The roster given to ``audit --roster`` (None: recorded without one)."""


@dataclass(frozen=True, slots=True)
class StoredError:
    """A file of a round that could not be evaluated, and its agency when that is known."""

    source: str
    code: str
    """Its first finding's code (``docs/codes.md``)."""
    agency_name: str | None = None
    agency_code: str | None = None


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """One roster entry of a round: ``status`` ``submitted``, ``unreadable`` (a file that
    could not be read answers it) or ``missing`` (no file: "chưa nộp")."""

    name: str
    code: str | None
    status: str
    source: str | None = None


ROSTER_STATUSES = ("submitted", "unreadable", "missing")
LAYER_NUMBERS = (1, 2, 3, 4)
"""The layers a row of ``layers`` may name (its CHECK constraint)."""


# --- opening --------------------------------------------------------------------------
def _read_header(path: Path) -> bytes | None:
    """The first 100 bytes, or None when the file does not exist."""
    try:
        with open(path, "rb") as handle:
            return handle.read(100)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise HistoryError("history.not-a-file", path=str(path)) from None
    except OSError as error:
        raise HistoryError("history.unreadable", path=str(path), error=error.strerror or type(error).__name__) from None


def _judge(path: Path, application_id: int, version: int, tables: int | None) -> bool:
    """The one judgement of a database's marks (``application_id``, ``user_version``): True
    for a fourlayer history of a schema this version reads; False for a database with no
    mark that holds nothing (``tables`` 0: a new history), or not yet known to hold
    anything (``tables`` None: read from the header alone, judged again once open);
    :class:`HistoryError` for anything else."""
    if application_id == 0 and version == 0 and not tables:
        return False
    if application_id != APPLICATION_ID:
        raise HistoryError("history.not-history", path=str(path))
    if version > SCHEMA_VERSION:
        raise HistoryError("history.newer-schema", path=str(path), version=version, supported=SCHEMA_VERSION)
    if version < READS_FROM:
        raise HistoryError("history.not-history", path=str(path))
    return True


def check_header(path: Path, header: bytes) -> None:
    """Refuse a file that is not a fourlayer history of a schema this version reads, from
    its first 100 bytes, before SQLite opens it."""
    if len(header) == 0:
        return  # an empty file is an empty database: SQLite's own view, and a new history
    if len(header) < 100 or not header.startswith(HEADER):
        raise HistoryError("history.not-history", path=str(path))
    _judge(path, int.from_bytes(header[68:72], "big"), int.from_bytes(header[60:64], "big"), None)


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    from urllib.parse import quote

    mode = "ro" if read_only else "rw"
    # the name's bytes, percent-encoded: a name that is not UTF-8 (a surrogate escape) is a name too
    uri = f"file:{quote(os.fsencode(path.resolve()))}?mode={mode}"
    connection = sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS, isolation_level=None)
    _harden(connection)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _harden(connection: sqlite3.Connection) -> None:
    """Open a file someone else may have held so that nothing stored in it can run: no
    function of the schema (a view's, a trigger's, a default's) is trusted, triggers and
    views are off where the ``sqlite3`` module can say so (Python 3.12+: defensive mode, which
    also refuses writes to the schema), no memory map, pages checked as they are read; and
    every statement within :data:`QUERY_SECONDS`. The schema itself is then compared with
    the one fourlayer writes (:func:`verify_schema`) before anything else is read."""
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    connection.execute("PRAGMA mmap_size = 0")
    setconfig = getattr(connection, "setconfig", None)  # Python 3.12+
    if setconfig is not None:
        for name, value in (
            ("SQLITE_DBCONFIG_DEFENSIVE", True),
            ("SQLITE_DBCONFIG_TRUSTED_SCHEMA", False),
            ("SQLITE_DBCONFIG_ENABLE_TRIGGER", False),
            ("SQLITE_DBCONFIG_ENABLE_VIEW", False),
        ):
            option = getattr(sqlite3, name, None)
            if option is not None:
                setconfig(option, value)
    deadline = time.monotonic() + QUERY_SECONDS
    connection.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_STEPS)


def _normal_sql(sql: str | None) -> str | None:
    """A CREATE statement with its white space normalised: runs of blanks are one, none
    around ``(``, ``)`` and ``,`` (SQLite keeps the text as typed, and a column added by
    ``ALTER TABLE`` is appended as ``, name TYPE``)."""
    if sql is None:
        return None
    return re.sub(r" ?([(),]) ?", r"\1", re.sub(r"\s+", " ", sql.strip()))


SchemaObject = tuple[str, str, str, str | None]
"""(type, name, table, normalised SQL) of an entry of ``sqlite_schema``."""


@functools.cache
def expected_schema(version: int) -> frozenset[SchemaObject]:
    """Every object a history of schema ``version`` holds, derived from the one definition:
    :data:`SCHEMA` executed in memory, and for an older version :data:`MIGRATIONS` taken
    back (the tables they create dropped, the columns they add removed from the end of
    their tables). A migrated file holds exactly what a new one does."""
    memory = sqlite3.connect(":memory:")
    try:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                memory.execute(statement)
        objects = {
            name: (kind, name, table, _normal_sql(sql))
            for kind, name, table, sql in memory.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema")
        }
    finally:
        memory.close()
    for older in range(SCHEMA_VERSION - 1, version - 1, -1):
        for step in reversed(MIGRATIONS[older]):
            added = re.fullmatch(r"ALTER TABLE (\w+) ADD COLUMN (.+)", step.strip(), flags=re.S)
            if added is not None:
                kind, name, table, sql = objects[added.group(1)]
                tail = f",{_normal_sql(added.group(2))})"
                if sql is None or not sql.endswith(tail):
                    raise AssertionError(f"a migration adds {added.group(2)!r} elsewhere than at the end of {name}")
                objects[name] = (kind, name, table, sql[: -len(tail)] + ")")
                continue
            created = re.match(r"CREATE (?:TABLE|INDEX) (\w+)", step.strip())
            if created is None:
                raise AssertionError(f"a migration step the schema check cannot take back: {step[:40]!r}")
            for key in [k for k, item in objects.items() if created.group(1) in (item[1], item[2])]:
                del objects[key]
    return frozenset(objects.values())


def verify_schema(connection: sqlite3.Connection, path: Path) -> None:
    """Refuse a history whose schema is not exactly the one fourlayer writes for its version:
    the same tables, columns, constraints and indexes, and no trigger, view or other object
    (a trigger could rewrite every round recorded after it, a view stand in for a table)."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    found = frozenset(
        (str(kind), str(name), str(table), _normal_sql(sql))
        for kind, name, table, sql in connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema")
    )
    expected = expected_schema(version)
    if found != expected:
        strange = sorted(found - expected) or sorted(expected - found)
        kind, name, _, _ = strange[0]
        raise HistoryError("history.unexpected-schema", path=str(path), kind=kind, name=name)


def _is_ours(connection: sqlite3.Connection, path: Path) -> bool:
    """True when the database is a fourlayer history; False when it is empty (new);
    :class:`HistoryError` for anything else."""
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    tables = connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
    if not _judge(path, application_id, version, tables):
        return False
    verify_schema(connection, path)
    return True


@contextlib.contextmanager
def _translate_sqlite(path: Path) -> Iterator[None]:
    """A damaged file, a full disk, a locked file: one user-facing error, never a traceback."""
    try:
        yield
    except sqlite3.OperationalError as error:
        text = str(error)
        if text == "interrupted":
            raise HistoryError("history.too-slow", path=str(path), seconds=int(QUERY_SECONDS)) from None
        if "locked" in text or "busy" in text:
            raise HistoryError("history.busy", path=str(path), seconds=int(BUSY_SECONDS)) from None
        if "readonly" in text or "unable to open" in text:
            raise HistoryError("history.not-writable", path=str(path), error=text) from None
        raise HistoryError("history.damaged", path=str(path), error=text) from None
    except sqlite3.DatabaseError as error:
        raise HistoryError("history.damaged", path=str(path), error=str(error)) from None


# --- recording ------------------------------------------------------------------------
_INVISIBLE = re.compile("[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0]")
"""Characters that print as nothing and are not of Unicode's format category (Cf, removed
too): soft hyphen, combining grapheme joiner, Hangul fillers, variation selectors."""


def normal_label(label: str) -> str:
    """A round label as it is recorded and compared: NFC, no invisible character, white
    space trimmed and each run of it one space. Two labels that print alike are one label
    (``2026-Q3``, ``2026-Q3 `` and ``2026\u200b-Q3`` were three rounds shown alike)."""
    text = unicodedata.normalize("NFC", label)
    text = "".join(char for char in _INVISIBLE.sub("", text) if unicodedata.category(char) != "Cf")
    return " ".join(text.split())


def _refuse_what_is_not_a_file(target: Path) -> None:
    """A history is a regular file named as such: a link is refused (``--record`` followed a
    link to an empty file of another name and turned it into a history), as are a folder and
    a special file."""
    try:
        info = os.lstat(target)
    except OSError:
        return  # absent (a new history), or unreadable: said when it is opened
    if stat.S_ISLNK(info.st_mode):
        raise HistoryError("history.is-link", path=str(target))
    if stat.S_ISDIR(info.st_mode):
        raise HistoryError("history.not-a-file", path=str(target))
    if not stat.S_ISREG(info.st_mode):
        raise HistoryError("history.not-regular", path=str(target))


def _check_writable(target: Path) -> None:
    """Whether a round could be written: the file (if it exists) and its folder (SQLite
    writes its journal there). Asked before the audit runs, so a read-only history is not
    found only once the audit is done."""
    import errno

    folder = target.parent if str(target.parent) else Path(".")
    if os.path.exists(target) and not os.access(target, os.R_OK | os.W_OK):
        raise HistoryError("history.not-writable", path=str(target), error=os.strerror(errno.EACCES))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise HistoryError("history.not-writable", path=str(target), error=os.strerror(errno.EACCES))


def check_recordable(path: str | Path, label: str, *, replace: bool = False) -> None:
    """Refuse, before an audit is even run, a file that is not a usable history (a link, a
    special file, one that cannot be written) or a label already recorded (checked again
    inside the recording transaction). Writes nothing."""
    target = Path(path)
    _refuse_what_is_not_a_file(target)
    _check_writable(target)
    header = _read_header(target)
    if not header:
        return  # absent or empty: a new history
    check_header(target, header)
    with _translate_sqlite(target):
        connection = _connect(target, read_only=True)
        try:
            if not _is_ours(connection, target):
                return
            found = connection.execute("SELECT 1 FROM rounds WHERE label = ?", (label,)).fetchone()
        finally:
            connection.close()
    if found is not None and not replace:
        raise HistoryError("history.round-exists", path=str(target), round=label)


def record_round(
    path: str | Path,
    info: RoundInfo,
    agencies: Iterable[StoredAgency],
    errors: Iterable[StoredError | tuple[str, str]],
    *,
    replace: bool = False,
    roster: Iterable[StoredEntry] = (),
) -> bool:
    """Write one round (``errors``: each file that could not be evaluated; ``roster``: the
    entries of ``info.roster_source``, in its order) in one transaction; True when it
    replaced a round of that label. A history of an older schema version is migrated
    (:data:`MIGRATIONS`) in the same transaction.

    Refused with :class:`HistoryError`, the file untouched, when the file is not a
    fourlayer history or ``info.label`` is already recorded (unless ``replace``: then the
    old round is deleted and the new one written in the same transaction). A file that
    did not exist is created, and removed again if the round cannot be written."""
    target = Path(path)
    _refuse_what_is_not_a_file(target)
    header = _read_header(target)
    created = False
    if header is None:
        try:
            # the owner's only, as a report (output.PRIVATE_MODE); SQLite gives its journal the same
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another recorder created it just now: use it
            pass
        except OSError as error:
            raise HistoryError(
                "history.not-writable", path=str(target), error=error.strerror or type(error).__name__
            ) from None
        else:
            os.close(fd)
            created = True
        header = _read_header(target) or b""
    check_header(target, header)
    committed = replaced = False
    try:
        with _translate_sqlite(target):
            connection = _connect(target, read_only=False)
            try:
                connection.execute("BEGIN IMMEDIATE")
                try:
                    replaced = _write(connection, target, info, agencies, errors, replace, roster)
                    connection.execute("COMMIT")
                    committed = True
                finally:
                    if not committed:
                        with contextlib.suppress(sqlite3.Error):  # SQLite may have rolled back already
                            connection.execute("ROLLBACK")
            finally:
                connection.close()
    finally:
        if created and not committed:
            with contextlib.suppress(OSError):
                if os.path.getsize(target) == 0:
                    os.unlink(target)
    return replaced


def _write(
    connection: sqlite3.Connection,
    path: Path,
    info: RoundInfo,
    agencies: Iterable[StoredAgency],
    errors: Iterable[StoredError | tuple[str, str]],
    replace: bool,
    roster: Iterable[StoredEntry],
) -> bool:
    """Write the round; True when it took the place of a round of the same label."""
    if _is_ours(connection, path):
        # damage in pages this round would not read must still stop it before any write
        verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise HistoryError("history.damaged", path=str(path), error=verdict)
        _migrate(connection)
    else:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                connection.execute(statement)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.executemany(
            "INSERT INTO meta(key, value) VALUES (?, ?)",
            (
                ("format", "fourlayer-history"),
                ("schema_version", str(SCHEMA_VERSION)),
                ("documentation", "docs/history.md in the fourlayer source"),
            ),
        )
    existing = connection.execute("SELECT id FROM rounds WHERE label = ?", (info.label,)).fetchone()
    if existing is not None:
        if not replace:
            raise HistoryError("history.round-exists", path=str(path), round=info.label)
        connection.execute("DELETE FROM rounds WHERE id = ?", (existing[0],))
    cursor = connection.execute(
        "INSERT INTO rounds(label, as_of, checklist_id, checklist_version, waivers, files, agencies, errors,"
        " tool_version, roster_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            info.label,
            info.as_of,
            info.checklist_id,
            info.checklist_version,
            "applied" if info.waivers_applied else "ignored",
            info.files,
            info.agencies,
            info.errors,
            info.tool_version,
            info.roster_source,
        ),
    )
    round_id = cursor.lastrowid
    next_id = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM agencies").fetchone()[0]
    agency_rows: list[tuple[Any, ...]] = []
    layer_rows: list[tuple[Any, ...]] = []
    result_rows: list[tuple[Any, ...]] = []
    for position, item in enumerate(agencies):
        agency_id = next_id + position
        agency_rows.append(
            (
                agency_id,
                round_id,
                position,
                item.identity,
                item.name,
                item.code,
                item.province,
                item.source,
                item.sha256,
                item.assessed_on,
                item.checklist_id,
                item.checklist_version,
                item.verdict,
                item.score,
            )
        )
        layer_rows.extend((agency_id, *layer) for layer in item.layers)
        result_rows.extend((agency_id, *result) for result in item.results)
        if len(result_rows) >= 20_000:  # written as they come: a round is never held whole
            _flush(connection, agency_rows, layer_rows, result_rows)
    _flush(connection, agency_rows, layer_rows, result_rows)
    connection.executemany(
        "INSERT INTO errors(round_id, position, source, code, agency_name, agency_code) VALUES (?, ?, ?, ?, ?, ?)",
        (
            (round_id, position, item.source, item.code, item.agency_name, item.agency_code)
            for position, item in enumerate(e if isinstance(e, StoredError) else StoredError(*e) for e in errors)
        ),
    )
    connection.executemany(
        "INSERT INTO roster(round_id, position, name, code, status, source) VALUES (?, ?, ?, ?, ?, ?)",
        (
            (round_id, position, entry.name, entry.code, entry.status, entry.source)
            for position, entry in enumerate(roster)
        ),
    )
    return existing is not None


def _migrate(connection: sqlite3.Connection) -> None:
    """Bring a history of an older schema version to :data:`SCHEMA_VERSION` (inside the
    recording transaction: a failure leaves the file as it was)."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    while version < SCHEMA_VERSION:
        for statement in MIGRATIONS[version]:
            connection.execute(statement)
        version += 1
        connection.execute(f"PRAGMA user_version = {version}")
        connection.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))


def _flush(
    connection: sqlite3.Connection,
    agency_rows: list[tuple[Any, ...]],
    layer_rows: list[tuple[Any, ...]],
    result_rows: list[tuple[Any, ...]],
) -> None:
    connection.executemany(
        "INSERT INTO agencies(id, round_id, position, identity, name, code, province, source, sha256, assessed_on,"
        " checklist_id, checklist_version, verdict, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        agency_rows,
    )
    connection.executemany("INSERT INTO layers(agency_id, layer, status, score) VALUES (?, ?, ?, ?)", layer_rows)
    connection.executemany(
        "INSERT INTO results(agency_id, control, system, outcome, reasons) VALUES (?, ?, ?, ?, ?)", result_rows
    )
    agency_rows.clear()
    layer_rows.clear()
    result_rows.clear()


# --- reading --------------------------------------------------------------------------
class StoredRow(NamedTuple):
    """One agency of one round, as ``history`` reads it back (per-control results and layer
    scores apart). A named tuple: a history of 200 rounds × 2,000 agencies builds 400,000."""

    round: str
    identity: str
    name: str
    code: str | None
    source: str
    verdict: str
    score: float | None
    layers: tuple[tuple[int, str], ...]
    """(layer, status) of each layer stored for the agency, in layer order."""
    checklist_id: str = ""
    checklist_version: str = ""


@dataclass(frozen=True)
class StoredHistory:
    rounds: tuple[RoundInfo, ...]
    """In order of evaluation date, then label."""
    rows: tuple[StoredRow, ...]
    """Per round (in the order of ``rounds``), the agencies in the audit's order."""
    failing: dict[str, tuple[tuple[str, str, str, str], ...]]
    """For the last two rounds only (what ``history`` compares): per round label, the
    (identity, checklist id, checklist version, control) of every control an agency fails
    (at least one failing pair), each once."""
    roster: dict[str, tuple[StoredEntry, ...]] = field(default_factory=dict)
    """Per round label recorded with a roster (``rounds.roster_source``), its entries in
    order with their status; a round recorded without one (or in a version-1 file) is absent."""
    errors: dict[str, tuple[StoredError, ...]] = field(default_factory=dict)
    """Per round label, the files that could not be evaluated, in the audit's order."""


def read_history(path: str | Path) -> StoredHistory:
    """Everything ``history`` shows, read without writing a byte."""
    target = Path(path)
    header = _read_header(target)
    if header is None:
        raise HistoryError("history.no-file", path=str(target))
    if not header:
        raise HistoryError("history.empty", path=str(target))
    check_header(target, header)
    with _translate_sqlite(target):
        connection = _connect(target, read_only=True)
        try:
            if not _is_ours(connection, target):
                raise HistoryError("history.empty", path=str(target))
            checker = _Checker(target)
            try:
                stored = _read(connection, target)
            except Exception:
                checker.verdict()  # a bad value is what the reader tripped over: the refusal says which
                raise
            except BaseException:  # Ctrl-C, SIGTERM: stop the check and go
                checker.stop()
                raise
            checker.verdict()
            return stored
        finally:
            connection.close()


class _Checker:
    """:func:`check_values` on a connection of its own, in a thread of its own, while the
    rows are read: SQLite scans every row of every table without holding Python's lock (a
    history of 200 rounds × 2,000 agencies is 4 million rows). Nothing read is used before
    :meth:`verdict`, which waits for the check and raises what it found; so a file is
    refused exactly as when the check ran first, whatever the reader made of its rows."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.error: BaseException | None = None
        self.lock = threading.Lock()
        self.connection: sqlite3.Connection | None = None
        self.stopped = False
        self.thread = threading.Thread(target=self._run, name="fourlayer-history-check", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            connection = _connect(self.target, read_only=True)
            with self.lock:
                self.connection = connection
                if self.stopped:
                    connection.interrupt()
            try:
                check_values(connection, self.target)
            finally:
                with self.lock:
                    self.connection = None
                connection.close()
        except BaseException as error:  # handed to the reading thread
            self.error = error

    def verdict(self) -> None:
        """Wait for the check; raise what it found (as it would have been raised first)."""
        self.thread.join()
        if self.error is not None:
            raise self.error

    def stop(self) -> None:
        with self.lock:
            self.stopped = True
            if self.connection is not None:
                self.connection.interrupt()
        self.thread.join()


def _text(column: str) -> str:
    return f"typeof({column}) != 'text'"


def _text_or_null(column: str) -> str:
    return f"typeof({column}) NOT IN ('text', 'null')"


def _count(column: str) -> str:
    return f"typeof({column}) != 'integer' OR {column} NOT BETWEEN 0 AND 1000000000"


def _score(column: str) -> str:
    """A percentage or NULL: never text, never infinite (SQLite keeps ``Inf`` as a REAL)."""
    return f"typeof({column}) NOT IN ('integer', 'real', 'null') OR NOT coalesce({column} BETWEEN 0 AND 100, 1)"


def _day(column: str) -> str:
    """A day that exists, written YYYY-MM-DD (``date(julianday(…))`` carries 30 February over)."""
    return f"typeof({column}) != 'text' OR coalesce(date(julianday({column})) != {column}, 1)"


def _shown(column: str) -> str:
    """A column as part of a row's name: a blob written as SQL writes it (``X'00FF'``), not
    joined to text as bytes that may not be UTF-8 (a bad value was reported as damage)."""
    return f"CASE typeof({column}) WHEN 'blob' THEN quote({column}) ELSE {column} END"


def _one_of(values: Iterable[str]) -> Callable[[str], str]:
    listed = ", ".join(f"'{value}'" for value in values)
    return lambda column: f"typeof({column}) != 'text' OR {column} NOT IN ({listed})"


def _checks(version: int) -> dict[str, tuple[str, tuple[tuple[str, Callable[[str], str]], ...]]]:
    """Per table: how a row is named, and each column read with the test its value must
    pass (as SQL): the types and ranges fourlayer writes."""
    from fourlayer.model.evaluation import LayerStatus, Outcome, Verdict

    rounds = (
        ("id", _count),
        ("label", _text),
        ("as_of", _day),
        ("checklist_id", _text),
        ("checklist_version", _text),
        ("waivers", _one_of(("applied", "ignored"))),
        ("files", _count),
        ("agencies", _count),
        ("errors", _count),
        ("tool_version", _text),
    )
    errors = (("round_id", _count), ("source", _text), ("code", _text))
    checks = {
        "rounds": ("id", rounds + ((("roster_source", _text_or_null),) if version >= 2 else ())),
        "agencies": (
            "id",
            (
                ("id", _count),
                ("round_id", _count),
                ("position", _count),
                ("identity", _text),
                ("name", _text),
                ("code", _text_or_null),
                ("source", _text),
                ("checklist_id", _text),
                ("checklist_version", _text),
                ("verdict", _one_of(v.value for v in Verdict)),
                ("score", _score),
            ),
        ),
        "layers": (
            f"{_shown('agency_id')} || '/' || {_shown('layer')}",
            (
                ("agency_id", _count),
                ("layer", lambda c: f"typeof({c}) != 'integer' OR {c} NOT BETWEEN 1 AND 4"),
                ("status", _one_of(s.value for s in LayerStatus)),
                ("score", _score),
            ),
        ),
        "results": (
            "rowid",
            (
                ("agency_id", _count),
                ("control", _text),
                ("system", _text_or_null),
                ("outcome", _one_of(o.value for o in Outcome)),
                ("reasons", _text),
            ),
        ),
        "errors": (
            "rowid",
            errors + ((("agency_name", _text_or_null), ("agency_code", _text_or_null)) if version >= 2 else ()),
        ),
    }
    if version >= 2:
        checks["roster"] = (
            f"{_shown('round_id')} || '/' || {_shown('position')}",
            (
                ("round_id", _count),
                ("position", _count),
                ("name", _text),
                ("code", _text_or_null),
                ("status", _one_of(ROSTER_STATUSES)),
                ("source", _text_or_null),
            ),
        )
    return checks


def check_values(connection: sqlite3.Connection, path: Path) -> None:
    """Refuse a history holding a value fourlayer never writes (text where a score goes, an
    infinite score, a day that does not exist, an unknown verdict, a row of a round that is
    not there): the first such row is named, with its table and column, before any row read is used.
    Checked by SQLite over each table in one pass (beside the reading: :class:`_Checker`)."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    for table, (key, columns) in _checks(version).items():
        cases = " ".join(f"WHEN {test(name)} THEN '{name}'" for name, test in columns)
        where = " OR ".join(f"({test(name)})" for name, test in columns)
        bad = connection.execute(f"SELECT {key}, CASE {cases} END FROM {table} WHERE {where} LIMIT 1").fetchone()
        if bad is not None:
            raise HistoryError("history.bad-value", path=str(path), table=table, row=str(bad[0]), column=bad[1])
    for table, column in (
        ("agencies", "round_id"),
        ("errors", "round_id"),
        ("layers", "agency_id"),
        ("results", "agency_id"),
        *((("roster", "round_id"),) if version >= 2 else ()),
    ):
        parent = "agencies" if column == "agency_id" else "rounds"
        orphan = connection.execute(
            f"SELECT {column} FROM {table} WHERE {column} NOT IN (SELECT id FROM {parent}) LIMIT 1"
        ).fetchone()
        if orphan is not None:
            raise HistoryError("history.bad-value", path=str(path), table=table, row=str(orphan[0]), column=column)


def _read(connection: sqlite3.Connection, path: Path) -> StoredHistory:
    """Every row ``history`` uses (:func:`check_values` runs beside it, :class:`_Checker`)."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    roster_column = "roster_source" if version >= 2 else "NULL"
    rounds = []
    ids: dict[int, str] = {}
    with_roster: list[int] = []
    for row in connection.execute(
        "SELECT id, label, as_of, checklist_id, checklist_version, waivers, files, agencies, errors, tool_version,"
        f" {roster_column} FROM rounds ORDER BY as_of, label"
    ):
        ids[row[0]] = row[1]
        rounds.append(
            RoundInfo(row[1], row[2], row[3], row[4], row[5] == "applied", row[6], row[7], row[8], row[9], row[10])
        )
        if row[10] is not None:
            with_roster.append(row[0])
    # a history repeats the same texts and layer tallies round after round: each is held once;
    # an agency's layers come with it, one lookup of the layers' key per layer (their scores
    # are checked, never shown)
    texts: dict[str, str] = {}
    share = texts.setdefault
    shapes: dict[tuple[str | None, ...], tuple[tuple[int, str], ...]] = {}
    order = {label: index for index, label in enumerate(r.label for r in rounds)}
    statuses = ", ".join(f"(SELECT status FROM layers WHERE agency_id = a.id AND layer = {n})" for n in LAYER_NUMBERS)
    # each cursor closed even when a row stops the loop (a row of no round: the check, beside,
    # names it), so its statement does not keep the file open once the refusal is raised
    with contextlib.closing(
        connection.execute(
            "SELECT round_id, identity, name, code, source, verdict, score, checklist_id, checklist_version,"
            f" {statuses} FROM agencies a ORDER BY round_id, position"
        )
    ) as fetched:
        rows: list[StoredRow] = []
        append = rows.append
        for r in fetched:
            found = r[9:]
            layers = shapes.get(found)
            if layers is None:
                layers = shapes[found] = tuple(
                    (n, status) for n, status in zip(LAYER_NUMBERS, found, strict=True) if status is not None
                )
            append(
                StoredRow(
                    ids[r[0]],
                    share(r[1], r[1]),
                    share(r[2], r[2]),
                    None if r[3] is None else share(r[3], r[3]),
                    share(r[4], r[4]),
                    share(r[5], r[5]),
                    r[6],
                    layers,
                    share(r[7], r[7]),
                    share(r[8], r[8]),
                )
            )
    rows.sort(key=lambda item: order[item.round])
    del shapes, texts
    failing: dict[str, tuple[tuple[str, str, str, str], ...]] = {}
    wanted = set(list(order)[-2:])
    for round_id, label in ids.items():
        if label in wanted:
            failing[label] = tuple(
                connection.execute(
                    "SELECT DISTINCT a.identity, a.checklist_id, a.checklist_version, r.control FROM results r"
                    " JOIN agencies a ON a.id = r.agency_id WHERE a.round_id = ? AND r.outcome = 'fail'"
                    " ORDER BY a.position, r.control",
                    (round_id,),
                )
            )
    roster = {
        ids[round_id]: tuple(
            StoredEntry(*entry)
            for entry in connection.execute(
                "SELECT name, code, status, source FROM roster WHERE round_id = ? ORDER BY position", (round_id,)
            )
        )
        for round_id in with_roster
    }
    agency_columns = "agency_name, agency_code" if version >= 2 else "NULL, NULL"
    errors: dict[str, list[StoredError]] = {}
    with contextlib.closing(
        connection.execute(f"SELECT round_id, source, code, {agency_columns} FROM errors ORDER BY round_id, position")
    ) as listed:
        for round_id, *item in listed:
            errors.setdefault(ids[round_id], []).append(StoredError(*item))
    return StoredHistory(
        tuple(rounds), tuple(rows), failing, roster, {label: tuple(items) for label, items in errors.items()}
    )
