"""The ``init`` command (being written)."""

from __future__ import annotations

import click


@click.command()
def init() -> None:
    """Write a ready-to-fill assessment template."""
    raise click.UsageError("not yet available")
