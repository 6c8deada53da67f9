"""What a workbook may cost, checked on the zip archive before any XML is parsed.

An ``.xlsx`` file is a zip archive of XML parts. Everything here reads only the archive's
central directory and, for XML parts, their first bytes, so a hostile file is refused
before openpyxl sees it:

* **zip bombs**: each member's declared uncompressed size, the total, and the ratio of
  uncompressed to compressed size are capped. The declared size is a real bound: Python's
  zip reader never returns more bytes than a member declares (a lie ends in a CRC error).
* **macros** (``xl/vbaProject.bin``, a ``.xlsm`` file) are refused: such a file is
  not a self-assessment and fourlayer never runs anything.
* **external links** and **embedded objects** are ignored with a warning: fourlayer reads
  cell values only, never evaluates formulas and never opens what they point at.
* **DTDs** (``<!DOCTYPE``/``<!ENTITY``) are refused in any part that is XML, whatever its
  name and wherever the declaration sits in the prolog: each such part's prolog is parsed by
  expat with handlers that refuse a document type declaration (a parse, not a byte scan, so
  padding, comments and UTF-16 change nothing). Office never writes them, and entity
  expansion is how XML bombs work. The reader parses sheets with expat too, refusing DTDs
  again (:mod:`fourlayer.reading.workbook.reader`).
* A **password-protected** workbook (an OLE compound file holding ``EncryptionInfo``)
  and a file that is not a zip archive at all get a clear error each.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from xml.parsers import expat

from fourlayer.reading.findings import Finding, Severity, finding

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
REPORT_MARK = b"fourlayer:evaluation-date"
"""The custom property fourlayer's own xlsx reports carry (``reporting/workbook.py``)."""
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class WorkbookLimits:
    """What one workbook may cost. Fixed: a real self-assessment is far below each."""

    max_members: int = 1_000
    max_member_bytes: int = 32 * 1024 * 1024
    """Uncompressed size of one archive member (a sheet of 10,000 answers is about 3 MiB)."""
    max_total_bytes: int = 64 * 1024 * 1024
    max_ratio: int = 100
    """Uncompressed over compressed size, for members larger than :data:`RATIO_FLOOR`."""
    max_rows: int = 20_000
    """Rows read from one sheet (an answer sheet has one row per control × target)."""
    max_columns: int = 100
    """Columns read from one row."""
    max_sheets: int = 50
    """Sheets the workbook lists (a self-assessment has three or four)."""
    max_cells: int = 250_000
    """Cell elements in all sheets, empty ones included (the YAML node cap is 250,000 too)."""
    max_text: int = 8_000_000
    """Characters of cell text in all sheets once shared strings are expanded: a string
    stored once and used in every row counts every time."""


RATIO_FLOOR = 1024 * 1024
"""Members smaller than this are not held to the ratio (tiny parts compress oddly)."""

DEFAULT_WORKBOOK_LIMITS = WorkbookLimits()


@dataclass(frozen=True)
class Inspection:
    """The archive's verdict: ``refusals`` (errors: do not parse) and ``warnings``."""

    refusals: tuple[Finding, ...]
    warnings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not self.refusals


def _not_a_zip(raw_head: bytes, display: str, raw: bytes | None = None) -> Finding:
    if raw_head.startswith(_OLE_MAGIC):
        if raw is not None and _ENCRYPTION_INFO in raw:
            return finding(display, None, "workbook-encrypted", hint="hint.workbook-encrypted")
        return finding(display, None, "workbook-old-format", hint="hint.workbook-old-format")
    return finding(display, None, "workbook-damaged", hint="hint.workbook-damaged")


def inspect_archive(
    path: str | bytes, display: str, limits: WorkbookLimits = DEFAULT_WORKBOOK_LIMITS, max_file_bytes: int | None = None
) -> Inspection:
    """Check the archive (a path, or the file's bytes as read once) before openpyxl parses
    anything: sizes from the directory, then each XML part's prolog."""
    try:
        if isinstance(path, bytes):
            return _inspect_handle(io.BytesIO(path), display, limits, max_file_bytes)
        with open(path, "rb") as handle:
            return _inspect_handle(handle, display, limits, max_file_bytes)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError):
        return Inspection((finding(display, None, "workbook-damaged", hint="hint.workbook-damaged"),), ())
    except OSError as error:
        return Inspection((finding(display, None, "file-unreadable", reason=error.strerror or str(error)),), ())


def _inspect_handle(
    handle: io.BufferedIOBase | io.BytesIO, display: str, limits: WorkbookLimits, max_file_bytes: int | None
) -> Inspection:
    head = handle.read(8)
    handle.seek(0)
    if not zipfile.is_zipfile(handle):
        raw = None
        if head.startswith(_OLE_MAGIC):
            handle.seek(0)
            raw = handle.read(max_file_bytes or 64 * 1024 * 1024)
        return Inspection((_not_a_zip(head, display, raw),), ())
    handle.seek(0)
    with zipfile.ZipFile(handle) as archive:
        return _inspect(archive, display, limits)


def _inspect(archive: zipfile.ZipFile, display: str, limits: WorkbookLimits) -> Inspection:
    refusals = _size_refusals(archive.infolist(), display, limits)
    if refusals:
        return Inspection(refusals, ())
    return _content(archive, display)


def _size_refusals(members: list[zipfile.ZipInfo], display: str, limits: WorkbookLimits) -> tuple[Finding, ...]:
    """Zip bombs: member count, each member's size and ratio, the total; from the directory alone."""
    refusals: list[Finding] = []
    if len(members) > limits.max_members:
        return (
            finding(
                display,
                None,
                "workbook-too-many-parts",
                count=len(members),
                limit=limits.max_members,
                hint="hint.workbook-hostile",
            ),
        )
    total = 0
    for info in members:
        name = info.filename
        if info.flag_bits & 0x1:
            return (finding(display, None, "workbook-encrypted", hint="hint.workbook-encrypted"),)
        total += info.file_size
        if info.file_size > limits.max_member_bytes:
            refusals.append(
                finding(
                    display,
                    None,
                    "workbook-part-too-large",
                    part=name,
                    size=info.file_size,
                    limit=limits.max_member_bytes,
                    hint="hint.workbook-hostile",
                )
            )
        elif info.file_size > RATIO_FLOOR and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            refusals.append(
                finding(
                    display,
                    None,
                    "workbook-ratio",
                    part=name,
                    ratio=info.file_size // max(info.compress_size, 1),
                    limit=limits.max_ratio,
                    hint="hint.workbook-hostile",
                )
            )
    if total > limits.max_total_bytes:
        refusals.append(
            finding(
                display,
                None,
                "workbook-too-large",
                size=total,
                limit=limits.max_total_bytes,
                hint="hint.workbook-hostile",
            )
        )
    return tuple(refusals[:5])


def _content(archive: zipfile.ZipFile, display: str) -> Inspection:
    """Macros, the workbook part, external links, embedded objects, DTDs."""
    warnings: list[Finding] = []
    members = archive.infolist()
    lowered = {info.filename.lower() for info in members}
    if any(name.endswith("vbaproject.bin") for name in lowered):
        return Inspection((finding(display, None, "workbook-macros", hint="hint.workbook-macros"),), ())
    if "xl/workbook.xml" not in lowered:
        return Inspection((finding(display, None, "workbook-damaged", hint="hint.workbook-damaged"),), ())
    if any(name.startswith("xl/externallinks/") for name in lowered):
        warnings.append(finding(display, None, "workbook-external-links", severity=Severity.WARNING))
    if any(name.startswith(("xl/embeddings/", "xl/activex/")) for name in lowered):
        warnings.append(finding(display, None, "workbook-embedded-objects", severity=Severity.WARNING))
    for info in members:
        if (
            info.filename.lower() == "docprops/custom.xml"
            and info.file_size <= 1024 * 1024
            and REPORT_MARK in archive.read(info)
        ):
            return Inspection((finding(display, None, "workbook-is-report", hint="hint.workbook-is-report"),), ())
        verdict = _prolog(archive, info)
        if verdict == "dtd":
            return Inspection(
                (finding(display, None, "workbook-dtd", part=info.filename, hint="hint.workbook-hostile"),), ()
            )
        if verdict == "broken":
            return Inspection((finding(display, None, "workbook-damaged", hint="hint.workbook-damaged"),), ())
    return Inspection((), tuple(warnings))


class _Stop(Exception):
    """Raised from an expat handler to end the parse with a verdict."""

    def __init__(self, verdict: str) -> None:
        super().__init__(verdict)
        self.verdict = verdict


def refuse_dtd(parser: expat.XMLParserType) -> None:
    """Make ``parser`` stop at a document type or entity declaration (:class:`DtdRefused`)."""

    def refuse(*_: object) -> None:
        raise DtdRefused

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse  # type: ignore[assignment]


class DtdRefused(Exception):
    """An XML part declared a document type or an entity."""


def _prolog(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    """``"dtd"`` if the part is XML whose prolog declares a DTD, ``"broken"`` if it looks like
    XML but its prolog does not parse, else ``"ok"`` (the root was reached, or not XML at all).

    A DTD can only stand before the root element, so the parse stops at the root: its cost is
    the prolog's length, however the prolog is padded."""
    parser = expat.ParserCreate()
    refuse_dtd(parser)

    def root(*_: object) -> None:
        raise _Stop("ok")

    parser.StartElementHandler = root
    with archive.open(info) as part:
        first = part.read(_CHUNK)
        if not _looks_like_xml(first):
            return "ok"
        chunk = first
        try:
            while chunk:
                parser.Parse(chunk, False)
                chunk = part.read(_CHUNK)
            parser.Parse(b"", True)
        except DtdRefused:
            return "dtd"
        except _Stop as stop:
            return stop.verdict
        except expat.ExpatError:
            return "broken"
    return "broken"  # no root element at all


def _looks_like_xml(head: bytes) -> bool:
    """Whether a part starts as XML does (a byte-order mark, blanks, then ``<``), in UTF-8 or UTF-16."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:2] in (b"<\x00", b"\x00<"):
        return True
    return head.lstrip(b"\xef\xbb\xbf").lstrip(b" \t\r\n").startswith(b"<")
