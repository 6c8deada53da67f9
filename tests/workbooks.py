"""Workbooks for tests, made the way people make them: a template filled in with openpyxl,
and hostile archives written byte by byte."""

from __future__ import annotations

import struct
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_HEAD = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
ROW = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'


def raw_workbook(path: Path, sheet: bytes | None = None, rows: int = 0, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal .xlsx written part by part: ``sheet`` as the sheet XML, or ``rows`` identical rows."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=rows > 100_000) as out:
            if sheet is not None:
                out.write(sheet)
            else:
                out.write(SHEET_HEAD + b"<sheetData>")
                chunk = ROW * 10_000
                for _ in range(rows // 10_000):
                    out.write(chunk)
                out.write(ROW * (rows % 10_000))
                out.write(b"</sheetData></worksheet>")
    return path


def forge_size(path: Path, member: str, declared: int) -> None:
    """Make the archive lie: ``member`` declares ``declared`` bytes uncompressed (local and
    central headers both), whatever its data holds."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        name_at = 30 if signature == b"PK\x03\x04" else 46
        start = 0
        while (start := data.find(signature, start)) != -1:
            length = struct.unpack_from("<H", data, start + (26 if signature == b"PK\x03\x04" else 28))[0]
            if bytes(data[start + name_at : start + name_at + length]) == name:
                struct.pack_into("<I", data, start + offset, declared)
            start += 4
    path.write_bytes(bytes(data))


def header_columns(sheet: Any, row: int = 1) -> dict[str, int]:
    """YAML key → column number of a header row, as the reader finds it."""
    from fourlayer.reading.workbook.layout import key_of

    out = {}
    for cell in sheet[row]:
        key = key_of(cell.value)
        if key:
            out[key] = cell.column
    return out


def answer_sheet(book: Any) -> Any:
    for sheet in book.worksheets:
        keys = header_columns(sheet)
        if "control" in keys and "status" in keys:
            return sheet
    raise AssertionError("no answer sheet")


def fill(
    path: Path,
    status: str = "implemented",
    evidence_date: date = date(2026, 3, 1),
    out: Path | None = None,
    **overrides: Any,
) -> Path:
    """Fill every answer row of a template as a user would: a status, a document number and a
    real date cell. ``overrides`` maps ``(control, system)`` to a dict of key → cell value."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    sheet = answer_sheet(book)
    columns = header_columns(sheet)
    for row in range(2, sheet.max_row + 1):
        control = sheet.cell(row, columns["control"]).value
        if not control:
            continue
        system = sheet.cell(row, columns["system"]).value or None
        values = {"status": status, "evidence_ref": f"{row}/QĐ-UBND", "evidence_date": evidence_date}
        values.update(overrides.get("rows", {}).get((control, system), {}))
        for key, value in values.items():
            sheet.cell(row, columns[key]).value = value
    book.save(out or path)
    return out or path
