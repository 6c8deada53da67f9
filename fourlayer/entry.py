"""The console script and ``python -m fourlayer``: ``--version`` answered without loading
the command line at all; everything else goes to :func:`fourlayer.cli.main`."""

from __future__ import annotations

import sys
from typing import NoReturn


def _utf8_streams() -> None:
    """Reports are Vietnamese: write them as UTF-8 whatever the streams were opened with.

    On Windows, output redirected to a file or a pipe (``fourlayer check … > bao-cao.txt``)
    gets the ANSI code page (cp1252), which cannot encode Vietnamese: without this the
    report would stop at its first "ạ". The Windows console itself is already UTF-8."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding != "utf8" and reconfigure is not None:
            reconfigure(encoding="utf-8", errors="backslashreplace")


def main(argv: list[str] | None = None) -> NoReturn:
    args = sys.argv[1:] if argv is None else argv
    _utf8_streams()
    if args in (["--version"], ["-V"]):
        from fourlayer.version import tool_version

        sys.stdout.write(f"fourlayer {tool_version()}\n")
        raise SystemExit(0)
    from fourlayer.cli import main as run

    run(args)
