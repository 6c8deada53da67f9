"""The pieces of the JSON reports: one agency, one evaluation, one file's problems, and
:func:`dumps`, the one way a report becomes JSON text. Shared by every JSON-writing format
(``check``/``validate`` json, sarif, audit json, diff json, checklist json).

Keys are English whatever the language; only ``message`` texts follow ``--lang``.
"""

from __future__ import annotations

import json
import math
import re
from typing import TYPE_CHECKING, Any

from fourlayer.reporting.wording import warning_text

if TYPE_CHECKING:
    from fourlayer.model.assessment import Agency
    from fourlayer.model.evaluation import Evaluation, EvaluationWarning, PairResult
    from fourlayer.reporting.base import ReportOptions
    from fourlayer.runner import FileProblems

# Left raw by ``ensure_ascii=False`` yet unsafe to print: DEL and C1 controls, bidi
# controls, invisible characters, line and paragraph separators, lone surrogates. They
# can only occur inside JSON strings, where a ``\\u`` escape stands for the same text.
_UNSAFE = re.compile("[\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]")


def dumps(data: Any) -> str:
    """Indented JSON, readable Vietnamese, and nothing in it that acts on a terminal."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def json_string(text: str) -> str:
    """One string as :func:`dumps` writes it (quoted, escaped, ``_UNSAFE`` escaped): for a
    report written piece by piece that must read as if ``dumps`` had written it whole."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.encoder.encode_basestring(text))


def json_number(value: float | None) -> str:
    """A number or null as :func:`dumps` writes it (``float.__repr__``; ``NaN``/``Infinity``
    as ``json`` spells them)."""
    if value is None:
        return "null"
    if type(value) is float and math.isfinite(value):
        return float.__repr__(value)
    return json.dumps(value)


def agency_dict(agency: Agency) -> dict[str, Any]:
    """The ``agency`` object of the reports: its name, and code and province when given."""
    out: dict[str, Any] = {"name": agency.name}
    if agency.code is not None:
        out["code"] = agency.code
    if agency.province is not None:
        out["province"] = agency.province
    return out


def layers_list(item: Evaluation) -> list[dict[str, Any]]:
    return [
        {
            "layer": layer.layer,
            "status": layer.status.value,
            "score": layer.score,
            "counts": {outcome.value: count for outcome, count in layer.counts},
        }
        for layer in item.layers
    ]


def result_dict(r: PairResult) -> dict[str, Any]:
    """One pair: the keys of SPEC §4.1, then what explains them (added fields only)."""
    out: dict[str, Any] = {
        "control": r.control,
        "layer": r.layer,
        "system": r.system,
        "severity": r.severity,
        "outcome": r.outcome.value,
        "reasons": [reason.value for reason in r.reasons],
    }
    if r.stale is not None:
        out["stale_evidence"] = {
            "ref": r.stale.ref,
            "date": r.stale.date.isoformat(),
            "max_age_months": r.stale.max_age_months,
            "stale_from": r.stale.stale_from.isoformat(),
        }
    answer = r.answer
    if answer is not None and r.outcome.value in ("fail", "partial"):
        if answer.due is not None:
            out["due"] = answer.due.isoformat()
        if answer.note:
            out["note"] = answer.note
    return out


def warning_dict(w: EvaluationWarning, item: Evaluation, options: ReportOptions) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": w.code,
        "control": w.control,
        "system": w.system,
        "date": w.date.isoformat(),
        "message": warning_text(w, item, options.t),
    }
    if w.evidence is not None:
        out["evidence"] = {
            "ref": w.evidence.ref,
            "date": None if w.evidence.date is None else w.evidence.date.isoformat(),
        }
    if w.bases:
        out["bases"] = list(w.bases)
    return out


def evaluation_dict(item: Evaluation, options: ReportOptions) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "source": item.source,
        "checklist": {"id": item.checklist_id, "version": item.checklist_version},
        "agency": agency_dict(item.agency),
        "verdict": item.verdict.value,
        "score": item.score,
        "layers": layers_list(item),
        "systems": [{"id": s.id, "name": s.name, "level": s.level, "score": s.score} for s in item.systems],
        "results": [result_dict(r) for r in item.results],
        # added beside SPEC §4.1's keys (which stay first, in order): the dates behind the result
        "assessed_on": item.assessed_on.isoformat(),
        "assessment_age_days": item.assessment_age_days,
    }
    if item.warnings:
        entry["warnings"] = [warning_dict(w, item, options) for w in item.warnings]
    return entry


def problems_dict(item: FileProblems, options: ReportOptions) -> dict[str, Any]:
    return {"source": item.source, "findings": [f.to_dict(options.lang) for f in item.findings]}
