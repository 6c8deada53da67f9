"""Property: any assessment written as a workbook reads back to the same data (hypothesis)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fourlayer.authoring.init import SystemSpec, plan
from fourlayer.authoring.workbook_writer import build_workbook
from fourlayer.model.checklist import load_checklist
from fourlayer.reading.workbook.layout import KINDS, STATUSES
from fourlayer.reading.workbook.reader import read_workbook

CHECKLIST = load_checklist().checklist
DAY = date(2026, 9, 30)
_LETTERS = "abcdefghijklmnopqrstuvwxyzĐđăâêôơưáàảãạếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ0123456789/-.,:;()'\"=+@#%&_"
TEXT = st.text(alphabet=_LETTERS + " ", min_size=1, max_size=40).map(str.strip).filter(bool)
DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)).map(date.isoformat)
EVIDENCE = st.fixed_dictionaries(
    {"ref": TEXT},
    optional={"date": DATES, "kind": st.sampled_from(KINDS), "url": TEXT, "note": TEXT},
)
ANSWER = st.fixed_dictionaries(
    {"status": st.sampled_from(STATUSES)},
    optional={
        "evidence": st.lists(EVIDENCE, min_size=1, max_size=3),
        "note": TEXT,
        "due": DATES,
        "x-ghi-chu": TEXT,
        "no_event": st.booleans(),
    },
)


@st.composite
def assessments(draw: st.DrawFn) -> dict:
    count = draw(st.integers(1, 3))
    specs = [SystemSpec(f"he-thong-{i}", draw(TEXT), draw(st.integers(1, 5))) for i in range(count)]
    asked = plan(CHECKLIST, specs, DAY)
    systems = []
    for spec, controls in asked.systems:
        system: dict = {"id": spec.id, "name": spec.name, "level": spec.level}
        chosen = draw(st.lists(st.sampled_from([c.id for c in controls]), unique=True)) if controls else []
        if chosen:
            system["controls"] = {cid: draw(ANSWER) for cid in chosen}
        systems.append(system)
    data: dict = {
        "schema_version": 1,
        "agency": {"name": draw(TEXT)},
        "assessed_on": DAY.isoformat(),
        "systems": systems,
    }
    agency_ids = [c.id for c in asked.agency]
    chosen = draw(st.lists(st.sampled_from(agency_ids), unique=True)) if agency_ids else []
    if chosen:
        data["controls"] = {cid: draw(ANSWER) for cid in chosen}
    return data


def _unanswered_as_blank(data: dict) -> dict:
    """What the workbook holds: every planned pair a row, unanswered ones with a blank status."""
    specs = [SystemSpec(s["id"], s["name"], s["level"]) for s in data["systems"]]
    asked = plan(CHECKLIST, specs, DAY)
    out = {**data, "systems": []}
    if asked.agency:
        out["controls"] = {c.id: data.get("controls", {}).get(c.id, {"status": None}) for c in asked.agency}
    for system, (_, controls) in zip(data["systems"], asked.systems, strict=True):
        copy = {k: v for k, v in system.items() if k != "controls"}
        if controls:
            copy["controls"] = {c.id: system.get("controls", {}).get(c.id, {"status": None}) for c in controls}
        out["systems"].append(copy)
    return out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=assessments(), lang=st.sampled_from(["vi", "en"]))
def test_any_assessment_written_as_a_workbook_reads_back_the_same(data, lang):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.xlsx"
        path.write_bytes(build_workbook(CHECKLIST, data, lang))
        read = read_workbook(path)
    assert read.findings == ()
    assert read.data == _unanswered_as_blank(data)


@settings(max_examples=10, deadline=None)
@given(data=assessments())
def test_the_writer_is_reproducible(data):
    assert build_workbook(CHECKLIST, data, "vi") == build_workbook(CHECKLIST, data, "vi")
