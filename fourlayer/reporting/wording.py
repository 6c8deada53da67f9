"""Sentences every reporter shares: reasons with their dates, warnings, the officer's
own words, and numbers and dates written the reader's way.

Prose follows the language: Vietnamese writes dates ``30/09/2026`` and decimals with a
comma (``64,44``); English writes ISO dates and a decimal point. Machine fields (JSON
keys and values, CSV cells, SARIF properties) never pass through here: they keep ISO
dates and dots whatever ``--lang`` is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from fourlayer.i18n import Translator, label
from fourlayer.model.evaluation import Evaluation, EvaluationWarning, PairResult, Reason

if TYPE_CHECKING:
    from fourlayer.model.checklist import Checklist


def date_text(day: date, lang: str) -> str:
    """``30/09/2026`` in Vietnamese prose, ``2026-09-30`` in English."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}" if lang == "vi" else day.isoformat()


def number_text(value: float, lang: str, places: int = 2) -> str:
    """``64,44`` in Vietnamese prose, ``64.44`` in English."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang == "vi" else text


def score_text(score: float | None, lang: str) -> str:
    return "—" if score is None else number_text(score, lang)


def target_name(system: str | None, t: Translator) -> str:
    """``hệ thống portal`` / ``system portal``, or ``cơ quan`` / ``the agency``."""
    return t("ci.target.agency") if system is None else t("ci.target.system", system=system)


def reason_text(reason: Reason, result: PairResult, t: Translator) -> str:
    """One reason; a stale evidence names the item, its date and the day it went stale,
    an overdue answer its due date."""
    if reason is Reason.EVIDENCE_EXPIRED and result.stale is not None:
        stale = result.stale
        if stale.max_age_months is None:  # a control with fixed deadlines
            return t(
                "reason-detail.evidence_expired-deadline",
                ref=stale.ref,
                date=date_text(stale.date, t.lang),
                stale_from=date_text(stale.stale_from, t.lang),
            )
        return t(
            "reason-detail.evidence_expired",
            ref=stale.ref,
            date=date_text(stale.date, t.lang),
            months=stale.max_age_months,
            stale_from=date_text(stale.stale_from, t.lang),
        )
    if reason is Reason.OVERDUE and result.answer is not None and result.answer.due is not None:
        return t("reason-detail.overdue", due=date_text(result.answer.due, t.lang))
    return label(t, "reason", reason)


def reasons_text(result: PairResult, t: Translator) -> str:
    return "; ".join(reason_text(reason, result, t) for reason in result.reasons)


def warning_text(warning: EvaluationWarning, item: Evaluation, t: Translator) -> str:
    """A warning in words; future dates in the future tense."""
    lang = t.lang
    if warning.code == "assessment_old":
        return t(
            "warning.assessment_old",
            as_of=date_text(item.as_of, lang),
            assessed_on=date_text(item.assessed_on, lang),
            days=item.assessment_age_days,
            assessed_iso=item.assessed_on.isoformat(),
        )
    target = target_name(warning.system, t)
    if warning.code == "evidence_expiring" and warning.evidence is not None and warning.evidence.date is not None:
        return t(
            "warning.evidence_expiring",
            control=warning.control or "",
            system=target,
            ref=warning.evidence.ref,
            evidence_date=date_text(warning.evidence.date, lang),
            date=date_text(warning.date, lang),
        )
    if warning.code == "evidence_expiring":
        return t(
            "warning.evidence_expiring-undated",
            control=warning.control or "",
            system=target,
            date=date_text(warning.date, lang),
        )
    if warning.code == "basis_unconfirmed" and not warning.ever_confirmed:
        return t(
            _UNCONFIRMED[basis_case(warning)],
            control=warning.control or "",
            bases="; ".join(warning.bases),
        )
    if warning.code == "basis_unconfirmed":
        return t(
            "warning.basis_unconfirmed",
            control=warning.control or "",
            date=date_text(warning.date, lang),
            bases="; ".join(warning.bases),
        )
    return label(
        t, "warning", warning.code, control=warning.control or "", system=target, date=date_text(warning.date, lang)
    )


ACTIONABLE = ("assessment_old", "evidence_expiring", "waiver_expiring", "evidence_in_future")
"""Warning kinds the agency can act on (renew a document, a waiver, re-assess, correct a date),
in the order reports list them; every other kind (``basis_unconfirmed``: the legal texts'
validity, for the competent authority to confirm) follows them."""


GROUPED = frozenset({"basis_unconfirmed", "evidence_expiring", "waiver_expiring", "evidence_in_future"})
"""Kinds said in one statement when they occur several times in a report."""


@dataclass(frozen=True)
class WarningLine:
    """One statement of a report's warnings: a single warning, or every warning of one kind
    grouped (``controls`` names them). ``actionable`` says whether the agency can act on it."""

    code: str
    text: str
    actionable: bool
    controls: tuple[str, ...]


def warning_lines(
    item: Evaluation, t: Translator, *, header: bool = True, checklist: Checklist | None = None
) -> list[WarningLine]:
    """The report's warnings as statements, actionable first: a kind that occurs more than once
    is one statement naming its controls (the JSON report keeps one warning per control).
    ``header=False`` leaves out ``assessment_old`` (the console prints it in its header)."""
    by_code: dict[str, list[EvaluationWarning]] = {}
    for warning in item.warnings:
        if header or warning.code != "assessment_old":
            by_code.setdefault(warning.code, []).append(warning)
    order = sorted(by_code, key=lambda c: (ACTIONABLE.index(c) if c in ACTIONABLE else len(ACTIONABLE), c))
    out: list[WarningLine] = []
    for code in order:
        warnings = by_code[code]
        if len(warnings) == 1 or code not in GROUPED:
            out.extend(
                WarningLine(code, warning_text(w, item, t), code in ACTIONABLE, (w.control,) if w.control else ())
                for w in warnings
            )
            continue
        controls = tuple(dict.fromkeys(w.control for w in warnings if w.control))
        out.append(
            WarningLine(
                code, _grouped_text(code, warnings, t, checklist or item.checklist), code in ACTIONABLE, controls
            )
        )
    return out


_UNCONFIRMED = {"unread": "warning.basis_unconfirmed-unread", "none": "warning.basis_unconfirmed-none"}
"""A ``basis_unconfirmed`` warning never confirmed: its statement for each :func:`basis_case`."""
_GROUPED_UNCONFIRMED = {
    "until": "warning.grouped.basis_unconfirmed",
    "unread": "warning.grouped.basis_unread",
    "none": "warning.grouped.basis_none",
}
"""Several ``basis_unconfirmed`` warnings of one :func:`basis_case` in one statement."""


def basis_case(warning: EvaluationWarning) -> str:
    """Which of the three ``basis_unconfirmed`` statements is true of ``warning``: ``until``
    (its bases were confirmed until a date), ``unread`` (bases in force, none read in its own
    words) or ``none`` (no legal text in force is its basis)."""
    if warning.ever_confirmed:
        return "until"
    return "unread" if warning.bases_in_force else "none"


def _grouped_text(code: str, warnings: list[EvaluationWarning], t: Translator, checklist: Checklist | None) -> str:
    """Several warnings of one kind in one statement (``basis_unconfirmed``: one per case that
    occurs, :func:`basis_case`, so that no control is said to be confirmed until a date it never was)."""
    lang = t.lang
    if code == "basis_unconfirmed":
        parts = []
        for case in ("until", "unread", "none"):
            group = [w for w in warnings if basis_case(w) == case]
            names = sorted(dict.fromkeys(w.control for w in group if w.control))  # L1.05 before L3.06
            if not group:
                continue
            documents = list(dict.fromkeys(_document(w, base, checklist) for w in group for base in w.bases))
            dates = sorted({w.date for w in group})
            parts.append(
                t(
                    _GROUPED_UNCONFIRMED[case],
                    count=len(names),
                    controls=", ".join(names),
                    date=_one_of([date_text(d, lang) for d in dates], t),
                    documents="; ".join(documents),
                )
            )
        return " ".join(parts)
    items = []
    for warning in warnings:
        target = target_name(warning.system, t)
        if code == "evidence_expiring" and warning.evidence is not None and warning.evidence.date is not None:
            items.append(
                t(
                    "warning.item.evidence_expiring",
                    control=warning.control or "",
                    system=target,
                    ref=warning.evidence.ref,
                    date=date_text(warning.date, lang),
                )
            )
        else:
            items.append(
                t(
                    "warning.item.dated",
                    control=warning.control or "",
                    system=target,
                    date=date_text(warning.date, lang),
                )
            )
    return t("warning.grouped", kind=label(t, "warning.kind", code), count=len(warnings), items="; ".join(items))


def _one_of(items: list[str], t: Translator) -> str:
    """``30/09/2022 hoặc 30/06/2026``: one of several (dates a group of bases was confirmed until)."""
    if len(items) < 2:
        return "".join(items)
    return t("warning.one-of", items=", ".join(items[:-1]), last=items[-1])


def _document(warning: EvaluationWarning, base: str, checklist: Checklist | None) -> str:
    """The legal document of a cited basis, without its article (``Nghị định 85/2016/NĐ-CP Điều 13``
    → ``Nghị định 85/2016/NĐ-CP``), from the checklist's reference; the basis as cited otherwise."""
    control = checklist.control(warning.control) if checklist is not None and warning.control else None
    for ref in control.references if control is not None else ():
        if ref.label() == base:
            return ref.document
    return base


def assessed_on_text(item: Evaluation, t: Translator) -> str:
    """``30/09/2026 (64 ngày trước ngày đánh giá)``: the assessment's own date and its age."""
    days = item.assessment_age_days
    when = date_text(item.assessed_on, t.lang)
    if days > 0:
        return t("report.assessed-age", date=when, days=days)
    if days < 0:
        return t("report.assessed-after", date=when, days=-days)
    return t("report.assessed-same-day", date=when)


def officer_words(result: PairResult, t: Translator) -> list[str]:
    """What the officer wrote for this answer: the planned date and the note."""
    answer = result.answer
    if answer is None:
        return []
    out = []
    if answer.due is not None and Reason.OVERDUE not in result.reasons:  # the reason already names it
        out.append(t("report.due", due=date_text(answer.due, t.lang)))
    if answer.note:
        out.append(t("report.note", note=answer.note))
    return out
