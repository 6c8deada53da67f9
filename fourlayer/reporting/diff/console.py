"""``diff --format console``: what improved and what regressed between two files of one agency,
per layer and control. Text from the files passes through ``printable`` into
``rich.text.Text``, never into markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.table import Table
from rich.text import Text

from fourlayer.i18n import Translator, label
from fourlayer.model.evaluation import LayerStatus, Outcome
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.grouping import MAX_ROWS, capped
from fourlayer.reporting.terminal import OUTCOME_STYLE, STATUS_STYLE, VERDICT_STYLE, finish, make_console, user
from fourlayer.reporting.wording import date_text, score_text
from fourlayer.rounds.diff import KINDS, DiffResult, PairChange
from fourlayer.safe_text import printable

CHANGE_STYLE = {
    "improved": "green",
    "regressed": "bold red",
    "changed": "yellow",
    "appeared": "cyan",
    "disappeared": "dim",
    "unchanged": "dim",
}


def _delta_text(delta: float | None, lang: str = "en") -> str:
    return "—" if delta is None else ("+" if delta >= 0 else "-") + score_text(abs(delta), lang)


def render_console(result: DiffResult, options: ReportOptions, titles: dict[int, str] | None = None) -> str:
    """``titles``: the layer titles of the checklist in use, if known."""
    console, buffer = make_console(options)
    t = options.t
    console.print(Text(t("diff.title"), style="bold"))
    console.print(_header(result, t))
    if not result.comparable:
        console.print(
            Text(
                t(
                    "diff.not-comparable",
                    old=f"{result.old.checklist_id} v{result.old.checklist_version}",
                    new=f"{result.new.checklist_id} v{result.new.checklist_version}",
                ),
                style="yellow",
            )
        )
    if result.mapped:
        console.print(
            Text(t("diff.ids-mapped", new=f"{result.new.checklist_id} v{result.new.checklist_version}"), style="yellow")
        )
    if not result.same_agency:
        console.print(Text(t("diff.other-agency"), style="yellow"))
    console.print()
    console.print(_layers(result, t, titles or {}))
    names = dict(result.old.systems) | dict(result.new.systems)
    if not result.pairs:
        console.print(Text(t("diff.no-changes"), style="green"))
        console.print()
    for kind in KINDS:
        group = [p for p in result.pairs if p.change == kind]
        if group:
            listed, more = capped(group, MAX_ROWS * 4)  # bounded: --format json keeps every pair
            console.print(_pair_table(kind, group, listed, names, options))
            if more:
                console.print(Text(t("report.rows-omitted", count=more), style="dim"))
    counts = {kind: result.count(kind) for kind in KINDS}
    console.print(
        Text(
            t("diff.summary", **counts, regressions=result.regressions), style="red" if result.regressions else "green"
        )
    )
    return finish(buffer)


def _header(result: DiffResult, t: Translator) -> Table:
    header = Table.grid(padding=(0, 2))
    header.add_column(style="bold", no_wrap=True)
    header.add_column()
    for heading, side in (("diff.old", result.old), ("diff.new", result.new)):
        line = user(side.source)
        line.append(" — " + printable(side.agency))
        line.append(
            " ("
            + label(
                t,
                "diff.kind",
                side.kind,
                checklist=f"{side.checklist_id} v{side.checklist_version}",
                as_of=date_text(side.as_of, t.lang),
            )
            + ")",
            style="dim",
        )
        header.add_row(t(heading), line)
    verdict = Text()
    verdict.append(label(t, "verdict", result.old.verdict), style=VERDICT_STYLE[result.old.verdict])
    verdict.append(" → ")
    verdict.append(label(t, "verdict", result.new.verdict), style=VERDICT_STYLE[result.new.verdict])
    verdict.append(f"  ({label(t, 'diff.change', result.verdict_change)})", style=CHANGE_STYLE[result.verdict_change])
    header.add_row(t("report.verdict"), verdict)
    score = f"{score_text(result.old.score, t.lang)} → {score_text(result.new.score, t.lang)}"
    if result.comparable:
        score += f"  ({_delta_text(result.score_delta, t.lang)})"
    header.add_row(t("report.score"), score)
    return header


def _status(status: LayerStatus | None, t: Translator) -> Text:
    return Text("—") if status is None else Text(label(t, "status", status), style=STATUS_STYLE[status])


def _layers(result: DiffResult, t: Translator, titles: dict[int, str]) -> Table:
    table = Table(
        box=box.SIMPLE_HEAD, title=t("report.layers"), title_justify="left", title_style="bold", pad_edge=False
    )
    table.add_column(t("report.layer"), ratio=1)
    table.add_column(t("diff.before"), no_wrap=True)
    table.add_column(t("diff.after"), no_wrap=True)
    table.add_column(t("report.score"), justify="right", no_wrap=True)
    table.add_column(t("diff.change"), no_wrap=True)
    for x in result.layers:
        scores = f"{score_text(x.score_before, t.lang)} → {score_text(x.score_after, t.lang)}"
        if result.comparable:
            scores += f" ({_delta_text(x.delta, t.lang)})"
        title = titles.get(x.layer)
        table.add_row(
            user(f"{x.layer}. {title}" if title else str(x.layer)),
            _status(x.before, t),
            _status(x.after, t),
            scores,
            Text(label(t, "diff.change", x.change), style=CHANGE_STYLE[x.change]),
        )
    return table


def _outcome(outcome: Outcome | None, t: Translator) -> Text:
    if outcome is None:
        return Text("—", style="dim")
    return Text(label(t, "outcome", outcome), style=OUTCOME_STYLE[outcome])


def _pair_table(
    kind: str, group: list[PairChange], listed: Sequence[PairChange], names: dict[str, str], options: ReportOptions
) -> Table:
    t = options.t
    table = Table(
        box=box.SIMPLE_HEAD,
        title=label(t, "diff.group", kind, count=len(group)),
        title_justify="left",
        title_style="bold " + CHANGE_STYLE[kind],
        pad_edge=False,
    )
    table.add_column("ID", no_wrap=True)
    table.add_column(t("diff.target"), ratio=1, overflow="fold")
    table.add_column(t("diff.before"), no_wrap=True)
    table.add_column(t("diff.after"), no_wrap=True)
    for pair in listed:
        if pair.system is None:
            target = Text(t("diff.agency"))
        else:
            target = user(pair.system)
            if names.get(pair.system):
                target.append(" — " + printable(names[pair.system]), style="dim")
        table.add_row(pair.control, target, _outcome(pair.before, t), _outcome(pair.after, t))
    return table
