"""``diff`` of two rounds, ``--format console|json``: the province agency by agency.

JSON keys are English whatever ``--lang`` is; verdicts and statuses are the codes of the
audit report, a control's standing ``fail``, ``partial`` or ``ok`` (docs/audit.md). Text
from the files passes through ``printable`` into ``rich.text.Text``, never into markup.
"""

from __future__ import annotations

from typing import Any

from rich import box
from rich.table import Table
from rich.text import Text

from fourlayer.evaluation import LayerStatus, Verdict
from fourlayer.i18n import Translator
from fourlayer.reporting.base import ReportOptions, printable
from fourlayer.reporting.json_data import dumps
from fourlayer.reporting.terminal import STATUS_STYLE, VERDICT_STYLE, finish, make_console, user
from fourlayer.reporting.wording import date_text, number_text, score_text
from fourlayer.round_diff import AgencyChange, Round, RoundAgency, RoundDiff, mean_score, verdict_counts

CHANGE_STYLE = {"improved": "green", "regressed": "bold red", "changed": "yellow", "unchanged": "dim"}
STATUS_MARK = {LayerStatus.MET: "✓", LayerStatus.PARTIALLY_MET: "◐", LayerStatus.NOT_MET: "✗",
               LayerStatus.NOT_APPLICABLE: "–"}
DIRECTIONS = ("regressed", "improved", "unchanged")


def _delta(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else round(after - before, 2)


def _side(side: Round) -> dict[str, Any]:
    return {
        "source": side.source,
        "kind": side.kind,
        "as_of": side.as_of.isoformat(),
        "checklist": {"id": side.checklist[0], "version": side.checklist[1]},
        "agencies": len(side.agencies),
        "errors": side.errors,
        "duplicates": side.duplicates,
        "mean_score": mean_score(side),
        "verdicts": {verdict.value: count for verdict, count in verdict_counts(side).items()},
    }


def _agency(agency: RoundAgency) -> dict[str, Any]:
    return {"code": agency.code, "name": agency.name, "source": agency.source}


def _change(change: AgencyChange) -> dict[str, Any]:
    return {
        "agency": {"code": change.new.code or change.old.code, "name": change.new.name},
        "old_source": change.old.source,
        "new_source": change.new.source,
        "direction": change.direction,
        "scores_compared": change.comparable,
        "ids_mapped": change.mapped,
        "verdict": {"before": change.old.verdict.value, "after": change.new.verdict.value, "change": change.verdict},
        "score": {"before": change.old.score, "after": change.new.score, "delta": change.score_delta},
        "layers": [
            {"layer": layer, "before": before.value if before else None, "after": after.value if after else None,
             "change": kind}
            for layer, before, after, kind in change.layers
        ],
        "controls": [
            {"control": control, "before": before, "after": after, "change": kind}
            for control, before, after, kind in change.controls
        ],
        "regressions": change.regressions,
    }


def round_diff_dict(result: RoundDiff, options: ReportOptions) -> dict[str, Any]:
    old_mean, new_mean = mean_score(result.old), mean_score(result.new)
    return {
        "tool": {"name": "fourlayer", "version": options.tool_version},
        "kind": "rounds",
        "old": _side(result.old),
        "new": _side(result.new),
        "scores_compared": result.comparable,
        "ids_mapped": result.mapped,
        "summary": {
            "matched": len(result.agencies),
            "regressed": result.count("regressed"),
            "improved": result.count("improved"),
            "unchanged": result.count("unchanged"),
            "gone": len(result.gone),
            "new": len(result.new_agencies),
            "mean_score": {"before": old_mean, "after": new_mean,
                           "delta": _delta(old_mean, new_mean) if result.comparable else None},
        },
        "agencies": [_change(change) for change in result.agencies],
        "gone": [_agency(a) for a in result.gone],
        "new_agencies": [_agency(a) for a in result.new_agencies],
        "regressions": result.regressions,
    }


def render_json(result: RoundDiff, options: ReportOptions) -> str:
    return dumps(round_diff_dict(result, options))


def _signed(value: float, lang: str) -> str:
    return ("+" if value >= 0 else "-") + number_text(abs(value), lang)


def _verdict(verdict: Verdict, t: Translator) -> Text:
    return Text(t(f"verdict.{verdict.value}"), style=VERDICT_STYLE[verdict])


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
    for label, side in (("diff.old", result.old), ("diff.new", result.new)):
        line = user(side.source)
        kind = t(f"rounds.kind.{side.kind}", checklist=f"{side.checklist[0]} v{side.checklist[1]}",
                 as_of=date_text(side.as_of, t.lang), agencies=len(side.agencies), errors=side.errors)
        line.append(f" ({kind})", style="dim")
        header.add_row(t(label), line)
    old_mean, new_mean = mean_score(result.old), mean_score(result.new)
    mean = f"{score_text(old_mean, t.lang)} → {score_text(new_mean, t.lang)}"
    if result.comparable and old_mean is not None and new_mean is not None:
        mean += f"  ({_signed(new_mean - old_mean, t.lang)})"
    header.add_row(t("rounds.mean"), mean)
    before, after = verdict_counts(result.old), verdict_counts(result.new)
    verdicts = Text()
    for index, verdict in enumerate(before):
        if index:
            verdicts.append(" · ")
        verdicts.append(f"{t('verdict.' + verdict.value)} {before[verdict]} → {after[verdict]}",
                        style=VERDICT_STYLE[verdict])
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
                console.print(Text("  • " + printable(f"{agency.name} ({agency.code or t('audit.no-code')}): "
                                                      f"{agency.source}")))
            console.print()
    console.print(Text(t("rounds.summary", matched=len(result.agencies), regressed=result.count("regressed"),
                         improved=result.count("improved"), unchanged=result.count("unchanged"),
                         gone=len(result.gone), new=len(result.new_agencies), regressions=result.regressions),
                       style="red" if result.regressions else "green"))
    return finish(buffer)


def _table(result: RoundDiff, options: ReportOptions) -> Table:
    t = options.t
    table = Table(box=box.SIMPLE_HEAD, title=t("rounds.agencies"), title_justify="left", title_style="bold",
                  pad_edge=False)
    table.add_column(t("report.agency"), ratio=2, overflow="fold")
    table.add_column(t("report.verdict"), ratio=2)
    table.add_column(t("report.score"), justify="right", no_wrap=True)
    table.add_column("L1–L4", no_wrap=True)
    table.add_column(t("rounds.controls"), ratio=2)
    order = sorted(result.agencies, key=lambda c: DIRECTIONS.index(c.direction))
    for change in order:
        who = user(change.new.name)
        who.append("\n" + t(f"diff.change.{change.direction}"), style=CHANGE_STYLE[change.direction])
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
        for control, before, after, kind in change.controls:
            if controls:
                controls.append("\n")
            controls.append(f"{control} {t('rounds.standing.' + before)} → {t('rounds.standing.' + after)}",
                            style=CHANGE_STYLE[kind])
        table.add_row(who, verdict, score, marks, controls)
    return table
