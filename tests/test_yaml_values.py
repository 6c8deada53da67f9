"""Values in a YAML file that are easy to read wrong, through the real CLI: numbers Python cannot
build, merge keys (the earlier mapping wins), ids and dates ending in a newline. Each is a
located finding, or read as the YAML spec says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, VALID, run_cli
from test_fuzz import no_crash

from fourlayer.reading.loading import parse_text

AS_OF = "2026-11-27"


def _codes(stdout: str) -> list[str]:
    return [f["code"] for item in json.loads(stdout)["files"] for f in item["findings"]]


# --- numbers PyYAML cannot build ------------------------------------------------------------
BAD_NUMBERS = {
    "hex-underscore": "0x_",
    "binary-underscore": "0b_",
    "5000-digits": "1" * 5000,
    "negative-5000-digits": "-" + "9" * 5000,
}


@pytest.mark.parametrize("name", sorted(BAD_NUMBERS))
def test_numbers_python_cannot_build_are_located_findings(tmp_path: Path, name: str) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(VALID + f"x-n: {BAD_NUMBERS[name]}\n", encoding="utf-8")
    for args in (
        ["validate", path, "--format", "json"],
        ["check", path, "--as-of", AS_OF],
        ["audit", tmp_path, "--jobs", "1", "--format", "json"],
        ["diff", path, path],
    ):
        done = run_cli([*args, "--lang", "en"])
        no_crash(done.stdout, done.stderr)
        assert done.exit_code in (1, 2), (args, done.stderr)
    done = run_cli(["validate", path, "--format", "json"])
    finding = json.loads(done.stdout)["files"][0]["findings"][0]
    assert (finding["code"], finding["line"]) == ("bad-number", VALID.count("\n") + 1)


@pytest.mark.parametrize("name", sorted(BAD_NUMBERS))
def test_numbers_python_cannot_build_in_a_custom_checklist(tmp_path: Path, name: str) -> None:
    text = (ROOT / "checklists" / "four-layer.yaml").read_text(encoding="utf-8")
    path = tmp_path / "checklist.yaml"
    path.write_text(text.replace("  critical: 5\n", f"  critical: {BAD_NUMBERS[name]}\n", 1), encoding="utf-8")
    seed = tmp_path / "a.yaml"
    seed.write_text(VALID, encoding="utf-8")
    for args in (
        ["checklist", "lint", path],
        ["checklist", "list", "--checklist", path],
        ["check", seed, "--checklist", path],
        ["validate", seed, "--checklist", path],
    ):
        done = run_cli([*args, "--lang", "en"])
        no_crash(done.stdout, done.stderr)
        assert done.exit_code in (1, 2), (args, done.stdout, done.stderr)
        assert "bad-number" in done.stdout + done.stderr, (args, done.stdout, done.stderr)


# --- YAML merge keys --------------------------------------------------------------------------
MERGED = (
    VALID.split("controls:\n")[0]
    + """x-a: &a {status: implemented, evidence: [{ref: "45", date: 2026-03-01}]}
x-b: &b {status: not_implemented, note: from b}
controls:
  L1.01:
    <<: [*a, *b]
"""
)


def test_merge_keys_let_the_earlier_mapping_win(tmp_path: Path) -> None:
    """The merge-key spec: in ``<<: [*a, *b]`` a key of ``a`` wins over the same key of ``b``
    (PyYAML 6 lets ``b`` win); the mapping's own keys win over both."""
    path = tmp_path / "a.yaml"
    path.write_text(MERGED, encoding="utf-8")
    done = run_cli(["check", path, "--format", "json", "--as-of", AS_OF])
    results = {r["control"]: r for r in json.loads(done.stdout)["reports"][0]["results"]}
    assert results["L1.01"]["outcome"] == "pass", results["L1.01"]
    data = parse_text(MERGED, "a").data
    assert data is not None
    assert data["controls"]["L1.01"] == {
        "status": "implemented",
        "note": "from b",
        "evidence": [{"ref": "45", "date": "2026-03-01"}],
    }
    own = parse_text(MERGED.replace("    <<: [*a, *b]\n", "    <<: [*b, *a]\n    status: partial\n"), "a").data
    assert own is not None and own["controls"]["L1.01"]["status"] == "partial"
    nested = parse_text("x: &x {k: 1}\ny: &y {<<: *x, k: 2}\nz: {<<: [*x, *y]}\nw: {<<: [*y, *x]}\n", "n").data
    assert nested is not None and (nested["z"]["k"], nested["w"]["k"]) == (1, 2)


def test_a_merge_key_that_is_not_a_mapping_is_a_located_finding(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(VALID + "x-m:\n  <<: [1, 2]\n", encoding="utf-8")
    done = run_cli(["validate", path, "--format", "json"])
    assert done.exit_code == 1
    assert "merge-key-value" in _codes(done.stdout) or "yaml-syntax" in _codes(done.stdout)
    no_crash(done.stdout, done.stderr)


# --- "$" is the end of the text -----------------------------------------------------------------
NEWLINE_ENDED = {
    "system id": VALID.replace("{id: portal,", '{id: "portal\\n",'),
    "assessed_on": VALID.replace("assessed_on: 2026-09-30", 'assessed_on: "2026-09-30\\n"'),
    "evidence date": VALID.replace("date: 2026-03-01", 'date: "2026-03-01\\n"'),
}


@pytest.mark.parametrize("name", sorted(NEWLINE_ENDED))
def test_an_id_or_date_ending_in_a_newline_is_invalid(tmp_path: Path, name: str) -> None:
    """jsonschema reads ``$`` as Python does (before a final newline); the compiled validator
    and JavaScript as the end of the text. Both paths now refuse."""
    path = tmp_path / "a.yaml"
    path.write_text(NEWLINE_ENDED[name], encoding="utf-8")
    done = run_cli(["validate", path, "--format", "json"])
    assert done.exit_code == 1, done.stdout
    assert set(_codes(done.stdout)) <= {"bad-format", "invalid-date"}, done.stdout


def test_both_validators_read_patterns_the_same_way() -> None:
    from fourlayer.reading.schemacheck import fast_validator, is_valid_fast, validator

    assert fast_validator("assessment") is not None
    for text in NEWLINE_ENDED.values():
        data = yaml.safe_load(text)
        data["assessed_on"] = str(data["assessed_on"])
        for item in data["controls"]["L1.01"]["evidence"]:
            item["date"] = str(item["date"])
        assert not is_valid_fast("assessment", data)
        assert list(validator("assessment").iter_errors(data)), text


def test_a_one_line_value_stays_on_one_line_in_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(NEWLINE_ENDED["system id"], encoding="utf-8")
    done = run_cli(["validate", path, "--format", "json", "--lang", "en"])
    message = json.loads(done.stdout)["files"][0]["findings"][0]["message"]
    assert "\n" not in message and '"portal\\n"' in message
