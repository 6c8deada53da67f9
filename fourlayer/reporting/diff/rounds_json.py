"""``diff`` of two rounds, ``--format json``: the province agency by agency.

JSON keys are English whatever ``--lang`` is; verdicts and statuses are the codes of the
audit report, a control's standing ``fail``, ``partial`` or ``ok`` (docs/audit.md).
"""

from __future__ import annotations

from typing import Any

from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.json_data import dumps
from fourlayer.rounds.round_diff import AgencyChange, Round, RoundAgency, RoundDiff, verdict_counts


def _side(side: Round) -> dict[str, Any]:
    return {
        "source": side.source,
        "kind": side.kind,
        "as_of": side.as_of.isoformat(),
        "as_of_from": side.as_of_from,
        "checklist": {"id": side.checklist[0], "version": side.checklist[1]},
        "agencies": len(side.agencies),
        "errors": side.errors,
        "duplicates": side.duplicates,
        "mean_score": side.mean,
        "verdicts": {verdict.value: count for verdict, count in verdict_counts(side).items()},
    }


def _agency(agency: RoundAgency) -> dict[str, Any]:
    return {"code": agency.code, "name": agency.name, "source": agency.source}


def _change(change: AgencyChange) -> dict[str, Any]:
    return {
        "agency": {"code": change.new.code or change.old.code, "name": change.new.name},
        "old_source": change.old.source,
        "new_source": change.new.source,
        "scores_compared": change.comparable,
        "ids_mapped": change.mapped,
        "verdict": {"before": change.old.verdict.value, "after": change.new.verdict.value, "change": change.verdict},
        "score": {
            "before": change.old.score,
            "after": change.new.score,
            "delta": change.score_delta,
            "direction": change.direction,
        },
        "layers": [
            {
                "layer": layer,
                "before": before.value if before else None,
                "after": after.value if after else None,
                "change": kind,
            }
            for layer, before, after, kind in change.layers
        ],
        "controls": [
            {"control": control, "before": before, "after": after, "change": kind}
            for control, before, after, kind in change.controls
        ],
        "controls_regressed": change.controls_regressed,
        "controls_improved": change.controls_improved,
        "regressions": change.regressions,
    }


def round_diff_dict(result: RoundDiff, options: ReportOptions) -> dict[str, Any]:
    return {
        "tool": {"name": "fourlayer", "version": options.tool_version},
        "kind": "rounds",
        "old": _side(result.old),
        "new": _side(result.new),
        "scores_compared": result.comparable,
        "ids_mapped": result.mapped,
        "summary": {
            "matched": len(result.agencies),
            "scores": {move: result.count(move) for move in ("up", "down", "same", "none")},
            "controls": {
                "regressed": result.controls_regressed,
                "improved": result.controls_improved,
                "agencies_regressed": result.agencies_with_regressed_controls,
                "agencies_improved": result.agencies_with_improved_controls,
            },
            "gone": len(result.gone),
            "new": len(result.new_agencies),
            "mean_score": {"before": result.old.mean, "after": result.new.mean, "delta": result.mean_delta},
            "matched_mean_score": dict(zip(("before", "after"), result.matched_means, strict=True)),
        },
        "agencies": [_change(change) for change in result.agencies],
        "gone": [_agency(a) for a in result.gone],
        "new_agencies": [_agency(a) for a in result.new_agencies],
        "regressions": result.regressions,
    }


def render_json(result: RoundDiff, options: ReportOptions) -> str:
    return dumps(round_diff_dict(result, options))
