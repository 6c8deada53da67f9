"""Duplicates in an audit's round: the files of one submission beyond the one that counts
(the same agency, or the same content); see :mod:`fourlayer.rounds.audit`."""

from __future__ import annotations

import os
from dataclasses import dataclass

from fourlayer.rounds.audit.rows import AgencyRow, ProblemRow, Row
from fourlayer.rounds.compare import group_agencies


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A file not counted: ``kept`` is the file of the same submission that counts."""

    source: str
    kept: str
    reason: str
    """``same_content`` (the same text) or ``same_agency`` (the same code, or name)."""


def _preference(row: Row, position: int) -> tuple[int, int, int]:
    """Smaller is preferred: the newest assessment, then the shorter name, then the first."""
    newest = -row.assessed_on.toordinal() if isinstance(row, AgencyRow) else 0
    return newest, len(os.path.basename(row.source)), position


def find_duplicates(rows: tuple[Row, ...]) -> tuple[Duplicate, ...]:
    """The files of each agency (:func:`fourlayer.rounds.compare.group_agencies`) or each content
    beyond the one that counts, in row order."""
    evaluated = [i for i, row in enumerate(rows) if isinstance(row, AgencyRow)]
    named = [(rows[i].agency.code, rows[i].agency.name) for i in evaluated]  # type: ignore[union-attr]
    contents: dict[bytes, list[int]] = {}
    for index, row in enumerate(rows):
        if isinstance(row, ProblemRow) and row.digest:
            contents.setdefault(row.digest, []).append(index)
    out: list[tuple[int, Duplicate]] = []
    for group in group_agencies(named):
        members = [evaluated[i] for i in group]
        if len(members) > 1:
            out += _flag(rows, members, min(members, key=lambda i: _preference(rows[i], i)))
    for members in contents.values():
        if len(members) > 1:
            out += _flag(rows, members, min(members, key=lambda i: _preference(rows[i], i)))
    return tuple(item for _, item in sorted(out, key=lambda pair: pair[0]))


def _flag(rows: tuple[Row, ...], members: list[int], kept: int) -> list[tuple[int, Duplicate]]:
    digest = getattr(rows[kept], "digest", b"")
    return [
        (
            index,
            Duplicate(
                rows[index].source,
                rows[kept].source,
                "same_content" if digest and getattr(rows[index], "digest", b"") == digest else "same_agency",
            ),
        )
        for index in members
        if index != kept
    ]
