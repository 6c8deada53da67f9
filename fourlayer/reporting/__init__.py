"""Output formats: one sub-package per command (``check/``, ``audit/``, ``history/``,
``diff/``, ``checklist/``, ``init/``, and ``form08/`` for the yearly report), one module per
``--format`` in each, plus the shared helpers they are built from.

Which module renders which ``--format`` of which command is said in one place,
:mod:`fourlayer.reporting.formats`; a format module is imported only when its format is asked for.
Format modules import only the shared helpers — :mod:`~fourlayer.reporting.base`
(:class:`ReportOptions`), :mod:`~fourlayer.reporting.wording` (every shared word: dates and
numbers the reader's way, target, reasons, references, score, finding text),
:mod:`~fourlayer.reporting.json_data` (JSON pieces and ``dumps``),
:mod:`~fourlayer.reporting.terminal` (rich console, styles, finding lines),
:mod:`~fourlayer.reporting.markdown_doc` (the Markdown document),
:mod:`~fourlayer.reporting.html_base` (the Jinja2 environment and chart geometry of the HTML
pages), :mod:`fourlayer.reporting.office` (docx and xlsx pieces) — never one another
(``tests/test_structure.py`` checks it).
"""

from __future__ import annotations

from fourlayer.reporting.base import ReportOptions

__all__ = ["ReportOptions"]
