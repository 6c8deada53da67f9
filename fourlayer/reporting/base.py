"""What every reporter receives: :class:`ReportOptions`.

Reporters render results; they never compute them. Text from an assessment is data:
each format escapes it in its own way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fourlayer.i18n import Translator
from fourlayer.version import tool_version

if TYPE_CHECKING:
    from fourlayer.reporting.settings import ReportSettings


@dataclass(frozen=True)
class ReportOptions:
    """How a report is written: language, colour, width, and how much it shows."""

    lang: str = "vi"
    verbose: bool = False
    quiet: bool = False
    summary: bool = False
    """``check --summary``: one screen per file (console)."""
    color: bool = False
    width: int = 100
    version: str | None = None
    """The tool version to print; looked up from package metadata when not given."""
    document: ReportSettings | None = None
    """The fields an officer fills in an official report (docx): issuing body, number, signer…"""

    @property
    def tool_version(self) -> str:
        return self.version or tool_version()

    @property
    def t(self) -> Translator:
        return Translator(self.lang)
