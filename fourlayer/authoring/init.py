"""The ``init`` template: a ready-to-fill self-assessment for an agency and its systems.

``build_template(checklist, agency, systems, assessed_on, lang)`` is pure: the same
input gives the same text. Every control that applies on the assessed-on date is
present, with its title, requirement and evidence rules as ``#`` comments in ``lang``.

Decisions (documented here and in ``fourlayer init --help``):

* **Statuses are left empty** (``status:`` reads as null). The file is valid YAML as
  written but does not pass ``fourlayer validate`` until every status is filled: each
  empty one is an ``empty-value`` finding at its line, listing the values to choose.
* **Evidence, note and due are comment skeletons** under each answer: remove the ``#``
  and fill them in.
* **The schema line points at ``assessment.schema.json`` next to the file**, a path
  relative to the file: agencies often work offline, and there is no stable public
  URL. The header says how to create it (``fourlayer schema assessment >
  assessment.schema.json``); editors with the YAML extension then complete and check
  the file as it is typed.
* Agency-scope controls go under the top-level ``controls:`` when at least one system
  reaches their minimum level; system-scope controls under each system whose level
  reaches theirs. Controls that enter into force after the assessed-on date are listed
  in a comment so the agency sees them coming.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from fourlayer.errors import UserError
from fourlayer.i18n import Phrase, label, translate
from fourlayer.model.assessment import PARTY_FIELDS, Agency
from fourlayer.reading.shapes import as_list, as_mapping

if TYPE_CHECKING:  # only for annotations: `fourlayer --help` stays light
    from fourlayer.model.checklist import Checklist, Control

SCHEMA_FILE = "assessment.schema.json"
DEFAULT_OUTPUT = "tu-danh-gia.yaml"
WIDTH = 100
SYSTEM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
SYSTEM_ID_MAX = 64
LEVELS = range(1, 6)
# Characters that must never reach a generated line unescaped: C0/C1 controls and the
# characters YAML 1.1 treats as line breaks (a line break would end a comment early).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
_INDENT = "  "


class SpecError(UserError):
    """A ``--system`` or ``--agency`` value that cannot be used; ``key`` names the message."""


@dataclass(frozen=True)
class SystemSpec:
    id: str
    name: str
    level: int


@dataclass(frozen=True)
class Plan:
    """Which controls the template asks about: agency-scope, then per system."""

    agency: tuple[Control, ...]
    systems: tuple[tuple[SystemSpec, tuple[Control, ...]], ...]
    upcoming: tuple[Control, ...]

    @property
    def answer_count(self) -> int:
        return len(self.agency) + sum(len(controls) for _, controls in self.systems)

    @property
    def system_answer_count(self) -> int:
        return sum(len(controls) for _, controls in self.systems)


# --- parsing the command-line values --------------------------------------------------
def clean_text(value: str, what: Phrase) -> str:
    """Trimmed text without control characters or line breaks, else :class:`SpecError`."""
    text = value.strip()
    if _UNSAFE.search(text):
        raise SpecError("init.bad-text", what=what)
    return text


def parse_system(value: str) -> SystemSpec:
    """``ID:NAME:LEVEL``; the name may itself contain ``:`` (the level is after the last)."""
    parts = value.split(":")
    if len(parts) < 3:
        raise SpecError("init.bad-system-syntax", value=value)
    sid, name, level_text = parts[0].strip(), ":".join(parts[1:-1]).strip(), parts[-1].strip()
    if not sid or len(sid) > SYSTEM_ID_MAX or not SYSTEM_ID.match(sid):
        raise SpecError("init.bad-system-id", id=sid, value=value)
    name = clean_text(name, Phrase("init.what.system", {"id": sid}))
    if not name:
        raise SpecError("init.empty-system-name", id=sid, value=value)
    # str.isdigit() is true for "²" and "٣", which int() refuses or reads as another digit
    if level_text not in {str(level) for level in LEVELS}:
        raise SpecError("init.bad-level", id=sid, level=level_text, value=value)
    return SystemSpec(sid, name, int(level_text))


def parse_systems(values: Iterable[str]) -> tuple[SystemSpec, ...]:
    systems: list[SystemSpec] = []
    for value in values:
        spec = parse_system(value)
        if any(s.id == spec.id for s in systems):
            raise SpecError("init.duplicate-system", id=spec.id)
        systems.append(spec)
    return tuple(systems)


# --- what to ask ----------------------------------------------------------------------
def plan(checklist: Checklist, systems: Iterable[SystemSpec], assessed_on: date) -> Plan:
    systems = tuple(systems)
    top = max((s.level for s in systems), default=0)
    in_force = [c for c in checklist.controls if c.in_force_on(assessed_on)]
    agency = tuple(c for c in in_force if c.scope == "agency" and c.min_level <= top)
    per_system = tuple(
        (s, tuple(c for c in in_force if c.scope == "system" and c.min_level <= s.level)) for s in systems
    )
    upcoming = tuple(
        c
        for c in checklist.controls
        if c.effective_from is not None and c.effective_from > assessed_on and c.min_level <= top
    )
    return Plan(agency, per_system, upcoming)


# --- writing --------------------------------------------------------------------------
def quote(text: str) -> str:
    """``text`` as a YAML double-quoted scalar; anything unusual is escaped."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif _UNSAFE.match(char):
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*\Z")
_PLAIN_WORD = re.compile(r"^(?:[a-z_]+|[0-9]{4}-[0-9]{2}-[0-9]{2})\Z")
_YAML_WORDS = frozenset({"null", "true", "false", "yes", "no", "on", "off", "y", "n", "~"})


def flow(value: Any) -> str:
    """A plain value (as the loader gives it) as one line of YAML flow text: strings quoted
    unless they are a bare word or a date, mappings and lists in braces and brackets."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    text = str(value)
    if _PLAIN_WORD.match(text) and text.lower() not in _YAML_WORDS:
        return text
    return quote(text)


def _key(key: object) -> str:
    text = str(key)
    return text if _PLAIN_KEY.match(text) and text.lower() not in _YAML_WORDS else quote(text)


def specs_of(data: dict[str, Any]) -> list[SystemSpec]:
    """The systems of assessment data (a file ``convert`` reads, an empty template's) as the
    specs the plan takes; a level that is not a whole number counts as 0."""
    out = []
    for item in as_list(data.get("systems")):
        system = as_mapping(item)
        level = system.get("level")
        out.append(
            SystemSpec(
                str(system.get("id", "")),
                str(system.get("name", "")),
                level if isinstance(level, int) and not isinstance(level, bool) else 0,
            )
        )
    return out


def _flat(text: str) -> str:
    return " ".join(_UNSAFE.sub(" ", text).split())


def comment(text: str, indent: str = "", hang: str = "", first: str = "") -> list[str]:
    """``text`` as ``#`` comment lines no wider than :data:`WIDTH` (long words kept whole)."""
    prefix = f"{indent}# "
    lines = textwrap.wrap(
        _flat(text),
        width=max(40, WIDTH - len(prefix)),
        initial_indent=first,
        subsequent_indent=hang,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [f"{prefix}{line}".rstrip() for line in lines] or [prefix.rstrip()]


class _Writer:
    def __init__(self, checklist: Checklist, lang: str) -> None:
        self.checklist = checklist
        self.lang = lang
        self.lines: list[str] = []

    def t(self, key: str, **params: object) -> str:
        return translate(self.lang, key, **params)

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def note(self, key: str, indent: str = "", **params: object) -> None:
        self.lines.extend(comment(self.t(key, **params), indent))

    def facts(self, control: Control, level: int) -> str:
        parts = [self.t("init.severity", severity=label(self.t, "severity", control.severity))]
        months = control.max_age_for(level)
        if not control.evidence_required:
            parts.append(self.t("init.evidence-optional"))
        elif months is not None:
            parts.append(self.t("init.evidence-max-age", months=months))
        else:
            parts.append(self.t("init.evidence-required"))
        deadlines = control.deadlines_for(level)
        if deadlines:
            days = ", ".join(f"{d:02d}/{m:02d}" for m, d in deadlines)
            parts.append(f"{self.t('checklist.deadlines')}: {days}")
        if control.allow_not_applicable:
            parts.append(self.t("init.na-allowed"))
        if control.event_triggered:
            parts.append(self.t("checklist.event-triggered"))
        return " · ".join(parts)

    def control(self, control: Control, level: int, indent: str, answer: dict[str, Any] | None = None) -> None:
        self.add("")
        self.add(*comment(f"{control.id} — {control.title.get(self.lang)}", indent))
        self.add(*comment(self.facts(control, level), indent, hang="  "))
        self.add(*comment(self.t("init.requirement", text=control.requirement.get(self.lang)), indent, hang="  "))
        self.add(*comment(self.t("init.guidance", control=control.id), indent))
        self.answer(control.id, indent, answer)

    def answer(self, control_id: str, indent: str, answer: dict[str, Any] | None) -> None:
        """The answer's lines: the skeleton to fill, or (``convert``) the answer given."""
        inner = indent + _INDENT
        self.add(f"{indent}{_key(control_id)}:")
        if answer is None:
            self.add(f"{inner}status:")
            self.add(f"{inner}# evidence:")
            self.add(f'{inner}#   - {{ref: "", date: YYYY-MM-DD}}')
            self.add(f'{inner}# note: ""')
            self.add(f"{inner}# due: YYYY-MM-DD")
            return
        status = answer.get("status")
        self.add(f"{inner}status:" if status is None else f"{inner}status: {flow(status)}")
        for key, value in answer.items():
            if key == "status":
                continue
            if key == "evidence" and isinstance(value, list) and value:
                self.add(f"{inner}evidence:")
                self.add(*(f"{inner}  - {flow(item)}" for item in value))
            else:
                self.add(f"{inner}{_key(key)}: {flow(value)}")

    def controls(
        self, controls: Iterable[Control], level: int, indent: str, answers: dict[str, Any] | None = None
    ) -> None:
        layer = None
        listed = set()
        for control in controls:
            if control.layer != layer:
                layer = control.layer
                self.add("")
                title = self.checklist.layer_title(layer).get(self.lang)
                self.add(*comment(f"--- {self.t('init.layer', layer=layer, title=title)} ---", indent))
            listed.add(control.id)
            self.control(control, level, indent, None if answers is None else as_mapping(answers.get(control.id)))
        for control_id, answer in (answers or {}).items():  # answers outside the plan are kept as given
            if control_id not in listed:
                self.add("")
                if control_id.startswith("x-"):
                    self.add(f"{indent}{_key(control_id)}: {flow(answer)}")
                else:
                    self.answer(control_id, indent, as_mapping(answer))


def build_template(
    checklist: Checklist,
    agency: Agency,
    systems: Iterable[SystemSpec],
    assessed_on: date,
    lang: str,
    filled: dict[str, Any] | None = None,
) -> str:
    """The text of a ready-to-fill assessment (valid YAML; statuses left to fill).

    With ``filled`` (assessment data, as ``convert`` has it) the same file comes out with
    its answers, evidence, assessor, level approvals, waivers and scalar ``x-`` keys in place.
    """
    systems = tuple(systems)
    data = filled or {}
    asked = plan(checklist, systems, assessed_on)
    w = _Writer(checklist, lang)
    w.add(f"# yaml-language-server: $schema={SCHEMA_FILE}")
    w.note("init.header.title", agency=_flat(agency.name))
    w.note(
        "init.header.made",
        checklist=checklist.id,
        version=checklist.version,
        date=assessed_on.isoformat(),
        count=asked.answer_count,
    )
    for key in (
        "init.header.status",
        "init.header.evidence",
        "init.header.due",
        "init.header.run",
        "init.header.editor",
    ):
        w.add("#")
        w.note(key, schema=SCHEMA_FILE)
    w.add("")
    _head(w, checklist, agency, assessed_on, data)
    given = as_list(data.get("systems"))
    for index, (spec, controls) in enumerate(asked.systems):
        _system(w, spec, controls, as_mapping(given[index]) if index < len(given) else {}, filled is not None)
    top = max((s.level for s in systems), default=0)
    agency_answers = as_mapping(data.get("controls")) if filled is not None else None
    if asked.agency or agency_answers:
        w.note("init.section.agency", count=len(asked.agency))
        w.add("controls:")
        w.controls(asked.agency, top, "  ", agency_answers)
        w.add("")
    _upcoming(w, asked.upcoming, assessed_on)
    _tail(w, asked, data)
    return "\n".join(w.lines) + "\n"


def _head(w: _Writer, checklist: Checklist, agency: Agency, assessed_on: date, data: dict[str, Any]) -> None:
    """From ``schema_version`` to ``systems:``."""
    w.add("schema_version: 1")
    w.add(f"checklist: {{id: {quote(checklist.id)}, version: {quote(checklist.version)}}}")
    w.add("agency:")
    w.add(f"  name: {quote(agency.name)}")
    if agency.code:
        w.add(f"  code: {quote(agency.code)}")
    else:
        w.note("init.agency-code", "  ")
        w.add('  # code: ""')
    if agency.province:
        w.add(f"  province: {quote(agency.province)}")
    else:
        w.add('  # province: ""')
    _parties(w, as_mapping(data.get("agency")))
    _extra_keys(w, as_mapping(data.get("agency")), "  ", ("name", "code", "province", *FORM08_PARTIES))
    w.add(f"assessed_on: {assessed_on.isoformat()}")
    if "assessor" in data:
        w.add(f"assessor: {flow(data['assessor'])}")
    else:
        w.note("init.assessor")
        w.add('# assessor: {name: "", role: "", contact: ""}')
    w.add("")
    w.note("init.form08.system")
    w.add("systems:")


def _system(w: _Writer, spec: SystemSpec, controls: tuple[Control, ...], system: dict[str, Any], filled: bool) -> None:
    """One system's entry: the skeleton, or (``filled``) its answers and other keys as given."""
    answers = as_mapping(system.get("controls")) if filled else None
    w.add(f"  - id: {quote(spec.id)}")
    w.add(f"    name: {quote(spec.name)}")
    w.add(f"    level: {spec.level}")
    if "level_approval" in system:
        w.add(f"    level_approval: {flow(system['level_approval'])}")
    else:
        w.note("init.level-approval", "    ")
        w.add('    # level_approval: {ref: "", date: YYYY-MM-DD, issuer: ""}')
    _form08_system(w, system)
    _extra_keys(w, system, "    ", ("id", "name", "level", "level_approval", "controls", *FORM08_SYSTEM))
    if controls or answers:
        w.note("init.section.system", "    ", system=spec.id, level=spec.level, count=len(controls))
        w.add("    controls:")
        w.controls(controls, spec.level, "      ", answers)
    else:
        w.note("init.section.system-none", "    ", level=spec.level)
    w.add("")


FORM08_PARTIES = ("owner", "security_unit")
FORM08_SYSTEM = {
    "category": "",
    "owner": '""',
    "operator": '""',
    "approval_status": "",
    "approval_expected": "YYYY-MM-DD",
    "security_regulation": '{ref: "", date: YYYY-MM-DD, issuer: ""}',
    "deployment": "",
    "deployment_expected": "YYYY-MM-DD",
    "pre_use_assessment": '{ref: "", date: YYYY-MM-DD, issuer: ""}',
    "periodic_assessment": '{ref: "", date: YYYY-MM-DD, issuer: ""}',
}
"""The yearly report's facts of a system (Decree 331/2026 Form 08), with the blank ``init``
writes for each (commented) when the data has none."""


def _parties(w: _Writer, agency: dict[str, Any]) -> None:
    """The owner and the cybersecurity unit (Form 08, section 2): as given, else commented blanks."""
    w.note("init.form08.agency", "  ")
    for key in FORM08_PARTIES:
        if key in agency:
            w.add(f"  {key}: {flow(agency[key])}")
        else:
            w.add(*party_blank_lines(key, "  "))


def _form08_system(w: _Writer, system: dict[str, Any]) -> None:
    """A system's Form 08 facts: those given, then the others as commented blanks under the form's words."""
    missing = [key for key in FORM08_SYSTEM if key not in system]
    for key in FORM08_SYSTEM:
        if key in system:
            w.add(f"    {key}: {flow(system[key])}")
    w.add(*form08_blank_lines(missing, "    ", w.t))


def form08_blank_lines(keys: Iterable[str], pad: str, t: Any) -> list[str]:
    """Commented blanks for a system's Form 08 ``keys``, each with its column of the form
    beside it (above it when the line would run past the width)."""
    out = []
    for key in keys:
        line = f"{pad}# {key}: {FORM08_SYSTEM[key]}".rstrip()
        note = f"# {label(t, 'init.form08', key)}"
        beside = f"{line:<{len(pad) + 42}} {note}"
        out.extend([beside] if len(beside) <= WIDTH else [f"{pad}{note}", line])
    return out


def party_blank_lines(key: str, pad: str) -> list[str]:
    """A commented blank for the owner or the cybersecurity unit (Form 08, section 2)."""
    return [f"{pad}# {key}:", *(f'{pad}#   {name}: ""' for name in PARTY_FIELDS)]


def _extra_keys(w: _Writer, block: dict[str, Any], indent: str, known: tuple[str, ...]) -> None:
    """Keys of a filled mapping that the template does not write itself (``x-`` notes, a description)."""
    for key, value in block.items():
        if key not in known:
            w.add(f"{indent}{_key(key)}: {flow(value)}")


def _tail(w: _Writer, asked: Plan, data: dict[str, Any]) -> None:
    """Top-level ``x-`` keys and the waivers (or their skeleton)."""
    top_keys = [key for key in data if key.startswith("x-")]
    for key in top_keys:
        w.add(f"{_key(key)}: {flow(data[key])}")
    if top_keys:
        w.add("")
    if as_list(data.get("waivers")):
        w.note("init.waivers")
        w.add("waivers:")
        w.add(*(f"  - {flow(item)}" for item in data["waivers"]))
    else:
        _waiver_skeleton(w, asked)


def _waiver_skeleton(w: _Writer, asked: Plan) -> None:
    example = next(((spec, controls[-1]) for spec, controls in asked.systems if controls), None)
    w.note("init.waivers")
    w.add("# waivers:")
    if example is not None:
        spec, control = example
        w.add(f"#   - control: {control.id}")
        w.add(f"#     system: {quote(spec.id)}")
    else:
        w.add(f"#   - control: {asked.agency[-1].id if asked.agency else 'L1.01'}")
    w.add('#     reason: ""')
    w.add('#     approved_by: ""')
    w.add('#     ref: ""')
    w.add("#     expires: YYYY-MM-DD")


def _upcoming(w: _Writer, controls: tuple[Control, ...], assessed_on: date) -> None:
    if not controls:
        return
    w.note("init.upcoming", date=assessed_on.isoformat())
    for control in controls:
        assert control.effective_from is not None
        scope = label(w.t, "scope", control.scope)
        w.add(
            *comment(
                f"{control.id} ({scope}, {control.effective_from.isoformat()}) — {control.title.get(w.lang)}",
                first="  ",
                hang="    ",
            )
        )
    w.add("")


__all__ = [
    "DEFAULT_OUTPUT",
    "SCHEMA_FILE",
    "Agency",
    "Phrase",
    "Plan",
    "SpecError",
    "SystemSpec",
    "build_template",
    "clean_text",
    "flow",
    "parse_system",
    "parse_systems",
    "plan",
    "quote",
    "specs_of",
]
