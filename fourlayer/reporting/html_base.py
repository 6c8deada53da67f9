"""What the three HTML reports (``check``, ``audit``, ``history``) share: the Jinja2
environment, the filters the templates use and the geometry of the SVG charts.

The templates live in ``fourlayer/templates/`` (package data). Every page is one
self-contained file: CSS inline, charts as inline SVG, system fonts only, no script and
no address of anything on a network, so it opens on an office PC with no internet and
prints to A4. Autoescape is on for every template, and every text value also passes
through :func:`~fourlayer.reporting.base.printable` (control characters and bidirectional
overrides shown, never acted on): text from an assessment is data, never markup.

Jinja2 is imported here only, and this module only by an HTML format (start-up time is
measured).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import jinja2
from markupsafe import Markup

from fourlayer.i18n import label
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.wording import number_text, score_text
from fourlayer.safe_text import printable

STATUS_SYMBOL = {"met": "✓", "partially_met": "◐", "not_met": "✗", "not_applicable": "–"}
VERDICT_SYMBOL = {"compliant": "✓", "partially_compliant": "◐", "non_compliant": "✗"}
OUTCOME_SYMBOL = {"pass": "✓", "partial": "◐", "fail": "✗", "waived": "○", "not_applicable": "–"}


def _finalize(value: Any) -> Any:
    """Every ``{{ … }}``: None shown as nothing, text made printable (then autoescaped)."""
    if value is None:
        return ""
    if isinstance(value, str) and not isinstance(value, Markup):
        return printable(value)
    return value


def signed_text(value: float | None, lang: str) -> str:
    """``+3,88`` / ``-1,34`` / ``±0`` (decimal comma in Vietnamese)."""
    if value is None:
        return ""
    if value == 0:
        return "±0"
    return ("+" if value > 0 else "-") + number_text(abs(value), lang)


@jinja2.pass_context
def score(context: Any, value: float | None) -> str:
    return score_text(value, context["lang"])


@jinja2.pass_context
def signed(context: Any, value: float | None) -> str:
    return signed_text(value, context["lang"])


@jinja2.pass_context
def percent(context: Any, value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.0f}%" if value == int(value) else number_text(value, context["lang"], 1) + "%"


def css_string(value: str) -> Markup:
    """``value`` as a quoted CSS string where every character but a letter or digit of ASCII
    is a six-digit escape: nothing in it can end the string, the rule or the style element."""
    escaped = "".join(c if c.isascii() and c.isalnum() else f"\\{ord(c):06X}" for c in value)
    return Markup(f'"{escaped}"')


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("fourlayer", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
        auto_reload=False,
    )
    env.filters["score"] = score
    env.filters["signed"] = signed
    env.filters["percent"] = percent
    env.filters["css_string"] = css_string
    env.globals.update(STATUS_SYMBOL=STATUS_SYMBOL, VERDICT_SYMBOL=VERDICT_SYMBOL, OUTCOME_SYMBOL=OUTCOME_SYMBOL)
    env.globals["label"] = label  # label(t, "verdict", key): a key of a family, as in the code
    return env


def render(template: str, options: ReportOptions, **context: Any) -> Iterator[str]:
    """The page, piece by piece (a long audit is never held whole as text)."""
    from fourlayer.reporting.settings import handling_line

    page = environment().get_template(template)
    yield from page.generate(
        t=options.t,
        lang=options.lang,
        tool_version=options.tool_version,
        handling=handling_line(options.document),
        **context,
    )


# --- chart geometry -------------------------------------------------------------------
def line_points(
    values: list[float | None],
    width: float,
    height: float,
    left: float = 0.0,
    top: float = 0.0,
    lowest: float = 0.0,
    highest: float = 100.0,
) -> list[tuple[float, float] | None]:
    """Points of a line chart spread evenly across ``width``; None where a value is missing."""
    count = len(values)
    span = highest - lowest or 1.0
    out: list[tuple[float, float] | None] = []
    for index, value in enumerate(values):
        if value is None:
            out.append(None)
            continue
        x = left + (width / 2 if count == 1 else width * index / (count - 1))
        y = top + height - height * (value - lowest) / span
        out.append((round(x, 1), round(y, 1)))
    return out


def polyline(points: list[tuple[float, float] | None]) -> list[str]:
    """The ``points`` attribute of each unbroken run of a line (a missing value breaks it)."""
    runs: list[str] = []
    current: list[str] = []
    for point in points:
        if point is None:
            if current:
                runs.append(" ".join(current))
            current = []
        else:
            current.append(f"{point[0]},{point[1]}")
    if current:
        runs.append(" ".join(current))
    return runs


def stack(counts: list[tuple[str, int]], width: float) -> list[tuple[str, int, float, float]]:
    """(key, count, x, width) of each non-empty segment of a stacked bar of ``width``."""
    total = sum(n for _, n in counts)
    out = []
    x = 0.0
    for key, n in counts:
        if not n or not total:
            continue
        w = width * n / total
        out.append((key, n, round(x, 2), round(w, 2)))
        x += w
    return out
