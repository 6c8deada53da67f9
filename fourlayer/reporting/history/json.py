"""``history --format json``: SPEC §7 "History JSON", documented by ``schemas/history.schema.json``.

Keys are English whatever ``--lang`` is. Rounds in order of evaluation date; agencies in
order of name (then identity); an agency's ``rounds`` holds only the rounds it was
evaluated in (a missing label means it has no result there: per round, ``roster`` says who
on the round's roster did not submit — null when the round was recorded without one — and
whose file could not be read; ``absent`` lists the agencies with a result in the round
before and none in this one). ``agency.code`` is null for an agency recognised by its name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.json_data import dumps, json_number, json_string
from fourlayer.rounds.history import AgencyRef, History, Track


def _ref(ref: AgencyRef) -> dict[str, Any]:
    return {"name": ref.name, "code": ref.code}


def _track(track: Track) -> dict[str, Any]:
    return {
        "agency": {"name": track.name, "code": track.code},
        "rounds": {label: {"score": entry.score, "verdict": entry.verdict} for label, entry in track.entries.items()},
    }


def history_dict(history: History, options: ReportOptions, *, with_agencies: bool = True) -> dict[str, Any]:
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
                    {
                        "layer": layer.layer,
                        "met": layer.met,
                        "partially_met": layer.partially_met,
                        "not_met": layer.not_met,
                        "not_applicable": layer.not_applicable,
                    }
                    for layer in item.layers
                ],
                "roster": None
                if item.not_submitted is None
                else {
                    "expected": item.roster_size,
                    "not_submitted": [_ref(ref) for ref in item.not_submitted],
                    "unreadable": [_ref(ref) for ref in item.unreadable],
                },
                "absent": None if item.previous is None else [_ref(ref) for ref in item.absent],
            }
            for item in history.rounds
        ],
        "agencies": [_track(track) for track in history.tracks] if with_agencies else [],
    }


def render(history: History, options: ReportOptions, titles: dict[str, str] | None = None) -> str:
    return "".join(render_chunks(history, options, titles))


def render_chunks(history: History, options: ReportOptions, titles: dict[str, str] | None = None) -> Iterator[str]:
    """The same text as ``dumps(history_dict(history, options))``, one agency at a time (the
    last key): the text of 2,000 agencies × 200 rounds is never built in one piece."""
    del titles  # the JSON carries ids and figures only
    head = dumps(history_dict(history, options, with_agencies=False))
    tail = '\n  "agencies": []\n}\n'
    if not history.tracks or not head.endswith(tail):
        yield dumps(history_dict(history, options))
        return
    yield head[: -len(tail)] + '\n  "agencies": [\n'
    heads: dict[str, tuple[str, str]] = {}
    tails: dict[str, str] = {}
    for index, track in enumerate(history.tracks):
        yield ("    " if index == 0 else ",\n    ") + _track_text(track, heads, tails)
    yield "\n  ]\n}\n"


def _track_text(track: Track, heads: dict[str, tuple[str, str]], tails: dict[str, str]) -> str:
    """``dumps(_track(track))`` indented by four more spaces and without its last line
    feed, written from pieces: each round label's and verdict's text made once (400,000
    entries of a large history are not each laid out by ``json``'s Python encoder)."""
    if not track.entries:
        return dumps(_track(track)).rstrip("\n").replace("\n", "\n    ")
    code = "null" if track.code is None else json_string(track.code)
    parts = [f'{{\n      "agency": {{\n        "name": {json_string(track.name)},\n        "code": {code}\n      }},']
    parts.append('\n      "rounds": {')
    first = True
    for label, entry in track.entries.items():
        head = heads.get(label)
        if head is None:
            key = f'\n        {json_string(label)}: {{\n          "score": '
            head = heads[label] = (key, "," + key)
        tail = tails.get(entry.verdict)
        if tail is None:
            tail = tails[entry.verdict] = f',\n          "verdict": {json_string(entry.verdict)}\n        }}'
        parts.append(head[0] if first else head[1])
        parts.append(json_number(entry.score))
        parts.append(tail)
        first = False
    parts.append("\n      }\n    }")
    return "".join(parts)
