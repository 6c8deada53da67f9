"""Vietnamese and English text: one catalogue, one lookup.

Every user-visible sentence lives in :mod:`fourlayer.messages` under a key, in both
languages. Vietnamese is the default; ``--lang`` or ``FOURLAYER_LANG`` selects English.
A key made from a value (a verdict, a status, a severity…) is asked for with
``label(t, family, member)``, never composed elsewhere: :data:`FAMILIES` declares each
family's members, so ``tests/test_catalogue.py`` can tell that every key is used.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from fourlayer.messages import MESSAGES

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
ENV_VAR = "FOURLAYER_LANG"


def resolve_language(option: str | None = None) -> str:
    """The language to speak: the option, else ``FOURLAYER_LANG``, else Vietnamese.

    An unknown value in the environment falls back to Vietnamese rather than failing:
    the variable may be set machine-wide for other tools.
    """
    for candidate in (option, os.environ.get(ENV_VAR)):
        if candidate:
            code = candidate.strip().lower()[:2]
            if code in LANGUAGES:
                return code
    return DEFAULT_LANGUAGE


def translate(lang: str, key: str, /, **params: Any) -> str:
    """The message ``key`` in ``lang``, with ``params`` filled in."""
    entry = MESSAGES[key]
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return template.format(**params)


@dataclass(frozen=True)
class Phrase:
    """A message key with its parameters, translated only when shown: a parameter of a
    message that is itself a message, in a :class:`UserError` or a
    :class:`~fourlayer.reading.findings.Finding` (each treats the phrase's own parameters as its
    other ones: made printable, or kept on one line)."""

    key: str
    params: dict[str, object] = field(default_factory=dict)


class Translator:
    """``t("key", name=...)`` bound to one language, for reporters."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, key: str, /, **params: Any) -> str:
        return translate(self.lang, key, **params)


FAMILIES: dict[str, tuple[str, ...]] = {
    # the evaluation's vocabulary
    "verdict": ("fourlayer.model.evaluation:Verdict",),
    "status": ("fourlayer.model.evaluation:LayerStatus",),
    "audit.status": ("fourlayer.model.evaluation:LayerStatus",),
    "outcome": ("fourlayer.model.evaluation:Outcome",),
    "outcome.short": ("fourlayer.model.evaluation:Outcome",),
    "reason": ("fourlayer.model.evaluation:Reason",),
    "severity": ("fourlayer.model.checklist:SEVERITIES", "fourlayer.reading.findings:Severity"),
    "scope": ("fourlayer.model.checklist:SCOPES",),
    "confidence": ("verified", "secondary", "unverified"),
    "warning": ("assessment_old", "evidence_expiring", "waiver_expiring", "evidence_in_future"),
    "warning.kind": ("evidence_expiring", "waiver_expiring", "evidence_in_future"),
    "path.field": ("fourlayer.reading.datapath:_FIELDS",),
    # the checklist and its versions
    "checklist.kind": ("fourlayer.model.checklist:LEGAL_KINDS", "standard", "other"),
    "checklist.change": ("kept", "renamed", "moved", "merged", "new"),
    "migrate": ("kept", "renamed", "moved", "merged", "split", "added", "unanswered", "retired"),
    # comparing
    "diff.kind": ("assessment", "report"),
    "diff.change": ("unchanged", "improved", "regressed", "changed"),
    "diff.group": ("fourlayer.rounds.diff:KINDS",),
    "rounds.kind": ("folder", "audit_report"),
    "rounds.as-of-from": ("option", "newest", "report"),
    "rounds.direction": ("up", "down", "same", "none"),
    "rounds.absence": ("not_submitted", "unreadable", "absent"),
    "rounds.standing": ("fourlayer.rounds.round_diff:STANDING_RANK",),
    "audit.duplicate": ("same_content", "same_agency"),
    # the yearly report (Form 08)
    "form08.approval": ("fourlayer.model.assessment:APPROVAL_STATUSES",),
    "form08.deployment": ("fourlayer.model.assessment:DEPLOYMENTS",),
    "form08.category": ("fourlayer.model.assessment:CATEGORIES",),
    "form08.assessed": ("fourlayer.model.form08:BEFORE_USE", "fourlayer.model.form08:PERIODIC"),
    "form08.col": tuple(str(n) for n in range(1, 13)),
    "form08.duty": ("due", "late", "filed", "filed-late"),
    "form08.missing": (
        *("category", "col3", "col4", "col6", "col7", "col7-details", "col8", "col8-details", "col9", "col10"),
        *("col11", "col12", "col12-control", "col12-statement", "owner", "security_unit", "settings"),
    ),
    "init.form08": (
        *("category", "owner", "operator", "approval_status", "approval_expected", "security_regulation"),
        *("deployment", "deployment_expected", "periodic_assessment", "pre_use_assessment"),
    ),
    # letters, office documents, the workbook, the settings file
    "letter.problem": ("fourlayer.reporting.office.text:PROBLEM_KINDS", "value"),
    "office.round": ("same_content", "same_agency"),
    "workbook.status": ("fourlayer.model.assessment:STATUSES",),
    "workbook.col": ("note", "no_event"),
    "workbook.kind": ("fourlayer.reading.workbook.layout:KINDS",),
    "workbook.field": ("fourlayer.reading.workbook.layout:PARTY_WORDS",),
    "settings-file": ("fourlayer.reporting.settings:TEMPLATE_FIELDS",),
    # open families: a finding's code (named where the finding is made), a command's --help
    "finding": (),
    "workbook.finding": (),
    "workbook.hint": (),
    "help.cmd": (),
    "help.opt": (),
}
"""Families of keys built at run time: family → the members it may take, each a member itself or
``"module:name"`` of an enum, a tuple or a dict (its keys) in the code. A key of a family is
``<family>.<member>``, built by :func:`key_of` only; ``tests/test_catalogue.py`` checks that every
declared member has its key and that every key of a family is a declared member (or named in the
code as it is). An open family (no members declared) takes a finding's code or a command's path;
the tests check those against the codes and the command tree."""


def key_of(family: str, member: object) -> str:
    """The message key of ``member`` (an enum member or a word) in ``family``: ``verdict.compliant``."""
    if family not in FAMILIES:
        raise KeyError(f"{family!r} is not a declared family of message keys (fourlayer.i18n.FAMILIES)")
    return f"{family}.{member.value if isinstance(member, Enum) else member}"


def label(t: Callable[..., str], family: str, member: object, /, **params: Any) -> str:
    """The words for ``member`` of ``family`` through ``t``: ``label(t, "verdict", item.verdict)``."""
    return t(key_of(family, member), **params)


def members(family: str) -> set[str]:
    """The members declared for ``family`` (imports the modules that declare them: for tests)."""
    from importlib import import_module

    out: set[str] = set()
    for item in FAMILIES[family]:
        if ":" not in item:
            out.add(item)
            continue
        module, name = item.split(":")
        value = getattr(import_module(module), name)
        if isinstance(value, str):
            out.add(value)
        elif isinstance(value, type) and issubclass(value, Enum):
            out |= {str(m.value) for m in value}
        else:
            out |= {str(v) for v in value}
    return out
