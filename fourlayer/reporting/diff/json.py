"""``diff --format json``: what improved and what regressed between two files of one agency.

The JSON keys are English whatever ``--lang`` is; outcomes, statuses and verdicts are
the codes of the check report (``fail``, ``not_met``, ``non_compliant``…), ``null`` for
a side that has no such pair or layer.
"""

from __future__ import annotations

from typing import Any

from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.json_data import dumps
from fourlayer.rounds.diff import KINDS, DiffResult, Snapshot


def _side(snapshot: Snapshot) -> dict[str, Any]:
    return {
        "source": snapshot.source,
        "kind": snapshot.kind,
        "agency": snapshot.agency,
        "checklist": {"id": snapshot.checklist_id, "version": snapshot.checklist_version},
        "as_of": snapshot.as_of.isoformat(),
        "verdict": snapshot.verdict.value,
        "score": snapshot.score,
    }


def diff_dict(result: DiffResult, options: ReportOptions) -> dict[str, Any]:
    return {
        "tool": {"name": "fourlayer", "version": options.tool_version},
        "old": _side(result.old),
        "new": _side(result.new),
        "same_agency": result.same_agency,
        "checklist_changed": not result.comparable,
        "scores_compared": result.comparable,
        "ids_mapped": result.mapped,
        "verdict": {
            "before": result.old.verdict.value,
            "after": result.new.verdict.value,
            "change": result.verdict_change,
        },
        "score": {"before": result.old.score, "after": result.new.score, "delta": result.score_delta},
        "layers": [
            {
                "layer": x.layer,
                "before": x.before.value if x.before else None,
                "after": x.after.value if x.after else None,
                "score_before": x.score_before,
                "score_after": x.score_after,
                "delta": x.delta,
                "change": x.change,
            }
            for x in result.layers
        ],
        "controls": [
            {
                "control": p.control,
                "layer": p.layer,
                "system": p.system,
                "severity": p.severity,
                "before": p.before.value if p.before else None,
                "after": p.after.value if p.after else None,
                "change": p.change,
            }
            for p in result.pairs
        ],
        "counts": {kind: result.count(kind) for kind in KINDS},
        "regressions": result.regressions,
    }


def render_json(result: DiffResult, options: ReportOptions, titles: dict[int, str] | None = None) -> str:
    """``titles`` is accepted for a common signature with ``render_console``; JSON has none."""
    return dumps(diff_dict(result, options))
