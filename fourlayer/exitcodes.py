"""Exit codes, the same for every command (SPEC §4)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    """All good."""
    FINDINGS = 1
    """The check ran and found something: non-compliance per --fail-on, an invalid file."""
    ERROR = 2
    """It could not run: usage error, unreadable path, unparseable or invalid input to check."""
