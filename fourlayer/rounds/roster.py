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

**Matching** (:func:`match_roster`) follows the one rule of the same agency
(:func:`fourlayer.rounds.compare.pair_agencies`): a file matches the entry with its ``agency.code``;
a file without a code, or whose code is on no entry, matches the entry with its name. Codes
and names are compared NFC-normalised, case-folded, with runs of white space made one space,
so ``Sở Y tế`` typed with combining accents matches. A file that could not be evaluated is
matched by the agency read from it, else by its file name (an entry's code, or its name
written without accents, in the file name: ``000.00.35.H30-2026-Q3.yaml``,
``ubnd-xa-ky-anh.ods``), so a broken file is never "not submitted".
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fourlayer.reading.findings import Finding, finding
from fourlayer.reading.loading import DEFAULT_LIMITS, Limits, load_file, read_text
from fourlayer.reading.locations import Locator
from fourlayer.rounds.compare import agency_key, normal, pair_agencies

CODE_HEADERS = ("code", "agency_code", "mã", "mã định danh", "ma", "ma dinh danh", "mã cơ quan")
NAME_HEADERS = ("name", "agency", "agency_name", "tên", "tên cơ quan", "ten", "ten co quan", "cơ quan")


__all__ = [
    "Roster",
    "RosterEntry",
    "RosterLoad",
    "RosterMatch",
    "agency_key",
    "load_roster",
    "match_roster",
    "normal",
    "parse_csv",
]


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
                problems.append(
                    finding(path, _at(entry.line), "roster-duplicate", value=entry.code, first=first.line or "?")
                )
        else:
            first = names.setdefault(normal(entry.name), entry)
            if first is not entry:
                problems.append(
                    finding(path, _at(entry.line), "roster-duplicate", value=entry.name, first=first.line or "?")
                )
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
        return RosterLoad(
            None,
            (
                finding(
                    path,
                    locator.key(("agencies",)) if "agencies" in loaded.data else (1, 1),
                    "roster-not-a-list",
                    hint="hint.roster-format",
                ),
            ),
        )
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
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error:  # a field past csv's limit (131,072 characters): no roster holds one
        return RosterLoad(
            None,
            (
                finding(
                    path,
                    (reader.line_num, 1),
                    "roster-field-too-long",
                    limit=csv.field_size_limit(),
                    hint="hint.roster-format",
                ),
            ),
        )
    header_at = next((i for i, row in enumerate(rows) if any(cell.strip() for cell in row)), None)
    if header_at is None:
        return RosterLoad(None, (finding(path, None, "roster-empty", hint="hint.roster-format"),))
    header = [normal(cell) for cell in rows[header_at]]
    name_col = _column(header, NAME_HEADERS)
    code_col = _column(header, CODE_HEADERS)
    if name_col is None:
        return RosterLoad(
            None, (finding(path, (header_at + 1, 1), "roster-no-name-column", hint="hint.roster-format"),)
        )
    entries: list[RosterEntry] = []
    problems: list[Finding] = []
    for number, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
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


def match_roster(
    roster: Roster,
    counted: Iterable[tuple[str, str | None, str]],
    errored: Iterable[tuple[str, str | None, str | None]] = (),
) -> RosterMatch:
    """Match ``(source, code, name)`` of the counted agencies, then of the files that could
    not be evaluated, to the roster's entries (:func:`fourlayer.rounds.compare.pair_agencies`). A
    file that could not be evaluated whose agency could not be read (``name`` None), or
    whose agency is on no entry left, is matched by its file name (:func:`by_file_name`)."""
    entries = roster.entries
    files = list(counted)
    pairs = pair_agencies([(e.code, e.name) for e in entries], [(code, name) for _, code, name in files])
    taken = {entry: files[f][0] for entry, f in pairs}
    unexpected = [files[f][0] for f in sorted(set(range(len(files))) - {f for _, f in pairs})]
    broken: dict[int, str] = {}
    rest = [i for i in range(len(entries)) if i not in taken]
    for source, code, name in errored:
        free = [i for i in rest if i not in broken]
        found = None
        if name is not None:
            matched = pair_agencies([(entries[i].code, entries[i].name) for i in free], [(code, name)])
            found = free[matched[0][0]] if matched else None
        if found is None:
            found = by_file_name([entries[i] for i in free], source)
            found = None if found is None else free[found]
        if found is not None:
            broken[found] = source
    return RosterMatch(
        submitted=tuple((e, taken[i]) for i, e in enumerate(entries) if i in taken),
        unreadable=tuple((e, broken[i]) for i, e in enumerate(entries) if i in broken),
        missing=tuple(e for i, e in enumerate(entries) if i not in taken and i not in broken),
        unexpected=tuple(unexpected),
    )


def _plain(text: str) -> str:
    """Letters and digits only, without accents (``đ`` is ``d``), lower case."""
    decomposed = unicodedata.normalize("NFD", normal(text).replace("đ", "d"))
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def by_file_name(entries: Sequence[RosterEntry], source: str) -> int | None:
    """The one entry a file's name points at: an entry's code written in the name, else the
    entry's name without accents, spaces or punctuation (``ubnd-xa-ky-anh.ods``); None when
    no entry, or more than one, fits."""
    stem = os.path.basename(source)
    by_code = [i for i, e in enumerate(entries) if e.code and normal(e.code) in normal(stem)]
    if len(by_code) == 1:
        return by_code[0]
    plain = _plain(re.sub(r"\.[A-Za-z0-9]{1,5}$", "", stem))
    by_name = [i for i, e in enumerate(entries) if len(_plain(e.name)) >= 4 and _plain(e.name) in plain]
    longest = max((len(_plain(entries[i].name)) for i in by_name), default=0)
    best = [i for i in by_name if len(_plain(entries[i].name)) == longest]  # "xã Kỳ Anh" over "Kỳ Anh"
    return best[0] if len(best) == 1 else None
