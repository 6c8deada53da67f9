"""Messages of the command line itself: click's own usage errors in the user's language."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}
