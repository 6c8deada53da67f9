"""Text from a file made safe to print: what every report, and every error message, does to a
name or a note before it reaches a terminal or a log.

Below every layer that prints (errors, reporting, the command line), so that each of them
imports it and none imports the others for it.
"""

from __future__ import annotations

import re

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
