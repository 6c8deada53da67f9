"""Dogfood: every bundled schema is a valid JSON Schema, the bundled checklist validates."""

from __future__ import annotations

import re
from pathlib import Path

import jsonschema
import pytest

from fourlayer.model.checklist import load_checklist
from fourlayer.resources import available_schemas, schema


@pytest.mark.parametrize("name", available_schemas())
def test_bundled_schema_is_valid(name):
    document = schema(name)
    jsonschema.validators.validator_for(document).check_schema(document)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert document.get("$id", "").startswith("urn:fourlayer:schema:")


def test_the_expected_schemas_are_bundled():
    assert {"assessment", "checklist", "report"} <= set(available_schemas())


def test_bundled_checklist_loads_without_findings():
    loaded = load_checklist()
    assert loaded.findings == ()
    assert loaded.checklist is not None


@pytest.mark.parametrize("version", ["1", "2"])
def test_bundled_checklist_ids_are_unique_ordered_and_well_formed(version):
    checklist = load_checklist(version=version).checklist
    ids = [c.id for c in checklist.controls]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"L[1-4]\.[0-9]{2}", i) for i in ids)
    assert ids == sorted(ids)
    assert 35 <= len(ids) <= 50
    assert {c.layer for c in checklist.controls} == {1, 2, 3, 4}
    # version 2 leaves Layer 4 without a critical control on purpose (docs/checklist.md §5)
    for layer in (1, 2, 3, 4) if version == "1" else (1, 2, 3):
        assert any(c.severity == "critical" for c in checklist.controls if c.layer == layer), layer


def test_bundled_checklist_is_bilingual_and_sourced():
    for control in load_checklist().checklist.controls:
        for text in (control.title, control.requirement, control.guidance):
            assert text.vi.strip() and text.en.strip(), control.id
        assert control.references, control.id


def test_budget_share_changes_on_2026_07_01():
    """The 10 % rule stops on 2026-06-30 and the 15 % rule starts on 2026-07-01 (Law 116/2025/QH15)."""
    from datetime import date

    checklist = load_checklist(version="1").checklist  # version 2: tests/test_checklist_versions.py
    budget = [c for c in checklist.controls if "budget" in c.tags]
    assert len(budget) == 2
    before = {c.id for c in budget if c.in_force_on(date(2026, 6, 30))}
    after = {c.id for c in budget if c.in_force_on(date(2026, 7, 1))}
    assert len(before) == len(after) == 1 and before != after


@pytest.mark.parametrize(("version", "yearly", "half"), [("2", 12, 6), ("3", 13, 7)])
def test_independent_assessment_period_depends_on_level(version, yearly, half):
    """Yearly at levels 3-4, six-monthly at level 5; version 3 allows a month more of each
    (an assessment done on time is never shown as expired: review F-48)."""
    checklist = load_checklist(version=version).checklist
    periodic = [
        c for c in checklist.controls if c.layer == 3 and c.max_age_for(3) == yearly and c.max_age_for(5) == half
    ]
    assert periodic, "a layer-3 control with a yearly period at levels 3-4 and a six-monthly one at level 5"
    assert all(c.max_age_for(4) == yearly and c.min_level == 3 for c in periodic)


SAMPLES = sorted((Path(__file__).parent / "schema_samples").glob("assessment-*.yaml"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_assessment_schema_samples(path):
    """Hand-written samples: the valid ones pass the schema, each invalid one fails it."""
    from fourlayer.reading.loading import load_file
    from fourlayer.reading.schemacheck import validator

    errors = list(validator("assessment").iter_errors(load_file(path).data))
    if "-valid-" in path.name:
        assert errors == []
    else:
        assert errors, path.read_text(encoding="utf-8").splitlines()[0]
