"""The names of the output formats, kept light so ``--help`` and ``--version`` import
nothing heavy. ``tests/test_formats_registry.py`` checks them against the reporters in
:data:`fourlayer.reporting.REPORTERS`: every name here must render that command."""

from __future__ import annotations

CHECK_FORMATS = ("console", "json", "sarif", "junit", "markdown", "github")
VALIDATE_FORMATS = ("console", "json", "sarif", "junit", "markdown", "github")
