"""Helpers shared by the office formats (xlsx, docx): text, dates and numbers the way an
official reads them, and reproducible zip containers.

Nothing here imports XlsxWriter or python-docx; the reporters do, inside their render
functions, so no other command pays for them.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from typing import TYPE_CHECKING

from fourlayer.i18n import Translator
from fourlayer.reporting.base import printable
from fourlayer.reporting.text import first_error
from fourlayer.reporting.wording import date_text

if TYPE_CHECKING:
    from fourlayer.evaluation import Evaluation
    from fourlayer.runner import FileProblems

DOTS = "…………"
"""A blank left for the officer to fill by hand."""
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""English month names, whatever the machine's locale."""


def text(value: object) -> str:
    """Text from a file, for a cell or a paragraph: control and direction characters made
    visible (``\\x1b``, ``\\u202e``), so nothing in a document acts on its reader."""
    return "" if value is None else printable(str(value))


def target_parts(item: Evaluation, system: str | None, t: Translator) -> tuple[str, str | None, int | None]:
    """Where a pair applies, as the office documents show it: the agency (its level the
    highest of its systems'), or a system's id with its name and level (``None`` for an id
    that is not one of the agency's systems)."""
    if system is None:
        return t("office.target-agency"), None, max((s.level for s in item.systems), default=None)
    found = next((s for s in item.systems if s.id == system), None)
    return system, found.name if found else None, found.level if found else None


def invalid_file_text(problems: FileProblems, t: Translator) -> str:
    """A file that could not be evaluated, with its first located error, as a line of a
    report (``- Tệp a.yaml: không đánh giá được (a.yaml:2:1: …).``)."""
    first = first_error(problems)
    message = "" if first is None else f"{first.location()}: {first.message(t.lang)}"
    return t("office.audit.invalid-file", source=text(problems.source), message=text(message))


def day(value: date, lang: str) -> str:
    """A date in prose: ``30/09/2026`` in Vietnamese, ``30 September 2026`` in English."""
    if lang == "vi":
        return date_text(value, lang)
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def reproducible_zip(data: bytes) -> bytes:
    """The same zip container with every member's time fixed and its attributes plain, so
    that the same document gives the same bytes whenever and wherever it is written."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            info.create_system = 0
            target.writestr(info, source.read(item.filename))
    return out.getvalue()
