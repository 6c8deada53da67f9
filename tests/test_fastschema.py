"""The compiled happy-path validators agree with jsonschema, and are current."""

from __future__ import annotations

import copy
import hashlib
import importlib
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fourlayer.reading.loading import load_file, parse_text
from fourlayer.reading.schemacheck import is_valid_fast, validator
from fourlayer.resources import bundled_checklist_text

NAMES = ("assessment", "checklist")
BASES = {
    "assessment": [load_file(p).data for p in sorted((ROOT / "tests" / "data" / "check").glob("*.yaml"))],
    "checklist": [parse_text(bundled_checklist_text(), "four-layer.yaml").data],
}


@pytest.mark.parametrize("name", NAMES)
def test_compiled_validator_matches_the_schema_file(name):
    module = importlib.import_module(f"fourlayer.compiled.{name}")
    digest = hashlib.sha256((ROOT / "schemas" / f"{name}.schema.json").read_bytes()).hexdigest()
    assert digest == module.SCHEMA_SHA256, "schemas changed: run python scripts/compile_schemas.py"


@pytest.mark.parametrize("name", NAMES)
def test_bases_are_valid_both_ways(name):
    for data in BASES[name]:
        assert is_valid_fast(name, data)
        assert not list(validator(name).iter_errors(data))


def paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out.extend(paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out.extend(paths(value, (*prefix, index)))
    return out


REPLACEMENTS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 7),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            "",
            "x",
            "2026-02-30",
            "30/09/2026",
            "2026-09-30",
            "implemented",
            "yes",
            "L2.01",
            "critical",
            "verified",
            "agency",
            "system",
            "decision",
            "1",
        ]
    ),
    st.just([]),
    st.just({}),
    st.just({"x-note": 1}),
    st.just({"evidance": []}),
    st.just([{"ref": "x"}]),
)


@st.composite
def mutated(draw, name):
    data = copy.deepcopy(draw(st.sampled_from(BASES[name])))
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(paths(data)))
        if not where:
            continue
        parent = data
        for step in where[:-1]:
            parent = parent[step]
        last = where[-1]
        action = draw(st.sampled_from(["replace", "delete", "add-key", "url-path"]))
        if action == "delete":
            del parent[last]
        elif action == "add-key" and isinstance(parent[last], dict):
            parent[last][draw(st.sampled_from(["x-free", "typo", "note", "url", "path", "system", "date"]))] = (
                copy.deepcopy(draw(REPLACEMENTS))
            )
        elif action == "url-path" and isinstance(parent[last], dict):
            parent[last].update({"url": "https://x.example", "path": "a/b.pdf"})
        else:
            parent[last] = copy.deepcopy(draw(REPLACEMENTS))  # never share a drawn object
    return data


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fast_and_full_validation_agree(name, data):
    document = data.draw(mutated(name))
    full = not list(validator(name).iter_errors(document))
    assert is_valid_fast(name, document) == full


def test_the_compiler_script_is_importable():
    spec = importlib.util.spec_from_file_location("compile_schemas", Path(ROOT / "scripts" / "compile_schemas.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert set(module.NAMES) == set(NAMES)
