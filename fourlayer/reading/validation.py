"""Assessment validation: the JSON Schema, then what a schema cannot express.

``validate_assessment`` returns every problem of a file at once, as located findings,
so a user fixes them in one pass. Semantic checks are written to tolerate data the
schema has already rejected: they look only at the parts that have the right shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fourlayer.model.assessment import Assessment, build_assessment
from fourlayer.model.checklist import Checklist, checklist_for
from fourlayer.model.dates import parse_iso
from fourlayer.reading.datapath import DataPath
from fourlayer.reading.findings import Finding, Severity, finding, keep_first
from fourlayer.reading.loading import DEFAULT_LIMITS, Limits, LoadResult, PathLocator, load_file
from fourlayer.reading.locations import Locator
from fourlayer.reading.schemacheck import schema_findings, suggest
from fourlayer.reading.shapes import as_list, as_mapping

_LOOSE_ID = re.compile(r"^\s*[Ll]\s*([0-9])\s*[.\-_ ]?\s*([0-9]{1,2})\s*$")


@dataclass(frozen=True)
class Checked:
    """One assessment file after loading and validation."""

    path: str
    assessment: Assessment | None
    findings: tuple[Finding, ...]
    text: str | None
    checklist: Checklist | None = None
    """The checklist the file was validated against (the version it names, if bundled)."""
    locator: PathLocator | None = None
    """The locator of a workbook (a YAML file is located from ``text``)."""

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)


def check_file(
    path: str | Path, checklist: Checklist, display: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Checked:
    """Load, validate and model one assessment file; never raises for its content."""
    return check_loaded(load_file(path, display, limits), checklist)


def check_loaded(loaded: LoadResult, checklist: Checklist, model: bool = True) -> Checked:
    """Validate what was read; with ``model`` (all but ``validate``, which only reports
    findings) also build the assessment of a file without errors."""
    if loaded.data is None:
        return Checked(loaded.path, None, loaded.findings, loaded.text, locator=loaded.locator)
    checklist = named_checklist(loaded.data, checklist)
    locator = loaded.locator if loaded.locator is not None else Locator(loaded.text)
    found = validate_assessment(loaded.data, checklist, locator, loaded.path)
    if loaded.locator is not None:  # a workbook: an answer row deleted by accident
        from fourlayer.reading.workbook.missing import missing_rows

        found = [*found, *missing_rows(loaded.data, checklist, loaded.locator, loaded.path)]
    if loaded.findings:  # what the reader found in a file it could still read (a workbook's formulas, say)
        found = sorted(set(found) | set(loaded.findings))
    if not model or any(f.is_error for f in found):
        return Checked(loaded.path, None, tuple(found), loaded.text, checklist, loaded.locator)
    return Checked(
        loaded.path, build_assessment(loaded.data, loaded.path), tuple(found), loaded.text, checklist, loaded.locator
    )


def named_checklist(data: Any, checklist: Checklist) -> Checklist:
    """The bundled version the file names in ``checklist: {id, version}``, else ``checklist``."""
    ref = as_mapping(data.get("checklist")) if isinstance(data, dict) else {}
    return checklist_for(ref.get("id"), ref.get("version"), checklist)


def validate_assessment(
    data: dict[str, Any], checklist: Checklist, locator: PathLocator, display: str
) -> list[Finding]:
    found = schema_findings("assessment", data, locator, display, lambda path: DataPath.of(path, data))
    found.extend(_semantic(data, checklist, locator, display))
    return keep_first(found, display)


def _answer_blocks(data: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any], str | None]]:
    """(path of a ``controls`` mapping, the mapping, the system id or None)."""
    yield ("controls",), as_mapping(data.get("controls")), None
    for index, item in enumerate(as_list(data.get("systems"))):
        system = as_mapping(item)
        sid = system.get("id")
        yield ("systems", index, "controls"), as_mapping(system.get("controls")), sid if isinstance(sid, str) else None


def _semantic(data: dict[str, Any], checklist: Checklist, locator: PathLocator, display: str) -> list[Finding]:
    out: list[Finding] = []
    out.extend(_impossible_dates(data, locator, display))
    out.extend(_checklist_reference(data, checklist, locator, display))
    out.extend(_system_ids(data, locator, display))
    for base, block, system_id in _answer_blocks(data):
        for control_id, value in block.items():
            if control_id.startswith("x-"):
                continue
            path = (*base, control_id)
            out.extend(_control_id(control_id, system_id, checklist, locator, display, path))
            answer = as_mapping(value)
            note = answer.get("note")
            if answer.get("status") == "not_applicable" and not (isinstance(note, str) and note.strip()):
                # at the note itself where it has a place (a workbook's note cell), else at the answer
                out.append(
                    finding(
                        display,
                        locator.value((*path, "note")),
                        "note-required",
                        hint="hint.note-required",
                        control=control_id,
                    )
                )
            if answer.get("no_event") is True:
                out.extend(_no_event(control_id, answer, checklist, locator, display, path))
    out.extend(_waivers(data, checklist, locator, display))
    return out


def _no_event(
    control_id: str,
    answer: dict[str, Any],
    checklist: Checklist,
    locator: PathLocator,
    display: str,
    path: tuple[str | int, ...],
) -> Iterator[Finding]:
    """``no_event: true`` only where the duty is event-triggered, and only with ``implemented``."""
    control = checklist.control(control_id)
    where = locator.value((*path, "no_event"))
    if control is not None and not control.event_triggered:
        yield finding(display, where, "no-event-not-allowed", hint="hint.no-event-not-allowed", control=control_id)
    elif answer.get("status") not in (None, "implemented"):
        yield finding(display, where, "no-event-status", control=control_id, status=str(answer.get("status")))


def _date_paths(data: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    yield ("assessed_on",), data.get("assessed_on")
    for index, system in enumerate(as_list(data.get("systems"))):
        for key in ("level_approval", "security_regulation", "pre_use_assessment", "periodic_assessment"):
            yield ("systems", index, key, "date"), as_mapping(as_mapping(system).get(key)).get("date")
        for key in ("approval_expected", "deployment_expected"):
            yield ("systems", index, key), as_mapping(system).get(key)
    for base, block, _ in _answer_blocks(data):
        for control_id, value in block.items():
            answer = as_mapping(value)
            yield (*base, control_id, "due"), answer.get("due")
            for j, item in enumerate(as_list(answer.get("evidence"))):
                yield (*base, control_id, "evidence", j, "date"), as_mapping(item).get("date")
    for index, waiver in enumerate(as_list(data.get("waivers"))):
        yield ("waivers", index, "expires"), as_mapping(waiver).get("expires")


def _impossible_dates(data: dict[str, Any], locator: PathLocator, display: str) -> Iterator[Finding]:
    for path, value in _date_paths(data):
        if isinstance(value, str) and parse_iso(value) is None and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            yield finding(
                display,
                locator.value(path),
                "impossible-date",
                hint="hint.impossible-date",
                where=DataPath.of(path, data),
                value=value,
            )


def _checklist_reference(
    data: dict[str, Any], checklist: Checklist, locator: PathLocator, display: str
) -> Iterator[Finding]:
    ref = as_mapping(data.get("checklist"))
    wanted_id, wanted_version = ref.get("id"), ref.get("version")
    if isinstance(wanted_id, str) and wanted_id != checklist.id:
        yield finding(
            display,
            locator.value(("checklist", "id")),
            "checklist-mismatch",
            hint="hint.checklist-mismatch",
            wanted=wanted_id,
            have=f"{checklist.id} v{checklist.version}",
        )
    elif isinstance(wanted_version, (str, int)) and str(wanted_version) != checklist.version:
        yield finding(
            display,
            locator.value(("checklist", "version")),
            "checklist-mismatch",
            hint="hint.checklist-mismatch",
            wanted=f"{wanted_id} v{wanted_version}",
            have=f"{checklist.id} v{checklist.version}",
        )


def _system_ids(data: dict[str, Any], locator: PathLocator, display: str) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    for index, system in enumerate(as_list(data.get("systems"))):
        sid = as_mapping(system).get("id")
        if not isinstance(sid, str):
            continue
        if sid in seen:
            first = locator.value(("systems", seen[sid], "id"))
            yield finding(
                display,
                locator.value(("systems", index, "id")),
                "duplicate-system",
                hint="hint.duplicate-system",
                system=sid,
                first_line=first[0] if first else "?",
            )
        else:
            seen[sid] = index


def suggest_control(control_id: str, checklist: Checklist) -> str | None:
    """``L2.1`` → ``L2.01``; otherwise the closest id, if any is close."""
    loose = _LOOSE_ID.match(control_id)
    if loose is not None:
        candidate = f"L{loose[1]}.{int(loose[2]):02d}"
        if checklist.control(candidate) is not None:
            return candidate
    return suggest(control_id, checklist.ids)


def _control_id(
    control_id: str,
    system_id: str | None,
    checklist: Checklist,
    locator: PathLocator,
    display: str,
    path: tuple[str | int, ...],
) -> Iterator[Finding]:
    control = checklist.control(control_id)
    if control is None:
        near = suggest_control(control_id, checklist)
        yield finding(
            display,
            locator.key(path),
            "unknown-control",
            hint="hint.did-you-mean" if near else "hint.unknown-control",
            control=control_id,
            suggestion=near or "",
            checklist=f"{checklist.id} v{checklist.version}",
        )
        return
    if control.scope == "agency" and system_id is not None:
        yield finding(
            display,
            locator.key(path),
            "wrong-scope-agency",
            hint="hint.wrong-scope-agency",
            control=control_id,
            system=system_id,
        )
    elif control.scope == "system" and system_id is None:
        yield finding(
            display, locator.key(path), "wrong-scope-system", hint="hint.wrong-scope-system", control=control_id
        )


def _waivers(data: dict[str, Any], checklist: Checklist, locator: PathLocator, display: str) -> Iterator[Finding]:
    systems = {
        as_mapping(s).get("id") for s in as_list(data.get("systems")) if isinstance(as_mapping(s).get("id"), str)
    }
    for index, item in enumerate(as_list(data.get("waivers"))):
        waiver = as_mapping(item)
        control_id, system_id = waiver.get("control"), waiver.get("system")
        if isinstance(control_id, str):
            control = checklist.control(control_id)
            if control is None:
                near = suggest_control(control_id, checklist)
                yield finding(
                    display,
                    locator.value(("waivers", index, "control")),
                    "waiver-unknown-control",
                    hint="hint.did-you-mean" if near else "hint.unknown-control",
                    control=control_id,
                    suggestion=near or "",
                    checklist=f"{checklist.id} v{checklist.version}",
                )
            elif control.scope == "agency" and system_id is not None:
                yield finding(
                    display,
                    locator.value(("waivers", index, "system")),
                    "waiver-agency-scope",
                    hint="hint.waiver-agency-scope",
                    control=control_id,
                )
        if isinstance(system_id, str) and system_id not in systems:
            known = sorted(s for s in systems if isinstance(s, str))
            near = suggest(system_id, known)
            yield finding(
                display,
                locator.value(("waivers", index, "system")),
                "waiver-unknown-system",
                hint="hint.did-you-mean" if near else "hint.waiver-systems",
                system=system_id,
                suggestion=near or "",
                systems=", ".join(known) or "—",
            )


__all__ = ["Checked", "Severity", "check_file", "check_loaded", "suggest_control", "validate_assessment"]
