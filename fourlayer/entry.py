"""The console script and ``python -m fourlayer``: ``--version`` answered without loading
the command line at all; everything else goes to :func:`fourlayer.cli.main`."""

from __future__ import annotations

import sys
from typing import NoReturn


def main(argv: list[str] | None = None) -> NoReturn:
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        from fourlayer.version import tool_version

        sys.stdout.write(f"fourlayer {tool_version()}\n")
        raise SystemExit(0)
    from fourlayer.cli import main as run

    run(args)
