"""``audit --format html``: the province picture a provincial leader reads and prints.

Verdict counts and the mean score first; the four layers as stacked bars (agencies by
status, with the share meeting each); the most-failed controls; the ranking with each
agency's four layers as a matrix; the files that could not be evaluated. Template:
``templates/audit_page.html.j2``; the page is produced piece by piece, one agency row at a
time, never held whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fourlayer.audit import AuditRun
from fourlayer.reporting.base import ReportOptions


def context(run: AuditRun, options: ReportOptions) -> dict[str, Any]:
    from fourlayer.reporting.html_base import stack

    t, lang = options.t, options.lang
    summary = run.summary
    layers = [
        {
            "layer": tally.layer,
            "title": run.checklist.layer_title(tally.layer).get(lang),
            "segments": stack([(status.value, n) for status, n in tally.counts], 600),
            "met_share": tally.met_share,
        }
        for tally in summary.layers
    ]
    top = []
    for tally in summary.top_failed:
        control = run.checklist.control(tally.control)
        top.append({"control": tally.control, "title": control.title.get(lang) if control else "",
                    "severity": tally.severity, "failing": tally.failing, "share": tally.share})
    errors = []
    for problems in run.errors:
        errors_of = problems.errors or problems.findings
        located = [f for f in errors_of if f.line is not None]
        first = next(iter(located or errors_of), None)
        where = "" if first is None or first.line is None else f":{first.line}"
        errors.append((problems.source + where, "" if first is None else first.message(lang)))
    return {
        "as_of": run.as_of.isoformat(),
        "checklist": f"{run.checklist.id} v{run.checklist.version}",
        "waivers_ignored": not run.use_waivers,
        "s": summary,
        "verdicts": [(verdict.value, n) for verdict, n in summary.verdicts],
        "layers": layers,
        "top": top,
        "ranking": run.ranking(),
        "errors": errors,
        "t": t,
    }


def render_chunks(run: AuditRun, options: ReportOptions) -> Iterator[str]:
    from fourlayer.reporting.html_base import render

    page = context(run, options)
    page.pop("t")
    yield from render("audit_page.html.j2", options, **page)


def render(run: AuditRun, options: ReportOptions) -> str:
    return "".join(render_chunks(run, options))
