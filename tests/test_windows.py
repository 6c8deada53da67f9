"""Nothing on the main path depends on POSIX-only calls; Windows users get Windows commands.

Most agency PCs run Windows. The suite runs on Linux, so these tests guard the code by
reading it (no POSIX-only module or call outside a guard) and run the parts that differ
with Windows' behaviour put in place (a rename refused for a moment, a code page that
cannot encode Vietnamese)."""

from __future__ import annotations

import ast
import os
import re
import subprocess

import pytest
from conftest import FOURLAYER, ROOT

PACKAGE = ROOT / "fourlayer"
POSIX_MODULES = {"fcntl", "termios", "pwd", "grp", "resource", "posix", "tty", "pty"}
POSIX_OS_CALLS = {
    "getuid",
    "geteuid",
    "getgid",
    "getegid",
    "fchmod",
    "fchown",
    "chown",
    "lchown",
    "lchmod",
    "fork",
    "forkpty",
    "setsid",
    "killpg",
    "getpgid",
    "setpgid",
    "mkfifo",
    "mknod",
    "sync",
    "getloadavg",
    "O_NOCTTY",
    "O_NONBLOCK",
    "O_NOFOLLOW",
    "O_DIRECTORY",
    "O_CLOEXEC",
    "rename",
}
"""``os`` names that do not exist on Windows (``rename`` exists, but fails there when the target
exists: ``os.replace`` is the atomic replace on both)."""
POSIX_SIGNALS = {"SIGHUP", "SIGPIPE", "SIGKILL", "SIGALRM", "SIGCHLD", "SIGUSR1", "SIGUSR2", "SIGQUIT"}


def _sources():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def test_no_posix_only_module_or_call_in_the_package():
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [(path.name, a.name) for a in node.names if a.name.split(".")[0] in POSIX_MODULES]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in POSIX_MODULES:
                found.append((path.name, node.module))
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if node.value.id == "os" and node.attr in POSIX_OS_CALLS:
                    found.append((path.name, f"os.{node.attr}"))
                if node.value.id == "signal" and node.attr in POSIX_SIGNALS:
                    found.append((path.name, f"signal.{node.attr}"))
    assert not found, f"POSIX-only (use getattr(os, NAME, default) or a guard): {found}"


def test_no_path_is_joined_with_a_hard_coded_slash_in_a_message():
    from fourlayer.messages import MESSAGES

    joined = [key for key, entry in MESSAGES.items() for text in entry.values() if "{path}/" in text]
    assert not joined, joined


def test_a_report_over_a_file_windows_holds_for_a_moment_is_still_written(tmp_path, monkeypatch):
    from fourlayer.reporting import output

    target = tmp_path / "bao-cao.txt"
    target.write_text("cũ", encoding="utf-8")
    refusals = []
    real = os.replace

    def busy_replace(source, destination):
        if len(refusals) < 2:  # a scanner holds the file twice, then lets go
            refusals.append(destination)
            raise PermissionError(13, "The process cannot access the file")
        real(source, destination)

    monkeypatch.setattr(output, "_windows", lambda: True)
    monkeypatch.setattr(output, "_RETRIES", (0, 0, 0))
    monkeypatch.setattr(output.os, "replace", busy_replace)
    output.write_report("mới\n", str(target))
    assert target.read_text(encoding="utf-8") == "mới\n" and len(refusals) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.txt"]  # no temporary file left


def test_on_posix_a_refused_rename_is_not_retried(tmp_path, monkeypatch):
    from fourlayer.errors import UserError
    from fourlayer.reporting import output

    calls = []

    def refused(source, destination):
        calls.append(destination)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output, "_windows", lambda: False)
    monkeypatch.setattr(output.os, "replace", refused)
    with pytest.raises(UserError):
        output.write_report("x\n", str(tmp_path / "r.txt"))
    assert len(calls) == 1


@pytest.mark.parametrize("separator", ["/", "\\"], ids=["posix", "windows"])
@pytest.mark.parametrize("typed", ["{folder}", "{folder}/", "{folder}{sep}"])
def test_a_directory_as_output_suggests_a_file_name_with_the_systems_separator(
    cli, tmp_path, monkeypatch, separator, typed
):
    from fourlayer.reporting import output

    monkeypatch.setattr(output, "SEPARATOR", separator)
    folder = str(tmp_path)
    result = cli(
        [
            "check",
            ROOT / "examples" / "xa-hung-dong.yaml",
            "-o",
            typed.format(folder=folder, sep=os.sep),
            "--lang",
            "en",
        ]
    )
    assert result.exit_code == 2
    suggested = re.search(r"e\.g\. (\S+bao-cao\.json)\.", result.stderr)
    assert suggested, result.stderr
    # the folder as typed, then exactly one separator of the system's own, then the name
    assert suggested[1] == folder + separator + "bao-cao.json", result.stderr


def test_the_suggestion_uses_the_platforms_own_separator():
    from fourlayer.reporting import output

    assert os.sep == output.SEPARATOR
    assert output.in_folder("bao-cao", "bao-cao.json") == "bao-cao" + os.sep + "bao-cao.json"


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_vietnamese_reports_survive_a_stream_that_is_not_utf8(encoding):
    """``fourlayer check … > bao-cao.txt`` on Windows: stdout is in the ANSI code page."""
    result = subprocess.run(
        [*FOURLAYER, "check", "-q", "--as-of", "2026-09-30", str(ROOT / "examples" / "xa-hung-dong.yaml")],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": encoding, "FOURLAYER_LANG": "vi"},
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr.decode("utf-8", "replace")
    out = result.stdout  # never a crash: Vietnamese as UTF-8 or as \\u escapes
    assert b"xa-hung-dong.yaml" in out and (b"\\u" in out or "Tuân thủ".encode() in out), out


def test_readme_gives_the_windows_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for text in ("py -m venv .venv", ".venv\\Scripts\\fourlayer check", "pipx install ."):
        assert text in readme, text


def test_the_windows_paths_in_the_guide_use_backslashes():
    import re

    guide = (ROOT / "docs" / "huong-dan.md").read_text(encoding="utf-8")
    lines = [
        line
        for block in re.findall(r"```bat\n(.*?)```", guide, flags=re.S)
        for line in block.splitlines()
        if line.startswith(".venv")
    ]
    assert lines and all("/" not in line for line in lines), lines


def test_the_package_finds_its_data_without_file_paths():
    used = [
        path.name
        for path, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and node.id == "__file__"
    ]
    assert not used, used
