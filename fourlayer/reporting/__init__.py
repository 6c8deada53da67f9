"""Output formats: one module each, and the name -> reporter mapping that feeds ``--format``."""

from __future__ import annotations

from fourlayer.reporting.base import Reporter, ReportOptions
from fourlayer.reporting.console import ConsoleReporter
from fourlayer.reporting.json_report import JsonReporter

REPORTERS: dict[str, type[Reporter]] = {
    cls.name: cls
    for cls in (ConsoleReporter, JsonReporter)
}
CHECK_FORMATS = tuple(REPORTERS)
VALIDATE_FORMATS = tuple(REPORTERS)


def get_reporter(name: str) -> Reporter:
    return REPORTERS[name]()


__all__ = ["CHECK_FORMATS", "REPORTERS", "VALIDATE_FORMATS", "ReportOptions", "Reporter", "get_reporter"]
