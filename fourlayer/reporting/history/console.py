"""``history --format console``: the rounds, the layers' trend, each agency's movement.

Text from the history file (agency names, round labels) passes through ``printable`` into
``rich.text.Text``, never into markup.
"""

from __future__ import annotations

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from fourlayer.i18n import Translator, label
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.terminal import finish, make_console, user
from fourlayer.reporting.wording import number_text, score_text
from fourlayer.rounds.history import AgencyRef, History, break_notes
from fourlayer.safe_text import printable

VERDICT_MARK = {"compliant": "✓", "partially_compliant": "◐", "non_compliant": "✗"}
VERDICT_COLOUR = {"compliant": "green", "partially_compliant": "yellow", "non_compliant": "red"}


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


def _change(value: float | None, lang: str) -> Text:
    if value is None:
        return Text("")
    if value == 0:
        return Text(" ±0", style="dim")
    sign = "+" if value > 0 else "-"
    return Text(f" {sign}{number_text(abs(value), lang)}", style="green" if value > 0 else "red")


def _append_change(cell: Text, value: float | None, lang: str) -> None:
    """``_change`` appended in place (the same text and style; 400,000 cells of a large
    history are not each built as a second ``Text`` first)."""
    if value is None:
        return
    if value == 0:
        cell.append(" ±0", style="dim")
        return
    sign = "+" if value > 0 else "-"
    cell.append(f" {sign}{number_text(abs(value), lang)}", style="green" if value > 0 else "red")


def render(history: History, options: ReportOptions, titles: dict[str, str] | None = None) -> str:
    console, buffer = make_console(options)
    t = options.t
    console.print(Text(t("history.title"), style="bold"))
    if history.agency_filter:
        console.print(Text(t("history.filter", text=printable(history.agency_filter)), style="dim"))
    console.print()
    rounds = Table(box=box.SIMPLE_HEAD, title=t("history.rounds"), title_justify="left", title_style="bold")
    checklists = {item.checklist for item in history.rounds}
    several = len(checklists) > 1
    if len(checklists) == 1:
        console.print(Text(f"{t('history.checklist')}: {printable(next(iter(checklists)))}"))
    headings = (
        (t("history.round"), "left"),
        (t("history.as-of"), "left"),
        *([(t("history.checklist"), "left")] if several else []),
        (t("history.agencies"), "right"),
        (t("history.errors"), "right"),
        (t("history.mean"), "right"),
        ("L1", "right"),
        ("L2", "right"),
        ("L3", "right"),
        ("L4", "right"),
        (t("rounds.history.not-submitted-count"), "right"),
    )
    rows = [
        (
            user(item.label),
            Text(item.as_of),
            *([user(item.checklist)] if several else []),
            Text(str(item.agencies)),
            Text(str(item.errors)),
            Text(score_text(item.mean_score, t.lang)),
            *(Text(_share(layer.met_share)) for layer in item.layers),
            Text("—" if item.not_submitted is None else str(len(item.not_submitted))),
        )
        for item in history.rounds
    ]
    for number, (columns, widths) in enumerate(_round_tables(headings, rows, options.width)):
        table = rounds if number == 0 else Table(box=box.SIMPLE_HEAD)
        for index in columns:
            heading, justify = headings[index]
            if widths is None:
                table.add_column(heading, justify=justify, no_wrap=True)  # type: ignore[arg-type]
            else:  # a heading wraps in its column, a value never does
                table.add_column(heading, justify=justify, width=widths[index])  # type: ignore[arg-type]
        for row in rows:
            table.add_row(*(row[index] for index in columns))
        console.print(table)
    console.print(Text("L1–L4: " + t("history.layer-share"), style="dim"))
    console.print(Text(t("rounds.history.not-submitted-note"), style="dim"))
    for note in break_notes(history, t):
        console.print(Text("! " + note, style="yellow"))
    console.print()
    _agencies(console, history, t, options.width)
    _movers(console, history, t)
    _missing(console, history, t)
    _controls(console, history, t, titles or {})
    return finish(buffer)


AGENCY_WIDTH = 40
"""Cells the agency column keeps before a round is left out of the agency table: a name up to
this wide stays on one line, a longer one wraps within the column (never cut)."""


Widths = dict[int, int]


def _round_tables(
    headings: tuple[tuple[str, str], ...], rows: list[tuple[Text, ...]], width: int
) -> list[tuple[list[int], Widths | None]]:
    """How the rounds table is laid out in ``width``: its columns, whole (widths None: each as
    wide as its heading and values), else in as few tables as fit, each starting with the
    round's label, with the columns whose headings must wrap narrowed to their longest word —
    never a value cut, never a column dropped."""

    def natural(index: int) -> int:
        return max(max((row[index].cell_len for row in rows), default=0), cell_len(headings[index][0]))

    def least(index: int) -> int:
        values = max((row[index].cell_len for row in rows), default=0)
        return max(values, *(cell_len(word) for word in headings[index][0].split()))

    def needed(widths: Widths) -> int:  # a blank either side, the divider after; the left edge
        return sum(w + 3 for w in widths.values()) + 1

    everything = list(range(len(headings)))
    if needed({i: natural(i) for i in everything}) <= width:
        return [(everything, None)]
    groups: list[list[int]] = [[0]]
    for index in everything[1:]:
        if needed({i: least(i) for i in [*groups[-1], index]}) <= width or len(groups[-1]) == 1:
            groups[-1].append(index)
        else:
            groups.append([0, index])
    laid: list[tuple[list[int], Widths | None]] = []
    for columns in groups:
        widths = {i: natural(i) for i in columns}
        for index in sorted(columns, key=lambda i: least(i) - natural(i)):  # the most to give first
            if needed(widths) <= width:
                break
            widths[index] = least(index)
        laid.append((columns, widths))
    return laid


def _agencies(console: Console, history: History, t: Translator, width: int) -> None:
    """Every agency's cells in the most recent rounds that fit ``width`` (see
    :func:`_recent_columns`), newest last; a sentence under the table counts the rounds left out."""
    if not history.tracks:
        console.print(Text(t("history.no-agency"), style="yellow"))
        return
    names: list[Text] = []
    for track in history.tracks:
        name = user(track.name)
        if track.code:
            name.append(f" {printable(track.code)}", style="dim")
        names.append(name)
    heading = t("history.agency")
    agency = max(cell_len(heading), min(AGENCY_WIDTH, max(name.cell_len for name in names)))
    # the table's two edges and the agency column's padding take 4 cells; each round column 3 more
    columns = _recent_columns(history, t, width - agency - 4)
    table = Table(box=box.SIMPLE_HEAD, title=t("history.agency-table"), title_justify="left", title_style="bold")
    table.add_column(heading)
    for round_label, _ in columns:
        table.add_column(printable(round_label), justify="right", no_wrap=True)
    for row, name in enumerate(names):
        table.add_row(name, *(cells[row] for _, cells in columns))
    console.print(table)
    hidden = len(history.labels) - len(columns)
    if hidden:
        console.print(Text(t("history.rounds-hidden", count=hidden), style="dim"))
        console.print()


def _recent_columns(history: History, t: Translator, room: int) -> list[tuple[str, list[Text]]]:
    """The round columns of the agency table (label, one cell per track), newest last: the most
    recent rounds whose columns fit in ``room`` cells — each column as wide as its widest text
    (label or cell) plus rich's padding and rule, 3 cells — taken from the latest backwards until
    the next would not fit; always the latest round, and the latest two when the latest shows a
    change (a change is read against the column before it). The cells of a round are made only
    when it is considered, so the rounds left out cost nothing to lay out. A cell reads as it
    would in the table of every round: "—" before the agency's first round in the report, the
    reason of its absence after."""
    labels = history.labels
    tracks = history.tracks
    order = {round_label: index for index, round_label in enumerate(labels)}
    first = [order[next(iter(track.entries))] for track in tracks]
    latest = [track.entries.get(labels[-1]) for track in tracks]
    changed = any(entry is not None and entry.change is not None for entry in latest)
    least = 2 if changed and len(labels) > 1 else 1
    # a cell is laid out from its text alone (rich copies a text before wrapping it): cells that
    # read alike are one object (2,000 agencies × 200 rounds are 400,000 cells, few of them distinct)
    shared: dict[tuple[str, str, str], Text] = {}
    words: dict[str, Text] = {}
    never = Text("—", style="dim")
    columns: list[tuple[str, list[Text]]] = []
    for index in range(len(labels) - 1, -1, -1):
        round_label = labels[index]
        cells: list[Text] = []
        for track, start in zip(tracks, first, strict=True):
            entry = track.entries.get(round_label)
            if entry is None:
                if start > index:
                    cells.append(never)
                    continue
                said = label(t, "rounds.absence", history.absence(track, round_label))
                absent = words.get(said)
                if absent is None:
                    absent = words[said] = Text(said, style="dim")
                cells.append(absent)
                continue
            key = (entry.verdict, repr(entry.score), repr(entry.change))
            cell = shared.get(key)
            if cell is None:
                cell = shared[key] = Text(score_text(entry.score, t.lang) + " ")
                cell.append(VERDICT_MARK.get(entry.verdict, "?"), style=VERDICT_COLOUR.get(entry.verdict, ""))
                _append_change(cell, entry.change, t.lang)
            cells.append(cell)
        widest = max(cell.cell_len for cell in {id(cell): cell for cell in cells}.values())
        need = max(cell_len(printable(round_label)), widest) + 3
        if len(columns) >= least and need > room:
            break
        room -= need
        columns.append((round_label, cells))
    columns.reverse()
    return columns


def _movers(console: Console, history: History, t: Translator) -> None:
    latest = history.latest
    if latest is None or latest.previous is None:
        return
    for key, movers in (("history.improved", history.improved), ("history.regressed", history.regressed)):
        console.print(Text(t(key, round=printable(latest.label), previous=printable(latest.previous)), style="bold"))
        if not movers:
            console.print(Text("  " + t("history.no-movers"), style="dim"))
        for mover in movers:
            line = Text("  ")
            line.append_text(user(mover.agency.name))
            line.append(f"  {score_text(mover.before.score, t.lang)} → {score_text(mover.after.score, t.lang)}")
            line.append_text(_change(mover.change, t.lang))
            console.print(line)
        console.print()


def _missing(console: Console, history: History, t: Translator) -> None:
    """Each round's "chưa nộp" (its roster's list; the latest's in full), the latest round's
    unreadable files' agencies, and the agencies absent since the round before — three lists,
    three names."""
    latest = history.latest
    if latest is None:
        return
    for earlier in history.rounds[:-1]:  # each round's roster list in one line; the latest's in full below
        if earlier.not_submitted:
            console.print(
                Text(
                    t("rounds.history.not-submitted", round=printable(earlier.label), count=len(earlier.not_submitted))
                    + ": "
                    + "; ".join(printable(ref.name) for ref in earlier.not_submitted),
                    style="red",
                )
            )
    label = printable(latest.label)
    if latest.not_submitted is None:
        console.print(Text(t("rounds.history.no-roster", round=label), style="dim"))
    elif not latest.not_submitted:
        console.print(Text(t("rounds.history.none-not-submitted", round=label), style="green"))
    else:
        console.print(
            Text(t("rounds.history.not-submitted", round=label, count=len(latest.not_submitted)), style="bold red")
        )
        _refs(console, latest.not_submitted)
    if latest.unreadable:
        console.print(Text(t("rounds.history.unreadable", round=label, count=len(latest.unreadable)), style="red"))
        _refs(console, latest.unreadable)
    if latest.previous is not None:
        previous = printable(latest.previous)
        if not latest.absent:
            console.print(Text(t("rounds.history.none-absent", round=label, previous=previous), style="green"))
        else:
            console.print(
                Text(t("rounds.history.absent", round=label, previous=previous, count=len(latest.absent)), style="bold")
            )
            _refs(console, latest.absent)
    console.print()


def _refs(console: Console, refs: tuple[AgencyRef, ...]) -> None:
    for ref in refs:
        line = Text("  ")
        line.append_text(user(ref.name))
        if ref.code:
            line.append(f" {printable(ref.code)}", style="dim")
        console.print(line)


def _controls(console: Console, history: History, t: Translator, titles: dict[str, str]) -> None:
    latest = history.latest
    if latest is None or not history.controls:
        return
    table = Table(
        box=box.SIMPLE_HEAD,
        title=t("history.controls", round=printable(latest.label)),
        title_justify="left",
        title_style="bold",
    )
    table.add_column(t("history.control"))
    if titles:
        table.add_column(t("checklist.title"))
    table.add_column(t("history.failing-now", round=printable(latest.label)), justify="right")
    show_before = latest.previous is not None and any(c.before is not None for c in history.controls)
    if show_before:
        table.add_column(t("history.failing-before", round=printable(latest.previous or "")), justify="right")
    for trend in history.controls:
        row = [trend.control, *([printable(titles.get(trend.control, ""))] if titles else []), str(trend.failing)]
        if show_before:
            row.append("" if trend.before is None else str(trend.before))
        table.add_row(*row)
    console.print(table)
