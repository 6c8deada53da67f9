"""The data shipped inside the package: bundled checklists and JSON Schemas."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

SCHEMA_NAMES = ("assessment", "checklist", "report", "audit")
DEFAULT_CHECKLIST = "four-layer"


def _folder(package: str) -> Traversable:
    """A bundled data folder (``fourlayer.checklists``, ``fourlayer.schemas``): the folder the
    import system found the package in, where the package is installed as files, as it
    almost always is; through ``importlib.resources`` otherwise (a zip), whose import alone
    cost a one-file ``check`` several milliseconds."""
    from importlib import import_module

    for location in getattr(import_module(package), "__path__", ()):
        folder = Path(location)
        if folder.is_dir():
            return folder
    from importlib import resources

    return resources.files(package)


def schema_text(name: str) -> str:
    """The text of ``schemas/<name>.schema.json`` as shipped."""
    return (_folder("fourlayer.schemas") / f"{name}.schema.json").read_text(encoding="utf-8")


@cache
def schema(name: str) -> dict[str, Any]:
    """A bundled JSON Schema, parsed (cached: schemas never change at run time)."""
    data: dict[str, Any] = json.loads(schema_text(name))
    return data


def available_schemas() -> list[str]:
    folder = _folder("fourlayer.schemas")
    return sorted(
        entry.name.removesuffix(".schema.json") for entry in folder.iterdir() if entry.name.endswith(".schema.json")
    )


def bundled_checklist_text(name: str = DEFAULT_CHECKLIST) -> str:
    return (_folder("fourlayer.checklists") / f"{name}.yaml").read_text(encoding="utf-8")


def bundled_checklists() -> list[str]:
    folder = _folder("fourlayer.checklists")
    return sorted(e.name.removesuffix(".yaml") for e in folder.iterdir() if e.name.endswith(".yaml"))
