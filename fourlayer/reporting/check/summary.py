"""``check --summary``: one screen per file for a director or a busy officer.

The verdict and score, the two dates, the four layers on one line each, and the controls
to work on first — each control once, with the targets it fails on — then a pointer to
the full report. At most :data:`MAX_CONTROLS` controls are listed.
"""

from __future__ import annotations

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from fourlayer.i18n import label
from fourlayer.model.checklist import Checklist
from fourlayer.model.evaluation import Evaluation, Outcome
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.grouping import group_by_control, targets_text
from fourlayer.reporting.terminal import OUTCOME_STYLE, STATUS_STYLE, VERDICT_STYLE
from fourlayer.reporting.wording import (
    SEVERITY_RANK,
    assessed_on_text,
    date_text,
    score_text,
    warning_lines,
    warning_text,
)
from fourlayer.safe_text import printable

MAX_CONTROLS = 8


def render_summary(console: Console, item: Evaluation, checklist: Checklist, options: ReportOptions) -> None:
    t = options.t
    lang = options.lang
    head = Text(printable(item.agency.name), style="bold")
    head.append(f"  ({printable(item.source)})", style="dim")
    console.print(head)
    console.print(
        Text(
            f"{t('report.as-of')}: {date_text(item.as_of, lang)} · "
            f"{t('report.assessed-on')}: {assessed_on_text(item, t)}"
        )
    )
    for warning in item.warnings:
        if warning.code == "assessment_old":
            console.print(Text("! " + printable(warning_text(warning, item, t)), style="yellow"))
    verdict = Text(f"{t('report.verdict')}: ")
    verdict.append(label(t, "verdict", item.verdict), style=VERDICT_STYLE[item.verdict])
    verdict.append(f" — {t('report.score-line', score=score_text(item.score, lang))}")
    console.print(verdict)
    for layer in item.layers:
        line = Text(f"  {t('report.layer')} {layer.layer}. {printable(checklist.layer_title(layer.layer).get(lang))}: ")
        line.append(label(t, "status", layer.status), style=STATUS_STYLE[layer.status])
        line.append(f" ({score_text(layer.score, lang)})")
        console.print(line)
    rows = sorted(
        group_by_control(item.results),  # each control with a gap once, with its targets
        key=lambda g: (g.outcome is not Outcome.FAIL, SEVERITY_RANK.get(g.severity, 9), g.control),
    )
    if not rows:
        console.print(Text(t("report.no-gaps"), style="green"))
    else:
        console.print(Text(t("report.summary.first", count=len(rows)), style="bold"))
        for group in rows[:MAX_CONTROLS]:
            control = checklist.control(group.control)
            systems = group.targets
            line = Text()
            line.append(label(t, "outcome", group.outcome).upper(), style=OUTCOME_STYLE[group.outcome])
            line.append(f"  {group.control} [{label(t, 'severity', group.severity)}] ")
            if control is not None:
                line.append(printable(control.title.get(lang)))
            named = [s for s in systems if s is not None]
            targets = ([t("scope.agency")] if None in systems else []) + (
                [
                    t(
                        "report.summary.systems",
                        count=len(named),
                        systems=printable(targets_text(named, "", lambda n: t("report.and-more", count=n))),
                    )
                ]
                if named
                else []
            )
            line.append(" — " + "; ".join(targets), style="dim")
            console.print(Padding(line, (0, 0, 0, 2)))  # wrapped lines stay under the control
        if len(rows) > MAX_CONTROLS:
            console.print(Text("  " + t("report.summary.more", count=len(rows) - MAX_CONTROLS), style="dim"))
    coming = len(warning_lines(item, t, header=False, checklist=checklist))  # statements, as the full report
    if coming:
        console.print(Text(t("report.summary.warnings", count=coming), style="yellow"))
    console.print(Text(t("report.summary.full-report"), style="dim"))
