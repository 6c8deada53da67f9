"""docs/huong-dan.md, the Vietnamese guide: its Linux commands are run here in order, as an
officer and then the provincial ICT department would type them, and its Windows commands
must say the same thing. Comments stand for what a person does by hand between commands:
``<!-- guide-test: copy SRC DST -->`` (collecting files: SRC from the repository, or a file
an earlier step made), ``<!-- guide-test: fill FILE -->`` (filling the workbook in Excel) and
``<!-- guide-test: save FILE -->`` (typing the next code block of the guide into FILE)."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

from conftest import ROOT, run_cli
from workbooks import fill

GUIDE = (ROOT / "docs" / "huong-dan.md").read_text(encoding="utf-8")
LINUX = ".venv/bin/fourlayer "
WINDOWS = ".venv\\Scripts\\fourlayer "
_STEP = re.compile(
    r"```(sh|bat)\n(.*?)```|<!-- guide-test: copy (\S+) (\S+) -->"
    r"|<!-- guide-test: fill (\S+) -->|<!-- guide-test: save (\S+) -->\s*```[a-z]*\n(.*?)```",
    re.S,
)


def steps() -> list[tuple[str, str]]:
    """("sh" | "bat", command), ("copy", "SRC DST"), ("fill", FILE) and ("save", "FILE\nTEXT"),
    in the order of the guide."""
    out = []
    for match in _STEP.finditer(GUIDE):
        if match[1]:
            out.extend((match[1], line.strip()) for line in match[2].splitlines() if line.strip())
        elif match[3]:
            out.append(("copy", f"{match[3]} {match[4]}"))
        elif match[5]:
            out.append(("fill", match[5]))
        else:
            out.append(("save", f"{match[6]}\n{match[7]}"))
    return out


def test_the_guide_walks_both_roles_end_to_end(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ran = []
    for kind, text in steps():
        if kind == "copy":
            source, target = text.split()
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source if Path(source).exists() else ROOT / source, target)
        elif kind == "fill":
            fill(Path(text))  # every answer: a status, a document number and its date, as in Excel
        elif kind == "save":
            name, content = text.split("\n", 1)
            Path(name).write_text(content, encoding="utf-8")
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
    assert {"init", "validate", "check", "audit", "diff", "history", "convert"} <= set(ran), ran


def test_every_windows_command_has_its_linux_twin():
    def converted(command: str) -> str:
        return LINUX + command[len(WINDOWS) :].replace("\\", "/")

    windows = [converted(c) for kind, c in steps() if kind == "bat" and c.startswith(WINDOWS)]
    linux = [c for kind, c in steps() if kind == "sh" and c.startswith(LINUX)]
    assert windows and windows == linux


def test_the_guide_gives_windows_and_pipx_installs():
    for text in ("py -m venv .venv", ".venv\\Scripts\\pip install .", "pipx install .", "python3 -m venv .venv"):
        assert text in GUIDE, text


def test_the_guide_puts_the_workbook_first_for_both_roles():
    """Issue 25: the agency's part is the workbook path (init --format xlsx, validate, check,
    the docx report and its settings, sending the .xlsx), the province's covers the roster,
    --record, history, diff and the HTML, xlsx and docx outputs; YAML comes after both."""
    agency = GUIDE[GUIDE.index("## 2.") : GUIDE.index("## 3.")]
    province = GUIDE[GUIDE.index("## 3.") : GUIDE.index("## 4.")]
    yaml_part = GUIDE[GUIDE.index("## 4.") :]
    for text in (
        "--format xlsx -o tu-danh-gia.xlsx",
        "validate tu-danh-gia.xlsx",
        "check tu-danh-gia.xlsx",
        "--format docx",
        "--report-settings",
        "Trả lời!F3",
        "tu-danh-gia.xlsx`** (không gửi",
    ):
        assert text in agency, text
    for text in (
        "--roster",
        "--record",
        "--round",
        "history lich-su",
        "diff ",
        "--format html",
        "--format xlsx",
        "--format docx",
        "Chưa nộp".lower(),
        "tệp trùng",
    ):
        assert text.lower() in province.lower(), text
    assert "status:" not in agency and "status:" not in province and "status:" in yaml_part
