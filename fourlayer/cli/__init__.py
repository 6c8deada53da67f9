"""The command line: the ``fourlayer`` group, its commands, and the one error boundary.

One module per command (``fourlayer/cli/<command>.py``, its click command named
``command``), registered in :data:`COMMANDS`; shared options in
:mod:`fourlayer.cli.options`, shared run-time helpers in :mod:`fourlayer.cli.common`.
Business logic lives in :mod:`fourlayer.runner`, :mod:`fourlayer.audit`,
:mod:`fourlayer.diff`… and the reporters; a command only turns options into objects and
a result into an exit code. :func:`main` is the one error boundary: a
:class:`~fourlayer.errors.UserError` is printed here and nowhere else, and a user never
sees a traceback unless they ask for it with ``--debug``.

Command modules import from ``options``, ``common`` and the core, never from this module.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

import click

from fourlayer.cli import audit, check, checklist, convert, diff, history, init, migrate, schema, validate
from fourlayer.errors import UserError
from fourlayer.exitcodes import ExitCode
from fourlayer.i18n import resolve_language, translate

COMMANDS = (check, validate, audit, diff, history, init, convert, migrate, checklist, schema)
"""The command modules; adding a command is a module with ``command`` and one entry here."""


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from fourlayer.version import tool_version

    click.echo(f"fourlayer {tool_version()}")
    ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--version", "-V", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show the version and exit.")
@click.option("--debug", is_flag=True, expose_value=False, help="Show the full traceback of an internal error.")
def cli() -> None:
    """fourlayer — kiểm tra bản tự đánh giá theo mô hình bảo vệ 4 lớp.

    Checks Vietnamese state agencies' self-assessments against the four-layer
    information-security protection model. Messages are in Vietnamese by default;
    use --lang en or FOURLAYER_LANG=en for English.
    """


for _module in COMMANDS:
    cli.add_command(_module.command)


# ----------------------------------------------------------------------------------------
def say_error(error: UserError, lang: str) -> None:
    """Print a :class:`UserError`: its located findings, then ``fourlayer: <message>``."""
    if error.findings:
        from fourlayer.cli.common import stderr_console
        from fourlayer.i18n import Translator
        from fourlayer.reporting.terminal import render_findings

        stderr = stderr_console()
        for line in render_findings(error.findings, Translator(lang)):
            stderr.print(line)
    click.echo(f"fourlayer: {error.message(lang)}", err=True)


def main(argv: list[str] | None = None) -> NoReturn:
    """Entry point: the one place where errors become messages and exit codes."""
    args = sys.argv[1:] if argv is None else argv
    lang = resolve_language(_peek_lang(args))
    debug = "--debug" in args
    try:
        cli.main(args=args, prog_name="fourlayer", standalone_mode=False)
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else ExitCode.OK
        raise SystemExit(int(code)) from None
    except click.exceptions.Abort:
        click.echo(f"fourlayer: {translate(lang, 'cli.aborted')}", err=True)
        raise SystemExit(ExitCode.ERROR) from None
    except click.ClickException as error:
        error.show()  # click's own wording (English); the next step follows in the user's language
        if isinstance(error, click.UsageError):
            command = error.ctx.command_path if error.ctx is not None else "fourlayer"
            click.echo(translate(lang, "cli.usage-hint", command=command), err=True)
        raise SystemExit(ExitCode.ERROR) from None
    except UserError as error:
        say_error(error, lang)
        raise SystemExit(ExitCode.ERROR) from None
    except BrokenPipeError:
        # the reader went away (`fourlayer ... | head`): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(ExitCode.OK) from None
    except KeyboardInterrupt:
        click.echo(f"fourlayer: {translate(lang, 'cli.aborted')}", err=True)
        raise SystemExit(130) from None
    except Exception as error:
        if debug:
            raise
        click.echo(f"fourlayer: {translate(lang, 'cli.internal-error', error=type(error).__name__)}", err=True)
        raise SystemExit(ExitCode.ERROR) from None
    raise SystemExit(ExitCode.OK)


def _peek_lang(args: list[str]) -> str | None:
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None
