"""What a YAML syntax error looks like to the person who wrote the file.

Two things PyYAML does not say: the line itself, with a caret under the spot, and
whether the cause is plainly an indentation slip (a key one space off its neighbours),
which PyYAML reports as a misplaced colon or a missing key.
"""

from __future__ import annotations

from dataclasses import dataclass

_SLIP = 3
"""An indentation up to this many columns off its neighbour's is taken for a slip."""


@dataclass(frozen=True)
class Indentation:
    """Line ``line`` is indented ``have`` spaces where line ``previous`` has its keys at ``want``."""

    line: int
    have: int
    previous: int
    want: int


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _key_column(line: str) -> int:
    """Where the keys of ``line`` start: ``  - id: x`` has its key ``id`` at column 4."""
    column = len(line) - len(line.lstrip(" "))
    rest = line[column:]
    while rest.startswith("- "):
        column += 2 + (len(rest[2:]) - len(rest[2:].lstrip(" ")))
        rest = line[column:]
    return column


def indentation_slip(text: str, line_index: int) -> Indentation | None:
    """The slip at 0-based ``line_index``, when its indentation differs from the previous
    line's keys by a few spaces and that line does not open a nested block."""
    lines = text.splitlines()
    if not 0 <= line_index < len(lines) or not _content(lines[line_index]):
        return None
    current = lines[line_index]
    if "\t" in current[: len(current) - len(current.lstrip())]:
        return None  # a tab: said by its own message
    have = len(current) - len(current.lstrip(" "))
    previous = next((i for i in range(line_index - 1, -1, -1) if _content(lines[i])), None)
    if previous is None:
        return None
    before = lines[previous].split(" #", 1)[0].rstrip()
    if before.endswith((":", "|", ">", "[", "{", ",")):
        return None  # a nested block or a flow collection may start deeper
    want = _key_column(lines[previous])
    if have == want or abs(have - want) > _SLIP:
        return None
    if current.lstrip(" ").startswith("- ") != lines[previous].lstrip(" ").startswith("- ") and have < want:
        return None  # a list item after a mapping key (or the reverse): not the same level
    return Indentation(line_index + 1, have, previous + 1, want)


def excerpt(text: str, line_index: int, column: int) -> tuple[str, int] | None:
    """The 0-based line ``line_index`` for display (tabs shown as ``→``), and the 0-based
    column of the caret."""
    lines = text.splitlines()
    if not 0 <= line_index < len(lines):
        return None
    shown = lines[line_index].replace("\t", "→")
    if len(shown) > 160:
        start = max(0, min(column - 40, len(shown) - 160))
        shown, column = "…" + shown[start : start + 159], column - start + 1
    return shown, max(0, min(column, len(shown)))
