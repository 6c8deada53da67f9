"""``fourlayer init``: parse options, build the template, write it once.

The template is rendered by the ``init`` entry of :data:`fourlayer.reporting.formats.TABLES`: the
commented YAML file (:func:`fourlayer.authoring.init.build_template`, pure) or the workbook
(:mod:`fourlayer.authoring.workbook_writer`). ``--format`` defaults to the output's suffix
(``.xlsx`` gives a workbook), else YAML. The file is written atomically and never over an
existing file unless ``--force`` is given.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import click

from fourlayer.cli.common import build_checklist, current_language, emit, exists, report_options, with_checklist
from fourlayer.cli.options import checklist_option, format_option, lang_option, version_option
from fourlayer.errors import UserError
from fourlayer.i18n import Phrase, translate
from fourlayer.reporting import formats

if TYPE_CHECKING:  # the template builder is imported when the command runs, not at start-up
    from fourlayer.authoring.init import SpecError

DEFAULT_OUTPUT = "tu-danh-gia.yaml"
"""Where ``init`` writes by default ("self-assessment"); ``fourlayer.authoring.init`` says the same.
With ``--format xlsx``: the same name ending in ``.xlsx``."""
SUFFIXES = {"yaml": (".yaml", ".yml"), "xlsx": (".xlsx",)}


@click.command("init")
@click.option("--agency", "agency_name", required=True, metavar="NAME")
@click.option("--system", "system_specs", required=True, multiple=True, metavar="ID:NAME:LEVEL")
@click.option("--code", default=None)
@click.option("--province", default=None)
@click.option("--assessed-on", "assessed_on", default=None, metavar="YYYY-MM-DD")
@lang_option
@checklist_option
@version_option
@format_option("init")
@click.option("--output", "-o", "output", default=None, metavar="FILE")
@click.option("--force", is_flag=True)
def command(
    agency_name: str,
    system_specs: tuple[str, ...],
    code: str | None,
    province: str | None,
    assessed_on: str | None,
    lang: str | None,
    checklist_path: str | None,
    version: str | None,
    fmt: str,
    output: str | None,
    force: bool,
) -> None:
    """Its ``--help``: ``help.cmd.init`` in :mod:`fourlayer.messages.help`."""
    from fourlayer.authoring.convert import Document, template_data
    from fourlayer.authoring.init import SpecError, clean_text, parse_systems, plan
    from fourlayer.model.assessment import Agency

    language = current_language(lang)
    ctx = click.get_current_context()

    def bad(param: str, error: SpecError) -> click.BadParameter:
        return click.BadParameter(error.message(language), ctx=ctx, param_hint=param)

    try:
        systems = parse_systems(system_specs)
    except SpecError as error:
        raise bad("--system", error) from None
    try:
        name = clean_text(agency_name, Phrase("init.what.agency"))
        agency = Agency(
            name=name,
            code=_optional(code, "init.what.code"),
            province=_optional(province, "init.what.province"),
        )
    except SpecError as error:
        raise bad("--agency/--code/--province", error) from None
    if not name:
        raise bad("--agency", SpecError("init.empty-agency"))
    day = _assessed_on(assessed_on)
    if day is None:
        raise click.BadParameter(
            translate(language, "init.bad-assessed-on", value=assessed_on), ctx=ctx, param_hint="--assessed-on"
        )

    fmt, output = _format_and_output(ctx, fmt, output)
    checklist = build_checklist(checklist_path, version)
    render = formats.renderer(formats.pick(formats.INIT, fmt))
    document = Document(checklist, template_data(checklist, agency, systems, day), filled=False)
    to_file = output != "-"
    if to_file and not force and exists(output):
        raise UserError("init.exists", path=output)
    emit(render(document, report_options(language, output)), output, with_checklist([], checklist_path))
    if to_file:
        asked = plan(checklist, systems, day)
        said = "init.written-xlsx" if fmt == "xlsx" else "init.written"  # the workbook's own column name
        click.echo(
            translate(
                language,
                said,
                path=output,
                count=asked.answer_count,
                agency=len(asked.agency),
                system=asked.system_answer_count,
            ),
            err=True,
        )


def _format_and_output(ctx: click.Context, fmt: str, output: str | None) -> tuple[str, str]:
    """``--format`` as given, else from ``--output``'s suffix; the output, else the default name
    with the format's suffix. A format and a suffix that disagree are refused."""
    given = ctx.get_parameter_source("fmt") is not click.core.ParameterSource.DEFAULT
    if not given and output is not None and output.lower().endswith(SUFFIXES["xlsx"]):
        fmt = "xlsx"
    if output is None:
        return fmt, DEFAULT_OUTPUT if fmt == "yaml" else DEFAULT_OUTPUT.removesuffix(".yaml") + ".xlsx"
    suffix = next((name for name, endings in SUFFIXES.items() if output.lower().endswith(endings)), None)
    if suffix is not None and suffix != fmt:
        raise UserError("init.format-suffix", path=output, format=fmt)
    return fmt, output


def _assessed_on(value: str | None) -> date | None:
    from fourlayer.model.dates import parse_iso

    return date.today() if value is None else parse_iso(value.strip())


def _optional(value: str | None, what: str) -> str | None:
    from fourlayer.authoring.init import clean_text

    return (clean_text(value, Phrase(what)) or None) if value else None
