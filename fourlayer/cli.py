"""The command line: parse options, build settings, run, exit once.

Business logic lives in :mod:`fourlayer.runner`, :mod:`fourlayer.audit` and the
reporters; each command here only turns options into objects and a result into an
exit code. ``main`` is the one error boundary: a user never sees a traceback unless
they ask for it with ``--debug``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, NoReturn, TypeVar

import click

from fourlayer.exitcodes import ExitCode
from fourlayer.formats import CHECK_FORMATS, VALIDATE_FORMATS
from fourlayer.i18n import LANGUAGES, resolve_language, translate

F = TypeVar("F", bound=Callable[..., Any])


class Failure(Exception):
    """A problem that stops a command: printed as one located line, exit 2."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def lang_option(func: F) -> F:
    return click.option(
        "--lang", type=click.Choice(LANGUAGES), default=None,
        help="Ngôn ngữ / language: vi (mặc định / default) or en; also FOURLAYER_LANG.",
    )(func)


def checklist_option(func: F) -> F:
    return click.option(
        "--checklist", "checklist_path", type=click.Path(dir_okay=False), default=None,
        help="Use this checklist file instead of the bundled one.",
    )(func)


def as_of_option(func: F) -> F:
    return click.option(
        "--as-of", "as_of", default=None, metavar="YYYY-MM-DD",
        help="Evaluation date (default: today).",
    )(func)


def output_option(func: F) -> F:
    return click.option(
        "--output", "-o", "output", default=None, metavar="FILE",
        help="Write the report to FILE (atomically; '-' = stdout). Never over an input file.",
    )(func)


def limit_options(func: F) -> F:
    func = click.option("--max-file-size", type=click.IntRange(min=1), default=None, metavar="BYTES",
                        help="Refuse files larger than this (default 4 MiB).")(func)
    func = click.option("--max-depth", type=click.IntRange(min=4), default=None,
                        help="Refuse YAML nested deeper than this (default 64).")(func)
    return click.option("--max-aliases", type=click.IntRange(min=0), default=None,
                        help="Values YAML aliases may repeat in all (default 10000).")(func)


def parse_as_of(value: str | None) -> date:
    if value is None:
        return date.today()
    from fourlayer.dates import parse_iso

    parsed = parse_iso(value.strip())
    if parsed is None:
        raise Failure("cli.bad-as-of", value=value)
    return parsed


def build_limits(max_file_size: int | None, max_depth: int | None, max_aliases: int | None) -> Any:
    from fourlayer.loading import DEFAULT_LIMITS

    return DEFAULT_LIMITS.with_overrides(
        max_bytes=max_file_size, max_depth=max_depth, max_alias_nodes=max_aliases
    )


def build_checklist(path: str | None, lang: str) -> Any:
    from fourlayer.checklist import load_checklist
    from fourlayer.i18n import Translator
    from fourlayer.reporting.console import render_findings

    loaded = load_checklist(path)
    if loaded.checklist is None:
        stderr = _stderr_console()
        for line in render_findings(loaded.findings, Translator(lang)):
            stderr.print(line)
        raise Failure("cli.bad-checklist", path=path or "<bundled>")
    return loaded.checklist


def build_settings(checklist_path: str | None, language: str, as_of: str | None, *, no_waivers: bool = False,
                   locate: bool = False, limits: dict[str, int | None]) -> Any:
    """The run settings every reading command shares, from its options."""
    from fourlayer.runner import Settings

    return Settings(
        checklist=build_checklist(checklist_path, language),
        as_of=parse_as_of(as_of),
        use_waivers=not no_waivers,
        limits=build_limits(**limits),
        locate=locate,
    )


def with_checklist(inputs: Iterable[str], checklist_path: str | None) -> list[str]:
    """The files a report must never be written over: the inputs, and a ``--checklist`` file."""
    return [*inputs, *([checklist_path] if checklist_path else [])]


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True, highlight=False, markup=False, emoji=False,
                   no_color=bool(os.environ.get("NO_COLOR")) or not sys.stderr.isatty())


def use_color(output: str | None) -> bool:
    if output not in (None, "-"):
        return False
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def terminal_width() -> int:
    if sys.stdout.isatty():
        import shutil

        return max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))
    return 100


def emit(text: str | Iterable[str], output: str | None, inputs: list[str]) -> None:
    """Write a report (a string, or its chunks) where ``--output`` says; never over an input."""
    from fourlayer.output import OutputError, write_report

    try:
        write_report(text, output, [p for p in inputs if p != "-"])
    except OutputError as error:
        raise Failure(error.key, **error.params) from error


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from fourlayer.version import tool_version

    click.echo(f"fourlayer {tool_version()}")
    ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--version", "-V", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show the version and exit.")
@click.option("--debug", is_flag=True, help="Show the full traceback of an internal error.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """fourlayer — kiểm tra bản tự đánh giá theo mô hình bảo vệ 4 lớp.

    Checks Vietnamese state agencies' self-assessments against the four-layer
    information-security protection model. Messages are in Vietnamese by default;
    use --lang en or FOURLAYER_LANG=en for English.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


# ----------------------------------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="FILE|DIR...")
@click.option("--format", "fmt", default="console", type=click.Choice(CHECK_FORMATS),
              help="Report format.")
@output_option
@lang_option
@as_of_option
@checklist_option
@click.option("--fail-on", type=click.Choice(["non-compliant", "partial", "never"]), default="non-compliant",
              show_default=True, help="Which verdict makes the exit code 1.")
@click.option("--min-score", type=click.FloatRange(0, 100), default=None, help="Exit 1 if a score is below N.")
@click.option("--no-waivers", is_flag=True, help="Ignore waivers (an auditor's view).")
@click.option("--quiet", "-q", is_flag=True, help="Print only the verdict line of each file.")
@click.option("--verbose", "-v", is_flag=True, help="List every control and target, passes included.")
@limit_options
def check(paths: tuple[str, ...], fmt: str, output: str | None, lang: str | None, as_of: str | None,
          checklist_path: str | None, fail_on: str, min_score: float | None, no_waivers: bool,
          quiet: bool, verbose: bool, **limits: int | None) -> None:
    """Evaluate assessments and report the gaps (kiểm tra)."""
    from fourlayer.reporting import ReportOptions, get_reporter
    from fourlayer.runner import run_check

    language = resolve_language(lang)
    reporter = get_reporter(fmt)
    settings = build_settings(checklist_path, language, as_of, no_waivers=no_waivers,
                              locate=reporter.needs_locations, limits=limits)
    run = run_check(list(paths), settings)
    options = ReportOptions(lang=language, verbose=verbose, quiet=quiet, color=use_color(output),
                            width=terminal_width())
    emit(reporter.check(run, options), output, with_checklist(paths, checklist_path))
    raise SystemExit(run.exit_code(fail_on, min_score))


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="FILE|DIR...")
@click.option("--format", "fmt", default="console", type=click.Choice(VALIDATE_FORMATS),
              help="Report format.")
@output_option
@lang_option
@checklist_option
@click.option("--quiet", "-q", is_flag=True, help="Do not list valid files.")
@limit_options
def validate(paths: tuple[str, ...], fmt: str, output: str | None, lang: str | None,
             checklist_path: str | None, quiet: bool, **limits: int | None) -> None:
    """Check files against the schema and the checklist, every error located."""
    from fourlayer.reporting import ReportOptions, get_reporter
    from fourlayer.runner import run_validate

    language = resolve_language(lang)
    settings = build_settings(checklist_path, language, None, limits=limits)  # validation does not use the date
    run = run_validate(list(paths), settings)
    options = ReportOptions(lang=language, quiet=quiet, color=use_color(output), width=terminal_width())
    emit(get_reporter(fmt).validate(run, options), output, with_checklist(paths, checklist_path))
    raise SystemExit(run.exit_code())


# ----------------------------------------------------------------------------------------
@cli.group()
def checklist() -> None:
    """Browse the checklist, or lint a custom one (danh mục kiểm tra)."""


@checklist.command("list")
@lang_option
@checklist_option
@click.option("--layer", type=click.IntRange(1, 4), default=None, help="Only this layer.")
@click.option("--level", type=click.IntRange(1, 5), default=None, help="Only controls that apply at this level.")
@click.option("--format", "fmt", default="console", type=click.Choice(["console", "json"]))
def checklist_list(lang: str | None, checklist_path: str | None, layer: int | None, level: int | None,
                   fmt: str) -> None:
    """List controls: id, layer, scope, minimum level, severity, title."""
    from fourlayer.reporting.checklist_view import render_list

    language = resolve_language(lang)
    loaded = build_checklist(checklist_path, language)
    click.echo(render_list(loaded, language, layer, level, fmt, color=use_color(None), width=terminal_width()),
               nl=False)


@checklist.command("show")
@click.argument("control_id")
@lang_option
@checklist_option
@click.option("--format", "fmt", default="console", type=click.Choice(["console", "json"]))
def checklist_show(control_id: str, lang: str | None, checklist_path: str | None, fmt: str) -> None:
    """Everything about one control, its legal sources included."""
    from fourlayer.reporting.checklist_view import render_show
    from fourlayer.validation import suggest_control

    language = resolve_language(lang)
    loaded = build_checklist(checklist_path, language)
    control = loaded.control(control_id.strip())
    if control is None:
        near = suggest_control(control_id, loaded)
        raise Failure("cli.unknown-control", control=control_id,
                      hint=translate(language, "hint.did-you-mean", suggestion=near) if near else "")
    click.echo(render_show(loaded, control, language, fmt, color=use_color(None), width=terminal_width()), nl=False)


@checklist.command("lint")
@click.argument("path", metavar="FILE")
@lang_option
@click.option("--format", "fmt", default="console", type=click.Choice(["console", "json"]))
def checklist_lint(path: str, lang: str | None, fmt: str) -> None:
    """Check a custom checklist: schema, unique ids, one layer each, complete vi/en text."""
    from fourlayer.checklist import load_checklist
    from fourlayer.reporting import ReportOptions, get_reporter
    from fourlayer.runner import FileProblems, ValidationRun

    language = resolve_language(lang)
    loaded = load_checklist(path)
    run = ValidationRun((FileProblems(path, loaded.findings),))
    options = ReportOptions(lang=language, color=use_color(None), width=terminal_width())
    click.echo(get_reporter(fmt).validate(run, options), nl=False)
    raise SystemExit(run.exit_code())


@cli.command()
@click.argument("name", required=False)
@lang_option
def schema(name: str | None, lang: str | None) -> None:
    """Print a bundled JSON Schema (assessment, checklist, report, audit)."""
    from fourlayer.resources import available_schemas, schema_text

    names = available_schemas()
    if name is None:
        click.echo("\n".join(names))
        return
    if name not in names:
        raise Failure("cli.unknown-schema", name=name, names=", ".join(names))
    click.echo(schema_text(name), nl=False)


from fourlayer.cli_init import init  # noqa: E402  (commands in their own modules)

cli.add_command(init)


# ----------------------------------------------------------------------------------------
def _say_failure(error: Failure, lang: str) -> None:
    from fourlayer.reporting.base import printable  # file text in a message is data, never control codes

    params = {k: printable(v) if isinstance(v, str) else v for k, v in error.params.items()}
    message = translate(lang, error.key, **params)
    click.echo(f"fourlayer: {message}", err=True)


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
    except Failure as error:
        _say_failure(error, lang)
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


from fourlayer.cli_audit import audit, diff  # noqa: E402

cli.add_command(audit)
cli.add_command(diff)
