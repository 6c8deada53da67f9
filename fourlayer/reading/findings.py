"""The located finding: one problem in one file, with a stable code.

Findings carry their message parameters, not rendered text, so one finding can be
shown in Vietnamese or English by whichever reporter prints it.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from fourlayer.i18n import Phrase, key_of, translate


class Localised:
    """A message parameter that is written differently in each language (a data path, say)."""

    def text(self, lang: str) -> str:
        raise NotImplementedError


def _param(lang: str, value: Any) -> Any:
    if isinstance(value, Phrase):
        return translate(lang, value.key, **{name: _param(lang, v) for name, v in value.params.items()})
    if isinstance(value, Localised):
        return _one_line(value.text(lang))
    return _one_line(value)


def _one_line(value: Any) -> Any:
    """A value from a file inside a one-line message stays on that line (``\\n`` shown)."""
    if isinstance(value, str) and ("\n" in value or "\r" in value):
        return value.replace("\r", "\\r").replace("\n", "\\n")
    return value


def _fill(lang: str, params: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    return {name: _param(lang, value) for name, value in params}


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True, slots=True)
class Finding:
    """A problem at ``path:line:column``; ``code`` is stable and documented.

    ``line`` and ``column`` are 1-based, or ``None`` when the problem concerns the
    whole file (it cannot be read, say). ``params`` fill the message templates
    ``finding.<code>`` and ``hint.<code>`` of the message catalogue.
    """

    path: str
    sheet: str = field(default="", kw_only=True)
    """The worksheet, for a workbook (``line`` is then the row, ``column`` the column number);
    before ``line`` so that a workbook's findings sort sheet by sheet."""
    line: int | None
    column: int | None
    code: str
    severity: Severity = Severity.ERROR
    params: tuple[tuple[str, Any], ...] = field(default=(), compare=False)
    hint_key: str | None = field(default=None, compare=False)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def message(self, lang: str) -> str:
        """The sentence, in the words of the file's medium: a workbook finding (``sheet``) names
        cells, column headers and the drop-down's labels (:mod:`fourlayer.reading.medium`)."""
        if self.sheet:
            from fourlayer.reading import medium

            key = medium.workbook_message_key(self)
            text = translate(lang, key, **medium.workbook_params(self, lang, _fill(lang, self.params)))
        else:
            text = translate(lang, key_of("finding", self.code), **_fill(lang, self.params))
        return text[:1].upper() + text[1:]  # a sentence, even when it opens with a data path

    def param(self, name: str) -> Any:
        """One message parameter as given (``None`` when absent), e.g. a syntax error's ``excerpt``."""
        return dict(self.params).get(name)

    def hint(self, lang: str) -> str | None:
        if self.sheet:
            from fourlayer.reading import medium

            key = medium.workbook_hint_key(self)
            return (
                None
                if key is None
                else translate(lang, key, **medium.workbook_params(self, lang, _fill(lang, self.params)))
            )
        if self.hint_key is None:
            return None
        return translate(lang, self.hint_key, **_fill(lang, self.params))

    @property
    def cell(self) -> str | None:
        """The A1-style cell of a workbook finding (``D12``), else None."""
        if not self.sheet or self.line is None:
            return None
        return f"{column_letters(self.column)}{self.line}" if self.column is not None else str(self.line)

    def position(self) -> str:
        """Where in the file, without the file: ``line:column``, or ``Sheet!D12`` in a workbook
        (empty when the problem concerns the whole file)."""
        if self.sheet and self.line is not None:
            return f"{self.sheet}!{self.cell}"
        return ":".join(str(x) for x in (self.line, self.column) if x is not None)

    def location(self) -> str:
        """``path:line:column`` as compilers print it (parts that are unknown left out);
        ``path:Sheet!D12`` in a workbook."""
        if self.sheet and self.line is not None:
            return f"{self.path}:{self.sheet}!{self.cell}"
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def to_dict(self, lang: str) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message(lang),
            "hint": self.hint(lang),
            **({"sheet": self.sheet, "cell": self.cell} if self.sheet else {}),
        }


def column_letters(number: int) -> str:
    """1 → ``A``, 27 → ``AA``."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def finding(
    path: str,
    mark: tuple[int, int] | None,
    code: str,
    *,
    severity: Severity = Severity.ERROR,
    hint: str | None = None,
    **params: Any,
) -> Finding:
    """Build a finding; ``mark`` is a 1-based ``(line, column)`` or ``None``; a mark with a
    ``sheet`` attribute (a workbook cell) places the finding on that sheet."""
    line, column = mark if mark is not None else (None, None)
    return Finding(
        path=path,
        line=line,
        column=column,
        code=code,
        severity=severity,
        params=tuple(sorted(params.items())),
        hint_key=hint,
        sheet=getattr(mark, "sheet", ""),
    )


MAX_FINDINGS_PER_FILE = 1_000
"""Findings kept for one file; past it the first ones by position are kept and one
``findings-omitted`` finding says how many more there were. A file with 300,000 unknown
keys is then a screenful, not minutes of output (docs/security.md)."""
OMITTED = "findings-omitted"


def _position_key(item: Finding) -> tuple[int, int, str]:
    return (item.line or 0, item.column or 0, item.code)


def keep_first(found: Iterable[Finding], display: str, limit: int = MAX_FINDINGS_PER_FILE) -> list[Finding]:
    """The findings of one file, sorted and without repeats, at most ``limit`` of them
    plus one ``findings-omitted`` that counts the rest (earlier omissions included)."""
    omitted = 0
    unique: set[Finding] = set()
    for item in found:
        if item.code == OMITTED:
            omitted += int(dict(item.params).get("count", 0))
        else:
            unique.add(item)
    if len(unique) <= limit and not omitted:
        return sorted(unique)
    kept = sorted(heapq.nsmallest(limit, unique, key=_position_key)) if len(unique) > limit else sorted(unique)
    omitted += len(unique) - len(kept)
    return [*kept, finding(display, None, OMITTED, hint="hint.findings-omitted", count=omitted, limit=limit)]
