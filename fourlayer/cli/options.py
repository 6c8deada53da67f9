"""The options several commands share, each declared once.

A command module stacks these decorators; the values reach it as keyword arguments and
:mod:`fourlayer.cli.common` turns them into objects (settings, limits, a report). Light:
``--help`` imports this module, so it imports nothing beyond click and
:mod:`fourlayer.formats`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from fourlayer import formats
from fourlayer.i18n import LANGUAGES

F = TypeVar("F", bound=Callable[..., Any])

FAIL_ON = ("non-compliant", "partial", "never")
"""``--fail-on`` values: which verdict makes the exit code 1."""


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


def version_option(func: F) -> F:
    return click.option(
        "--version", "version", default=None, metavar="VERSION",
        help="Version of the bundled checklist (default: the newest), e.g. --version 1.",
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


def format_option(command: str, help: str | None = None) -> Callable[[F], F]:
    """``--format`` of ``command``: its choices, default and help come from
    :data:`fourlayer.formats.TABLES` (``fmt`` is the name of the value)."""
    names = formats.names(command)

    def decorate(func: F) -> F:
        return click.option("--format", "fmt", default=names[0], type=click.Choice(names),
                            help=help or formats.help_text(command))(func)

    return decorate


LIMITS = ("max_file_size", "max_depth", "max_aliases")
"""The keyword arguments :func:`limit_options` adds."""


def limit_options(func: F) -> F:
    """``--max-file-size``, ``--max-depth``, ``--max-aliases``: collected in ``**limits``."""
    func = click.option("--max-file-size", type=click.IntRange(min=1), default=None, metavar="BYTES",
                        help="Refuse files larger than this (default 4 MiB).")(func)
    func = click.option("--max-depth", type=click.IntRange(min=4), default=None,
                        help="Refuse YAML nested deeper than this (default 64).")(func)
    return click.option("--max-aliases", type=click.IntRange(min=0), default=None,
                        help="Values YAML aliases may repeat in all (default 10000).")(func)


def policy_options(fail_on_help: str = "Which verdict makes the exit code 1.",
                   min_score_help: str = "Exit 1 if a score is below N.") -> Callable[[F], F]:
    """``--fail-on``, ``--min-score``, ``--no-waivers``: when the exit code is 1, and whether
    waivers count (the values go to :meth:`exit_code` of the run and to the settings)."""

    def decorate(func: F) -> F:
        func = click.option("--no-waivers", is_flag=True, help="Ignore waivers (an auditor's view).")(func)
        func = click.option("--min-score", type=click.FloatRange(0, 100), default=None, help=min_score_help)(func)
        return click.option("--fail-on", type=click.Choice(FAIL_ON), default="non-compliant", show_default=True,
                            help=fail_on_help)(func)

    return decorate


def document_options(func: F) -> F:
    """``--report-settings`` and the fields an officer fills in an official report (docx);
    collected in ``**document`` (see :func:`fourlayer.cli.common.build_document`)."""
    fields = (
        ("--recipient", "recipients", "Nơi nhận: one recipient (repeat the option for each).", True),
        ("--signer-name", "signer_name", "The signer's name.", False),
        ("--signer-title", "signer_title", "The signer's title (GIÁM ĐỐC…).", False),
        ("--place", "place", "The place in the date line (Nghệ An, ngày …).", False),
        ("--report-number", "number", "The report's number, before /BC-….", False),
        ("--superior-body", "superior_body", "Kính gửi: the body the report is sent to.", False),
        ("--issuing-body", "issuing_body", "The body that issues the report.", False),
    )
    for flag, name, text, many in fields:
        func = click.option(flag, name, default=None, multiple=many, metavar="TEXT", help=f"docx: {text}")(func)
    return click.option(
        "--report-settings", "report_settings", type=click.Path(dir_okay=False), default=None, metavar="FILE",
        help="docx: the officer's fields from a YAML or TOML file (docs/reports.md); options win over it.",
    )(func)
