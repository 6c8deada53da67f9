"""What an officer fills in on an official report (``--report-settings``, options).

The blanks of a report laid out per Decree 30/2020/NĐ-CP — governing and issuing body,
symbol, number, superior body, place, date, subject, signer, recipients, archive — read
from a small YAML or TOML file (``.toml`` by its extension, YAML otherwise; ``fourlayer
report-settings`` writes one to fill in), then overridden by the command-line options,
one per field. A date is written ``YYYY-MM-DD`` or ``DD/MM/YYYY``; an empty value is a
field left out. Every
problem in the file is a located :class:`~fourlayer.reading.findings.Finding`; a field left out
is printed as a dotted line for the officer to fill by hand.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from fourlayer.reading.findings import Finding, finding

PARTY_KEYS = ("name", "mandate", "representative", "position", "address", "phone", "email")
YEARLY_FIELDS = tuple(f"{kind}_{name}" for kind in ("owner", "unit") for name in PARTY_KEYS)
"""The province's yearly report (Form 08, section 2): the system owner (``owner_*``) and the
cybersecurity unit (``unit_*``); an agency's come from its assessment."""
TEXT_FIELDS = (
    "issuing_parent",
    "issuing_body",
    "symbol",
    "number",
    "superior_body",
    "place",
    "subject",
    "signer_authority",
    "signer_title",
    "signer_name",
    "archive",
    "handling",
    *YEARLY_FIELDS,
)
LIST_FIELDS = ("recipients",)
DATE_FIELDS = ("date",)
KEYS = TEXT_FIELDS + LIST_FIELDS + DATE_FIELDS
TEMPLATE_FIELDS = (
    "issuing_parent",
    "issuing_body",
    "symbol",
    "number",
    "place",
    "date",
    "superior_body",
    "subject",
    "signer_authority",
    "signer_title",
    "signer_name",
    "recipients",
    "archive",
    "handling",
)
"""The fields of ``report-settings``' template, in its order, each under its comment
(``settings-file.<field>``); the yearly report's (:data:`YEARLY_FIELDS`) follow under one heading."""
MAX_TEXT = 500
MAX_RECIPIENTS = 50
MAX_HANDLING = 100
"""The handling line (``handling``) is printed on every page in one box: at most this many characters."""


@dataclass(frozen=True)
class ReportSettings:
    """The filled-in fields of an official report; ``None`` (or empty) leaves a dotted blank."""

    issuing_parent: str | None = None
    """The governing body above the issuer, first line of the header (``UBND TỈNH NGHỆ AN``)."""
    issuing_body: str | None = None
    """The body that issues the report (``SỞ KHOA HỌC VÀ CÔNG NGHỆ``)."""
    symbol: str | None = None
    """The issuer's abbreviation after ``BC-`` in the number (``SKHCN``)."""
    number: str | None = None
    superior_body: str | None = None
    """Whom the report is addressed to (``Kính gửi: …``)."""
    place: str | None = None
    date: date | None = None
    subject: str | None = None
    """The subject under ``BÁO CÁO``; a default from the report kind when absent."""
    signer_authority: str | None = None
    """``KT. GIÁM ĐỐC``, ``TM. ỦY BAN NHÂN DÂN`` …: signing on behalf of; none when the head signs."""
    signer_title: str | None = None
    signer_name: str | None = None
    recipients: tuple[str, ...] = ()
    archive: str | None = None
    """Where the copy is kept, after ``Lưu:`` (``VT, CNTT``)."""
    handling: str | None = None
    """The handling line printed on every page of the docx, HTML and xlsx reports
    (``Tài liệu lưu hành nội bộ``; Decree 30 Appendix I, II.III.2.c: upper case, bold, boxed)."""
    owner_name: str | None = None
    owner_mandate: str | None = None
    owner_representative: str | None = None
    owner_position: str | None = None
    owner_address: str | None = None
    owner_phone: str | None = None
    owner_email: str | None = None
    unit_name: str | None = None
    unit_mandate: str | None = None
    unit_representative: str | None = None
    unit_position: str | None = None
    unit_address: str | None = None
    unit_phone: str | None = None
    unit_email: str | None = None

    def merged(self, **overrides: Any) -> ReportSettings:
        """These settings with every override that is given (not ``None``, not empty) applied."""
        given: dict[str, Any] = {
            k: (tuple(v) if k in LIST_FIELDS else v) for k, v in overrides.items() if v not in (None, (), [], "")
        }
        return replace(self, **given)


@dataclass(frozen=True)
class SettingsLoad:
    settings: ReportSettings | None
    findings: tuple[Finding, ...]


def load_report_settings(path: str) -> SettingsLoad:
    """Read and check the settings file at ``path``; findings instead of exceptions."""
    if path.lower().endswith(".toml"):
        return _load_toml(path)
    return _load_yaml(path)


def _load_yaml(path: str) -> SettingsLoad:
    from fourlayer.reading.loading import load_file
    from fourlayer.reading.locations import Locator

    loaded = load_file(path)
    if loaded.data is None:
        return SettingsLoad(None, loaded.findings)
    locator = Locator(loaded.text)
    return _checked(
        loaded.data,
        path,
        lambda key: locator.key((key,)) if key is not None else None,
        lambda key: locator.value((key,)),
    )


def _load_toml(path: str) -> SettingsLoad:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # the same parser, published as tomli before it joined the standard library
        import tomli as tomllib

    from fourlayer.reading.loading import DEFAULT_LIMITS, read_text

    text, problem = read_text(path, path, DEFAULT_LIMITS)
    if text is None:
        assert problem is not None
        return SettingsLoad(None, (problem,))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        where = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        mark = (int(where.group(1)), int(where.group(2))) if where else None
        problem_text = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        return SettingsLoad(None, (finding(path, mark, "settings-syntax", problem=problem_text),))
    lines = text.splitlines()

    def key_mark(key: str | None) -> tuple[int, int] | None:
        if key is None:
            return None
        for number, line in enumerate(lines, start=1):
            found = re.match(rf"\s*(\"?{re.escape(key)}\"?)\s*=", line)
            if found:
                return number, found.start(1) + 1
        return None

    return _checked(data, path, key_mark, key_mark)


def _checked(data: dict[str, Any], path: str, key_mark: Any, value_mark: Any) -> SettingsLoad:
    """The settings in ``data``, or a located finding for each key or value that is wrong."""
    from fourlayer.reading.schemacheck import suggest

    problems: list[Finding] = []
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = str(key)
        if name not in KEYS:
            near = suggest(name, KEYS)
            problems.append(
                finding(
                    path,
                    key_mark(name),
                    "settings-unknown-key",
                    key=name,
                    keys=", ".join(KEYS),
                    hint="hint.did-you-mean" if near else None,
                    suggestion=near or "",
                )
            )
            continue
        if value is None:
            continue
        if name in LIST_FIELDS:
            items = [value] if isinstance(value, str) else value
            if (
                not isinstance(items, list)
                or not all(isinstance(i, str) for i in items)
                or len(items) > MAX_RECIPIENTS
                or any(len(i) > MAX_TEXT for i in items)
            ):
                problems.append(finding(path, value_mark(name), "settings-not-list", key=name, limit=MAX_RECIPIENTS))
                continue
            values[name] = tuple(i.strip() for i in items if i.strip())
        elif name in DATE_FIELDS:
            if value == "":
                continue
            parsed = as_date(value)
            if parsed is None:
                problems.append(finding(path, value_mark(name), "settings-bad-date", key=name))
                continue
            values[name] = parsed
        else:
            if isinstance(value, bool) or not isinstance(value, str | int):
                problems.append(finding(path, value_mark(name), "settings-not-text", key=name, limit=MAX_TEXT))
                continue
            text = str(value).strip()
            limit = MAX_HANDLING if name == "handling" else MAX_TEXT
            if len(text) > limit or "\n" in text or "\r" in text:
                problems.append(finding(path, value_mark(name), "settings-not-text", key=name, limit=limit))
                continue
            values[name] = text or None
    if problems:
        return SettingsLoad(None, tuple(sorted(problems)))
    return SettingsLoad(ReportSettings(**values), ())


def as_date(value: Any) -> date | None:
    """A date given as a date, or written ``YYYY-MM-DD`` or ``DD/MM/YYYY`` (the way dates are
    written in Vietnam); ``None`` for anything else, impossible days included."""
    from datetime import datetime

    from fourlayer.model.dates import day_first_equivalent, parse_iso

    if isinstance(value, datetime):
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        written = value.strip()
        return parse_iso(written) or parse_iso(day_first_equivalent(written) or "")
    return None


def template(lang: str, *, toml: bool, file_name: str) -> str:
    """The settings file an officer fills in: every field, empty, under a comment saying what
    goes there for a Sở and for a xã (``fourlayer report-settings``). Read back as it is,
    it gives empty settings."""
    from fourlayer.i18n import key_of, translate

    lines = [f"# {line}".rstrip() for line in translate(lang, "settings-file.intro", file=file_name).splitlines()]
    for name in TEMPLATE_FIELDS:
        lines.append("")
        lines.append(f"# {translate(lang, key_of('settings-file', name))}")
        empty = "[]" if name in LIST_FIELDS else '""'
        lines.append(f"{name} = {empty}" if toml else f"{name}: {empty}")
    lines.append("")
    lines.extend(f"# {line}".rstrip() for line in translate(lang, "settings-file.yearly").splitlines())
    for name in YEARLY_FIELDS:
        lines.append(f"# {translate(lang, key_of('workbook.field', name.replace('_', '-')))}")
        lines.append(f'{name} = ""' if toml else f'{name}: ""')
    return "\n".join(lines) + "\n"


def handling_line(settings: ReportSettings | None) -> str | None:
    """The handling line to print on every page, made printable and upper case (the Decree
    writes it so); ``None`` when the settings have none (then nothing is printed)."""
    if settings is None or not settings.handling:
        return None
    from fourlayer.reporting.office.text import text

    shown = " ".join(text(settings.handling).split())
    return shown.upper()[:MAX_HANDLING] or None
