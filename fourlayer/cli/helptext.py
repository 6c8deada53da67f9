"""``--help`` in the user's language, decided before any help is built.

:func:`localise` walks the command tree once per run and sets each command's and
option's help from the catalogue (:mod:`fourlayer.messages.help`, both languages: the code's
decorators and docstrings carry no help text), and gives every command a formatter that writes
click's own words (``Usage:``, ``Options``, ``[default: …]``, the ``--help`` line) in that language.
"""

from __future__ import annotations

from typing import Any, ClassVar

import click

from fourlayer.cli.options import LazyCommands
from fourlayer.i18n import key_of, translate
from fourlayer.messages import MESSAGES
from fourlayer.reporting import formats

_HEADINGS = {
    "Options": "help.heading.options",
    "Commands": "help.heading.commands",
}


_USAGE_WORDS = (("[OPTIONS]", "help.usage.options"), ("COMMAND", "help.usage.command"), ("[ARGS]", "help.usage.args"))
"""The words click writes in a usage line (``fourlayer [OPTIONS] COMMAND [ARGS]...``)."""


class _Formatter(click.HelpFormatter):
    lang: ClassVar[str] = "vi"

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        for word, key in _USAGE_WORDS:  # click's own placeholders; the arguments' names stay
            args = args.replace(word, translate(self.lang, key))
        super().write_usage(prog, args, translate(self.lang, "help.usage") if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        key = _HEADINGS.get(heading)
        super().write_heading(translate(self.lang, key) if key else heading)

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(term, self._text(text)) for term, text in rows], col_max, col_spacing)

    def _text(self, text: str) -> str:
        if text == "Show this message and exit.":
            return translate(self.lang, "help.show-help")
        return text.replace("[default: ", f"[{translate(self.lang, 'help.default')}: ").replace(
            "[required]", f"[{translate(self.lang, 'help.required')}]"
        )


class _Context(click.Context):
    formatter_class = _Formatter


def help_keys(command: click.Command, path: str) -> list[tuple[click.Command | click.Option, str]]:
    """``command`` and each of its options with the catalogue key of its help: ``help.cmd.<path>``;
    an option's own ``help.opt.<path>.<name>``, else the shared ``help.opt.<name>`` (``--format``:
    ``help.format``, written with its choices)."""
    out: list[tuple[click.Command | click.Option, str]] = [(command, key_of("help.cmd", path))]
    for param in command.params:
        if isinstance(param, click.Option) and param.name:
            own = key_of("help.opt", f"{path}.{param.name}")
            shared = "help.format" if param.name == "fmt" else key_of("help.opt", param.name)
            out.append((param, own if own in MESSAGES else shared))
    return out


def _choices(path: str, lang: str) -> str:
    """``--format``'s choices for its help: in English each with its summary (English words
    of the format table), in Vietnamese the names."""
    return formats.choices_text(path.replace(".", " "), summaries=lang == "en")


def localise(command: click.Command, lang: str, path: str = "fourlayer") -> None:
    """Set the help of ``command`` and everything under it in ``lang``, from the catalogue."""
    _Formatter.lang = lang
    command.context_class = _Context
    for thing, key in help_keys(command, path):
        if key == "help.format":
            thing.help = translate(lang, key, choices=_choices(path, lang))
        else:
            thing.help = MESSAGES[key][lang]  # as written: a help text takes no parameters
    command.short_help = None  # the list of commands shortens the help, never a short_help= of the code
    if isinstance(command, click.Group):

        def child(name: str, sub: click.Command) -> None:
            localise(sub, lang, name if path == "fourlayer" else f"{path}.{name}")

        commands = command.commands
        if isinstance(commands, LazyCommands):  # the others are localised as they are imported
            commands.on_load = child
            commands = commands.loaded()
        for name, sub in commands.items():
            child(name, sub)
