"""The message catalogue: every user-visible sentence, in Vietnamese and English.

One catalogue, filed by topic: **a key's prefix names its file**. :data:`FILES` is the rule
(the longest prefix of a key that it lists gives the module holding the key); a test checks
every key against it. ``finding.<code>`` and ``hint.<...>`` for located problems
(``findings``, a workbook's in ``findings_workbook``), the evaluation's vocabulary
(``outcome.``, ``status.``, ``verdict.``, ``reason.``, ... in ``vocabulary``), ``report.`` for
what the reports of ``check`` share (with ``validate.`` and ``output.``), one file per command
family (``audit.``; ``diff.`` and ``rounds.`` in ``diff``; ``init.``, ``convert.`` and
``migrate.`` in ``authoring``, ...), ``cli.`` for the command line and ``help.`` for ``--help``.

The modules are found here, not listed: each module of this package holds one ``MESSAGES``
dict. A key defined in two modules is an error at import; a test fails when a key lacks
either language, lives outside its prefix's file, or is used nowhere.
"""

from __future__ import annotations

import importlib
import pkgutil

FILES: dict[str, str] = {
    # located problems: what is wrong at a place in a file, and what to do about it
    "finding.": "findings",
    "hint.": "findings",
    "yaml-problem.": "findings",
    # ... and in a workbook: the same problems said in cells, columns and sheets
    "finding.workbook-": "findings_workbook",
    "hint.workbook-": "findings_workbook",
    "workbook.finding.": "findings_workbook",
    "workbook.hint.": "findings_workbook",
    "workbook.where.": "findings_workbook",
    # the evaluation's vocabulary (the glossary's terms)
    "outcome.": "vocabulary",
    "status.": "vocabulary",
    "verdict.": "vocabulary",
    "reason.": "vocabulary",
    "reason-detail.": "vocabulary",
    "severity.": "vocabulary",
    "scope.": "vocabulary",
    "confidence.": "vocabulary",
    "warning.": "warning",
    "path.": "path",
    # reports shared by the commands, and their formats
    "report.": "report",
    "output.": "report",
    "validate.": "report",
    "ci.": "ci",
    "html.": "html",
    "office.": "office",
    "letter.": "office",
    "workbook.": "workbook",
    "form08.": "form08",
    "settings-file.": "settings_file",
    # one file per command family
    "audit.": "audit",
    "checklist.": "checklist",
    "diff.": "diff",
    "rounds.": "diff",
    "history.": "history",
    # writing an assessment: init, convert, migrate
    "init.": "authoring",
    "convert.": "authoring",
    "migrate.": "authoring",
    # the command line itself
    "cli.": "cli",
    "help.": "help",
}
"""Key prefix → the module of this package that holds its keys (the longest listed prefix wins)."""


def file_of(key: str) -> str | None:
    """The module a key belongs in, by :data:`FILES`; None when no listed prefix fits."""
    prefix = max((p for p in FILES if key.startswith(p)), key=len, default=None)
    return None if prefix is None else FILES[prefix]


def _catalogues() -> dict[str, dict[str, dict[str, str]]]:
    found = sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))
    return {name: importlib.import_module(f"{__name__}.{name}").MESSAGES for name in found}


BY_FILE: dict[str, dict[str, dict[str, str]]] = _catalogues()
"""Module name → its messages, in sorted order of the module names."""

CATALOGUES = tuple(BY_FILE.values())

MESSAGES: dict[str, dict[str, str]] = {}
for _name, _catalogue in BY_FILE.items():
    _twice = MESSAGES.keys() & _catalogue.keys()
    if _twice:
        raise RuntimeError(f"message keys defined twice (again in fourlayer.messages.{_name}): {sorted(_twice)}")
    MESSAGES.update(_catalogue)
