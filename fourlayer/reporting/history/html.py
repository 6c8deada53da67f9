"""``history --format html``: score and layer trends over the rounds, the movers, who has
not submitted, and every agency's score per round. Template: ``templates/history_page.html.j2``.

Charts are inline SVG line charts (0–100 on the vertical axis; a round an agency or a
layer has no value in breaks the line). Rounds that cannot be compared (another
checklist) are said plainly at the top, and no change is shown across them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from markupsafe import Markup, escape

from fourlayer.i18n import label
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.wording import score_text
from fourlayer.rounds.history import History, break_notes
from fourlayer.safe_text import printable

LAYER_STYLE = {1: ("#0b4a8b", ""), 2: ("#7b3fa0", "7 4"), 3: ("#00897b", "2 3"), 4: ("#c2185b", "9 3 2 3")}
WIDTH, HEIGHT, LEFT, TOP, BOTTOM = 340, 190, 32, 16, 22


def _chart(labels: list[str], series: list[dict[str, Any]]) -> dict[str, Any]:
    from fourlayer.reporting.html_base import line_points, polyline

    plot_w, plot_h = WIDTH - LEFT - 48, HEIGHT - TOP - BOTTOM
    for item in series:
        points = line_points(item["values"], plot_w, plot_h, left=LEFT + 8, top=TOP)
        item["points"] = points
        item["runs"] = polyline(points)
    positions = line_points([0.0] * len(labels), plot_w, plot_h, left=LEFT + 8, top=TOP)
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "grid": [(round(TOP + plot_h - plot_h * v / 100, 1), str(v)) for v in (0, 25, 50, 75, 100)],
        "xlabels": [(p[0], label) for p, label in zip(positions, labels, strict=True) if p is not None],
        "series": series,
    }


def context(history: History, options: ReportOptions, titles: dict[str, str]) -> dict[str, Any]:
    rounds = history.rounds
    labels = [r.label for r in rounds]
    score_chart = _chart(
        labels,
        [
            {
                "name": "mean",
                "colour": "#0b4a8b",
                "dash": "",
                "values": [r.mean_score for r in rounds],
                "labels": ["" if r.mean_score is None else f"{r.mean_score:.1f}" for r in rounds],
            }
        ],
    )
    layer_chart = _chart(
        labels,
        [
            {
                "name": n,
                "colour": LAYER_STYLE[n][0],
                "dash": LAYER_STYLE[n][1],
                "labels": None,
                "values": [next((layer.met_share for layer in r.layers if layer.layer == n), None) for r in rounds],
            }
            for n in (1, 2, 3, 4)
        ],
    )
    latest = history.latest
    previous = next((r for r in rounds if latest is not None and r.label == latest.previous), None)
    return {
        "rounds": rounds,
        "latest": latest,
        "previous": previous,
        "mean_change": None if latest is None else latest.mean_change,
        "breaks": break_notes(history, options.t),
        "score_chart": score_chart,
        "layer_chart": layer_chart,
        "improved": history.improved,
        "regressed": history.regressed,
        "controls": history.controls,
        "titles": titles,
        "show_before": latest is not None
        and latest.previous is not None
        and any(c.before is not None for c in history.controls),
        "tracks": history.tracks,
        "agency_rows": _agency_rows(history, options),
        "agency_filter": history.agency_filter,
    }


def _agency_rows(history: History, options: ReportOptions) -> Iterator[Markup]:
    """Each row of the agency table as the page writes it (the template's row loop, written
    here once per row: 2,000 agencies × 200 rounds are 400,000 cells). Every text is
    made printable and escaped as the template does it (``html_base``'s finalize and
    autoescape), each distinct text once; a cell's text is made once per distinct
    (verdict, score, change). ``tests/test_history_figures.py`` holds it to the loop it
    replaces."""
    from fourlayer.reporting.html_base import VERDICT_SYMBOL, signed_text

    t, lang = options.t, options.lang
    texts: dict[str, str] = {}

    def text(value: str) -> str:
        out = texts.get(value)
        if out is None:
            out = texts[value] = str(escape(printable(value)))
        return out

    cells: dict[tuple[str, str, str], str] = {}
    labels = history.labels
    for track in history.tracks:
        parts = ['    <tr><td class="agency-name">', text(track.name)]
        if track.code:
            parts += [' <span class="note">', text(track.code), "</span>"]
        parts.append("</td>\n")
        seen = False
        for round_label in labels:
            entry = track.entries.get(round_label)
            if entry is None:
                absence = label(t, "rounds.absence", history.absence(track, round_label)) if seen else "—"
                parts.append(f'<td class="num note">{text(absence)}</td>')
                continue
            seen = True
            change = entry.change
            key = (entry.verdict, repr(entry.score), repr(change))
            cell = cells.get(key)
            if cell is None:
                verdict = entry.verdict
                title = text(label(t, "verdict", verdict))
                cell = (
                    f'      <td class="num"><span class="c-{text(verdict)}" title="{title}">'
                    f"{text(VERDICT_SYMBOL.get(verdict, '?'))}</span> {text(score_text(entry.score, lang))}"
                )
                if change is not None:
                    colour = "c-met" if change > 0 else ("c-not_met" if change < 0 else "")
                    cell += f'<br><span class="note {text(colour)}">{text(signed_text(change, lang))}</span>'
                cell = cells[key] = cell + "</td>\n"
            parts.append(cell)
        parts.append("</tr>\n")
        yield Markup("".join(parts))


def render_chunks(history: History, options: ReportOptions, titles: dict[str, str] | None = None) -> Iterator[str]:
    from fourlayer.reporting.html_base import render as render_page

    yield from render_page("history_page.html.j2", options, **context(history, options, titles or {}))


def render(history: History, options: ReportOptions, titles: dict[str, str] | None = None) -> str:
    return "".join(render_chunks(history, options, titles))
