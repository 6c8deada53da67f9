"""``checklist list`` and ``checklist show``, ``--format console``: the checklist as a reader sees it."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from fourlayer.i18n import Translator, label
from fourlayer.model.checklist import Checklist, Control, Reference
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.checklist.view import ControlList, ControlView, select
from fourlayer.reporting.terminal import finish, make_console
from fourlayer.safe_text import printable


def render_list(
    checklist: Checklist,
    lang: str,
    layer: int | None,
    level: int | None,
    *,
    color: bool = False,
    width: int = 100,
) -> str:
    controls = select(checklist, layer, level)
    t = Translator(lang)
    console, buffer = make_console(ReportOptions(lang=lang, color=color, width=width))
    console.print(Text(f"{checklist.title.get(lang)} — {checklist.id} v{checklist.version}", style="bold"))
    for number in (1, 2, 3, 4):
        in_layer = [c for c in controls if c.layer == number]
        if not in_layer:
            continue
        table = Table(
            box=box.SIMPLE_HEAD,
            pad_edge=False,
            title=f"{t('report.layer')} {number}: {checklist.layer_title(number).get(lang)}",
            title_justify="left",
            title_style="bold",
        )
        table.add_column("ID", no_wrap=True)
        table.add_column(t("checklist.scope"), no_wrap=True)
        table.add_column(t("checklist.min-level"), justify="right", no_wrap=True)
        table.add_column(t("checklist.severity"), no_wrap=True)
        table.add_column(t("checklist.title"), ratio=1)
        for control in in_layer:
            title = control.title.get(lang) + (" *" if control.unverified else "")
            table.add_row(
                control.id,
                label(t, "scope", control.scope),
                f"≥{control.min_level}",
                label(t, "severity", control.severity),
                title,
            )
        console.print(table)
    console.print(Text(t("checklist.count", count=len(controls)), style="dim"))
    if any(c.unverified for c in controls):
        console.print(Text(t("checklist.unverified-note"), style="dim"))
    return finish(buffer)


def change_text(checklist: Checklist, control: Control, t: Translator) -> str | None:
    """How ``control`` continues the previous version (the id map), in words."""
    from fourlayer.authoring.migrate import change_kind

    if checklist.previous_version is None:
        return None
    kind = change_kind(control)
    ids = ", ".join(control.replaces or ())
    return label(t, "checklist.change", kind, ids=ids)


def _age_text(control: Control, t: Translator) -> str:
    if control.deadlines:
        return (
            "; ".join(
                (f"{t('checklist.level-from', level=level)}: " if level else "")
                + ", ".join(f"{d:02d}/{m:02d}" for m, d in days)
                for level, days in control.deadlines
            )
            + f" ({t('checklist.deadlines')})"
        )
    age = control.max_age_months
    if age is None:
        return t("checklist.no-age")
    if isinstance(age, int):
        return t("checklist.age-all", months=age)
    return "; ".join(t("checklist.age-level", level=level, months=months) for level, months in age)


def render_show(checklist: Checklist, control: Control, lang: str, *, color: bool = False, width: int = 100) -> str:
    t = Translator(lang)
    console, buffer = make_console(ReportOptions(lang=lang, color=color, width=width))
    console.print(Text(f"{control.id} — {control.title.get(lang)}", style="bold"))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(t("report.layer"), f"{control.layer}. {checklist.layer_title(control.layer).get(lang)}")
    grid.add_row(t("checklist.scope"), label(t, "scope", control.scope))
    grid.add_row(t("checklist.min-level"), t("checklist.level-from", level=control.min_level))
    grid.add_row(
        t("checklist.severity"),
        f"{label(t, 'severity', control.severity)} ({t('checklist.weight')} {checklist.weight(control.severity)})",
    )
    grid.add_row(t("checklist.evidence"), t("checklist.yes") if control.evidence_required else t("checklist.no"))
    grid.add_row(t("checklist.period"), _age_text(control, t))
    grid.add_row(t("checklist.na-allowed"), t("checklist.yes") if control.allow_not_applicable else t("checklist.no"))
    if control.effective_from or control.effective_until:
        grid.add_row(t("checklist.effective"), f"{control.effective_from or '…'} → {control.effective_until or '…'}")
    if control.forward_from:
        grid.add_row("", t("checklist.forward-from", date=control.forward_from.isoformat()))
    if control.event_triggered:
        grid.add_row("", t("checklist.event-triggered"))
    change = change_text(checklist, control, t)
    if change is not None:
        grid.add_row(t("checklist.replaces", version=checklist.previous_version), change)
    console.print(grid)
    console.print()
    console.print(Text(t("checklist.requirement"), style="bold"))
    console.print(Text(control.requirement.get(lang)))
    console.print()
    console.print(Text(t("report.next-step"), style="bold"))
    console.print(Text(control.guidance.get(lang)))
    console.print()
    legal = [ref for ref in control.references if ref.is_legal]
    notes = [ref for ref in control.references if not ref.is_legal]
    for heading, refs in ((t("report.legal-basis"), legal), (t("checklist.notes-heading"), notes)):
        if not refs:
            continue
        console.print(Text(heading, style="bold"))
        for ref in refs:
            _print_reference(console, checklist, ref, t)
    return finish(buffer)


def _print_reference(console: Console, checklist: Checklist, ref: Reference, t: Translator) -> None:
    """One reference of ``checklist show``: document, kind, how it was read, its window, the
    article as read, the copy it was read in (a third-party transcription says so), the note."""
    lang = t.lang
    line = Text("• " + ref.document + (f", {ref.provision}" if ref.provision else ""))
    style = "yellow" if ref.confidence == "unverified" else "dim"
    kind = f"{label(t, 'checklist.kind', ref.kind)}; " if ref.kind else ""
    line.append(f"  [{kind}{label(t, 'confidence', ref.confidence)}]", style=style)
    if not ref.is_legal:
        line.append(f" — {t('checklist.never-basis')}", style="yellow")
    console.print(Padding(line, (0, 0, 0, 2)))
    if ref.valid_from or ref.valid_until:
        valid = f"{t('checklist.valid')}: {ref.valid_from or '…'} → {ref.valid_until or '…'}"
        console.print(Padding(Text(valid, style="dim"), (0, 0, 0, 4)))
    if ref.confirmed_until:
        confirmed = t("checklist.basis-confirmed-until", date=ref.confirmed_until.isoformat())
        console.print(Padding(Text(confirmed, style="yellow"), (0, 0, 0, 4)))
    if ref.quote:
        console.print(Padding(Text(f"{t('checklist.quote')}: “{ref.quote}”", style="dim"), (0, 0, 0, 4)))
    copy = checklist.copy_text(ref.copy)
    if copy is not None:
        console.print(Padding(Text(f"{t('checklist.copy')}: {copy.get(lang)}", style="dim"), (0, 0, 0, 4)))
    if ref.note:
        console.print(Padding(Text(ref.note.get(lang), style="dim"), (0, 0, 0, 4)))
    if ref.url:  # never wrapped, so it can be copied whole
        console.print(Text("    " + printable(ref.url), style="dim"), soft_wrap=True)


def list_console(view: ControlList, options: ReportOptions) -> str:
    return render_list(view.checklist, options.lang, view.layer, view.level, color=options.color, width=options.width)


def show_console(view: ControlView, options: ReportOptions) -> str:
    return render_show(view.checklist, view.control, options.lang, color=options.color, width=options.width)
