"""``--format console``: the report an agency's IT staff and director read.

Built with rich, readable in an 80-column terminal and when piped (no colour then, and
``NO_COLOR`` is honoured). Every string that comes from a file passes through
``printable`` and is put in ``rich.text.Text`` objects, never parsed as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from fourlayer.i18n import Translator, label
from fourlayer.model.checklist import Checklist, Control
from fourlayer.model.evaluation import OUTCOME_RANK, Evaluation, Outcome, PairResult
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.grouping import MAX_LISTED, MAX_ROWS, ControlGroup, capped, group_by_control, targets_text
from fourlayer.reporting.terminal import (
    OUTCOME_STYLE,
    STATUS_STYLE,
    VERDICT_STYLE,
    finding_line,
    finish,
    make_console,
    user,
)
from fourlayer.reporting.wording import (
    SEVERITY_RANK,
    assessed_on_text,
    date_text,
    formula_text,
    officer_words,
    reasons_text,
    references_text,
    score_text,
    warning_lines,
    warning_text,
)
from fourlayer.reporting.wrap import wrap_cells
from fourlayer.runner import CheckRun, FileProblems, ValidationRun
from fourlayer.safe_text import printable

if TYPE_CHECKING:
    from datetime import date


class ConsoleReporter:
    # --- check -------------------------------------------------------------------------
    def check(self, run: CheckRun, options: ReportOptions) -> str:
        console, buffer = make_console(options)
        t = options.t
        for index, item in enumerate(run.evaluations):
            if options.quiet:
                console.print(self._verdict_line(item, t))
                continue
            if index:
                console.rule(style="dim")
            if options.summary:
                from fourlayer.reporting.check.summary import render_summary

                render_summary(console, item, item.checklist, options)
                continue
            self._one(console, item, item.checklist, options)
        for failure in run.failures:  # --quiet shortens reports, never the reason a file was not evaluated
            self._problems(console, failure, t)
        for notice in run.notices:
            if not options.quiet:
                console.print(finding_line(notice, t))
        return finish(buffer)

    def _verdict_line(self, item: Evaluation, t: Translator) -> Text:
        line = Text()
        line.append(printable(item.source) + ": ")
        line.append(label(t, "verdict", item.verdict), style=VERDICT_STYLE[item.verdict])
        line.append(" — " + t("report.score-line", score=score_text(item.score, t.lang)))
        return line

    def _one(self, console: Console, item: Evaluation, checklist: Checklist, options: ReportOptions) -> None:
        t = options.t
        title = Text(t("report.title"), style="bold")
        console.print(title)
        header = Table.grid(padding=(0, 1))
        header.add_column(style="bold")
        header.add_column()
        header.add_row(t("report.agency"), user(item.agency.name))
        header.add_row(t("report.file"), user(item.source))
        header.add_row(t("report.as-of"), date_text(item.as_of, t.lang))
        header.add_row(t("report.assessed-on"), assessed_on_text(item, t))
        for warning in item.warnings:
            if warning.code == "assessment_old":
                header.add_row("", Text("! " + warning_text(warning, item, t), style="yellow"))
        header.add_row(t("report.checklist"), user(f"{item.checklist_id} v{item.checklist_version}"))
        header.add_row(t("report.verdict"), Text(label(t, "verdict", item.verdict), style=VERDICT_STYLE[item.verdict]))
        header.add_row(t("report.score"), f"{score_text(item.score, t.lang)} / 100")
        if item.waivers_ignored:
            header.add_row("", Text(t("report.waivers-ignored"), style="yellow"))
        console.print(header)
        console.print()
        self._layers(console, item, checklist, options)
        self._systems(console, item, options)
        self._results(console, item, checklist, options)
        self._yearly(console, item, options)
        # actionable first, each kind that repeats in one statement; assessment_old is in the header
        listed = warning_lines(item, t, header=False, checklist=checklist)
        if listed:
            console.print(Text(t("report.warnings"), style="bold yellow"))
            warnings, more = capped(listed, MAX_ROWS)
            for line in warnings:
                console.print(_hanging(Text("  ! " + printable(line.text), style="yellow"), 4))
            if more:
                console.print(Text("  " + t("report.rows-omitted", count=more), style="dim"))
            console.print()
        console.print(Text(formula_text(checklist, t), style="dim"))
        console.print(self._summary(item, t))

    def _yearly(self, console: Console, item: Evaluation, options: ReportOptions) -> None:
        """The yearly report (Decree 331/2026 Form 08): its state near the deadline or once late,
        what is still to fill in then, and any statement the evidence contradicts."""
        from fourlayer.model import form08
        from fourlayer.reporting.office.text import day
        from fourlayer.reporting.yearly_text import duty_text, grouped_missing, notice_text

        if item.assessment is None:
            return
        t = options.t
        rules = form08.rules()
        duty = form08.duty_of(item, rules)
        near = form08.remind(duty, rules)
        report = form08.report_of(item.assessment, item, rules)
        if not (near or report.notices):
            return
        console.print(Text(t("form08.console.title"), style="bold"))
        if near and duty is not None:
            style = {"due": "yellow", "late": "red", "filed-late": "yellow"}.get(duty.state, "green")
            console.print(_indented(Text(duty_text(duty, t), style=style), 2))
        if near and duty is not None and duty.state in ("due", "late"):
            if not report.missing:
                console.print(_indented(Text(t("form08.missing.none")), 2))
            elif options.verbose:
                console.print(
                    _indented(
                        Text(
                            t(
                                "form08.missing.title",
                                year=duty.year,
                                count=len(report.missing),
                                deadline=day(duty.deadline, t.lang),
                            )
                        ),
                        2,
                    )
                )
                lines, more = capped(grouped_missing(report.missing, t), MAX_ROWS)
                for line in lines:
                    console.print(_indented(Text("- " + printable(line)), 4))
                if more:
                    console.print(_indented(Text(t("form08.more-missing", count=more), style="dim"), 4))
            else:
                console.print(_indented(Text(t("form08.missing.count", count=len(report.missing))), 2))
        notices, more = capped(report.notices, MAX_ROWS)
        for notice in notices:
            console.print(_indented(Text("! " + printable(notice_text(notice, t)), style="yellow"), 2))
        if more:
            console.print(_indented(Text(t("form08.more", count=more), style="dim"), 2))
        console.print()

    def _layers(self, console: Console, item: Evaluation, checklist: Checklist, options: ReportOptions) -> None:
        t = options.t
        lang = options.lang
        layers = Table(box=box.SIMPLE_HEAD, title=t("report.layers"), title_justify="left", pad_edge=False)
        layers.add_column(t("report.layer"), no_wrap=False, ratio=3)
        layers.add_column(t("report.status"), ratio=2)
        layers.add_column(t("report.score"), justify="right")
        for outcome in (Outcome.PASS, Outcome.PARTIAL, Outcome.FAIL, Outcome.WAIVED, Outcome.NOT_APPLICABLE):
            layers.add_column(label(t, "outcome.short", outcome), justify="right")
        for layer in item.layers:
            layers.add_row(
                f"{layer.layer}. {printable(checklist.layer_title(layer.layer).get(lang))}",
                Text(label(t, "status", layer.status), style=STATUS_STYLE[layer.status]),
                score_text(layer.score, lang),
                *(str(count) for _, count in layer.counts),
            )
        console.print(layers)
        console.print(Text(t("report.legend"), style="dim"))
        console.print()

    def _systems(self, console: Console, item: Evaluation, options: ReportOptions) -> None:
        t = options.t
        if len(item.systems) > 0:
            systems = Table(box=box.SIMPLE_HEAD, title=t("report.systems"), title_justify="left", pad_edge=False)
            systems.add_column(t("report.system-id"))
            systems.add_column(t("report.system-name"), ratio=1)
            systems.add_column(t("report.level"), justify="right")
            systems.add_column(t("report.score"), justify="right")
            listed, more = capped(item.systems, MAX_ROWS)
            for system in listed:
                systems.add_row(user(system.id), user(system.name), str(system.level), score_text(system.score, t.lang))
            console.print(systems)
            if more:
                console.print(Text(t("report.rows-omitted", count=more), style="dim"))
            console.print()

    def _results(self, console: Console, item: Evaluation, checklist: Checklist, options: ReportOptions) -> None:
        t = options.t
        lang = options.lang
        shown = [r for r in item.results if options.verbose or r.outcome in (Outcome.FAIL, Outcome.PARTIAL)]
        names = {s.id: s.name for s in item.systems}
        if shown:
            heading = "report.all-results" if options.verbose else "report.gaps"
            console.print(Text(t(heading), style="bold"))
            for layer in (1, 2, 3, 4):
                in_layer = sorted(
                    (r for r in shown if r.layer == layer),
                    key=lambda r: (SEVERITY_RANK[r.severity], OUTCOME_RANK[r.outcome], r.control, r.system or ""),
                )
                if not in_layer:
                    continue
                console.print(
                    Text(
                        f"{t('report.layer')} {layer}: {printable(checklist.layer_title(layer).get(lang))}",
                        style="bold underline",
                    )
                )
                # a control failing on several systems is shown once, with its systems
                for group in group_by_control(in_layer, keep=lambda r: True):
                    if len(group.results) == 1:
                        self._result(console, group.results[0], checklist, names, options, item.as_of)
                    else:
                        self._group(console, group, checklist, names, options, item.as_of)
        else:
            console.print(Text(t("report.no-gaps"), style="green"))
            console.print()

    def _result(
        self,
        console: Console,
        result: PairResult,
        checklist: Checklist,
        names: dict[str, str],
        options: ReportOptions,
        as_of: date,
    ) -> None:
        t = options.t
        parts: list[RenderableType] = []
        lang = options.lang
        control = checklist.control(result.control)
        parts.append(_hanging(_title_line(result.outcome, result.control, result.severity, control, options)))
        target = (
            t("report.target-system", system=printable(result.system), name=printable(names.get(result.system, "")))
            if result.system is not None
            else t("report.target-agency")
        )
        parts.append(_indented(Text(target, style="dim")))
        if result.reasons:
            parts.append(_indented(Text(f"{t('report.why')}: {printable(reasons_text(result, t))}")))
        if result.outcome in (Outcome.FAIL, Outcome.PARTIAL):
            for words in officer_words(result, t):
                parts.append(_indented(Text(printable(words), style="italic")))
        if control is not None and result.outcome in (Outcome.FAIL, Outcome.PARTIAL):
            parts.append(_indented(Text(f"{t('report.next-step')}: {printable(control.guidance.get(lang))}")))
            basis = references_text(control, t, brackets="[]", day=as_of)
            parts.append(_indented(Text(f"{t('report.legal-basis')}: {basis}", style="dim")))
        parts.append(Text())
        console.print(Group(*parts))  # one print per gap: rich's per-print cost adds up

    def _group(
        self,
        console: Console,
        group: ControlGroup,
        checklist: Checklist,
        names: dict[str, str],
        options: ReportOptions,
        as_of: date,
    ) -> None:
        """One control on several targets: title, guidance and legal basis once; for each set
        of targets with the same outcome and reasons, the targets (capped) and the reasons;
        the officer's words (due dates, notes) of the first targets."""
        t = options.t
        parts: list[RenderableType] = []
        lang = options.lang
        control = checklist.control(group.control)
        parts.append(_hanging(_title_line(group.outcome, group.control, group.severity, control, options)))
        agency = t("report.target-agency")
        for sub in group.subgroups():
            shown = targets_text(
                [None if s is None else printable(s) for s in sub.targets],
                agency,
                lambda n: t("report.and-more", count=n),
            )
            head = Text(label(t, "outcome", sub.outcome).upper() + " — ", style=OUTCOME_STYLE[sub.outcome])
            head.append(t("report.targets", count=len(sub.targets), targets=shown), style="dim")
            parts.append(_indented(head))
            if sub.reasons:
                reasons = "; ".join(label(t, "reason", r) for r in sub.reasons)
                parts.append(_indented(Text(f"{t('report.why')}: {printable(reasons)}"), 8))
        gaps = [r for r in group.results if r.outcome in (Outcome.FAIL, Outcome.PARTIAL)]
        worded = [(r, words) for r in gaps[:MAX_LISTED] for words in officer_words(r, t)]
        for result, words in worded:
            where = printable(result.system) if result.system is not None else agency
            parts.append(_indented(Text(f"{where}: {printable(words)}", style="italic")))
        if control is not None and gaps:
            parts.append(_indented(Text(f"{t('report.next-step')}: {printable(control.guidance.get(lang))}")))
            basis = references_text(control, t, brackets="[]", day=as_of)
            parts.append(_indented(Text(f"{t('report.legal-basis')}: {basis}", style="dim")))
        parts.append(Text())
        console.print(Group(*parts))  # one print per gap: rich's per-print cost adds up

    def _summary(self, item: Evaluation, t: Translator) -> Text:
        fails = sum(layer.count(Outcome.FAIL) for layer in item.layers)
        partials = sum(layer.count(Outcome.PARTIAL) for layer in item.layers)
        line = Text()
        line.append(label(t, "verdict", item.verdict), style=VERDICT_STYLE[item.verdict])
        line.append(
            " — "
            + t(
                "report.summary",
                score=score_text(item.score, t.lang),
                fails=fails,
                partials=partials,
                warnings=len(warning_lines(item, t)),
            )
        )  # statements, as shown
        return line

    def _problems(self, console: Console, failure: FileProblems, t: Translator) -> None:
        console.print(Text(f"{printable(failure.source)}: {t('report.not-evaluated')}", style="bold red"))
        for item in failure.findings:
            console.print(finding_line(item, t))

    # --- validate ----------------------------------------------------------------------
    def validate(self, run: ValidationRun, options: ReportOptions) -> str:
        console, buffer = make_console(options)
        t = options.t
        bad = 0
        errors = 0
        for item in run.files:
            item_errors = len(item.errors)
            errors += item_errors
            if item_errors:
                bad += 1
            if not item.findings:
                if not options.quiet:
                    console.print(Text(f"✓ {printable(item.source)}: {t('validate.ok')}", style="green"))
                continue
            console.print(Text(printable(item.source), style="bold"))
            for found in item.findings:
                console.print(finding_line(found, t, with_path=False))
        console.print(
            Text(t("validate.summary", files=len(run.files), bad=bad, errors=errors), style="red" if bad else "green")
        )
        return finish(buffer)


def _title_line(
    outcome: Outcome, control_id: str, severity: str, control: Control | None, options: ReportOptions
) -> Text:
    """``  FAIL  L2.01 [high] title``: the first line of a gap, for one target or several."""
    t = options.t
    line = Text("  ")
    line.append(label(t, "outcome", outcome).upper(), style=OUTCOME_STYLE[outcome])
    line.append(f"  {control_id} ")
    line.append(f"[{label(t, 'severity', severity)}] ", style="bold" if severity == "critical" else "")
    if control is not None:
        line.append(printable(control.title.get(options.lang)))
    return line


class _Indented:
    """A paragraph ``left`` cells in from the margin, wrapped by :func:`wrap_cells` straight
    into segments: the gap list of a non-compliant agency is hundreds of such paragraphs,
    and rich's own wrapping (split and copy a ``Text`` per line) cost most of a ``check``."""

    def __init__(self, text: Text, left: int) -> None:
        self.text = text
        self.left = left

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self.text.spans:  # several styles in one paragraph: rare, rich lays it out
            yield from console.render(Padding(self.text, (0, 0, 0, self.left)), options)
            return
        style = console.get_style(self.text.style) if self.text.style else None
        pad = Segment(" " * self.left)
        for paragraph in self.text.plain.split("\n"):
            for line in wrap_cells(paragraph, options.max_width - self.left):
                yield pad
                yield Segment(line, style)
                yield Segment.line()


def _indented(renderable: Text, left: int = 6) -> _Indented:
    return _Indented(renderable, left)


class _Hanging:
    """A paragraph whose first line starts at the margin (it carries its own indent) and whose
    continuation lines start ``hang`` cells in: a long title or warning never runs back to
    column 0 under its own label."""

    def __init__(self, text: Text, hang: int) -> None:
        self.text = text
        self.hang = hang

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(options.max_width - self.hang, 10)
        for number, line in enumerate(self.text.wrap(console, width)):
            if number:
                yield Segment(" " * self.hang)
            yield from line.render(console)
            yield Segment.line()


def _hanging(text: Text, hang: int = 6) -> _Hanging:
    return _Hanging(text, hang)


def render_check(run: CheckRun, options: ReportOptions) -> str:
    return ConsoleReporter().check(run, options)


def render_validate(run: ValidationRun, options: ReportOptions) -> str:
    return ConsoleReporter().validate(run, options)
