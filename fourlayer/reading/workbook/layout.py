"""What the workbook reader and writer agree on.

A column (or an agency field) is found by the YAML key written in parentheses at the end
of its header cell — ``Trạng thái (status)`` — never by its position or its label, so a
user may reorder columns, translate or reword labels, and add columns of their own
(a header without a key in parentheses is ignored). Sheets are found by what their
headers hold, not by their names.

Several evidence documents for one answer: **extra rows**. A row whose control id and
system cells are empty (or repeat an answer above) adds one evidence document to that
answer; its status, note and due cells stay empty. ``convert`` writes extra evidence this
way, with the ids repeated so that filtering keeps the rows together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fourlayer import i18n
from fourlayer.model import assessment

KEY_IN_HEADER = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9_.\-]*)\s*\)\s*$")

STATUSES = assessment.STATUSES
KINDS = ("decision", "contract", "report", "certificate", "minutes", "screenshot", "other")


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # message key of the label
    width: int
    answer: bool  # an answer cell (unlocked) rather than an id or a reference text


ANSWER_COLUMNS = (
    Column("control", "workbook.col.control", 11, False),
    Column("layer", "workbook.col.layer", 6, False),
    Column("system", "workbook.col.system", 14, False),
    Column("title", "workbook.col.title", 40, False),
    Column("requirement", "workbook.col.requirement", 60, False),
    Column("status", "workbook.col.status", 20, True),
    Column("evidence_ref", "workbook.col.evidence_ref", 24, True),
    Column("evidence_date", "workbook.col.evidence_date", 14, True),
    Column("evidence_kind", "workbook.col.evidence_kind", 16, True),
    Column("evidence_url", "workbook.col.evidence_url", 24, True),
    Column("note", "workbook.col.note", 30, True),
    Column("due", "workbook.col.due", 14, True),
    Column("no_event", "workbook.col.no_event", 14, True),
)
INFORMATIONAL = frozenset({"layer", "title", "requirement"})
"""Columns written for the reader of the sheet, ignored when it is read back."""
EVIDENCE_PREFIX = "evidence_"
EVIDENCE_FIELDS = ("ref", "date", "kind", "url", "path", "note")
SINGLE_ANSWER_KEYS = ("status", "note", "due")
DATE_KEYS = frozenset(
    {
        "evidence_date",
        "due",
        "assessed_on",
        "level_approval.date",
        "expires",
        "date",
        "approval_expected",
        "deployment_expected",
    }
)

CHECKLIST_FIELDS = tuple(".".join(("checklist", name)) for name in ("id", "version"))
PARTIES = (("owner", "owner"), ("security_unit", "unit"))
"""The yearly report's parties (Form 08, section 2): (the assessment's key, the word a label
key and the report settings name it by)."""
PARTY_WORDS = tuple(f"{word}-{name}" for _, word in PARTIES for name in assessment.PARTY_FIELDS)
"""The members of the ``workbook.field`` family: ``owner-name`` … ``unit-email``."""
AGENCY_FIELDS = (
    (CHECKLIST_FIELDS[0], "workbook.field.checklist-id"),
    (CHECKLIST_FIELDS[1], "workbook.field.checklist-version"),
    ("agency.name", "workbook.field.agency-name"),
    ("agency.code", "workbook.field.agency-code"),
    ("agency.province", "workbook.field.agency-province"),
    ("assessed_on", "workbook.field.assessed-on"),
    ("assessor.name", "workbook.field.assessor-name"),
    ("assessor.role", "workbook.field.assessor-role"),
    ("assessor.contact", "workbook.field.assessor-contact"),
    # the yearly report (Form 08, section 2): the system owner, then the cybersecurity unit
    *(
        (f"agency.{party}.{name}", i18n.key_of("workbook.field", f"{word}-{name}"))
        for party, word in PARTIES
        for name in assessment.PARTY_FIELDS
    ),
)
LOCKED_FIELDS = frozenset(CHECKLIST_FIELDS)
SYSTEM_COLUMNS = (
    Column("id", "workbook.col.system-id", 14, False),
    Column("name", "workbook.col.system-name", 36, True),
    Column("level", "workbook.col.system-level", 8, True),
    Column("level_approval.ref", "workbook.col.approval-ref", 24, True),
    Column("level_approval.date", "workbook.col.approval-date", 16, True),
    Column("description", "workbook.col.system-description", 36, True),
    # the yearly report (Form 08, section 3), in the form's column order
    Column("category", "workbook.col.category", 22, True),
    Column("owner", "workbook.col.owner", 24, True),
    Column("operator", "workbook.col.operator", 24, True),
    Column("approval_status", "workbook.col.approval-status", 20, True),
    Column("level_approval.issuer", "workbook.col.approval-issuer", 24, True),
    Column("security_regulation.ref", "workbook.col.regulation-ref", 22, True),
    Column("security_regulation.date", "workbook.col.regulation-date", 14, True),
    Column("security_regulation.issuer", "workbook.col.regulation-issuer", 22, True),
    Column("approval_expected", "workbook.col.approval-expected", 16, True),
    Column("deployment", "workbook.col.deployment", 24, True),
    Column("deployment_expected", "workbook.col.deployment-expected", 16, True),
    Column("pre_use_assessment.ref", "workbook.col.pre-use-ref", 22, True),
    Column("pre_use_assessment.date", "workbook.col.pre-use-date", 14, True),
    Column("pre_use_assessment.issuer", "workbook.col.pre-use-issuer", 22, True),
    Column("periodic_assessment.ref", "workbook.col.periodic-ref", 22, True),
    Column("periodic_assessment.date", "workbook.col.periodic-date", 14, True),
    Column("periodic_assessment.issuer", "workbook.col.periodic-issuer", 22, True),
)
WORD_COLUMNS = {
    "approval_status": ("form08.approval", assessment.APPROVAL_STATUSES),
    "deployment": ("form08.deployment", assessment.DEPLOYMENTS),
    "category": ("form08.category", assessment.CATEGORIES),
}
"""System columns that hold one of a few YAML words, written as the form's label (either
language accepted when read, as for a status): message family (``fourlayer.i18n.FAMILIES``) and the words."""
WAIVER_COLUMNS = (
    Column("control", "workbook.col.control", 11, True),
    Column("system", "workbook.col.system", 14, True),
    Column("reason", "workbook.col.waiver-reason", 40, True),
    Column("approved_by", "workbook.col.waiver-approved-by", 24, True),
    Column("ref", "workbook.col.waiver-ref", 20, True),
    Column("expires", "workbook.col.waiver-expires", 14, True),
)


def header(label: str, key: str) -> str:
    return f"{label} ({key})"


def key_of(text: object) -> str | None:
    """The YAML key a header cell names, or None."""
    if not isinstance(text, str):
        return None
    found = KEY_IN_HEADER.search(text)
    return found.group(1) if found else None


def normal(text: str) -> str:
    """Labels compared without case, surrounding space or doubled spaces."""
    return " ".join(text.split()).casefold()


YES_WORDS = frozenset({"true", "yes", "có", "x", "1", "đúng"})
NO_WORDS = frozenset({"false", "no", "không", "0", "sai"})
"""How a yes/no cell (``no_event``) may be typed, beside Excel's own TRUE/FALSE."""


def status_labels() -> dict[str, str]:
    """Every accepted spelling of a status (labels in both languages, YAML words) → YAML word."""
    return _labels("workbook.status", STATUSES)


def kind_labels() -> dict[str, str]:
    """The same for an evidence kind."""
    return _labels("workbook.kind", KINDS)


def word_labels(key: str) -> dict[str, str]:
    """The same for a system column of :data:`WORD_COLUMNS`."""
    return _labels(*WORD_COLUMNS[key])


def _labels(family: str, words: tuple[str, ...]) -> dict[str, str]:
    out = {normal(word): word for word in words}
    for lang in i18n.LANGUAGES:
        for word in words:
            out[normal(i18n.translate(lang, i18n.key_of(family, word)))] = word
    return out
