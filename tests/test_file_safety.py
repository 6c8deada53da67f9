"""Files the tool writes and files it reads: nothing is overwritten, lost, or hangs the run.

``--output`` is written atomically (a failure at any step leaves the previous report
whole and no temporary file behind), never over an input (named, found in a folder,
reached through a symbolic or a hard link, or the checklist), in place for special files
(``/dev/null``, a FIFO, ``/dev/stdout`` and other names of an open descriptor), with the
permissions the previous report or the umask gives. ``audit`` stays inside its folders
and survives links, loops, unreadable files and files that are not files.

The suite runs as root on CI, where ``chmod`` denies nothing: permission errors are then
injected at the system call (``os.open``, ``os.scandir``, ``tempfile.mkstemp``), and the
``chmod`` variants run only for other users.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import ENV_PYTHON, FOURLAYER, ROOT, VALID, run_cli
from test_fuzz import no_crash

import fourlayer.reporting.output
from fourlayer.reading.loading import DEFAULT_LIMITS, read_text

AS_OF = "2026-11-27"
PREVIOUS = "the previous report, which must survive\n"
ROOT_USER = os.geteuid() == 0


@pytest.fixture
def agency(tmp_path: Path) -> Path:
    path = tmp_path / "agency.yaml"
    path.write_text(VALID, encoding="utf-8")
    return path


def check(agency: Path, output: Path | str, *extra: str | Path) -> Any:
    return run_cli(
        [
            "check",
            agency,
            "--format",
            "json",
            "--as-of",
            AS_OF,
            "--fail-on",
            "never",
            "--lang",
            "en",
            "--output",
            output,
            *extra,
        ]
    )


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- atomic writes ----------------------------------------------------------------------------
def test_a_report_replaces_the_previous_one_whole(agency: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text(PREVIOUS, encoding="utf-8")
    result = check(agency, target)
    assert result.exit_code == 0 and result.stdout == "", result.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["as_of"] == AS_OF
    assert leftovers(tmp_path) == []


def _raise(error: BaseException) -> Any:
    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise error

    return fail


class _FailingStream:
    """A file object whose ``write`` fails half-way, as on a full disk."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def __enter__(self) -> _FailingStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()

    def write(self, text: str) -> int:
        self.real.write(text[: len(text) // 2])
        self.real.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("step", ["write", "fsync", "replace", "mkstemp"])
def test_a_failure_mid_write_leaves_the_previous_report(
    agency: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    target = tmp_path / "report.json"
    target.write_text(PREVIOUS, encoding="utf-8")
    if step == "write":
        real_fdopen = os.fdopen
        monkeypatch.setattr(
            fourlayer.reporting.output.os, "fdopen", lambda *a, **k: _FailingStream(real_fdopen(*a, **k))
        )
    elif step == "fsync":
        monkeypatch.setattr(fourlayer.reporting.output.os, "fsync", _raise(OSError(errno.EIO, os.strerror(errno.EIO))))
    elif step == "replace":
        monkeypatch.setattr(
            fourlayer.reporting.output.os, "replace", _raise(OSError(errno.EXDEV, os.strerror(errno.EXDEV)))
        )
    else:
        monkeypatch.setattr(
            fourlayer.reporting.output.tempfile,
            "mkstemp",
            _raise(PermissionError(errno.EACCES, os.strerror(errno.EACCES))),
        )
    result = check(agency, target)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"fourlayer: Cannot write the report {target}: "), result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert target.read_text(encoding="utf-8") == PREVIOUS
    assert leftovers(tmp_path) == []


def test_an_interrupt_mid_write_leaves_the_previous_report(
    agency: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.json"
    target.write_text(PREVIOUS, encoding="utf-8")
    monkeypatch.setattr(fourlayer.reporting.output.os, "replace", _raise(KeyboardInterrupt()))
    result = check(agency, target)
    assert result.exit_code in (2, 130) and "Stopped on request." in result.stderr, result.stderr
    assert target.read_text(encoding="utf-8") == PREVIOUS
    assert leftovers(tmp_path) == []


def test_the_new_report_gets_the_umask_and_keeps_the_old_permissions(agency: Path, tmp_path: Path) -> None:
    """On a shared runner a report written under ``umask 077`` stays private, and a report
    someone made private stays so when it is written again."""
    fresh, private = tmp_path / "fresh.json", tmp_path / "private.json"
    private.write_text(PREVIOUS, encoding="utf-8")
    private.chmod(0o600)
    old = os.umask(0o077)
    try:
        assert check(agency, fresh).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    os.umask(0o022)
    try:
        assert check(agency, private).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert json.loads(private.read_text(encoding="utf-8"))["as_of"] == AS_OF


# --- never over an input -------------------------------------------------------------------------
def _refused(result: Any, path: Path, before: bytes) -> None:
    assert result.exit_code == 2, result.stderr
    assert "is an input file" in result.stderr, result.stderr
    assert path.read_bytes() == before


def test_never_over_an_input_named_linked_or_found_in_a_folder(agency: Path, tmp_path: Path) -> None:
    before = agency.read_bytes()
    symlink, hardlink = tmp_path / "link.json", tmp_path / "hard.json"
    symlink.symlink_to(agency)
    os.link(agency, hardlink)
    for output in (agency, symlink, hardlink, tmp_path / "." / "agency.yaml"):
        _refused(check(agency, output), agency, before)
    # the input named through a link, the real file as the output
    _refused(check(symlink, agency), agency, before)
    # found in a folder: check, validate and audit
    for command in (
        ["check", tmp_path, "--as-of", AS_OF],
        ["validate", tmp_path],
        ["audit", tmp_path, "--jobs", "1", "--as-of", AS_OF],
    ):
        _refused(run_cli([*command, "--lang", "en", "--output", agency]), agency, before)
        _refused(run_cli([*command, "--lang", "en", "--output", hardlink]), agency, before)
    # diff: both sides
    _refused(run_cli(["diff", agency, symlink, "--lang", "en", "--as-of", AS_OF, "--output", hardlink]), agency, before)


def test_never_over_the_checklist(agency: Path, tmp_path: Path) -> None:
    """``--checklist FILE`` is an input too."""
    checklist = tmp_path / "checklist.yaml"
    checklist.write_text((ROOT / "checklists" / "four-layer.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    before = checklist.read_bytes()
    for command in (
        ["check", agency, "--as-of", AS_OF],
        ["validate", agency],
        ["audit", agency, "--jobs", "1", "--as-of", AS_OF],
    ):
        result = run_cli([*command, "--checklist", checklist, "--lang", "en", "--output", checklist])
        _refused(result, checklist, before)


def test_a_link_as_output_is_replaced_not_followed(agency: Path, tmp_path: Path) -> None:
    """A link planted where the report goes (``/tmp/report.json -> ~/.bashrc``) is replaced
    by the report; the file it pointed at is untouched."""
    victim = tmp_path / "victim.txt"
    victim.write_text(PREVIOUS, encoding="utf-8")
    planted = tmp_path / "report.json"
    planted.symlink_to(victim)
    assert check(agency, planted).exit_code == 0
    assert victim.read_text(encoding="utf-8") == PREVIOUS
    assert not planted.is_symlink() and json.loads(planted.read_text(encoding="utf-8"))["as_of"] == AS_OF


# --- special files ------------------------------------------------------------------------------
def test_dash_is_stdout(agency: Path, tmp_path: Path) -> None:
    result = check(agency, "-")
    assert result.exit_code == 0 and json.loads(result.stdout)["as_of"] == AS_OF
    assert not (tmp_path / "-").exists() and not Path("-").exists()


def test_dev_null_is_written_in_place(agency: Path) -> None:
    result = check(agency, "/dev/null")
    assert result.exit_code == 0 and result.stdout == "", result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_fifo_is_written_in_place(agency: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as pipe:
            received.append(pipe.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    result = check(agency, fifo)
    thread.join(timeout=10)
    assert result.exit_code == 0, result.stderr
    assert not thread.is_alive()
    assert json.loads(received[0].decode("utf-8"))["as_of"] == AS_OF
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def _fourlayer(args: list[str | Path], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "FOURLAYER_LANG": "en"}
    return subprocess.run([*FOURLAYER, *map(str, args)], env=env, timeout=60, check=False, **kwargs)


def test_dev_stdout_reaches_standard_output(agency: Path) -> None:
    done = _fourlayer(
        ["check", agency, "--format", "json", "--as-of", AS_OF, "--fail-on", "never", "--output", "/dev/stdout"],
        capture_output=True,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["as_of"] == AS_OF
    assert os.path.islink("/dev/stdout") or stat.S_ISCHR(os.stat("/dev/stdout").st_mode)


def test_a_name_of_standard_output_is_never_replaced(agency: Path, tmp_path: Path) -> None:
    """``-o out.json`` where ``out.json`` is a link to ``/proc/self/fd/1`` (as ``/dev/stdout``
    is), with standard output redirected to a file: the report reaches that file and the
    link stays. Renaming a temporary file over it would replace the link instead — for
    ``/dev/stdout`` itself, a file of the system. Appending also keeps what ``>>`` kept."""
    link = tmp_path / "out.json"
    link.symlink_to("/proc/self/fd/1")
    captured = tmp_path / "captured.txt"
    captured.write_text("kept\n", encoding="utf-8")
    with open(captured, "ab") as stdout:
        done = _fourlayer(
            ["check", agency, "--format", "json", "--as-of", AS_OF, "--fail-on", "never", "--output", link],
            stdout=stdout,
            stderr=subprocess.PIPE,
        )
    assert done.returncode == 0, done.stderr
    assert link.is_symlink()
    text = captured.read_text(encoding="utf-8")
    assert text.startswith("kept\n") and json.loads(text[len("kept\n") :])["as_of"] == AS_OF
    assert leftovers(tmp_path) == []


# --- where the report cannot go ---------------------------------------------------------------
def test_missing_directory_and_a_file_as_directory_are_clear_errors(agency: Path, tmp_path: Path) -> None:
    missing = check(agency, tmp_path / "no" / "such" / "report.json")
    assert missing.exit_code == 2
    assert missing.stderr == (
        f"fourlayer: Cannot write the report {tmp_path / 'no' / 'such' / 'report.json'}: "
        f"the directory {tmp_path / 'no' / 'such'} does not exist. Create it first.\n"
    )
    plain = tmp_path / "plain.txt"
    plain.write_text(PREVIOUS, encoding="utf-8")
    under_a_file = check(agency, plain / "report.json")
    assert under_a_file.exit_code == 2
    assert under_a_file.stderr.startswith(f"fourlayer: Cannot write the report {plain / 'report.json'}: ")
    assert "Not a directory" in under_a_file.stderr and "Traceback" not in under_a_file.stderr
    assert plain.read_text(encoding="utf-8") == PREVIOUS
    folder = check(agency, tmp_path)
    assert folder.exit_code == 2 and "is a directory" in folder.stderr


@pytest.mark.skipif(ROOT_USER, reason="root writes into a read-only folder; see the injected variant above")
def test_a_read_only_folder_is_a_clear_error(agency: Path, tmp_path: Path) -> None:  # pragma: no cover - non-root
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "report.json").write_text(PREVIOUS, encoding="utf-8")
    folder.chmod(0o555)
    try:
        result = check(agency, folder / "report.json")
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 2 and "Permission denied" in result.stderr
    assert (folder / "report.json").read_text(encoding="utf-8") == PREVIOUS


def test_undecodable_file_names_are_shown_escaped(agency: Path, tmp_path: Path) -> None:
    """A name that is not UTF-8 (a zip made on Windows) reaches every format as a visible
    ``\\udcf6`` escape, and the report file is still written."""
    folder = tmp_path / "zip"
    folder.mkdir()
    name = os.fsdecode(b"S\xf6 Y t\xea.yaml")
    (folder / name).write_text(VALID, encoding="utf-8")
    target = tmp_path / "report.json"
    result = run_cli(["check", folder, "--format", "json", "--as-of", AS_OF, "--output", target])
    assert result.exit_code == 1, result.stderr
    assert json.loads(target.read_bytes().decode("utf-8"))["reports"][0]["source"] == str(folder / name)
    for fmt in ("console", "json", "csv"):
        audited = run_cli(["audit", folder, "--jobs", "1", "--format", fmt, "--as-of", AS_OF, "--lang", "en"])
        # the console wraps a long path anywhere, even inside the escape: compare without line breaks
        assert audited.exit_code == 1 and "\\udcf6" in "".join(audited.stdout.split()), audited.stderr
    for fmt in ("console", "sarif", "junit", "markdown", "github"):
        checked = run_cli(["check", folder, "--format", fmt, "--as-of", AS_OF, "--lang", "en"])
        assert checked.exit_code == 1 and "Internal error" not in checked.stderr, checked.stderr


# --- what audit reads ----------------------------------------------------------------------------
def _audit(*paths: Path) -> tuple[int, dict[str, Any]]:
    result = run_cli(
        ["audit", *paths, "--jobs", "1", "--format", "json", "--as-of", AS_OF, "--fail-on", "never", "--lang", "en"]
    )
    return result.exit_code, json.loads(result.stdout) if result.stdout else {}


def test_audit_stays_inside_its_folders(tmp_path: Path) -> None:
    root, outside = tmp_path / "root", tmp_path / "outside"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    (root / "a.yaml").write_text(VALID, encoding="utf-8")
    (outside / "secret.yaml").write_text(VALID.replace("Sở Thử nghiệm", "SECRET"), encoding="utf-8")
    (root / "out-file.yaml").symlink_to(outside / "secret.yaml")
    (root / "out-dir").symlink_to(outside)
    (root / "sub" / "up").symlink_to("..")  # a loop back to the root
    (root / "loop1.yaml").symlink_to("loop2.yaml")
    (root / "loop2.yaml").symlink_to("loop1.yaml")
    (root / "dangling.yaml").symlink_to(tmp_path / "nowhere.yaml")
    (root / "same.yaml").symlink_to("a.yaml")
    code, data = _audit(root)
    assert code == 0
    assert [row["source"] for row in data["agencies"]] == [str(root / "a.yaml")]  # once, and nothing outside
    assert "SECRET" not in json.dumps(data) and data["errors"] == []


def test_audit_survives_a_folder_and_a_fifo_named_yaml(tmp_path: Path) -> None:
    """A FIFO named ``x.yaml`` is refused without being opened for a blocking read (a
    subprocess with a timeout: a hang fails the test instead of the suite)."""
    (tmp_path / "a.yaml").write_text(VALID, encoding="utf-8")
    (tmp_path / "folder.yaml").mkdir()
    (tmp_path / "folder.yaml" / "inner.yaml").write_text(VALID, encoding="utf-8")
    os.mkfifo(tmp_path / "fifo.yaml")
    started = time.monotonic()
    done = _fourlayer(
        ["audit", tmp_path, "--jobs", "2", "--format", "json", "--as-of", AS_OF, "--fail-on", "never"],
        capture_output=True,
    )
    assert time.monotonic() - started < 30
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert [row["source"] for row in data["agencies"]] == [
        str(tmp_path / "a.yaml"),
        str(tmp_path / "folder.yaml" / "inner.yaml"),
    ]
    assert [(e["source"], [f["code"] for f in e["findings"]]) for e in data["errors"]] == [
        (str(tmp_path / "fifo.yaml"), ["not-regular-file"])
    ]


def test_a_fifo_swapped_in_after_the_check_does_not_hang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Between ``stat`` and ``open`` a regular file is replaced by a FIFO with no writer: the
    read must not block for ever (the file is opened without blocking and checked again)."""
    fifo = tmp_path / "swapped.yaml"
    os.mkfifo(fifo)
    regular = os.stat(__file__)
    real_stat = os.stat
    monkeypatch.setattr(
        "fourlayer.reading.loading.os.stat",
        lambda path, *a, **k: regular if str(path) == str(fifo) else real_stat(path, *a, **k),
    )
    outcome: list[Any] = []
    thread = threading.Thread(
        target=lambda: outcome.append(read_text(fifo, "swapped.yaml", DEFAULT_LIMITS)), daemon=True
    )
    thread.start()
    thread.join(timeout=5)
    hung = thread.is_alive()
    if hung:  # unblock the reader so that the suite can end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(timeout=5)
    assert not hung, "reading a FIFO blocked"
    text, problem = outcome[0]
    assert text is None and problem is not None and problem.code == "not-regular-file"


def test_audit_survives_an_unreadable_file_and_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission errors injected at ``os.open`` and ``os.scandir`` (root reads everything):
    each becomes that path's error row, the other files are evaluated."""
    (tmp_path / "a.yaml").write_text(VALID, encoding="utf-8")
    (tmp_path / "secret.yaml").write_text(VALID, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.yaml").write_text(VALID, encoding="utf-8")
    real_open, real_scandir = os.open, os.scandir

    def fake_open(path: Any, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith("secret.yaml"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, *args, **kwargs)

    def fake_scandir(path: Any = ".") -> Any:
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)
    code, data = _audit(tmp_path)
    assert code == 1
    assert [row["source"] for row in data["agencies"]] == [str(tmp_path / "a.yaml")]
    assert sorted((e["source"], e["findings"][0]["code"]) for e in data["errors"]) == [
        (str(tmp_path / "locked"), "permission-denied"),
        (str(tmp_path / "secret.yaml"), "permission-denied"),
    ]


@pytest.mark.skipif(ROOT_USER, reason="root reads every file; see the injected variant above")
def test_audit_survives_a_really_unreadable_file(tmp_path: Path) -> None:  # pragma: no cover - non-root
    (tmp_path / "a.yaml").write_text(VALID, encoding="utf-8")
    secret = tmp_path / "secret.yaml"
    secret.write_text(VALID, encoding="utf-8")
    secret.chmod(0)
    code, data = _audit(tmp_path)
    assert code == 1
    assert [(e["source"], e["findings"][0]["code"]) for e in data["errors"]] == [(str(secret), "permission-denied")]


# --- an audit folder with a hard link -----------------------------------------------------------
def test_a_hard_linked_file_is_counted_once(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(VALID, encoding="utf-8")
    os.link(tmp_path / "a.yaml", tmp_path / "b.yaml")
    done = run_cli(["audit", tmp_path, "--format", "json", "--jobs", "1", "--as-of", AS_OF])
    data = json.loads(done.stdout)
    assert len(data["agencies"]) == 1, data["agencies"]


# --- standard input ------------------------------------------------------------------------------------
def _fourlayer_text(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """``python -m fourlayer ARGS`` in English, its output captured as text."""
    env = {**os.environ, "FOURLAYER_LANG": "en", "NO_COLOR": "1"}
    return subprocess.run(
        [*ENV_PYTHON, "-m", "fourlayer", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        **kwargs,
    )  # type: ignore[call-overload, no-any-return]


def _close_stdin() -> None:  # pragma: no cover - runs in the child
    os.close(0)


@pytest.mark.parametrize("command", ["validate", "check", "audit"])
def test_a_closed_standard_input_is_a_clear_error(command: str) -> None:
    done = _fourlayer_text([command, "-"], stdin=None, preexec_fn=_close_stdin)
    assert done.returncode == 2, (done.stdout, done.stderr)
    no_crash(done.stdout, done.stderr)
    assert "stdin-unavailable" in done.stdout + done.stderr


@pytest.mark.parametrize("name", ["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0", "link"])
def test_standard_input_is_an_input_whatever_name_reaches_it(tmp_path: Path, name: str) -> None:
    source = tmp_path / "f.yaml"
    source.write_text(VALID, encoding="utf-8")
    link = tmp_path / "link"
    link.symlink_to("/dev/stdin")
    if not os.path.exists(name if name != "link" else "/dev/stdin"):
        pytest.skip(f"{name} does not exist here")
    target = str(link) if name == "link" else name
    for args in (
        ["validate", "-", "-o", target],
        ["check", "-", "-o", target, "--as-of", AS_OF],
        ["validate", "--format", "json", "-o", target, "-"],
    ):
        with open(source, "rb") as stdin:
            done = _fourlayer_text(args, stdin=stdin)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert source.read_text(encoding="utf-8") == VALID, args


def test_dev_null_as_output_still_works_with_dev_null_as_input() -> None:
    with open(os.devnull, "rb") as stdin:
        done = _fourlayer_text(
            ["validate", str(ROOT / "examples" / "xa-hung-dong.yaml"), "-o", os.devnull], stdin=stdin
        )
    assert done.returncode in (0, 1), done.stderr
    no_crash(done.stdout, done.stderr)
