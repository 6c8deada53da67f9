"""The two large tables of ``history`` (every agency × every round) are written without a
template loop or a rich object per cell (issue 26: 400,000 cells of 200 rounds × 2,000
agencies). Over random small histories, in both languages, they must read exactly as the
per-cell code they replace: kept here as the reference."""

from __future__ import annotations

import tempfile
from pathlib import Path

from history_random import write_random_history
from hypothesis import given, settings
from hypothesis import strategies as st
from rich import box
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


def _table_cell_by_cell(history: History, options: ReportOptions) -> str:
    """The agency table as it was built: a new rich text per cell."""
    console, buffer = make_console(options)
    t = options.t
    table = Table(box=box.SIMPLE_HEAD, title=t("history.agency-table"), title_justify="left", title_style="bold")
    table.add_column(t("history.agency"))
    for label in history.labels:
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
                cells.append(Text(t("rounds.absence." + history.absence(track, label)) if seen else "—", style="dim"))
                continue
            seen = True
            cell = Text(score_text(entry.score, t.lang) + " ")
            cell.append(
                history_console.VERDICT_MARK.get(entry.verdict, "?"),
                style=history_console.VERDICT_COLOUR.get(entry.verdict, ""),
            )
            history_console._append_change(cell, entry.change, t.lang)
            cells.append(cell)
        table.add_row(*cells)
    console.print(table)
    return buffer.getvalue()


@settings(max_examples=25, deadline=None)
@given(
    st.integers(0, 2**32),
    st.sampled_from(FILTERS),
    st.sampled_from(["vi", "en"]),
    st.integers(20, 160),
    st.booleans(),
)
def test_the_console_agency_table_reads_as_one_text_per_cell_wrote_it(seed, options, lang, width, color):
    history = _history(seed, options)
    if not history.tracks:
        return
    report = ReportOptions(lang=lang, version="0.0.0", width=width, color=color)
    console, buffer = make_console(report)
    history_console._agencies(console, history, report.t)
    assert buffer.getvalue() == _table_cell_by_cell(history, report)
