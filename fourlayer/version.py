"""The installed version, from package metadata (pyproject.toml is the one source).

Looked up on first use, and cheaply: the ``Version:`` line of the first
``fourlayer-*.dist-info/METADATA`` on ``sys.path`` (what ``importlib.metadata`` would find),
because importing ``importlib.metadata`` costs more than the rest of ``--version``.
"""

from __future__ import annotations

import os
import sys
from functools import cache


@cache
def tool_version() -> str:
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith("fourlayer-") and name.endswith(".dist-info"):
                found = _metadata_version(os.path.join(entry or ".", name, "METADATA"))
                if found:
                    return found
    return _slow_version()


def _metadata_version(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
                if not line.strip():  # the headers end at the first blank line
                    break
    except OSError:
        return None
    return None


def _slow_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("fourlayer")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"
