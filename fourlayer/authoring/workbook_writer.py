"""The workbook ``init --format xlsx`` and ``convert`` write (XlsxWriter, in memory).

``build_workbook(checklist, data, lang)`` is pure: the same input gives the same bytes
(the creation time is the assessed-on date). ``data`` is assessment data as the YAML
loader gives it: for ``init`` the agency and systems with no answers, for ``convert``
a whole assessment. Rows follow the ``init`` plan — agency-scope controls, then each
system's — with answers filled in where ``data`` has them; answers to controls outside
the plan (not in force on the assessed-on date, say) follow their block, so nothing is
dropped. Text is always written as text (never as a formula).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from fourlayer.authoring.init import plan, specs_of
from fourlayer.i18n import label, translate
from fourlayer.model.dates import parse_iso
from fourlayer.reading.shapes import as_list, as_mapping
from fourlayer.reading.workbook import layout

if TYPE_CHECKING:
    from fourlayer.model.checklist import Checklist, Control

LINE_HEIGHT = 15
"""Points per line of wrapped text; rows are given their height (not every viewer fits it)."""
HEADER_HEIGHT = 3 * LINE_HEIGHT
HELP_WIDTH = 72
"""The "Hướng dẫn" sheet's one column, in characters: narrow enough for an A4 page in portrait at
100 %, so the printed text never runs past the page's edge (fit-to-width is set as well)."""
LABEL_WIDTH = 48
"""Widest the "Cơ quan" sheet's label column gets; a longer label wraps in a taller row."""
EXTRA_ROWS = 200
"""Rows below the last answer that keep the status drop-down and unlocked answer cells."""
MAX_CELL_TEXT = 32_767
"""Characters Excel holds in one cell: longer text is refused, never cut."""
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
"""Line breaks and control characters: a single-line cell holds none (a workbook would store
``\r`` or ``\x0b`` as ``_x000D_``/``_x000B_`` text and show a line break as two lines)."""
_NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")
_WIDTH = {column.key: column.width for column in layout.ANSWER_COLUMNS}
MULTI_LINE = frozenset({"note", "description", "reason", layout.EVIDENCE_PREFIX + "note"})
"""Keys whose text may run over several lines (notes, descriptions, a waiver's reason);
every other text cell is one line (``one_line``)."""


def one_line(text: str) -> str:
    """A single-line field as one line: each run of line breaks and control characters
    becomes one space (``init`` refuses them in these fields; a YAML file may hold them)."""
    return _BREAKS.sub(" ", text)


def cell_text(text: str, key: str) -> str:
    """What a text cell holds: one line for a single-line field; a multi-line field keeps its
    line breaks, as ``\n`` (``\r\n``, ``\r``, ``\x85``, U+2028/2029), and nothing else
    a workbook cannot show."""
    last = key.rsplit(".", 1)[-1]
    if last not in MULTI_LINE and not last.startswith("x-"):
        return one_line(text)
    text = re.sub("\r\n?|[\x85\u2028\u2029]", "\n", text)
    return _NOT_TEXT.sub(" ", text)


class _Book:
    def __init__(self, checklist: Checklist, data: dict[str, Any], lang: str) -> None:
        import xlsxwriter

        self.checklist = checklist
        self.data = data
        self.lang = lang
        self.buffer = io.BytesIO()
        self.book = xlsxwriter.Workbook(
            self.buffer,
            {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
        )
        self.assessed_on = day = _assessed_on(data)
        self.book.set_properties({"created": datetime(day.year, day.month, day.day), "title": "fourlayer"})
        date_format = "dd/mm/yyyy" if lang == "vi" else "yyyy-mm-dd"
        border = {"border": 1, "border_color": "#BFBFBF", "valign": "top"}
        self.f_title = self.book.add_format({"bold": True, "font_size": 14})
        self.f_bold = self.book.add_format({"bold": True})
        self.f_wrap = self.book.add_format({"text_wrap": True, "valign": "top"})
        self.f_header = self.book.add_format(
            {**border, "bold": True, "text_wrap": True, "bg_color": "#DDEBF7", "locked": True}
        )
        self.f_locked = self.book.add_format({**border, "bg_color": "#F2F2F2", "locked": True})
        self.f_locked_wrap = self.book.add_format({**border, "bg_color": "#F2F2F2", "locked": True, "text_wrap": True})
        self.f_open = self.book.add_format({**border, "locked": False, "text_wrap": True})
        self.f_open_date = self.book.add_format({**border, "locked": False, "num_format": date_format})
        self.f_column_open = self.book.add_format({"locked": False})
        self.f_column_date = self.book.add_format({"locked": False, "num_format": date_format})

    def t(self, key: str, **params: object) -> str:
        return translate(self.lang, key, **params)

    def label(self, column: layout.Column) -> str:
        """A header cell: the label with the key in parentheses (a column ``convert`` adds has no label: its key)."""
        return layout.header(self.t(column.label) if column.label else column.key, column.key)

    def headers(self, sheet: Any, row: int, columns: Iterable[layout.Column]) -> None:
        """A header row, and each column's width and the format of its cells (a date or open text)."""
        sheet.set_row(row, HEADER_HEIGHT)
        for col, column in enumerate(columns):
            sheet.write_string(row, col, self.label(column), self.f_header)
            sheet.set_column(
                col, col, column.width, self.f_column_date if column.key in layout.DATE_KEYS else self.f_column_open
            )

    def put(self, sheet: Any, row: int, col: int, value: Any, key: str, locked: bool = False) -> None:
        """One value in its cell: dates as dates, numbers as numbers, everything else as text."""
        if value is None:
            if not locked:
                sheet.write_blank(row, col, None, self.f_open_date if key in layout.DATE_KEYS else self.f_open)
            return
        fmt = self.f_locked if locked else self.f_open
        day = parse_iso(value) if key in layout.DATE_KEYS and isinstance(value, str) and _DATE.match(value) else None
        if day is not None:
            sheet.write_datetime(
                row, col, datetime(day.year, day.month, day.day), self.f_locked if locked else self.f_open_date
            )
        elif isinstance(value, bool):
            sheet.write_boolean(row, col, value, fmt)
        elif isinstance(value, (int, float)):
            sheet.write_number(row, col, value, fmt)
        else:
            shown = cell_text(str(value), key)
            if len(shown) > MAX_CELL_TEXT:  # XlsxWriter would cut it without a word
                from xlsxwriter.utility import xl_rowcol_to_cell

                from fourlayer.errors import UserError

                raise UserError(
                    "workbook.cell-too-long",
                    key=key,
                    sheet=sheet.name,
                    cell=xl_rowcol_to_cell(row, col),
                    length=len(shown),
                    limit=MAX_CELL_TEXT,
                )
            sheet.write_string(row, col, shown, fmt)

    def protect(self, sheet: Any) -> None:
        """Headers and ids locked (no password); printed landscape, one page wide."""
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)
        sheet.protect(
            "",
            {
                "insert_rows": True,
                "delete_rows": True,
                "format_columns": True,
                "format_rows": True,
                "autofilter": True,
                "sort": True,
            },
        )

    # --- sheets ------------------------------------------------------------------------
    def instructions(self, answers: int) -> None:
        sheet = self.book.add_worksheet(self.t("workbook.sheet.instructions"))
        sheet.set_column(0, 0, HELP_WIDTH, self.f_wrap)
        sheet.set_paper(9)  # A4, one page wide: the text wraps inside the page, not past it
        sheet.fit_to_pages(1, 0)
        agency = as_mapping(self.data.get("agency"))
        title = self.t("workbook.help.title", agency=one_line(str(agency.get("name", ""))))
        sheet.write_string(0, 0, title, self.f_title)
        labels = ", ".join(label(self.t, "workbook.status", word) for word in layout.STATUSES)
        lines = [
            self.t(
                "workbook.help.made",
                checklist=self.checklist.id,
                version=self.checklist.version,
                count=answers,
                date=_day_text(self.assessed_on, self.lang),
            ),
            self.t(
                "workbook.help.sheets",
                agency=self.t("workbook.sheet.agency"),
                answers=self.t("workbook.sheet.answers"),
                waivers=self.t("workbook.sheet.waivers"),
            ),
            self.t("workbook.help.status", labels=labels),
            self.t("workbook.help.evidence"),
            self.t("workbook.help.no-event"),
            self.t("workbook.help.columns"),
            self.t("workbook.help.missing-row"),
            self.t("workbook.help.run", file="tu-danh-gia.xlsx"),
        ]
        for index, line in enumerate(lines, start=2):
            sheet.write_string(index, 0, line, self.f_wrap)
            sheet.set_row(index, _height(line, HELP_WIDTH))
        sheet.protect("")

    def agency(self) -> None:
        sheet = self.book.add_worksheet(self.t("workbook.sheet.agency"))
        sheet.set_column(0, 0, 36)
        sheet.set_column(1, len(layout.SYSTEM_COLUMNS) - 1, 28, self.f_column_open)
        sheet.write_string(0, 0, self.t("workbook.sheet.agency"), self.f_title)
        row = 2
        labels = [layout.header(self.t(label), key) for key, label in layout.AGENCY_FIELDS]
        label_width = min(max(len(text) for text in labels) + 2, LABEL_WIDTH)
        for (key, _), text in zip(layout.AGENCY_FIELDS, labels, strict=True):
            sheet.write_string(row, 0, text, self.f_header)
            sheet.set_row(row, _height(text, label_width))  # a long label wraps inside its own row
            value = self._dotted(self.data, key)
            self.put(sheet, row, 1, value, key, locked=key in layout.LOCKED_FIELDS)
            row += 1
        for key in _x_keys(self.data, ("", "agency", "assessor", "checklist")):
            sheet.write_string(row, 0, layout.header(key.rsplit(".", 1)[-1], key), self.f_header)
            self.put(sheet, row, 1, self._dotted(self.data, key), key)
            row += 1
        row += 1
        sheet.write_string(row, 0, self.t("workbook.systems"), self.f_bold)
        row += 1
        columns = list(layout.SYSTEM_COLUMNS)
        xkeys = {key for item in as_list(self.data.get("systems")) for key in _x_keys(as_mapping(item), ("",))}
        columns.extend(layout.Column(key, "", 24, True) for key in sorted(xkeys))
        self.headers(sheet, row, columns)
        # the systems' header row set column A to the id's width: widen it again for the labels
        sheet.set_column(0, 0, max(label_width, columns[0].width))
        first = row + 1
        for item in as_list(self.data.get("systems")):
            row += 1
            system = as_mapping(item)
            for col, column in enumerate(columns):
                self.put(
                    sheet,
                    row,
                    col,
                    self._word(column.key, self._dotted(system, column.key)),
                    column.key,
                    locked=not column.answer,
                )
        for col, column in enumerate(columns):  # the form's values to choose from (Form 08 columns 6, 10)
            if column.key in layout.WORD_COLUMNS:
                prefix, words = layout.WORD_COLUMNS[column.key]
                sheet.data_validation(
                    first,
                    col,
                    row + EXTRA_ROWS,
                    col,
                    {
                        "validate": "list",
                        "source": [label(self.t, prefix, word) for word in words],
                        "error_type": "warning",
                    },
                )
        self.protect(sheet)

    def _word(self, key: str, value: Any) -> Any:
        """A system value that is one of a few words, as the label the drop-down offers."""
        if key in layout.WORD_COLUMNS and isinstance(value, str) and value in layout.WORD_COLUMNS[key][1]:
            return label(self.t, layout.WORD_COLUMNS[key][0], value)
        return value

    def answers(self, rows: list[tuple[Control | None, str, str | None, dict[str, Any]]]) -> None:
        sheet = self.book.add_worksheet(self.t("workbook.sheet.answers"))
        columns = list(layout.ANSWER_COLUMNS)
        extra = self._extra_columns(rows)
        columns.extend(layout.Column(key, "", 24, True) for key in extra)
        index = {column.key: col for col, column in enumerate(columns)}
        self.headers(sheet, 0, columns)
        statuses = {word: label(self.t, "workbook.status", word) for word in layout.STATUSES}
        kinds = {word: label(self.t, "workbook.kind", word) for word in layout.KINDS}
        row = 0
        for control, control_id, system_id, answer in rows:
            evidence = [as_mapping(e) for e in as_list(answer.get("evidence"))] or [{}]
            for number, item in enumerate(evidence):
                row += 1
                self.ids(sheet, row, index, control, control_id, system_id)
                for key, col in index.items():
                    if key in ("control", "system") or key in layout.INFORMATIONAL:
                        continue
                    if key.startswith(layout.EVIDENCE_PREFIX):
                        value = item.get(key.removeprefix(layout.EVIDENCE_PREFIX))
                        value = kinds.get(value, value) if key == "evidence_kind" and isinstance(value, str) else value
                    else:  # an extra evidence row carries the evidence only
                        value = answer.get(key) if number == 0 else None
                        value = statuses.get(value, value) if key == "status" and isinstance(value, str) else value
                    self.put(sheet, row, col, value, key)
        last = row + EXTRA_ROWS
        sheet.data_validation(
            1,
            index["status"],
            last,
            index["status"],
            {
                "validate": "list",
                "source": list(statuses.values()),
                "error_type": "warning",
                "input_title": self.t("workbook.col.status"),
                "input_message": self.t("workbook.status-prompt"),
            },
        )
        sheet.data_validation(
            1,
            index["evidence_kind"],
            last,
            index["evidence_kind"],
            {
                "validate": "list",
                "source": list(kinds.values()),
                "error_type": "warning",
            },
        )
        sheet.freeze_panes(1, index["status"])
        sheet.autofilter(0, 0, max(row, 1), len(columns) - 1)
        self.protect(sheet)

    def ids(
        self,
        sheet: Any,
        row: int,
        index: dict[str, int],
        control: Control | None,
        control_id: str,
        system_id: str | None,
    ) -> None:
        """The locked cells of an answer row: ids, layer, title, requirement."""
        self.put(sheet, row, index["control"], control_id, "control", locked=True)
        if system_id is None:  # an agency-scope answer: the system cell stays empty, and locked
            sheet.write_blank(row, index["system"], None, self.f_locked)
        else:
            self.put(sheet, row, index["system"], system_id, "system", locked=True)
        if control is None:
            for key in ("layer", "title", "requirement"):
                sheet.write_blank(row, index[key], None, self.f_locked)
            return
        title, requirement = control.title.get(self.lang), control.requirement.get(self.lang)
        sheet.write_number(row, index["layer"], control.layer, self.f_locked)
        sheet.write_string(row, index["title"], title, self.f_locked_wrap)
        sheet.write_string(row, index["requirement"], requirement, self.f_locked_wrap)
        sheet.set_row(row, max(_height(title, _WIDTH["title"]), _height(requirement, _WIDTH["requirement"])))

    def waivers(self) -> None:
        sheet = self.book.add_worksheet(self.t("workbook.sheet.waivers"))
        self.headers(sheet, 0, layout.WAIVER_COLUMNS)
        for row, item in enumerate(as_list(self.data.get("waivers")), start=1):
            waiver = as_mapping(item)
            for col, column in enumerate(layout.WAIVER_COLUMNS):
                self.put(sheet, row, col, waiver.get(column.key), column.key)
        sheet.freeze_panes(1, 0)
        self.protect(sheet)

    # --- helpers -----------------------------------------------------------------------
    @staticmethod
    def _dotted(data: dict[str, Any], key: str) -> Any:
        value: Any = data
        for part in key.split("."):
            value = as_mapping(value).get(part)
        return value if _scalar(value) else None

    @staticmethod
    def _extra_columns(rows: Iterable[tuple[Control | None, str, str | None, dict[str, Any]]]) -> list[str]:
        """Columns ``convert`` adds when the assessment uses them: evidence path and note, x- keys."""
        found: dict[str, None] = {}
        for _, _, _, answer in rows:
            for key, value in answer.items():
                if key.startswith("x-") and _scalar(value):
                    found.setdefault(key)
            for item in as_list(answer.get("evidence")):
                for name in ("path", "note"):
                    if name in as_mapping(item):
                        found.setdefault(layout.EVIDENCE_PREFIX + name)
        order = {"evidence_path": 0, "evidence_note": 1}
        return sorted(found, key=lambda k: (order.get(k, 2), k))

    def close(self) -> bytes:
        self.book.close()
        return self.buffer.getvalue()


def _day_text(day: date, lang: str) -> str:
    """A date in the instructions' prose: ``06/12/2026`` in Vietnamese, ISO in English."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}" if lang == "vi" else day.isoformat()


def _height(text: str, width: int) -> int:
    """A row height that shows ``text`` wrapped in a column ``width`` characters wide (capped)."""
    lines = -(-len(text) * 11 // (10 * max(width - 2, 1)))  # ceiling, with a margin for wide letters
    return min(max(lines, 1), 12) * LINE_HEIGHT


def _x_keys(data: dict[str, Any], parents: tuple[str, ...]) -> list[str]:
    """Dotted paths of the scalar ``x-`` keys of ``data`` and of its mappings ``parents``
    (``""`` is ``data`` itself); lists and mappings under an ``x-`` key are not carried."""
    found = []
    for parent in parents:
        block = data if parent == "" else as_mapping(data.get(parent))
        for key, value in block.items():
            if key.startswith("x-") and _scalar(value):
                found.append(key if parent == "" else f"{parent}.{key}")
    return sorted(found)


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool))


def _assessed_on(data: dict[str, Any]) -> date:
    """The assessed-on date the plan and the workbook's properties use (a fixed day when the data
    has none, so the same input still gives the same bytes)."""
    return parse_iso(str(data.get("assessed_on", ""))) or date(2000, 1, 1)


def answer_rows(
    checklist: Checklist, data: dict[str, Any]
) -> list[tuple[Control | None, str, str | None, dict[str, Any]]]:
    """(control, control id, system id or None, answer) in the order of the ``init`` plan;
    answers outside the plan after their block."""
    asked = plan(checklist, specs_of(data), _assessed_on(data))
    rows: list[tuple[Control | None, str, str | None, dict[str, Any]]] = []

    def block(controls: Iterable[Control], answers: dict[str, Any], system_id: str | None) -> None:
        listed = set()
        for control in controls:
            listed.add(control.id)
            rows.append((control, control.id, system_id, as_mapping(answers.get(control.id))))
        for control_id, answer in answers.items():
            if control_id not in listed and not control_id.startswith("x-"):
                rows.append((checklist.control(control_id), control_id, system_id, as_mapping(answer)))

    block(asked.agency, as_mapping(data.get("controls")), None)
    systems = as_list(data.get("systems"))
    for index, (spec, controls) in enumerate(asked.systems):
        block(controls, as_mapping(as_mapping(systems[index]).get("controls")), spec.id)
    return rows


def build_workbook(checklist: Checklist, data: dict[str, Any], lang: str) -> bytes:
    """The workbook's bytes: instructions, agency and systems, answers, waivers."""
    from fourlayer.reading.workbook.safety import DEFAULT_WORKBOOK_LIMITS

    rows = answer_rows(checklist, data)
    # a workbook fourlayer would refuse to read back is not written (nor is the time spent)
    lines = max(
        sum(max(len(as_list(answer.get("evidence"))), 1) for *_, answer in rows), len(as_list(data.get("systems")))
    )
    if lines >= DEFAULT_WORKBOOK_LIMITS.max_rows:
        from fourlayer.errors import UserError

        raise UserError("workbook.too-many-rows-to-write", rows=lines, limit=DEFAULT_WORKBOOK_LIMITS.max_rows)
    book = _Book(checklist, data, lang)
    book.instructions(len(rows))
    book.agency()
    book.answers(rows)
    book.waivers()
    return book.close()


__all__ = ["EXTRA_ROWS", "answer_rows", "build_workbook"]
