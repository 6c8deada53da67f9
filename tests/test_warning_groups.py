"""Warnings by what the reader can do (issue 25): actionable first, each kind that repeats in
one statement naming its controls; in GitHub annotations every gap before any warning, and
what the agency cannot act on one notice per file. JSON keeps one warning per control.

No score or count of the default checklist is written down here: the expectations are read
from the JSON report of the same run."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT, run_cli

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
EXAMPLE = ROOT / "examples" / "so-y-te-nghe-an.yaml"
AS_OF = "2026-12-07"


def _json_warnings(path) -> list[dict]:
    result = run_cli(["check", path, "--format", "json", "--as-of", AS_OF, "--fail-on", "never"])
    return json.loads(result.stdout)["reports"][0].get("warnings", [])


def _codes(warnings: list[dict]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for warning in warnings:
        out.setdefault(warning["code"], []).append(warning.get("control") or "")
    return out


def _warning_block(text: str, heading: str = "Cảnh báo") -> list[str]:
    """The statements of the console's warnings section (a statement is a '  ! ' line and its
    continuation lines)."""
    lines = text.splitlines()
    start = lines.index(heading) + 1
    statements: list[str] = []
    for line in lines[start:]:
        if not line.strip():
            break
        if line.startswith("  ! "):
            statements.append(line[4:])
        else:
            assert line.startswith("    "), line  # a hanging indent, never back to column 0
            statements[-1] += " " + line.strip()
    return statements


def test_the_bundled_example_says_legal_basis_uncertainty_once_after_what_the_agency_can_do():
    codes = _codes(_json_warnings(EXAMPLE))
    assert len(codes.get("basis_unconfirmed", [])) > 1, "the example no longer has the repeated warning"
    result = run_cli(["check", EXAMPLE, "--as-of", AS_OF])
    statements = _warning_block(result.stdout)
    basis = [s for s in statements if "căn cứ pháp lý" in s]
    assert len(basis) == 1, basis
    for control in codes["basis_unconfirmed"]:  # naming the controls
        assert re.search(rf"\b{re.escape(control)}\b", basis[0]), control
    assert statements.index(basis[0]) == len(statements) - 1  # the actionable ones first
    named = re.findall(r"\bL[0-9]\.[0-9]{2}\b", basis[0].split(")")[0])
    assert named == sorted(named)  # in id order
    dates = {
        w["date"]
        for w in _json_warnings(EXAMPLE)  # the bases confirmed until a date (not the other cases)
        if w["code"] == "basis_unconfirmed" and "chỉ được xác nhận đến" in w["message"]
    }
    if len(dates) > 1:  # each control was confirmed until one of the dates: said as such
        last = max(dates).split("-")
        assert f" hoặc {last[2]}/{last[1]}/{last[0]}" in basis[0], basis[0]
    if "evidence_expiring" in codes:
        expiring = [s for s in statements if "quá hạn" in s and s is not basis[0]]
        assert len(expiring) == 1 and all(c in expiring[0] for c in codes["evidence_expiring"])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_markdown_html_and_junit_say_each_repeated_kind_once(tmp_path, lang):
    codes = _codes(_json_warnings(EXAMPLE))
    controls = codes["basis_unconfirmed"]
    for fmt in ("markdown", "html", "junit"):
        out = tmp_path / f"r.{fmt}"
        result = run_cli(
            ["check", EXAMPLE, "--as-of", AS_OF, "--format", fmt, "-o", out, "--lang", lang, "--fail-on", "never"]
        )
        assert result.exit_code == 0, result.stderr
        text = out.read_text(encoding="utf-8")
        # one statement names them all: the first and last controls sit in the same sentence
        sentences = [
            s
            for s in re.split(r"\n|<li>|</li>", text)
            if controls[0] in s and controls[-1] in s and ("30/06/2026" in s or "2026-06-30" in s)
        ]
        assert len(sentences) == 1, (fmt, sentences)


def test_json_keeps_one_warning_per_control():
    warnings = _json_warnings(EXAMPLE)
    basis = [w for w in warnings if w["code"] == "basis_unconfirmed"]
    assert len(basis) > 1 and len({w["control"] for w in basis}) == len(basis)


def test_github_gaps_come_before_every_warning_and_a_grouped_warning_is_one_notice_per_file():
    result = run_cli(["check", *EXAMPLES, "--as-of", AS_OF, "--format", "github", "--fail-on", "never"])
    lines = result.stdout.splitlines()
    gap = [i for i, line in enumerate(lines) if re.match(r"::(error|warning) file=[^,]+,line=", line)]
    evaluation_warnings = [i for i, line in enumerate(lines) if re.match(r"::warning file=[^,:]+,title=", line)]
    assert gap and evaluation_warnings
    assert max(gap) < min(evaluation_warnings)  # GitHub shows ten per kind: gaps are never pushed out
    for path in EXAMPLES:
        controls = _codes(_json_warnings(path)).get("basis_unconfirmed", [])
        about = [line for line in lines if line.startswith(f"::notice file={path},") and "30/06/2026" in line]
        assert len(about) == (1 if controls else 0), (path, about)
        assert not [
            line for line in lines if line.startswith("::warning") and "30/06/2026" in line and "căn cứ" in line
        ]
