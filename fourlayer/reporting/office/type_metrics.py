"""How wide a line of text is in Times New Roman, without any font installed.

Decree 30/2020/NĐ-CP sets the official forms in Times New Roman; the header's columns and
the short rules under its lines are sized from these widths, so that the form holds
whatever machine opens the file. The advance widths are Adobe's published metrics of
Times Roman and Times Bold (units of 1/1000 em), which Times New Roman and the metric-
compatible Liberation Serif share. A Vietnamese letter is as wide as its base letter
(the marks sit above or below it; ``Đ`` is as wide as ``D``); a character not in the
table counts as the widest capital, so a width is never underestimated.
"""

from __future__ import annotations

import unicodedata

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_REGULAR_UPPER = (
    722,
    667,
    667,
    722,
    611,
    556,
    722,
    722,
    333,
    389,
    722,
    611,
    889,
    722,
    722,
    556,
    722,
    667,
    556,
    611,
    722,
    722,
    944,
    722,
    722,
    611,
)
_REGULAR_LOWER = (
    444,
    500,
    444,
    500,
    444,
    333,
    500,
    500,
    278,
    278,
    500,
    278,
    778,
    500,
    500,
    500,
    500,
    333,
    389,
    278,
    500,
    500,
    722,
    500,
    500,
    444,
)
_BOLD_UPPER = (
    722,
    667,
    722,
    722,
    667,
    611,
    778,
    778,
    389,
    500,
    778,
    667,
    944,
    722,
    778,
    611,
    778,
    722,
    556,
    667,
    722,
    722,
    1000,
    722,
    722,
    667,
)
_BOLD_LOWER = (
    500,
    556,
    444,
    556,
    444,
    333,
    500,
    556,
    278,
    333,
    556,
    278,
    833,
    556,
    500,
    556,
    556,
    444,
    389,
    333,
    556,
    500,
    722,
    500,
    500,
    444,
)
_REGULAR_OTHER = {
    " ": 250,
    "-": 333,
    ".": 250,
    ",": 250,
    ":": 278,
    ";": 278,
    "/": 278,
    "(": 333,
    ")": 333,
    "…": 1000,
    "'": 333,
    '"': 408,
    "%": 833,
    "&": 778,
}
_BOLD_OTHER = {
    " ": 250,
    "-": 333,
    ".": 250,
    ",": 250,
    ":": 333,
    ";": 333,
    "/": 278,
    "(": 333,
    ")": 333,
    "…": 1000,
    "'": 333,
    '"': 555,
    "%": 1000,
    "&": 833,
}
_WIDEST = 1000

REGULAR = {
    **dict(zip(_UPPER, _REGULAR_UPPER, strict=True)),
    **dict(zip(_LOWER, _REGULAR_LOWER, strict=True)),
    **dict.fromkeys("0123456789", 500),
    **_REGULAR_OTHER,
}
BOLD = {
    **dict(zip(_UPPER, _BOLD_UPPER, strict=True)),
    **dict(zip(_LOWER, _BOLD_LOWER, strict=True)),
    **dict.fromkeys("0123456789", 500),
    **_BOLD_OTHER,
}

PT_PER_MM = 72 / 25.4


def _base(character: str) -> str:
    if character in "Đđ":
        return "D" if character == "Đ" else "d"
    return unicodedata.normalize("NFD", character)[:1] or character


def width_pt(text: str, size: float, *, bold: bool = False) -> float:
    """The advance width of ``text`` set in ``size`` pt Times New Roman (bold or regular)."""
    table = BOLD if bold else REGULAR
    return sum(table.get(_base(c), _WIDEST) for c in text) * size / 1000


def width_mm(text: str, size: float, *, bold: bool = False) -> float:
    return width_pt(text, size, bold=bold) / PT_PER_MM


def balanced_lines(text: str, size: float, limit_mm: float, *, bold: bool = False) -> list[str]:
    """``text`` broken at spaces into as few lines as fit in ``limit_mm``, of lengths as even
    as can be (a subject never leaves one word alone on its last line)."""
    words = text.split()
    if not words or width_mm(text, size, bold=bold) <= limit_mm:
        return [text]
    if len(words) > BALANCED_WORDS:
        return _greedy(words, size, limit_mm, bold)
    count = 2
    while count < len(words):
        best = _best_split(words, count, size, bold)
        if max(width_mm(line, size, bold=bold) for line in best) <= limit_mm:
            return best
        count += 1
    return words


BALANCED_WORDS = 60
"""Past this many words a text is broken greedily: balancing tries each line count with every
split, more than cubic in the words (a 40,000-character agency name did not finish), and no
real name or subject is that long."""


def _greedy(words: list[str], size: float, limit_mm: float, bold: bool) -> list[str]:
    """``words`` in lines filled in order up to ``limit_mm``: linear in the words."""
    space = width_mm(" ", size, bold=bold)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in words:
        width = width_mm(word, size, bold=bold)
        if current and used + space + width > limit_mm:
            lines.append(" ".join(current))
            current, used = [word], width
        else:
            used += (space if current else 0.0) + width
            current.append(word)
    lines.append(" ".join(current))
    return lines


def _best_split(words: list[str], count: int, size: float, bold: bool) -> list[str]:
    """``words`` in ``count`` lines, the longest line as short as possible (greedy on a target)."""
    total = width_mm(" ".join(words), size, bold=bold)
    best: list[str] = []
    best_width = float("inf")
    for slack in range(0, 41, 2):  # aim at total/count, then a little wider, until a split fits
        target = total / count * (1 + slack / 100)
        lines: list[str] = []
        current: list[str] = []
        for word in words:
            trial = " ".join([*current, word])
            if current and width_mm(trial, size, bold=bold) > target and len(lines) < count - 1:
                lines.append(" ".join(current))
                current = [word]
            else:
                current.append(word)
        lines.append(" ".join(current))
        widest = max(width_mm(line, size, bold=bold) for line in lines)
        if len(lines) == count and widest < best_width:
            best, best_width = lines, widest
    return best or [" ".join(words)]
