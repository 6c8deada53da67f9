"""``audit --format docx``: the report of the province-wide review to the People's Committee
(or another competent authority), laid out per Decree 30/2020/NĐ-CP (see
:mod:`fourlayer.reporting.office.official`).

Body: I. purpose and scope; II. method and checklist version; III. results — overview,
by layer, by agency (every agency, ranked), the most-failed controls, the files that could
not be evaluated; IV. proposals drawn from the results.
"""

from __future__ import annotations

from fourlayer.i18n import Translator, label
from fourlayer.model.evaluation import LayerStatus, Verdict
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.office.official import OfficialReport
from fourlayer.reporting.office.text import day, letter_problem, text
from fourlayer.reporting.settings import ReportSettings
from fourlayer.reporting.wording import agency_under_control, formula_text, score_text
from fourlayer.rounds.audit import AuditRun


def render(run: AuditRun, options: ReportOptions) -> bytes:
    """The report as .docx bytes; ``options.document`` fills the officer's fields."""
    t = options.t
    settings = options.document or ReportSettings()
    report = OfficialReport(t, settings, subject=t("office.audit.subject"), dated=run.as_of)
    _scope(report, run, t, options)
    _method(report, run, t)
    _results(report, run, t)
    _proposals(report, run, t, settings)
    return report.finish()


def _scope(report: OfficialReport, run: AuditRun, t: Translator, options: ReportOptions) -> None:
    summary = run.summary
    report.heading(t("office.doc.heading", number="I", title=t("office.audit.scope")))
    report.paragraph(t("office.audit.purpose"))
    report.paragraph(
        t(
            "office.audit.scope-text",
            files=summary.files,
            agencies=summary.agencies,
            errors=summary.errors,
            as_of=day(run.as_of, t.lang),
        )
    )
    if run.duplicates:
        report.paragraph(t("letter.duplicates-in-scope", count=len(run.duplicates)))


def _method(report: OfficialReport, run: AuditRun, t: Translator) -> None:
    checklist = run.checklist
    report.heading(t("office.doc.heading", number="II", title=t("office.audit.method")))
    report.paragraph(
        t(
            "office.audit.method-text",
            checklist=text(checklist.title.get(t.lang)),
            id=text(checklist.id),
            version=text(checklist.version),
            controls=len(checklist.controls),
        )
    )
    report.paragraph(formula_text(checklist, t, official=True))
    if not run.use_waivers:
        report.paragraph(t("office.doc.waivers-ignored"))
    elif any("w" in row.outcomes for row in run.counted):
        report.paragraph(t("office.doc.waivers-counted"))


def _results(report: OfficialReport, run: AuditRun, t: Translator) -> None:
    summary = run.summary
    lang = t.lang
    report.heading(t("office.doc.heading", number="III", title=t("office.audit.results")))
    report.subheading(t("office.audit.overview"))
    report.paragraph(
        t(
            "office.audit.overview-text",
            agencies=summary.agencies,
            compliant=summary.verdict_count(Verdict.COMPLIANT),
            partial=summary.verdict_count(Verdict.PARTIALLY_COMPLIANT),
            non_compliant=summary.verdict_count(Verdict.NON_COMPLIANT),
            mean=score_text(summary.mean, lang),
            median=score_text(summary.median, lang),
            lowest=score_text(summary.lowest, lang),
            highest=score_text(summary.highest, lang),
        )
    )

    report.subheading(t("office.audit.by-layer"))
    report.table(
        [
            t("report.layer"),
            t("office.col.title"),
            t("status.met"),
            t("status.partially_met"),
            t("status.not_met"),
            t("status.not_applicable"),
            t("office.col.met-share"),
        ],
        [
            [
                str(tally.layer),
                run.checklist.layer_title(tally.layer).get(lang),
                *(str(count) for _, count in tally.counts),
                score_text(tally.met_share, lang),
            ]
            for tally in summary.layers
        ],
        [14, 51, 18, 22, 20, 20, 20],
        numeric=frozenset({2, 3, 4, 5, 6}),
    )

    report.subheading(t("office.audit.by-agency"))
    rows = []
    for rank, row in run.ranking():
        statuses = []
        for layer_number in (1, 2, 3, 4):
            layer = row.layer(layer_number)
            statuses.append(label(t, "audit.status", (layer.status if layer else LayerStatus.NOT_APPLICABLE)))
        rows.append(
            [
                "" if rank is None else str(rank),
                row.agency.name,
                score_text(row.score, lang),
                label(t, "verdict", row.verdict),
                *statuses,
            ]
        )
    report.table(
        [t("office.col.rank"), t("report.agency"), t("report.score"), t("report.verdict"), "L1", "L2", "L3", "L4"],
        rows,
        RANKING_COLUMNS_MM,
        numeric=frozenset({0, 2}),
    )
    report.paragraph(t("office.audit.by-agency-note"), italic=True)

    report.subheading(t("office.audit.top-failed"))
    if summary.top_failed:
        report.table(
            [
                t("office.col.control"),
                t("office.col.title"),
                t("office.col.failing-agencies"),
                t("office.col.failing-share"),
            ],
            [
                [tally.control, _title(run, tally.control, lang), str(tally.failing), score_text(tally.share, lang)]
                for tally in summary.top_failed
            ],
            [18, 97, 25, 25],
            numeric=frozenset({2, 3}),
        )
        others = _own_versions(run, t)
        if others:
            report.paragraph(
                t("audit.own-version-note", version=run.checklist.version, agencies=text(others)), italic=True
            )
    else:
        report.paragraph(t("audit.no-failing"))

    report.subheading(t("office.audit.missing"))
    _round(report, run, t)


RANKING_COLUMNS_MM = [13, 38, 16, 22, 19, 19, 19, 19]
"""The ranking: "Hạng" (bold 12 pt) whole in its column, and each layer's status ("Một phần") on one line."""


def _round(report: OfficialReport, run: AuditRun, t: Translator) -> None:
    """III.5, one line per agency in an official's words: who did not submit (with a
    roster), who sent a file that could not be read (its first problem and where, never a
    path); then the duplicates and the stale files, by agency."""
    lang = t.lang
    match = run.roster_match
    seen: set[str] = set()
    if match is not None:
        for entry in match.missing:
            name = entry.name + (f" ({entry.code})" if entry.code else "")
            seen.add(entry.name.casefold())
            report.paragraph(t("office.audit.missing-agency", agency=text(name)), align="left")
    problems_of = {p.source: p for p in run.errors if p.source not in run.skipped}
    if match is not None:
        for entry, source in match.unreadable:
            if entry.name.casefold() in seen or source not in problems_of:
                continue
            seen.add(entry.name.casefold())
            report.paragraph(letter_problem(problems_of.pop(source), entry.name, t), align="left")
    for problems in problems_of.values():
        agency = getattr(problems, "agency", None)
        known: str | None = agency.name if agency is not None and agency.name else None
        if known is not None:
            if known.casefold() in seen:
                continue
            seen.add(known.casefold())
        report.paragraph(letter_problem(problems, known, t), align="left")
    if not run.errors and not run.missing:
        report.paragraph(t("office.audit.no-invalid"))
    if run.duplicates:
        names = _agency_names(run)
        agencies = list(dict.fromkeys(names.get(d.source) or names.get(d.kept) or "" for d in run.duplicates))
        report.paragraph(
            t("office.audit.duplicates", count=len(run.duplicates), agencies="; ".join(text(a) for a in agencies if a)),
            align="left",
        )
    if run.stale and run.since is not None:
        report.paragraph(
            t(
                "office.audit.stale",
                count=len(run.stale),
                since=day(run.since, lang),
                agencies="; ".join(text(r.agency.name) for r in run.stale),
            )
        )


def _agency_names(run: AuditRun) -> dict[str, str]:
    """Each file's agency, where it could be read."""
    names: dict[str, str] = {}
    for row in run.rows:
        agency = getattr(row, "agency", None)
        if agency is not None and agency.name:
            names[row.source] = agency.name
    return names


def _own_versions(run: AuditRun, t: Translator) -> str:
    """For the agencies of the table evaluated under the previous checklist version: each one,
    the report's control it is counted under, and its own control(s) with the titles of its
    version (``Sở A: L1.17 (đánh giá theo phiên bản 1: L2.14 …)``); empty when there are none."""
    parts = []
    for tally in run.summary.top_failed:
        for row in run.agencies_of(tally.control)[0]:
            if row.checklist_version != run.checklist.version:
                note = agency_under_control(tally.control, run.checklist, row.checklist_version, tally.control, t)
                if note != tally.control:
                    parts.append(f"{row.agency.name}: {note}")
    return "; ".join(parts)


def _title(run: AuditRun, control_id: str, lang: str) -> str:
    control = run.checklist.control(control_id)
    return "" if control is None else control.title.get(lang)


def _proposals(report: OfficialReport, run: AuditRun, t: Translator, settings: ReportSettings) -> None:
    summary = run.summary
    lang = t.lang
    report.heading(t("office.doc.heading", number="IV", title=t("office.audit.proposals")))
    items = []
    non_compliant = summary.verdict_count(Verdict.NON_COMPLIANT)
    if non_compliant:
        items.append(t("office.audit.propose-remedy", count=non_compliant))
    if run.missing:
        items.append(t("office.audit.propose-missing", count=len(run.missing)))
    weakest = [tally for tally in summary.layers if tally.met_share is not None]
    if weakest:
        low = min(weakest, key=lambda tally: (tally.met_share, tally.layer))
        items.append(
            t(
                "office.audit.propose-layer",
                layer=low.layer,
                title=run.checklist.layer_title(low.layer).get(lang),
                share=score_text(low.met_share, lang),
            )
        )
    if summary.top_failed:
        items.append(
            t("office.audit.propose-controls", controls=", ".join(tally.control for tally in summary.top_failed[:5]))
        )
    if run.errors:
        items.append(t("office.audit.propose-resubmit", count=len(run.errors)))
    items.append(t("office.audit.propose-next"))
    for index, item in enumerate(items, start=1):
        report.paragraph(f"{index}. {item}")
    report.closing(t("office.audit.closing", superior=text(settings.superior_body) or t("office.doc.superior-default")))
