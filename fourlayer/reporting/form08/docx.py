"""``check``/``audit --format form08``: the yearly report of Decree 331/2026/NĐ-CP (Art. 35–36)
in the form of its appendix's Mẫu số 08, as an official letter laid out per Decree 30/2020
(the frame of :mod:`fourlayer.reporting.office.official`).

The letter: the header with ``Số: …`` and the summary "V/v kết quả công tác bảo đảm an ninh
mạng hệ thống thông tin" under it; "Kính gửi: Bộ Công an" (Art. 35.4.b; the settings'
``superior_body`` may name the Ministry's unit instead, as the form's own line allows);
1. the counts; 2. the system owner and the cybersecurity unit; 3. the twelve-column table on
landscape pages; a closing line; "Nơi nhận" and the signer.

``check`` writes one agency's letter (section 2 from the assessment); ``audit`` the
province's (every agency's systems in one table, the counts over all of them, section 2 from
the report settings, then each other system owner the agencies name, in turn, as the form asks).
What is missing and what the evidence contradicts are told on the command line, not in the
letter (:mod:`fourlayer.reporting.yearly_text`).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from fourlayer.model import form08
from fourlayer.model.assessment import Party
from fourlayer.reporting.office.official import OfficialReport
from fourlayer.reporting.office.text import DOTS, day, text
from fourlayer.reporting.settings import PARTY_KEYS, ReportSettings
from fourlayer.reporting.yearly_text import cells, check_reports, count_lines, headers, in_force, party_lines

if TYPE_CHECKING:
    from datetime import date

    from fourlayer.i18n import Translator
    from fourlayer.reporting.base import ReportOptions
    from fourlayer.rounds.audit import AuditRun
    from fourlayer.runner import CheckRun, FileProblems

WIDTHS_MM: list[float] = [11, 30, 22, 22, 12, 18, 26, 26, 21, 22, 21, 21]
"""The twelve columns on a landscape A4 page within the Decree 30 margins (252 mm)."""
TABLE_PT = 10


def render_check(run: CheckRun, options: ReportOptions) -> bytes:
    """The letter of the files given: one agency's (section 2 from its assessment's
    ``agency.owner`` and ``agency.security_unit``), or several agencies' in one table (each
    owner in turn, as the form's note to section 2 asks)."""
    reports = check_reports(run)
    settings = options.document or ReportSettings()
    rows = [row for report in reports for row in report.rows]
    parties = _parties(settings, reports, province=False)
    first = parties[0][0]
    issuer = (first.name if first is not None and first.name else None) or reports[0].agency.name
    return _letter(
        options.t,
        settings,
        run.as_of,
        issuer,
        rows,
        parties,
        province=len(reports) > 1,
        unread=[_named(problem) for problem in run.failures],
    )


def render_audit(run: AuditRun, options: ReportOptions) -> bytes:
    """The province's letter: every counted agency's systems, section 2 from the settings
    (the province's owner and unit), then each other owner the agencies name."""
    settings = options.document or ReportSettings()
    in_force(run.as_of)
    reports = [row.yearly for row in run.counted if row.yearly is not None]
    rows = [row for report in reports for row in report.rows]
    province = settings_party(settings, "owner")
    issuer = (province.name if province and province.name else None) or settings.issuing_body
    skipped = run.skipped
    unread = [_named(problem) for problem in run.errors if problem.source not in skipped]
    return _letter(
        options.t,
        settings,
        run.as_of,
        issuer,
        rows,
        _parties(settings, reports, province=True),
        province=True,
        unread=unread,
    )


def _parties(
    settings: ReportSettings, reports: list[form08.AgencyReport], *, province: bool
) -> list[tuple[Party | None, Party | None]]:
    """Section 2, in turn: the settings' owner and unit (always first for a province, its
    own), then each system owner the agencies name, once, with its cybersecurity unit."""
    own = (settings_party(settings, "owner"), settings_party(settings, "unit"))
    parties: list[tuple[Party | None, Party | None]] = [own] if province or own != (None, None) else []
    seen = {own[0].name} if own[0] is not None and own[0].name else set()
    for report in reports:
        owner, unit = report.agency.owner, report.agency.security_unit
        name = owner.name if owner is not None else None
        if (owner is None and unit is None) or (name is not None and name in seen):
            continue
        if name is not None:
            seen.add(name)
        parties.append((owner, unit))
    return parties or [(None, None)]


def _named(problem: FileProblems) -> str:
    """A file that could not be read, by its agency when that much was read, else its file name."""
    agency = getattr(problem, "agency", None)
    return agency.name if agency is not None else os.path.basename(problem.source)


def settings_party(settings: ReportSettings, kind: str) -> Party | None:
    """The owner (``owner``) or the cybersecurity unit (``unit``) the report settings give."""
    values = {name: getattr(settings, f"{kind}_{name}") for name in PARTY_KEYS}
    party = Party(**{k: v for k, v in values.items() if v})
    return None if party == Party() else party


def _letter(
    t: Translator,
    settings: ReportSettings,
    as_of: date,
    issuer: str | None,
    rows: list[form08.Row],
    parties: list[tuple[Party | None, Party | None]],
    *,
    province: bool = False,
    unread: list[str] | None = None,
) -> bytes:
    rules = form08.rules()
    subject = t("form08.doc.subject")
    report = OfficialReport(
        t,
        settings,
        subject=subject,
        dated=as_of,
        issuing_body=issuer,
        letter=True,
        addressee=rules.recipient.get(t.lang, rules.recipient["vi"]),
    )
    report.heading(t("form08.doc.s1"))
    for line in count_lines(form08.counts(rows), t):
        report.paragraph(line)
    if unread:  # the counts leave these agencies out: the letter says so
        report.paragraph(
            t("form08.doc.incomplete", count=len(unread), agencies="; ".join(text(n) for n in unread)), italic=True
        )
    report.heading(t("form08.doc.s2"))
    for index, (owner, unit) in enumerate(parties):
        if index == 1:
            report.paragraph(t("form08.doc.other-owners"), italic=True)
        report.subheading(t("form08.doc.s2a"))
        for line in party_lines(owner, "owner", t):
            report.paragraph(line)
        report.subheading(t("form08.doc.s2b"))
        for line in party_lines(unit, "unit", t):
            report.paragraph(line)
    report.landscape()
    report.heading(t("form08.doc.s3"))
    body = []
    for number, row in enumerate(rows, start=1):
        values = cells(row, number, t)
        if province:  # one table for many agencies: each system's name with its agency's
            values[1] = f"{values[1]} ({text(row.agency)})"
        body.append(values)
    report.table(headers(t), body, WIDTHS_MM, size=TABLE_PT, centred=frozenset({0, 4}))
    year = as_of.year
    start, end = rules.period(year)
    owner_name = (parties[0][0].name if parties[0][0] and parties[0][0].name else None) or issuer or DOTS
    recipient = settings.superior_body or rules.recipient.get(t.lang, rules.recipient["vi"])
    report.closing(
        t(
            "form08.doc.closing",
            owner=text(owner_name),
            recipient=text(recipient),
            year=year,
            start=day(start, t.lang),
            end=day(end, t.lang),
        )
    )
    return report.finish()
