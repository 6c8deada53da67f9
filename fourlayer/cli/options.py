"""The options several commands share, each declared once.

A command module stacks these decorators; the values reach it as keyword arguments and
:mod:`fourlayer.cli.common` turns them into objects (settings, limits, a report). Light:
``--help`` imports this module, so it imports nothing beyond click and
:mod:`fourlayer.reporting.formats`. An option's help, in both languages, is in the catalogue
(``help.opt.<name>`` in :mod:`fourlayer.messages.help`), put in place by
:func:`fourlayer.cli.helptext.localise`.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

from fourlayer.i18n import LANGUAGES
from fourlayer.reporting import formats

F = TypeVar("F", bound=Callable[..., Any])

FAIL_ON = ("non-compliant", "partial", "never")
"""``--fail-on`` values: which verdict makes the exit code 1."""


# --- usage errors worded by the catalogue ---------------------------------------------------
class UsageProblem(click.UsageError):
    """A usage error with a catalogue ``key`` and ``params``; :func:`fourlayer.cli.main`
    words it in the user's language (the English ``key`` is only a fallback message)."""

    def __init__(self, key: str, ctx: click.Context | None = None, **params: object) -> None:
        super().__init__(key, ctx)
        self.key = key
        self.params = params


def param_name(param: click.Parameter | None) -> str:
    """How the user typed a parameter: ``--jobs/-j`` for an option, ``FILE|DIR...`` for an argument."""
    if param is None:
        return "?"
    if isinstance(param, click.Option):
        return "/".join(param.opts)
    return param.human_readable_name


def _close(name: str, candidates: Sequence[str]) -> list[str]:
    from difflib import get_close_matches

    return get_close_matches(name, candidates)


class LazyCommands(MutableMapping[str, click.Command]):
    """A group's commands by name, each imported from its module the first time it is
    asked for: ``fourlayer check`` loads the check command only, ``--help`` loads them all.

    ``on_load(name, command)`` is called once per command as it arrives (the help text is
    put in the user's language there, see :func:`fourlayer.cli.helptext.localise`)."""

    def __init__(self, modules: dict[str, str]) -> None:
        self._modules = dict(modules)
        self._loaded: dict[str, click.Command] = {}
        self.on_load: Callable[[str, click.Command], None] | None = None

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._loaded:
            from importlib import import_module

            command: click.Command = import_module(self._modules[name]).command
            if self.on_load is not None:
                self.on_load(name, command)
            self._loaded[name] = command
        return self._loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._modules.setdefault(name, command.callback.__module__ if command.callback else "")
        self._loaded[name] = command

    def __delitem__(self, name: str) -> None:
        del self._modules[name]
        self._loaded.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)

    def loaded(self) -> dict[str, click.Command]:
        """The commands imported so far (without importing the others)."""
        return dict(self._loaded)


class Group(click.Group):
    """A click group whose "no such command" is worded by the catalogue (with the near names)."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if (
            name
            and not name.startswith("-")
            and not ctx.resilient_parsing
            and ctx.token_normalize_func is None
            and self.get_command(ctx, name) is None
        ):
            raise UsageProblem(
                "cli.usage.no-such-command", ctx=ctx, name=name, near=_close(name, self.list_commands(ctx))
            )
        return super().resolve_command(ctx, args)


if TYPE_CHECKING:
    _ChoiceBase = click.Choice[str]
else:  # click.Choice is generic only from click 8.2
    _ChoiceBase = click.Choice


class Choice(_ChoiceBase):
    """``click.Choice`` whose refusal names the value and the choices in the user's language."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            raise UsageProblem(
                "cli.usage.bad-choice",
                ctx=ctx,
                name=param_name(param),
                value=str(value),
                choices=", ".join(str(c) for c in self.choices),
            ) from None


def _range_problem(
    bounds: click.IntRange | click.FloatRange, value: Any, param: click.Parameter | None, ctx: click.Context | None
) -> UsageProblem:
    try:
        float(value)
    except (TypeError, ValueError):
        return UsageProblem("cli.usage.not-a-number", ctx=ctx, name=param_name(param), value=str(value))
    low, high = bounds.min, bounds.max
    shown = f"{low}–{high}" if low is not None and high is not None else f"≥ {low}" if low is not None else f"≤ {high}"
    return UsageProblem("cli.usage.out-of-range", ctx=ctx, name=param_name(param), value=str(value), range=shown)


class IntRange(click.IntRange):
    """``click.IntRange`` whose refusal is worded by the catalogue."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            raise _range_problem(self, value, param, ctx) from None


class FloatRange(click.FloatRange):
    """``click.FloatRange`` whose refusal is worded by the catalogue. ``nan`` is refused: every
    comparison with it is false, so ``--min-score nan`` would silently never fail."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            number = super().convert(value, param, ctx)
        except click.BadParameter:
            raise _range_problem(self, value, param, ctx) from None
        if isinstance(number, float) and math.isnan(number):
            raise UsageProblem("cli.usage.not-a-number", ctx=ctx, name=param_name(param), value=str(value))
        return number


class FilePath(click.Path):
    """``click.Path(dir_okay=False)`` whose "is a directory" is worded by the catalogue."""

    def __init__(self) -> None:
        super().__init__(dir_okay=False)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            if os.path.isdir(value):
                raise UsageProblem(
                    "cli.usage.is-directory", ctx=ctx, name=param_name(param), value=str(value)
                ) from None
            raise


def lang_option(func: F) -> F:
    return click.option("--lang", type=Choice(LANGUAGES), default=None)(func)


def checklist_option(func: F) -> F:
    return click.option("--checklist", "checklist_path", type=FilePath(), default=None)(func)


def version_option(func: F) -> F:
    return click.option("--version", "version", default=None, metavar="VERSION")(func)


def as_of_option(func: F) -> F:
    return click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD")(func)


def output_option(func: F) -> F:
    return click.option("--output", "-o", "output", default=None, metavar="FILE")(func)


def format_option(command: str) -> Callable[[F], F]:
    """``--format`` of ``command``: its choices and default come from
    :data:`fourlayer.reporting.formats.TABLES` (``fmt`` is the name of the value)."""
    names = formats.names(command)

    def decorate(func: F) -> F:
        return click.option("--format", "fmt", default=names[0], type=Choice(names))(func)

    return decorate


LIMITS = ("max_file_size", "max_depth", "max_aliases", "max_nodes")
"""The keyword arguments :func:`limit_options` adds."""


def limit_options(func: F) -> F:
    """``--max-file-size``, ``--max-depth``, ``--max-aliases``, ``--max-nodes``: collected in ``**limits``."""
    func = click.option("--max-nodes", type=IntRange(min=100), default=None)(func)
    func = click.option("--max-file-size", type=IntRange(min=1), default=None, metavar="BYTES")(func)
    func = click.option("--max-depth", type=IntRange(min=4), default=None)(func)
    return click.option("--max-aliases", type=IntRange(min=0), default=None)(func)


def policy_options(func: F) -> F:
    """``--fail-on``, ``--min-score``, ``--no-waivers``: when the exit code is 1, and whether
    waivers count (the values go to :meth:`exit_code` of the run and to the settings)."""
    func = click.option("--no-waivers", is_flag=True)(func)
    func = click.option("--min-score", type=FloatRange(0, 100), default=None)(func)
    return click.option("--fail-on", type=Choice(FAIL_ON), default="non-compliant", show_default=True)(func)


DOCUMENT_FIELDS = (
    ("--issuing-parent", "issuing_parent", False),
    ("--issuing-body", "issuing_body", False),
    ("--symbol", "symbol", False),
    ("--report-number", "number", False),
    ("--place", "place", False),
    ("--report-date", "date", False),
    ("--superior-body", "superior_body", False),
    ("--subject", "subject", False),
    ("--signer-authority", "signer_authority", False),
    ("--signer-title", "signer_title", False),
    ("--signer-name", "signer_name", False),
    ("--recipient", "recipients", True),
    ("--archive", "archive", False),
    ("--handling", "handling", False),
)
"""Every field of an official report's header and end, as an option (the settings file's
field names, ``docs/reports.md``)."""


MARK_FIELDS = ("handling",)
"""The fields every printed report takes (docx, html, xlsx), not only the official ones."""


def document_options(func: F) -> F:
    """``--report-settings`` and the fields an officer fills in an official report (docx);
    collected in ``**document`` (see :func:`fourlayer.cli.common.build_document`)."""
    for flag, name, many in reversed(DOCUMENT_FIELDS):
        func = click.option(flag, name, default=None, multiple=many, metavar="TEXT")(func)
    return click.option("--report-settings", "report_settings", type=FilePath(), default=None, metavar="FILE")(func)
