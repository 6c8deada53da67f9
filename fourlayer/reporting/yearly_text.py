"""The yearly report (Decree 331/2026 Form 08) in words: the form's cells and lines, what is
still to fill in, the statements contradicted and the duty's state. Shared by the console
(``check``), the docx letters (``check``/``audit --format form08``) and the workbook
(``form08-xlsx``), so a cell reads the same everywhere.

A fact the file does not give prints as the form's dotted blank (``DOTS``); a cell the form
leaves empty for this row (column 7 before approval, 9 after it, 11 once fully deployed,
12 when no assessment is shown) is empty.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from fourlayer.errors import UserError
from fourlayer.i18n import label
from fourlayer.model import form08
from fourlayer.model.form08 import BEFORE_USE, PERIODIC, AgencyReport, Counts, Duty, Missing, Notice, Row
from fourlayer.reporting.office.text import DOTS, day, text

if TYPE_CHECKING:
    from fourlayer.i18n import Translator
    from fourlayer.model.assessment import Decision, Party
    from fourlayer.runner import CheckRun


def given(value: object) -> str:
    """A stated fact as text, or the dotted blank."""
    return DOTS if value is None or value == "" else text(value)


def when(value: date | None, lang: str) -> str:
    return DOTS if value is None else day(value, lang)


def decision_text(decision: Decision | None, t: Translator) -> str:
    """``1520/QĐ-SYT ngày 12/09/2024 của Sở Y tế`` (dotted where a part is missing)."""
    if decision is None:
        return DOTS
    return t(
        "form08.doc.decision", ref=text(decision.ref), date=when(decision.date, t.lang), issuer=given(decision.issuer)
    )


def cells(row: Row, number: int, t: Translator) -> list[str]:
    """The twelve cells of one row of the form's table."""
    lang = t.lang
    approved = row.approved
    return [
        str(number),
        text(row.name),
        given(row.owner),
        given(row.operator),
        str(row.level),
        DOTS if row.approval_status is None else label(t, "form08.approval", row.approval_status),
        decision_text(row.approval, t) if approved else "",
        decision_text(row.regulation, t),
        "" if approved else when(row.approval_expected, lang),
        DOTS if row.deployment is None else label(t, "form08.deployment", row.deployment),
        "" if row.deployment == "full" else when(row.deployment_expected, lang),
        ", ".join(label(t, "form08.assessed", kind) for kind in (BEFORE_USE, PERIODIC) if kind in row.assessed),
    ]


def headers(t: Translator) -> list[str]:
    """The table's heading cells: the form's words and the column number, ``Tên HTTT (2)``."""
    return [f"{label(t, 'form08.col', n)} ({n})" for n in range(1, 13)]


def count_lines(counts: Counts, t: Translator) -> list[str]:
    """Section 1, the form's seven lines."""

    def n(value: int | None) -> str:
        return DOTS if value is None else str(value)

    by = t("form08.doc.all-approved") if counts.all_approved else when(counts.all_approved_by, t.lang)
    return [
        t("form08.doc.managed", n=counts.managed),
        t("form08.doc.classified", n=n(counts.classified)),
        t("form08.doc.dossier", n=n(counts.dossier)),
        t("form08.doc.appraised", n=n(counts.appraised)),
        t("form08.doc.approved", n=n(counts.approved)),
        t("form08.doc.approved-periodic", n=n(counts.approved_periodic)),
        t("form08.doc.all-approved-by", when=by),
    ]


def party_lines(party: Party | None, kind: str, t: Translator) -> list[str]:
    """Section 2.a (``kind`` ``owner``) or 2.b (``unit``): the five numbered lines."""

    def field(name: str) -> str:
        return given(getattr(party, name) if party is not None else None)

    return [
        t("form08.doc.owner-name" if kind == "owner" else "form08.doc.unit-name", value=field("name")),
        t("form08.doc.mandate", value=field("mandate")),
        t("form08.doc.representative", name=field("representative"), position=field("position")),
        t("form08.doc.address", value=field("address")),
        t("form08.doc.contact", phone=field("phone"), email=field("email")),
    ]


def missing_item(item: Missing, t: Translator) -> str:
    """One thing to fill in, in the form's words, with its key."""
    if item.item == "col12":
        where = (
            t("form08.missing.col12-control", controls=", ".join(item.controls))
            if item.controls
            else t("form08.missing.col12-statement")
        )
        return t("form08.missing.col12", where=where)
    return label(t, "form08.missing", item.item)


def grouped_missing(
    missing: tuple[Missing, ...] | list[Missing], t: Translator, *, with_agency: bool = False
) -> list[str]:
    """``missing`` grouped per agency: the owner's and the unit's fields first, then each
    system's items (``with_agency``: each line starts with the agency's name)."""
    lines: list[str] = []
    order: dict[tuple[str, str | None], list[Missing]] = {}
    for item in sorted(missing, key=lambda m: m.system is not None):
        order.setdefault((item.agency, item.system), []).append(item)
    for (agency, system), found in sorted(order.items(), key=lambda kv: kv[0][0]):
        items = [m.item for m in found]
        if system is None:
            parts = []
            for party in ("owner", "security_unit"):
                fields = [i.split(".", 1)[1] for i in items if i.startswith(party + ".")]
                if fields:
                    names = ", ".join(label(t, "path.field", name) for name in fields)
                    parts.append(label(t, "form08.missing", party, fields=names))
            line = "; ".join(parts)
        else:
            line = t("form08.missing.system", system=text(system), items="; ".join(missing_item(m, t) for m in found))
        lines.append(t("form08.missing.agency", agency=text(agency), items=line) if with_agency else line)
    return lines


def notice_text(notice: Notice, t: Translator) -> str:
    if notice.code == "periodic-contradicted":
        return t("form08.notice.periodic-contradicted", system=text(notice.system), controls=", ".join(notice.controls))
    if notice.code == "deployment-contradicted":
        return t(
            "form08.notice.deployment-contradicted",
            system=text(notice.system),
            count=len(notice.controls),
            controls=", ".join(notice.controls),
        )
    return t(
        "form08.notice.approval-contradicted",
        system=text(notice.system),
        status=label(t, "form08.approval", notice.status),
    )


def duty_text(duty: Duty, t: Translator) -> str:
    return label(
        t,
        "form08.duty",
        duty.state,
        year=duty.year,
        control=duty.control,
        deadline=day(duty.deadline, t.lang),
        days=duty.days,
        ref=text(duty.ref or ""),
        filed=day(duty.filed_on, t.lang) if duty.filed_on else "",
    )


def in_force(as_of: date) -> None:
    """Refuse a yearly report dated before the decree that asks for it applies."""
    rules = form08.rules()
    if as_of < rules.valid_from:
        raise UserError("form08.before-decree", as_of=as_of.isoformat(), start=rules.valid_from.isoformat())


def check_reports(run: CheckRun) -> list[AgencyReport]:
    """The Form 08 content of each file a ``check`` evaluated (refused when none was)."""
    in_force(run.as_of)
    if not run.evaluations:
        raise UserError("form08.no-assessment", findings=tuple(f for p in run.failures for f in p.findings))
    return [form08.report_of(item.assessment, item) for item in run.evaluations if item.assessment is not None]


def after_writing(reports: list[AgencyReport], year: int, t: Translator, settings: tuple[str, ...] = ()) -> list[str]:
    """What ``check``/``audit --format form08`` tell once the file is written: each statement
    the evidence contradicts, then what is still to fill in before the deadline (``settings``:
    the report settings' keys of section 2 left out, for the province's letter)."""
    from fourlayer.reporting.grouping import MAX_ROWS, capped

    rules = form08.rules()
    notices, more = capped([notice for report in reports for notice in report.notices], MAX_ROWS)
    lines = ["! " + notice_text(notice, t) for notice in notices]
    if more:  # a file of thousands of systems: the first ones, then how many more (the letter has them all)
        lines.append(t("form08.more", count=more))
    missing = [item for report in reports for item in report.missing]
    count = len(missing) + len(settings)
    if not count:
        return [*lines, t("form08.missing.none")]
    lines.append(t("form08.missing.title", year=year, count=count, deadline=day(rules.deadline(year), t.lang)))
    if settings:
        lines.append("- " + t("form08.missing.settings", keys=", ".join(settings)))
    shown, more = capped(grouped_missing(missing, t, with_agency=len(reports) > 1), MAX_ROWS)
    lines.extend("- " + line for line in shown)
    if more:
        lines.append(t("form08.more-missing", count=more))
    return lines
