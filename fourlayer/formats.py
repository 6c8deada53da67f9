"""The names of the output formats, kept light so ``--help`` and ``--version`` import
nothing heavy. A test checks them against the reporters that exist."""

from __future__ import annotations

CHECK_FORMATS = ("console", "json", "sarif", "junit", "markdown", "github")
VALIDATE_FORMATS = ("console", "json", "sarif", "github")
