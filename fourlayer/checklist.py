"""The checklist model: controls with their levels, periods and legal sources.

A checklist is read from YAML (the bundled one or ``--checklist FILE``), validated
against ``schemas/checklist.schema.json`` plus the checks a schema cannot express, and
turned into frozen dataclasses. ``load_checklist`` returns findings instead of raising.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from fourlayer.dates import parse_iso
from fourlayer.findings import Finding, finding
from fourlayer.loading import DEFAULT_LIMITS, LoadResult, load_file, parse_text
from fourlayer.locations import Locator
from fourlayer.resources import DEFAULT_CHECKLIST, bundled_checklist_text
from fourlayer.schemacheck import schema_findings

SEVERITIES = ("critical", "high", "medium", "low")
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


@dataclass(frozen=True)
class Control:
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

    @property
    def layer(self) -> int:
        return int(self.id[1])

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
    id: str
    version: str
    title: Text
    severity_weights: tuple[tuple[str, int], ...]
    layer_titles: tuple[tuple[int, Text], ...]
    controls: tuple[Control, ...]
    source: str
    _by_id: dict[str, Control] = field(init=False, repr=False, compare=False, hash=False)

    weights: dict[str, int] = field(init=False, repr=False, compare=False, hash=False)
    """``severity_weights`` as a mapping, for lookups."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {c.id: c for c in self.controls})
        object.__setattr__(self, "weights", dict(self.severity_weights))

    def weight(self, severity: str) -> int:
        return self.weights[severity]

    def control(self, control_id: str) -> Control | None:
        return self._by_id.get(control_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.controls)

    def layer_title(self, layer: int) -> Text:
        return dict(self.layer_titles).get(layer, Text(f"Lớp {layer}", f"Layer {layer}"))


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
    return sorted(problems)


def build_checklist(data: dict[str, Any], source: str) -> Checklist:
    """Turn validated checklist data into the model."""
    controls = tuple(_control(item) for item in data["controls"])
    layers = tuple(
        (int(item["layer"]), Text.from_data(item["title"])) for item in data.get("layers", [])
    )
    return Checklist(
        id=str(data["id"]),
        version=str(data["version"]),
        title=Text.from_data(data["title"]),
        severity_weights=tuple((s, int(data["severity_weights"][s])) for s in SEVERITIES),
        layer_titles=layers,
        controls=controls,
        source=source,
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
            )
            for ref in item["references"]
        ),
        evidence_required=bool(item.get("evidence_required", True)),
        max_age_months=age,
        allow_not_applicable=bool(item.get("allow_not_applicable", False)),
        effective_from=_date(item.get("effective_from")),
        effective_until=_date(item.get("effective_until")),
        tags=tuple(item.get("tags", ())),
    )


@dataclass(frozen=True)
class ChecklistLoad:
    checklist: Checklist | None
    findings: tuple[Finding, ...]


_BUNDLED: dict[str, ChecklistLoad] = {}


def load_checklist(path: str | Path | None = None) -> ChecklistLoad:
    """The checklist at ``path``, or the bundled one; findings say why it was refused."""
    if path is None:
        if DEFAULT_CHECKLIST not in _BUNDLED:
            text = bundled_checklist_text(DEFAULT_CHECKLIST)
            display = f"<bundled>/{DEFAULT_CHECKLIST}.yaml"
            _BUNDLED[DEFAULT_CHECKLIST] = _from_loaded(parse_text(text, display, DEFAULT_LIMITS))
        return _BUNDLED[DEFAULT_CHECKLIST]
    return _from_loaded(load_file(path, str(path)))


def _from_loaded(loaded: LoadResult) -> ChecklistLoad:
    if loaded.data is None:
        return ChecklistLoad(None, loaded.findings)
    problems = lint_data(loaded.data, Locator(loaded.text), loaded.path)
    if any(p.is_error for p in problems):
        return ChecklistLoad(None, tuple(problems))
    return ChecklistLoad(build_checklist(loaded.data, loaded.path), tuple(problems))
