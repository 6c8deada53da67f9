"""The message catalogue: every key in both languages, every template fillable."""

from __future__ import annotations

import ast
import functools
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
    missing = sorted(k for k in _literal_keys() if k not in MESSAGES and k not in i18n.FAMILIES and not k.endswith("."))
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


# --- every key used, and built in one place ---------------------------------------------
TEMPLATES = PACKAGE / "templates"
KEY_HEADS = tuple(sorted({key.rsplit(".", 1)[0] + "." for key in MESSAGES} | set(FILES)))
"""What a message key can open with: the prefix of each key, and each prefix of the file rule."""


def _family_of(key: str) -> str | None:
    """The declared family a key belongs to (the longest one it opens with), or None."""
    return max((f for f in i18n.FAMILIES if key.startswith(f + ".")), key=len, default=None)


@functools.cache
def _code() -> dict[Path, ast.Module]:
    """Each module of the package's code (the catalogue and the generated validators aside), parsed."""
    paths = [p for p in PACKAGE.rglob("*.py") if not {"messages", "compiled"} & set(p.relative_to(PACKAGE).parts)]
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}


@functools.cache
def _members(family: str) -> frozenset[str]:
    return frozenset(i18n.members(family))


@functools.cache
def _literals() -> frozenset[str]:
    """Every string constant of the package's code, and every quoted string of its templates."""
    out: set[str] = set()
    for tree in _code().values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.add(node.value)
    for path in TEMPLATES.glob("*.j2"):
        out |= {a or b for a, b in re.findall(r"\"([^\"\n]*)\"|'([^'\n]*)'", path.read_text(encoding="utf-8"))}
    return frozenset(out)


def _command_tree() -> tuple[set[str], set[str]]:
    """(every command's path, ``check`` or ``checklist.show``; every option's name, alone and
    after its command's path), for the ``help.cmd`` and ``help.opt`` families."""
    import click

    from fourlayer.cli import cli as group

    commands: set[str] = set()
    options: set[str] = set()

    def walk(command: click.Command, path: str) -> None:
        commands.add(path)
        for param in command.params:
            if isinstance(param, click.Option) and param.name:
                options.update({param.name, f"{path}.{param.name}"})
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(sub, name if path == "fourlayer" else f"{path}.{name}")

    walk(group, "fourlayer")
    return commands, options


@pytest.mark.parametrize("family", sorted(f for f, declared in i18n.FAMILIES.items() if declared))
def test_each_family_has_a_key_for_each_declared_member_and_no_stray_key(family):
    declared = _members(family)
    assert declared, family
    assert not sorted(m for m in declared if i18n.key_of(family, m) not in MESSAGES)
    literals = _literals()
    stray = sorted(
        key
        for key in MESSAGES
        if _family_of(key) == family and key[len(family) + 1 :] not in declared and key not in literals
    )
    assert not stray, f"keys of {family} that are no declared member and that the code does not name: {stray}"


def test_key_of_takes_an_enum_member_or_a_word_of_a_declared_family_only():
    from fourlayer.model.evaluation import Verdict

    assert i18n.key_of("verdict", Verdict.COMPLIANT) == i18n.key_of("verdict", "compliant") == "verdict.compliant"
    assert i18n.label(i18n.Translator("en"), "verdict", Verdict.COMPLIANT) == MESSAGES["verdict.compliant"]["en"]
    with pytest.raises(KeyError, match="not a declared family"):
        i18n.key_of("verdicts", "compliant")


def test_every_key_is_used_by_name_or_through_its_family():
    literals = _literals()
    codes = {value for value in literals if re.fullmatch(r"[a-z0-9-]+", value)}
    commands, options = _command_tree()
    unused = []
    for key in MESSAGES:
        family = _family_of(key)
        member = key[len(family) + 1 :] if family else ""
        if key in literals or (family and i18n.FAMILIES[family] and member in _members(family)):
            continue
        if family in ("finding", "workbook.finding") and member in codes:
            continue  # a finding's code, named where the finding is made
        if family == "workbook.hint" and {member.removeprefix("missing-"), f"hint.{member}"} & literals:
            continue  # a hint said in cells: of a missing key (named by the key), or of a hint the code names
        if (family == "help.cmd" and member in commands) or (family == "help.opt" and member in options):
            continue  # the --help of a command or an option of the command tree
        unused.append(key)
    assert not unused, f"keys nothing uses: {sorted(unused)}"


def _compositions(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, opening) of each f-string or ``+`` whose constant opening is a message key's."""
    found = []
    for node in ast.walk(tree):
        head = _opening(node)
        if head is not None:
            found.append((node.lineno, head))
        key = _key_argument(node)
        if isinstance(key, (ast.JoinedStr, ast.BinOp)) and _opening(key) is None:
            found.append((node.lineno, ast.unparse(key)))  # t(f"{family}.{word}"): a key built all the same
    return found


def _opening(node: ast.AST) -> str | None:
    """The constant opening of an f-string or a ``+``, when it is a message key's; else None."""
    head = None
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        head = node.values[0].value
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.left, ast.Constant):
        head = node.left.value
    if isinstance(head, str) and head.startswith(KEY_HEADS) and re.fullmatch(r"[a-z0-9_.-]+", head):
        return head
    return None


def _key_argument(node: ast.AST) -> ast.expr | None:
    """The key given to ``t(key)``, ``self.t(key)``, ``translate(lang, key)``; None for another node."""
    if not isinstance(node, ast.Call):
        return None
    name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
    position = {"t": 0, "translate": 1}.get(name or "")
    return node.args[position] if position is not None and len(node.args) > position else None


def test_keys_are_built_only_in_i18n():
    """A key built at run time goes through ``i18n.key_of``/``i18n.label``, in a declared family:
    no f-string or ``+`` elsewhere in the code opens with a key's prefix, nor does a template
    join one with ``~`` (the templates have ``label(t, family, member)`` too)."""
    offenders = []
    for path, tree in _code().items():
        if path.name == "i18n.py" and path.parent == PACKAGE:
            continue
        offenders += [f"{path.relative_to(PACKAGE)}:{line} {head!r}" for line, head in _compositions(tree)]
    for path in TEMPLATES.glob("*.j2"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"[\"'][a-z0-9_.-]*\.[\"']\s*~|~\s*[\"']\.|\bt\([^()]*~", line):
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}")
    assert not offenders, offenders


def test_the_composition_scan_finds_what_it_looks_for():
    probe = 't(f"verdict.{x}"); t("severity." + s); self.t(f"{family}.{word}"); translate(lang, prefix + x); f"{a}.{b}"; "w:" + e; t(key)'
    assert sorted(head for _, head in _compositions(ast.parse(probe))) == sorted(
        [
            "verdict.",
            "severity.",
            "f'{family}.{word}'",
            "prefix + x",
        ]
    )
