"""The files of an audit, found once each, and evaluated in worker processes.

Each worker loads nothing but the settings it is started with (the checklist is sent once
per worker by the pool initializer), reads its files itself and sends back a row
(:func:`fourlayer.rounds.audit.rows.summarise`). Rows come back in discovery order whatever
``jobs`` is, so ``--jobs 1`` (in-process, no pool) and ``--jobs N`` give the same run.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from fourlayer.collector import settle
from fourlayer.reading.discovery import Target, discover
from fourlayer.rounds.audit.rows import Row, summarise
from fourlayer.runner import STDIN, Settings

_WORKER: dict[str, Settings] = {}


def _start_worker(settings: Settings) -> None:
    """Pool initializer: the checklist arrives once per worker, with the settings.

    Workers ignore Ctrl-C: the parent alone handles it, drops the chunks not started and
    lets the pool wind down cleanly (a worker interrupted mid-write can hang the pool)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler is for the parent only
    _WORKER["settings"] = settings
    settle()  # a spawned worker starts with the collector's defaults


def _work(target: Target) -> Row:
    return summarise(target, _WORKER["settings"])


def default_jobs() -> int:
    """The CPUs this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)  # pragma: no cover - platforms without affinity


def chunk_size(files: int, jobs: int) -> int:
    """Big enough to keep the pipes quiet, small enough to share the work evenly."""
    return max(1, min(64, files // (jobs * 8)))


def unique_targets(paths: list[str]) -> list[Target]:
    """``discover`` with the same file reached twice kept only at its first place. A folder
    named on the command line that cannot be listed stays a named path (exit 2)."""
    seen: set[str | tuple[int, int]] = set()
    named = set(paths) | {str(Path(p)) for p in paths}  # discover spells folders as Path does
    out = []
    for found in discover(paths):
        target = replace(found, given=True) if not found.given and found.path in named else found
        if target.path != STDIN and target.problem is None:
            key = file_identity(target.path)
            if key in seen:
                continue
            seen.add(key)
        out.append(target)
    return out


def file_identity(path: str) -> str | tuple[int, int]:
    """What makes two paths the same file: device and inode (so a hard link is the same
    file as its original), else the resolved path when the file cannot be examined."""
    try:
        info = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    return (info.st_dev, info.st_ino)


def evaluate_targets(targets: list[Target], settings: Settings, jobs: int) -> Iterator[Row]:
    """Rows in the order of ``targets``. Standard input, if named, is read here, never in a
    worker (workers have no stdin)."""
    from_stdin = {i: summarise(t, settings) for i, t in enumerate(targets) if t.path == STDIN}
    files = [t for t in targets if t.path != STDIN]
    workers = min(jobs, len(files))
    if workers <= 1:
        rows: Iterator[Row] = (summarise(t, settings) for t in files)
        yield from _merge(len(targets), from_stdin, rows)
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(settings,))
    try:
        yield from _merge(len(targets), from_stdin, pool.map(_work, files, chunksize=chunk_size(len(files), workers)))
    finally:
        # on Ctrl-C or an early stop, drop the chunks not started instead of finishing them
        pool.shutdown(wait=True, cancel_futures=True)


def _merge(total: int, fixed: dict[int, Row], rest: Iterator[Row]) -> Iterator[Row]:
    for index in range(total):
        yield fixed[index] if index in fixed else next(rest)
