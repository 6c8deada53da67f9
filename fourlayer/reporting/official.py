"""The frame of an official report laid out per Decree 30/2020/NĐ-CP, Appendix I, shared by
``check`` and ``audit --format docx`` (python-docx does the writing).

* A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm (the Decree allows
  20–25, 30–35 and 15–20); Times New Roman everywhere, 13 pt body text.
* The two-column header: the governing body (regular, upper case) and the issuing body
  (bold, upper case) over a short rule, then ``Số: …/BC-…`` on the left; the national
  name (bold, upper case, 12 pt) and the motto (bold, 13 pt, underlined over its whole
  length) on the right, then the place and date line (italic).
* The kind of document ``BÁO CÁO`` and its subject (bold, centred) over a short rule,
  ``Kính gửi: …``, the body (justified, first line indented 1 cm, 6 pt between
  paragraphs), then ``Nơi nhận:`` (bold italic 12 pt, entries 11 pt) beside the
  signature block (authority and title bold upper case, the name bold).
* Page numbers centred in the top margin from the second page.

A field the officer did not give is printed as a dotted line. Text from assessments is
written as text runs (never fields or hyperlinks). The document's properties are fixed
(author ``fourlayer``, dated the evaluation date) and the zip container normalised, so the
same input gives the same bytes.
"""

from __future__ import annotations

import io
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from fourlayer.i18n import Translator
from fourlayer.report_settings import ReportSettings
from fourlayer.reporting.office_text import DOTS, MONTHS, reproducible_zip, text

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
BODY_PT = 13
TABLE_PT = 12
PAGE_MM = (210, 297)
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
TEXT_WIDTH_MM = PAGE_MM[0] - MARGINS_MM["left"] - MARGINS_MM["right"]
HEADER_SPLIT_MM = (72, TEXT_WIDTH_MM - 72)


def _clean(value: str | None) -> str | None:
    return text(value).strip() or None if value else None


class OfficialReport:
    """An official report being written; :meth:`finish` returns the .docx bytes."""

    def __init__(self, t: Translator, settings: ReportSettings, *, subject: str, dated: date,
                 issuing_body: str | None = None) -> None:
        import docx
        from docx.shared import Mm, Pt

        self.t = t
        self.settings = settings
        self.doc: Document = docx.Document()
        self._Pt = Pt
        self._Mm = Mm
        self._set_fonts()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
        section.top_margin, section.bottom_margin = _twips(MARGINS_MM["top"]), _twips(MARGINS_MM["bottom"])
        section.left_margin, section.right_margin = _twips(MARGINS_MM["left"]), _twips(MARGINS_MM["right"])
        section.header_distance = Mm(10)
        section.footer_distance = Mm(10)
        self._page_numbers(section)
        properties = self.doc.core_properties
        moment = datetime.combine(dated, time())
        properties.author = "fourlayer"
        properties.last_modified_by = "fourlayer"
        properties.title = subject
        properties.subject = subject
        properties.comments = ""
        properties.keywords = ""
        properties.created = moment
        properties.modified = moment
        properties.last_printed = moment
        properties.revision = 1
        properties.language = "vi-VN" if t.lang == "vi" else "en-GB"
        self._header(issuing_body)
        self._title(subject)

    # --- the frame ---------------------------------------------------------------------
    def _set_fonts(self) -> None:
        from docx.oxml.ns import qn

        styles = self.doc.styles
        for fonts in styles.element.iter(qn("w:rFonts")):  # the defaults and every style: no theme font left
            _fonts(fonts)
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = self._Pt(BODY_PT)
        _fonts(normal.element.get_or_add_rPr().get_or_add_rFonts())
        lang = normal.element.get_or_add_rPr().find(qn("w:lang"))
        if lang is None:
            lang = normal.element.get_or_add_rPr().makeelement(qn("w:lang"), {})
            normal.element.get_or_add_rPr().append(lang)
        lang.set(qn("w:val"), "vi-VN" if self.t.lang == "vi" else "en-GB")
        normal.paragraph_format.space_before = self._Pt(0)
        normal.paragraph_format.space_after = self._Pt(0)
        normal.paragraph_format.line_spacing = 1.0

    def _page_numbers(self, section: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        section.different_first_page_header_footer = True
        paragraph = section.header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _field(paragraph, "PAGE", self._Pt(BODY_PT))

    def _line(self, where: Any, content: str, *, bold: bool = False, italic: bool = False, size: float = BODY_PT,
              upper: bool = False, align: str = "center", underline: bool = False, after: float = 0) -> Paragraph:
        paragraph: Paragraph = where.add_paragraph()
        self._align(paragraph, align)
        paragraph.paragraph_format.space_after = self._Pt(after)
        paragraph.paragraph_format.first_line_indent = self._Pt(0)
        if content:
            shown = text(content)
            run = paragraph.add_run(shown.upper() if upper else shown)
            run.bold, run.italic, run.underline = bold, italic, underline
            run.font.size = self._Pt(size)
        return paragraph

    @staticmethod
    def _align(paragraph: Paragraph, align: str) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                               "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]

    def _rule(self, where: Any, width_mm: float, column_mm: float) -> None:
        """A short centred horizontal rule ``width_mm`` long in a column ``column_mm`` wide."""
        paragraph = self._line(where, "", size=4)
        side = max(0.0, (column_mm - width_mm) / 2)
        paragraph.paragraph_format.left_indent = self._Mm(side)
        paragraph.paragraph_format.right_indent = self._Mm(side)
        _bottom_border(paragraph)
        paragraph.paragraph_format.space_after = self._Pt(6)

    def _header(self, issuing_body: str | None) -> None:
        s = self.settings
        t = self.t
        table = self.doc.add_table(rows=1, cols=2)
        _no_borders(table)
        _widths(table, [self._Mm(w) for w in HEADER_SPLIT_MM])
        left, right = table.rows[0].cells
        left.paragraphs[0].text = ""
        first = left.paragraphs[0]
        self._align(first, "center")
        parent = _clean(s.issuing_parent)
        body = (_clean(s.issuing_body) or _clean(issuing_body) or DOTS).upper()
        run = first.add_run(parent.upper() if parent else body)  # the governing body, else the issuer
        run.font.size = self._Pt(12)
        if parent:
            self._line(left, body, bold=True, size=12)
        else:
            run.bold = True
        self._rule(left, 24, HEADER_SPLIT_MM[0])
        number = t("office.doc.number", number=_clean(s.number) or DOTS, symbol=_clean(s.symbol) or DOTS)
        self._line(left, number, size=BODY_PT)

        nation = right.paragraphs[0]
        self._align(nation, "center")
        run = nation.add_run(t("office.doc.nation"))
        run.bold = True
        run.font.size = self._Pt(12)
        self._line(right, t("office.doc.motto"), bold=True, size=BODY_PT, underline=True, after=6)
        self._line(right, self._place_date(), italic=True, size=BODY_PT)

    def _place_date(self) -> str:
        s = self.settings
        place = _clean(s.place) or DOTS
        if s.date is None:
            return self.t("office.doc.place-date-blank", place=place)
        if self.t.lang == "en":
            return self.t("office.doc.place-date", place=place, day=s.date.day, month=MONTHS[s.date.month - 1],
                          year=s.date.year)
        # Decree 30: days below 10 and months below 3 are written with a leading zero
        day = f"{s.date.day:02d}" if s.date.day < 10 else str(s.date.day)
        month = f"{s.date.month:02d}" if s.date.month < 3 else str(s.date.month)
        return self.t("office.doc.place-date", place=place, day=day, month=month, year=s.date.year)

    def _title(self, subject: str) -> None:
        self._line(self.doc, "", size=6)
        self._line(self.doc, self.t("office.doc.kind"), bold=True, size=14, after=0).paragraph_format.space_before = \
            self._Pt(12)
        self._line(self.doc, _clean(self.settings.subject) or subject, bold=True, size=14)
        self._rule(self.doc, 50, TEXT_WIDTH_MM)
        superior = _clean(self.settings.superior_body) or DOTS
        self._line(self.doc, self.t("office.doc.to", body=superior), size=14, after=12)

    # --- the body ----------------------------------------------------------------------
    def heading(self, content: str) -> None:
        """A section heading: ``I. MỤC ĐÍCH, PHẠM VI`` (bold)."""
        paragraph = self._line(self.doc, content, bold=True, align="justify", after=6)
        paragraph.paragraph_format.first_line_indent = self._Mm(10)
        paragraph.paragraph_format.space_before = self._Pt(6)
        paragraph.paragraph_format.keep_with_next = True

    def subheading(self, content: str) -> None:
        paragraph = self._line(self.doc, content, bold=True, align="justify", after=6)
        paragraph.paragraph_format.first_line_indent = self._Mm(10)
        paragraph.paragraph_format.keep_with_next = True

    def paragraph(self, content: str, *, italic: bool = False) -> None:
        paragraph = self._line(self.doc, content, italic=italic, align="justify", after=6)
        paragraph.paragraph_format.first_line_indent = self._Mm(10)
        paragraph.paragraph_format.line_spacing = 1.15

    def table(self, headers: list[str], rows: list[list[str]], widths_mm: list[float],
              numeric: frozenset[int] = frozenset()) -> None:
        """A table with a bold header row repeated on every page; columns in ``numeric`` right-aligned."""
        import copy

        from docx.oxml.ns import qn

        table: Table = self.doc.add_table(rows=2, cols=len(headers))
        table.style = self.doc.styles["Table Grid"]
        _repeat_header(table.rows[0])
        for index, header in enumerate(headers):
            self._cell(table.rows[0].cells[index], header, bold=True, align="center")
        for index, cell in enumerate(table.rows[1].cells):
            self._cell(cell, "-", align="right" if index in numeric else "left")
        _widths(table, [self._Mm(w) for w in widths_mm])
        # the rows are copies of one formatted row, their text set in place: python-docx's
        # cell API walks the whole table for each cell (minutes for 1,000 agencies)
        model = table.rows[1]._tr
        body = table._tbl
        body.remove(model)
        space = qn("xml:space")
        for values in rows:
            row = copy.deepcopy(model)
            for element, value in zip(row.iter(qn("w:t")), values, strict=True):
                element.text = text(value)
                element.set(space, "preserve")
            body.append(row)
        self._line(self.doc, "", size=6)

    def _cell(self, cell: _Cell, content: str, *, bold: bool = False, align: str = "left") -> None:
        paragraph = cell.paragraphs[0]
        self._align(paragraph, align)
        run = paragraph.add_run(text(content))
        run.bold = bold
        run.font.size = self._Pt(TABLE_PT)

    def closing(self, content: str) -> None:
        self.paragraph(content)

    # --- the end: recipients and signature ----------------------------------------------
    def finish(self) -> bytes:
        s = self.settings
        t = self.t
        self._line(self.doc, "", size=6)
        table = self.doc.add_table(rows=1, cols=2)
        _no_borders(table)
        _widths(table, [self._Mm(TEXT_WIDTH_MM * 0.45), self._Mm(TEXT_WIDTH_MM * 0.55)])
        left, right = table.rows[0].cells
        heading = left.paragraphs[0]
        run = heading.add_run(t("office.doc.recipients"))
        run.bold, run.italic = True, True
        run.font.size = self._Pt(12)
        entries = [text(r) for r in s.recipients] or ([t("office.doc.as-above")] if s.superior_body else [DOTS])
        entries.append(t("office.doc.archive", archive=_clean(s.archive) or t("office.doc.archive-default")))
        for index, entry in enumerate(entries):
            end = "." if index == len(entries) - 1 else ";"
            self._line(left, f"- {entry.rstrip(';.')}{end}", size=11, align="left")

        first = right.paragraphs[0]
        self._align(first, "center")
        authority = _clean(s.signer_authority)
        title = _clean(s.signer_title) or DOTS
        lines = [authority, title] if authority else [title]
        run = first.add_run(lines[0].upper())
        run.bold = True
        run.font.size = self._Pt(BODY_PT)
        for extra in lines[1:]:
            self._line(right, extra, bold=True, upper=True)
        for _ in range(4):
            self._line(right, "")
        self._line(right, _clean(s.signer_name) or DOTS, bold=True)
        out = io.BytesIO()
        self.doc.save(out)
        return reproducible_zip(out.getvalue())


def _twips(mm: float) -> Any:
    """``mm`` rounded up to whole twips (the unit Word stores), so a margin is never below it."""
    import math

    from docx.shared import Twips

    return Twips(math.ceil(mm * 1440 / 25.4))


# --- raw WordprocessingML the python-docx API does not reach -----------------------------
def _fonts(element: Any) -> None:
    from docx.oxml.ns import qn

    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        element.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        element.set(qn(attribute), FONT)


def _widths(table: Table, widths: list[Any]) -> None:
    """Fixed column widths, in the grid (LibreOffice reads) and in every cell (Word reads)."""
    from docx.enum.table import WD_TABLE_ALIGNMENT

    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for index, width in enumerate(widths):
        table.columns[index].width = width
        for cell in table.columns[index].cells:
            cell.width = width


def _no_borders(table: Table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _bottom_border(paragraph: Paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    p_pr.append(borders)


def _repeat_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def _field(paragraph: Paragraph, instruction: str, size: Any) -> None:
    """A Word field (``PAGE``) in ``paragraph``, as begin / instruction / end runs."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind in ("begin", "instr", "separate", "text", "end"):
        run = paragraph.add_run()
        run.font.size = size
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {instruction} "
        elif kind == "text":
            run.text = "2"
            continue
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
