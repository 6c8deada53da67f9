"""Quarterly rounds for history tests: the same agencies, a quarter later.

``next_round(src, dst, seed)`` copies a folder of generated assessments and lets each
agency move a little, as a real quarter does: some answers improve (``not_implemented`` →
``partial`` → ``implemented``), some regress, and a few agencies do not submit. The same
arguments always give the same files.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

STEPS_UP = {"not_implemented": "partial", "partial": "implemented"}
STEPS_DOWN = {"implemented": "partial", "partial": "not_implemented"}
STATUS = re.compile(r"status: (implemented|partial|not_implemented)\b")


def next_round(src: str | Path, dst: str | Path, seed: int, drop: int = 2) -> list[Path]:
    """Write the next quarter of every file under ``src`` into ``dst``; ``drop`` agencies
    (chosen by ``seed``) do not submit. Returns the written paths, sorted."""
    rng = random.Random(f"fourlayer-round-{seed}")
    files = sorted(Path(src).rglob("*.yaml"))
    dropped = set(rng.sample(range(len(files)), min(drop, len(files))))
    written = []
    for index, path in enumerate(files):
        if index in dropped:
            continue
        mood = rng.choice(("up", "up", "same", "down"))
        steps = STEPS_UP if mood == "up" else STEPS_DOWN

        def move(match: re.Match[str], steps: dict[str, str] = steps, mood: str = mood) -> str:
            status = match.group(1)
            if mood != "same" and status in steps and rng.random() < 0.35:
                return f"status: {steps[status]}"
            return match.group(0)

        text = STATUS.sub(move, path.read_text(encoding="utf-8"))
        target = Path(dst) / path.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return sorted(written)
