"""The message catalogue: every key in both languages, every template fillable."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from fourlayer import i18n
from fourlayer.messages import CATALOGUES, MESSAGES

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
