"""Rows missing from a workbook's answer sheet.

A YAML template lists every control and a deleted block is the officer's own choice; a row
deleted from the answer sheet is almost always an accident, and the answer then silently
becomes "unanswered". So for a workbook, each control that applies (the rows ``init`` would
write for the agency's systems and levels on its assessed-on date) and has no row is a
warning at the place its row belongs, naming the control and how to bring the row back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from fourlayer.model.checklist import Checklist, Control
from fourlayer.model.dates import parse_iso
from fourlayer.reading.findings import Finding, Localised, Severity, finding
from fourlayer.reading.shapes import as_mapping


@dataclass(frozen=True)
class _Title(Localised):
    control: Control

    def text(self, lang: str) -> str:
        return self.control.title.get(lang)


@dataclass(frozen=True)
class _Target(Localised):
    system: str | None

    def text(self, lang: str) -> str:
        from fourlayer.i18n import translate

        if self.system is None:
            return translate(lang, "workbook.missing.agency")
        return translate(lang, "workbook.where.system", system=self.system)


def missing_rows(data: dict[str, Any], checklist: Checklist, locator: Any, display: str) -> list[Finding]:
    """One ``workbook-missing-row`` warning per applicable control without a row."""
    from fourlayer.authoring.init import plan, specs_of
    from fourlayer.reading.workbook.reader import CellMark

    day = parse_iso(str(data.get("assessed_on", "")))
    keys: dict[tuple[Any, ...], Any] = getattr(locator, "keys", {})
    if day is None:
        return []
    systems = [as_mapping(s) for s in data.get("systems", []) if isinstance(s, dict)]
    asked = plan(checklist, specs_of({"systems": systems}), day)
    wanted: list[tuple[Control, tuple[Any, ...], str | None]] = [(c, ("controls", c.id), None) for c in asked.agency]
    for index, (spec, controls) in enumerate(asked.systems):
        wanted.extend((c, ("systems", index, "controls", c.id), spec.id) for c in controls)
    marks = [keys.get(path) for _, path, _ in wanted]
    present = [m for m in marks if m is not None and bool(getattr(m, "sheet", ""))]
    if not present:  # no answer row at all: the reader has said so (or the sheet is not one)
        return []
    last = max(present, key=lambda m: m[0])
    name = PurePath(display).name
    restored = PurePath(name).stem + "-day-du.xlsx"  # convert writes a new workbook, never over this one
    out = []
    for position, (control, _, system) in enumerate(wanted):
        if marks[position] is not None:
            continue
        after = next((m for m in marks[position + 1 :] if m is not None), None)
        where = after if after is not None else CellMark(last.sheet, last[0] + 1, last[1])
        out.append(
            finding(
                display,
                CellMark(where.sheet, where[0], last[1]),
                "workbook-missing-row",
                severity=Severity.WARNING,
                hint="hint.workbook-missing-row-system" if system else "hint.workbook-missing-row",
                control=control.id,
                title=_Title(control),
                system=system or "",
                target=_Target(system),
                file=name,
                restored=restored,
                sheet=where.sheet,
            )
        )
    return out
