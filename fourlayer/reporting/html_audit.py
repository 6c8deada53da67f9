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
from fourlayer.reporting.text import agency_under_control
from fourlayer.reporting.wording import date_text


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
        top.append({"control": tally.control, "title": control.title.get(lang) if control else "",
                    "severity": tally.severity, "failing": tally.failing, "share": tally.share,
                    "partial": tally.partial, "partial_share": tally.partial_share,
                    "failing_names": [agency_under_control(r.agency.name, run.checklist, r.checklist_version,
                                                           tally.control, t) for r in failing],
                    "partial_names": [agency_under_control(r.agency.name, run.checklist, r.checklist_version,
                                                           tally.control, t) for r in partial]})
    errors = []
    for problems in run.errors:
        errors_of = problems.errors or problems.findings
        located = [f for f in errors_of if f.line is not None]
        first = next(iter(located or errors_of), None)
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
        "verdicts": [(verdict.value, n) for verdict, n in summary.verdicts],
        "layers": layers,
        "top": top,
        "ranking": run.ranking(),
        "errors": errors,
        "t": t,
    }


def _who(code: str | None, name: str, options: ReportOptions) -> str:
    return f"{name} ({code if code else options.t('audit.no-code')})"


def _round_lines(run: AuditRun, options: ReportOptions) -> list[tuple[str, str]]:
    """(text, status class) of the header's lines about the round: roster, duplicates, stale."""
    t = options.t
    lines = []
    match = run.roster_match
    if run.roster is not None and match is not None:
        lines.append((t("audit.roster-line", expected=len(run.roster.entries), submitted=len(match.submitted),
                        unreadable=len(match.unreadable), missing=len(match.missing)),
                      "not_met" if match.missing else "met"))
    if run.duplicates:
        lines.append((t("audit.duplicates-line", count=len(run.duplicates)), "partially_met"))
    if run.since is not None:
        lines.append((t("audit.stale-line", count=len(run.stale), since=date_text(run.since, options.lang)),
                      "partially_met" if run.stale else "met"))
    return lines


def _round_sections(run: AuditRun, options: ReportOptions) -> list[tuple[str, str, list[str], str]]:
    """(heading, status class, items, note) of each list about the round: who has not
    submitted, who sent only a broken file, who is not on the roster, duplicates, stale."""
    t, lang = options.t, options.lang
    since = date_text(run.since, lang) if run.since else ""
    sections: list[tuple[str, str, list[str], str]] = []
    match = run.roster_match
    if match is not None:
        sections.append(("audit.missing", "not_met", [_who(e.code, e.name, options) for e in match.missing], ""))
        sections.append(("audit.unreadable", "not_met",
                         [f"{_who(e.code, e.name, options)}: {source}" for e, source in match.unreadable], ""))
        names = {r.source: r.agency for r in run.counted}
        sections.append(("audit.unexpected", "partially_met",
                         [f"{_who(names[s].code, names[s].name, options)}: {s}" for s in match.unexpected], ""))
    sections.append(("audit.duplicates", "partially_met",
                     [f"{d.source} — {t('audit.duplicate.' + d.reason, kept=d.kept)}" for d in run.duplicates],
                     t("audit.duplicate-rule")))
    if run.since is not None:
        sections.append(("audit.stale", "partially_met",
                         [f"{r.agency.name}: {r.source} ({date_text(r.assessed_on, lang)})" for r in run.stale], ""))
    return [(t(key, count=len(items), since=since).rstrip(": "), css, items, note)
            for key, css, items, note in sections if items]


def render_chunks(run: AuditRun, options: ReportOptions) -> Iterator[str]:
    from fourlayer.reporting.html_base import render

    page = context(run, options)
    page.pop("t")
    yield from render("audit_page.html.j2", options, **page)


def render(run: AuditRun, options: ReportOptions) -> str:
    return "".join(render_chunks(run, options))
