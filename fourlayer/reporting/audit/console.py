"""``audit --format console``: the province-wide picture for the ICT department.

Summary, layers met, ranking, the most-failed controls and the files that could not be
evaluated. Text from the files (agency names, paths, messages) passes through
``printable`` into ``rich.text.Text``, never into markup. Also the progress bar shown on
stderr during a long audit.
"""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from fourlayer.i18n import Translator, label
from fourlayer.model.evaluation import LayerStatus, Verdict
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.round_text import round_lines, round_sections, round_summary
from fourlayer.reporting.terminal import STATUS_STYLE, VERDICT_STYLE, finish, make_console, user
from fourlayer.reporting.wording import agency_under_control, date_text, first_error, number_text, score_text
from fourlayer.rounds.audit import AgencyRow, AuditRun
from fourlayer.runner import FileProblems
from fourlayer.safe_text import printable

STATUS_MARK = {
    LayerStatus.MET: "✓",
    LayerStatus.PARTIALLY_MET: "◐",
    LayerStatus.NOT_MET: "✗",
    LayerStatus.NOT_APPLICABLE: "–",
}


def render(run: AuditRun, options: ReportOptions) -> str:
    console, buffer = make_console(options)
    t = options.t
    summary = run.summary
    if options.quiet:  # the closing lines only, and never without the files that could not be evaluated
        _errors(console, run.errors, t)
        _closing(console, run, t)
        return finish(buffer)
    console.print(Text(t("audit.title"), style="bold"))
    header = Table.grid(padding=(0, 2))
    header.add_column(style="bold", no_wrap=True)
    header.add_column()
    header.add_row(t("report.as-of"), date_text(run.as_of, t.lang))
    header.add_row(t("report.checklist"), f"{run.checklist.id} v{run.checklist.version}")
    header.add_row(
        t("audit.files"), t("audit.files-line", files=summary.files, agencies=summary.agencies, errors=summary.errors)
    )
    verdicts = Text()
    for index, verdict in enumerate((Verdict.COMPLIANT, Verdict.PARTIALLY_COMPLIANT, Verdict.NON_COMPLIANT)):
        if index:
            verdicts.append(" · ")
        verdicts.append(
            f"{label(t, 'verdict', verdict)} {summary.verdict_count(verdict)}", style=VERDICT_STYLE[verdict]
        )
    header.add_row(t("report.verdict"), verdicts)
    header.add_row(
        t("report.score"),
        t(
            "audit.score-line",
            mean=score_text(summary.mean, t.lang),
            median=score_text(summary.median, t.lang),
            lowest=score_text(summary.lowest, t.lang),
            highest=score_text(summary.highest, t.lang),
        ),
    )
    if not run.use_waivers:
        header.add_row("", Text(t("report.waivers-ignored"), style="yellow"))
    for index, line in enumerate(_round_lines(run, t)):
        header.add_row("" if index else t("audit.round"), line)
    console.print(header)
    console.print()
    _round(console, run, t)
    if summary.agencies:
        _layers(console, run, options)
        _ranking(console, run, t)
        _controls(console, run, options)
    _errors(console, run.errors, t)
    _closing(console, run, t)
    return finish(buffer)


def _closing(console: Console, run: AuditRun, t: Translator) -> None:
    """The audit's last lines: agencies, errors, verdicts, mean; then the round's summary."""
    summary = run.summary
    console.print(
        Text(
            t(
                "audit.summary",
                agencies=summary.agencies,
                errors=summary.errors,
                non_compliant=summary.verdict_count(Verdict.NON_COMPLIANT),
                mean=score_text(summary.mean, t.lang),
            ),
            style="red" if summary.errors or summary.verdict_count(Verdict.NON_COMPLIANT) else "green",
        )
    )
    closing = round_summary(run, t)
    if closing:
        console.print(
            Text(closing, style="red" if run.missing else "yellow" if run.duplicates or run.stale else "green")
        )


def _layers(console: Console, run: AuditRun, options: ReportOptions) -> None:
    t = options.t
    table = Table(
        box=box.SIMPLE_HEAD, title=t("audit.layers"), title_justify="left", title_style="bold", pad_edge=False
    )
    table.add_column(t("report.layer"), ratio=1)
    for status in (LayerStatus.MET, LayerStatus.PARTIALLY_MET, LayerStatus.NOT_MET, LayerStatus.NOT_APPLICABLE):
        table.add_column(label(t, "audit.status", status), justify="right", style=STATUS_STYLE[status])
    table.add_column(t("audit.met-share"), justify="right")
    table.add_column(t("audit.partly-share"), justify="right")
    for tally in run.summary.layers:
        table.add_row(
            user(f"{tally.layer}. {run.checklist.layer_title(tally.layer).get(options.lang)}"),
            *(str(count) for _, count in tally.counts),
            score_text(tally.met_share, t.lang),
            score_text(tally.partly_share, t.lang),
        )
    console.print(table)
    console.print(Text(t("audit.shares-note"), style="dim"))
    console.print()


def _ranking(console: Console, run: AuditRun, t: Translator) -> None:
    table = Table(
        box=box.SIMPLE_HEAD,
        title=t("audit.ranking-by-verdict"),
        title_justify="left",
        title_style="bold",
        pad_edge=False,
    )
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(f"{t('report.agency')} / {t('report.file')}", ratio=1, overflow="fold")
    table.add_column(t("report.verdict"), no_wrap=True)
    table.add_column(t("report.score"), justify="right", no_wrap=True)
    for number in (1, 2, 3, 4):
        table.add_column(f"L{number}", justify="center", no_wrap=True)
    for rank, row in run.ranking():
        who = Text.assemble(user(row.agency.name), "\n", user(row.source, "dim"))
        if run.is_stale(row):
            who.append(f"  ({t('audit.stale-mark', date=date_text(row.assessed_on, t.lang))})", style="yellow")
        table.add_row(
            "—" if rank is None else str(rank),
            who,
            Text(label(t, "verdict", row.verdict), style=VERDICT_STYLE[row.verdict]),
            score_text(row.score, t.lang),
            *_layer_marks(row),
        )
    console.print(table)
    console.print(Text(t("audit.legend"), style="dim"))
    console.print()


def _layer_marks(row: AgencyRow) -> list[Text]:
    marks = []
    for number in (1, 2, 3, 4):
        layer = row.layer(number)
        status = LayerStatus.NOT_APPLICABLE if layer is None else layer.status
        marks.append(Text(STATUS_MARK[status], style=STATUS_STYLE[status]))
    return marks


def _controls(console: Console, run: AuditRun, options: ReportOptions) -> None:
    t = options.t
    if not run.summary.top_failed:
        console.print(Text(t("audit.no-weak-controls"), style="green"))
        console.print()
        return
    table = Table(
        box=box.SIMPLE_HEAD,
        title=t("audit.top-controls", count=len(run.summary.top_failed)),
        title_justify="left",
        title_style="bold",
        pad_edge=False,
    )
    table.add_column("ID", no_wrap=True)
    table.add_column(t("checklist.severity"), no_wrap=True)
    table.add_column(t("checklist.title"), ratio=1)
    table.add_column(t("audit.failing-count"), justify="right", no_wrap=True)
    table.add_column("%", justify="right", no_wrap=True)
    table.add_column(t("audit.partial-count"), justify="right", no_wrap=True)
    table.add_column("%", justify="right", no_wrap=True)
    for tally in run.summary.top_failed:
        control = run.checklist.control(tally.control)
        title: Text = user(control.title.get(options.lang) if control is not None else "")
        if options.verbose:
            failing, partial = run.agencies_of(tally.control)
            for key, rows, style in (
                ("audit.control-failing", failing, "red"),
                ("audit.control-partial", partial, "yellow"),
            ):
                if rows:
                    title.append("\n")
                    names = "; ".join(
                        agency_under_control(r.agency.name, run.checklist, r.checklist_version, tally.control, t)
                        for r in rows
                    )
                    title.append(printable(t(key, names=names)), style=style)
        severity = label(t, "severity", tally.severity) if tally.severity else ""
        table.add_row(
            tally.control,
            severity,
            title,
            str(tally.failing),
            number_text(tally.share, t.lang),
            str(tally.partial),
            number_text(tally.partial_share, t.lang),
        )
    console.print(table)
    console.print(
        Text(t("audit.controls-definition") + ("" if options.verbose else " " + t("audit.verbose-hint")), style="dim")
    )
    console.print()


def _round_lines(run: AuditRun, t: Translator) -> list[Text]:
    """The header's lines about the round: the roster, the duplicates, the stale files."""
    styles = {
        "roster": "red" if run.missing else "green",
        "duplicates": "yellow",
        "stale": "yellow" if run.stale else "green",
    }
    return [Text(line, style=styles[key]) for key, line in round_lines(run, t)]


SECTION_STYLE = {
    "missing": "bold red",
    "unreadable": "red",
    "unexpected": "yellow",
    "duplicates": "yellow",
    "stale": "yellow",
}


def _round(console: Console, run: AuditRun, t: Translator) -> None:
    """Who has not submitted, who sent only a broken file, who is not on the roster, the
    duplicates and the stale files, each listed in full."""
    for section in round_sections(run, t):
        console.print(Text(section.title, style=SECTION_STYLE[section.key]))
        for item in section.items:
            console.print(Text("  • " + printable(item)))
        if section.note:
            console.print(Text(section.note, style="dim"))
        console.print()


def _errors(console: Console, errors: tuple[FileProblems, ...], t: Translator) -> None:
    if not errors:
        return
    console.print(Text(t("audit.errors", count=len(errors)), style="bold red"))
    for problems in errors:
        first = first_error(problems)
        line = Text("  ")
        if first is None:
            line.append(printable(problems.source))
        else:
            line.append(printable(first.location()) + "  ")
            line.append(printable(first.message(t.lang)))
            line.append(f"  [{first.code}]", style="dim")
        more = len(problems.errors) - 1
        if more > 0:
            line.append("  " + t("audit.more-errors", count=more), style="dim")
        console.print(line)
        hint = first.hint(t.lang) if first is not None else None
        if hint:
            console.print(Text("      → " + printable(hint), style="cyan"))
    console.print(Text(t("audit.errors-next"), style="dim"))
    console.print()
