"""The frame of an official document laid out per Decree 30/2020/NĐ-CP, Appendix I: the
building blocks every official form of fourlayer is made of (``check`` and ``audit
--format docx``, and any other form: Form 08 reuses them). python-docx does the writing.

The layout (Appendix I, Part I; "ô số" are the numbered places of its section IV):

* A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm (the Decree allows
  20–25, 30–35 and 15–20); Times New Roman everywhere, 13 pt body text.
* The header, a borderless table of two columns and two rows: left, the governing body
  (ô 2: upper case, 12 pt, regular) and the issuing body (bold) over a short rule of 1/3 to
  1/2 of its length; right, the national name (ô 1: bold upper case, 12 pt) and the motto
  (bold, 13 pt) underlined over its whole length. The second row holds ``Số: …/BC-…``
  (ô 3, 13 pt) and the place and date (ô 4, italic 13 pt) on one line. The right column
  is sized so that the national name fits on one line with at least
  :data:`HEADER_SPARE_MM` to spare in Times New Roman metrics
  (:mod:`fourlayer.reporting.office.type_metrics`), and the cells have no inner padding.
* The kind of document (``BÁO CÁO``, ô 5a, bold 14 pt) and its subject (bold 14 pt,
  broken into even lines) over a short rule; ``Kính gửi: …`` (ô 9a).
* The body (ô 6): justified, first line indented 1 cm, 6 pt between paragraphs, single
  line spacing; tables in 12 pt with a header row repeated on every page.
* The end: the closing sentence, then ``Nơi nhận:`` (ô 9b: bold italic 12 pt, entries
  11 pt) beside the signature block (ô 7a–7c: authority and title bold upper case 13 pt,
  room for the signature and seal, the name bold). The closing sentence, the recipients
  and the signature are kept on one page: the sentence is kept with the block, and the
  block's row never splits across pages.
* Page numbers centred in the top margin from the second page on.

A field the officer did not give is printed as a dotted line. Text from assessments is
written as text runs (never fields or hyperlinks). The document's properties are fixed
(author ``fourlayer``, dated the evaluation date) and the zip container normalised, so the
same input gives the same bytes.

**Building blocks** (for a new official form): :class:`OfficialReport` is a whole report
(header, title, body methods, :meth:`OfficialReport.finish` with the signature). On a
python-docx document of one's own: :func:`setup_page`, :func:`write_header`,
:func:`write_title`, :func:`write_signature` and :func:`document_bytes`, each taking the
:class:`~fourlayer.reporting.settings.ReportSettings` the officer filled.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from fourlayer.i18n import Translator
from fourlayer.reporting.office.text import DOTS, MONTHS, reproducible_zip, text
from fourlayer.reporting.office.type_metrics import balanced_lines, width_mm
from fourlayer.reporting.settings import ReportSettings

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
BODY_PT = 13
TABLE_PT = 12
HEADER_PT = 12
"""Governing body, issuing body and national name (the Decree: 12–13)."""
MOTTO_PT = 13
TITLE_PT = 14
RECIPIENTS_HEADING_PT = 12
RECIPIENTS_PT = 11
PAGE_MM = (210, 297)
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
TEXT_WIDTH_MM = PAGE_MM[0] - MARGINS_MM["left"] - MARGINS_MM["right"]
HEADER_SPARE_MM = 5
"""The national name fits its column with at least this much to spare (Times New Roman)."""
HEADER_RIGHT_MM = 96
HEADER_SPLIT_MM = (TEXT_WIDTH_MM - HEADER_RIGHT_MM, HEADER_RIGHT_MM)
RULE_SHARE = 0.4
"""The short rules under the issuing body and the subject: this share of the line above
(the Decree: 1/3 to 1/2)."""
INDENT_MM = 10
SIGNATURE_SPLIT = (0.45, 0.55)
HANDLING_FOOTER_MM = 6
"""The foot of the page to the handling line's box: the box stays inside the bottom margin."""
SIGNATURE_ROOM_LINES = 4
"""Empty lines between the signer's title and name, for the signature and the seal."""


def _clean(value: str | None) -> str | None:
    return text(value).strip() or None if value else None


def symbol_of(value: str | None) -> str | None:
    """The issuer's abbreviation as the number shows it after ``BC-``: ``/BC-SYT``, ``BC-SYT``
    and ``SYT`` all give ``SYT``."""
    cleaned = _clean(value)
    if cleaned is None:
        return None
    cleaned = cleaned.lstrip("/ ").strip()
    if cleaned.upper().startswith("BC-"):
        cleaned = cleaned[3:]
    return cleaned.strip(" -/") or None


def number_of(value: str | None) -> str | None:
    """The report's number as the Decree writes it: a number below 10 with a leading zero
    (``5`` gives ``05``); anything else as given."""
    cleaned = _clean(value)
    if cleaned is not None and cleaned.isdigit() and 0 < int(cleaned) < 10:
        return f"{int(cleaned):02d}"
    return cleaned


def place_date(t: Translator, settings: ReportSettings) -> str:
    """``Nghệ An, ngày 05 tháng 02 năm 2027`` (days below 10 and months below 3 with a
    leading zero, as the Decree says), or dotted blanks for what is missing."""
    place = _clean(settings.place) or DOTS
    when = settings.date
    if when is None:
        return t("office.doc.place-date-blank", place=place)
    if t.lang == "en":
        return t("office.doc.place-date", place=place, day=when.day, month=MONTHS[when.month - 1], year=when.year)
    day = f"{when.day:02d}" if when.day < 10 else str(when.day)
    month = f"{when.month:02d}" if when.month < 3 else str(when.month)
    return t("office.doc.place-date", place=place, day=day, month=month, year=when.year)


# --- building blocks ------------------------------------------------------------------------
def setup_page(doc: Document, lang: str, *, title: str, dated: date) -> None:
    """A4 portrait with the Decree's margins, Times New Roman in every style, page numbers
    from the second page, fixed document properties."""
    from docx.shared import Mm, Pt

    _set_fonts(doc, lang)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    section.top_margin, section.bottom_margin = _twips(MARGINS_MM["top"]), _twips(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = _twips(MARGINS_MM["left"]), _twips(MARGINS_MM["right"])
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    _align(number, "center")
    _field(number, "PAGE", Pt(BODY_PT))
    properties = doc.core_properties
    moment = datetime.combine(dated, time())
    properties.author = "fourlayer"
    properties.last_modified_by = "fourlayer"
    # the title may hold an agency's name: characters XML forbids shown escaped, and shortened
    # to the 255 characters a document property holds (python-docx refuses more), there only
    shown = text(title)
    properties.title = properties.subject = shown if len(shown) <= 255 else shown[:254] + "…"
    properties.comments = ""
    properties.keywords = ""
    properties.created = moment
    properties.modified = moment
    properties.last_printed = moment
    properties.revision = 1
    properties.language = "vi-VN" if lang == "vi" else "en-GB"


def write_handling(doc: Document, settings: ReportSettings) -> None:
    """The handling line (ô 11, ``LƯU HÀNH NỘI BỘ``: Appendix I, II.III.2.c: upper case,
    bold, 13 pt, centred in a single-line box) at the foot of every page: in the footer of the
    first page and of the others, which every later section (a landscape table) inherits.
    In the bottom margin, so the first page's header and body keep their layout. Nothing
    when the settings have none."""
    from fourlayer.reporting.settings import handling_line

    line = handling_line(settings)
    if line is None:
        return
    section = doc.sections[0]
    section.footer_distance = _mm(HANDLING_FOOTER_MM)
    for footer in (section.first_page_footer, section.footer):
        paragraph = footer.paragraphs[0]
        _align(paragraph, "center")
        lines = _even_lines(paragraph, line, MOTTO_PT, TEXT_WIDTH_MM - 4, bold=True)
        widest = max(width_mm(each, MOTTO_PT, bold=True) for each in lines) + 4
        side = max(0.0, (TEXT_WIDTH_MM - widest) / 2)
        paragraph.paragraph_format.left_indent = _mm(side)
        paragraph.paragraph_format.right_indent = _mm(side)
        _box(paragraph)


def write_header(
    doc: Document,
    t: Translator,
    settings: ReportSettings,
    *,
    issuing_body: str | None = None,
    kind: str = "BC",
    summary: str | None = None,
) -> Table:
    """The header (ô 1–4): governing and issuing bodies, the national name and motto, the
    number ``Số: …/{kind}-{symbol}`` and the place and date line. ``summary``: an official
    letter (công văn), numbered ``Số: …/{symbol}``, its summary ``V/v …`` (ô 5b, 12 pt) under
    the number."""
    table: Table = doc.add_table(rows=2, cols=2)
    _no_borders(table)
    _no_padding(table)
    _widths(table, HEADER_SPLIT_MM)
    (left, right), (number_cell, date_cell) = (row.cells for row in table.rows)
    parent = _clean(settings.issuing_parent)
    body = (_clean(settings.issuing_body) or _clean(issuing_body) or DOTS).upper()
    first = left.paragraphs[0]
    column = HEADER_SPLIT_MM[0]
    if parent:
        _even_lines(first, parent.upper(), HEADER_PT, column, bold=False)
        _even_lines(_line(left, "", size=HEADER_PT), body, HEADER_PT, column, bold=True)
    else:
        _even_lines(first, body, HEADER_PT, column, bold=True)
    _align(first, "center")
    body_width = min(_widest(body, HEADER_PT, True, HEADER_SPLIT_MM[0]), HEADER_SPLIT_MM[0])
    _rule(left, body_width * RULE_SHARE, HEADER_SPLIT_MM[0])

    nation = right.paragraphs[0]
    _align(nation, "center")
    _run(nation, t("office.doc.nation"), size=HEADER_PT, bold=True)
    motto = _line(right, t("office.doc.motto"), bold=True, size=MOTTO_PT, underline=True)
    motto.paragraph_format.space_after = _pt(6)

    number = number_cell.paragraphs[0]
    _align(number, "center")
    _run(
        number,
        t(
            "office.doc.number" if summary is None else "office.doc.letter-number",
            number=number_of(settings.number) or DOTS,
            kind=kind,
            symbol=symbol_of(settings.symbol) or DOTS,
        ),
        size=BODY_PT,
    )
    if summary is not None:
        _even_lines(_line(number_cell, "", size=HEADER_PT), summary, HEADER_PT, column, bold=False)
    dated = date_cell.paragraphs[0]
    _align(dated, "center")
    _run(dated, place_date(t, settings), size=BODY_PT, italic=True)
    return table


def write_title(
    doc: Document, t: Translator, settings: ReportSettings, *, subject: str, kind_title: str | None = None
) -> None:
    """The kind of document (``BÁO CÁO``), its subject in even lines over a short rule, and
    ``Kính gửi: …``."""
    kind = _line(doc, kind_title or t("office.doc.kind"), bold=True, size=TITLE_PT)
    kind.paragraph_format.space_before = _pt(18)
    shown = _clean(settings.subject) or text(subject)
    lines = _even_lines(_line(doc, "", size=TITLE_PT), shown, TITLE_PT, TEXT_WIDTH_MM - 2, bold=True)
    widest = max(width_mm(line, TITLE_PT, bold=True) for line in lines)
    _rule(doc, min(widest, TEXT_WIDTH_MM) * RULE_SHARE, TEXT_WIDTH_MM)
    write_addressee(doc, t, settings)


def write_addressee(doc: Document, t: Translator, settings: ReportSettings, *, default: str | None = None) -> None:
    """``Kính gửi: …`` (ô 9a): the settings' superior body, else ``default`` (the body a
    form names), else a dotted blank."""
    superior = _clean(settings.superior_body) or _clean(default) or DOTS
    to = _line(doc, t("office.doc.to", body=superior), size=TITLE_PT)
    to.paragraph_format.space_before = _pt(6)
    to.paragraph_format.space_after = _pt(12)


def write_signature(doc: Document, t: Translator, settings: ReportSettings, *, addressed: bool = False) -> Table:
    """``Nơi nhận:`` and its list beside the signature block (ô 7a–7c, 9b), one table row
    that never splits; the paragraph before it is kept on the same page. ``addressed``: the
    document names its addressee without the settings (``- Như trên;``)."""
    if doc.paragraphs:
        doc.paragraphs[-1].paragraph_format.keep_with_next = True
    table: Table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _no_padding(table)
    width = _text_width(doc)  # the last page may be landscape (a wide table before the signature)
    _widths(table, [width * SIGNATURE_SPLIT[0], width * SIGNATURE_SPLIT[1]])
    row = table.rows[0]
    _cant_split(row)
    left, right = row.cells
    heading = left.paragraphs[0]
    heading.paragraph_format.space_before = _pt(12)
    _run(heading, t("office.doc.recipients"), size=RECIPIENTS_HEADING_PT, bold=True, italic=True)
    entries = [text(r) for r in settings.recipients] or (
        [t("office.doc.as-above")] if settings.superior_body or addressed else [DOTS]
    )
    entries.append(t("office.doc.archive", archive=_clean(settings.archive) or t("office.doc.archive-default")))
    for index, entry in enumerate(entries):
        end = "." if index == len(entries) - 1 else ";"
        _line(left, f"- {entry.rstrip(';.')}{end}", size=RECIPIENTS_PT, align="left")

    first = right.paragraphs[0]
    first.paragraph_format.space_before = _pt(12)
    _align(first, "center")
    authority = _clean(settings.signer_authority)
    title = _clean(settings.signer_title) or DOTS
    lines = [authority, title] if authority else [title]
    _run(first, lines[0].upper(), size=BODY_PT, bold=True)
    for extra in lines[1:]:
        _line(right, extra.upper(), bold=True)
    for _ in range(SIGNATURE_ROOM_LINES):
        _line(right, "")
    _line(right, _clean(settings.signer_name) or DOTS, bold=True)
    for cell in (left, right):  # Word keeps a row's lines together through keep-with-next too
        for paragraph in cell.paragraphs[:-1]:
            paragraph.paragraph_format.keep_with_next = True
    return table


def document_bytes(doc: Document) -> bytes:
    """The .docx bytes, the zip container normalised (the same document, the same bytes)."""
    out = io.BytesIO()
    doc.save(out)
    return reproducible_zip(out.getvalue())


class OfficialReport:
    """An official report being written; :meth:`finish` returns the .docx bytes.

    ``kind`` is the abbreviation of the kind of document in its number (``BC``: báo cáo),
    ``kind_title`` its name over the subject (default ``BÁO CÁO``)."""

    def __init__(
        self,
        t: Translator,
        settings: ReportSettings,
        *,
        subject: str,
        dated: date,
        issuing_body: str | None = None,
        kind: str = "BC",
        kind_title: str | None = None,
        letter: bool = False,
        addressee: str | None = None,
    ) -> None:
        """``letter``: an official letter (công văn): ``subject`` is its summary ``V/v …`` under
        the number, no title; ``addressee``: whom it goes to when the settings name none."""
        import docx

        self.t = t
        self.settings = settings
        self.addressee = addressee
        self.doc: Document = docx.Document()
        setup_page(self.doc, t.lang, title=_clean(settings.subject) or subject, dated=dated)
        write_handling(self.doc, settings)
        write_header(
            self.doc,
            t,
            settings,
            issuing_body=issuing_body,
            kind=kind,
            summary=(_clean(settings.subject) or subject) if letter else None,
        )
        if letter:
            write_addressee(self.doc, t, settings, default=addressee)
        else:
            write_title(self.doc, t, settings, subject=subject, kind_title=kind_title)

    # --- the body ----------------------------------------------------------------------
    def heading(self, content: str) -> None:
        """A section heading: ``I. MỤC ĐÍCH, PHẠM VI`` (bold)."""
        paragraph = _line(self.doc, content, bold=True, align="justify", after=6)
        paragraph.paragraph_format.first_line_indent = _mm(INDENT_MM)
        paragraph.paragraph_format.space_before = _pt(6)
        paragraph.paragraph_format.keep_with_next = True

    def subheading(self, content: str) -> None:
        paragraph = _line(self.doc, content, bold=True, align="justify", after=6)
        paragraph.paragraph_format.first_line_indent = _mm(INDENT_MM)
        paragraph.paragraph_format.keep_with_next = True

    def paragraph(self, content: str, *, italic: bool = False, align: str = "justify") -> Paragraph:
        """A paragraph of the body; ``align="left"`` for a line that holds long unbreakable
        names, which justified text would space out."""
        paragraph = _line(self.doc, content, italic=italic, align=align, after=6)
        paragraph.paragraph_format.first_line_indent = _mm(INDENT_MM)
        return paragraph

    def landscape(self) -> None:
        """Go on on a new A4 landscape page (a wide table), with the same margins."""
        from docx.enum.section import WD_ORIENT, WD_SECTION

        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        _join_section_break(self.doc)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = _mm(PAGE_MM[1]), _mm(PAGE_MM[0])

    def table(
        self,
        headers: list[str],
        rows: list[list[str]],
        widths_mm: Sequence[float],
        numeric: frozenset[int] = frozenset(),
        *,
        size: float = TABLE_PT,
        centred: frozenset[int] = frozenset(),
    ) -> None:
        """A table with a bold header row repeated on every page; columns in ``numeric``
        right-aligned, in ``centred`` centred; text ``size`` pt. Rows never split across
        pages; a header word never breaks."""
        import copy

        from docx.oxml.ns import qn

        table: Table = self.doc.add_table(rows=2, cols=len(headers))
        table.style = self.doc.styles["Table Grid"]
        _cell_padding(table, 1.2)
        _repeat_header(table.rows[0])
        for index, header in enumerate(headers):
            _cell(table.rows[0].cells[index], header, bold=True, align="center", size=size)
        for index, cell in enumerate(table.rows[1].cells):
            _cell(cell, "-", align="right" if index in numeric else "center" if index in centred else "left", size=size)
        _cant_split(table.rows[1])
        _widths(table, widths_mm)
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
        _line(self.doc, "", size=6)

    def closing(self, content: str) -> None:
        self.paragraph(content)

    def finish(self) -> bytes:
        """The recipients and the signature, then the .docx bytes."""
        write_signature(self.doc, self.t, self.settings, addressed=self.addressee is not None)
        return document_bytes(self.doc)


# --- paragraphs and runs -------------------------------------------------------------------
def _pt(value: float) -> Any:
    from docx.shared import Pt

    return Pt(value)


def _mm(value: float) -> Any:
    from docx.shared import Mm

    return Mm(value)


def _run(
    paragraph: Paragraph,
    content: str,
    *,
    size: float = BODY_PT,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
) -> Any:
    run = paragraph.add_run(text(content))
    run.bold, run.italic, run.underline = bold, italic, underline
    run.font.size = _pt(size)
    return run


def _line(
    where: Any,
    content: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float = BODY_PT,
    upper: bool = False,
    align: str = "center",
    underline: bool = False,
    after: float = 0,
) -> Paragraph:
    paragraph: Paragraph = where.add_paragraph()
    _align(paragraph, align)
    paragraph.paragraph_format.space_after = _pt(after)
    paragraph.paragraph_format.first_line_indent = _pt(0)
    _mark_size(paragraph, size)
    if content:
        shown = text(content)
        _run(paragraph, shown.upper() if upper else shown, size=size, bold=bold, italic=italic, underline=underline)
    return paragraph


def _cell(cell: _Cell, content: str, *, bold: bool = False, align: str = "left", size: float = TABLE_PT) -> None:
    paragraph = cell.paragraphs[0]
    _align(paragraph, align)
    _run(paragraph, content, size=size, bold=bold)


def _align(paragraph: Paragraph, align: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph.alignment = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]


def _even_lines(paragraph: Paragraph, content: str, size: float, limit_mm: float, *, bold: bool) -> list[str]:
    """``content`` in ``paragraph`` as lines of even length that fit ``limit_mm`` (line breaks
    between them), so that a long name or subject never leaves one word alone."""
    lines = balanced_lines(content, size, limit_mm, bold=bold)
    for index, line in enumerate(lines):
        run = _run(paragraph, line, size=size, bold=bold)
        if index < len(lines) - 1:
            run.add_break()
    return lines


def _widest(content: str, size: float, bold: bool, limit_mm: float) -> float:
    """The width of ``content``'s longest line once broken to fit ``limit_mm``."""
    return max(width_mm(line, size, bold=bold) for line in balanced_lines(content, size, limit_mm, bold=bold))


def _rule(where: Any, width: float, column: float) -> None:
    """A short centred horizontal rule ``width`` mm long in a column ``column`` mm wide."""
    paragraph = _line(where, "", size=2)
    side = max(0.0, (column - width) / 2)
    paragraph.paragraph_format.left_indent = _mm(side)
    paragraph.paragraph_format.right_indent = _mm(side)
    _bottom_border(paragraph)
    paragraph.paragraph_format.space_before = _pt(2)
    paragraph.paragraph_format.space_after = _pt(6)


def _text_width(doc: Document) -> float:
    """The text width in mm of the document's last section (portrait or landscape)."""
    page = doc.sections[-1]
    if page.page_width is None or page.left_margin is None or page.right_margin is None:
        return TEXT_WIDTH_MM
    return float(page.page_width - page.left_margin - page.right_margin) / 36000  # EMU per mm


def _join_section_break(doc: Document) -> None:
    """python-docx ends a section with an empty paragraph of its own, which spills onto a blank
    page when the page before is full: the section's properties move to the paragraph before."""
    from docx.oxml.ns import qn

    paragraphs = doc.element.body.findall(qn("w:p"))
    if len(paragraphs) < 2:
        return
    breaker, before = paragraphs[-1], paragraphs[-2]
    properties = breaker.find(qn("w:pPr"))
    section = None if properties is None else properties.find(qn("w:sectPr"))
    if section is None or breaker.find(qn("w:r")) is not None or before.getnext() is not breaker:
        return
    before.get_or_add_pPr().append(section)
    breaker.getparent().remove(breaker)


def _twips(mm: float) -> Any:
    """``mm`` rounded up to whole twips (the unit Word stores), so a margin is never below it."""
    import math

    from docx.shared import Twips

    return Twips(math.ceil(mm * 1440 / 25.4))


# --- raw WordprocessingML the python-docx API does not reach -----------------------------
_PPR_AFTER_BORDER = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
"""What follows ``w:pBdr`` in a paragraph's properties (the schema fixes the order)."""


def _set_fonts(doc: Document, lang: str) -> None:
    from docx.oxml.ns import qn

    styles = doc.styles
    for fonts in styles.element.iter(qn("w:rFonts")):  # the defaults and every style: no theme font left
        _fonts(fonts)
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = _pt(BODY_PT)
    r_pr = normal.element.get_or_add_rPr()
    _fonts(r_pr.get_or_add_rFonts())
    language = r_pr.find(qn("w:lang"))
    if language is None:
        language = r_pr.makeelement(qn("w:lang"), {})
        r_pr.append(language)
    language.set(qn("w:val"), "vi-VN" if lang == "vi" else "en-GB")
    normal.paragraph_format.space_before = _pt(0)
    normal.paragraph_format.space_after = _pt(0)
    normal.paragraph_format.line_spacing = 1.0
    normal.paragraph_format.widow_control = True


def _fonts(element: Any) -> None:
    from docx.oxml.ns import qn

    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        element.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        element.set(qn(attribute), FONT)


def _mark_size(paragraph: Paragraph, size: float) -> None:
    """The size of the paragraph mark, which sets an empty paragraph's height."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    r_pr = p_pr.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        p_pr.insert_element_before(r_pr, "w:sectPr", "w:pPrChange")
    for tag in ("w:sz", "w:szCs"):
        element = OxmlElement(tag)
        element.set(qn("w:val"), str(round(size * 2)))
        r_pr.append(element)


def _widths(table: Table, widths_mm: Sequence[float]) -> None:
    """Fixed column widths, in the grid (LibreOffice reads) and in every cell (Word reads),
    and a fixed layout, so that no application widens a column to fit its text."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    properties = table._tbl.tblPr
    layout = properties.find(qn("w:tblLayout"))
    if layout is None:
        layout = OxmlElement("w:tblLayout")
        properties.insert_element_before(layout, "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
    layout.set(qn("w:type"), "fixed")
    for index, width in enumerate(widths_mm):
        table.columns[index].width = _mm(width)
        for cell in table.columns[index].cells:
            cell.width = _mm(width)


def _no_borders(table: Table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")


def _cell_padding(table: Table, side_mm: float) -> None:
    """The left and right inner margin of every cell of ``table``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(round(side_mm * 1440 / 25.4)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")


def _no_padding(table: Table) -> None:
    _cell_padding(table, 0)


def _cant_split(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement("w:cantSplit")
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().insert_element_before(
        element, "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden"
    )


def _bottom_border(paragraph: Paragraph) -> None:
    """A rule under ``paragraph``."""
    _borders(paragraph, ("bottom",))


def _box(paragraph: Paragraph) -> None:
    """A single-line box around ``paragraph`` (its four borders)."""
    _borders(paragraph, ("top", "left", "bottom", "right"))


def _borders(paragraph: Paragraph, edges: tuple[str, ...]) -> None:
    """Single black lines on ``edges`` of ``paragraph``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for edge in edges:
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "6")
        line.set(qn("w:space"), "1")
        line.set(qn("w:color"), "000000")
        borders.append(line)
    p_pr.insert_element_before(borders, *_PPR_AFTER_BORDER)


def _repeat_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().insert_element_before(header, "w:tblCellSpacing", "w:jc", "w:hidden")
    _cant_split(row)


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
