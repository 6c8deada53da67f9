"""Regenerate ``docs/codes.md``: every finding code with its message in both languages.

    python scripts/document_codes.py

``tests/test_docs.py`` fails when the page and the message catalogue disagree.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "codes.md"


def render() -> str:
    sys.path.insert(0, str(ROOT))
    from fourlayer.messages import MESSAGES

    def cell(text: str) -> str:
        return re.sub(r"\{(\w+)\}", r"‹\1›", text).replace("|", "\\|")

    lines = [
        "# Finding codes",
        "",
        "Every problem fourlayer reports in a file has a stable code: search for it, or filter",
        "on it in JSON, SARIF and JUnit output. ‹name› stands for a value filled in from the file.",
        "Generated from the message catalogue by `scripts/document_codes.py`.",
        "",
        "| code | Tiếng Việt | English |",
        "|---|---|---|",
    ]
    for key in sorted(k for k in MESSAGES if k.startswith("finding.")):
        entry = MESSAGES[key]
        lines.append(f"| `{key.removeprefix('finding.')}` | {cell(entry['vi'])} | {cell(entry['en'])} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
