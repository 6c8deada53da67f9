"""Word wrapping for the long parts of the console report, done once in plain Python.

rich wraps every paragraph it prints by splitting and copying ``Text`` objects; for the
gaps of a non-compliant agency (six paragraphs per gap, dozens of gaps) that was most of
the time a one-file ``check`` took. The report now wraps those paragraphs here, greedily
by words and by terminal cells (``rich.cells.cell_len``, so wide characters count as two),
and prints them as lines that rich no longer needs to wrap.
"""

from __future__ import annotations

from rich.cells import cell_len


def wrap_cells(text: str, width: int, first: int | None = None) -> list[str]:
    """``text`` cut into lines of at most ``width`` cells (``first`` for the first line).

    Words are kept whole unless one alone is wider than a line; it is then cut by cells.
    Runs of spaces inside a line are kept; spaces at a line break are dropped, as a
    terminal reader expects. An empty text is one empty line.
    """
    width = max(width, 1)
    limit = width if first is None else max(first, 1)
    lines: list[str] = []
    current = ""
    used = 0
    for word in text.split(" "):
        size = cell_len(word)
        gap = 1 if current else 0
        if used + gap + size <= limit:
            current = f"{current} {word}" if current else word
            used += gap + size
            continue
        if current:
            lines.append(current)
            limit = width
        if size > limit:  # a word wider than a whole line: cut by cells, in one pass over it
            *full, current = _pieces(word, limit, width)
            lines.extend(full)
            limit = width
            used = cell_len(current)
        else:
            current, used = word, size
    lines.append(current)
    return lines


def _pieces(word: str, first: int, width: int) -> list[str]:
    """``word`` cut into pieces of at most ``first`` cells, then ``width`` (a piece holds at
    least one character): one pass, so a word of a million characters costs linear time."""
    pieces: list[str] = []
    start = used = 0
    limit = first
    for index, char in enumerate(word):
        size = cell_len(char)
        if used + size > limit and index > start:
            pieces.append(word[start:index])
            start, used, limit = index, 0, width
        used += size
    pieces.append(word[start:])
    return pieces
