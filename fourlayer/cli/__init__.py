"""The command line: the ``fourlayer`` group, its commands, and the one error boundary.

One module per command (``fourlayer/cli/<command>.py``, its click command named
``command``), registered in :data:`COMMANDS` and imported only when that command runs or
help lists it (``fourlayer check`` never imports the audit's module); shared options in
:mod:`fourlayer.cli.options`, shared run-time helpers in :mod:`fourlayer.cli.common`.
Business logic lives in :mod:`fourlayer.runner`, :mod:`fourlayer.rounds.audit`,
:mod:`fourlayer.rounds.diff`… and the reporters; a command only turns options into objects and
a result into an exit code. :func:`main` is the one error boundary: a
:class:`~fourlayer.errors.UserError` is printed here and nowhere else, and a user never
sees a traceback unless they ask for it with ``--debug``.

Command modules import from ``options``, ``common`` and the core, never from this module.
"""

from __future__ import annotations

import os
import re
import signal
import sys
from typing import Any, NoReturn

import click

from fourlayer.cli.common import Session, stderr_console
from fourlayer.cli.helptext import localise
from fourlayer.cli.options import Group, LazyCommands, UsageProblem, lang_option, param_name
from fourlayer.collector import settle
from fourlayer.errors import UserError
from fourlayer.exitcodes import ExitCode
from fourlayer.i18n import Translator, resolve_language, translate

COMMANDS = (
    "check",
    "validate",
    "audit",
    "diff",
    "history",
    "init",
    "convert",
    "migrate",
    "checklist",
    "schema",
    "report-settings",
)
"""The commands, each the ``command`` of ``fourlayer/cli/<name>.py`` (a hyphen in the name is
an underscore in the module's); adding a command is that module and one entry here."""


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from fourlayer.version import tool_version

    click.echo(f"fourlayer {tool_version()}")
    ctx.exit()


@click.group(
    cls=Group,
    commands=LazyCommands({name: f"fourlayer.cli.{name.replace('-', '_')}" for name in COMMANDS}),
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option("--version", "-V", is_flag=True, expose_value=False, is_eager=True, callback=_print_version)
@click.option("--debug", is_flag=True, expose_value=False)
@lang_option
@click.pass_context
def cli(ctx: click.Context, lang: str | None) -> None:
    """Its ``--help``: ``help.cmd.fourlayer`` in :mod:`fourlayer.messages.help`."""
    if lang is not None:  # `fourlayer --lang en check …`; main() has usually seen it already
        ctx.ensure_object(Session).lang = lang


# ----------------------------------------------------------------------------------------
def say_error(error: UserError, lang: str) -> None:
    """Print a :class:`UserError`: its located findings, then ``fourlayer: <message>``."""
    if error.findings:
        from fourlayer.reporting.terminal import render_findings

        stderr = stderr_console()
        for line in render_findings(error.findings, Translator(lang)):
            stderr.print(line)
    click.echo(f"fourlayer: {error.message(lang)}", err=True)


def _near(lang: str, names: object) -> str:
    """`` Did you mean "check"?`` (with its leading space), or nothing."""
    if not names or not isinstance(names, (list, tuple)):
        return ""
    return " " + translate(lang, "cli.usage.did-you-mean", names=", ".join(f'"{n}"' for n in names))


def usage_message(error: click.UsageError, lang: str) -> str:
    """click's usage error in the user's language (click's own English only as the last resort)."""
    if isinstance(error, UsageProblem):
        params = {k: v for k, v in error.params.items() if k != "near"}
        return translate(lang, error.key, **params) + _near(lang, error.params.get("near"))
    if isinstance(error, click.NoSuchOption):
        return translate(lang, "cli.usage.no-such-option", name=error.option_name) + _near(lang, error.possibilities)
    if isinstance(error, click.MissingParameter):
        key = "cli.usage.missing-argument" if isinstance(error.param, click.Argument) else "cli.usage.missing-option"
        return translate(lang, key, name=param_name(error.param))
    if isinstance(error, click.BadOptionUsage):
        if "requires an argument" in error.message:
            return translate(lang, "cli.usage.needs-value", name=error.option_name)
        if "does not take a value" in error.message:
            return translate(lang, "cli.usage.takes-no-value", name=error.option_name)
    if isinstance(error, click.BadParameter):
        name = param_name(error.param) if error.param is not None else str(error.param_hint or "?")
        return translate(lang, "cli.usage.bad-value", name=name, detail=error.message)
    extra = re.match(r"Got unexpected extra arguments? \((.*)\)", error.message)
    if extra:
        return translate(lang, "cli.usage.extra-argument", args=extra.group(1))
    return translate(lang, "cli.usage.other", detail=error.message)


def say_usage_error(error: click.UsageError, lang: str) -> None:
    """The usage line, the problem in the user's language, and where to read more."""
    from fourlayer.safe_text import printable

    if error.ctx is not None:
        click.echo(error.ctx.get_usage(), err=True)
    click.echo(f"fourlayer: {printable(usage_message(error, lang))}", err=True)
    command = error.ctx.command_path if error.ctx is not None else "fourlayer"
    click.echo(translate(lang, "cli.usage-hint", command=command), err=True)


def main(argv: list[str] | None = None) -> NoReturn:
    """Entry point: the one place where errors become messages and exit codes.

    The language is settled here, before click parses anything: ``--lang`` wherever it is
    (``fourlayer --lang en check …`` or ``fourlayer check … --lang en``), else
    ``FOURLAYER_LANG``, else Vietnamese; commands and help find it in :class:`Session`."""
    args = sys.argv[1:] if argv is None else argv
    lang = resolve_language(_peek_lang(args))
    _escape_what_the_streams_cannot_encode()
    debug = "--debug" in args
    previous = _stop_cleanly_on_sigterm()
    try:
        _run(args, lang, debug)
    finally:
        if previous is not None:  # in-process callers (tests) get their own handler back
            signal.signal(signal.SIGTERM, previous)


def _run(args: list[str], lang: str, debug: bool) -> NoReturn:
    settle()
    localise(cli, lang)  # help and usage in the user's language, before click builds any
    try:
        cli.main(args=args, prog_name="fourlayer", standalone_mode=False, obj=Session(lang))
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else ExitCode.OK
        raise SystemExit(int(code)) from None
    except click.exceptions.Abort as error:
        click.echo(f"fourlayer: {translate(lang, 'cli.aborted')}", err=True)
        raise SystemExit(_stopped_code(error.__cause__) or ExitCode.ERROR) from None
    except click.UsageError as error:
        say_usage_error(error, lang)
        raise SystemExit(ExitCode.ERROR) from None
    except click.ClickException as error:
        error.show(file=sys.stderr)  # the stream escaped above, not a UTF-8 one of click's own
        raise SystemExit(ExitCode.ERROR) from None
    except UserError as error:
        say_error(error, lang)
        raise SystemExit(ExitCode.ERROR) from None
    except BrokenPipeError:
        # the reader went away (`fourlayer ... | head`): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(ExitCode.OK) from None
    except KeyboardInterrupt as stopped:
        click.echo(f"fourlayer: {translate(lang, 'cli.aborted')}", err=True)
        raise SystemExit(_stopped_code(stopped)) from None
    except Exception as error:
        if debug:
            raise
        click.echo(f"fourlayer: {translate(lang, 'cli.internal-error', error=type(error).__name__)}", err=True)
        raise SystemExit(ExitCode.ERROR) from None
    raise SystemExit(ExitCode.OK)


class Terminated(KeyboardInterrupt):
    """SIGTERM (a cancelled CI job, ``kill``), raised where the program is, as Ctrl-C is: every
    ``finally`` runs, so temporary files go and a report being replaced stays as it was."""


def _stopped_code(cause: BaseException | None) -> int | None:
    """The shell's exit code of a run stopped by a signal: 143 for SIGTERM, 130 for Ctrl-C."""
    if isinstance(cause, Terminated):
        return 128 + signal.SIGTERM
    return 130 if isinstance(cause, KeyboardInterrupt) else None


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def _stop_cleanly_on_sigterm() -> signal.Handlers | Any:
    """SIGTERM stops the run as Ctrl-C does (exit 143) instead of killing it where it stands;
    the handler it replaces (None where none can be set: not the main thread)."""
    import threading

    if threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGTERM"):
        return signal.signal(signal.SIGTERM, _terminate)
    return None


def _escape_what_the_streams_cannot_encode() -> None:
    """A terminal or pipe whose encoding cannot write Vietnamese (``LC_ALL=C``,
    ``PYTHONIOENCODING=ascii``, a Windows code page) gets ``\u1ebf``-style escapes for what
    it cannot carry, instead of a UnicodeEncodeError half-way through a report."""
    for name, stream in (("stdout", sys.stdout), ("stderr", sys.stderr)):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if encoding in ("utf-8", "utf8") or not hasattr(stream, "reconfigure"):
            continue
        try:
            stream.reconfigure(errors="backslashreplace")
        except (ValueError, OSError):  # pragma: no cover - a stream that cannot be reconfigured
            continue
        if _is_ascii(encoding):
            _click_writes_to(name)


def _is_ascii(encoding: str) -> bool:
    import codecs

    try:
        return codecs.lookup(encoding).name == "ascii"
    except LookupError:
        return False


def _click_writes_to(name: str) -> None:
    """click takes a stream that says ASCII for a misconfigured one and writes its own text
    (help, usage errors, ``click.echo``) as UTF-8 to the bytes underneath, past the escapes
    set above: a Vietnamese usage error would reach an ASCII terminal as raw UTF-8. click
    looks its default stream up at every ``echo`` (``click.utils._default_text_stdout`` /
    ``_stderr``); point it at the stream itself, so that click's text is escaped like ours
    (tests/test_ascii_streams.py fails if a click release moves these names)."""
    import click.utils

    attribute = f"_default_text_{name}"
    if callable(getattr(click.utils, attribute, None)):
        setattr(click.utils, attribute, lambda: getattr(sys, name))


def _peek_lang(args: list[str]) -> str | None:
    """The ``--lang`` the command will speak: the last one given (``fourlayer --lang en check …
    --lang vi`` reports in Vietnamese, so help and usage errors must too), none after ``--``."""
    found = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            found = args[index + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    return found
