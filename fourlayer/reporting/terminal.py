"""rich for every terminal format: a console that renders into a string and never lets
text from a file act on the terminal, the colours of the vocabulary, and the located
finding line (also printed on stderr by the command line).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import (
    Console,
    ConsoleOptions,
    ConsoleRenderable,
    Group,
    RenderableType,
    RenderHook,
    RenderResult,
)
from rich.padding import Padding
from rich.segment import Segment
from rich.text import Text

from fourlayer.i18n import label
from fourlayer.model.evaluation import LayerStatus, Outcome, Verdict
from fourlayer.reporting.base import ReportOptions
from fourlayer.safe_text import printable, printable_block

if TYPE_CHECKING:
    from fourlayer.i18n import Translator
    from fourlayer.reading.findings import Finding

VERDICT_STYLE = {
    Verdict.COMPLIANT: "bold green",
    Verdict.PARTIALLY_COMPLIANT: "bold yellow",
    Verdict.NON_COMPLIANT: "bold red",
}


STATUS_STYLE = {
    LayerStatus.MET: "green",
    LayerStatus.PARTIALLY_MET: "yellow",
    LayerStatus.NOT_MET: "red",
    LayerStatus.NOT_APPLICABLE: "dim",
}


OUTCOME_STYLE = {
    Outcome.PASS: "green",
    Outcome.PARTIAL: "yellow",
    Outcome.FAIL: "red",
    Outcome.WAIVED: "cyan",
    Outcome.NOT_APPLICABLE: "dim",
}


class _Neutralised:
    """Renders ``inner`` with any control character left in its text shown as an escape."""

    def __init__(self, inner: RenderableType) -> None:
        self.inner = inner

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for segment in console.render(self.inner, options):
            if segment.control or printable_block(segment.text) == segment.text:
                yield segment
            else:
                yield Segment(printable_block(segment.text), segment.style)


class _NeutraliseHook(RenderHook):
    """The safety net under ``printable``: whatever a report prints, no text in it can act
    on the terminal (rich's own colour codes are styles, not text, and pass untouched).
    Text a reporter forgot to escape is escaped after layout, so only its width is off."""

    def process_renderables(self, renderables: list[ConsoleRenderable]) -> list[ConsoleRenderable]:
        return [_Neutralised(item) for item in renderables]


def make_console(options: ReportOptions) -> tuple[Console, io.StringIO]:
    """A console that renders into a string; see :class:`_NeutraliseHook`."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=options.width,
        color_system="standard" if options.color else None,
        force_terminal=options.color,
        no_color=not options.color,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
    )
    console.push_render_hook(_NeutraliseHook())
    return console, buffer


def finish(buffer: io.StringIO) -> str:
    """The rendered text without the padding rich adds at line ends."""
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def user(text: str | None, style: str = "") -> Text:
    """Text from a file: printable, and never markup."""
    return Text(printable(text or ""), style=style)


def finding_line(found: Finding, t: Translator, with_path: bool = True) -> Group:
    """``file:line:column  error  message  [code]`` and its hint, wrapped lines indented."""
    where = found.location() if with_path else found.position() or "-"
    line = Text(printable(where) + "  ")
    line.append(label(t, "severity", found.severity), style="red" if found.is_error else "yellow")
    line.append("  " + printable(found.message(t.lang)))
    line.append(f"  [{found.code}]", style="dim")
    parts = [Padding(line, (0, 0, 0, 2))]
    shown = found.param("excerpt")
    if isinstance(shown, str) and found.line is not None:  # the offending line, a caret under the spot
        number = str(found.line)
        caret = found.param("caret")
        parts.append(Padding(Text(f"{number} │ {printable(shown)}", no_wrap=True, overflow="ellipsis"), (0, 0, 0, 6)))
        parts.append(
            Padding(
                Text(" " * len(number) + " │ " + " " * (caret if isinstance(caret, int) else 0) + "^", style="red"),
                (0, 0, 0, 6),
            )
        )
    hint = found.hint(t.lang)
    if hint:
        parts.append(Padding(Text("→ " + printable(hint), style="cyan"), (0, 0, 0, 6)))
    return Group(*parts)


def render_findings(findings: Iterable[Finding], t: Translator) -> list[Group]:
    return [finding_line(f, t) for f in findings]
