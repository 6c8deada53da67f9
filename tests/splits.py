"""A further bundled checklist version for tests: version 4 continues version 3 and SPLITS
one control (L4.01 → L4.01 and the new L4.15). No shipped version splits a control yet, so
the tests install this one beside the package's bundled checklists."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest
import yaml

from fourlayer.model import checklist as checklist_module
from fourlayer.resources import bundled_checklist_text, bundled_checklists

SPLIT = "L4.01"
SUCCESSORS = ("L4.01", "L4.15")
NEXT, PREVIOUS = "4", "3"
"""The test version and the shipped version it continues."""


def v3_text() -> str:
    data = yaml.safe_load(bundled_checklist_text("four-layer-v3"))
    data["version"] = NEXT
    data["previous_version"] = PREVIOUS
    data.pop("retired", None)
    for control in data["controls"]:
        control["replaces"] = [control["id"]]
    source = next(c for c in data["controls"] if c["id"] == SPLIT)
    split = copy.deepcopy(source)
    split["id"] = SUCCESSORS[1]
    split["title"] = {"vi": "Tiêu chí tách ra từ L4.01", "en": "Control split off L4.01"}
    data["controls"].insert(data["controls"].index(source) + 1, split)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


@pytest.fixture
def version_3(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Bundled versions 1 to 4 (the default becomes 4) for the test's duration."""
    text = v3_text()
    names = [*bundled_checklists(), "four-layer-v4"]
    monkeypatch.setattr(checklist_module, "bundled_checklists", lambda: names)
    monkeypatch.setattr(
        checklist_module,
        "bundled_checklist_text",
        lambda name="four-layer": text if name == "four-layer-v4" else bundled_checklist_text(name),
    )
    monkeypatch.setattr(checklist_module, "_BUNDLED", {})
    checklist_module.bundled_versions.cache_clear()
    yield text
    checklist_module.bundled_versions.cache_clear()
