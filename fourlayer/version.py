"""The installed version, from package metadata (pyproject.toml is the one source)."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("fourlayer")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
