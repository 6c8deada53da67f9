"""The message catalogue: every key in both languages, every template fillable."""

from __future__ import annotations

import ast
import re
import string
import subprocess
from pathlib import Path

import pytest
from conftest import PYTHON

from fourlayer import i18n, messages
from fourlayer.messages import BY_FILE, CATALOGUES, FILES, MESSAGES, file_of

PACKAGE = Path(i18n.__file__).parent


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_fields(key):
    entry = MESSAGES[key]
    assert set(entry) == {"vi", "en"}, key
    assert entry["vi"].strip() and entry["en"].strip(), key
    fields = [{name for _, name, _, _ in string.Formatter().parse(entry[lang]) if name} for lang in ("vi", "en")]
    assert fields[0] == fields[1], key


def test_no_key_is_defined_twice_across_catalogues():
    seen: set[str] = set()
    for catalogue in CATALOGUES:
        assert not (seen & set(catalogue)), seen & set(catalogue)
        seen |= set(catalogue)


def test_each_key_lives_in_the_file_its_prefix_names():
    misplaced = sorted(
        (key, name, file_of(key)) for name, catalogue in BY_FILE.items() for key in catalogue if file_of(key) != name
    )
    assert not misplaced, "(key, its file, the file FILES names for it): " + repr(misplaced)


def test_the_catalogue_is_every_module_of_the_package_and_each_is_named_in_files():
    modules = sorted(p.stem for p in Path(messages.__file__).parent.glob("*.py") if not p.name.startswith("_"))
    assert list(BY_FILE) == modules
    assert set(FILES.values()) == set(modules)  # no module outside the rule, no rule without its module
    assert sum(len(c) for c in CATALOGUES) == len(MESSAGES)


def test_a_key_defined_in_two_files_stops_the_import(tmp_path):
    package = tmp_path / "fourlayer" / "messages"
    package.mkdir(parents=True)
    (tmp_path / "fourlayer" / "__init__.py").write_text("")
    (package / "__init__.py").write_text(Path(messages.__file__).read_text(encoding="utf-8"), encoding="utf-8")
    for name in ("audit", "report"):
        (package / f"{name}.py").write_text('MESSAGES = {"audit.title": {"vi": "a", "en": "a"}}\n')
    probe = f"import sys; sys.path.insert(0, {str(tmp_path)!r}); import fourlayer.messages"
    done = subprocess.run([*PYTHON, "-c", probe], check=False, capture_output=True, text=True)
    assert done.returncode != 0
    assert "defined twice" in done.stderr and "audit.title" in done.stderr


def _literal_keys() -> set[str]:
    """Message keys the code names as plain string literals."""
    keys = set()
    prefixes = (
        "finding.",
        "hint.",
        "cli.",
        "report.",
        "output.",
        "validate.",
        "checklist.",
        "audit.",
        "diff.",
        "init.",
        "ci.",
    )
    for path in PACKAGE.rglob("*.py"):
        if "messages" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value.startswith(prefixes)
                and re.fullmatch(r"[a-z]+\.[a-z0-9._-]+", node.value)
            ):
                keys.add(node.value)
    return keys


def _finding_codes() -> set[str]:
    """Codes passed to ``finding(display, mark, "code", ...)``."""
    codes = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "finding" and len(node.args) >= 3:
                code = node.args[2]
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    codes.add(code.value)
    return codes


def test_every_key_the_code_names_exists():
    missing = sorted(k for k in _literal_keys() if k not in MESSAGES and not k.endswith("."))
    assert not missing


def test_every_finding_code_has_a_message():
    codes = _finding_codes()
    assert codes, "the scan found no finding codes"
    assert not sorted(c for c in codes if f"finding.{c}" not in MESSAGES)


@pytest.mark.parametrize(
    ("option", "env", "expected"),
    [
        (None, None, "vi"),
        ("en", None, "en"),
        (None, "en", "en"),
        ("vi", "en", "vi"),
        (None, "EN_us", "en"),
        (None, "fr", "vi"),
    ],
)
def test_language_resolution(monkeypatch, option, env, expected):
    if env is None:
        monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(i18n.ENV_VAR, env)
    assert i18n.resolve_language(option) == expected
