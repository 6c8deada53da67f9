"""The safe loader: plain data only, every refusal located, limits enforced."""

from __future__ import annotations

import os

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from fourlayer.reading.loading import Limits, decode_text, load_file, parse_text


def codes(result):
    return [(f.code, f.line, f.column) for f in result.findings]


def test_plain_data_dates_stay_text_and_keys_are_strings():
    result = parse_text("a: 2026-09-30\n3: x\nyes: 1\nlist: [1, 2.5, true, null]\n", "t.yaml")
    assert result.data == {"a": "2026-09-30", "3": "x", "yes": 1, "list": [1, 2.5, True, None]}
    assert result.findings == ()


def test_bom_and_crlf_are_fine():
    text, problem = decode_text("\ufeffa: 1\r\nb: 2\r\n".encode(), "t.yaml")
    assert problem is None
    assert parse_text(text, "t.yaml").data == {"a": 1, "b": 2}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1\nb: 2\na: 3\n", [("duplicate-key", 3, 1)]),
        ("top:\n  x: 1\n  x: 2\n", [("duplicate-key", 3, 3)]),
        ("a: !!binary aGVsbG8=\n", [("forbidden-tag", 1, 4)]),
        ("a: !!python/object:os.system {}\n", [("forbidden-tag", 1, 4)]),
        ("a: !!timestamp 2026-01-01\n", [("forbidden-tag", 1, 4)]),
        ("a: !custom x\n", [("forbidden-tag", 1, 4)]),
        ("", [("empty-document", None, None)]),
        ("# only a comment\n", [("empty-document", None, None)]),
        ("a: 1\n---\nb: 2\n", [("multiple-documents", 2, 1)]),
        ("- a\n- b\n", [("not-a-mapping", 1, 1)]),
        ("just text\n", [("not-a-mapping", 1, 1)]),
        ("a: [1, 2\n", [("yaml-syntax", 2, 1)]),
        ("a: b: c\n", [("yaml-syntax", 1, 5)]),
        ("? [a, b]\n: 1\n", [("complex-key", 1, 3)]),
        ("a: &x [*x]\n", [("alias-recursive", 1, 4)]),
    ],
)
def test_refusals_are_located(text, expected):
    result = parse_text(text, "t.yaml")
    assert result.data is None
    assert codes(result) == expected


def test_duplicate_key_names_both_lines():
    result = parse_text("a: 1\nb: 2\na: 3\n", "t.yaml")
    finding = result.findings[0]
    assert dict(finding.params) == {"key": "a", "first_line": 1}
    assert "1" in finding.message("en") and '"a"' in finding.message("vi")


def _bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join(f"*{prev}" for _ in range(9)) + "]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_refused_fast_and_small():
    # a holds 10 values, b 91, c 820, d 7381: the aliases of b, c and d repeat 8289 values,
    # the first *d on line 5 (column 8) takes them past 10,000
    result = parse_text(_bomb(), "bomb.yaml")
    assert codes(result) == [("alias-expansion", 5, 8)]


@pytest.mark.parametrize(("limit", "where"), [(89, (2, 32)), (100, (3, 8)), (908, (3, 32)), (909, (4, 8))])
def test_alias_bomb_is_located_at_the_alias_that_crosses_the_limit(limit, where):
    # b's nine *a repeat 10 values each (90); c's nine *b 91 each (909 in all after c)
    result = parse_text(_bomb(), "bomb.yaml", Limits(max_alias_nodes=limit))
    assert codes(result) == [("alias-expansion", *where)]


def test_modest_aliases_are_allowed():
    result = parse_text("base: &b {ref: x, date: 2026-01-01}\nother: *b\n", "t.yaml")
    assert result.data == {"base": {"ref": "x", "date": "2026-01-01"}, "other": {"ref": "x", "date": "2026-01-01"}}


def test_merge_keys_work():
    result = parse_text("base: &b {x: 1, y: 2}\nmore:\n  <<: *b\n  y: 3\n", "t.yaml")
    assert result.data["more"] == {"x": 1, "y": 3}


@pytest.mark.parametrize("depth", [65, 100, 5000, 100_000])
def test_deep_flow_nesting_is_refused(depth):
    text = "a: " + "[" * depth + "]" * depth + "\n"
    result = parse_text(text, "deep.yaml", Limits(max_bytes=10**7))
    assert [f.code for f in result.findings] == ["too-deep"]
    assert result.findings[0].line == 1


def test_deep_block_nesting_is_refused():
    text = "".join("  " * i + f"k{i}:\n" for i in range(80)) + "  " * 80 + "v\n"
    result = parse_text(text, "deep.yaml")
    assert [f.code for f in result.findings] == ["too-deep"]
    assert result.findings[0].line == 65


def test_depth_within_the_cap_is_fine():
    text = "a: " + "[" * 60 + "]" * 60 + "\n"
    assert parse_text(text, "ok.yaml").data is not None


def test_non_utf8_is_located():
    text, problem = decode_text("a: 1\nb: caf\xe9\n".encode("latin-1"), "t.yaml")
    assert text is None
    assert (problem.code, problem.line, problem.column) == ("not-utf8", 2, 7)


@pytest.mark.parametrize(
    ("raw", "where"), [(b"a: 1\nb: x\x1by\n", (2, 5)), (b"a: \x00\n", (1, 4)), ("a: x\u0085\n".encode(), (1, 5))]
)
def test_control_characters_are_located(raw, where):
    text, problem = decode_text(raw, "t.yaml")
    assert text is None
    assert (problem.code, problem.line, problem.column) == ("control-character", *where)


def test_escaped_control_characters_in_quoted_strings_are_data():
    result = parse_text('a: "\\e[31mred"\n', "t.yaml")
    assert result.data == {"a": "\x1b[31mred"}


def test_size_cap(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 200 + "\n")
    result = load_file(path, "big.yaml", Limits(max_bytes=100))
    assert [(f.code, dict(f.params)["limit"]) for f in result.findings] == [("file-too-large", 100)]


def test_missing_file_directory_and_fifo(tmp_path):
    assert [f.code for f in load_file(tmp_path / "nope.yaml").findings] == ["file-not-found"]
    assert [f.code for f in load_file(tmp_path).findings] == ["is-directory"]
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    assert [f.code for f in load_file(fifo).findings] == ["not-regular-file"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.yaml"
    path.write_text("a: 1\n")
    path.chmod(0)
    assert [f.code for f in load_file(path).findings] == ["permission-denied"]


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("a: [\n  b\n c: d\n", "Lỗi cú pháp YAML: thụt lề sai.", "YAML syntax error: wrong indentation."),
        ("a: " + "9" * 5000 + "\n", "số nguyên dài quá 4.300 chữ số", "an integer longer than 4,300 digits"),
    ],
)
def test_a_problem_worded_by_the_catalogue_is_translated_when_shown(text, vi, en):
    (found,) = parse_text(text, "t.yaml").findings
    assert vi in found.message("vi") and en in found.message("en")


def test_a_phrase_in_a_finding_is_filled_with_its_own_parameters_on_one_line():
    from fourlayer.i18n import Phrase
    from fourlayer.reading.findings import finding

    found = finding(
        "t.yaml", (1, 1), "bad-number", value="x", reason=Phrase("hint.did-you-mean", {"suggestion": "a\nb"})
    )
    assert "a\\nb" in found.message("en") and "\n" not in found.message("en")


# --- the one-pass builder agrees with PyYAML's constructor -------------------------------------
_SCALAR_TEXTS = st.sampled_from(
    [
        "plain",
        "Sở Y tế",
        "Se\u0302\u0301",
        "2026-02-30",
        "2026-09-30",
        "12",
        "-0",
        "0x1F",
        "0o17",
        "1_000",
        "0x_",
        "1.5",
        ".inf",
        "-.Inf",
        ".nan",
        "1e3",
        "yes",
        "No",
        "ON",
        "true",
        "~",
        "null",
        "",
        "=",
        "<<",
        "!!str 12",
        "!!int 7",
        "!!float 1",
        "!!binary aGk=",
        "!!set {a}",
        "!!timestamp 2026-01-01",
        "'quoted'",
        '"q\\u00e9"',
        "[a, b]",
        "{a: 1}",
        "{a: 1, a: 2}",
        "? [x]\n  : y",
        "!custom x",
        "9" * 5000,
    ]
)


@st.composite
def _yaml_texts(draw, depth=0):
    if depth >= 3 or draw(st.booleans()):
        return draw(_SCALAR_TEXTS)
    if draw(st.booleans()):
        keys = draw(st.lists(st.sampled_from(["a", "b", "c", "<<", "?x", "1", "Đ"]), min_size=1, max_size=4))
        return "{" + ", ".join(f"{k}: {draw(_yaml_texts(depth=depth + 1))}" for k in keys) + "}"
    return "[" + ", ".join(draw(st.lists(_yaml_texts(depth=depth + 1), max_size=4))) + "]"


@settings(max_examples=400, deadline=None)
@given(_yaml_texts())
def test_the_one_pass_builder_and_pyyaml_agree(body):
    """Whatever a document holds, the data and findings are what PyYAML's constructor gives:
    the builder either builds exactly that, or leaves the document to the constructor."""
    from fourlayer.reading import loading

    text = f"root: {body}\n"
    try:
        node = loading._Loader(text).get_single_node()
    except yaml.YAMLError:
        return
    try:
        expected: object = loading._Loader(text).construct_document(node)
    except Exception as error:  # whatever the constructor does, the builder must not build
        expected = type(error)
    try:
        built: object = loading._build(loading._Loader(text), node)
    except loading._Unusual:
        return
    assert repr(built) == repr(expected)  # repr: a NaN is not equal to itself


def test_no_path_resolvers_are_registered():
    """The loader replaces PyYAML's path-resolver hooks by no-ops: valid only while none is registered."""
    from fourlayer.reading import loading

    assert not loading._Loader.yaml_path_resolvers
