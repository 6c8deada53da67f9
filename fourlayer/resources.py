"""The data shipped inside the package: bundled checklists and JSON Schemas."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

SCHEMA_NAMES = ("assessment", "checklist", "report", "audit")
DEFAULT_CHECKLIST = "four-layer"


def schema_text(name: str) -> str:
    """The text of ``schemas/<name>.schema.json`` as shipped."""
    return (resources.files("fourlayer.schemas") / f"{name}.schema.json").read_text(encoding="utf-8")


@cache
def schema(name: str) -> dict[str, Any]:
    """A bundled JSON Schema, parsed (cached: schemas never change at run time)."""
    data: dict[str, Any] = json.loads(schema_text(name))
    return data


def available_schemas() -> list[str]:
    folder = resources.files("fourlayer.schemas")
    return sorted(
        entry.name.removesuffix(".schema.json")
        for entry in folder.iterdir()
        if entry.name.endswith(".schema.json")
    )


def bundled_checklist_text(name: str = DEFAULT_CHECKLIST) -> str:
    return (resources.files("fourlayer.checklists") / f"{name}.yaml").read_text(encoding="utf-8")


def bundled_checklists() -> list[str]:
    folder = resources.files("fourlayer.checklists")
    return sorted(e.name.removesuffix(".yaml") for e in folder.iterdir() if e.name.endswith(".yaml"))
