"""What every reporter receives, and the small interface they share.

Reporters render results; they never compute them. Text from an assessment is data:
each format escapes it in its own way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fourlayer.i18n import Translator
from fourlayer.version import tool_version

if TYPE_CHECKING:  # printing one line must not load the whole evaluation machinery
    from fourlayer.reporting.settings import ReportSettings
    from fourlayer.runner import CheckRun, ValidationRun

# Shown escaped, never emitted: C0 and C1 control characters except tab and newline;
# the bidirectional embeddings, overrides and isolates, which reorder the text around
# them on screen ("Trojan Source"); invisible characters (zero-width spaces and joiners,
# direction marks, line and paragraph separators, a BOM), so that "port\u200dal" is not
# shown as "portal"; and lone surrogates (from undecodable file names), which no UTF-8
# stream can encode.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """Text safe for a terminal and for a line-oriented log, on one line: control characters
    (ANSI and OSC escapes among them), bidirectional overrides and lone surrogates become
    visible ``\\x1b``/``\\u202e``-style escapes instead of acting on the terminal, and a line
    feed becomes ``\\n``, so a name or note can never start a line of its own (a CI log
    reads a line starting with ``::`` as a workflow command). And ``::`` becomes ``:\\x3a``:
    a terminal that wraps a long line may start the next one anywhere, so text from a file
    never holds the two colons a workflow command starts with. Idempotent."""
    return printable_block(text).replace("\n", "\\n")


def printable_block(text: str) -> str:
    """``printable`` that keeps line feeds: only for text whose lines the reporter itself
    laid out (every part from a file in it already went through ``printable``)."""
    return _CONTROL.sub(_escape, text).replace("::", ":\\x3a")


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


class Reporter:
    """A format that renders both a check run and a validation run (console, json, sarif…).

    The command line does not see this class: it calls the module-level ``render_check`` /
    ``render_validate`` functions named in :mod:`fourlayer.reporting.formats`, which also says
    whether a format needs locations."""

    def check(self, run: CheckRun, options: ReportOptions) -> str:
        raise NotImplementedError

    def validate(self, run: ValidationRun, options: ReportOptions) -> str:
        raise NotImplementedError
