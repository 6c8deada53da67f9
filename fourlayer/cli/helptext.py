"""``--help`` in the user's language, decided before any help is built.

:func:`localise` walks the command tree once per run and sets each command's and
option's help from the catalogue (:mod:`fourlayer.messages.help`), and gives every
command a formatter that writes click's own words (``Usage:``, ``Options``, ``[default:
…]``, the ``--help`` line) in that language. English is the code's own text; Vietnamese comes
from the catalogue, and a test requires an entry for every command and option.
"""

from __future__ import annotations

from typing import Any, ClassVar

import click

from fourlayer.cli.options import LazyCommands
from fourlayer.i18n import translate
from fourlayer.messages import MESSAGES

_HEADINGS = {
    "Options": "help.heading.options",
    "Commands": "help.heading.commands",
    "Arguments": "help.heading.arguments",
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


def _entry(key: str, lang: str) -> str | None:
    """The catalogue's text in Vietnamese; in English the code's own text is kept (it is the
    source of the English help, next to the option it describes), so this gives None."""
    entry = MESSAGES.get(key)
    return None if entry is None or lang != "vi" else entry["vi"]


def help_keys(command: click.Command, path: str) -> list[tuple[str, tuple[str, ...]]]:
    """(what, the keys that may hold its help, most specific first) for a command and its options."""
    out: list[tuple[str, tuple[str, ...]]] = [(path, (f"help.cmd.{path}",))]
    for param in command.params:
        if isinstance(param, click.Option) and param.name and param.name != "fmt":
            out.append((f"{path} {param.opts[0]}", (f"help.opt.{path}.{param.name}", f"help.opt.{param.name}")))
    return out


def _original(thing: Any) -> str | None:
    """The help the code wrote (kept on first visit: localising mutates click's objects,
    and one process may run several commands in different languages, as the tests do)."""
    if not hasattr(thing, "_fourlayer_help"):
        thing._fourlayer_help = thing.help
    return thing._fourlayer_help  # type: ignore[no-any-return]


def localise(command: click.Command, lang: str, path: str = "fourlayer") -> None:
    """Set the help of ``command`` and everything under it in ``lang``."""
    _Formatter.lang = lang
    command.context_class = _Context
    original = _original(command)
    command.help = _entry(f"help.cmd.{path}", lang) or original
    command.short_help = None
    for param in command.params:
        if not isinstance(param, click.Option) or not param.name:
            continue
        original = _original(param)
        own = _entry(f"help.opt.{path}.fmt", lang) if param.name == "fmt" else None
        if own is not None:
            param.help = own
            continue
        if param.name == "fmt" and isinstance(param.type, click.Choice) and lang == "vi":
            param.help = translate(lang, "help.format", choices=", ".join(map(str, param.type.choices)))
            continue
        keys = (f"help.opt.{path}.{param.name}", f"help.opt.{param.name}")
        param.help = next((text for text in (_entry(key, lang) for key in keys) if text), original)
    if isinstance(command, click.Group):

        def child(name: str, sub: click.Command) -> None:
            localise(sub, lang, name if path == "fourlayer" else f"{path}.{name}")

        commands = command.commands
        if isinstance(commands, LazyCommands):  # the others are localised as they are imported
            commands.on_load = child
            commands = commands.loaded()
        for name, sub in commands.items():
            child(name, sub)
