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

from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.round_text import round_lines, round_sections
from fourlayer.reporting.wording import agency_under_control, date_text, first_error
from fourlayer.rounds.audit import AuditRun


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
            "partly_share": tally.partly_share,
        }
        for tally in summary.layers
    ]
    top = []
    for tally in summary.top_failed:
        control = run.checklist.control(tally.control)
        failing, partial = run.agencies_of(tally.control) if options.verbose else ((), ())
        top.append(
            {
                "control": tally.control,
                "title": control.title.get(lang) if control else "",
                "severity": tally.severity,
                "failing": tally.failing,
                "share": tally.share,
                "partial": tally.partial,
                "partial_share": tally.partial_share,
                "failing_names": [
                    agency_under_control(r.agency.name, run.checklist, r.checklist_version, tally.control, t)
                    for r in failing
                ],
                "partial_names": [
                    agency_under_control(r.agency.name, run.checklist, r.checklist_version, tally.control, t)
                    for r in partial
                ],
            }
        )
    errors = []
    for problems in run.errors:
        first = first_error(problems)
        where = "" if first is None or first.line is None else f":{first.line}"
        errors.append((problems.source + where, "" if first is None else first.message(lang)))
    return {
        "round_lines": _round_lines(run, options),
        "round_sections": _round_sections(run, options),
        "stale": {row.source: date_text(row.assessed_on, lang) for row in run.stale},
        "as_of": date_text(run.as_of, lang),
        "checklist": f"{run.checklist.id} v{run.checklist.version}",
        "waivers_ignored": not run.use_waivers,
        "s": summary,
        "verdicts": [(verdict.value, n, summary.verdict_share(verdict)) for verdict, n in summary.verdicts],
        "layers": layers,
        "top": top,
        "ranking": run.ranking(),
        "errors": errors,
    }


ROUND_CLASS = {
    "missing": "not_met",
    "unreadable": "not_met",
    "unexpected": "partially_met",
    "duplicates": "partially_met",
    "stale": "partially_met",
}
"""The status class (colour) of each list about the round."""


def _round_lines(run: AuditRun, options: ReportOptions) -> list[tuple[str, str]]:
    """(text, status class) of the header's lines about the round (:func:`round_lines`)."""
    match = run.roster_match
    status = {
        "roster": "not_met" if match is not None and match.missing else "met",
        "duplicates": "partially_met",
        "stale": "partially_met" if run.stale else "met",
    }
    return [(line, status[key]) for key, line in round_lines(run, options.t)]


def _round_sections(run: AuditRun, options: ReportOptions) -> list[tuple[str, str, tuple[str, ...], str]]:
    """(heading, status class, items, note) of each list about the round (:func:`round_sections`)."""
    return [
        (section.title.rstrip(": "), ROUND_CLASS[section.key], section.items, section.note)
        for section in round_sections(run, options.t)
    ]


def render_chunks(run: AuditRun, options: ReportOptions) -> Iterator[str]:
    from fourlayer.reporting.html_base import render

    yield from render("audit_page.html.j2", options, **context(run, options))
