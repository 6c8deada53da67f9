"""``history --format json``: SPEC §7 "History JSON", documented by ``schemas/history.schema.json``.

Keys are English whatever ``--lang`` is. Rounds in order of evaluation date; agencies in
order of name (then identity); an agency's ``rounds`` holds only the rounds it was
evaluated in (a missing label means it has no result there: per round, ``roster`` says who
on the round's roster did not submit — null when the round was recorded without one — and
whose file could not be read; ``absent`` lists the agencies with a result in the round
before and none in this one). ``agency.code`` is null for an agency recognised by its name.
"""

from __future__ import annotations

from typing import Any

from fourlayer.history import AgencyRef, History
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.json_data import dumps


def _ref(ref: AgencyRef) -> dict[str, Any]:
    return {"name": ref.name, "code": ref.code}


def history_dict(history: History, options: ReportOptions) -> dict[str, Any]:
    return {
        "tool": {"name": "fourlayer", "version": options.tool_version},
        "rounds": [
            {
                "round": item.label,
                "as_of": item.as_of,
                "checklist": {"id": item.checklist_id, "version": item.checklist_version},
                "agencies": item.agencies,
                "errors": item.errors,
                "mean_score": item.mean_score,
                "layers": [
                    {"layer": layer.layer, "met": layer.met, "partially_met": layer.partially_met,
                     "not_met": layer.not_met, "not_applicable": layer.not_applicable}
                    for layer in item.layers
                ],
                "roster": None if item.not_submitted is None else {
                    "expected": item.roster_size,
                    "not_submitted": [_ref(ref) for ref in item.not_submitted],
                    "unreadable": [_ref(ref) for ref in item.unreadable],
                },
                "absent": None if item.previous is None else [_ref(ref) for ref in item.absent],
            }
            for item in history.rounds
        ],
        "agencies": [
            {
                "agency": {"name": track.name, "code": track.code},
                "rounds": {label: {"score": entry.score, "verdict": entry.verdict}
                           for label, entry in track.entries.items()},
            }
            for track in history.tracks
        ],
    }


def render(history: History, options: ReportOptions, titles: dict[str, str] | None = None) -> str:
    del titles  # the JSON carries ids and figures only
    return dumps(history_dict(history, options))
