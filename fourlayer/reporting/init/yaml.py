"""``init --format yaml``: the commented YAML file."""

from __future__ import annotations

from fourlayer.authoring.convert import Document, to_yaml
from fourlayer.reporting.base import ReportOptions


def render(document: Document, options: ReportOptions) -> str:
    """The commented YAML text of ``document``."""
    return to_yaml(document.checklist, document.data, options.lang, filled=document.filled)
