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


def test_every_path_the_architecture_page_names_exists():
    """docs/architecture.md is a newcomer's map: every file or folder it names is there."""
    import re

    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:fourlayer|schemas|checklists|scripts|tests)/[\w./<>-]*)`", text))
    named |= {f"fourlayer/{m}" for m in re.findall(r"`((?:reporting|reading|model|rounds|authoring)/[\w./-]*)`", text)}
    concrete = {n.rstrip("/") for n in named if "<" not in n}
    assert len(concrete) > 40  # the reader found the names
    missing = sorted(n for n in concrete if not (ROOT / n).exists())
    assert not missing, missing


def test_the_architecture_page_answers_where_to_change_things():
    """Issue 27's four questions, each answered by one or two files."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = text[text.index("## Where do I change") :].split("\n## ")[0]
    for question, files in (
        ("add an output format", ("fourlayer/reporting/formats.py",)),
        ("add a field to the checklist", ("schemas/checklist.schema.json", "fourlayer/model/checklist.py")),
        ("rounded", ("fourlayer/model/figures.py",)),
        ("add or change a message", ("fourlayer/messages/",)),
    ):
        row = next(line for line in table.splitlines() if question in line)
        for name in files:
            assert name in row, (question, name)
