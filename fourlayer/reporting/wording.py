"""Words every reporter shares, written once: numbers and dates the reader's way, where a
result applies and why, the legal basis after "Căn cứ", the message of a pair or a finding,
warnings, the officer's own words, an agency under a control of another version; and the
few values each format needs around them (the order of severities and the CI level of a
pair, a CSV cell made safe, a file's first error). Message keys built from a value go
through :func:`fourlayer.i18n.label`.

Prose follows the language: Vietnamese writes dates ``30/09/2026`` and decimals with a
comma (``64,44``); English writes ISO dates and a decimal point. Machine fields (JSON
keys and values, CSV cells, SARIF properties) never pass through the prose functions: they
keep ISO dates and dots whatever ``--lang`` is. No rich, no markup: each format escapes
what it takes its own way (texts said to be ``printable`` already are).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from string import Formatter
from typing import TYPE_CHECKING

from fourlayer.i18n import Translator, label
from fourlayer.messages import MESSAGES
from fourlayer.model.evaluation import Evaluation, EvaluationWarning, Outcome, PairResult, Reason
from fourlayer.safe_text import printable

if TYPE_CHECKING:
    from fourlayer.model.checklist import Checklist, Control
    from fourlayer.reading.findings import Finding
    from fourlayer.runner import FileProblems


def date_text(day: date, lang: str) -> str:
    """``30/09/2026`` in Vietnamese prose, ``2026-09-30`` in English."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}" if lang == "vi" else day.isoformat()


def number_text(value: float, lang: str, places: int = 2) -> str:
    """``64,44`` in Vietnamese prose, ``64.44`` in English."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang == "vi" else text


def score_text(score: float | None, lang: str = "en") -> str:
    """A score the reader's way (``64,44`` / ``64.44``), ``—`` for none."""
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


FAIL_LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "warning"}

SEVERITY_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3}
"""Gravest first, for ordering gaps in every report."""


def level_for(outcome: Outcome, severity: str) -> str:
    """The SARIF level of a pair: ``error``, ``warning``, ``note`` or ``none``
    (the table in :mod:`fourlayer.reporting.check.sarif`)."""
    if outcome is Outcome.FAIL:
        return FAIL_LEVEL.get(severity, "error")
    if outcome is Outcome.PARTIAL:
        return "warning"
    if outcome is Outcome.WAIVED:
        return "note"
    return "none"


def formula_text(checklist: Checklist, t: Translator, *, official: bool = False) -> str:
    """How the score is computed, with ``checklist``'s weight for each severity: the line
    under a report, or the paragraph of an official report (``official``)."""
    weights = ", ".join(f"{label(t, 'severity', name)} {weight}" for name, weight in checklist.severity_weights)
    return t("office.doc.scoring" if official else "report.formula", weights=weights)


def target_text(result: PairResult, t: Translator) -> str:
    """Where a result applies: its system, or the agency."""
    return target_name(result.system, t)


def references_text(
    control: Control,
    t: Translator,
    *,
    brackets: str = "()",
    escape: bool = True,
    confidence: bool = True,
    day: date | None = None,
) -> str:
    """The legal basis of a control, as printed after "Căn cứ": each legal text (never a news
    page, an example, a report or a standard: those are notes) with its provision and how sure
    the reading is in ``brackets`` (``confidence=False``: without it, as a signed letter cites a
    text); with ``day``, only those in force on it (all legal texts when none is). ``escape``
    (all but the office documents, which escape for XML themselves) makes it
    printable, since a custom checklist's text is data too."""
    opening, closing = brackets[0], brackets[1]
    parts = []
    refs = control.legal_references if day is None else (control.bases_on(day) or control.legal_references)
    for ref in refs:
        item = ref.document + (f", {ref.provision}" if ref.provision else "")
        parts.append(f"{item} {opening}{label(t, 'confidence', ref.confidence)}{closing}" if confidence else item)
    joined = "; ".join(parts)
    return printable(joined) if escape else joined


def pair_message(result: PairResult, checklist: Checklist, t: Translator, *, details: bool = True) -> str:
    """One paragraph for a pair: outcome, control, target, why, and (for gaps) what to do."""
    control = checklist.control(result.control)
    title = control.title.get(t.lang) if control is not None else ""
    parts = [
        t(
            "ci.pair",
            outcome=label(t, "outcome", result.outcome),
            control=result.control,
            title=title,
            target=target_text(result, t),
        )
    ]
    if result.reasons:
        parts.append(t("ci.why", reasons=reasons_text(result, t)))
    if details and result.outcome in (Outcome.FAIL, Outcome.PARTIAL):
        parts.extend(f"{words}." for words in officer_words(result, t))
    if details and control is not None and result.outcome in (Outcome.FAIL, Outcome.PARTIAL):
        parts.append(t("ci.next-step", guidance=control.guidance.get(t.lang)))
    return printable(" ".join(parts))


def generic_text(key: str, lang: str) -> str | None:
    """A message template with every placeholder shown as ``…`` (a rule's description)."""
    entry = MESSAGES.get(key)
    if entry is None:
        return None
    template = entry.get(lang) or entry["vi"]
    try:
        pieces = [literal + ("…" if field is not None else "") for literal, field, _, _ in Formatter().parse(template)]
    except ValueError:
        return template
    return "".join(pieces)


def finding_text(found: Finding, lang: str) -> str:
    hint = found.hint(lang)
    return printable(found.message(lang) + (f" {hint}" if hint else ""))


BOM = "\ufeff"
"""Written first in a CSV, so that Excel reads it as UTF-8 (Vietnamese shown right)."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def neutralise(value: object) -> str:
    """A CSV cell as text; one a spreadsheet would evaluate gets a leading apostrophe, and
    control characters are written as visible escapes (the CSV may be printed to a terminal)."""
    text = "" if value is None else printable(str(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def first_error(problems: FileProblems) -> Finding | None:
    """The first located error of a file (an error with a line first, else any error)."""
    errors = problems.errors or problems.findings
    located = [f for f in errors if f.line is not None]
    return next(iter(located or errors), None)


def own_controls(checklist: Checklist, version: str, control_id: str) -> tuple[Control, ...]:
    """The controls an agency evaluated under ``version`` of ``checklist``'s checklist answered
    for ``control_id`` (a control of ``checklist``, the report's): the previous-version
    controls it continues (``replaces``), with that version's titles. Empty when ``version``
    is the report's own, or no id map joins the two (then the agency has no outcome there)."""
    if version == checklist.version or checklist.previous_version != version:
        return ()
    control = checklist.control(control_id)
    if control is None or not control.replaces:
        return ()
    from fourlayer.model.checklist import load_bundled

    own = load_bundled(version, checklist.id).checklist
    if own is None:
        return ()
    return tuple(found for found in map(own.control, control.replaces) if found is not None)


def own_controls_text(checklist: Checklist, version: str, control_id: str, t: Translator) -> str:
    """``phiên bản 1: L2.14 Kinh phí …`` for an agency evaluated under another version than
    the report's (its own ids and titles behind ``control_id``); empty otherwise."""
    own = own_controls(checklist, version, control_id)
    current = checklist.control(control_id)
    if not own or (len(own) == 1 and current is not None and (own[0].id, own[0].title) == (current.id, current.title)):
        return ""  # the same control under the same id and title: nothing to tell apart
    return t("audit.own-version", version=version, controls="; ".join(f"{c.id} {c.title.get(t.lang)}" for c in own))


def agency_under_control(name: str, checklist: Checklist, version: str, control_id: str, t: Translator) -> str:
    """An agency's name where a report lists it under a control of the report's checklist;
    an agency evaluated under the previous version is followed by its own control(s), with the
    titles of the version it was evaluated against: ``Sở A (phiên bản 1: L2.14 …)``."""
    note = own_controls_text(checklist, version, control_id, t)
    return f"{name} ({note})" if note else name
