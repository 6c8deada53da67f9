"""Plain-text pieces every format shares: where a result applies, why, what to read, the
score, the message of a finding. No rich, no markup: each format escapes them its own way
(they are already ``printable`` where said).

Format modules import this module (and :mod:`fourlayer.reporting.base`,
:mod:`fourlayer.reporting.wording`, :mod:`fourlayer.reporting.json_data`, :mod:`fourlayer.reporting.terminal`,
:mod:`fourlayer.reporting.markdown_doc`), never one another.
"""

from __future__ import annotations

from string import Formatter
from typing import TYPE_CHECKING

from fourlayer.i18n import label
from fourlayer.messages import MESSAGES
from fourlayer.model.evaluation import Outcome
from fourlayer.reporting import wording
from fourlayer.safe_text import printable

if TYPE_CHECKING:
    from datetime import date

    from fourlayer.i18n import Translator
    from fourlayer.model.checklist import Checklist, Control
    from fourlayer.model.evaluation import PairResult
    from fourlayer.reading.findings import Finding
    from fourlayer.runner import FileProblems

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
    if result.system is None:
        return t("ci.target.agency")
    return t("ci.target.system", system=result.system)


def reasons_text(result: PairResult, t: Translator) -> str:
    return wording.reasons_text(result, t)


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
        parts.extend(f"{words}." for words in wording.officer_words(result, t))
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


def score_text(score: float | None, lang: str = "en") -> str:
    return "—" if score is None else wording.number_text(score, lang)


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
