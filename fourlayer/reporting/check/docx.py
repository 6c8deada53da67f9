"""``check --format docx``: one agency's self-assessment report to its superior body, laid
out per Decree 30/2020/NĐ-CP (see :mod:`fourlayer.reporting.office.official`).

Body: I. general information (the agency, dates, checklist, its systems); II. results
(verdict, score, each layer); III. gaps (every failed or partial control × target, with
its reasons and the agency's note); IV. remediation and proposals (per control once, what
§III does not say: the agency's planned date, what to do, without the guidance's list of
evidence, and the legal basis). Several
files give one part per agency; files that could not be evaluated are listed at the end
by their name and first problem in plain words. The letter names no file path, and
waivers only when some were taken into account (or all were set aside).
"""

from __future__ import annotations

import re

from fourlayer.i18n import Translator, label
from fourlayer.model.checklist import Checklist
from fourlayer.model.evaluation import Evaluation, Outcome, Reason
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.grouping import MAX_DOCUMENT_ROWS
from fourlayer.reporting.office.official import OfficialReport
from fourlayer.reporting.office.text import day, letter_problem, target_parts, text
from fourlayer.reporting.settings import ReportSettings
from fourlayer.reporting.wording import date_text, formula_text, reasons_text, references_text, score_text
from fourlayer.runner import CheckRun

GAPS = (Outcome.FAIL, Outcome.PARTIAL)


def render(run: CheckRun, options: ReportOptions) -> bytes:
    """The report as .docx bytes; ``options.document`` fills the officer's fields."""
    t = options.t
    settings = options.document or ReportSettings()
    single = run.evaluations[0] if len(run.evaluations) == 1 else None
    subject = t("office.check.subject-of", agency=single.agency.name) if single else t("office.check.subject")
    report = OfficialReport(
        t, settings, subject=subject, dated=run.as_of, issuing_body=single.agency.name if single else None
    )
    for index, item in enumerate(run.evaluations, start=1):
        if single is None:
            report.heading(t("office.check.part", number=index, agency=text(item.agency.name)))
        _general(report, item, run, t)
        _results(report, item, run, t)
        _gaps(report, item, run, t)
        _plan(report, item, run, t)
    if run.failures:
        report.heading(t("office.check.invalid"))
        for problems in run.failures:
            report.paragraph(letter_problem(problems, None, t), align="left")
    if not run.evaluations and not run.failures:
        report.paragraph(t("office.check.nothing"))
    report.closing(t("office.check.closing", superior=text(settings.superior_body) or t("office.doc.superior-default")))
    return report.finish()


def _checklist(item: Evaluation, run: CheckRun) -> Checklist:
    """The checklist version this file was evaluated against (several may be in one run)."""
    return item.checklist


def _general(report: OfficialReport, item: Evaluation, run: CheckRun, t: Translator) -> None:
    lang = t.lang
    report.heading(t("office.doc.heading", number="I", title=t("office.check.general")))
    agency = item.agency.name + (f" ({item.agency.code})" if item.agency.code else "")
    report.paragraph(
        t(
            "office.check.general-text",
            agency=agency,
            assessed_on=day(item.assessed_on, lang),
            as_of=day(item.as_of, lang),
            checklist=text(_checklist(item, run).title.get(lang)),
            id=text(item.checklist_id),
            version=text(item.checklist_version),
        )
    )
    report.paragraph(formula_text(_checklist(item, run), t, official=True))
    if item.waivers_ignored:
        report.paragraph(t("office.doc.waivers-ignored"))
    elif any(r.outcome is Outcome.WAIVED or Reason.WAIVER_EXPIRED in r.reasons for r in item.results):
        report.paragraph(t("office.doc.waivers-counted"))
    report.subheading(t("office.check.systems"))
    report.table(
        [t("report.system-id"), t("office.col.system-name"), t("report.level"), t("report.score")],
        [[s.id, s.name, str(s.level), score_text(s.score, lang)] for s in item.systems[:MAX_DOCUMENT_ROWS]],
        [30, 95, 20, 20],
        numeric=frozenset({2, 3}),
    )
    _omitted(report, len(item.systems), t)


def _results(report: OfficialReport, item: Evaluation, run: CheckRun, t: Translator) -> None:
    lang = t.lang
    report.heading(t("office.doc.heading", number="II", title=t("office.check.results")))
    report.paragraph(
        t("office.check.verdict", verdict=label(t, "verdict", item.verdict), score=score_text(item.score, lang))
    )
    report.table(
        [
            t("report.layer"),
            t("office.col.title"),
            t("report.status"),
            t("report.score"),
            t("outcome.pass"),
            t("outcome.partial"),
            t("outcome.fail"),
        ],
        [
            [
                str(layer.layer),
                _checklist(item, run).layer_title(layer.layer).get(lang),
                label(t, "status", layer.status),
                score_text(layer.score, lang),
                str(layer.count(Outcome.PASS)),
                str(layer.count(Outcome.PARTIAL)),
                str(layer.count(Outcome.FAIL)),
            ]
            for layer in item.layers
        ],
        [14, 48, 28, 16, 14, 22, 23],
        numeric=frozenset({3, 4, 5, 6}),
    )


def _target(item: Evaluation, system: str | None, t: Translator) -> str:
    target, name, _ = target_parts(item, system, t)
    return target if name is None else f"{target} ({name})"


def _gaps(report: OfficialReport, item: Evaluation, run: CheckRun, t: Translator) -> None:
    report.heading(t("office.doc.heading", number="III", title=t("office.check.gaps")))
    gaps = [r for r in item.results if r.outcome in GAPS]
    if not gaps:
        report.paragraph(t("report.no-gaps"))
        return
    report.paragraph(
        t(
            "office.check.gaps-text",
            fail=sum(r.outcome is Outcome.FAIL for r in gaps),
            partial=sum(r.outcome is Outcome.PARTIAL for r in gaps),
        )
    )
    rows = []
    for result in gaps[:MAX_DOCUMENT_ROWS]:
        control = _checklist(item, run).control(result.control)
        rows.append(
            [
                result.control,
                control.title.get(t.lang) if control else "",
                _target(item, result.system, t),
                label(t, "outcome", result.outcome),
                ". ".join(part for part in (reasons_text(result, t), _note(result, t)) if part),
            ]
        )
    report.table(
        [
            t("office.col.control"),
            t("office.col.title"),
            t("office.col.target"),
            t("office.col.outcome"),
            t("office.col.reasons"),
        ],
        rows,
        GAP_COLUMNS_MM,
    )
    _omitted(report, len(gaps), t)


def _omitted(report: OfficialReport, count: int, t: Translator) -> None:
    """The line that counts the rows a table left out (a document stays bounded)."""
    if count > MAX_DOCUMENT_ROWS:
        report.paragraph(t("report.rows-omitted", count=count - MAX_DOCUMENT_ROWS))


GAP_COLUMNS_MM = [17, 42, 30, 20, 56]
"""The gaps table: the reasons, the longest text, get the widest column."""


def _note(result: object, t: Translator) -> str:
    answer = getattr(result, "answer", None)
    return t("report.note", note=answer.note) if answer is not None and answer.note else ""


def _due(item: Evaluation, control_id: str, t: Translator) -> str:
    """The dates the agency planned for a control's gaps (``31/12/2026``), once each."""
    dates = sorted(
        {
            r.answer.due
            for r in item.results
            if r.control == control_id and r.outcome in GAPS and r.answer is not None and r.answer.due is not None
        }
    )
    return ", ".join(date_text(due, t.lang) for due in dates)


def _plan(report: OfficialReport, item: Evaluation, run: CheckRun, t: Translator) -> None:
    report.heading(t("office.doc.heading", number="IV", title=t("office.check.plan")))
    seen: dict[str, None] = dict.fromkeys(r.control for r in item.results if r.outcome in GAPS)
    if not seen:
        report.paragraph(t("office.check.plan-none"))
        return
    report.paragraph(t("letter.plan-intro"))
    for control_id in seen:
        control = _checklist(item, run).control(control_id)
        if control is None:
            continue
        due = _due(item, control_id, t)
        basis = references_text(control, t, escape=False, confidence=False, day=item.as_of)
        lead = t("letter.plan-due", control=control.id, due=due) if due else control.id
        report.paragraph(
            t("letter.plan-item", lead=lead, guidance=action(control.guidance.get(t.lang), t), basis=basis)
        )


FILE_WORDS = re.compile(
    r"\b[a-z]+_[a-z_]+\b|\"(?:implemented|partial|not_implemented|not_applicable)\""
    r"|\b(?:status|evidence|note|ref|due):"
)
"""How a sentence about filling in the self-assessment file shows itself: a key (``no_event``),
a status value in quotes, ``due:``, ``status:``; in Vietnamese, any ``due`` (it is no word
of the language)."""
FILE_WORDS_VI = re.compile(r"\bdue\b")
SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[^\W\d_a-zđ])")
"""Where a sentence of a guidance text ends: after ``.`` or ``;``, before a capital letter."""


def action(guidance: str, t: Translator) -> str:
    """What to do, as a letter says it: without the list of evidence to keep (``Bằng chứng:
    …``, the guidance's last part) and without the sentences on how to fill in the
    self-assessment file (they name its keys and values). A plan a leader signs says what is
    done, by when and on what basis; the rest stays in the workbook, HTML and console."""
    marker = f" {t('letter.evidence-marker')}"
    head = guidance.split(marker, 1)[0].strip() or guidance
    kept = [
        sentence
        for sentence in SENTENCE_END.split(head)
        if not FILE_WORDS.search(sentence) and not (t.lang == "vi" and FILE_WORDS_VI.search(sentence))
    ]
    return " ".join(kept) if kept else head
