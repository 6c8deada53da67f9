"""The Markdown report (``--format markdown``, and the job summary of ``--format github``):
a report to post as a pull-request comment or a CI job summary.

Per file: the verdict and score, a table of the four layers, the gaps (fail and partial,
every pair with ``--verbose``) with the line that holds each answer, and the next step
for each control. Every string that comes from a file or a custom checklist passes
through :func:`md`: HTML is entity-escaped, Markdown punctuation backslash-escaped,
``@`` and ``#`` cannot start a mention or an issue link, and table cells stay on one line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from fourlayer.i18n import Translator, label
from fourlayer.model.checklist import Checklist
from fourlayer.model.evaluation import OUTCOME_RANK, Evaluation, LayerStatus, Outcome, PairResult, Verdict
from fourlayer.reading.findings import Finding
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.wording import (
    SEVERITY_RANK,
    assessed_on_text,
    date_text,
    officer_words,
    reasons_text,
    references_text,
    score_text,
    target_text,
    warning_lines,
    warning_text,
)
from fourlayer.runner import CheckRun, FileProblems, ValidationRun
from fourlayer.safe_text import printable

if TYPE_CHECKING:
    from datetime import date

MAX_ROWS = 100
"""Gaps listed per file; GitHub refuses comments over 65,536 characters."""
# Inline syntax: emphasis, code, links and images, tables, strikethrough, maths.
_MD_INLINE = re.compile(r"([\\`*_\[\]|~$])")
# Syntax that counts only at the start of a line: headings, lists, quotes, rules.
_MD_LINE_START = re.compile(r"^([#+\-=]|\d+(?=[.)]))")
_WORD_JOINER = "\u2060"
_REFERENCE = re.compile(r"([@#])(?=[0-9A-Za-z])")
# GFM's autolink extension makes links of "www.", "http://", "https://" (and "ftp:", "mailto:",
# "xmpp:" in some renderers) anywhere in text: a word joiner after "www" / the scheme's colon
# keeps them text (checked against GitHub's cmark-gfm in tests/test_output_safety.py).
_AUTOLINK = re.compile(r"(?i)\b(www)(?=\.)|\b(https?|ftp|mailto|xmpp|irc|file)(?=:)")
VERDICT_ICON = {Verdict.COMPLIANT: "✅", Verdict.PARTIALLY_COMPLIANT: "⚠️", Verdict.NON_COMPLIANT: "❌"}
STATUS_ICON = {
    LayerStatus.MET: "✅",
    LayerStatus.PARTIALLY_MET: "⚠️",
    LayerStatus.NOT_MET: "❌",
    LayerStatus.NOT_APPLICABLE: "➖",
}
OUTCOMES = (Outcome.PASS, Outcome.PARTIAL, Outcome.FAIL, Outcome.WAIVED, Outcome.NOT_APPLICABLE)


def md(text: object) -> str:
    """Text from a file as inert Markdown: literal when rendered, on one line."""
    value = printable(str(text).replace("\n", " ")).replace("\t", " ")
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _MD_INLINE.sub(r"\\\1", value)
    value = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" if m.group(1)[0].isdigit() else "\\" + m.group(1), value)
    # A word joiner after @ and # keeps "@team" from pinging and "#12" from linking an issue.
    value = _AUTOLINK.sub(lambda m: m.group() + _WORD_JOINER, value)
    return _REFERENCE.sub(r"\1" + _WORD_JOINER, value)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _score(value: float | None, lang: str = "en") -> str:
    return score_text(value, lang)


def _where(source: str, mark: tuple[int, int] | None) -> str:
    return source if mark is None else f"{source}:{mark[0]}:{mark[1]}"


def render_check(run: CheckRun, options: ReportOptions) -> str:
    """The whole check report as Markdown (also the GitHub job summary)."""
    t = options.t
    blocks = [f"## {md(t('ci.md.title'))}"]
    for item in run.evaluations:
        blocks.append(_evaluation(item, run, options))
    for failure in run.failures:
        blocks.append(_problems(failure, t, heading=f"### ❌ {md(failure.source)} — {md(t('ci.md.not-evaluated'))}"))
    if run.notices:
        blocks.append(f"### {md(t('ci.md.notices'))}\n\n{_findings_table(run.notices, t)}")
    if not run.evaluations and not run.failures:
        blocks.append(md(t("ci.md.no-files")))
    return "\n\n".join(blocks) + "\n"


def _evaluation(item: Evaluation, run: CheckRun, options: ReportOptions) -> str:
    t = options.t
    lang = options.lang
    checklist = item.checklist  # the version this file was evaluated against
    verdict = f"{VERDICT_ICON[item.verdict]} **{md(label(t, 'verdict', item.verdict))}**"
    lines = [
        f"### {VERDICT_ICON[item.verdict]} {md(item.agency.name)}",
        "",
        f"**{md(t('ci.md.file'))}:** {md(item.source)} · "
        f"**{md(t('ci.md.checklist'))}:** {md(item.checklist_id)} v{md(item.checklist_version)} · "
        f"**{md(t('ci.md.as-of'))}:** {date_text(item.as_of, lang)} · "
        f"**{md(t('report.assessed-on'))}:** {md(assessed_on_text(item, t))}",
        "",
        f"**{md(t('ci.md.verdict'))}:** {verdict} · **{md(t('ci.md.score'))}:** {_score(item.score, lang)}/100",
    ]
    lines += ["", *(f"> ⚠️ {md(warning_text(w, item, t))}" for w in item.warnings if w.code == "assessment_old")]
    if item.waivers_ignored:
        lines += ["", f"_{md(t('ci.md.waivers-ignored'))}_"]
    lines += [
        "",
        _row(
            [
                md(t("ci.md.layer")),
                md(t("ci.md.status")),
                md(t("ci.md.score")),
                *(md(label(t, "outcome.short", o)) for o in OUTCOMES),
            ]
        ),
        _row(["---", "---", "---:", *("---:" for _ in OUTCOMES)]),
    ]
    for layer in item.layers:
        lines.append(
            _row(
                [
                    f"{layer.layer}. {md(checklist.layer_title(layer.layer).get(lang))}",
                    f"{STATUS_ICON[layer.status]} {md(label(t, 'status', layer.status))}",
                    _score(layer.score, lang),
                    *(str(count) for _, count in layer.counts),
                ]
            )
        )
    shown = [r for r in item.results if options.verbose or r.outcome in (Outcome.FAIL, Outcome.PARTIAL)]
    shown.sort(key=lambda r: (OUTCOME_RANK[r.outcome], SEVERITY_RANK.get(r.severity, 9), r.control, r.system or ""))
    lines += ["", f"#### {md(t('ci.md.gaps'))}", ""]
    if shown:
        lines.append(_gaps_table(shown[:MAX_ROWS], item, run, t))
        if len(shown) > MAX_ROWS:
            lines += ["", md(t("ci.md.more-gaps", count=len(shown) - MAX_ROWS))]
        lines += ["", _next_steps(shown[:MAX_ROWS], checklist, t, item.as_of)]
    else:
        lines.append(f"✅ {md(t('ci.md.no-gaps'))}")
    if item.warnings:
        lines += ["", f"#### {md(t('ci.md.warnings'))}", ""]
        lines += [f"- {md(w.text)}" for w in warning_lines(item, t, checklist=checklist)]
    return "\n".join(lines)


def _gaps_table(shown: list[PairResult], item: Evaluation, run: CheckRun, t: Translator) -> str:
    rows = [
        _row(
            [
                md(t(key))
                for key in (
                    "ci.md.control",
                    "ci.md.severity",
                    "ci.md.target",
                    "ci.md.outcome",
                    "ci.md.reasons",
                    "ci.md.where",
                )
            ]
        ),
        _row(["---"] * 6),
    ]
    for result in shown:
        control = (item.checklist).control(result.control)
        title = control.title.get(t.lang) if control is not None else ""
        rows.append(
            _row(
                [
                    f"**{md(result.control)}** {md(title)}",
                    md(label(t, "severity", result.severity)),
                    md(target_text(result, t)),
                    md(label(t, "outcome", result.outcome)),
                    md("; ".join([reasons_text(result, t), *officer_words(result, t)]).strip("; ")) or "—",
                    md(_where(item.source, run.mark(item.source, result.path))),
                ]
            )
        )
    return "\n".join(rows)


def _next_steps(shown: list[PairResult], checklist: Checklist, t: Translator, as_of: date) -> str:
    items = []
    seen: set[str] = set()
    for result in sorted(shown, key=lambda r: r.control):
        control = checklist.control(result.control)
        if control is None or result.control in seen or result.outcome not in (Outcome.FAIL, Outcome.PARTIAL):
            continue
        seen.add(result.control)
        items.append(
            f"- **{md(control.id)}** {md(control.guidance.get(t.lang))} "
            f"_{md(t('ci.legal-basis', references=references_text(control, t, day=as_of)))}_"
        )
    if not items:
        return ""
    return "\n".join([f"<details><summary>{md(t('ci.md.next-steps'))}</summary>", "", *items, "", "</details>"])


def _findings_table(findings: tuple[Finding, ...] | list[Finding], t: Translator) -> str:
    rows = [
        _row([md(t(key)) for key in ("ci.md.where", "ci.md.severity", "ci.md.message", "ci.md.code")]),
        _row(["---"] * 4),
    ]
    for found in findings:
        hint = found.hint(t.lang)
        text = found.message(t.lang) + (f" → {hint}" if hint else "")
        rows.append(_row([md(found.location()), md(label(t, "severity", found.severity)), md(text), md(found.code)]))
    return "\n".join(rows)


def _problems(item: FileProblems, t: Translator, heading: str) -> str:
    return f"{heading}\n\n{_findings_table(item.findings, t)}"


def render_validate(run: ValidationRun, options: ReportOptions) -> str:
    t = options.t
    lines = [f"## {md(t('ci.md.validate-title'))}", ""]
    if not run.files:
        return "\n".join([*lines, md(t("ci.md.no-files"))]) + "\n"
    lines += [_row([md(t("ci.md.file")), md(t("ci.md.result"))]), _row(["---", "---"])]
    for item in run.files:
        parts = []
        if item.errors:
            parts.append(f"❌ {md(t('ci.md.invalid', count=len(item.errors)))}")
        else:
            parts.append(f"✅ {md(t('ci.md.valid'))}")
        warnings = len(item.findings) - len(item.errors)
        if warnings:
            parts.append(md(t("ci.md.warnings-count", count=warnings)))
        lines.append(_row([md(item.source), ", ".join(parts)]))
    blocks = ["\n".join(lines)]
    blocks += [_problems(item, t, heading=f"### {md(item.source)}") for item in run.files if item.findings]
    return "\n\n".join(blocks) + "\n"
