"""A third bundled checklist version for tests: version 3 continues version 2 and SPLITS
one control (L4.01 → L4.01 and the new L4.14). No shipped version splits a control yet, so
the tests install this one in place of the package's list of bundled checklists."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest
import yaml

from fourlayer import checklist as checklist_module
from fourlayer.resources import bundled_checklist_text, bundled_checklists

SPLIT = "L4.01"
SUCCESSORS = ("L4.01", "L4.14")


def v3_text() -> str:
    data = yaml.safe_load(bundled_checklist_text("four-layer-v2"))
    data["version"] = "3"
    data["previous_version"] = "2"
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
    """Bundled versions 1, 2 and 3 (the default becomes 3) for the test's duration."""
    text = v3_text()
    names = [*bundled_checklists(), "four-layer-v3"]
    monkeypatch.setattr(checklist_module, "bundled_checklists", lambda: names)
    monkeypatch.setattr(checklist_module, "bundled_checklist_text",
                        lambda name="four-layer": text if name == "four-layer-v3" else bundled_checklist_text(name))
    monkeypatch.setattr(checklist_module, "_BUNDLED", {})
    checklist_module.bundled_versions.cache_clear()
    yield text
    checklist_module.bundled_versions.cache_clear()
