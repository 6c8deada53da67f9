"""The shape of untrusted plain data: a value read from a file (YAML or a workbook) may be
anything, so code that walks it takes a mapping or a list only when it is one, and reads
any other value as empty. Validation, the workbook's checks, ``init``, ``convert`` and the
workbook writer take these two helpers from here."""

from __future__ import annotations

from typing import Any


def as_mapping(value: Any) -> dict[str, Any]:
    """``value`` if it is a mapping, else an empty one."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """``value`` if it is a list, else an empty one."""
    return value if isinstance(value, list) else []
