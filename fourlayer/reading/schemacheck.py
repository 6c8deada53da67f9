"""JSON Schema errors as located, plain-language findings.

jsonschema says *what* is wrong at a JSON path; this module says it in the user's
language at ``line:column``, with a hint where one helps ("did you mean ...").
"""

from __future__ import annotations

import difflib
import importlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from fourlayer.model.dates import day_first_equivalent
from fourlayer.reading.findings import MAX_FINDINGS_PER_FILE, OMITTED, Finding, finding, keep_first
from fourlayer.reading.loading import PathLocator
from fourlayer.reading.synonyms import meaning
from fourlayer.resources import schema

if TYPE_CHECKING:  # jsonschema is imported only when there are errors to explain
    import jsonschema
    from jsonschema.exceptions import ValidationError

DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_JSON_TYPES = {
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "array",
    dict: "object",
    type(None): "null",
}


@cache
def validator(name: str) -> jsonschema.protocols.Validator:
    """The jsonschema validator of a bundled schema (checked once, then reused)."""
    import jsonschema

    document = schema(name)
    cls = jsonschema.validators.validator_for(document)
    cls.check_schema(document)
    strict = jsonschema.validators.extend(cls, {"pattern": _strict_pattern})
    return strict(document)


def ecma_anchors(pattern: str) -> str:
    """A JSON Schema pattern (ECMA-262) in Python's terms: ``$`` ends the text, as in
    JavaScript and in the compiled validator, not "before a final newline" as Python's ``$``
    does (so ``"portal\n"`` is no valid id). No ``$`` sits inside a character class in our schemas."""
    return re.sub(r"(?<!\\)\$", r"\\Z", pattern)


def _strict_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterable[ValidationError]:
    from jsonschema.exceptions import ValidationError

    if validator.is_type(instance, "string") and not re.search(ecma_anchors(pattern), instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@cache
def fast_validator(name: str) -> Callable[[Any], Any] | None:
    """The compiled happy-path validator of a bundled schema, if there is one."""
    try:
        module = importlib.import_module(f"fourlayer.compiled.{name}")
    except ImportError:
        return None
    return module.validate  # type: ignore[no-any-return]


def is_valid_fast(name: str, data: Any) -> bool:
    """True when the compiled validator accepts ``data``: then jsonschema is not needed.

    False means "not known to be valid": jsonschema then finds and explains every error.
    """
    check = fast_validator(name)
    if check is None:
        return False
    from fastjsonschema import JsonSchemaException

    try:
        check(data)
    except JsonSchemaException:
        return False
    return True


def json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def path_text(path: Iterable[str | int]) -> str:
    """``systems[0].controls.L2.01`` — the way a user reads a path."""
    out = ""
    for item in path:
        out += f"[{item}]" if isinstance(item, int) else (f".{item}" if out else str(item))
    return out or "(cấp trên cùng của tệp / top level of the file)"


def suggest(word: str, choices: Iterable[str]) -> str | None:
    """The closest choice to ``word``, if one is close enough to be a typo."""
    choices = list(choices)
    lowered = {c.lower(): c for c in choices}
    if word.lower() in lowered:
        return lowered[word.lower()]
    match = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return match[0] if match else None


Describe = Callable[[list[Any]], Any]
"""How a data path is shown in a message: a string, or a ``Localised`` parameter."""


def schema_findings(
    name: str, data: Any, locator: PathLocator, display: str, describe: Describe | None = None
) -> list[Finding]:
    """Every error of ``data`` against the bundled schema ``name``, located and sorted.

    ``describe`` names a data path for the reader (default :func:`path_text`)."""
    if is_valid_fast(name, data):
        return []
    errors = sorted(validator(name).iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    found: list[Finding] = []
    for error in errors:
        found.extend(_convert(error, locator, display, describe or path_text))
    return keep_first(found, display)


def _leaf_errors(error: ValidationError) -> list[ValidationError]:
    """For anyOf/oneOf, the most relevant branch error (jsonschema's best_match)."""
    if error.context:
        from jsonschema.exceptions import best_match

        best = best_match(error.context)
        if best is not None:
            return _leaf_errors(best)
    return [error]


def _convert(error: ValidationError, locator: PathLocator, display: str, describe: Describe) -> list[Finding]:
    out: list[Finding] = []
    for leaf in _leaf_errors(error):
        out.extend(_one(leaf, locator, display, describe))
    return out


def _one(error: ValidationError, locator: PathLocator, display: str, describe: Describe) -> list[Finding]:
    path = list(error.absolute_path)
    where = describe(path)
    kind = error.validator
    value = error.instance
    if kind == "required":
        present = value if isinstance(value, dict) else {}
        return [
            finding(
                display,
                locator.container(path),
                "missing-key",
                hint="hint.missing-key" if _key_example(key, path) else None,
                key=key,
                where=where,
                example=_key_example(key, path),
            )
            for key in error.validator_value
            if key not in present
        ]
    if kind in ("additionalProperties", "unevaluatedProperties"):
        return _unknown_keys(error, locator, display, path, where)
    return _value_error(error, locator.value(path), locator, display, path, where)


def _unknown_keys(
    error: ValidationError, locator: PathLocator, display: str, path: list[Any], where: Any
) -> list[Finding]:
    value = error.instance
    allowed = list((error.schema.get("properties") or {}).keys())
    patterns = list((error.schema.get("patternProperties") or {}).keys())
    extras = [
        key
        for key in (value if isinstance(value, dict) else {})
        if key not in allowed and not any(re.search(p, key) for p in patterns)
    ]
    out = []
    if len(extras) > MAX_FINDINGS_PER_FILE:  # only the first are listed: locate and explain just those
        out.append(finding(display, None, OMITTED, count=len(extras) - MAX_FINDINGS_PER_FILE))
        extras = extras[:MAX_FINDINGS_PER_FILE]
    for key in extras:
        near = suggest(key, allowed)
        # `{note: Lắp đặt, kết nối}`: the text after an unquoted comma becomes a key with no value
        split_text = near is None and value[key] is None and re.search(r"\s", key) is not None
        out.append(
            finding(
                display,
                locator.key([*path, key]),
                "unknown-key",
                hint="hint.did-you-mean" if near else "hint.flow-comma" if split_text else "hint.unknown-key",
                key=key,
                where=where,
                suggestion=near or "",
                allowed=", ".join(allowed),
            )
        )
    return out


def _value_error(
    error: ValidationError,
    mark: tuple[int, int] | None,
    locator: PathLocator,
    display: str,
    path: list[Any],
    where: Any,
) -> list[Finding]:
    kind = error.validator
    value = error.instance
    if value is None and kind in ("type", "enum", "const"):
        return [_empty_finding(error.schema, mark, display, where)]
    if kind == "type":
        return [_type_finding(error, mark, display, where)]
    if kind == "enum":
        return _enum_finding(error, mark, display, path, where)
    if kind == "pattern":
        return [_pattern_finding(error, mark, display, path, where)]
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        limits = _range_of(error.schema)
        return [finding(display, mark, "out-of-range", where=where, value=_show(value), low=limits[0], high=limits[1])]
    if kind == "minItems":
        return [finding(display, mark, "too-few-items", where=where, count=error.validator_value)]
    if kind == "minLength":
        return [finding(display, mark, "empty-text", where=where)]
    if kind == "maxLength":
        return [finding(display, mark, "text-too-long", where=where, limit=error.validator_value)]
    if kind == "not":
        return [finding(display, locator.key(path), "url-and-path", where=where)]
    if kind == "const":
        expected = _show(error.validator_value)
        return [finding(display, mark, "wrong-constant", where=where, value=_show(value), expected=expected)]
    return [finding(display, mark, "schema-invalid", where=where, detail=error.message)]


def _enum_finding(
    error: ValidationError, mark: tuple[int, int] | None, display: str, path: list[Any], where: Any
) -> list[Finding]:
    value = error.instance
    choices = [str(c) for c in error.validator_value]
    near = suggest(str(value), choices) if isinstance(value, str) else None
    field = path[-1] if path else ""
    if isinstance(value, bool):
        return [_boolean_finding(value, choices, field, mark, display, where)]
    meant = meaning(field, value) if isinstance(field, str) else None
    if meant is not None and meant in choices:  # `status: done`, `status: Đã thực hiện`
        return [
            finding(
                display,
                mark,
                "not-allowed-value",
                hint="hint.did-you-mean",
                where=where,
                value=_show(value),
                allowed=", ".join(choices),
                suggestion=meant,
            )
        ]
    return [
        finding(
            display,
            mark,
            "not-allowed-value",
            hint="hint.did-you-mean" if near else None,
            where=where,
            value=_show(value),
            allowed=", ".join(choices),
            suggestion=near or "",
        )
    ]


def _pattern_finding(
    error: ValidationError, mark: tuple[int, int] | None, display: str, path: list[Any], where: Any
) -> Finding:
    value = error.instance
    if error.validator_value == DATE_PATTERN:
        fixed = day_first_equivalent(value) if isinstance(value, str) else None
        return finding(
            display,
            mark,
            "invalid-date",
            hint="hint.date-day-first" if fixed else "hint.date-format",
            where=where,
            value=_show(value),
            suggestion=fixed or "",
        )
    if len(path) == 3 and path[0] == "systems" and path[2] == "id":
        slug = _system_id_like(value) if isinstance(value, str) else ""
        return finding(
            display,
            mark,
            "bad-format",
            hint="hint.system-id-slug" if slug else "hint.system-id",
            where=where,
            value=_show(value),
            pattern=error.validator_value,
            suggestion=slug,
        )
    return finding(display, mark, "bad-format", where=where, value=_show(value), pattern=error.validator_value)


def _range_of(subschema: dict[str, Any]) -> tuple[Any, Any]:
    low = subschema.get("minimum", subschema.get("exclusiveMinimum", "…"))
    high = subschema.get("maximum", subschema.get("exclusiveMaximum", "…"))
    return low, high


# What a missing required key looks like when written (the same in both languages).
_KEY_EXAMPLES = {
    "schema_version": "schema_version: 1",
    "agency": 'agency: {name: "Sở Y tế tỉnh Nghệ An"}',
    "assessed_on": "assessed_on: 2026-09-30",
    "systems": 'systems: [{id: portal, name: "Cổng thông tin điện tử", level: 2}]',
    "id": "id: portal",
    "name": 'name: "Cổng thông tin điện tử"',
    "level": "level: 2",
    "status": "status: implemented",
    "ref": 'ref: "45/QĐ-SYT"',
    "control": "control: L2.03",
    "reason": 'reason: "…"',
    "approved_by": 'approved_by: "Giám đốc Sở"',
    "expires": "expires: 2027-06-30",
    "version": 'version: "1"',
}


def _key_example(key: str, path: list[Any]) -> str:
    if key == "name" and path[:1] == ["agency"]:
        return 'name: "Sở Y tế tỉnh Nghệ An"'
    if key == "name" and path[:1] == ["assessor"]:
        return 'name: "Nguyễn Văn A"'
    return _KEY_EXAMPLES.get(key, "")


def _system_id_like(text: str) -> str:
    """``Cổng TT điện tử`` → ``cong-tt-dien-tu``: a valid system id close to what was written."""
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", plain).strip("-._")
    return slug[:64] if slug else ""


def _empty_finding(subschema: Any, mark: tuple[int, int] | None, display: str, where: Any) -> Finding:
    """``key:`` with nothing after it (YAML null): say what to write there.

    The type and enum errors of one empty value share ``subschema``, so they become the
    same finding, reported once."""
    subschema = subschema if isinstance(subschema, dict) else {}
    expected = subschema.get("type")
    if "enum" in subschema:
        return finding(
            display,
            mark,
            "empty-value",
            hint="hint.empty-choose",
            where=where,
            allowed=", ".join(str(c) for c in subschema["enum"]),
        )
    if "const" in subschema:
        return finding(
            display, mark, "empty-value", hint="hint.empty-choose", where=where, allowed=_show(subschema["const"])
        )
    if subschema.get("pattern") == DATE_PATTERN:
        return finding(display, mark, "empty-value", hint="hint.date-format", where=where)
    if expected == "object":
        return finding(display, mark, "empty-value", hint="hint.empty-mapping", where=where)
    if expected == "array":
        return finding(display, mark, "empty-value", hint="hint.empty-list", where=where)
    shown = "/".join(expected) if isinstance(expected, list) else str(expected or "")
    return finding(display, mark, "empty-value", hint="hint.empty-type", where=where, expected=shown)


def _show(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return json.dumps(value)  # null, true, false: the way YAML and JSON write them
    # a string in JSON quotes: a newline or quote in it stays on the one line of the message
    text = repr(value) if not isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "…"


def _boolean_finding(
    value: bool, choices: list[str], field: Any, mark: tuple[int, int] | None, display: str, where: Any
) -> Finding:
    """`status: yes` (YAML reads a boolean) where one of ``choices`` is expected. The type and
    the enum error of one value both come here, so they say the same and become one finding;
    when the word means one of the choices (``meaning``), that choice is suggested."""
    meant = meaning(field, value) if isinstance(field, str) else None
    if meant is not None and meant in choices:
        return finding(
            display,
            mark,
            "yaml-boolean",
            hint="hint.word-meaning",
            where=where,
            value=str(value).lower(),
            allowed=", ".join(choices),
            suggestion=meant,
        )
    return finding(
        display,
        mark,
        "yaml-boolean",
        hint="hint.yaml-boolean",
        where=where,
        value=str(value).lower(),
        allowed=", ".join(choices),
    )


def _type_finding(error: ValidationError, mark: tuple[int, int] | None, display: str, where: Any) -> Finding:
    expected = error.validator_value
    expected_list = expected if isinstance(expected, list) else [expected]
    value = error.instance
    if isinstance(value, bool) and "boolean" not in expected_list:
        # `status: yes`: the enum error of the same value says the same; both must name the choices,
        # since the two become one finding
        choices = error.schema.get("enum") if isinstance(error.schema, dict) else None
        if choices:
            field = error.absolute_path[-1] if error.absolute_path else ""
            return _boolean_finding(value, [str(c) for c in choices], field, mark, display, where)
        return finding(
            display,
            mark,
            "yaml-boolean",
            hint="hint.yaml-boolean-text",
            where=where,
            value=str(value).lower(),
            allowed="",
        )
    if isinstance(value, str) and "integer" in expected_list and value.strip().lstrip("-").isdigit():
        return finding(display, mark, "quoted-number", hint="hint.quoted-number", where=where, value=value)
    if isinstance(value, (int, float)) and "string" in expected_list:
        return finding(
            display,
            mark,
            "wrong-type",
            hint="hint.quote-text",
            where=where,
            expected="/".join(expected_list),
            found=json_type(value),
            value=_show(value),
        )
    return finding(
        display,
        mark,
        "wrong-type",
        where=where,
        expected="/".join(expected_list),
        found=json_type(value),
        value=_show(value),
    )
