"""The installed version, from package metadata (pyproject.toml is the one source).

Looked up on first use: importing ``importlib.metadata`` costs more than the rest of a
short command's start-up, so ``tool_version()`` is called only by what prints it.
"""

from __future__ import annotations

from functools import cache


@cache
def tool_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("fourlayer")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"
