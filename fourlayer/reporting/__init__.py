"""Output formats: one module each, and the name -> reporter mapping that feeds ``--format``.

Reporter modules are imported when their format is asked for, not before: a console report
never pays for the XML or SARIF machinery. ``REPORTERS``, ``CHECK_FORMATS`` and
``VALIDATE_FORMATS`` import them all (tests use them to check the registry is exhaustive).
"""

from __future__ import annotations

import importlib
from typing import Any

from fourlayer.reporting.base import Reporter, ReportOptions

_WHERE: dict[str, tuple[str, str]] = {
    "console": ("fourlayer.reporting.console", "ConsoleReporter"),
    "json": ("fourlayer.reporting.json_report", "JsonReporter"),
    "sarif": ("fourlayer.reporting.sarif", "SarifReporter"),
    "junit": ("fourlayer.reporting.junit", "JunitReporter"),
    "markdown": ("fourlayer.reporting.markdown", "MarkdownReporter"),
    "github": ("fourlayer.reporting.github", "GithubReporter"),
}
FORMAT_NAMES = tuple(_WHERE)


def reporter_class(name: str) -> type[Reporter]:
    module, attribute = _WHERE[name]
    cls: type[Reporter] = getattr(importlib.import_module(module), attribute)
    return cls


def get_reporter(name: str) -> Reporter:
    return reporter_class(name)()


def __getattr__(attribute: str) -> Any:  # PEP 562: the eager views, built on demand
    if attribute == "REPORTERS":
        return {name: reporter_class(name) for name in FORMAT_NAMES}
    if attribute == "CHECK_FORMATS":
        return tuple(n for n in FORMAT_NAMES if reporter_class(n).check is not Reporter.check)
    if attribute == "VALIDATE_FORMATS":
        return tuple(n for n in FORMAT_NAMES if reporter_class(n).validate is not Reporter.validate)
    raise AttributeError(attribute)


__all__ = ["FORMAT_NAMES", "ReportOptions", "Reporter", "get_reporter", "reporter_class"]
