"""Messages for the ``ci`` features (see the package doc)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}
