"""``convert``: an assessment moved between YAML and a workbook, answers and all.

* xlsx → YAML gives the file ``init`` would have produced for the same agency, systems and
  date, filled: the requirement comments, then each answer as written in the workbook.
* YAML → xlsx gives the workbook ``init --format xlsx`` would have produced, filled.

Nothing is converted from a file with errors, except blank statuses (a half-filled
self-assessment moves as it is): a value that cannot be placed is never dropped silently.
The data is the loader's plain data either way, so the round trip keeps every answer,
and so the evaluation (tests/test_workbook_cli.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fourlayer.authoring.init import SystemSpec, build_template, specs_of
from fourlayer.model.assessment import Agency
from fourlayer.model.dates import parse_iso
from fourlayer.reading.datapath import DataPath
from fourlayer.reading.findings import Finding
from fourlayer.reading.loading import DEFAULT_LIMITS, Limits
from fourlayer.reading.shapes import as_mapping
from fourlayer.reading.validation import check_loaded

if TYPE_CHECKING:
    from fourlayer.model.checklist import Checklist

FORMATS = {".xlsx": "xlsx", ".yaml": "yaml", ".yml": "yaml"}


def format_of(path: str | Path) -> str | None:
    """``xlsx`` or ``yaml`` from the file's suffix, else None."""
    return FORMATS.get(Path(path).suffix.lower())


@dataclass(frozen=True)
class Converted:
    """The converted file's content, or (``content`` None) the findings that stopped it."""

    content: str | bytes | None
    findings: tuple[Finding, ...]
    answers: int = 0
    systems: int = 0


def convert_file(
    source: str, target: str, checklist: Checklist, lang: str, limits: Limits = DEFAULT_LIMITS
) -> Converted:
    """Read ``source`` (a workbook or YAML), check it, and lay it out in ``target``'s format."""
    from fourlayer.reading.discovery import Target
    from fourlayer.runner import read_target  # a workbook or YAML, read as check reads it

    loaded = read_target(Target(source), limits)
    checked = check_loaded(loaded, checklist, model=False)  # findings only: the data is laid out, not evaluated
    stopping = blocking(checked.findings)
    if loaded.data is None or stopping:
        return Converted(None, checked.findings)
    data = loaded.data
    named = checked.checklist or checklist  # the version the file names, as check would use
    content: str | bytes = to_workbook(named, data, lang) if format_of(target) == "xlsx" else to_yaml(named, data, lang)
    return Converted(content, checked.findings, count_answers(data), len(data.get("systems", [])))


def template_data(
    checklist: Checklist, agency: Agency, systems: tuple[SystemSpec, ...], assessed_on: date
) -> dict[str, Any]:
    """The assessment data of an empty ``init`` template (what ``init --format xlsx`` writes)."""
    block: dict[str, Any] = {"name": agency.name}
    if agency.code:
        block["code"] = agency.code
    if agency.province:
        block["province"] = agency.province
    return {
        "schema_version": 1,
        "checklist": {"id": checklist.id, "version": checklist.version},
        "agency": block,
        "assessed_on": assessed_on.isoformat(),
        "systems": [{"id": s.id, "name": s.name, "level": s.level} for s in systems],
    }


def blocking(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """The errors that stop a conversion: all but a blank status."""
    return tuple(f for f in findings if f.is_error and not (f.code == "empty-value" and _at_status(f)))


def _at_status(found: Finding) -> bool:
    where = dict(found.params).get("where")  # the schema check's DataPath
    return isinstance(where, DataPath) and where.path[-1:] == ("status",)


def to_yaml(checklist: Checklist, data: dict[str, Any], lang: str, filled: bool = True) -> str:
    """The YAML text of ``data`` (valid but for blank statuses), laid out as ``init`` lays it out
    (``filled`` False: an empty template's data, with init's skeletons to fill)."""
    agency = as_mapping(data.get("agency"))
    info = Agency(str(agency.get("name", "")), _text(agency.get("code")), _text(agency.get("province")))
    day = parse_iso(str(data.get("assessed_on")))
    assert day is not None  # validated
    return build_template(checklist, info, specs_of(data), day, lang, filled=data if filled else None)


def to_workbook(checklist: Checklist, data: dict[str, Any], lang: str) -> bytes:
    from fourlayer.authoring.workbook_writer import build_workbook

    return build_workbook(checklist, data, lang)


@dataclass(frozen=True)
class Document:
    """An assessment to lay out (what the ``init`` and ``convert`` renderers take): an empty
    template's data (``filled`` False: the YAML keeps init's skeletons) or a file's."""

    checklist: Checklist
    data: dict[str, Any]
    filled: bool = True


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def count_answers(data: dict[str, Any]) -> int:
    total = len([k for k in as_mapping(data.get("controls")) if not k.startswith("x-")])
    for item in data.get("systems", []):
        total += len([k for k in as_mapping(as_mapping(item).get("controls")) if not k.startswith("x-")])
    return total


__all__ = [
    "Converted",
    "Document",
    "blocking",
    "convert_file",
    "count_answers",
    "format_of",
    "template_data",
    "to_workbook",
    "to_yaml",
]
