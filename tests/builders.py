"""Small builders for hand-made checklists and assessments in tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from fourlayer.model.assessment import Agency, Answer, Assessment, Evidence, System, Waiver
from fourlayer.model.checklist import Checklist, Control, Reference, Text

WEIGHTS = (("critical", 5), ("high", 3), ("medium", 2), ("low", 1))


def control(cid: str = "L1.01", **overrides: Any) -> Control:
    values: dict[str, Any] = {
        "id": cid,
        "scope": "system",
        "min_level": 1,
        "severity": "high",
        "title": Text(f"Tiêu chí {cid}", f"Control {cid}"),
        "requirement": Text("Yêu cầu", "Requirement"),
        "guidance": Text("Hướng dẫn", "Guidance"),
        "references": (Reference("Nghị định 85/2016/NĐ-CP", "Điều 20", None, "verified", None, None, None),),
    }
    values.update(overrides)
    return Control(**values)


def checklist(*controls: Control) -> Checklist:
    return Checklist(
        id="test",
        version="1",
        title=Text("Thử", "Test"),
        severity_weights=WEIGHTS,
        layer_titles=(),
        controls=tuple(controls),
        source="<test>",
    )


def evidence(day: date | None = None, ref: str = "01/QĐ") -> Evidence:
    return Evidence(ref=ref, date=day)


def answer(
    cid: str,
    status: str = "implemented",
    *,
    evidence_items: tuple[Evidence, ...] | None = None,
    due: date | None = None,
    note: str | None = None,
) -> Answer:
    items = (evidence(),) if evidence_items is None else evidence_items
    return Answer(control=cid, status=status, evidence=items, note=note, due=due)


def system(sid: str = "portal", level: int = 3, *answers: Answer) -> System:
    return System(id=sid, name=f"Hệ thống {sid}", level=level, answers=tuple(answers), path=("systems", 0))


def assessment(*systems: System, answers: tuple[Answer, ...] = (), waivers: tuple[Waiver, ...] = ()) -> Assessment:
    return Assessment(
        source="test.yaml",
        agency=Agency(name="Sở Thử nghiệm"),
        assessed_on=date(2026, 9, 30),
        systems=tuple(systems),
        answers=answers,
        waivers=waivers,
    )


def waiver(cid: str, expires: date, system_id: str | None = None) -> Waiver:
    return Waiver(control=cid, system=system_id, reason="lý do", approved_by="Giám đốc", expires=expires)
