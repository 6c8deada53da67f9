"""``history --format json``: SPEC §7 "History JSON", documented by ``schemas/history.schema.json``.

Keys are English whatever ``--lang`` is. Rounds in order of evaluation date; agencies in
order of name (then identity); an agency's ``rounds`` holds only the rounds it was
evaluated in (a missing label means it did not submit, or its file could not be
evaluated). ``agency.code`` is null for an agency recognised by its name.
"""

from __future__ import annotations

from typing import Any

from fourlayer.history import History
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.json_data import dumps


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
