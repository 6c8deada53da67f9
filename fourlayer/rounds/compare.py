"""Comparing rounds: the one home of "the same agency" and of the id map.

``audit`` (duplicates, the roster), ``diff`` of rounds and ``history`` all ask the same
questions of a round; each answer is written here once. The figures they compare (mean,
delta, share, and how each is rounded) are :mod:`fourlayer.model.figures`'.

**The same agency** (:func:`pair_agencies`, :func:`group_agencies`). Codes and names are
compared in one form (:func:`normal`: NFC, case-folded, runs of white space made one). An
agency is recognised by its ``code``; its name stands in only where the code cannot decide:

* between two lists (a roster and a round's files; one round and the next, in ``diff`` and
  ``history``), records are paired by code first; a record left over — it has no code, or
  its code is on no record of the other list (a code dropped, added or mistyped between
  rounds) — is paired with the record left over on the other side with the same name, when
  exactly one has it;
* within one round (duplicates), files with the same code are one agency; a file without a
  code is the agency with its name (the one coded agency of that name, or the other files
  without a code of that name). Two different codes in one round are two agencies.

**The id map** (:func:`carry`): a control id of an earlier checklist version is counted under
every control of the later version that continues it (``replaces`` in the later version,
:func:`fourlayer.model.checklist.id_map`); **an id outside the map is retired and counts under no
control** — never under a control of the later version that happens to have the same id.
Under one checklist (the map is the identity) every id is its own.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence


# --- the same agency ------------------------------------------------------------------
@functools.lru_cache(maxsize=1 << 16)
def normal(text: str) -> str:
    """The form in which codes and names are compared: NFC, case-folded, one space. Each
    distinct text is normalised once (a history of 200 rounds × 2,000 agencies asks about
    the same few thousand names six million times); the cache is bounded."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


@functools.lru_cache(maxsize=1 << 16)
def agency_key(code: str | None, name: str) -> tuple[str, str]:
    """An agency's own key within one round: its code, else its name."""
    if code is not None and normal(code):
        return "code", normal(code)
    return "name", normal(name)


Named = tuple[str | None, str]
"""``(code, name)`` of an agency, as a file or a roster entry gives it."""


def pair_agencies(old: Sequence[Named], new: Sequence[Named]) -> list[tuple[int, int]]:
    """Pairs ``(old index, new index)`` of the same agency, in the order of ``new``: by code
    first; then the records left over (no code, or a code on no record of the other side) by
    a name that exactly one record left over on each side has."""
    pairs: dict[int, int] = {}  # new index -> old index
    old_codes: dict[str, list[int]] = {}
    for index, (code, name) in enumerate(old):
        key = agency_key(code, name)
        if key[0] == "code":
            old_codes.setdefault(key[1], []).append(index)
    used: set[int] = set()
    for index, (code, name) in enumerate(new):
        key = agency_key(code, name)
        if key[0] == "code":
            found = next((i for i in old_codes.get(key[1], ()) if i not in used), None)
            if found is not None:
                pairs[index] = found
                used.add(found)
    new_codes = {agency_key(c, n)[1] for c, n in new if agency_key(c, n)[0] == "code"}

    def left(
        items: Sequence[Named], taken: Iterable[int], codes: set[str] | dict[str, list[int]]
    ) -> dict[str, list[int]]:
        skip = set(taken)
        by_name: dict[str, list[int]] = {}
        for index, (code, name) in enumerate(items):
            key = agency_key(code, name)
            if index in skip or (key[0] == "code" and key[1] in codes):
                continue  # its code decides (found on the other side), or it is paired already
            by_name.setdefault(normal(name), []).append(index)
        return by_name

    old_left = left(old, used, new_codes)
    new_left = left(new, pairs, old_codes)
    for name, members in new_left.items():
        candidates = old_left.get(name, [])
        if len(members) == 1 and len(candidates) == 1:
            pairs[members[0]] = candidates[0]
    return sorted(((o, n) for n, o in pairs.items()), key=lambda pair: pair[1])


def group_agencies(records: Sequence[Named]) -> list[list[int]]:
    """The records of one round grouped by agency (each group's indices in order, groups in
    the order of their first record): the same code is one agency; a record without a code
    joins the one coded agency of its name, else the other records without a code of that
    name."""
    groups: dict[tuple[str, str], list[int]] = {}
    coded_names: dict[str, set[tuple[str, str]]] = {}
    for index, (code, name) in enumerate(records):
        key = agency_key(code, name)
        groups.setdefault(key, []).append(index)
        if key[0] == "code":
            coded_names.setdefault(normal(name), set()).add(key)
    for key in [k for k in groups if k[0] == "name"]:
        owners = coded_names.get(key[1], set())
        if len(owners) == 1:
            groups[next(iter(owners))].extend(groups.pop(key))
    return sorted((sorted(members) for members in groups.values()), key=lambda members: members[0])


# --- the id map -----------------------------------------------------------------------
def carry(ids: Iterable[str], table: dict[str, tuple[str, ...]] | None) -> Iterable[str]:
    """``ids`` named by the later checklist: ``table`` is :func:`fourlayer.model.checklist.id_map`
    (``{}`` for one checklist: every id is its own; ``None``: no map, nothing carried). An id
    outside a non-empty map is retired: it is carried to nothing."""
    if table is None:
        return ()
    if not table:
        return ids
    return (new for old in ids for new in table.get(old, ()))
