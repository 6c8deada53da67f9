"""The audit's round in words, shared by every audit format that writes prose (console,
html, docx, xlsx): the lines of the summary (roster, duplicates, stale files) and the
lists behind them (who has not submitted, who sent only a broken file, who is not on the
roster, the duplicates, the stale files). Plain strings in the report's language; each
format escapes them its own way.
"""

from __future__ import annotations

from dataclasses import dataclass

from fourlayer.i18n import Translator, label
from fourlayer.reporting.wording import date_text, first_error
from fourlayer.rounds.audit import AuditRun
from fourlayer.runner import FileProblems


@dataclass(frozen=True)
class RoundSection:
    key: str
    """``missing``, ``unreadable``, ``unexpected``, ``duplicates`` or ``stale``."""
    title: str
    items: tuple[str, ...]
    note: str = ""


def who(code: str | None, name: str, t: Translator) -> str:
    """``Sở Y tế (000.00.01.H40)``, or ``… (không có mã)``."""
    return f"{name} ({code if code else t('audit.no-code')})"


def _first(problems: FileProblems | None, t: Translator) -> str:
    """`` — line:column: the first error`` of a file that could not be read, or ``""``."""
    found = None if problems is None else first_error(problems)
    if found is None:
        return ""
    where = found.position()
    return f" — {where + ': ' if where else ''}{found.message(t.lang)}"


def round_lines(run: AuditRun, t: Translator) -> list[tuple[str, str]]:
    """``(key, line)`` of the summary: ``roster``, ``duplicates``, ``stale`` — only those that apply."""
    lines = []
    match = run.roster_match
    if run.roster is not None and match is not None:
        lines.append(
            (
                "roster",
                t(
                    "audit.roster-line",
                    expected=len(run.roster.entries),
                    submitted=len(match.submitted),
                    unreadable=len(match.unreadable),
                    missing=len(match.missing),
                ),
            )
        )
    if run.duplicates:
        lines.append(("duplicates", t("audit.duplicates-line", count=len(run.duplicates))))
    if run.since is not None:
        lines.append(("stale", t("audit.stale-line", count=len(run.stale), since=date_text(run.since, t.lang))))
    return lines


def round_sections(run: AuditRun, t: Translator) -> list[RoundSection]:
    """The lists of the round that have something in them, each in full."""
    since = date_text(run.since, t.lang) if run.since is not None else ""
    sections = []
    match = run.roster_match
    if match is not None:
        sections.append(
            RoundSection(
                "missing",
                t("audit.missing", count=len(match.missing)),
                tuple(who(e.code, e.name, t) for e in match.missing),
            )
        )
        errors = {problems.source: problems for problems in run.errors}
        sections.append(
            RoundSection(
                "unreadable",
                t("audit.unreadable", count=len(match.unreadable)),
                tuple(
                    f"{who(e.code, e.name, t)}: {source}{_first(errors.get(source), t)}"
                    for e, source in match.unreadable
                ),
            )
        )
        names = {r.source: r.agency for r in run.counted}
        sections.append(
            RoundSection(
                "unexpected",
                t("audit.unexpected", count=len(match.unexpected)),
                tuple(f"{who(names[s].code, names[s].name, t)}: {s}" for s in match.unexpected),
            )
        )
    sections.append(
        RoundSection(
            "duplicates",
            t("audit.duplicates", count=len(run.duplicates)),
            tuple(f"{d.source} — {label(t, 'audit.duplicate', d.reason, kept=d.kept)}" for d in run.duplicates),
            t("audit.duplicate-rule"),
        )
    )
    if run.since is not None:
        stale = run.stale
        sections.append(
            RoundSection(
                "stale",
                t("audit.stale", count=len(stale), since=since),
                tuple(f"{r.agency.name}: {r.source} ({date_text(r.assessed_on, t.lang)})" for r in stale),
            )
        )
    return [section for section in sections if section.items]


def round_summary(run: AuditRun, t: Translator) -> str:
    """The closing sentence (``Chưa nộp: 3; tệp trùng (không tính): 1; nộp cũ: 1.``), or ``""``."""
    parts = []
    if run.roster_match is not None:
        parts.append(t("audit.summary-missing", count=len(run.roster_match.missing)))
    if run.duplicates:
        parts.append(t("audit.summary-duplicates", count=len(run.duplicates)))
    if run.since is not None:
        parts.append(t("audit.summary-stale", count=len(run.stale)))
    if not parts:
        return ""
    sentence = "; ".join(parts) + "."
    return sentence[0].upper() + sentence[1:]
