"""The progress bar of long commands (``audit``), on stderr: part of the command line, not
of any report (rich is imported only once a bar is actually shown)."""

from __future__ import annotations

import time
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

PROGRESS_AFTER_FILES = 50
PROGRESS_AFTER_SECONDS = 1.0


class ProgressBar:
    """A transient progress bar on stderr, shown only on a terminal and only for a run
    long enough to need one (more than 50 files, or still going after a second).
    Use as ``with ProgressBar(enabled) as bar: run_audit(..., progress=bar)``."""

    def __init__(self, enabled: bool, label: str = "") -> None:
        self.enabled = enabled
        self.label = label
        self._started = time.monotonic()
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            if total <= PROGRESS_AFTER_FILES and time.monotonic() - self._started < PROGRESS_AFTER_SECONDS:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                TextColumn(self.label),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._task = self._bar.add_task(self.label, total=total, completed=done)
            self._bar.start()
            return
        if self._task is not None:
            self._bar.update(self._task, completed=done)

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
