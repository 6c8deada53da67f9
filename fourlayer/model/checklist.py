"""The checklist model: controls with their levels, periods and legal sources.

A checklist is read from YAML (the bundled one or ``--checklist FILE``), validated
against ``schemas/checklist.schema.json`` plus the checks a schema cannot express, and
turned into frozen dataclasses. ``load_checklist`` returns findings instead of raising.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from fourlayer.model.dates import add_days, add_months, parse_iso
from fourlayer.reading.findings import Finding, finding, keep_first
from fourlayer.reading.loading import DEFAULT_LIMITS, LoadResult, load_file, parse_text
from fourlayer.reading.locations import Locator
from fourlayer.reading.schemacheck import schema_findings
from fourlayer.resources import DEFAULT_CHECKLIST, bundled_checklist_text, bundled_checklists

SEVERITIES = ("critical", "high", "medium", "low")
LEGAL_KINDS = ("law", "decree", "circular", "decision", "directive", "dispatch")
"""Kinds of text that can be a legal basis ("Căn cứ"); ``standard`` and ``other`` (news, examples,
reports, repositories) are notes, never a basis."""
CONFIRMED_ONLY_WHILE_TAKEN_UP = ("directive", "dispatch")
"""Kinds that count only while a text in force confirms them: they need a ``confirmed_until``."""
SCOPES = ("agency", "system")
LAYERS = (1, 2, 3, 4)


@dataclass(frozen=True)
class Text:
    """One piece of text in both languages."""

    vi: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi

    @classmethod
    def from_data(cls, data: dict[str, str] | None) -> Text:
        data = data or {}
        return cls(vi=str(data.get("vi", "")), en=str(data.get("en", "")))


@dataclass(frozen=True)
class Reference:
    """The legal source of a requirement, and how sure we are of it."""

    document: str
    provision: str | None
    url: str | None
    confidence: str
    note: Text | None
    valid_from: date | None
    valid_until: date | None
    confirmed_until: date | None = None
    """Last day on which this basis is known to be in force; unconfirmed after it."""
    kind: str | None = None
    """law, decree, circular, decision, directive, dispatch, standard or other; None in the
    checklists written before kinds existed (versions 1 and 2), whose references all count as legal."""
    quote: str | None = None
    """The article's words as read (a ``verified`` reference of a strict checklist has one)."""
    copy: str | None = None
    """Key of the checklist's ``copies``: the copy of the text that was read."""

    @property
    def is_legal(self) -> bool:
        """Whether this reference is a legal text, printed after "Căn cứ" (a news page, an
        example or a standard is a note)."""
        return self.kind is None or self.kind in LEGAL_KINDS

    def confirms_on(self, day: date) -> bool:
        """Whether this reference is a confirmed legal basis on ``day``.

        With a ``kind`` (version 3 on): a legal text, in force on ``day``, read in its own words
        (``verified``) and not past its ``confirmed_until``. Without one (versions 1 and 2, kept as
        filed): any reference in force and not past its ``confirmed_until``."""
        if not (self.in_force_on(day) and self.confirmed_on(day)):
            return False
        return self.kind is None or (self.kind in LEGAL_KINDS and self.confidence == "verified")

    def in_force_on(self, day: date) -> bool:
        """Whether this reference is a basis on ``day`` (inside ``valid_from``/``valid_until``)."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.valid_until is not None and day > self.valid_until)

    def confirmed_on(self, day: date) -> bool:
        return self.confirmed_until is None or day <= self.confirmed_until

    def label(self) -> str:
        return f"{self.document} {self.provision}" if self.provision else self.document


@dataclass(frozen=True)
class Control:
    """One control of the checklist: what it asks, of whom (scope, levels), how much it weighs, and its legal basis."""

    id: str
    scope: str
    min_level: int
    severity: str
    title: Text
    requirement: Text
    guidance: Text
    references: tuple[Reference, ...]
    evidence_required: bool = True
    max_age_months: int | tuple[tuple[int, int], ...] | None = None
    allow_not_applicable: bool = False
    effective_from: date | None = None
    effective_until: date | None = None
    tags: tuple[str, ...] = ()
    deadlines: tuple[tuple[int, tuple[tuple[int, int], ...]], ...] = ()
    """Fixed calendar deadlines (month, day) of a yearly or twice-yearly report, per level
    (level 0: every level)."""
    forward_from: date | None = None
    """Forward-only duty: only acts (evidence) dated on or after this day are judged by it."""
    event_triggered: bool = False
    """The duty arises only when an event happens: an answer may say no event occurred."""
    replaces: tuple[str, ...] | None = None
    """Ids of the previous version this control continues; None = a new control."""

    @property
    def layer(self) -> int:
        return int(self.id[1])

    def deadlines_for(self, level: int) -> tuple[tuple[int, int], ...]:
        """The (month, day) deadlines for a target at ``level`` (empty: none)."""
        table = dict(self.deadlines)
        return table.get(level, table.get(0, ()))

    def ages_evidence(self, level: int) -> bool:
        """Whether evidence at ``level`` goes stale (a period or deadlines apply)."""
        return bool(self.deadlines_for(level)) or self.max_age_for(level) is not None

    def stale_after(self, newest: date, level: int) -> date | None:
        """The last day on which evidence dated ``newest`` is still current (None: never stale).

        With ``deadlines`` a report is current until the deadline after the one it served:
        evidence dated on or before deadline D serves D, and is stale only once the next
        deadline after D has passed — a report filed on time is never shown as expired.
        """
        deadlines = self.deadlines_for(level)
        if deadlines:
            served = next_deadline(deadlines, newest)
            return next_deadline(deadlines, add_days(served, 1))
        months = self.max_age_for(level)
        return None if months is None else add_months(newest, months)

    def bases_on(self, day: date) -> tuple[Reference, ...]:
        """The legal references in force on ``day`` (what a report prints after "Căn cứ")."""
        return tuple(ref for ref in self.references if ref.is_legal and ref.in_force_on(day))

    @property
    def legal_references(self) -> tuple[Reference, ...]:
        """The references that are legal texts (notes such as news pages and examples left out)."""
        return tuple(ref for ref in self.references if ref.is_legal)

    def unconfirmed_on(self, day: date) -> tuple[tuple[Reference, ...], date | None] | None:
        """When no basis of this control is confirmed on ``day``: the bases in question and the
        last day until which the force of one of them was confirmed (None: none has such a day,
        e.g. a text in force not read in its own words); else None (:meth:`Reference.confirms_on`).

        The bases in question are the legal references in force on ``day``; when there are none,
        those that ended before it (e.g. a law replaced on 2026-07-01). A control of a checklist
        without kinds (versions 1 and 2) whose references are all in force and unlimited is
        confirmed, as it always was."""
        if any(ref.confirms_on(day) for ref in self.references):
            return None
        bases = self.bases_on(day)
        if not bases:
            bases = tuple(ref for ref in self.legal_references if ref.valid_until is not None and ref.valid_until < day)
        if not bases and all(ref.kind is None for ref in self.references):
            return None
        ends = [end for ref in bases if (end := _last_confirmed(ref, day)) is not None]
        return bases, max(ends) if ends else None

    def max_age_for(self, level: int) -> int | None:
        """The evidence age limit in months for a target at ``level`` (None: no limit)."""
        if self.max_age_months is None or isinstance(self.max_age_months, int):
            return self.max_age_months
        return dict(self.max_age_months).get(level)

    def in_force_on(self, day: date) -> bool:
        if self.effective_from is not None and day < self.effective_from:
            return False
        return not (self.effective_until is not None and day > self.effective_until)

    @property
    def unverified(self) -> bool:
        """True when no reference of this control is better than unverified."""
        return all(ref.confidence == "unverified" for ref in self.references)


@dataclass(frozen=True)
class Checklist:
    """A versioned, bilingual checklist: the layers, the controls and the rules that weigh them."""

    id: str
    version: str
    title: Text
    severity_weights: tuple[tuple[str, int], ...]
    layer_titles: tuple[tuple[int, Text], ...]
    controls: tuple[Control, ...]
    source: str
    previous_version: str | None = None
    """The version the controls' ``replaces`` ids refer to."""
    retired: tuple[tuple[str, Text], ...] = ()
    """Ids of the previous version that no control continues, with the reason."""
    bundled: bool = False
    """Shipped with fourlayer (another bundled version can be picked by an assessment)."""
    copies: tuple[tuple[str, Text], ...] = ()
    """The copies the legal texts were read in (key → where from), named by each reference's ``copy``."""
    strict_sources: bool = False
    """Every reference gives its kind, every verified one a quote (lint refuses otherwise)."""
    _by_id: dict[str, Control] = field(init=False, repr=False, compare=False, hash=False)

    weights: dict[str, int] = field(init=False, repr=False, compare=False, hash=False)
    """``severity_weights`` as a mapping, for lookups."""
    successors: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False, hash=False)
    """The id map read forwards: each id of ``previous_version`` → the ids of the controls of
    this version that continue it (``replaces``); ``migrate``, ``diff``, ``history`` and
    ``audit`` all read it."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {c.id: c for c in self.controls})
        object.__setattr__(self, "weights", dict(self.severity_weights))
        forward: dict[str, list[str]] = {}
        for control in self.controls:
            for old in control.replaces or ():
                forward.setdefault(old, []).append(control.id)
        object.__setattr__(self, "successors", {old: tuple(new) for old, new in forward.items()})

    def weight(self, severity: str) -> int:
        return self.weights[severity]

    def control(self, control_id: str) -> Control | None:
        return self._by_id.get(control_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.controls)

    def copy_text(self, key: str | None) -> Text | None:
        """Where the copy ``key`` of a text comes from (None: not given)."""
        return None if key is None else dict(self.copies).get(key)

    def layer_title(self, layer: int) -> Text:
        return dict(self.layer_titles).get(layer, Text(f"Lớp {layer}", f"Layer {layer}"))


def _last_confirmed(ref: Reference, day: date) -> date | None:
    """The last day before ``day`` until which ``ref``'s force was confirmed (``confirmed_until``
    or ``valid_until``, whichever comes first), None when neither has passed: the date the
    ``basis_unconfirmed`` warning names."""
    if ref.kind is None:  # versions 1 and 2: as they always read
        return ref.confirmed_until if ref.in_force_on(day) else ref.valid_until
    ends = [end for end in (ref.confirmed_until, ref.valid_until) if end is not None and end < day]
    return min(ends) if ends else None


def lint_data(data: Any, locator: Locator, display: str) -> list[Finding]:
    """Schema errors plus what a schema cannot say: duplicate ids, layer order."""
    problems = schema_findings("checklist", data, locator, display)
    controls = data.get("controls") if isinstance(data, dict) else None
    seen: dict[str, int] = {}
    for index, item in enumerate(controls if isinstance(controls, list) else []):
        cid = item.get("id") if isinstance(item, dict) else None
        if not isinstance(cid, str):
            continue
        if cid in seen:
            first = locator.value(["controls", seen[cid], "id"])
            problems.append(
                finding(
                    display,
                    locator.value(["controls", index, "id"]),
                    "duplicate-control-id",
                    id=cid,
                    first_line=first[0] if first else "?",
                )
            )
        else:
            seen[cid] = index
        problems.extend(_lint_control(item, index, locator, display))
        if isinstance(data, dict):
            problems.extend(_lint_sources(data, item, index, locator, display))
    if isinstance(data, dict) and isinstance(controls, list):
        problems.extend(_lint_id_map(data, controls, locator, display))
    return keep_first(problems, display)


def _lint_control(item: dict[str, Any], index: int, locator: Locator, display: str) -> list[Finding]:
    """Time rules a schema cannot check: one way of expiring evidence, days that exist."""
    out: list[Finding] = []
    deadlines = item.get("deadlines")
    if deadlines and "max_age_months" in item:
        out.append(
            finding(
                display,
                locator.value(["controls", index, "deadlines"]),
                "deadlines-with-max-age",
                id=item.get("id", "?"),
            )
        )
    if isinstance(deadlines, dict):
        lists = [(["controls", index, "deadlines", key], days) for key, days in deadlines.items()]
    else:
        lists = [(["controls", index, "deadlines"], deadlines)]
    for base, days in lists:
        for position, text in enumerate(days if isinstance(days, list) else []):
            if isinstance(text, str) and _MONTH_DAY.match(text):
                month, day = _month_day(text)
                if day > _DAYS_IN_MONTH[month - 1]:
                    out.append(finding(display, locator.value([*base, position]), "impossible-deadline", value=text))
    return out


def _lint_sources(data: dict[str, Any], item: Any, index: int, locator: Locator, display: str) -> list[Finding]:
    """What a reference must say about itself (``strict_sources``): its kind; for a verified one,
    the article's words (``quote``); for a directive or dispatch, until when a text in force
    confirms it (``confirmed_until``). A ``copy`` must name an entry of ``copies`` in any checklist."""
    out: list[Finding] = []
    refs = item.get("references") if isinstance(item, dict) else None
    listed = data.get("copies")
    copies: dict[str, Any] = listed if isinstance(listed, dict) else {}
    strict = data.get("strict_sources") is True
    cid = item.get("id", "?") if isinstance(item, dict) else "?"
    for position, ref in enumerate(refs if isinstance(refs, list) else []):
        if not isinstance(ref, dict):
            continue
        path: list[str | int] = ["controls", index, "references", position]
        document = str(ref.get("document", "?"))
        copy = ref.get("copy")
        if isinstance(copy, str) and copy not in copies:
            out.append(
                finding(
                    display,
                    locator.value([*path, "copy"]),
                    "reference-copy-unknown",
                    id=cid,
                    document=document,
                    copy=copy,
                )
            )
        if not strict:
            continue
        kind = ref.get("kind")
        if kind is None:
            out.append(
                finding(
                    display, locator.value([*path, "document"]), "reference-kind-missing", id=cid, document=document
                )
            )
        if ref.get("confidence") == "verified" and not ref.get("quote"):
            out.append(
                finding(
                    display,
                    locator.value([*path, "confidence"]),
                    "reference-verified-unquoted",
                    id=cid,
                    document=document,
                )
            )
        if kind in CONFIRMED_ONLY_WHILE_TAKEN_UP and "confirmed_until" not in ref:
            out.append(
                finding(
                    display, locator.value([*path, "kind"]), "reference-directive-unbounded", id=cid, document=document
                )
            )
    return out


def _lint_id_map(data: dict[str, Any], controls: list[Any], locator: Locator, display: str) -> list[Finding]:
    """``replaces`` ids must exist in the previous version, and every id of the previous
    version must be continued by a control or listed under ``retired``. One previous id named
    by several controls is a *split*, accepted on purpose (``diff`` and ``history`` compare it
    with each successor, :func:`id_map`); several ids named by one control, a *merge*."""
    previous = data.get("previous_version")
    if not isinstance(previous, str):
        return []
    checklist_id = data.get("id")
    if not isinstance(checklist_id, str) or previous not in bundled_versions(checklist_id):
        return [
            finding(
                display,
                locator.value(["previous_version"]),
                "previous-version-unknown",
                version=previous,
                checklist=str(checklist_id),
            )
        ]
    loaded = load_bundled(previous, checklist_id)
    if loaded.checklist is None:
        return []
    old_ids = set(loaded.checklist.ids)
    out: list[Finding] = []
    covered: set[str] = set()
    for index, item in enumerate(controls):
        replaces = item.get("replaces") if isinstance(item, dict) else None
        for position, old in enumerate(replaces if isinstance(replaces, list) else []):
            if not isinstance(old, str):
                continue
            covered.add(old)
            if old not in old_ids:
                out.append(
                    finding(
                        display,
                        locator.value(["controls", index, "replaces", position]),
                        "replaces-unknown",
                        id=old,
                        version=previous,
                    )
                )
    retired = data.get("retired")
    for position, item in enumerate(retired if isinstance(retired, list) else []):
        old = item.get("id") if isinstance(item, dict) else None
        if isinstance(old, str):
            if old not in old_ids:
                out.append(
                    finding(
                        display,
                        locator.value(["retired", position, "id"]),
                        "replaces-unknown",
                        id=old,
                        version=previous,
                    )
                )
            covered.add(old)
    missing = sorted(old_ids - covered)
    if missing:
        out.append(
            finding(
                display,
                locator.value(["previous_version"]),
                "previous-control-unmapped",
                ids=", ".join(missing),
                version=previous,
            )
        )
    return out


def next_deadline(deadlines: tuple[tuple[int, int], ...], day: date) -> date:
    """The first deadline (month, day) falling on or after ``day``."""
    for year in (day.year, day.year + 1):
        for month, dom in sorted(deadlines):
            try:
                candidate = date(year, month, dom)
            except ValueError:  # lint refuses impossible days; be safe for custom files
                continue
            if candidate >= day:
                return candidate
    return date.max


def build_checklist(data: dict[str, Any], source: str, *, bundled: bool = False) -> Checklist:
    """Turn validated checklist data into the model."""
    controls = tuple(_control(item) for item in data["controls"])
    layers = tuple((int(item["layer"]), Text.from_data(item["title"])) for item in data.get("layers", []))
    return Checklist(
        id=str(data["id"]),
        version=str(data["version"]),
        title=Text.from_data(data["title"]),
        severity_weights=tuple((s, int(data["severity_weights"][s])) for s in SEVERITIES),
        layer_titles=layers,
        controls=controls,
        source=source,
        previous_version=None if data.get("previous_version") is None else str(data["previous_version"]),
        retired=tuple((str(item["id"]), Text.from_data(item["reason"])) for item in data.get("retired") or ()),
        bundled=bundled,
        copies=tuple((str(key), Text.from_data(text)) for key, text in (data.get("copies") or {}).items()),
        strict_sources=bool(data.get("strict_sources", False)),
    )


def _date(value: Any) -> date | None:
    return parse_iso(value) if isinstance(value, str) else None


def _control(item: dict[str, Any]) -> Control:
    age = item.get("max_age_months")
    if isinstance(age, dict):
        age = tuple(sorted((int(level), int(months)) for level, months in age.items()))
    return Control(
        id=item["id"],
        scope=item["scope"],
        min_level=int(item["min_level"]),
        severity=item["severity"],
        title=Text.from_data(item["title"]),
        requirement=Text.from_data(item["requirement"]),
        guidance=Text.from_data(item["guidance"]),
        references=tuple(
            Reference(
                document=str(ref["document"]),
                provision=ref.get("provision"),
                url=ref.get("url"),
                confidence=ref["confidence"],
                note=Text.from_data(ref["note"]) if "note" in ref else None,
                valid_from=_date(ref.get("valid_from")),
                valid_until=_date(ref.get("valid_until")),
                confirmed_until=_date(ref.get("confirmed_until")),
                kind=ref.get("kind"),
                quote=ref.get("quote"),
                copy=ref.get("copy"),
            )
            for ref in item["references"]
        ),
        evidence_required=bool(item.get("evidence_required", True)),
        max_age_months=age,
        allow_not_applicable=bool(item.get("allow_not_applicable", False)),
        effective_from=_date(item.get("effective_from")),
        effective_until=_date(item.get("effective_until")),
        tags=tuple(item.get("tags", ())),
        deadlines=_deadlines(item.get("deadlines")),
        forward_from=_date(item.get("forward_from")),
        event_triggered=bool(item.get("event_triggered", False)),
        replaces=None if item.get("replaces") is None else tuple(str(x) for x in item["replaces"]),
    )


_MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # 29 February is no yearly deadline


def _deadlines(value: Any) -> tuple[tuple[int, tuple[tuple[int, int], ...]], ...]:
    """``["06-20", "12-15"]`` (every level) or ``{5: ["06-14", "12-14"], 3: ["12-14"]}``."""
    if not value:
        return ()
    table = value if isinstance(value, dict) else {0: value}
    return tuple(sorted((int(level), tuple(sorted(_month_day(t) for t in days))) for level, days in table.items()))


def _month_day(text: str) -> tuple[int, int]:
    """``"12-25"`` as (12, 25)."""
    month, day = str(text).split("-")
    return int(month), int(day)


@dataclass(frozen=True)
class ChecklistLoad:
    """A checklist as loaded: the checklist, or the findings that say why it was refused."""

    checklist: Checklist | None
    findings: tuple[Finding, ...]


_BUNDLED: dict[tuple[str, str], ChecklistLoad] = {}
_ID_LINE = re.compile(r"^id:\s*[\"']?([a-z0-9][a-z0-9-]*)[\"']?\s*(?:#.*)?$", re.MULTILINE)
_VERSION_LINE = re.compile(r"^version:\s*[\"']?([A-Za-z0-9][A-Za-z0-9._-]*)[\"']?\s*(?:#.*)?$", re.MULTILINE)


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key for versions: numeric parts as numbers ("10" after "9"), others as text."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"[._-]", version))


@cache
def bundled_versions(checklist_id: str = DEFAULT_CHECKLIST) -> dict[str, str]:
    """Version → bundled file name (without .yaml) of every shipped version of ``checklist_id``.

    Read from the ``id:`` and ``version:`` lines of each file's header, so that listing
    the versions never parses a whole checklist."""
    found: dict[str, str] = {}
    for name in bundled_checklists():
        text = bundled_checklist_text(name)
        head = text[:4000]
        ident, version = _ID_LINE.search(head), _VERSION_LINE.search(head)
        if ident and version and ident[1] == checklist_id:
            found[version[1]] = name
    return dict(sorted(found.items(), key=lambda item: version_key(item[0])))


def default_version(checklist_id: str = DEFAULT_CHECKLIST) -> str | None:
    versions = bundled_versions(checklist_id)
    return next(reversed(versions)) if versions else None


def load_bundled(version: str | None = None, checklist_id: str = DEFAULT_CHECKLIST) -> ChecklistLoad:
    """A bundled checklist: ``version``, or the highest one shipped."""
    wanted = version if version is not None else default_version(checklist_id)
    name = bundled_versions(checklist_id).get(wanted or "")
    display = f"<bundled>/{checklist_id}"
    if name is None:
        known = ", ".join(bundled_versions(checklist_id)) or "—"
        return ChecklistLoad(
            None,
            (
                finding(
                    display,
                    None,
                    "checklist-version-unknown",
                    checklist=checklist_id,
                    version=wanted or "",
                    known=known,
                ),
            ),
        )
    key = (checklist_id, wanted or "")
    if key not in _BUNDLED:
        display = f"<bundled>/{name}.yaml"
        text = bundled_checklist_text(name)
        cached = compiled_checklist_data(name, text)
        if cached is not None:  # the same data, parsed and linted when the package was built
            _BUNDLED[key] = ChecklistLoad(build_checklist(cached, display, bundled=True), ())
        else:
            _BUNDLED[key] = _from_loaded(parse_text(text, display, DEFAULT_LIMITS), bundled=True)
    return _BUNDLED[key]


def compiled_module_name(name: str) -> str:
    """The generated module holding bundled checklist ``name`` already parsed."""
    return "fourlayer.compiled.checklist_" + re.sub(r"\W", "_", name)


def source_digest(text: str) -> str:
    """What a generated checklist module records of the YAML it was made from: its CRC-32
    and length. It only tells an edited file from the one the module was generated from
    (the package's own files, not an adversary's), and zlib is loaded at start-up anyway
    where hashlib would load OpenSSL."""
    import zlib

    data = text.encode("utf-8")
    return f"{zlib.crc32(data):08x}-{len(data)}"


def compiled_checklist_data(name: str, text: str) -> dict[str, Any] | None:
    """Bundled checklist ``name`` as data, from the module ``scripts/compile_schemas.py``
    generated from it (a ``.pyc`` loads in about a millisecond; parsing and linting the YAML
    costs tens). ``None`` when there is no such module or the YAML has changed since: the
    caller then parses the text itself, so an edited checklist is never shadowed."""
    import importlib

    try:
        module = importlib.import_module(compiled_module_name(name))
    except ImportError:
        return None
    if getattr(module, "SOURCE_DIGEST", None) != source_digest(text):
        return None
    data: dict[str, Any] = module.DATA
    return data


def load_checklist(path: str | Path | None = None, version: str | None = None) -> ChecklistLoad:
    """The checklist at ``path``, or the bundled one (``version``, else the highest);
    findings say why it was refused."""
    if path is None:
        return load_bundled(version)
    return _from_loaded(load_file(path, str(path)))


def checklist_for(named_id: Any, named_version: Any, current: Checklist) -> Checklist:
    """The checklist an assessment asks for: when it names another bundled version of the
    bundled checklist in use, that version; otherwise ``current`` (a mismatch is then
    reported by validation)."""
    if not current.bundled or named_version is None or not isinstance(named_version, (str, int)):
        return current
    if named_id is not None and named_id != current.id:
        return current
    version = str(named_version)
    if version == current.version or version not in bundled_versions(current.id):
        return current
    loaded = load_bundled(version, current.id)
    return loaded.checklist if loaded.checklist is not None else current


def id_map(old: tuple[str, str], new: tuple[str, str]) -> dict[str, tuple[str, ...]] | None:
    """How controls of checklist ``old`` (id, version) are named in ``new``: each old id →
    every id of ``new`` that continues it (:attr:`Checklist.successors`; a control split in
    two has two), when ``new`` is a bundled checklist that continues ``old`` through its
    ``previous_version``, directly or through the bundled versions between them (version 1 →
    2 → 3: each step's map applied in turn; an id no step continues is absent, i.e. retired);
    ``{}`` (nothing renamed) when the two are the same; ``None`` when there is no map.
    ``diff`` (of assessments and of rounds) and ``history`` compare through it."""
    if old == new:
        return {}
    if old[0] != new[0]:
        return None
    steps: list[dict[str, tuple[str, ...]]] = []
    version = new[1]
    while version != old[1]:
        if version not in bundled_versions(new[0]) or len(steps) > len(bundled_versions(new[0])):
            return None
        checklist = load_bundled(version, new[0]).checklist
        if checklist is None or checklist.previous_version is None:
            return None
        steps.append(checklist.successors)
        version = checklist.previous_version
    if len(steps) == 1:
        return steps[0]
    composed: dict[str, tuple[str, ...]] = {}
    for start in steps[-1]:
        ids: tuple[str, ...] = (start,)
        for step in reversed(steps):
            ids = tuple(dict.fromkeys(later for earlier in ids for later in step.get(earlier, ())))
        if ids:
            composed[start] = ids
    return composed


def _from_loaded(loaded: LoadResult, *, bundled: bool = False) -> ChecklistLoad:
    if loaded.data is None:
        return ChecklistLoad(None, loaded.findings)
    problems = lint_data(loaded.data, Locator(loaded.text), loaded.path)
    if any(p.is_error for p in problems):
        return ChecklistLoad(None, tuple(problems))
    return ChecklistLoad(build_checklist(loaded.data, loaded.path, bundled=bundled), tuple(problems))
