"""What a terminal shows: a dumb terminal (``TERM=dumb``) gets no colour from any command, on
a pseudo-terminal where colour is otherwise on."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import ENV_PYTHON, VALID


def _on_a_terminal(args: list[str], env: dict[str, str]) -> bytes:
    """``fourlayer ARGS`` with standard output and error on a pseudo-terminal."""
    import pty

    master, slave = pty.openpty()
    environment = {**os.environ, "COLUMNS": "100", **env}
    environment.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [*ENV_PYTHON, "-m", "fourlayer", *args], stdout=slave, stderr=slave, stdin=subprocess.DEVNULL, env=environment
    )
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    process.wait(timeout=60)
    os.close(master)
    return out


def test_a_dumb_terminal_gets_no_colour(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(VALID, encoding="utf-8")
    coloured = _on_a_terminal(["check", str(path), "--lang", "en"], {"TERM": "xterm-256color"})
    assert b"\x1b[" in coloured  # the test can see colour when there is some
    for args in (
        ["check", str(path), "--lang", "en"],
        ["validate", str(tmp_path / "missing.yaml")],
        ["audit", str(tmp_path), "--lang", "en"],
    ):
        assert b"\x1b" not in _on_a_terminal(args, {"TERM": "dumb"}), args
