"""``diff`` of two rounds, ``--format console``: the province agency by agency. Text from
the files passes through ``printable`` into ``rich.text.Text``, never into markup.
"""

from __future__ import annotations

from rich import box
from rich.table import Table
from rich.text import Text

from fourlayer.i18n import Translator, label
from fourlayer.model.evaluation import LayerStatus, Verdict
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.terminal import STATUS_STYLE, VERDICT_STYLE, finish, make_console, user
from fourlayer.reporting.wording import date_text, number_text, score_text
from fourlayer.rounds.round_diff import RoundAgency, RoundDiff, verdict_counts
from fourlayer.safe_text import printable

CHANGE_STYLE = {"improved": "green", "regressed": "bold red", "changed": "yellow", "unchanged": "dim"}
MOVE_STYLE = {"up": "green", "down": "bold red", "same": "dim", "none": "yellow"}
MOVES = ("down", "up", "same", "none")
"""The console's order of the matched agencies: score fell, rose, stayed, not compared (the
caption says so)."""
STATUS_MARK = {
    LayerStatus.MET: "✓",
    LayerStatus.PARTIALLY_MET: "◐",
    LayerStatus.NOT_MET: "✗",
    LayerStatus.NOT_APPLICABLE: "–",
}


def _signed(value: float, lang: str) -> str:
    return ("+" if value >= 0 else "-") + number_text(abs(value), lang)


def _verdict(verdict: Verdict, t: Translator) -> Text:
    return Text(label(t, "verdict", verdict), style=VERDICT_STYLE[verdict])


def _marks(agency: RoundAgency) -> Text:
    layers = dict(agency.layers)
    text = Text()
    for number in (1, 2, 3, 4):
        status = layers.get(number, LayerStatus.NOT_APPLICABLE)
        text.append(STATUS_MARK[status], style=STATUS_STYLE[status])
    return text


def render_console(result: RoundDiff, options: ReportOptions) -> str:
    console, buffer = make_console(options)
    t = options.t
    console.print(Text(t("rounds.title"), style="bold"))
    header = Table.grid(padding=(0, 2))
    header.add_column(style="bold", no_wrap=True)
    header.add_column()
    for heading, side in (("diff.old", result.old), ("diff.new", result.new)):
        line = user(side.source)
        kind = label(
            t,
            "rounds.kind",
            side.kind,
            checklist=f"{side.checklist[0]} v{side.checklist[1]}",
            as_of=date_text(side.as_of, t.lang),
            agencies=len(side.agencies),
            errors=side.errors,
        )
        kind += " — " + label(t, "rounds.as-of-from", side.as_of_from)
        line.append(f" ({kind})", style="dim")
        header.add_row(t(heading), line)
    mean = f"{score_text(result.old.mean, t.lang)} → {score_text(result.new.mean, t.lang)}"
    if result.mean_delta is not None:
        mean += f"  ({_signed(result.mean_delta, t.lang)})"
    header.add_row(t("rounds.mean"), mean)
    before, after = verdict_counts(result.old), verdict_counts(result.new)
    verdicts = Text()
    for index, verdict in enumerate(before):
        if index:
            verdicts.append(" · ")
        verdicts.append(
            f"{label(t, 'verdict', verdict)} {before[verdict]} → {after[verdict]}", style=VERDICT_STYLE[verdict]
        )
    header.add_row(t("report.verdict"), verdicts)
    console.print(header)
    if result.mapped:
        old, new = result.mapped_checklists
        console.print(Text(t("rounds.ids-mapped", old=old, new=new), style="yellow"))
    if not result.well_defined or (not result.comparable and not result.mapped):
        old, new = result.checklists
        console.print(Text(t("diff.not-comparable", old=old, new=new), style="yellow"))
    console.print()
    if result.agencies:
        console.print(_table(result, options))
        console.print(Text(t("rounds.legend"), style="dim"))
        console.print()
    for key, group, style in (("rounds.gone", result.gone, "yellow"), ("rounds.new", result.new_agencies, "cyan")):
        if group:
            console.print(Text(t(key, count=len(group)), style=style))
            for agency in group:
                console.print(
                    Text("  • " + printable(f"{agency.name} ({agency.code or t('audit.no-code')}): {agency.source}"))
                )
            console.print()
    for sentence, style in summary_lines(result, t):
        console.print(Text(sentence, style=style))
    return finish(buffer)


def summary_lines(result: RoundDiff, t: Translator) -> list[tuple[str, str]]:
    """The closing lines: the scores' moves beside the means they add up to, then the
    control regressions (their own count and words), then who is gone or new."""
    uncompared = result.count("none")
    before, after = result.matched_means
    lines = [
        (
            t(
                "rounds.score-summary",
                matched=len(result.agencies),
                up=result.count("up"),
                down=result.count("down"),
                same=result.count("same"),
                uncompared=t("rounds.score-uncompared", count=uncompared) if uncompared else "",
                matched_before=score_text(before, t.lang),
                matched_after=score_text(after, t.lang),
            ),
            "bold",
        ),
        (
            t(
                "rounds.mean-summary",
                before=score_text(result.old.mean, t.lang),
                old_count=len(result.old.agencies),
                after=score_text(result.new.mean, t.lang),
                new_count=len(result.new.agencies),
            ),
            "",
        ),
    ]
    lines.append(
        (
            t(
                "rounds.control-summary",
                agencies=result.agencies_with_regressed_controls,
                controls=result.controls_regressed,
                improved=result.agencies_with_improved_controls,
            ),
            "red" if result.controls_regressed else "green",
        )
    )
    if result.gone or result.new_agencies:
        lines.append((t("rounds.gone-new", gone=len(result.gone), new=len(result.new_agencies)), ""))
    return lines


def _table(result: RoundDiff, options: ReportOptions) -> Table:
    t = options.t
    table = Table(
        box=box.SIMPLE_HEAD, title=t("rounds.agencies"), title_justify="left", title_style="bold", pad_edge=False
    )
    table.add_column(t("report.agency"), ratio=2, overflow="fold")
    table.add_column(t("report.verdict"), ratio=2)
    table.add_column(t("report.score"), justify="right", no_wrap=True)
    table.add_column("L1–L4", no_wrap=True)
    table.add_column(t("rounds.controls"), ratio=2)
    order = sorted(result.agencies, key=lambda c: MOVES.index(c.direction))
    for change in order:
        who = user(change.new.name)
        who.append("\n" + label(t, "rounds.direction", change.direction), style=MOVE_STYLE[change.direction])
        verdict = _verdict(change.old.verdict, t)
        if change.verdict != "unchanged":
            verdict.append(" → ")
            verdict.append_text(_verdict(change.new.verdict, t))
        score = f"{score_text(change.old.score, t.lang)} → {score_text(change.new.score, t.lang)}"
        if change.score_delta is not None:
            score += f"\n({_signed(change.score_delta, t.lang)})"
        marks = _marks(change.old)
        marks.append(" → ")
        marks.append_text(_marks(change.new))
        controls = Text()
        if change.controls_regressed:
            controls.append(t("rounds.controls-regressed", count=change.controls_regressed), style="bold red")
        for control, before, after, kind in change.controls:
            if controls:
                controls.append("\n")
            controls.append(
                f"{control} {label(t, 'rounds.standing', before)} → {label(t, 'rounds.standing', after)}",
                style=CHANGE_STYLE[kind],
            )
        table.add_row(who, verdict, score, marks, controls)
    return table
