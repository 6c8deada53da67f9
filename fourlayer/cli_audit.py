"""The ``audit`` and ``diff`` commands: parse, build, run, exit.

Registered on the ``fourlayer`` group at the end of :mod:`fourlayer.cli` (import this
module through it). Everything heavy is imported inside the commands, so ``--help`` and
``--version`` stay fast; the work is done by :mod:`fourlayer.audit` and
:mod:`fourlayer.diff`, the text by the reporters.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any

import click

from fourlayer.cli import (
    Failure,
    _stderr_console,
    as_of_option,
    build_settings,
    checklist_option,
    emit,
    lang_option,
    limit_options,
    output_option,
    terminal_width,
    use_color,
    with_checklist,
)
from fourlayer.i18n import resolve_language, translate

AUDIT_FORMATS = {
    "console": "fourlayer.reporting.audit_console",
    "json": "fourlayer.reporting.audit_json",
    "csv": "fourlayer.reporting.audit_csv",
}
"""``--format`` name -> the module whose ``render(run, options)`` writes it."""
DIFF_FORMATS = {"console": "render_console", "json": "render_json"}
"""``--format`` name -> the function of :mod:`fourlayer.reporting.diff_report`."""


def audit_renderer(name: str) -> Any:
    return import_module(AUDIT_FORMATS[name]).render


def audit_chunks(name: str) -> Any:
    """The renderer that yields the report piece by piece, where the format has one."""
    module = import_module(AUDIT_FORMATS[name])
    return getattr(module, "render_chunks", module.render)


def diff_renderer(name: str) -> Any:
    return getattr(import_module("fourlayer.reporting.diff_report"), DIFF_FORMATS[name])


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="DIR|FILE...")
@click.option("--format", "fmt", default="console", type=click.Choice(tuple(AUDIT_FORMATS)),
              help="Report format: console, json (schema: fourlayer schema audit), csv (UTF-8 with BOM, for Excel).")
@output_option
@lang_option
@as_of_option
@checklist_option
@click.option("--fail-on", type=click.Choice(["non-compliant", "partial", "never"]), default="non-compliant",
              show_default=True, help="Which verdict of any agency makes the exit code 1.")
@click.option("--min-score", type=click.FloatRange(0, 100), default=None, help="Exit 1 if an agency scores below N.")
@click.option("--no-waivers", is_flag=True, help="Ignore waivers (an auditor's view).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes (default: the number of CPUs); 1 evaluates in this process.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many of the most-failed controls to list.")
@click.option("--max-files", type=click.IntRange(min=1), default=20_000, show_default=True,
              help="Refuse to start when the paths hold more files than this.")
@limit_options
def audit(paths: tuple[str, ...], fmt: str, output: str | None, lang: str | None, as_of: str | None,
          checklist_path: str | None, fail_on: str, min_score: float | None, no_waivers: bool, jobs: int | None,
          top: int, max_files: int, **limits: int | None) -> None:
    """Evaluate many agencies and report the province-wide picture.

    Folders are searched recursively for *.yaml and *.yml files (sorted; links are not
    followed out of the folders given; the same file is counted once). Every file is
    evaluated; one that cannot be is listed with its first located error and makes the
    exit code 1. A control counts as failing for an agency when at least one of its
    pairs (the agency, or one system) has the outcome fail. Exit 0: all agencies pass
    --fail-on; 1: one does not, or a file could not be evaluated; 2: a path named here
    cannot be read, no file was found, or an option is wrong.
    """
    from fourlayer.audit import TooManyFiles, default_jobs, run_audit
    from fourlayer.reporting import ReportOptions
    from fourlayer.reporting.audit_console import ProgressBar

    language = resolve_language(lang)
    render = audit_chunks(fmt)
    settings = build_settings(checklist_path, language, as_of, no_waivers=no_waivers, limits=limits)
    try:
        with ProgressBar(sys.stderr.isatty(), translate(language, "audit.progress")) as bar:
            run = run_audit(list(paths), settings, jobs=jobs or default_jobs(), progress=bar, top=top,
                            max_files=max_files)
    except TooManyFiles as error:
        raise Failure("audit.too-many-files", found=error.found, limit=error.limit) from None
    if not run.rows:
        raise Failure("audit.no-files", paths=", ".join(paths))
    options = ReportOptions(lang=language, color=use_color(output), width=terminal_width())
    emit(render(run, options), output, with_checklist([*paths, *run.sources], checklist_path))
    raise SystemExit(run.exit_code(fail_on, min_score))


@click.command()
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@click.option("--format", "fmt", default="console", type=click.Choice(tuple(DIFF_FORMATS)), help="Report format.")
@output_option
@lang_option
@as_of_option
@checklist_option
@click.option("--no-waivers", is_flag=True, help="Ignore waivers when evaluating assessments.")
@click.option("--fail-on-regression", is_flag=True,
              help="Exit 1 if anything regressed: a control, a layer, the verdict, or the score.")
@click.option("--allow-checklist-change", is_flag=True,
              help="Compare even when the two sides used different checklists (scores are then not compared).")
@limit_options
def diff(old: str, new: str, fmt: str, output: str | None, lang: str | None, as_of: str | None,
         checklist_path: str | None, no_waivers: bool, fail_on_regression: bool, allow_checklist_change: bool,
         **limits: int | None) -> None:
    """Compare two assessments or two JSON reports.

    OLD and NEW are each an assessment (evaluated on the same --as-of date) or a JSON
    report of `fourlayer check --format json` holding one agency; the kind is detected
    from the content. Per layer and per control: improved, regressed (fail < partial <
    pass), changed (to or from waived / not applicable), appeared, disappeared.
    Results from different checklist versions are not compared silently: exit 2 unless
    --allow-checklist-change, and even then the scores are not compared.
    """
    from fourlayer.diff import compare
    from fourlayer.reporting import ReportOptions

    language = resolve_language(lang)
    render = diff_renderer(fmt)
    settings = build_settings(checklist_path, language, as_of, no_waivers=no_waivers, limits=limits)
    result = compare(_snapshot(old, settings, language), _snapshot(new, settings, language))
    if not result.comparable and not allow_checklist_change:
        raise Failure("diff.checklist-changed",
                      old=f"{result.old.checklist_id} v{result.old.checklist_version}",
                      new=f"{result.new.checklist_id} v{result.new.checklist_version}")
    options = ReportOptions(lang=language, color=use_color(output), width=terminal_width())
    titles = {n: settings.checklist.layer_title(n).get(language) for n in (1, 2, 3, 4)}
    emit(render(result, options, titles), output, with_checklist([old, new], checklist_path))
    raise SystemExit(result.exit_code(fail_on_regression))


def _snapshot(path: str, settings: Any, language: str) -> Any:
    """One side of the diff, or its located errors on stderr and exit 2."""
    from fourlayer.diff import load_snapshot
    from fourlayer.i18n import Translator
    from fourlayer.reporting.console import render_findings
    from fourlayer.runner import FileProblems

    loaded = load_snapshot(path, settings)
    if isinstance(loaded, FileProblems):
        stderr = _stderr_console()
        for line in render_findings(loaded.findings, Translator(language)):
            stderr.print(line)
        raise Failure("diff.bad-input", path=path)
    return loaded
