"""The message catalogue: every user-visible sentence, in Vietnamese and English.

One catalogue, kept in a few files by subject so that each stays readable:
``core`` (reading, validation, check), and one file per further command family.
Keys are grouped by prefix: ``finding.<code>`` and ``hint.<...>`` for located problems,
``cli.`` for the command line, ``report.`` for reports, and ``outcome.``, ``status.``,
``verdict.``, ``reason.`` for the evaluation vocabulary (the glossary's terms).
A test fails when a key lacks either language or is defined twice.
"""

from __future__ import annotations

from fourlayer.messages import (
    audit,
    audit_round,
    ci,
    cli,
    core,
    form08,
    hardening,
    history,
    init,
    letters,
    office,
    officials,
    review,
    rounds,
    settings_file,
    sources,
    untrusted,
    usage,
    versions,
    warnings,
    workbook,
    workbook_findings,
)
from fourlayer.messages import help as help_texts

CATALOGUES = (
    core.MESSAGES,
    audit.MESSAGES,
    ci.MESSAGES,
    init.MESSAGES,
    officials.MESSAGES,
    office.MESSAGES,
    letters.MESSAGES,
    cli.MESSAGES,
    history.MESSAGES,
    versions.MESSAGES,
    sources.MESSAGES,
    workbook.MESSAGES,
    workbook_findings.MESSAGES,
    warnings.MESSAGES,
    usage.MESSAGES,
    audit_round.MESSAGES,
    review.MESSAGES,
    settings_file.MESSAGES,
    hardening.MESSAGES,
    untrusted.MESSAGES,
    rounds.MESSAGES,
    help_texts.MESSAGES,
    form08.MESSAGES,
)

MESSAGES: dict[str, dict[str, str]] = {}
for _catalogue in CATALOGUES:
    MESSAGES.update(_catalogue)
