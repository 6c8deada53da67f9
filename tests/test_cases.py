"""Case folders: every file under ``tests/cases/`` is one test, run through the real CLI.

``invalid/*.yaml`` start with the findings they must produce, as ``code@line:column``
(or ``code@line``, or a bare ``code`` for a finding about the whole file)::

    # expect: duplicate-key@7:3 unknown-key@12:9
    # args: --max-file-size 200          (optional: extra options for validate)
    # hint-contains: Did you mean "L2.01"?   (optional: some English hint contains this)

The set of error findings must equal the expectation exactly; ``validate`` exits 1 with
no traceback, in English and in Vietnamese, and its JSON names the file, line and column.

``valid/*.yaml`` validate cleanly, and ``check`` evaluates them; an optional
``# outcomes: L1.06/portal=pass L1.01=fail`` line pins some outcomes (as of 2026-11-27).

Files are kept byte for byte (``tests/cases/.gitattributes``): BOM, CRLF, non-UTF-8.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import run_cli

CASES = Path(__file__).parent / "cases"
VALID = sorted((CASES / "valid").glob("*.yaml"))
INVALID = sorted((CASES / "invalid").glob("*.yaml"))
AS_OF = "2026-11-27"
_EXPECTED = re.compile(r"^([a-z0-9-]+)(?:@([0-9]+)(?::([0-9]+))?)?$")


@dataclass
class Header:
    expect: set[tuple[str, int | None, int | None]] = field(default_factory=set)
    has_columns: set[tuple[str, int | None]] = field(default_factory=set)
    args: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    outcomes: dict[tuple[str, str | None], str] = field(default_factory=dict)


def read_header(path: Path) -> Header:
    """The ``# name: value`` directives at the top of a case file (any encoding)."""
    header = Header()
    text = path.read_bytes().decode("utf-8", errors="replace").lstrip("\ufeff")
    for line in text.splitlines():
        match = re.match(r"^# (expect|args|hint-contains|outcomes):(.*)$", line)
        if match is None:
            break
        name, value = match[1], match[2].strip()
        if name == "expect":
            for item in value.split():
                parsed = _EXPECTED.match(item)
                assert parsed, f"{path.name}: bad expectation {item!r}"
                line_no = int(parsed[2]) if parsed[2] else None
                column = int(parsed[3]) if parsed[3] else None
                header.expect.add((parsed[1], line_no, column))
        elif name == "args":
            header.args.extend(value.split())
        elif name == "hint-contains":
            header.hints.append(value)
        else:
            for item in value.split():
                target, outcome = item.split("=")
                control, _, system = target.partition("/")
                header.outcomes[(control, system or None)] = outcome
    return header


def _found(finding: dict, expected: set[tuple[str, int | None, int | None]]) -> tuple[str, int | None, int | None]:
    """A finding as the expectation states it: without the column when none is expected."""
    code, line, column = finding["code"], finding["line"], finding["column"]
    if (code, line, None) in expected and (code, line, column) not in expected:
        return code, line, None
    return code, line, column


def test_the_case_folders_are_populated():
    assert len(INVALID) >= 30 and len(VALID) >= 5
    gitattributes = (CASES / ".gitattributes").read_text(encoding="utf-8")
    assert "*.yaml -text" in gitattributes  # BOM, CRLF and non-UTF-8 bytes stay as written


@pytest.mark.parametrize("path", INVALID, ids=[p.name for p in INVALID])
def test_invalid_case(path):
    header = read_header(path)
    assert header.expect, f"{path.name} must start with '# expect: code@line:column ...'"
    result = run_cli(["validate", "--format", "json", "--lang", "en", *header.args, path])
    assert result.exit_code == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    (entry,) = report["files"]
    assert entry["source"] == str(path) and entry["valid"] is False
    errors = [f for f in entry["findings"] if f["severity"] == "error"]
    assert {_found(f, header.expect) for f in errors} == header.expect
    for item in errors:
        assert item["path"] == str(path)
        assert item["message"] and "None" not in item["message"], item
        assert "{" not in item["message"].replace("{ }", ""), item  # no template left unfilled
    for text in header.hints:
        assert any(text in (f["hint"] or "") for f in errors), (text, [f["hint"] for f in errors])
    refused = run_cli(["check", "--format", "json", "--lang", "en", *header.args, path])
    assert refused.exit_code == 2 and "Traceback" not in refused.stderr  # check cannot evaluate it
    assert json.loads(refused.stdout)["reports"] == []


@pytest.mark.parametrize("path", INVALID, ids=[p.name for p in INVALID])
def test_invalid_case_in_vietnamese_points_at_the_lines(path):
    header = read_header(path)
    result = run_cli(["validate", *header.args, path])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert str(path) in result.stdout and "lỗi" in result.stdout
    for _code, line, column in header.expect:
        if line is not None:
            where = f"{line}:{column}" if column is not None else f"{line}:"
            assert where in result.stdout, (where, result.stdout)


@pytest.mark.parametrize("path", VALID, ids=[p.name for p in VALID])
def test_valid_case(path):
    header = read_header(path)
    result = run_cli(["validate", "--format", "json", path])
    assert result.exit_code == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["files"][0]["findings"] == []
    checked = run_cli(["check", "--format", "json", "--as-of", AS_OF, "--fail-on", "never", path])
    assert checked.exit_code == 0, checked.stdout + checked.stderr
    (report,) = json.loads(checked.stdout)["reports"]
    outcomes = {(r["control"], r["system"]): r["outcome"] for r in report["results"]}
    for target, outcome in header.outcomes.items():
        assert outcomes.get(target) == outcome, (target, outcomes.get(target))
