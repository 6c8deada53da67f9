"""Finding the assessment files under the paths a user gives.

Directories are walked recursively for ``*.yaml``, ``*.yml`` and ``*.xlsx`` workbooks (not
Excel's ``~$`` lock files), and for spreadsheets saved in another format (``*.ods``,
``*.xls``, ``*.csv``: never skipped silently; reading one says to save it as ``.xlsx``,
:func:`other_spreadsheet`), in sorted order, so
every run sees the same files in the same order. Symbolic links are followed only
while they stay inside the roots given; a loop or a link outside is skipped.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".yaml", ".yml", ".xlsx", ".ods", ".xls", ".csv")
OTHER_SPREADSHEETS = {".ods": "ods", ".xls": "xls", ".csv": "csv"}
"""Spreadsheets an agency may send instead of an ``.xlsx`` workbook: found, and told apart."""
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The first bytes of an old Excel ``.xls`` (an OLE2 compound file)."""
ODS = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
"""An OpenDocument spreadsheet: a zip whose first member, stored, is ``mimetype``."""
LOCK_PREFIX = "~$"
"""Excel's owner file beside an open workbook (``~$tu-danh-gia.xlsx``): not a workbook."""


@dataclass(frozen=True, slots=True)
class Target:
    """A file to read, with the name shown for it, or a path that could not be used."""

    path: str
    problem: str | None = None  # a finding code when the path itself is unusable
    given: bool = True  # named by the user, not found by walking a directory


def discover(paths: list[str]) -> Iterator[Target]:
    for given in paths:
        if given == "-":
            yield Target(given)
            continue
        try:
            info = os.stat(given)
        except FileNotFoundError:
            yield Target(given, "file-not-found")
            continue
        except PermissionError:
            yield Target(given, "permission-denied")
            continue
        except OSError:
            yield Target(given, "path-unreadable")
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(given)
        else:
            yield Target(given)


def other_spreadsheet(path: str, head: bytes) -> str | None:
    """``ods``, ``xls`` or ``csv`` when a file (its name, and ``head``, its first bytes) is a
    spreadsheet in a format other than ``.xlsx``: by its content first (an ``.ods`` or
    ``.xls`` renamed to ``.xlsx`` or ``.yaml`` is still one), then by a ``.csv`` name."""
    if head.startswith(OLE2):
        return "xls"
    if head.startswith(b"PK\x03\x04") and ODS in head[:120]:
        return "ods"
    suffix = os.path.splitext(path)[1].lower()
    return "csv" if OTHER_SPREADSHEETS.get(suffix) == "csv" else None


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _entries(folder: Path) -> list[os.DirEntry[str]] | str:
    """The folder's entries by name, or the finding code that says why it cannot be listed."""
    try:
        return sorted(os.scandir(folder), key=lambda e: e.name)
    except PermissionError:
        return "permission-denied"
    except OSError:
        return "path-unreadable"


def _wanted(name: str) -> bool:
    """An assessment by its name: a YAML or workbook suffix, not an office lock file."""
    return name.lower().endswith(SUFFIXES) and not name.startswith(LOCK_PREFIX)


def _follow(entry: os.DirEntry[str], path: Path, real_root: Path, seen_dirs: set[Path]) -> str | None:
    """What a link or a folder found while walking is: ``"folder"`` to walk (once, however
    many links reach it), ``"file"`` (a link to a file inside the walk), or None to skip
    (a dangling link, a loop, a link leaving the folder, a folder already walked)."""
    if entry.is_symlink():
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):  # a dangling link or a loop
            return None
        if not _inside(real, real_root):
            return None
        if not real.is_dir():
            return "file"
    else:
        real = path.resolve()
    if real in seen_dirs:
        return None
    seen_dirs.add(real)
    return "folder"


def _walk(root_text: str) -> Iterator[Target]:
    root = Path(root_text)
    real_root = root.resolve()
    seen_dirs = {real_root}
    stack = [root]
    found: list[str] = []
    unreadable: dict[str, str] = {}
    while stack:
        folder = stack.pop()
        entries = _entries(folder)
        if isinstance(entries, str):  # a folder that cannot be listed is reported, not skipped
            found.append(str(folder))
            unreadable[str(folder)] = entries
            continue
        subfolders = []
        base = str(folder)
        for entry in entries:
            if not entry.is_symlink() and not entry.is_dir(follow_symlinks=False):
                # a plain file: its name as ``str(Path(...))`` spells it, without building a
                # Path (whose parts pathlib interns: an audit of 10,000 files kept them all)
                if _wanted(entry.name):
                    found.append(entry.name if base == "." else os.path.join(base, entry.name))
                continue
            path = Path(entry.path)
            kind = _follow(entry, path, real_root, seen_dirs)
            if kind == "folder":
                subfolders.append(path)
            elif kind == "file" and _wanted(entry.name):
                found.append(str(path))
        stack.extend(reversed(subfolders))
    for name in sorted(found):
        yield Target(name, unreadable.get(name), given=name == root_text)
