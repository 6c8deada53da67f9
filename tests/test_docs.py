"""The documentation that is generated or promised stays true."""

from __future__ import annotations

import importlib.util

from conftest import ROOT


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_codes_page_matches_the_catalogue():
    page = (ROOT / "docs" / "codes.md").read_text(encoding="utf-8")
    assert page == _script("document_codes").render(), "run python scripts/document_codes.py"


def test_docs_linked_from_the_readme_exist():
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#:]+)\)", readme):
        assert (ROOT / target).exists(), target
