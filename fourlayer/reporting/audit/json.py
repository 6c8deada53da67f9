"""``audit --format json``: one row per agency, the error rows, and the aggregates.

Documented by ``schemas/audit.schema.json``. Keys are English whatever ``--lang`` is;
only messages and control titles follow it. Agencies and errors keep the discovery order
(sorted paths), each agency carrying its ``rank``; the output is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.json_data import agency_dict, dumps, problems_dict
from fourlayer.rounds.audit import AgencyRow, AuditRun, ControlTally, Duplicate


def row_dict(
    row: AgencyRow,
    rank: int | None,
    options: ReportOptions,
    duplicate: Duplicate | None = None,
    stale: bool = False,
    ids: tuple[str, ...] = (),
) -> dict[str, Any]:
    """The SPEC §4.1 verdict, score and layers of one agency, with its rank in the audit, and
    whether it is a duplicate (not counted) or stale."""
    return {
        "source": row.source,
        "rank": rank,
        "checklist": {"id": row.checklist_id, "version": row.checklist_version},
        "agency": agency_dict(row.agency),
        "assessed_on": row.assessed_on.isoformat(),
        "verdict": row.verdict.value,
        "score": row.score,
        "layers": [
            {
                "layer": layer.layer,
                "status": layer.status.value,
                "score": layer.score,
                "counts": {outcome.value: count for outcome, count in layer.counts},
            }
            for layer in row.layers
        ],
        "systems": row.systems,
        "failing_controls": list(row.failing_of(ids)),
        "partial_controls": list(row.partial_of(ids)),
        "duplicate_of": None if duplicate is None else duplicate.kept,
        "stale": stale,
        "warnings": [item.to_dict(options.lang) for item in row.notices],
    }


def _entry(code: str | None, name: str) -> dict[str, Any]:
    return {"code": code, "name": name}


def roster_dict(run: AuditRun) -> dict[str, Any] | None:
    match = run.roster_match
    if run.roster is None or match is None:
        return None
    return {
        "source": run.roster.source,
        "expected": len(run.roster.entries),
        "submitted": len(match.submitted),
        "missing": [_entry(e.code, e.name) for e in match.missing],
        "unreadable": [{**_entry(e.code, e.name), "source": source} for e, source in match.unreadable],
        "unexpected": list(match.unexpected),
    }


def audit_dict(
    run: AuditRun, options: ReportOptions, *, with_agencies: bool = True, with_control_agencies: bool = True
) -> dict[str, Any]:
    summary = run.summary
    ranks = run.ranks()
    duplicates = run.duplicate_of()
    return {
        "tool": {"name": "fourlayer", "version": options.tool_version},
        "as_of": run.as_of.isoformat(),
        "checklist": {"id": run.checklist.id, "version": run.checklist.version},
        "waivers_ignored": not run.use_waivers,
        "since": None if run.since is None else run.since.isoformat(),
        "summary": {
            "files": summary.files,
            "agencies": summary.agencies,
            "errors": summary.errors,
            "duplicates": summary.duplicates,
            "stale": len(run.stale),
            "missing": None if run.roster_match is None else len(run.roster_match.missing),
            "verdicts": {verdict.value: count for verdict, count in summary.verdicts},
            "score": {"mean": summary.mean, "median": summary.median, "min": summary.lowest, "max": summary.highest},
        },
        "layers": [
            {
                "layer": tally.layer,
                "title": run.checklist.layer_title(tally.layer).get(options.lang),
                "statuses": {status.value: count for status, count in tally.counts},
                "met_share": tally.met_share,
                "partially_met_share": tally.partly_share,
            }
            for tally in summary.layers
        ],
        "top_failed_controls": [_control(run, tally, options, with_control_agencies) for tally in summary.top_failed],
        "roster": roster_dict(run),
        "duplicates": [{"source": d.source, "duplicate_of": d.kept, "reason": d.reason} for d in run.duplicates],
        "agencies": [_row(run, row, ranks, options, duplicates) for row in run.agencies] if with_agencies else [],
        "errors": [problems_dict(item, options) for item in run.errors],
    }


def _row(
    run: AuditRun,
    row: AgencyRow,
    ranks: dict[str, int | None],
    options: ReportOptions,
    duplicates: dict[str, Duplicate],
) -> dict[str, Any]:
    found = duplicates.get(row.source)
    return row_dict(row, ranks.get(row.source), options, found, run.is_stale(row), run.checklist.ids)


def _control(run: AuditRun, tally: ControlTally, options: ReportOptions, with_agencies: bool = True) -> dict[str, Any]:
    """One most-failed control with the files of the agencies failing and partly meeting it
    (the agencies' ``source``, the key of ``agencies``), found in the rows as it is written."""
    failing, partial = run.agencies_of(tally.control) if with_agencies else ((), ())
    return {
        "control": tally.control,
        "layer": tally.layer,
        "severity": tally.severity or None,
        "title": _title(run, tally.control, options.lang),
        "failing": tally.failing,
        "share": tally.share,
        "partial": tally.partial,
        "partial_share": tally.partial_share,
        "failing_agencies": [row.source for row in failing],
        "partial_agencies": [row.source for row in partial],
    }


def _title(run: AuditRun, control_id: str, lang: str) -> str | None:
    control = run.checklist.control(control_id)
    return None if control is None else control.title.get(lang)


FAILING_SLOT = '\n      "failing_agencies": []'
PARTIAL_SLOT = '\n      "partial_agencies": []'
BATCH = 256


def _controls_streamed(run: AuditRun, head: str) -> Iterator[str]:
    """``head`` (written with empty agency lists per control) with each control's lists
    written in, a few hundred sources at a time: with ten thousand agencies a list can be
    long, and it is never held as one text."""
    position = 0
    for tally in run.summary.top_failed:
        failing, partial = run.agencies_of(tally.control)
        for slot, rows in ((FAILING_SLOT, failing), (PARTIAL_SLOT, partial)):
            found = head.index(slot, position)  # a newline never occurs inside a JSON string
            yield head[position:found] + slot.split("[", 1)[0]
            yield from _sources(rows)
            position = found + len(slot)
    yield head[position:]


def _sources(rows: tuple[AgencyRow, ...]) -> Iterator[str]:
    if not rows:
        yield "[]"
        return
    yield "[\n"
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        yield ("" if start == 0 else ",\n") + ",\n".join("        " + dumps(row.source).rstrip("\n") for row in batch)
    yield "\n      ]"


def render(run: AuditRun, options: ReportOptions) -> str:
    return "".join(render_chunks(run, options))


def render_chunks(run: AuditRun, options: ReportOptions) -> Iterator[str]:
    """The same text as ``dumps(audit_dict(run, options))``, one agency at a time, so that
    neither the objects nor the text of every agency are ever held at once."""
    head = dumps(audit_dict(run, options, with_agencies=False, with_control_agencies=False))
    if not run.agencies:
        yield head
        return
    before, after = head.split('\n  "agencies": [],\n', 1)
    yield from _controls_streamed(run, before)
    yield '\n  "agencies": [\n'
    ranks = run.ranks()
    duplicates = run.duplicate_of()
    for index, row in enumerate(run.agencies):
        piece = dumps(_row(run, row, ranks, options, duplicates)).rstrip("\n").replace("\n", "\n    ")
        yield ("    " if index == 0 else ",\n    ") + piece
    yield "\n  ],\n" + after
