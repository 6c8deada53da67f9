"""Words officers write for a status or an evidence kind, mapped to the value the file needs.

``status: done``, ``status: Đã thực hiện`` or ``kind: hợp đồng`` are not valid, but
their meaning is plain: a finding then suggests ``implemented`` or ``contract``. Words
are compared without case, diacritics, ``_`` or ``-``, so ``Da thuc hien`` matches too.
"""

from __future__ import annotations

import re
import unicodedata

_STATUS = {
    "implemented": (
        "done",
        "yes",
        "y",
        "true",
        "ok",
        "complete",
        "completed",
        "implement",
        "implemented",
        "finished",
        "đã thực hiện",
        "thực hiện",
        "đã hoàn thành",
        "hoàn thành",
        "đã triển khai",
        "triển khai",
        "đạt",
        "có",
        "rồi",
        "xong",
        "đã xong",
    ),
    "partial": (
        "partly",
        "partially",
        "partial",
        "partially implemented",
        "in progress",
        "ongoing",
        "started",
        "đang thực hiện",
        "thực hiện một phần",
        "một phần",
        "đạt một phần",
        "đã thực hiện một phần",
        "đang triển khai",
        "triển khai một phần",
        "chưa hoàn thành",
    ),
    "not_implemented": (
        "no",
        "n",
        "false",
        "not done",
        "not implemented",
        "todo",
        "to do",
        "missing",
        "not yet",
        "chưa thực hiện",
        "chưa",
        "không",
        "chưa triển khai",
        "chưa có",
        "không đạt",
        "không có",
    ),
    "not_applicable": (
        "n/a",
        "na",
        "not applicable",
        "none applicable",
        "không áp dụng",
        "k/ad",
        "kad",
    ),
}
_KIND = {
    "decision": ("quyết định", "qđ", "qd"),
    "contract": ("hợp đồng", "hđ", "hd"),
    "report": ("báo cáo", "bc"),
    "certificate": ("chứng nhận", "giấy chứng nhận", "chứng chỉ"),
    "minutes": ("biên bản", "bb"),
    "screenshot": ("ảnh chụp màn hình", "ảnh chụp", "hình ảnh"),
    "other": ("khác",),
}


def normalise(word: str) -> str:
    """``Đã  thực_hiện`` → ``da thuc hien``."""
    plain = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[_\-]+", " ", plain).split())


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {normalise(word): value for value, words in table.items() for word in (value, *words)}


_BY_FIELD = {"status": _index(_STATUS), "kind": _index(_KIND)}


def meaning(field: str, word: object) -> str | None:
    """The valid value ``word`` stands for in ``field`` (``status`` or ``kind``), if known."""
    table = _BY_FIELD.get(field) or _form_words(field)
    if table is None:
        return None
    if isinstance(word, bool):
        word = "true" if word else "false"
    if not isinstance(word, str):
        return None
    return table.get(normalise(word))


def _form_words(field: str) -> dict[str, str] | None:
    """The yearly report's fields (Form 08 columns 6 and 10, the system type): the form's own
    words in either language, as the workbook's drop-downs offer them."""
    from fourlayer.reading.workbook import layout

    if field not in layout.WORD_COLUMNS:
        return None
    return {normalise(label): value for label, value in layout.word_labels(field).items()}
