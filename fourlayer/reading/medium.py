"""One finding catalogue, two renderings: a finding said in the words of the file it is about.

A finding in a YAML file is said as :mod:`fourlayer.messages` has always said it ("ghi sau
dấu hai chấm…", ``status``, ``YYYY-MM-DD``). A finding in a workbook (it has a ``sheet``)
is said in the workbook's own words: it names the cell and the column's header as the
sheet shows it ("cột \"Trạng thái\""), the drop-down's labels instead of YAML words
("Đã thực hiện", not ``implemented``), and dates as the workbook takes them (DD/MM/YYYY).

The finding itself (code, location, parameters) is the same for both; only the text
differs. A workbook text is the ``workbook.finding.<code>`` / ``workbook.hint.<name>``
message where one exists, else the common one with the workbook's parameters
(``fourlayer/messages/findings_workbook.py``).
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from typing import Any, Protocol

from fourlayer.i18n import key_of, translate
from fourlayer.messages import MESSAGES

_DAY_FIRST = re.compile(r"^\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{4})\s*$")
_FIXED_CHOICES = {"status": "workbook.status", "kind": "workbook.kind"}
_SAME_HINT = {
    "empty-type": "fill-cell",
    "empty-mapping": "fill-cell",
    "empty-list": "fill-cell",
    "missing-key": "fill-cell",
    "date-format": "date-day-month-year",
    "date-day-first": "date-day-month-year",
    "impossible-date": "day-month",
}
"""Hints the common catalogue words for YAML's several shapes, one text each in a workbook."""
_COLUMN_OF_CODE = {"note-required": "note", "no-event-not-allowed": "no_event", "no-event-status": "no_event"}


@cache
def _choices() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Data key → (message prefix of its labels, its YAML words) for every cell with a drop-down:
    the status, the evidence kind, and the system columns of the form's words (Form 08)."""
    from fourlayer.reading.workbook import layout

    return {
        "status": (_FIXED_CHOICES["status"], layout.STATUSES),
        "kind": (_FIXED_CHOICES["kind"], layout.KINDS),
        **layout.WORD_COLUMNS,
    }


@cache
def _labels() -> dict[tuple[str, str], str]:
    """(table, key) → message key of the label the workbook writes for that column or field;
    table is ``answer``, ``system``, ``waiver`` or ``agency``."""
    from fourlayer.reading.workbook import layout

    out: dict[tuple[str, str], str] = {}
    for table, columns in (
        ("answer", layout.ANSWER_COLUMNS),
        ("system", layout.SYSTEM_COLUMNS),
        ("waiver", layout.WAIVER_COLUMNS),
    ):
        for column in columns:
            if column.label:
                out[(table, column.key)] = column.label
    for key, label in layout.AGENCY_FIELDS:
        out[("agency", key)] = label
    return out


def _column_key(path: tuple[str | int, ...]) -> tuple[str, str] | None:
    """The (table, column key) a data path is written in, e.g. ``controls.L1.02.evidence[0].date``
    → ``("answer", "evidence_date")``; None when the path names no single column."""
    items = list(path)
    if items[:1] == ["controls"] and len(items) >= 2:
        rest = items[2:]
    elif items[:1] == ["systems"] and len(items) >= 4 and items[2] == "controls":
        rest = items[4:]
    elif items[:1] == ["systems"] and len(items) >= 3:
        return "system", ".".join(str(i) for i in items[2:] if isinstance(i, str))
    elif items[:1] == ["waivers"] and len(items) >= 3:
        return "waiver", str(items[2])
    elif items and all(isinstance(i, str) for i in items) and items[0] not in ("systems", "waivers"):
        return "agency", ".".join(str(i) for i in items)
    else:
        return None
    if not rest:
        return None
    if rest[0] == "evidence":
        field = next((i for i in rest[1:] if isinstance(i, str)), "ref")
        return "answer", "evidence_" + field
    return ("answer", str(rest[0])) if isinstance(rest[0], str) else None


def column_label(path: tuple[str | int, ...], lang: str) -> str | None:
    """The header of the column (or the label of the agency field) a data path is written in."""
    found = _column_key(path)
    if found is None:
        return None
    label = _labels().get(found)
    return translate(lang, label) if label else None


def _subject(path: tuple[str | int, ...], system_ids: dict[int, str], lang: str) -> str | None:
    """Whose value it is: a control (of a system), a system, a waiver; None for the agency's fields."""
    items = list(path)
    if items[:1] == ["controls"] and len(items) >= 2:
        return translate(lang, "workbook.where.control", control=items[1])
    if items[:1] == ["systems"] and len(items) >= 2 and isinstance(items[1], int):
        system = system_ids.get(items[1]) or translate(lang, "path.system-number", number=items[1] + 1)
        if len(items) >= 4 and items[2] == "controls":
            return translate(lang, "workbook.where.control-system", control=items[3], system=system)
        return translate(lang, "workbook.where.system", system=system)
    if items[:1] == ["waivers"] and len(items) >= 2 and isinstance(items[1], int):
        return translate(lang, "workbook.where.waiver", number=items[1] + 1)
    return None


def place(path: tuple[str | int, ...], system_ids: dict[int, str], lang: str, key: str | None = None) -> str:
    """``tiêu chí L1.02, cột "Trạng thái"``: where a value sits, in the workbook's words."""
    full = (*path, key) if key else path
    column = column_label(full, lang)
    subject = _subject(path, system_ids, lang)
    parts = [subject] if subject else []
    if column:
        agency = (_column_key(full) or ("", ""))[0] == "agency"
        parts.append(translate(lang, "workbook.where.field" if agency else "workbook.where.column", column=column))
    text = ", ".join(parts) if parts else translate(lang, "workbook.where.sheet")
    return text[:1].upper() + text[1:]


def _choice_labels(field: str | None, words: str, lang: str, *, quoted: bool = False) -> str:
    """``implemented, partial`` → ``Đã thực hiện, Thực hiện một phần`` for a cell with a drop-down
    (``quoted``: each label in quotes, since a label may hold a comma itself)."""
    choice = _choices().get(field or "")
    if choice is None or not words:
        return words
    prefix = choice[0]
    out = []
    for word in (w.strip() for w in words.split(",")):
        key = f"{prefix}.{word}"
        label = translate(lang, key) if key in MESSAGES else word
        out.append(f'"{label}"' if quoted else label)
    return ", ".join(out)


def _typed_day(shown: Any) -> tuple[int, int, int] | None:
    """The day, month and year of a value typed as DD/MM/YYYY (``_show``'s JSON quotes removed)."""
    if not isinstance(shown, str):
        return None
    try:
        text = json.loads(shown)
    except ValueError:
        text = shown
    match = _DAY_FIRST.match(text) if isinstance(text, str) else None
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def _exists(day: int, month: int, year: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


class Found(Protocol):
    """What this module reads of a :class:`~fourlayer.reading.findings.Finding`: a protocol,
    so that the finding, which says itself through this module, is not imported back."""

    @property
    def code(self) -> str: ...

    @property
    def hint_key(self) -> str | None: ...

    @property
    def cell(self) -> str | None: ...

    def param(self, name: str) -> Any: ...


class _Path(Protocol):
    path: tuple[str | int, ...]
    system_ids: tuple[tuple[int, str], ...]


def _data_path(found: Found) -> _Path | None:
    """The finding's ``where`` when it is a :class:`fourlayer.reading.datapath.DataPath` (read by its
    fields: that module builds on this one's)."""
    where = found.param("where")
    return where if hasattr(where, "path") and hasattr(where, "system_ids") else None


def workbook_params(found: Found, lang: str, fill: dict[str, Any]) -> dict[str, Any]:
    """The parameters of a workbook finding: the common ones, with ``where`` said as a place in
    the workbook, choices as the drop-down's labels, plus ``cell`` and ``column``."""
    params = dict(fill)
    where = _data_path(found)
    field: str | None = None
    column: str | None = None
    if where is not None:
        ids = dict(where.system_ids)
        key = found.param("key") if found.code == "missing-key" else None
        params["where"] = place(where.path, ids, lang, key if isinstance(key, str) else None)
        column = column_label((*where.path, key) if isinstance(key, str) else where.path, lang)
        field = next((i for i in reversed(where.path) if isinstance(i, str)), None)
    elif found.code in _COLUMN_OF_CODE:
        column = translate(lang, key_of("workbook.col", _COLUMN_OF_CODE[found.code]))
    choice = _choices().get(field or "")
    if choice is not None and not isinstance(params.get("allowed"), str):
        params["allowed"] = ", ".join(choice[1])
    params.setdefault("allowed", "")
    for name in ("allowed", "suggestion"):
        if isinstance(params.get(name), str):
            params[name] = _choice_labels(field, params[name], lang, quoted=name == "allowed")
    if isinstance(params.get("status"), str):
        params["status"] = _choice_labels("status", params["status"], lang)
    params["cell"] = found.cell or ""
    params["column"] = column or translate(lang, "workbook.where.this-column")
    return params


def _key(family: str, name: str) -> str | None:
    key = key_of(family, name)
    return key if key in MESSAGES else None


def workbook_message_key(found: Found) -> str:
    """The message of a workbook finding: its own where the common one speaks YAML."""
    if found.code == "invalid-date":
        typed = _typed_day(found.param("value"))
        if typed is not None and not _exists(*typed):
            return "workbook.finding.impossible-date"
    if found.code == "empty-value" and found.hint_key == "hint.empty-choose":
        return _key("workbook.finding", "empty-choice") or "finding.empty-value"
    return _key("workbook.finding", found.code) or key_of("finding", found.code)


def workbook_hint_key(found: Found) -> str | None:
    if found.code == "missing-key":  # in a workbook, always: which cell to fill
        return _key("workbook.hint", f"missing-{found.param('key')}") or "workbook.hint.fill-cell"
    if found.hint_key is None and found.code == "not-allowed-value" and _choice_field(found):
        return "workbook.hint.empty-choose"  # a cell with a drop-down: its choices, in its own labels
    if found.hint_key is None:
        return None
    if found.code == "invalid-date" and workbook_message_key(found) == "workbook.finding.impossible-date":
        return "workbook.hint.day-month"
    name = found.hint_key.removeprefix("hint.")
    if name == "word-meaning" or (name == "did-you-mean" and _choice_field(found)):
        return "workbook.hint.choose-suggestion"
    return _key("workbook.hint", _SAME_HINT.get(name, name)) or found.hint_key


def _choice_field(found: Found) -> bool:
    """Is the finding about a cell with a drop-down (status, evidence kind)?"""
    where = _data_path(found)
    if where is None:
        return False
    return next((i for i in reversed(where.path) if isinstance(i, str)), "") in _choices()
