"""What ``checklist list`` and ``checklist show`` show: the controls a reader asked for."""

from __future__ import annotations

from dataclasses import dataclass

from fourlayer.model.checklist import Checklist, Control


@dataclass(frozen=True)
class ControlList:
    """What ``checklist list`` shows: the controls of a layer and level (``None``: all)."""

    checklist: Checklist
    layer: int | None = None
    level: int | None = None


@dataclass(frozen=True)
class ControlView:
    """What ``checklist show`` shows: one control."""

    checklist: Checklist
    control: Control


def select(checklist: Checklist, layer: int | None, level: int | None) -> list[Control]:
    return [
        c for c in checklist.controls if (layer is None or c.layer == layer) and (level is None or c.min_level <= level)
    ]
