"""The bundled checklists load from their generated data modules (a .pyc instead of 2,000
lines of YAML parsed and linted on every run) — and only while those modules say exactly
what the YAML says."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from fourlayer.model import checklist as checklist_module
from fourlayer.model.checklist import compiled_checklist_data, compiled_module_name, load_bundled, source_digest
from fourlayer.reading.loading import DEFAULT_LIMITS, parse_text
from fourlayer.resources import bundled_checklist_text, bundled_checklists

ROOT = Path(__file__).resolve().parent.parent
NAMES = bundled_checklists()


@pytest.fixture(autouse=True)
def _fresh_cache():
    checklist_module._BUNDLED.clear()
    yield
    checklist_module._BUNDLED.clear()


@pytest.mark.parametrize("name", NAMES)
def test_every_bundled_checklist_has_a_data_module_in_sync(name):
    module = importlib.import_module(compiled_module_name(name))
    text = (ROOT / "checklists" / f"{name}.yaml").read_text(encoding="utf-8")
    assert source_digest(text) == module.SOURCE_DIGEST, (
        f"checklists/{name}.yaml changed: run python scripts/compile_schemas.py"
    )


@pytest.mark.parametrize("name", NAMES)
def test_the_data_module_holds_exactly_what_the_yaml_says(name):
    text = bundled_checklist_text(name)
    assert compiled_checklist_data(name, text) == parse_text(text, name, DEFAULT_LIMITS).data


@pytest.mark.parametrize("name", NAMES)
def test_a_checklist_loaded_from_its_data_module_equals_one_parsed_from_yaml(name, monkeypatch):
    version = parse_text(bundled_checklist_text(name), name, DEFAULT_LIMITS).data["version"]
    cached = load_bundled(str(version))
    checklist_module._BUNDLED.clear()
    monkeypatch.setattr(checklist_module, "compiled_checklist_data", lambda _name, _text: None)
    parsed = load_bundled(str(version))
    assert cached.checklist is not None
    assert cached.checklist == parsed.checklist
    assert cached.findings == parsed.findings == ()


def test_a_data_module_whose_digest_no_longer_matches_is_ignored(monkeypatch):
    name = NAMES[-1]
    module = importlib.import_module(compiled_module_name(name))
    monkeypatch.setattr(module, "SOURCE_DIGEST", "00000000-0")
    assert compiled_checklist_data(name, bundled_checklist_text(name)) is None
    # and the loader then parses the YAML itself: still a working checklist
    assert load_bundled().checklist is not None


def test_edited_text_is_never_shadowed_by_the_cache():
    name = NAMES[-1]
    text = bundled_checklist_text(name)
    assert compiled_checklist_data(name, text + "\n# edited\n") is None


def test_a_name_without_a_data_module_falls_back_to_parsing():
    assert compiled_checklist_data("no-such-checklist", "id: x\n") is None


def test_bundled_data_is_found_through_importlib_resources_too(monkeypatch):
    """A package that is not a folder of files (a zip) reads its data through importlib.resources."""
    import importlib.resources
    from pathlib import Path

    from fourlayer import resources

    direct = resources.bundled_checklists(), resources.schema_text("assessment")
    asked = []
    files = importlib.resources.files
    monkeypatch.setattr(importlib.resources, "files", lambda package: asked.append(package) or files(package))
    monkeypatch.setattr(Path, "is_dir", lambda self: False)
    assert (resources.bundled_checklists(), resources.schema_text("assessment")) == direct
    assert asked == ["fourlayer.checklists", "fourlayer.schemas"]
