"""docs/huong-dan.md, the Vietnamese guide: its Linux commands are run here in order, as an
officer and then the provincial ICT department would type them, and its Windows commands
must say the same thing. ``<!-- guide-test: copy SRC DST -->`` stands for what a person
does by hand between commands (filling the file in, collecting the agencies' files)."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

from conftest import ROOT, run_cli

GUIDE = (ROOT / "docs" / "huong-dan.md").read_text(encoding="utf-8")
LINUX = ".venv/bin/fourlayer "
WINDOWS = ".venv\\Scripts\\fourlayer "
_STEP = re.compile(r"```(sh|bat)\n(.*?)```|<!-- guide-test: copy (\S+) (\S+) -->", re.S)


def steps() -> list[tuple[str, str]]:
    """("sh" | "bat", command) and ("copy", "SRC DST"), in the order of the guide."""
    out = []
    for match in _STEP.finditer(GUIDE):
        if match[1]:
            out.extend((match[1], line.strip()) for line in match[2].splitlines() if line.strip())
        else:
            out.append(("copy", f"{match[3]} {match[4]}"))
    return out


def test_the_guide_walks_both_roles_end_to_end(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ran = []
    for kind, text in steps():
        if kind == "copy":
            source, target = text.split()
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ROOT / source, target)
        elif kind == "sh" and text.startswith(LINUX):
            args = shlex.split(text)[1:]
            result = run_cli(args)
            assert result.exit_code in (0, 1), (text, result.stdout, result.stderr)
            assert "Traceback" not in result.stderr
            if "-o" in args:
                written = Path(args[args.index("-o") + 1])
                assert written.stat().st_size > 0, text
            else:
                assert result.stdout.strip(), text
            ran.append(args[0])
    assert {"init", "validate", "check", "audit", "diff"} <= set(ran), ran


def test_every_windows_command_has_its_linux_twin():
    def converted(command: str) -> str:
        return LINUX + command[len(WINDOWS):].replace("\\", "/")

    windows = [converted(c) for kind, c in steps() if kind == "bat" and c.startswith(WINDOWS)]
    linux = [c for kind, c in steps() if kind == "sh" and c.startswith(LINUX)]
    assert windows and windows == linux


def test_the_guide_gives_windows_and_pipx_installs():
    for text in ("py -m venv .venv", ".venv\\Scripts\\pip install .", "pipx install .", "python3 -m venv .venv"):
        assert text in GUIDE, text
