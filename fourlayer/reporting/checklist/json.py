"""``checklist list`` and ``checklist show``, ``--format json``: the controls as data."""

from __future__ import annotations

from typing import Any

from fourlayer.model.checklist import Checklist, Control
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.checklist.view import ControlList, ControlView, select
from fourlayer.reporting.json_data import dumps


def control_dict(control: Control, checklist: Checklist | None = None) -> dict[str, Any]:
    age = control.max_age_months
    return {
        "id": control.id,
        "layer": control.layer,
        "scope": control.scope,
        "min_level": control.min_level,
        "severity": control.severity,
        "title": {"vi": control.title.vi, "en": control.title.en},
        "requirement": {"vi": control.requirement.vi, "en": control.requirement.en},
        "guidance": {"vi": control.guidance.vi, "en": control.guidance.en},
        "evidence_required": control.evidence_required,
        "max_age_months": {str(k): v for k, v in age} if isinstance(age, tuple) else age,
        "allow_not_applicable": control.allow_not_applicable,
        "effective_from": control.effective_from.isoformat() if control.effective_from else None,
        "effective_until": control.effective_until.isoformat() if control.effective_until else None,
        "tags": list(control.tags),
        "deadlines": {
            str(level) if level else "all": [f"{m:02d}-{d:02d}" for m, d in days] for level, days in control.deadlines
        }
        or None,
        "forward_from": control.forward_from.isoformat() if control.forward_from else None,
        "event_triggered": control.event_triggered,
        "replaces": list(control.replaces) if control.replaces is not None else None,
        "references": [
            {
                "document": ref.document,
                "provision": ref.provision,
                "url": ref.url,
                "confidence": ref.confidence,
                "note": {"vi": ref.note.vi, "en": ref.note.en} if ref.note else None,
                "valid_from": ref.valid_from.isoformat() if ref.valid_from else None,
                "valid_until": ref.valid_until.isoformat() if ref.valid_until else None,
                "confirmed_until": ref.confirmed_until.isoformat() if ref.confirmed_until else None,
                "kind": ref.kind,
                "legal": ref.is_legal,
                "quote": ref.quote,
                "copy": ref.copy,
                "copy_text": _bilingual(checklist.copy_text(ref.copy)) if checklist is not None else None,
            }
            for ref in control.references
        ],
    }


def _bilingual(text: Any) -> dict[str, str] | None:
    return None if text is None else {"vi": text.vi, "en": text.en}


def list_json(view: ControlList, options: ReportOptions) -> str:
    """``checklist list --format json``: the checklist's id and version, and its controls."""
    controls = select(view.checklist, view.layer, view.level)
    checklist = view.checklist
    return dumps(
        {
            "checklist": {"id": checklist.id, "version": checklist.version},
            "controls": [control_dict(c, checklist) for c in controls],
        }
    )


def show_json(view: ControlView, options: ReportOptions) -> str:
    """``checklist show --format json``: one control, with its references as read."""
    checklist = view.checklist
    return dumps(
        {
            "checklist": {"id": checklist.id, "version": checklist.version},
            "control": control_dict(view.control, checklist),
        }
    )
