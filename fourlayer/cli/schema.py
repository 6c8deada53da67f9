"""``fourlayer schema``: print a bundled JSON Schema."""

from __future__ import annotations

import click

from fourlayer.cli.options import lang_option
from fourlayer.errors import UserError


@click.command("schema")
@click.argument("name", required=False)
@lang_option
def command(name: str | None, lang: str | None) -> None:
    """Its ``--help``: ``help.cmd.schema`` in :mod:`fourlayer.messages.help`."""
    from fourlayer.resources import available_schemas, schema_text

    names = available_schemas()
    if name is None:
        click.echo("\n".join(names))
        return
    if name not in names:
        raise UserError("cli.unknown-schema", name=name, names=", ".join(names))
    click.echo(schema_text(name), nl=False)
