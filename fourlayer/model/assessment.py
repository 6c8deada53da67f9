"""The assessment model: what an agency says of itself and of each of its systems.

Built only from data that passed validation (:mod:`fourlayer.reading.validation`), so the
constructors here trust types and dates. Every answer remembers the data path it came
from, so reports can point back at the line that holds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from fourlayer.model.dates import parse_iso

STATUSES = ("implemented", "partial", "not_implemented", "not_applicable")
KeyPath = tuple[str | int, ...]
"""Where a value sits in the YAML data: its keys and list indexes from the top."""


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence an answer cites: its reference, its date and its kind, as written."""

    ref: str
    date: date | None = None
    kind: str | None = None


@dataclass(frozen=True)
class Answer:
    """An agency's answer on one control: the status chosen, the evidence and the officer's note."""

    control: str
    status: str
    evidence: tuple[Evidence, ...] = ()
    note: str | None = None
    due: date | None = None
    path: KeyPath = ()
    no_event: bool = False
    """The officer states that no event triggering the duty happened in the period."""

    def newest_evidence(self) -> Evidence | None:
        """The dated evidence item with the latest date (the first of equals), if any."""
        newest: Evidence | None = None
        for item in self.evidence:
            if item.date is not None and (newest is None or newest.date is None or item.date > newest.date):
                newest = item
        return newest

    def newest_evidence_date(self) -> date | None:
        item = self.newest_evidence()
        return None if item is None else item.date


@dataclass(frozen=True, slots=True)
class Decision:
    """A decision (or report) as Form 08 names one: number and symbol, date, issuing body."""

    ref: str
    date: date | None = None
    issuer: str | None = None


@dataclass(frozen=True, slots=True)
class Party:
    """A body as section 2 of Form 08 (Decree 331/2026) describes it; every field optional."""

    name: str | None = None
    mandate: str | None = None
    """The document setting its functions, duties and powers."""
    representative: str | None = None
    position: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None


PARTY_FIELDS = ("name", "mandate", "representative", "position", "address", "phone", "email")
APPROVAL_STATUSES = ("drafting", "submitted", "appraised", "approved")
"""Form 08 column (6), in the order of the procedure."""
DEPLOYMENTS = ("none", "partial", "full")
"""Form 08 column (10)."""
CATEGORIES = ("internal", "public_service", "infrastructure", "industrial_control", "other")
"""Decree 331/2026 Art. 9.2: the system types."""


@dataclass(frozen=True)
class System:
    """An information system of the agency, with its security level (cấp độ 1–5) and its answers,
    and what the yearly report (Form 08) asks of it, where the agency stated it."""

    id: str
    name: str
    level: int
    answers: tuple[Answer, ...] = ()
    path: KeyPath = ()
    level_approval: Decision | None = None
    category: str | None = None
    owner: str | None = None
    operator: str | None = None
    approval_status: str | None = None
    approval_expected: date | None = None
    security_regulation: Decision | None = None
    deployment: str | None = None
    deployment_expected: date | None = None
    pre_use_assessment: Decision | None = None
    periodic_assessment: Decision | None = None

    def answer_map(self) -> dict[str, Answer]:
        return {a.control: a for a in self.answers}


@dataclass(frozen=True)
class Waiver:
    """An approved exemption from one control, for the agency or one system, until its end date."""

    control: str
    system: str | None
    reason: str
    approved_by: str
    expires: date
    ref: str | None = None
    path: KeyPath = ()

    def covers(self, control: str, system: str | None) -> bool:
        return self.control == control and (self.system is None or self.system == system)


@dataclass(frozen=True, slots=True)
class Agency:
    """The agency an assessment is about: its name, and its code and province when given."""

    name: str
    code: str | None = None
    province: str | None = None
    owner: Party | None = None
    """The system owner (Form 08, section 2.a)."""
    security_unit: Party | None = None
    """The cybersecurity unit (Form 08, section 2.b)."""


@dataclass(frozen=True)
class Assessment:
    """One agency's self-assessment, as read from its file: the model evaluation works on."""

    source: str
    agency: Agency
    assessed_on: date
    systems: tuple[System, ...]
    answers: tuple[Answer, ...] = ()
    waivers: tuple[Waiver, ...] = ()
    checklist_id: str | None = None
    checklist_version: str | None = None

    @property
    def highest_level(self) -> int:
        return max((s.level for s in self.systems), default=0)

    def answer_map(self) -> dict[str, Answer]:
        return {a.control: a for a in self.answers}


def _day(value: Any) -> date | None:
    return parse_iso(value) if isinstance(value, str) else None


def _answers(data: dict[str, Any] | None, base: KeyPath) -> tuple[Answer, ...]:
    out = []
    for control, item in (data or {}).items():
        if control.startswith("x-"):
            continue
        out.append(
            Answer(
                control=control,
                status=item["status"],
                evidence=tuple(
                    Evidence(ref=ev["ref"], date=_day(ev.get("date")), kind=ev.get("kind"))
                    for ev in item.get("evidence") or ()
                ),
                note=item.get("note"),
                due=_day(item.get("due")),
                path=(*base, control),
                no_event=item.get("no_event") is True,
            )
        )
    return tuple(out)


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _decision(value: Any) -> Decision | None:
    if not isinstance(value, dict) or _text(value.get("ref")) is None:
        return None
    return Decision(ref=value["ref"].strip(), date=_day(value.get("date")), issuer=_text(value.get("issuer")))


def _party(value: Any) -> Party | None:
    if not isinstance(value, dict):
        return None
    party = Party(**{name: _text(value.get(name)) for name in PARTY_FIELDS})
    return None if party == Party() else party


def _system(item: dict[str, Any], index: int) -> System:
    return System(
        id=str(item["id"]),
        name=item["name"],
        level=item["level"],
        answers=_answers(item.get("controls"), ("systems", index, "controls")),
        path=("systems", index),
        level_approval=_decision(item.get("level_approval")),
        category=item.get("category"),
        owner=_text(item.get("owner")),
        operator=_text(item.get("operator")),
        approval_status=item.get("approval_status"),
        approval_expected=_day(item.get("approval_expected")),
        security_regulation=_decision(item.get("security_regulation")),
        deployment=item.get("deployment"),
        deployment_expected=_day(item.get("deployment_expected")),
        pre_use_assessment=_decision(item.get("pre_use_assessment")),
        periodic_assessment=_decision(item.get("periodic_assessment")),
    )


def build_assessment(data: dict[str, Any], source: str) -> Assessment:
    """The model of a validated assessment."""
    agency = data["agency"]
    checklist = data.get("checklist") or {}
    assessed_on = _day(data["assessed_on"])
    assert assessed_on is not None  # validation guarantees it
    return Assessment(
        source=source,
        agency=Agency(
            name=agency["name"],
            code=agency.get("code"),
            province=agency.get("province"),
            owner=_party(agency.get("owner")),
            security_unit=_party(agency.get("security_unit")),
        ),
        assessed_on=assessed_on,
        systems=tuple(_system(item, index) for index, item in enumerate(data["systems"])),
        answers=_answers(data.get("controls"), ("controls",)),
        waivers=tuple(
            Waiver(
                control=item["control"],
                system=item.get("system"),
                reason=item["reason"],
                approved_by=item["approved_by"],
                expires=_day(item["expires"]) or date.min,
                ref=item.get("ref"),
                path=("waivers", index),
            )
            for index, item in enumerate(data.get("waivers") or ())
        ),
        checklist_id=checklist.get("id"),
        checklist_version=None if checklist.get("version") is None else str(checklist["version"]),
    )
