"""Helpers shared by the office formats (xlsx, docx): text, dates and numbers the way an
official reads them, and reproducible zip containers.

Nothing here imports XlsxWriter or python-docx; the reporters do, inside their render
functions, so no other command pays for them.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from typing import TYPE_CHECKING, Any

from fourlayer.i18n import Translator, label
from fourlayer.reporting.wording import date_text, first_error
from fourlayer.safe_text import printable

if TYPE_CHECKING:
    from fourlayer.model.evaluation import Evaluation
    from fourlayer.runner import FileProblems

DOTS = "…………"
"""A blank left for the officer to fill by hand."""
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""English month names, whatever the machine's locale."""


def text(value: object) -> str:
    """Text from a file, for a cell or a paragraph: control and direction characters made
    visible (``\\x1b``, ``\\u202e``), so nothing in a document acts on its reader."""
    return "" if value is None else _XML_FORBIDDEN.sub(_escaped, printable(str(value)))


_XML_FORBIDDEN = re.compile("[\ufffe\uffff]")
"""What ``printable`` leaves that XML 1.0 still forbids: the non-characters U+FFFE and U+FFFF
(a .docx or .xlsx holding one is refused by Word and Excel, and python-docx refuses to write it)."""


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def target_parts(item: Evaluation, system: str | None, t: Translator) -> tuple[str, str | None, int | None]:
    """Where a pair applies, as the office documents show it: the agency (its level the
    highest of its systems'), or a system's id with its name and level (``None`` for an id
    that is not one of the agency's systems)."""
    systems, highest = _systems_of(item)
    if system is None:
        return t("office.target-agency"), None, highest
    found = systems.get(system)
    return system, found.name if found else None, found.level if found else None


_SYSTEMS: list[tuple[Evaluation, dict[str, Any], int | None]] = []
"""The last evaluation asked about, with its systems by id and its highest level: reporters
ask pair after pair of one evaluation, so each is indexed once (a search per pair was
quadratic in the systems: 10,000 systems, 180,000 pairs)."""


def _systems_of(item: Evaluation) -> tuple[dict[str, Any], int | None]:
    if not _SYSTEMS or _SYSTEMS[0][0] is not item:
        first: dict[str, Any] = {}
        for found in item.systems:
            first.setdefault(found.id, found)
        _SYSTEMS[:] = [(item, first, max((s.level for s in item.systems), default=None))]
    return _SYSTEMS[0][1], _SYSTEMS[0][2]


PROBLEM_KINDS: dict[str, tuple[str, ...]] = {
    "syntax": (
        "yaml-syntax",
        "multiple-documents",
        "empty-document",
        "not-a-mapping",
        "complex-key",
        "duplicate-key",
        "forbidden-tag",
        "merge-key-value",
        "alias-expansion",
        "alias-recursive",
        "alias-text",
        "too-deep",
        "too-many-nodes",
        "control-character",
    ),
    "unreadable": (
        "not-utf8",
        "file-unreadable",
        "file-too-large",
        "permission-denied",
        "path-unreadable",
        "file-not-found",
        "is-directory",
        "not-regular-file",
        "bad-format",
        "workbook-damaged",
        "workbook-encrypted",
        "workbook-old-format",
        "workbook-dtd",
        "workbook-macros",
        "workbook-embedded-objects",
        "workbook-external-links",
        "workbook-part-too-large",
        "workbook-ratio",
        "workbook-too-large",
        "workbook-too-many-columns",
        "workbook-too-many-parts",
        "workbook-too-many-rows",
        "workbook-is-report",
        "evaluation-crashed",
        "spreadsheet-other-format",
        "workbook-sheet-repeated",
        "workbook-too-many-cells",
        "workbook-too-many-sheets",
        "workbook-too-much-text",
        "stdin-unavailable",
    ),
    "missing": ("missing-key", "empty-value", "empty-text", "note-required", "workbook-no-answers", "too-few-items"),
    "date": ("invalid-date", "impossible-date", "impossible-deadline"),
    "unknown": (
        "unknown-key",
        "unknown-control",
        "workbook-no-control",
        "workbook-unknown-system",
        "waiver-unknown-control",
        "waiver-unknown-system",
        "waiver-agency-scope",
        "wrong-scope-agency",
        "wrong-scope-system",
        "workbook-hidden-sheet",
    ),
    "twice": ("duplicate-control-id", "duplicate-system", "workbook-answer-twice", "workbook-duplicate-column"),
    "checklist": ("checklist-mismatch", "checklist-version-unknown"),
}
"""Each finding code by the kind of problem a letter names (``letter.problem.<kind>``);
any other code is "a value that is not allowed"."""
_KIND_OF = {code: kind for kind, codes in PROBLEM_KINDS.items() for code in codes}


def plain_problem(problems: FileProblems, t: Translator) -> str:
    """A file's first problem in an official's words, where it is: ``giá trị không hợp lệ
    tại trang tính Trả lời, ô F3`` (a workbook), ``… tại dòng 33`` (a text file), with no
    path and no word of the file format (``letter.problem.*``)."""
    first = first_error(problems)
    if first is None:
        return t("letter.problem.unreadable")
    problem = label(t, "letter.problem", _KIND_OF.get(first.code, "value"))
    if first.sheet and first.line is not None:
        return t("letter.at-cell", problem=problem, sheet=text(first.sheet), cell=first.cell or "")
    if first.line is not None:
        return t("letter.at-line", problem=problem, line=first.line)
    return problem


def letter_problem(problems: FileProblems, agency: str | None, t: Translator) -> str:
    """One line of a letter for a file that could not be read: ``- UBND xã A: đã nộp, tệp
    không đọc được: …`` (its agency), else ``- Tệp a.xlsx: không đọc được: …`` (the file's
    name, never its folder)."""
    problem = plain_problem(problems, t)
    if agency:
        return t("letter.unreadable-agency", agency=text(agency), problem=problem)
    name = text(problems.source.replace("\\", "/").rsplit("/", 1)[-1])
    return t("letter.unreadable-file", file=name, problem=problem)


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
