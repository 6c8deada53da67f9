"""Writing a report: to stdout, or atomically to a file that is never an input."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path


class OutputError(Exception):
    """The report could not be written; ``key`` names the message, ``params`` fill it."""

    def __init__(self, key: str, **params: str) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_report(text: str, destination: str | None, inputs: Iterable[str | Path] = ()) -> None:
    """Write ``text`` to stdout (``None`` or ``-``) or to ``destination``.

    A regular file is written atomically: a temporary file in the same directory,
    flushed and synced, then renamed over the target, so a failure leaves any previous
    report intact. Special files (``/dev/null``, a FIFO, a terminal) are written in
    place, never replaced. An input file is never overwritten.
    """
    if destination is None or destination == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(destination)
    for item in inputs:
        if _same_file(target, Path(item)):
            raise OutputError("output.is-input", path=destination)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise OutputError("output.failed", path=destination, reason=error.strerror or str(error)) from error
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError("output.is-directory", path=destination)
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_in_place(target, text, destination)
        return
    _write_atomically(target, text, destination)


def _write_in_place(target: Path, text: str, shown: str) -> None:
    try:
        with open(target, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as error:
        raise OutputError("output.failed", path=shown, reason=error.strerror or str(error)) from error


def _write_atomically(target: Path, text: str, shown: str) -> None:
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError("output.no-directory", path=shown, directory=str(directory))
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temporary, 0o644)
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise OutputError("output.failed", path=shown, reason=error.strerror or str(error)) from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
