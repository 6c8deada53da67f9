"""``fourlayer migrate FILE -o NEW``: move a self-assessment to another checklist version.

The rewrite itself is :func:`fourlayer.authoring.migrate.migrate_text` (pure); this module reads
and validates the input against the version it names, checks the result against the
new version, writes it atomically (never over the input, nor over an existing file
without ``--force``) and prints what happened to each control.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from fourlayer.cli.common import build_checklist, build_limits, current_language, emit
from fourlayer.cli.options import lang_option, limit_options
from fourlayer.errors import UserError
from fourlayer.i18n import key_of, translate

if TYPE_CHECKING:
    from fourlayer.authoring.migrate import Migration
    from fourlayer.model.checklist import Checklist


@click.command("migrate")
@click.argument("path", metavar="FILE")
@click.option("--output", "-o", "output", required=True, metavar="NEW")
@click.option("--to", "to_version", default=None, metavar="VERSION")
@click.option("--from", "from_version", default=None, metavar="VERSION")
@click.option("--force", is_flag=True)
@lang_option
@limit_options
def command(
    path: str,
    output: str,
    to_version: str | None,
    from_version: str | None,
    force: bool,
    lang: str | None,
    **limits: int | None,
) -> None:
    """Its ``--help``: ``help.cmd.migrate`` in :mod:`fourlayer.messages.help`."""
    from fourlayer.authoring.migrate import MigrationError, migrate_through
    from fourlayer.model.checklist import checklist_for
    from fourlayer.reading.loading import load_file, parse_text
    from fourlayer.reading.validation import check_loaded

    language = current_language(lang)
    target = build_checklist(None, to_version)
    _refuse_overwrite(path, output, force)
    reading = build_limits(**limits)
    loaded = load_file(path, path, reading)
    if loaded.data is None or loaded.text is None:
        raise UserError("migrate.bad-input", findings=loaded.findings, path=path)
    ref = loaded.data.get("checklist")
    named: dict[str, object] = ref if isinstance(ref, dict) else {}
    base = build_checklist(None, from_version or target.previous_version or target.version)
    source = checklist_for(named.get("id"), named.get("version"), base) if named.get("version") else base
    checked = check_loaded(loaded, source)
    if checked.errors:
        raise UserError("migrate.bad-input", findings=checked.errors, path=path)
    source = checked.checklist or source
    try:
        result = migrate_through(loaded.text, source, target, language)
    except MigrationError as error:
        error.params["source"] = path
        raise
    after = check_loaded(parse_text(result.text, output, reading), target)
    if after.errors:  # a bug, not the user's doing: say so with the findings
        raise UserError("migrate.result-invalid", findings=after.errors, path=output)
    emit(result.text, output, [path])
    _say_steps(result, target, path, output, language)


def _refuse_overwrite(path: str, output: str, force: bool) -> None:
    if output == "-":
        return
    target, source = Path(output), Path(path)
    if source.exists() and target.exists() and target.resolve() == source.resolve():
        raise UserError("migrate.same-file", source=path)
    if target.exists() and not force:
        raise UserError("migrate.exists", output=output)


def _say_steps(result: Migration, target: Checklist, path: str, output: str, lang: str) -> None:
    """One line per control and target, then a summary; on stderr when NEW is stdout."""
    err = output == "-"
    for step in result.steps:
        where = translate(lang, "scope.agency") if step.target is None else step.target
        old = ", ".join(step.old)
        if step.kind == "kept":
            continue
        line = translate(
            lang,
            key_of("migrate", step.kind),
            id=step.id,
            old=old,
            layer=step.layer,
            status=step.status or "",
            reason="",
            key=f"x-retired-{step.id}",
        )
        click.echo(f"  [{where}] {line}", err=err)
    kept = sum(1 for s in result.steps if s.kind == "kept")
    click.echo(translate(lang, "migrate.kept-count", count=kept), err=err)
    click.echo(
        translate(lang, "migrate.done", output=output, checklist=target.id, version=target.version, source=path),
        err=err,
    )
