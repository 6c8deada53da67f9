"""The yearly report of Decree 331/2026/NĐ-CP (Art. 35–36), in the form of its appendix's
Mẫu số 08: what goes in it, computed once for every format that shows it.

Pure: a function of the assessment, its evaluation and the rules in
``checklists/reporting/yearly-report.yaml`` (the dates and the recipient the decree sets, as
data beside the checklist). Nothing here reads the clock.

* **Derived where the evidence allows.** Section 1's counts come from the table. Column (6)
  is the agency's statement, else "approved" when the file gives the approval decision.
  Column (12) comes from the checklist's answers: "Định kỳ" when the periodic assessment
  control passes for the system, "Trước khi đưa vào sử dụng" when the before-use control
  passes or the system names its assessment report before use (``pre_use_assessment``).
* **Stated where it does not.** Columns (3)–(4), (8)–(11), the owner and the cybersecurity
  unit are the agency's statements; a missing one is a :class:`Missing` item (the report
  prints the form's dotted blank and lists what to fill in).
* **Checked where both exist.** A system stated "Đã triển khai đầy đủ" (column 10) while the
  checklist finds gaps for it, or given an approval decision while its stated status is not
  "approved", gets a :class:`Notice` naming them; the statement is printed as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import MINYEAR, date
from functools import cache
from typing import TYPE_CHECKING, Any

from fourlayer.model.assessment import PARTY_FIELDS, Agency, Assessment, Decision, Party

if TYPE_CHECKING:
    from fourlayer.model.evaluation import Evaluation, PairResult

RULES_FILE = "yearly-report.yaml"
COLUMNS = tuple(range(1, 13))
"""The form's table: columns (1) to (12)."""
APPROVED = "approved"
DOSSIER = frozenset({"submitted", "appraised", "approved"})
"""Statuses that mean a level dossier exists (it was sent for appraisal, or further)."""
APPRAISED = frozenset({"appraised", "approved"})
"""Statuses past appraisal (a level is approved only after appraisal, Art. 18–19)."""
BEFORE_USE = "before_use"
PERIODIC = "periodic"


# --- the rules (data) --------------------------------------------------------------------
@dataclass(frozen=True)
class Rules:
    """The yearly report's dates and recipient (Decree 331/2026 Art. 35), from the data file."""

    source: dict[str, str]
    valid_from: date
    period_from: tuple[int, int]
    period_to: tuple[int, int]
    to_owner: tuple[int, int]
    to_ministry: tuple[int, int]
    recipient: dict[str, str]
    remind_days: int
    controls: dict[str, dict[str, Any]]

    def period(self, year: int) -> tuple[date, date]:
        """The data period of the report of ``year``: 15/12 of the year before to 14/12."""
        return date(year - 1, *self.period_from), date(year, *self.period_to)

    def deadline(self, year: int) -> date:
        """The day the owner's report to the Ministry must come before (25/12 of ``year``)."""
        return date(year, *self.to_ministry)

    def owner_deadline(self, year: int) -> date:
        """The day the units' reports to the owner must come before (20/12 of ``year``)."""
        return date(year, *self.to_owner)

    def control_ids(self, version: str | None, role: str) -> tuple[str, ...]:
        """The checklist's controls playing ``role`` (``yearly_report``, ``periodic``,
        ``before_use``) in checklist ``version`` (the highest known version's when unknown)."""
        table = self.controls.get(version or "") or self.controls[max(self.controls, key=_version_key)]
        value = table.get(role) or ()
        return (value,) if isinstance(value, str) else tuple(value)


def _version_key(version: str) -> tuple[int, str]:
    return (int(version), "") if version.isdigit() else (0, version)


def _month_day(text: str) -> tuple[int, int]:
    month, day = text.split("-")
    return int(month), int(day)


@cache
def rules() -> Rules:
    """The bundled rules (``checklists/reporting/yearly-report.yaml``)."""
    import yaml

    from fourlayer.resources import _folder

    path = _folder("fourlayer.checklists") / "reporting" / RULES_FILE
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    deadlines = data["deadlines"]
    return Rules(
        source={k: v for k, v in data["source"].items() if k in ("vi", "en")},
        valid_from=data["valid_from"],
        period_from=_month_day(data["period"]["from"]),
        period_to=_month_day(data["period"]["to"]),
        to_owner=_month_day(deadlines["to_owner"]["before"]),
        to_ministry=_month_day(deadlines["to_ministry"]["before"]),
        recipient=dict(data["recipient"]),
        remind_days=int(data["remind_days"]),
        controls={str(k): dict(v) for k, v in data["controls"].items()},
    )


# --- the report's content ----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Row:
    """One system: a row of the form's table (section 3)."""

    agency: str
    system: str
    name: str
    owner: str | None  # (3)
    operator: str | None  # (4)
    level: int  # (5)
    approval_status: str | None  # (6), a word of APPROVAL_STATUSES
    approval: Decision | None  # (7)
    regulation: Decision | None  # (8)
    approval_expected: date | None  # (9)
    deployment: str | None  # (10), a word of DEPLOYMENTS
    deployment_expected: date | None  # (11)
    assessed: tuple[str, ...]  # (12): BEFORE_USE and/or PERIODIC
    category: str | None
    gaps: tuple[str, ...] = ()
    """The system's controls the checklist finds failed or partly met."""

    @property
    def approved(self) -> bool:
        return self.approval_status == APPROVED


@dataclass(frozen=True, slots=True)
class Missing:
    """A fact the form needs that the file does not give: ``system`` None for the agency's;
    ``item`` a message suffix (``form08.missing.<item>``)."""

    agency: str
    system: str | None
    item: str
    controls: tuple[str, ...] = ()
    """For ``col12``: the periodic-assessment controls that apply to the system (none: its
    own ``periodic_assessment`` is what counts)."""


@dataclass(frozen=True, slots=True)
class Notice:
    """A statement the checklist's evidence contradicts: ``deployment-contradicted`` (column 10
    says fully deployed, ``controls`` fail or are partly met), ``approval-contradicted`` (the
    approval decision is given, the stated status is ``status``) or ``periodic-contradicted``
    (a periodic assessment report is given, the periodic-assessment ``controls`` do not pass)."""

    code: str
    agency: str
    system: str
    controls: tuple[str, ...] = ()
    status: str | None = None


@dataclass(frozen=True)
class Counts:
    """Section 1. A count is None when a row it depends on is unknown (printed as a blank)."""

    managed: int
    classified: int | None
    dossier: int | None
    appraised: int | None
    approved: int | None
    approved_periodic: int | None
    all_approved_by: date | None
    """The expected date by which every system's level is approved: the latest column (9)
    of the systems not yet approved (None: unknown, or every level already approved)."""
    all_approved: bool


@dataclass(frozen=True)
class AgencyReport:
    """One system owner's report: the agency, its rows, what is missing, what is contradicted."""

    source: str
    agency: Agency
    rows: tuple[Row, ...]
    missing: tuple[Missing, ...]
    notices: tuple[Notice, ...]


def report_of(assessment: Assessment, evaluation: Evaluation, the_rules: Rules | None = None) -> AgencyReport:
    """The Form 08 content of one evaluated assessment."""
    from fourlayer.model.evaluation import Outcome

    r = the_rules or rules()
    version = evaluation.checklist_version
    periodic = frozenset(r.control_ids(version, "periodic"))
    before_use = frozenset(r.control_ids(version, "before_use"))
    agency = assessment.agency
    name = agency.name
    owner_name = agency.owner.name if agency.owner else None
    rows: list[Row] = []
    missing: list[Missing] = []
    notices: list[Notice] = []
    start, end = r.period(evaluation.as_of.year) if evaluation.as_of.year > MINYEAR else (date.min, date.min)
    by_system: dict[str | None, list[PairResult]] = {}
    for pair in evaluation.results:  # one pass: a file may hold thousands of systems
        by_system.setdefault(pair.system, []).append(pair)
    for system in assessment.systems:
        pairs = by_system.get(system.id, [])
        passed = {p.control for p in pairs if p.outcome is Outcome.PASS}
        gaps = tuple(p.control for p in pairs if p.outcome in (Outcome.FAIL, Outcome.PARTIAL))
        periodic_here = tuple(
            p.control for p in pairs if p.control in periodic and p.outcome is not Outcome.NOT_APPLICABLE
        )
        stated = system.periodic_assessment
        stated_in_period = stated is not None and stated.date is not None and start <= stated.date <= end
        assessed = []
        if system.pre_use_assessment is not None or passed & before_use:
            assessed.append(BEFORE_USE)
        if passed & periodic or (not periodic_here and stated_in_period):
            assessed.append(PERIODIC)
        elif periodic_here and stated_in_period:  # the statement, not the control's evidence
            notices.append(Notice("periodic-contradicted", name, system.id, periodic_here))
        status = system.approval_status or (APPROVED if system.level_approval is not None else None)
        row = Row(
            agency=name,
            system=system.id,
            name=system.name,
            owner=system.owner or owner_name,
            operator=system.operator,
            level=system.level,
            approval_status=status,
            approval=system.level_approval,
            regulation=system.security_regulation,
            approval_expected=system.approval_expected,
            deployment=system.deployment,
            deployment_expected=system.deployment_expected,
            assessed=tuple(assessed),
            category=system.category,
            gaps=gaps,
        )
        rows.append(row)
        missing.extend(
            Missing(name, system.id, item, periodic_here if item == "col12" else ()) for item in _missing_of(row)
        )
        if system.deployment == "full" and gaps:
            notices.append(Notice("deployment-contradicted", name, system.id, gaps))
        if system.level_approval is not None and system.approval_status not in (None, APPROVED):
            notices.append(Notice("approval-contradicted", name, system.id, status=system.approval_status))
    for key, party in (("owner", agency.owner), ("security_unit", agency.security_unit)):
        missing.extend(Missing(name, None, f"{key}.{field}") for field in _party_gaps(party))
    return AgencyReport(evaluation.source, agency, tuple(rows), tuple(missing), tuple(notices))


def _party_gaps(party: Party | None) -> tuple[str, ...]:
    return tuple(field for field in PARTY_FIELDS if party is None or getattr(party, field) is None)


def _missing_of(row: Row) -> list[str]:
    """What the form needs of this row and the file does not say (message suffixes)."""
    out = []
    if row.category is None:
        out.append("category")
    if row.owner is None:
        out.append("col3")
    if row.operator is None:
        out.append("col4")
    if row.approval_status is None:
        out.append("col6")
    if row.approved and row.approval is None:
        out.append("col7")
    elif row.approved and row.approval is not None and (row.approval.date is None or row.approval.issuer is None):
        out.append("col7-details")
    if row.regulation is None:
        out.append("col8")
    elif row.regulation.date is None or row.regulation.issuer is None:
        out.append("col8-details")
    if row.approval_status not in (None, APPROVED) and row.approval_expected is None:
        out.append("col9")
    if row.deployment is None:
        out.append("col10")
    if row.deployment not in (None, "full") and row.deployment_expected is None:
        out.append("col11")
    if not row.assessed:
        out.append("col12")
    return out


def counts(rows: tuple[Row, ...] | list[Row]) -> Counts:
    """Section 1 from the table (the same for one agency and for a province's rows)."""
    known = all(row.approval_status is not None for row in rows)
    approved = [row for row in rows if row.approved]
    pending = [row for row in rows if not row.approved]
    dates = [row.approval_expected for row in pending]
    return Counts(
        managed=len(rows),
        classified=len(rows) if all(row.category is not None for row in rows) else None,
        dossier=sum(row.approval_status in DOSSIER for row in rows) if known else None,
        appraised=sum(row.approval_status in APPRAISED for row in rows) if known else None,
        approved=len(approved) if known else None,
        approved_periodic=sum(PERIODIC in row.assessed for row in approved) if known else None,
        all_approved_by=max(d for d in dates if d is not None) if dates and all(dates) else None,
        all_approved=known and not pending,
    )


# --- the yearly duty: due, filed or late ---------------------------------------------------
@dataclass(frozen=True)
class Duty:
    """This year's report to the Ministry, as the checklist's yearly-report control shows it.

    ``state``: ``filed`` (evidence dated after last year's deadline, on time), ``filed-late``,
    ``due`` (not yet filed, the deadline ahead), ``late`` (not filed, the deadline passed)."""

    control: str
    year: int
    deadline: date
    state: str
    days: int
    """Days from the evaluation date to the deadline (negative once it has passed)."""
    ref: str | None = None
    filed_on: date | None = None


def duty_of(evaluation: Evaluation, the_rules: Rules | None = None) -> Duty | None:
    """The state of this year's report (None: the checklist has no such control for the
    agency, or the evaluation date is before the decree applies)."""
    r = the_rules or rules()
    as_of = evaluation.as_of
    if as_of < r.valid_from:
        return None
    ids = r.control_ids(evaluation.checklist_version, "yearly_report")
    pair = next((p for p in evaluation.results if p.control in ids and p.system is None), None)
    if pair is None:
        return None
    year = as_of.year
    if year <= MINYEAR:
        return None
    deadline = r.deadline(year)
    since = r.deadline(year - 1)  # a report dated on or after last year's deadline is this year's
    evidence = pair.answer.evidence if pair.answer else ()
    dated = [e for e in evidence if e.date is not None and since <= e.date <= as_of]
    days = (deadline - as_of).days
    if dated:
        first = min(dated, key=lambda e: e.date or date.max)
        assert first.date is not None
        state = "filed" if first.date < deadline else "filed-late"
        return Duty(pair.control, year, deadline, state, days, first.ref, first.date)
    return Duty(pair.control, year, deadline, "due" if as_of < deadline else "late", days)


def remind(duty: Duty | None, the_rules: Rules | None = None) -> bool:
    """Whether ``check`` shows the duty: late, or due within the reminder window, or filed
    in it (so the officer sees it counted)."""
    if duty is None:
        return False
    r = the_rules or rules()
    return duty.state == "late" or duty.days <= r.remind_days


__all__ = [
    "AgencyReport",
    "Counts",
    "Duty",
    "Missing",
    "Notice",
    "Row",
    "Rules",
    "counts",
    "duty_of",
    "remind",
    "report_of",
    "rules",
]
