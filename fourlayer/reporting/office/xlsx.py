"""A thin layer over XlsxWriter shared by ``check`` and ``audit --format xlsx``.

Each sheet is a table: a header row in the report language (frozen, with an autofilter
over the whole table), set column widths, then rows. A value is written by its Python
type: ``str`` always as a text cell — never a formula, a number or a link, whatever it
begins with (``=HYPERLINK(…)`` stays those characters) — ``int`` and ``float`` as
numbers, ``date`` as a date, ``None`` as an empty cell. The workbook's properties are
fixed (author ``fourlayer``, created on the evaluation date, no wall clock) and the zip
container is normalised, so the same input always gives the same bytes.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from fourlayer.i18n import Translator, label
from fourlayer.model.evaluation import Outcome
from fourlayer.reporting.office.text import reproducible_zip, text

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from xlsxwriter.format import Format
    from xlsxwriter.worksheet import Worksheet

    from fourlayer.model.evaluation import LayerResult
    from fourlayer.runner import FileProblems

MAX_CELL = 32_767
"""The longest text a cell holds (Excel's limit); longer text is cut, with ``…``."""
MAX_ROWS = 1_048_576
"""Rows in a sheet (Excel's limit): a table that would not fit stops the report (exit 2)
rather than lose rows silently."""


OUTCOME_FILLS = {Outcome.FAIL: "#F8CBAD", Outcome.PARTIAL: "#FFE699", Outcome.PASS: "#C6EFCE"}
"""The fill of an outcome cell (fail red, partial amber, pass green), as in the console."""


def outcome_fills(t: Translator) -> dict[str, str]:
    """The fill of each outcome, keyed by its label in the report's language."""
    return {label(t, "outcome", outcome): colour for outcome, colour in OUTCOME_FILLS.items()}


def errors_sheet(book: Workbook, failures: Iterable[FileProblems]) -> None:
    """The files that could not be evaluated, one row per located error (``check`` and ``audit``)."""
    sheet = book.add_sheet(
        "office.sheet.errors",
        [
            Column("report.file", 40),
            Column("office.col.line", 8),
            Column("office.col.column", 8),
            Column("office.col.code", 22),
            Column("office.col.message", 80, wrap=True),
        ],
    )
    for problems in failures:
        for item in problems.errors or problems.findings:
            sheet.row([problems.source, item.line, item.column, item.code, item.message(book.t.lang)])
    sheet.finish()


LAYER_NUMBERS = (1, 2, 3, 4)


def layer_columns(t: Translator) -> list[Column]:
    """Two columns a layer, its status and its score (``check``'s summary, ``audit``'s agencies)."""
    return [
        column
        for number in LAYER_NUMBERS
        for column in (
            Column(t("office.col.layer-status", layer=number), 18, literal=True),
            Column(t("office.col.layer-score", layer=number), 12, literal=True),
        )
    ]


def layer_cells(layers: Sequence[LayerResult], t: Translator) -> list[object]:
    """The cells under :func:`layer_columns`: each layer's status and score, empty for a
    layer that is not among ``layers``."""
    cells: list[object] = []
    for number in LAYER_NUMBERS:
        layer = next((x for x in layers if x.layer == number), None)
        cells += [None, None] if layer is None else [label(t, "status", layer.status), layer.score]
    return cells


LINE_POINTS = 15.0
"""The height of one line of 11-point text, in points."""
MAX_ROW_POINTS = 409.0
"""The tallest row a spreadsheet allows."""


def _height(texts: list[str], widths: list[float]) -> float:
    """The row height that shows every wrapped text whole: its lines at about 1.15 characters
    per unit of column width (Vietnamese text in a proportional font, measured in LibreOffice)."""
    lines = 1
    for value, width in zip(texts, widths, strict=True):
        per_line = max(1, int(width * 1.15))
        lines = max(lines, sum(max(1, -(-len(part) // per_line)) for part in value.split("\n")))
    return min(MAX_ROW_POINTS, lines * LINE_POINTS)


@dataclass(frozen=True)
class Column:
    header: str
    """A message key, or a literal header when ``literal`` is set (control ids)."""
    width: float
    number_format: str | None = None
    """For numbers: ``0.00`` (scores, shares) by default for floats, ``0`` for ints."""
    wrap: bool = False
    literal: bool = False


class Sheet:
    """One table of the workbook, written a row at a time."""

    def __init__(self, book: Workbook, name: str, columns: list[Column]) -> None:
        self.book = book
        self.columns = columns
        self.name = name
        self.sheet: Worksheet = book.xlsx.add_worksheet(name)
        self.next_row = 1
        headers = [column.header if column.literal else book.t(column.header) for column in columns]
        self.sheet.set_row(0, _height(headers, [c.width for c in columns]))
        for index, column in enumerate(columns):
            style = book.wrapped if column.wrap else book.top
            self.sheet.set_column(index, index, column.width, style)
            self.sheet.write_string(0, index, headers[index], book.header)
        self.sheet.freeze_panes(1, 0)
        # printed as an official reads it: A4 landscape, one page wide, the header on every page
        self.sheet.set_paper(9)
        self.sheet.set_landscape()
        self.sheet.fit_to_pages(1, 0)
        self.sheet.repeat_rows(0)
        self.sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
        if book.handling is not None:  # on every printed page, at its top and its foot
            mark = '&C&"-,Bold"' + book.handling.replace("&", "&&")
            self.sheet.set_margins(left=0.4, right=0.4, top=0.75, bottom=0.75)
            self.sheet.set_header(mark, {"margin": 0.3})
            self.sheet.set_footer(mark, {"margin": 0.3})

    def row(self, values: list[Any]) -> None:
        if self.next_row >= MAX_ROWS:
            from fourlayer.errors import UserError

            raise UserError("office.too-many-rows", sheet=self.name, limit=MAX_ROWS)
        wrapped = [
            (value, column.width)
            for value, column in zip(values, self.columns, strict=True)
            if column.wrap and isinstance(value, str)
        ]
        if wrapped:  # set before the cells (constant-memory mode); no viewer fits rows by itself
            height = _height([text(v) for v, _ in wrapped], [w for _, w in wrapped])
            if height > LINE_POINTS:
                self.sheet.set_row(self.next_row, height)
        for index, value in enumerate(values):
            self.book.write(self.sheet, self.next_row, index, value, self.columns[index])
        self.next_row += 1

    def colour_cells(self, first: int, last: int, colours: dict[str, str]) -> None:
        """Cells of columns ``first``–``last`` whose text is a key of ``colours`` get that fill."""
        if self.next_row <= 1 or first > last:
            return
        for word, colour in colours.items():
            self.sheet.conditional_format(
                1,
                first,
                self.next_row - 1,
                last,
                {
                    "type": "cell",
                    "criteria": "==",
                    "value": '"' + word.replace('"', '""') + '"',
                    "format": self.book.fill(colour),
                },
            )

    def finish(self) -> None:
        self.sheet.autofilter(0, 0, max(self.next_row - 1, 1), len(self.columns) - 1)


class Workbook:
    """An xlsx report, written inside ``with Workbook(...) as book``: entering makes the
    scratch folder and the workbook, leaving removes the folder whatever happened."""

    def __init__(self, t: Translator, created: date, title: str, *, handling: str | None = None) -> None:
        """``handling``: the handling line printed at the top and foot of every page of every
        sheet (:func:`fourlayer.reporting.settings.handling_line`); none when ``None``."""
        self.t = t
        self.handling = handling
        self.created = created
        self.title = title
        self.buffer = io.BytesIO()
        self.formats: dict[str, Format] = {}

    def _set_up(self) -> None:
        import xlsxwriter

        self.xlsx = xlsxwriter.Workbook(
            self.buffer,
            {
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
                "constant_memory": True,
                "tmpdir": self.scratch,
            },
        )
        moment = datetime.combine(self.created, time())
        self.xlsx.set_properties({"title": self.title, "author": "fourlayer", "company": "", "created": moment})
        self.xlsx.set_custom_property("fourlayer:evaluation-date", self.created.isoformat())
        self.header = self.xlsx.add_format(
            {"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True, "valign": "top"}
        )
        self.wrapped = self.xlsx.add_format({"text_wrap": True, "valign": "top"})
        self.top = self.xlsx.add_format({"valign": "top"})
        self.date = self.xlsx.add_format(
            {"num_format": "dd/mm/yyyy" if self.t.lang == "vi" else "yyyy-mm-dd", "valign": "top", "align": "left"}
        )

    def number_format(self, pattern: str) -> Format:
        if pattern not in self.formats:
            self.formats[pattern] = self.xlsx.add_format({"num_format": pattern, "valign": "top"})
        return self.formats[pattern]

    def fill(self, colour: str) -> Format:
        key = "fill:" + colour
        if key not in self.formats:
            self.formats[key] = self.xlsx.add_format({"bg_color": colour})
        return self.formats[key]

    def add_sheet(self, name_key: str, columns: list[Column]) -> Sheet:
        return Sheet(self, self.t(name_key)[:31], columns)

    def write(self, sheet: Worksheet, row: int, column: int, value: Any, spec: Column) -> None:
        if value is None:
            return
        if isinstance(value, str):
            shown = text(value)
            if len(shown) > MAX_CELL:
                shown = shown[: MAX_CELL - 1] + "…"
            sheet.write_string(row, column, shown, self.wrapped if spec.wrap else self.top)
        elif isinstance(value, bool):
            sheet.write_string(row, column, str(value).lower())
        elif isinstance(value, int | float):
            pattern = spec.number_format or ("0" if isinstance(value, int) else "0.00")
            sheet.write_number(row, column, value, self.number_format(pattern))
        elif isinstance(value, date):
            sheet.write_datetime(row, column, datetime.combine(value, time()), self.date)
        else:  # pragma: no cover - every caller passes the types above
            raise TypeError(type(value).__name__)

    def close(self) -> bytes:
        try:
            self.xlsx.close()
        finally:
            shutil.rmtree(self.scratch, ignore_errors=True)
        return reproducible_zip(self.buffer.getvalue())

    def __enter__(self) -> Workbook:
        """XlsxWriter's own temporary files (constant-memory rows, the parts it packs at close) go
        into a folder of this report's, removed whatever happens (Ctrl-C and SIGTERM included):
        no signal falls between the folder's making and the noting of its name, and one during
        the set-up after it removes the folder before the ``with`` block would have."""
        from fourlayer.reporting.output import uninterrupted

        scratch = None
        try:
            with uninterrupted():
                scratch = self.scratch = tempfile.mkdtemp(prefix="fourlayer-xlsx-")
            self._set_up()
        except BaseException:
            if scratch is not None:
                shutil.rmtree(scratch, ignore_errors=True)
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        """A report stopped half-way leaves no temporary file: the scratch folder goes, and the
        workbook is marked closed (nothing more is packed when the run was interrupted)."""
        if kind is not None:
            self.xlsx.fileclosed = True
            for sheet in self.xlsx.worksheets():  # the rows of constant-memory mode, in the scratch folder
                handle = getattr(sheet, "row_data_fh", None)
                if handle is not None and not handle.closed:
                    handle.close()
        shutil.rmtree(self.scratch, ignore_errors=True)
