"""``init --format xlsx``: the workbook to fill in Excel."""

from __future__ import annotations

from fourlayer.authoring.convert import Document, to_workbook
from fourlayer.reporting.base import ReportOptions


def render(document: Document, options: ReportOptions) -> bytes:
    """The workbook of ``document``, as bytes."""
    return to_workbook(document.checklist, document.data, options.lang)
