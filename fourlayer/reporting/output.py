"""Writing a report: to stdout, or atomically to a file that is never an input.

Problems are raised as :class:`~fourlayer.errors.UserError` (``output.*`` messages)."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import signal
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from fourlayer.errors import UserError

# Names of an already open descriptor: writing there must reach that descriptor, never
# replace what it points at (``-o /dev/stdout > log`` must not swap ``/dev/stdout``).
_DESCRIPTOR = re.compile(r"^/(dev/(stdin|stdout|stderr|fd/\d+)|proc/(self|thread-self|\d+)/fd/\d+)$")
_MAX_LINKS = 40


def encodable(text: str) -> str:
    """``text`` as valid UTF-8 can carry it: a lone surrogate (a file name that was not
    UTF-8, say) becomes a visible ``\\udcff`` escape instead of failing the write."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


SEPARATOR = os.sep
"""The system's path separator (read at each call: tests set it to Windows' one)."""


def in_folder(folder: str, name: str) -> str:
    """``name`` inside ``folder`` as the user types a path on this system: one separator of
    the system's own between them (``bao-cao\\bao-cao.json`` on Windows, even when the folder
    was typed ``bao-cao/`` or ``bao-cao\\``)."""
    trimmed = folder.rstrip("/" + SEPARATOR)
    return f"{trimmed}{SEPARATOR}{name}" if trimmed else f"{folder}{name}"


def _input_files(inputs: Iterable[str | Path]) -> Iterable[str | Path]:
    """The inputs, and in each folder among them the files ``discover`` finds there."""
    from fourlayer.reading.discovery import discover

    for item in inputs:
        yield item
        if os.path.isdir(item):
            yield from (found.path for found in discover([str(item)]) if found.problem is None)


def _stat_input(item: str | Path) -> os.stat_result:
    """What an input is on disk; ``-`` is standard input, whatever it was redirected from."""
    if str(item) == "-":
        if sys.stdin is None:
            raise OSError("standard input is closed")
        return os.fstat(sys.stdin.fileno())
    return os.stat(item)


def _is_input(info: os.stat_result, inputs: Iterable[str | Path]) -> bool:
    """Whether the file ``info`` describes is one of the inputs (through any link), standard
    input included: ``validate - -o /dev/stdin < f.yaml`` must not append to ``f.yaml``."""
    for item in _input_files(inputs):
        try:
            other = _stat_input(item)
        except (OSError, ValueError):
            continue
        if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
            return True
    return False


def _names_a_descriptor(path: str) -> bool:
    """Whether ``path``, or a link it leads through, is ``/dev/stdout``, ``/proc/self/fd/1``…"""
    current = os.path.abspath(path)
    for _ in range(_MAX_LINKS):
        if _DESCRIPTOR.match(current):
            return True
        try:
            link = os.readlink(current)
        except OSError:
            return False
        current = os.path.normpath(os.path.join(os.path.dirname(current), link))
    return False


def write_report(text: str | bytes | Iterable[str], destination: str | None, inputs: Iterable[str | Path] = ()) -> None:
    """Write ``text`` — one string, or the chunks of a report rendered piece by piece, so that
    a large report is never held whole, or the bytes of a binary document (xlsx, docx) —
    to stdout (``None`` or ``-``) or to ``destination``.

    A regular file is written atomically: a temporary file in the same directory,
    flushed and synced, then renamed over the target, so a failure leaves any previous
    report intact; the report keeps the previous file's permissions, or is readable by its
    owner only (``PRIVATE_MODE``, less what the umask takes). Special files (``/dev/null``,
    a FIFO, a terminal) and names of an open descriptor (``/dev/stdout``, ``/dev/fd/N``)
    are written in place, appended to and never replaced or truncated. An input file —
    one named, or one found in a folder named — is never overwritten, whatever link leads
    to it. Bytes are never written to a terminal (``output.binary-to-terminal``); redirected or piped stdout takes them.
    """
    chunks: bytes | Iterable[str] = text if isinstance(text, bytes) else _encodable_chunks(text)
    if destination is None or destination == "-":
        if isinstance(chunks, bytes):
            _write_stdout_bytes(chunks)
            return
        for chunk in chunks:
            sys.stdout.write(chunk)
        sys.stdout.flush()
        return
    target = Path(destination)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise UserError("output.failed", path=destination, reason=error.strerror or str(error)) from error
    if info is not None and stat.S_ISREG(info.st_mode) and _is_input(info, [*inputs, "-"]):
        # standard input counts as an input whatever name reaches it (``-o /dev/stdin``,
        # ``/dev/fd/0``, a link to one): a regular file redirected in is never appended to
        raise UserError("output.is-input", path=destination)
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise UserError("output.is-directory", path=destination, example=in_folder(destination, "bao-cao.json"))
    if (info is not None and not stat.S_ISREG(info.st_mode)) or _names_a_descriptor(destination):
        if isinstance(text, bytes) and info is not None and stat.S_ISCHR(info.st_mode) and _is_terminal(target):
            raise UserError("output.binary-to-terminal")
        _write_in_place(target, chunks, destination)
        return
    _write_atomically(target, chunks, destination, None if info is None else stat.S_IMODE(info.st_mode))


def _is_terminal(target: Path) -> bool:
    try:
        # O_NOCTTY and O_NONBLOCK are POSIX only; Windows has neither, nor needs them
        descriptor = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        return os.isatty(descriptor)
    finally:
        os.close(descriptor)


def _write_stdout_bytes(data: bytes) -> None:
    if sys.stdout.isatty():
        raise UserError("output.binary-to-terminal")
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _encodable_chunks(text: str | Iterable[str]) -> Iterator[str]:
    for chunk in (text,) if isinstance(text, str) else text:
        yield encodable(chunk)


def _encoded(chunks: bytes | Iterable[str]) -> Iterator[bytes]:
    """The bytes to write: a binary document as it is, text as UTF-8 (no newline translation)."""
    if isinstance(chunks, bytes):
        yield chunks
        return
    for chunk in chunks:
        yield chunk.encode("utf-8")


def _write_in_place(target: Path, chunks: bytes | Iterable[str], shown: str) -> None:
    try:
        with open(target, "ab") as handle:
            for chunk in _encoded(chunks):
                handle.write(chunk)
    except OSError as error:
        raise UserError("output.failed", path=shown, reason=error.strerror or str(error)) from error


PRIVATE_MODE = 0o600
"""A new report, or a new history file, is readable and writable by its owner only: a gap
report is a map of where a state system is weak (``docs/security.md``)."""


def _new_file_mode() -> int:
    """A new report's permissions: the owner's only (``PRIVATE_MODE``), less what the umask
    takes too. To share reports on purpose, give the file the permissions wanted once
    (``chmod 640 bao-cao.html``): a report written again keeps its file's permissions."""
    mask = os.umask(0o022)
    os.umask(mask)
    return PRIVATE_MODE & ~mask


_RETRIES = (0.05, 0.1, 0.2, 0.4, 0.8)
"""Waits (seconds) before trying a refused rename again, on Windows only."""


def _windows() -> bool:
    return os.name == "nt"


def _replace(temporary: str, target: Path) -> None:
    """``os.replace``, which is atomic on Windows too; there a virus scanner or the search
    indexer may hold the new or the old file for a moment (``PermissionError``), so a refused
    rename is tried again a few times before the error reaches the user."""
    import time

    for wait in _RETRIES if _windows() else ():
        try:
            os.replace(temporary, target)
            return
        except PermissionError:
            time.sleep(wait)
    os.replace(temporary, target)


@contextlib.contextmanager
def uninterrupted() -> Iterator[None]:
    """Ctrl-C and SIGTERM held back while a temporary file or folder is made and its name
    noted: a signal falling between the two would stop the run with the file made but unknown
    to the code that removes it. One that arrives meanwhile stops the run as the block ends
    (its own handler raises there), when the name is known.

    Python runs signal handlers on the main thread only, whichever thread the system gave the
    signal to: so handlers, not the system's signal mask, are held, and work on another thread
    is never split by one. A signal with no handler of Python's (ignored, or the system's
    default) is left as it is."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def hold(number: int, frame: object) -> None:
        caught.append(number)

    held: dict[int, Callable[[int, Any], Any]] = {}
    try:
        for number in (signal.SIGINT, signal.SIGTERM):
            handler = signal.getsignal(number)
            if callable(handler):
                held[number] = handler
                signal.signal(number, hold)
        yield
    finally:
        for number_held, handler_held in held.items():
            signal.signal(number_held, handler_held)
        if caught:
            held[caught[0]](caught[0], None)


def _write_atomically(target: Path, chunks: bytes | Iterable[str], shown: str, mode: int | None) -> None:
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.exists():
        raise UserError("output.no-directory", path=shown, directory=str(directory))
    if not directory.is_dir():
        raise UserError("output.failed", path=shown, reason=os.strerror(errno.ENOTDIR))
    temporary = None
    try:
        with contextlib.ExitStack() as closing:
            with uninterrupted():  # the file is made, named and set to be closed as one step
                handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
                stream = closing.enter_context(os.fdopen(handle, "wb"))
            for chunk in _encoded(chunks):
                stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temporary, _new_file_mode() if mode is None else mode)
        _replace(temporary, target)
        temporary = None
    except OSError as error:
        raise UserError("output.failed", path=shown, reason=error.strerror or str(error)) from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
