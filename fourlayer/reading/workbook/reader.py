"""A workbook in, the same plain data the YAML loader gives out, plus where each value sits.

``read_workbook`` never raises for anything in the file. The archive is inspected first
(:mod:`fourlayer.reading.workbook.safety`); only then is it opened with openpyxl in read-only mode
with ``data_only=False``: a formula is seen as a formula (a finding where an answer is
read, never evaluated, its cached value never used). Sheets are recognised by their
headers (:mod:`fourlayer.reading.workbook.layout`), rows and columns are read within limits.

The data is the assessment mapping of SPEC §2.2; the :class:`WorkbookLocator` maps each
data path to its cell, so validation's findings point at ``Sheet!D12``.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from fourlayer.model.dates import day_first_equivalent
from fourlayer.reading.findings import Finding, Severity, finding
from fourlayer.reading.loading import DEFAULT_LIMITS, Limits, LoadResult, _refusal
from fourlayer.reading.workbook import layout
from fourlayer.reading.workbook.safety import DEFAULT_WORKBOOK_LIMITS, WorkbookLimits, inspect_archive

PathItem = str | int
DataPath = tuple[PathItem, ...]
_ISO_DATE = re.compile(r"^\s*([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ T]00:00(?::00)?)?\s*$")
_HEADER_SEARCH_ROWS = 30


class CellMark(tuple):  # type: ignore[type-arg]
    """A ``(row, column)`` mark that also names its sheet (see :func:`fourlayer.reading.findings.finding`)."""

    sheet: str

    def __new__(cls, sheet: str, row: int, column: int) -> CellMark:
        mark = super().__new__(cls, (row, column))
        mark.sheet = sheet
        return mark


class WorkbookLocator:
    """Data path → cell. A path with no cell of its own falls back to its nearest ancestor."""

    def __init__(self, root: CellMark | None) -> None:
        self.root = root
        self.values: dict[DataPath, CellMark] = {}
        self.keys: dict[DataPath, CellMark] = {}
        self.containers: dict[DataPath, CellMark] = {}

    def value(self, path: Sequence[PathItem]) -> CellMark | None:
        items = tuple(path)
        for n in range(len(items), 0, -1):
            mark = self.values.get(items[:n])
            if mark is not None:
                return mark
        return self.root

    def key(self, path: Sequence[PathItem]) -> CellMark | None:
        return self.keys.get(tuple(path)) or self.value(path)

    def container(self, path: Sequence[PathItem]) -> CellMark | None:
        return self.containers.get(tuple(path)) or self.value(path)


@dataclass
class _Cell:
    column: int
    value: Any
    formula: bool


@dataclass
class _Sheet:
    name: str
    rows: list[tuple[int, list[_Cell]]] = field(default_factory=list)
    hidden: bool = False


def read_workbook(
    path: str | Path,
    display: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    workbook_limits: WorkbookLimits = DEFAULT_WORKBOOK_LIMITS,
) -> LoadResult:
    """Read one workbook; every refusal is a finding, every value located."""
    shown = str(path) if display is None else display
    if str(path).lower().endswith(".xlsm"):
        return _refused(shown, finding(shown, None, "workbook-macros", hint="hint.workbook-macros"))
    problem = _file_problem(str(path), shown, limits)
    if problem is not None:
        return _refused(shown, problem)
    raw = _read_bytes(str(path), shown, limits)
    if isinstance(raw, Finding):
        return _refused(shown, raw)
    inspection = inspect_archive(raw, shown, workbook_limits, limits.max_bytes)
    if not inspection.ok:
        return LoadResult(shown, None, None, inspection.refusals)
    sheets, problems = _read_sheets(raw, shown, workbook_limits)
    if sheets is None or problems:  # unreadable, or rows or columns past the limits: the data is not whole
        return LoadResult(shown, None, None, (*problems, *inspection.warnings))
    builder = _Builder(shown)
    data = builder.build(sheets)
    return LoadResult(shown, None, data, (*inspection.warnings, *builder.problems), locator=builder.locator)


def _refused(display: str, problem: Finding) -> LoadResult:
    return LoadResult(display, None, None, (problem,))


def _file_problem(path: str, display: str, limits: Limits) -> Finding | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return finding(display, None, "file-not-found")
    except PermissionError:
        return finding(display, None, "permission-denied")
    except OSError as error:
        return finding(display, None, "file-unreadable", reason=error.strerror or str(error))
    problem = _refusal(info, display, limits)  # a folder, a special file, too large: as for a YAML file
    if problem is None and not os.access(path, os.R_OK):
        return finding(display, None, "permission-denied")
    return problem


def _read_bytes(path: str, display: str, limits: Limits) -> bytes | Finding:
    """The file's bytes, read once (bounded by the size cap): the archive is inspected and
    parsed from this one copy, so a file changed meanwhile cannot slip past the inspection."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(limits.max_bytes + 1)
    except PermissionError:
        return finding(display, None, "permission-denied")
    except OSError as error:
        return finding(display, None, "file-unreadable", reason=error.strerror or str(error))
    if len(raw) > limits.max_bytes:
        return finding(display, None, "file-too-large", size=len(raw), limit=limits.max_bytes)
    return raw


class _Budget:
    """What the sheets read so far have cost, against the workbook's caps (checked before
    each cell is kept, so the work stops where a cap is crossed)."""

    def __init__(self, display: str, limits: WorkbookLimits) -> None:
        self.display = display
        self.limits = limits
        self.cells = 0
        self.text = 0

    def cell(self, sheet: str, row: int, column: int) -> Finding | None:
        self.cells += 1
        return self._over(self.cells, self.limits.max_cells, "workbook-too-many-cells", sheet, row, column)

    def characters(self, sheet: str, row: int, column: int, count: int) -> Finding | None:
        self.text += count
        return self._over(self.text, self.limits.max_text, "workbook-too-much-text", sheet, row, column)

    def _over(self, spent: int, limit: int, code: str, sheet: str, row: int, column: int) -> Finding | None:
        """The finding at the cell where ``spent`` first passes ``limit``, else None."""
        if spent <= limit:
            return None
        return finding(
            self.display, CellMark(sheet, row, max(column, 1)), code, limit=limit, hint="hint.workbook-hostile"
        )


def _read_sheets(raw: bytes, display: str, limits: WorkbookLimits) -> tuple[list[_Sheet] | None, list[Finding]]:
    import io
    import warnings

    from openpyxl.reader.excel import ExcelReader  # type: ignore[import-untyped]
    from openpyxl.styles.stylesheet import apply_stylesheet  # type: ignore[import-untyped]

    problems: list[Finding] = []
    sheets: list[_Sheet] = []
    budget = _Budget(display, limits)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not read
            # openpyxl reads the workbook's own parts (the sheet list, shared strings, styles);
            # its worksheet reading is not used: it parses each listed sheet's start and
            # relations once per listing, and pads every row to the widest cell
            book = ExcelReader(io.BytesIO(raw), read_only=True, keep_vba=False, data_only=False, keep_links=False)
            try:
                book.read_manifest()
                book.read_strings()
                book.read_workbook()
                apply_stylesheet(book.archive, book.wb)
                listed = _listed_sheets(book, display, limits)
                if isinstance(listed, Finding):
                    return None, [listed]
                context = _SheetContext(
                    book.shared_strings,
                    frozenset(book.wb._date_formats),
                    frozenset(book.wb._timedelta_formats),
                    book.wb.epoch,
                    budget,
                    limits,
                )
                for title, part, state in listed:
                    read = _Sheet(title, hidden=state != "visible")
                    sheets.append(read)
                    problem = _parse_sheet(book.archive, part, read, display, context)
                    if problem is not None:
                        problems.append(problem)
                        if problem.code in _STOPPING:
                            break
            finally:
                book.archive.close()
    except PermissionError:
        return None, [finding(display, None, "permission-denied")]
    except Exception:
        return None, [finding(display, None, "workbook-damaged", hint="hint.workbook-damaged")]
    return sheets, problems


def _listed_sheets(book: Any, display: str, limits: WorkbookLimits) -> list[tuple[str, str, str]] | Finding:
    """(title, part, state) of each worksheet the workbook lists, counted as they are listed:
    past the sheet cap, or a part listed twice (each part is read once), the workbook is refused."""
    listed: list[tuple[str, str, str]] = []
    parts: dict[str, str] = {}
    valid = set(book.valid_files)
    if len(book.parser.sheets) > limits.max_sheets:
        return finding(
            display,
            None,
            "workbook-too-many-sheets",
            count=len(book.parser.sheets),
            limit=limits.max_sheets,
            hint="hint.workbook-hostile",
        )
    for sheet, rel in book.parser.find_sheets():
        part = str(rel.target)
        if part not in valid or "chartsheet" in str(rel.Type):
            continue
        if part in parts:  # a sheet listed twice: Excel never writes it
            return finding(
                display,
                None,
                "workbook-sheet-repeated",
                sheet=sheet.name,
                other=parts[part],
                part=part,
                hint="hint.workbook-damaged",
            )
        parts[part] = sheet.name
        listed.append((str(sheet.name), part, str(sheet.state or "visible")))
    return listed


_STOPPING = frozenset({"workbook-too-many-cells", "workbook-too-much-text", "workbook-dtd"})
"""Caps over the whole workbook: once crossed, the other sheets are not read."""


@dataclass(frozen=True)
class _SheetContext:
    strings: list[Any]
    date_styles: frozenset[int]
    timedelta_styles: frozenset[int]
    epoch: Any
    budget: _Budget
    limits: WorkbookLimits


_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_COLUMN = re.compile(r"^\$?([A-Za-z]{1,3})\$?[0-9]{1,7}$")


class _Refused(Exception):
    def __init__(self, problem: Finding) -> None:
        super().__init__(problem.code)
        self.problem = problem


class _SheetParser:
    """One worksheet part, parsed as a stream of expat events: only ``<row>``, ``<c>`` and what a
    cell holds (``<v>``, ``<f>``, ``<is>``) are looked at, nothing is built per element, and an
    empty cell costs an event, never a padded row. A DTD stops the parse."""

    def __init__(self, into: _Sheet, display: str, context: _SheetContext) -> None:
        self.into = into
        self.display = display
        self.context = context
        self.row = 0
        self.column = 0
        self.cells: list[_Cell] = []
        self.kind = "n"
        self.style = 0
        self.formula = False
        self.text: list[str] | None = None  # collecting a <v> or an inline <t>
        self.value: str | None = None
        self.inline: list[str] | None = None
        self.phonetic = 0
        self.in_row = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        name = tag.rpartition(" ")[2] if tag.startswith(_MAIN_NS) else None
        if name is None:
            return
        if name == "row":
            self._row(attrs.get("r"))
        elif name == "c":
            self._cell(attrs)
        elif name == "v" or (name == "t" and self.inline is not None and not self.phonetic):
            self.text = []
        elif name == "f":
            self.formula = True
        elif name == "is":
            self.inline = []
        elif name == "rPh":
            self.phonetic += 1

    def end(self, tag: str) -> None:
        name = tag.rpartition(" ")[2] if tag.startswith(_MAIN_NS) else None
        if name is None:
            return
        if name == "v" and self.text is not None:
            self.value = "".join(self.text)
            self.text = None
        elif name == "t" and self.text is not None and self.inline is not None:
            self.inline.append("".join(self.text))
            self.text = None
        elif name == "rPh":
            self.phonetic -= 1
        elif name == "c":
            self._end_cell()
        elif name == "row":
            self._end_row()

    def characters(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def _refuse(self, code: str, row: int, column: int, **fields: Any) -> _Refused:
        return _Refused(
            finding(
                self.display,
                CellMark(self.into.name, row, max(column, 1)),
                code,
                hint="hint.workbook-hostile",
                **fields,
            )
        )

    def _row(self, number: str | None) -> None:
        if self.in_row:
            self._end_row()
        self.in_row = True
        if number is None:
            self.row += 1
        elif number.isdigit() and len(number) <= 7:
            self.row = max(int(number), 1)
        else:
            raise ValueError(f"row number {number[:20]!r}")
        self.column = 0
        limits = self.context.limits
        if self.row > limits.max_rows:
            raise self._refuse("workbook-too-many-rows", self.row, 1, limit=limits.max_rows)

    def _cell(self, attrs: dict[str, str]) -> None:
        where = attrs.get("r")
        if where is not None:
            match = _COLUMN.match(where)
            if match is None:
                raise ValueError(f"cell reference {where[:20]!r}")
            self.column = _column_number(match.group(1))
        else:
            self.column += 1
        problem = self.context.budget.cell(self.into.name, self.row, self.column)
        if problem is not None:
            raise _Refused(problem)
        self.kind = attrs.get("t", "n")
        style = attrs.get("s", "0")
        self.style = int(style) if style.isdigit() and len(style) < 10 else 0
        self.formula = False
        self.value = None
        self.inline = None
        self.text = None

    def _end_cell(self) -> None:
        value = self._value()
        self.inline = None
        if value is None or (isinstance(value, str) and not value.strip()):
            return
        limits = self.context.limits
        if self.column > limits.max_columns:
            raise self._refuse("workbook-too-many-columns", self.row, self.column, limit=limits.max_columns)
        if isinstance(value, str):
            problem = self.context.budget.characters(self.into.name, self.row, self.column, len(value))
            if problem is not None:
                raise _Refused(problem)
        self.cells.append(_Cell(self.column, value, self.formula))

    def _value(self) -> Any:
        """The cell's value as openpyxl gives it (``WorkSheetParser.parse_cell``), from what was collected."""
        from openpyxl.utils.datetime import from_excel, from_ISO8601  # type: ignore[import-untyped]

        if self.formula:
            return "=" + (self.value or "")
        kind = self.kind
        if kind == "inlineStr":
            return None if self.inline is None else "".join(self.inline)
        value = self.value or None
        if value is None:
            return None
        if kind == "s":
            index = int(value)
            if not 0 <= index < len(self.context.strings):
                raise ValueError("shared string index")
            return self.context.strings[index]
        if kind == "b":
            return bool(int(value))
        if kind in ("str", "e"):
            return value
        if kind == "d":
            return from_ISO8601(value)
        number: float | int = float(value) if any(c in value for c in ".eE") else int(value)
        if self.style in self.context.date_styles:
            try:
                return from_excel(number, self.context.epoch, timedelta=self.style in self.context.timedelta_styles)
            except (OverflowError, ValueError):
                return "#VALUE!"
        return number

    def _end_row(self) -> None:
        if self.in_row and self.cells:
            self.into.rows.append((self.row, self.cells))
        self.cells = []
        self.in_row = False


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def _parse_sheet(archive: Any, part: str, into: _Sheet, display: str, context: _SheetContext) -> Finding | None:
    """Read one worksheet part into ``into``; a cap crossed or a DTD is the finding returned."""
    from xml.parsers import expat

    from fourlayer.reading.workbook.safety import DtdRefused, refuse_dtd

    handler = _SheetParser(into, display, context)
    parser = expat.ParserCreate(namespace_separator=" ")
    refuse_dtd(parser)
    parser.buffer_text = True
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.characters
    try:
        with archive.open(part.lstrip("/")) as stream:
            parser.ParseFile(stream)
    except _Refused as refused:
        return refused.problem
    except DtdRefused:
        return finding(display, None, "workbook-dtd", part=part, hint="hint.workbook-hostile")
    handler._end_row()
    return None


def _header(cells: list[_Cell]) -> dict[str, int]:
    keys: dict[str, int] = {}
    for cell in cells:
        key = layout.key_of(cell.value)
        if key is not None and key not in keys:
            keys[key] = cell.column
    return keys


def _nfc(text: str) -> str:
    """Text in Unicode NFC, as the YAML loader gives it (``ế`` typed either way is one name)."""
    text = text.strip()
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        return unicodedata.normalize("NFC", text)
    return text


def _text(value: Any) -> Any:
    """A cell's value as the YAML loader would give it for a text field."""
    if isinstance(value, str):
        return _nfc(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (datetime, date)):
        return _iso(value)
    return str(value)


def _iso(value: datetime | date) -> str:
    if isinstance(value, datetime):
        if value.time() != time(0, 0):
            return value.isoformat(sep=" ")
        return value.date().isoformat()
    return value.isoformat()


def _date(value: Any) -> Any:
    """A date cell → ``YYYY-MM-DD``; typed text ``DD/MM/YYYY`` or ``YYYY-MM-DD`` too."""
    if isinstance(value, (datetime, date)):
        return _iso(value)
    if isinstance(value, str):
        iso = _ISO_DATE.match(value)
        if iso:
            return iso.group(1)
        # DD/MM/YYYY typed as text: the same reading as YAML's hint; an impossible day stays as
        # typed, so the finding quotes what the officer wrote
        return day_first_equivalent(value) or _nfc(value)
    return value  # a number or a boolean: the schema says what is wrong


def _yes_no(value: Any) -> Any:
    """TRUE/FALSE cells as they are; typed yes/no words (Vietnamese or English) as booleans."""
    if isinstance(value, bool):
        return value
    text = _text(value)
    if isinstance(text, str) and layout.normal(text) in layout.YES_WORDS:
        return True
    if isinstance(text, str) and layout.normal(text) in layout.NO_WORDS:
        return False
    return text


def _integer(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return _text(value) if not isinstance(value, int) else value


class _Builder:
    """Sheets → assessment data and locator; the reader's own findings in ``problems``."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.problems: list[Finding] = []
        self.locator = WorkbookLocator(None)
        self.data: dict[str, Any] = {"schema_version": 1}
        # the keys whose cells may hold a label (either language) for a YAML word
        self._words = {
            "status": layout.status_labels(),
            "evidence_kind": layout.kind_labels(),
            **{key: layout.word_labels(key) for key in layout.WORD_COLUMNS},
        }

    def mark(self, sheet: _Sheet, row: int, column: int) -> CellMark:
        return CellMark(sheet.name, row, column)

    def usable(self, sheet: _Sheet, row: int, cell: _Cell) -> bool:
        if cell.formula:
            self.problems.append(
                finding(
                    self.display, self.mark(sheet, row, cell.column), "workbook-formula", hint="hint.workbook-formula"
                )
            )
            return False
        return True

    def build(self, sheets: list[_Sheet]) -> dict[str, Any]:
        roles = [(sheet, self._visible_role(sheet)) for sheet in sheets]
        agency = next((s for s, role in roles if role[0] == "agency"), None)
        if agency is not None:
            self.locator.root = self.mark(agency, 1, 1)
            self._agency(agency)
        elif sheets:
            self.locator.root = self.mark(sheets[0], 1, 1)
        if not any(role[0] == "answers" for _, role in roles):
            self.problems.append(finding(self.display, None, "workbook-no-answers", hint="hint.workbook-no-answers"))
        for sheet, (role, start) in roles:
            if role == "answers":
                self._answers(sheet, start)
            elif role == "waivers":
                self._waivers(sheet, start)
        return self.data

    def _visible_role(self, sheet: _Sheet) -> tuple[str, int]:
        """A sheet's role; a hidden sheet that looks like an answer, waiver or agency sheet is an
        error at its header, and none of it is read (Excel would not show its values)."""
        role = self._role(sheet)
        if sheet.hidden and role[0] != "other":
            row = sheet.rows[role[1]][0]
            self.problems.append(
                finding(
                    self.display,
                    self.mark(sheet, row, 1),
                    "workbook-hidden-sheet",
                    sheet=sheet.name,
                    hint="hint.workbook-hidden-sheet",
                )
            )
            return "other", 0
        return role

    def _role(self, sheet: _Sheet) -> tuple[str, int]:
        for index, (_, cells) in enumerate(sheet.rows[:_HEADER_SEARCH_ROWS]):
            keys = _header(cells)
            if "control" in keys and "status" in keys:
                return "answers", index
            if "control" in keys and "reason" in keys:
                return "waivers", index
            if "agency.name" in keys or ("id" in keys and "level" in keys):
                return "agency", index
        return "other", 0

    # --- agency and systems ------------------------------------------------------------
    def _agency(self, sheet: _Sheet) -> None:
        systems_header: dict[str, int] | None = None
        systems: list[Any] = []
        for number, cells in sheet.rows:
            keys = _header(cells)
            if systems_header is None and "id" in keys and "level" in keys:
                systems_header = keys
                self.locator.values[("systems",)] = self.mark(sheet, number, keys["id"])
                continue
            if systems_header is not None:
                self._system(sheet, number, cells, systems_header, systems)
                continue
            self._field(sheet, number, cells)
        self.data["systems"] = systems

    def _field(self, sheet: _Sheet, number: int, cells: list[_Cell]) -> None:
        for index, cell in enumerate(cells):
            key = layout.key_of(cell.value)
            if key is None:
                continue
            parts = tuple(key.split("."))
            if len(parts) > 3 or parts[0] in ("systems", "controls", "waivers"):
                continue
            label = self.mark(sheet, number, cell.column)
            value_cell = (
                cells[index + 1] if index + 1 < len(cells) and cells[index + 1].column == cell.column + 1 else None
            )
            self.locator.keys[parts] = label
            self.locator.values[parts] = self.mark(sheet, number, cell.column + 1)
            for n in range(1, len(parts)):
                self.locator.values.setdefault(parts[:n], label)
                self.locator.containers.setdefault(parts[:n], label)
            if value_cell is None or not self.usable(sheet, number, value_cell):
                return
            value = self._convert(key, value_cell.value)
            _put(self.data, parts, value)
            return

    def _system(
        self, sheet: _Sheet, number: int, cells: list[_Cell], header: dict[str, int], systems: list[Any]
    ) -> None:
        index = len(systems)
        system: dict[str, Any] = {}
        base: DataPath = ("systems", index)
        first = min((c.column for c in cells), default=1)
        self.locator.values[base] = self.mark(sheet, number, header.get("id", first))
        by_column = {c.column: c for c in cells}
        for key, column in header.items():
            parts = tuple(key.split("."))
            self.locator.values[(*base, *parts)] = self.mark(sheet, number, column)
            self.locator.keys[(*base, *parts)] = self.mark(sheet, number, column)
            cell = by_column.get(column)
            if cell is None or not self.usable(sheet, number, cell):
                continue
            _put(system, parts, self._convert(key, cell.value))
        if system:
            systems.append(system)

    # --- answers -----------------------------------------------------------------------
    def _answers(self, sheet: _Sheet, start: int) -> None:
        head_row, head_cells = sheet.rows[start]
        header = _header(head_cells)
        self._duplicates(sheet, head_row, head_cells)
        systems = {s.get("id"): i for i, s in enumerate(self.data.get("systems", [])) if isinstance(s, dict)}
        seen: dict[tuple[str | None, str], tuple[DataPath, dict[str, Any]]] = {}
        last: tuple[DataPath, dict[str, Any]] | None = None
        for number, cells in sheet.rows[start + 1 :]:
            by_column = {c.column: c for c in cells}
            values: dict[str, tuple[_Cell, Any]] = {}
            for key, column in header.items():
                cell = by_column.get(column)
                if cell is not None and key not in layout.INFORMATIONAL and self.usable(sheet, number, cell):
                    values[key] = (cell, self._convert(key, cell.value))
            control = values.get("control")
            system = values.get("system")
            if control is None:
                if system is None and not any(k not in ("control", "system") for k in values):
                    continue  # an empty row, or only informational text
                if last is None or system is not None:
                    where = self.mark(sheet, number, header.get("control", 1))
                    self.problems.append(
                        finding(self.display, where, "workbook-no-control", hint="hint.workbook-no-control")
                    )
                    continue
                self._more_evidence(sheet, number, header, values, last)
                continue
            control_id = str(control[1])
            system_id = None if system is None else str(system[1])
            if system is not None and system_id not in systems:
                self.problems.append(
                    finding(
                        self.display,
                        self.mark(sheet, number, system[0].column),
                        "workbook-unknown-system",
                        system=system_id,
                        systems=", ".join(str(s) for s in systems) or "—",
                        hint="hint.workbook-unknown-system",
                    )
                )
                continue
            known = seen.get((system_id, control_id))
            if known is not None:
                self._more_evidence(sheet, number, header, values, known)
                last = known
                continue
            base: DataPath = ("controls",) if system_id is None else ("systems", systems[system_id], "controls")
            block = _block(self.data, base)
            path = (*base, control_id)
            answer: dict[str, Any] = {}
            block[control_id] = answer
            here = self.mark(sheet, number, control[0].column)
            self.locator.keys[path] = here
            self.locator.values[path] = here
            self.locator.containers[path] = self.mark(sheet, number, header.get("status", control[0].column))
            self._fill(sheet, number, header, values, path, answer)
            last = seen[(system_id, control_id)] = (path, answer)

    def _duplicates(self, sheet: _Sheet, row: int, cells: list[_Cell]) -> None:
        seen: set[str] = set()
        for cell in cells:
            key = layout.key_of(cell.value)
            if key is None:
                continue
            if key in seen:
                self.problems.append(
                    finding(
                        self.display,
                        self.mark(sheet, row, cell.column),
                        "workbook-duplicate-column",
                        key=key,
                        hint="hint.workbook-duplicate-column",
                    )
                )
            seen.add(key)

    def _fill(
        self,
        sheet: _Sheet,
        number: int,
        header: dict[str, int],
        values: dict[str, tuple[_Cell, Any]],
        path: DataPath,
        answer: dict[str, Any],
    ) -> None:
        for key, column in header.items():
            if key in ("control", "system") or key in layout.INFORMATIONAL or key.startswith(layout.EVIDENCE_PREFIX):
                continue
            self.locator.values[(*path, key)] = self.mark(sheet, number, column)
            self.locator.keys[(*path, key)] = self.mark(sheet, number, column)
            if key in values:
                answer[key] = values[key][1]
            elif key == "status":  # a blank status reads as YAML's empty `status:` (init leaves it so)
                answer[key] = None
        self._evidence(sheet, number, header, values, path, answer)

    def _evidence(
        self,
        sheet: _Sheet,
        number: int,
        header: dict[str, int],
        values: dict[str, tuple[_Cell, Any]],
        path: DataPath,
        answer: dict[str, Any],
    ) -> None:
        item: dict[str, Any] = {}
        for key, (_, value) in values.items():
            if key.startswith(layout.EVIDENCE_PREFIX):
                item[key.removeprefix(layout.EVIDENCE_PREFIX)] = value
        if not item:
            return
        evidence = answer.setdefault("evidence", [])
        if not isinstance(evidence, list):
            return
        at = (*path, "evidence", len(evidence))
        evidence.append(item)
        ref_column = header.get("evidence_ref") or min(c for k, c in header.items() if k.startswith("evidence_"))
        self.locator.values[at] = self.mark(sheet, number, ref_column)
        self.locator.containers[at] = self.mark(sheet, number, ref_column)
        self.locator.values.setdefault((*path, "evidence"), self.mark(sheet, number, ref_column))
        for key, column in header.items():
            if key.startswith(layout.EVIDENCE_PREFIX):
                field_path = (*at, key.removeprefix(layout.EVIDENCE_PREFIX))
                self.locator.values[field_path] = self.locator.keys[field_path] = self.mark(sheet, number, column)

    def _more_evidence(
        self,
        sheet: _Sheet,
        number: int,
        header: dict[str, int],
        values: dict[str, tuple[_Cell, Any]],
        target: tuple[DataPath, dict[str, Any]],
    ) -> None:
        path, answer = target
        for key in values:
            if key in ("control", "system") or key.startswith(layout.EVIDENCE_PREFIX):
                continue
            self.problems.append(
                finding(
                    self.display,
                    self.mark(sheet, number, values[key][0].column),
                    "workbook-answer-twice",
                    control=path[-1],
                    hint="hint.workbook-answer-twice",
                )
            )
        self._evidence(sheet, number, header, values, path, answer)

    # --- waivers -----------------------------------------------------------------------
    def _waivers(self, sheet: _Sheet, start: int) -> None:
        head_row, head_cells = sheet.rows[start]
        header = _header(head_cells)
        self._duplicates(sheet, head_row, head_cells)
        waivers: list[Any] = self.data.setdefault("waivers", [])
        for number, cells in sheet.rows[start + 1 :]:
            by_column = {c.column: c for c in cells}
            waiver: dict[str, Any] = {}
            for key, column in header.items():
                cell = by_column.get(column)
                if cell is not None and self.usable(sheet, number, cell):
                    waiver[key] = self._convert(key, cell.value)
            if not waiver:
                continue
            at: DataPath = ("waivers", len(waivers))
            first = min(by_column)
            self.locator.values[at] = self.mark(sheet, number, header.get("control", first))
            for key, column in header.items():
                self.locator.values[(*at, key)] = self.locator.keys[(*at, key)] = self.mark(sheet, number, column)
            waivers.append(waiver)
        if not waivers:
            del self.data["waivers"]

    # --- values ------------------------------------------------------------------------
    def _convert(self, key: str, value: Any) -> Any:
        last = key.rsplit(".", 1)[-1]
        if key in layout.DATE_KEYS or last in layout.DATE_KEYS:
            return _date(value)
        words = self._words.get(key)
        if words is not None:
            text = _text(value)
            return words.get(layout.normal(text), text) if isinstance(text, str) else text
        if key == "level":
            return _integer(value)
        if key == "no_event":
            return _yes_no(value)
        return _text(value)


def _put(data: dict[str, Any], parts: tuple[str, ...], value: Any) -> None:
    target = data
    for part in parts[:-1]:
        child = target.get(part)
        if not isinstance(child, dict):
            child = target[part] = {}
        target = child
    target[parts[-1]] = value


def _block(data: dict[str, Any], base: DataPath) -> dict[str, Any]:
    if base == ("controls",):
        return data.setdefault("controls", {})  # type: ignore[no-any-return]
    system = data["systems"][base[1]]
    return system.setdefault("controls", {})  # type: ignore[no-any-return]


__all__ = ["CellMark", "Severity", "WorkbookLocator", "read_workbook"]
