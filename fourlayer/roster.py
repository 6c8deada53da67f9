"""``audit --roster FILE``: the agencies expected to submit in a round, and matching them.

A roster is a CSV file or a YAML file, written by the ICT department:

* **CSV** (UTF-8, with or without a byte-order mark; comma, semicolon or tab): a header
  row naming the columns, then one agency a row. The code column is headed ``code``
  (or ``agency_code``, ``mã``, ``mã định danh``, ``ma``), the name column ``name`` (or
  ``agency``, ``tên``, ``tên cơ quan``, ``ten``); other columns are ignored.
* **YAML**: a mapping with ``agencies:``, a list of ``{code, name}`` (code optional),
  read by the same safe loader and limits as an assessment.

Every agency needs a name; a code is optional (a commune without one is matched by name).
Two entries with the same code, or with the same name and no code, are an error: the
roster must say each agency once. Problems are located findings; the command refuses a
roster with any (exit 2), because a wrong roster would make a wrong "not submitted" list.

**Matching** (:func:`agency_key`, :func:`match_roster`): a file matches the entry with its
``agency.code``; a file without a code, or whose code is on no entry, matches the entry
with its name. Codes and names are compared NFC-normalised, case-folded, with runs of
white space made one space, so ``Sở Y tế`` typed with combining accents matches.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fourlayer.findings import Finding, finding
from fourlayer.loading import DEFAULT_LIMITS, Limits, load_file, read_text
from fourlayer.locations import Locator

CODE_HEADERS = ("code", "agency_code", "mã", "mã định danh", "ma", "ma dinh danh", "mã cơ quan")
NAME_HEADERS = ("name", "agency", "agency_name", "tên", "tên cơ quan", "ten", "ten co quan", "cơ quan")


def normal(text: str) -> str:
    """The form in which codes and names are compared: NFC, case-folded, one space."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def agency_key(code: str | None, name: str) -> tuple[str, str]:
    """How an agency is recognised across files and rounds: its code, else its name."""
    if code is not None and normal(code):
        return "code", normal(code)
    return "name", normal(name)


@dataclass(frozen=True, slots=True)
class RosterEntry:
    name: str
    code: str | None = None
    line: int | None = None
    """Where the entry is written in the roster (1-based), for messages."""


@dataclass(frozen=True)
class Roster:
    source: str
    entries: tuple[RosterEntry, ...]


@dataclass(frozen=True)
class RosterLoad:
    """A roster, or the located findings that keep it from being used."""

    roster: Roster | None
    findings: tuple[Finding, ...]


def load_roster(path: str, limits: Limits = DEFAULT_LIMITS) -> RosterLoad:
    """Read a roster: YAML when the file name ends in ``.yaml``/``.yml``, else CSV."""
    if Path(path).suffix.lower() in (".yaml", ".yml"):
        return _from_yaml(path, limits)
    return _from_csv(path, limits)


def _checked(path: str, entries: list[RosterEntry], problems: list[Finding]) -> RosterLoad:
    codes: dict[str, RosterEntry] = {}
    names: dict[str, RosterEntry] = {}
    for entry in entries:
        if entry.code is not None:
            first = codes.setdefault(normal(entry.code), entry)
            if first is not entry:
                problems.append(finding(path, _at(entry.line), "roster-duplicate", value=entry.code,
                                        first=first.line or "?"))
        else:
            first = names.setdefault(normal(entry.name), entry)
            if first is not entry:
                problems.append(finding(path, _at(entry.line), "roster-duplicate", value=entry.name,
                                        first=first.line or "?"))
    if not entries and not problems:
        problems.append(finding(path, None, "roster-empty", hint="hint.roster-format"))
    if problems:
        return RosterLoad(None, tuple(problems))
    return RosterLoad(Roster(path, tuple(entries)), ())


def _at(line: int | None) -> tuple[int, int] | None:
    return None if line is None else (line, 1)


def _text(value: Any) -> str | None:
    """A cell or scalar as text (a code written as a number stays its digits)."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = str(value).strip()
    return text or None


def _from_yaml(path: str, limits: Limits) -> RosterLoad:
    loaded = load_file(path, path, limits)
    if loaded.data is None:
        return RosterLoad(None, loaded.findings)
    locator = Locator(loaded.text)
    items = loaded.data.get("agencies")
    if not isinstance(items, list):
        return RosterLoad(None, (finding(path, locator.key(("agencies",)) if "agencies" in loaded.data else (1, 1),
                                         "roster-not-a-list", hint="hint.roster-format"),))
    entries: list[RosterEntry] = []
    problems: list[Finding] = []
    for index, item in enumerate(items):
        mark = locator.value(("agencies", index))
        line = mark[0] if mark else None
        name = _text(item.get("name")) if isinstance(item, dict) else None
        if name is None:
            problems.append(finding(path, mark, "roster-no-name", hint="hint.roster-format"))
            continue
        entries.append(RosterEntry(name, _text(item.get("code")), line))
    return _checked(path, entries, problems)


def _from_csv(path: str, limits: Limits) -> RosterLoad:
    text, problem = read_text(path, path, limits)
    if text is None:
        assert problem is not None
        return RosterLoad(None, (problem,))
    return parse_csv(text, path)


def parse_csv(text: str, path: str) -> RosterLoad:
    """A CSV roster's text (already decoded) into entries, every problem located."""
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    delimiter = max((",", ";", "\t"), key=first.count)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header_at = next((i for i, row in enumerate(rows) if any(cell.strip() for cell in row)), None)
    if header_at is None:
        return RosterLoad(None, (finding(path, None, "roster-empty", hint="hint.roster-format"),))
    header = [normal(cell) for cell in rows[header_at]]
    name_col = _column(header, NAME_HEADERS)
    code_col = _column(header, CODE_HEADERS)
    if name_col is None:
        return RosterLoad(None, (finding(path, (header_at + 1, 1), "roster-no-name-column",
                                         hint="hint.roster-format"),))
    entries: list[RosterEntry] = []
    problems: list[Finding] = []
    for number, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        if not any(cell.strip() for cell in row):
            continue
        name = _text(row[name_col]) if name_col < len(row) else None
        code = _text(row[code_col]) if code_col is not None and code_col < len(row) else None
        if name is None:
            problems.append(finding(path, (number, 1), "roster-no-name", hint="hint.roster-format"))
            continue
        entries.append(RosterEntry(name, code, number))
    return _checked(path, entries, problems)


def _column(header: Sequence[str], names: Iterable[str]) -> int | None:
    wanted = {normal(n) for n in names}
    return next((i for i, cell in enumerate(header) if cell.lstrip("\ufeff") in wanted), None)


# --- matching -------------------------------------------------------------------------
@dataclass(frozen=True)
class RosterMatch:
    """Which roster entries a round's files answer."""

    submitted: tuple[tuple[RosterEntry, str], ...]
    """Entries matched by a counted agency, with its file, in roster order."""
    unreadable: tuple[tuple[RosterEntry, str], ...]
    """Entries whose only file could not be evaluated (submitted, but with errors)."""
    missing: tuple[RosterEntry, ...]
    """Entries no file answers: "chưa nộp", in roster order."""
    unexpected: tuple[str, ...]
    """Files of counted agencies that are on no entry of the roster."""


def match_roster(roster: Roster, counted: Iterable[tuple[str, str | None, str]],
                 errored: Iterable[tuple[str, str | None, str]] = ()) -> RosterMatch:
    """Match ``(source, code, name)`` of the counted agencies, then of the files that could
    not be evaluated (where their agency could be read), to the roster's entries."""
    by_code = {normal(e.code): e for e in roster.entries if e.code is not None}
    by_name: dict[str, RosterEntry] = {}
    for entry in roster.entries:
        by_name.setdefault(normal(entry.name), entry)
    taken: dict[int, str] = {}  # id(entry) -> source
    unexpected: list[str] = []

    def find(code: str | None, name: str) -> RosterEntry | None:
        entry = by_code.get(normal(code)) if code else None
        if entry is None or id(entry) in taken:
            entry = by_name.get(normal(name))
        return None if entry is None or id(entry) in taken else entry

    for source, code, name in counted:
        found = find(code, name)
        if found is None:
            unexpected.append(source)
        else:
            taken[id(found)] = source
    submitted = {id(e) for e in roster.entries if id(e) in taken}
    broken: dict[int, str] = {}
    for source, code, name in errored:
        found = find(code, name)
        if found is not None and id(found) not in broken:
            broken[id(found)] = source
    return RosterMatch(
        submitted=tuple((e, taken[id(e)]) for e in roster.entries if id(e) in submitted),
        unreadable=tuple((e, broken[id(e)]) for e in roster.entries if id(e) in broken),
        missing=tuple(e for e in roster.entries if id(e) not in taken and id(e) not in broken),
        unexpected=tuple(unexpected),
    )
