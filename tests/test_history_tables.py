"""The two large tables of ``history`` (every agency × every round) are written without a
template loop or a rich object per cell (issue 26: 400,000 cells of 200 rounds × 2,000
agencies). Over random small histories, in both languages, they must read exactly as the
per-cell code they replace: kept here as the reference. The console shows only the most recent
rounds that fit its width: the reference chooses them by rich's own measure of its table."""

from __future__ import annotations

import tempfile
from pathlib import Path

from history_random import write_random_history
from hypothesis import given, settings
from hypothesis import strategies as st
from rich import box
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.history import console as history_console
from fourlayer.reporting.history import html as history_html
from fourlayer.reporting.html_base import environment
from fourlayer.reporting.terminal import make_console, user
from fourlayer.reporting.wording import score_text
from fourlayer.rounds.history import History, build_history
from fourlayer.safe_text import printable

FILTERS = [{}, {"last": 2}, {"agency": "sở"}, {"agency": "a1", "last": 1}]

ROWS = """\
  {% for row in agency_rows %}
    <tr><td class="agency-name">{{ row.track.name }}{% if row.track.code %} <span class="note">{{ row.track.code }}</span>{% endif %}</td>
    {% for cell in row.cells %}
      {% if cell.entry %}
      <td class="num"><span class="c-{{ cell.entry.verdict }}" title="{{ t('verdict.' ~ cell.entry.verdict) }}">{{ VERDICT_SYMBOL.get(cell.entry.verdict, "?") }}</span> {{ cell.entry.score|score }}{% if cell.entry.change is not none %}<br><span class="note {{ 'c-met' if cell.entry.change > 0 else ('c-not_met' if cell.entry.change < 0 else '') }}">{{ cell.entry.change|signed }}</span>{% endif %}</td>
      {% else %}<td class="num note">{{ t("rounds.absence." ~ cell.absence) if cell.seen else "—" }}</td>{% endif %}
    {% endfor %}</tr>
  {% endfor %}
"""
"""The template's row loop as it was, a cell at a time."""


def _cells(history: History) -> list[dict]:
    rows = []
    for track in history.tracks:
        cells, seen = [], False
        for label in history.labels:
            entry = track.entries.get(label)
            seen = seen or entry is not None
            absence = history.absence(track, label) if seen and entry is None else ""
            cells.append({"entry": entry, "seen": seen, "absence": absence})
        rows.append({"track": track, "cells": cells})
    return rows


def _history(seed: int, options: dict) -> History:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lich-su.sqlite"
        write_random_history(path, seed, rounds=seed % 8 + 1, agencies=seed % 13)
        return build_history(path, **options)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**32), st.sampled_from(FILTERS), st.sampled_from(["vi", "en"]))
def test_the_html_agency_rows_read_as_the_template_loop_wrote_them(seed, options, lang):
    history = _history(seed, options)
    report = ReportOptions(lang=lang, version="0.0.0")
    expected = environment().from_string(ROWS).render(agency_rows=_cells(history), t=report.t, lang=lang)
    assert "".join(history_html._agency_rows(history, report)) == expected


def _table_cell_by_cell(history: History, options: ReportOptions, rounds: int) -> Table:
    """The agency table of the last ``rounds`` rounds as it was built: a new rich text per cell
    (a cell reads as in the table of every round: "—" before the agency's first round)."""
    t = options.t
    table = Table(box=box.SIMPLE_HEAD, title=t("history.agency-table"), title_justify="left", title_style="bold")
    table.add_column(t("history.agency"), max_width=history_console.AGENCY_WIDTH)
    shown = history.labels[len(history.labels) - rounds :]
    for label in shown:
        table.add_column(printable(label), justify="right", no_wrap=True)
    for track in history.tracks:
        name = user(track.name)
        if track.code:
            name.append(f" {printable(track.code)}", style="dim")
        cells: list[Text] = [name]
        seen = False
        for label in history.labels:
            entry = track.entries.get(label)
            if entry is None:
                cell = Text(t("rounds.absence." + history.absence(track, label)) if seen else "—", style="dim")
            else:
                seen = True
                cell = Text(score_text(entry.score, t.lang) + " ")
                cell.append(
                    history_console.VERDICT_MARK.get(entry.verdict, "?"),
                    style=history_console.VERDICT_COLOUR.get(entry.verdict, ""),
                )
                history_console._append_change(cell, entry.change, t.lang)
            if label in shown:
                cells.append(cell)
        table.add_row(*cells)
    return table


def _agency_table_by_rich(history: History, options: ReportOptions) -> str:
    """The rule, measured by rich: the most recent rounds whose table, the agency column held to
    ``AGENCY_WIDTH``, is at most the report's width — at least the latest round, and the latest
    two when the latest shows a change; then the table with its columns free, as it is printed."""
    console, buffer = make_console(options)
    wide = console.options.update_width(10**6)
    labels = history.labels
    changed = any(
        labels[-1] in track.entries and track.entries[labels[-1]].change is not None for track in history.tracks
    )
    rounds = min(len(labels), 2 if changed else 1)
    while rounds < len(labels):
        if Measurement.get(console, wide, _table_cell_by_cell(history, options, rounds + 1)).maximum > options.width:
            break
        rounds += 1
    table = _table_cell_by_cell(history, options, rounds)
    table.columns[0].max_width = None
    console.print(table)
    if rounds < len(labels):
        console.print(Text(options.t("history.rounds-hidden", count=len(labels) - rounds), style="dim"))
        console.print()
    return buffer.getvalue()


@settings(max_examples=25, deadline=None)
@given(
    st.integers(0, 2**32),
    st.sampled_from(FILTERS),
    st.sampled_from(["vi", "en"]),
    st.integers(20, 160),
    st.booleans(),
)
def test_the_console_agency_table_shows_the_latest_rounds_that_fit_as_one_text_per_cell_wrote_them(
    seed, options, lang, width, color
):
    history = _history(seed, options)
    if not history.tracks:
        return
    report = ReportOptions(lang=lang, version="0.0.0", width=width, color=color)
    console, buffer = make_console(report)
    history_console._agencies(console, history, report.t, width)
    assert buffer.getvalue() == _agency_table_by_rich(history, report)
