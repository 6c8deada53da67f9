"""``check --format html``: one page per agency a head of agency can read and print.

The verdict and score first, the four layers as a picture (nested rings, layer 1
innermost) with their scores, the systems, then every gap (fail or partial) with its
reasons, guidance and legal sources, grouped by layer, most severe first. Legal sources
are named by document and provision; their web addresses are left out (the page refers
to nothing on a network). Template: ``templates/check_page.html.j2``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fourlayer.i18n import Translator
from fourlayer.model.checklist import Checklist
from fourlayer.model.evaluation import Evaluation, Outcome, PairResult
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.grouping import MAX_DOCUMENT_ROWS
from fourlayer.reporting.wording import (
    SEVERITY_RANK,
    assessed_on_text,
    date_text,
    formula_text,
    officer_words,
    reasons_text,
    references_text,
    warning_lines,
)
from fourlayer.runner import CheckRun

if TYPE_CHECKING:
    from datetime import date

GAP_OUTCOMES = (Outcome.FAIL, Outcome.PARTIAL)


@dataclass(frozen=True)
class LayerView:
    layer: int
    title: str
    status: str
    score: float | None
    counts: dict[str, int]


@dataclass(frozen=True)
class GapView:
    control: str
    title: str
    severity: str
    outcome: str
    target: str
    reasons: str
    guidance: str
    references: str
    officer: tuple[str, ...] = ()
    """What the agency's officer wrote: the planned date, the note."""


def _gap(
    result: PairResult, checklist: Checklist, names: dict[str, str], t: Translator, lang: str, as_of: date
) -> GapView:
    control = checklist.control(result.control)
    target = (
        t("report.target-system", system=result.system, name=names.get(result.system, ""))
        if result.system is not None
        else t("report.target-agency")
    )
    return GapView(
        control=result.control,
        title=control.title.get(lang) if control else "",
        severity=result.severity,
        outcome=result.outcome.value,
        target=target,
        reasons=reasons_text(result, t),
        guidance=control.guidance.get(lang) if control else "",
        references=references_text(control, t, day=as_of) if control else "",
        officer=tuple(officer_words(result, t)),
    )


def page_of(item: Evaluation, checklist: Checklist, options: ReportOptions) -> dict[str, Any]:
    t, lang = options.t, options.lang
    names = {s.id: s.name for s in item.systems}
    layers = [
        LayerView(
            layer.layer,
            checklist.layer_title(layer.layer).get(lang),
            layer.status.value,
            layer.score,
            {outcome.value: n for outcome, n in layer.counts},
        )
        for layer in item.layers
    ]
    gaps = sorted(
        (r for r in item.results if r.outcome in GAP_OUTCOMES),
        key=lambda r: (
            r.layer,
            SEVERITY_RANK.get(r.severity, 9),
            r.outcome is not Outcome.FAIL,
            r.control,
            r.system or "",
        ),
    )
    listed = gaps[:MAX_DOCUMENT_ROWS]  # the rest counted: a page stays bounded whatever the file holds
    views = [_gap(r, checklist, names, t, lang, item.as_of) for r in listed]
    groups = []
    for number in (1, 2, 3, 4):
        in_layer = [v for r, v in zip(listed, views, strict=True) if r.layer == number]
        if in_layer:
            groups.append((number, checklist.layer_title(number).get(lang), in_layer))
    every_warning = [w.text for w in warning_lines(item, t, checklist=checklist)]
    warnings = every_warning[:MAX_DOCUMENT_ROWS]
    return {
        "e": item,
        "layers": layers,
        "gaps": gaps,
        "gap_groups": groups,
        "gaps_omitted": len(gaps) - len(listed),
        "systems": item.systems[:MAX_DOCUMENT_ROWS],
        "systems_omitted": max(len(item.systems) - MAX_DOCUMENT_ROWS, 0),
        "fails": sum(layer.count(Outcome.FAIL) for layer in item.layers),
        "partials": sum(layer.count(Outcome.PARTIAL) for layer in item.layers),
        "warnings": warnings,
        "warnings_omitted": len(every_warning) - len(warnings),
        "formula": formula_text(checklist, t),
        "as_of": date_text(item.as_of, lang),
        "assessed_on": assessed_on_text(item, t),
    }


def render_check(run: CheckRun, options: ReportOptions) -> str:
    """One section per agency (a page break between them), then the files that could not
    be evaluated with their located findings."""
    from fourlayer.reporting.html_base import render

    failures = [
        {"source": f.source, "lines": [f"{x.location()}: {x.message(options.lang)}" for x in f.findings]}
        for f in run.failures
    ]
    pages = [page_of(item, item.checklist, options) for item in run.evaluations]
    return "".join(render("check_page.html.j2", options, pages=pages, failures=failures))
