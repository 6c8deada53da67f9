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

from fourlayer.audit import AgencyRow, AuditRun
from fourlayer.evaluation import LayerStatus, Verdict
from fourlayer.i18n import Translator
from fourlayer.reporting.base import ReportOptions, printable
from fourlayer.reporting.terminal import STATUS_STYLE, VERDICT_STYLE, finish, make_console, user
from fourlayer.reporting.text import first_error, score_text
from fourlayer.runner import FileProblems

STATUS_MARK = {LayerStatus.MET: "✓", LayerStatus.PARTIALLY_MET: "◐", LayerStatus.NOT_MET: "✗",
               LayerStatus.NOT_APPLICABLE: "–"}


def render(run: AuditRun, options: ReportOptions) -> str:
    console, buffer = make_console(options)
    t = options.t
    summary = run.summary
    console.print(Text(t("audit.title"), style="bold"))
    header = Table.grid(padding=(0, 2))
    header.add_column(style="bold", no_wrap=True)
    header.add_column()
    header.add_row(t("report.as-of"), run.as_of.isoformat())
    header.add_row(t("report.checklist"), f"{run.checklist.id} v{run.checklist.version}")
    header.add_row(t("audit.files"), t("audit.files-line", files=summary.files, agencies=summary.agencies,
                                       errors=summary.errors))
    verdicts = Text()
    for index, verdict in enumerate((Verdict.COMPLIANT, Verdict.PARTIALLY_COMPLIANT, Verdict.NON_COMPLIANT)):
        if index:
            verdicts.append(" · ")
        verdicts.append(f"{t('verdict.' + verdict.value)} {summary.verdict_count(verdict)}",
                        style=VERDICT_STYLE[verdict])
    header.add_row(t("report.verdict"), verdicts)
    header.add_row(t("report.score"), t("audit.score-line", mean=score_text(summary.mean),
                                        median=score_text(summary.median), lowest=score_text(summary.lowest),
                                        highest=score_text(summary.highest)))
    if not run.use_waivers:
        header.add_row("", Text(t("report.waivers-ignored"), style="yellow"))
    console.print(header)
    console.print()
    if summary.agencies:
        _layers(console, run, options)
        _ranking(console, run, t)
        _controls(console, run, options)
    _errors(console, run.errors, t)
    console.print(Text(t("audit.summary", agencies=summary.agencies, errors=summary.errors,
                         non_compliant=summary.verdict_count(Verdict.NON_COMPLIANT),
                         mean=score_text(summary.mean)),
                       style="red" if summary.errors or summary.verdict_count(Verdict.NON_COMPLIANT) else "green"))
    return finish(buffer)


def _layers(console: Console, run: AuditRun, options: ReportOptions) -> None:
    t = options.t
    table = Table(box=box.SIMPLE_HEAD, title=t("audit.layers"), title_justify="left", title_style="bold",
                  pad_edge=False)
    table.add_column(t("report.layer"), ratio=1)
    for status in (LayerStatus.MET, LayerStatus.PARTIALLY_MET, LayerStatus.NOT_MET, LayerStatus.NOT_APPLICABLE):
        table.add_column(t(f"audit.status.{status.value}"), justify="right", style=STATUS_STYLE[status])
    table.add_column(t("audit.met-share"), justify="right")
    for tally in run.summary.layers:
        table.add_row(
            user(f"{tally.layer}. {run.checklist.layer_title(tally.layer).get(options.lang)}"),
            *(str(count) for _, count in tally.counts),
            score_text(tally.met_share),
        )
    console.print(table)
    console.print(Text(t("audit.met-share-note"), style="dim"))
    console.print()


def _ranking(console: Console, run: AuditRun, t: Translator) -> None:
    table = Table(box=box.SIMPLE_HEAD, title=t("audit.ranking"), title_justify="left", title_style="bold",
                  pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(f"{t('report.agency')} / {t('report.file')}", ratio=1, overflow="fold")
    table.add_column(t("report.verdict"), no_wrap=True)
    table.add_column(t("report.score"), justify="right", no_wrap=True)
    for number in (1, 2, 3, 4):
        table.add_column(f"L{number}", justify="center", no_wrap=True)
    for rank, row in run.ranking():
        table.add_row(
            "—" if rank is None else str(rank),
            Text.assemble(user(row.agency.name), "\n", user(row.source, "dim")),
            Text(t(f"verdict.{row.verdict.value}"), style=VERDICT_STYLE[row.verdict]),
            score_text(row.score),
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
        console.print(Text(t("audit.no-failing"), style="green"))
        console.print()
        return
    table = Table(box=box.SIMPLE_HEAD, title=t("audit.top-failed", count=len(run.summary.top_failed)),
                  title_justify="left", title_style="bold", pad_edge=False)
    table.add_column("ID", no_wrap=True)
    table.add_column(t("checklist.severity"), no_wrap=True)
    table.add_column(t("checklist.title"), ratio=1)
    table.add_column(t("audit.failing"), justify="right", no_wrap=True)
    table.add_column("%", justify="right", no_wrap=True)
    for tally in run.summary.top_failed:
        control = run.checklist.control(tally.control)
        title = control.title.get(options.lang) if control is not None else ""
        severity = t(f"severity.{tally.severity}") if tally.severity else ""
        table.add_row(tally.control, severity, user(title), str(tally.failing), f"{tally.share:.2f}")
    console.print(table)
    console.print(Text(t("audit.failing-definition"), style="dim"))
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


