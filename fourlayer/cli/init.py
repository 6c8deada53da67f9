"""``fourlayer init``: parse options, build the template, write it once.

The template itself is built by :func:`fourlayer.init.build_template` (pure). The file
is written atomically and never over an existing file unless ``--force`` is given.
"""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from fourlayer.cli.common import build_checklist, emit, with_checklist
from fourlayer.cli.options import checklist_option, lang_option
from fourlayer.errors import Phrase, UserError
from fourlayer.i18n import resolve_language, translate

if TYPE_CHECKING:  # the template builder is imported when the command runs, not at start-up
    from fourlayer.init import SpecError

DEFAULT_OUTPUT = "tu-danh-gia.yaml"
"""Where ``init`` writes by default ("self-assessment"); ``fourlayer.init`` says the same."""


@click.command("init")
@click.option("--agency", "agency_name", required=True, metavar="NAME",
              help="Tên cơ quan / agency name, e.g. \"Sở Y tế tỉnh Nghệ An\".")
@click.option("--system", "system_specs", required=True, multiple=True, metavar="ID:NAME:LEVEL",
              help="A system, repeatable: id, name and level 1-5, e.g. \"portal:Cổng thông tin điện tử:2\".")
@click.option("--code", default=None, help="Agency identification code, e.g. \"000.00.15.H42\".")
@click.option("--province", default=None, help="Province, e.g. \"Nghệ An\".")
@click.option("--assessed-on", "assessed_on", default=None, metavar="YYYY-MM-DD",
              help="Date of the self-assessment (default: today); controls in force on it are asked.")
@lang_option
@checklist_option
@click.option("--output", "-o", "output", default=DEFAULT_OUTPUT, show_default=True, metavar="FILE",
              help="Write the template to FILE ('-' = stdout).")
@click.option("--force", is_flag=True, help="Overwrite FILE if it already exists.")
def command(agency_name: str, system_specs: tuple[str, ...], code: str | None, province: str | None,
         assessed_on: str | None, lang: str | None, checklist_path: str | None, output: str,
         force: bool) -> None:
    """Write a ready-to-fill assessment template.

    Tạo bản tự đánh giá mẫu cho cơ quan và các hệ thống thông tin của cơ quan.

    Every control that applies to the given systems on the assessment date is listed
    with its requirement as a comment; statuses are left empty, so the file does not
    pass `fourlayer validate` until they are filled in. The first line points editors
    at assessment.schema.json next to the file (create it with
    `fourlayer schema assessment > assessment.schema.json`).
    """
    from fourlayer.assessment import Agency
    from fourlayer.init import SpecError, build_template, clean_text, parse_systems, plan

    language = resolve_language(lang)
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
        raise click.BadParameter(translate(language, "init.bad-assessed-on", value=assessed_on),
                                 ctx=ctx, param_hint="--assessed-on")

    checklist = build_checklist(checklist_path)
    text = build_template(checklist, agency, systems, day, language)
    to_file = output != "-"
    if to_file and not force and _exists(output):
        raise UserError("init.exists", path=output)
    emit(text, output, with_checklist([], checklist_path))
    if to_file:
        asked = plan(checklist, systems, day)
        click.echo(translate(language, "init.written", path=output, count=asked.answer_count,
                             agency=len(asked.agency), system=asked.system_answer_count), err=True)


def _assessed_on(value: str | None) -> date | None:
    from fourlayer.dates import parse_iso

    return date.today() if value is None else parse_iso(value.strip())


def _optional(value: str | None, what: str) -> str | None:
    from fourlayer.init import clean_text

    return (clean_text(value, Phrase(what)) or None) if value else None


def _exists(path: str) -> bool:
    """An existing regular file (or a link to one, or a dangling link) would be replaced."""
    target = Path(path)
    try:
        info = target.lstat()
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode):
        try:
            return stat.S_ISREG(target.stat().st_mode)
        except OSError:
            return True
    return stat.S_ISREG(info.st_mode)
