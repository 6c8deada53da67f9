"""Findings as a civil servant reads them, through the real command line: data paths that name
the system and the control, a did-you-mean for status words (and for a YAML boolean), YAML
syntax errors with the line and a caret, ``--quiet`` still saying why a file was not
evaluated, and the agency named as such in every format."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, run_cli

FORMATS = ("console", "json", "markdown", "github", "junit", "sarif")


# --- messages a civil servant reads -------------------------------------------------
TWO_SYSTEMS = """schema_version: 1
agency: {{name: "UBND xã Thử nghiệm"}}
assessed_on: 2026-09-30
systems:
  - {{id: mot-cua, name: "Một cửa", level: 1}}
  - id: portal
    name: Cổng thông tin
    level: 2
    controls:
      L2.03: {{status: {status}}}
"""


def _write(tmp_path, text, name="tu-danh-gia.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _findings(cli, path, lang="vi"):
    result = cli(["validate", path, "--format", "json", "--lang", lang])
    assert result.exit_code == 1, result.stdout + result.stderr
    return json.loads(result.stdout)["files"][0]["findings"]


@pytest.mark.parametrize(
    ("lang", "where"),
    [
        ("vi", "Hệ thống `portal`, tiêu chí L2.03, trạng thái"),
        ("en", "System `portal`, control L2.03, status"),
    ],
)
def test_data_paths_name_the_system_and_the_control_not_list_indexes(cli, tmp_path, lang, where):
    path = _write(tmp_path, TWO_SYSTEMS.format(status="bogus"))
    (found,) = [f for f in _findings(cli, path, lang) if f["code"] == "not-allowed-value"]
    assert found["message"].startswith(where + ":"), found
    out = cli(["validate", path, "--lang", lang]).stdout
    assert "systems[1]" not in out and where in " ".join(out.split())


def test_a_list_item_without_an_id_is_counted_from_one(cli, tmp_path):
    path = _write(tmp_path, TWO_SYSTEMS.format(status="implemented").replace("id: portal", "id: 7"))
    messages = [f["message"] for f in _findings(cli, path, "en")]
    assert any(m.startswith("System no. 2, id:") for m in messages), messages


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("done", "implemented"),
        ("yes", "implemented"),
        ('"Đã thực hiện"', "implemented"),
        ('"da thuc hien"', "implemented"),
        ("in_progress", "partial"),
        ('"Thực hiện một phần"', "partial"),
        ('"Chưa thực hiện"', "not_implemented"),
        ("no", "not_implemented"),
        ("n/a", "not_applicable"),
        ('"Không áp dụng"', "not_applicable"),
    ],
)
def test_status_words_get_a_did_you_mean(cli, tmp_path, written, meant):
    path = _write(tmp_path, TWO_SYSTEMS.format(status=written))
    hints = [f["hint"] or "" for f in _findings(cli, path, "en")]
    assert any(f'Did you mean "{meant}"?' in hint for hint in hints), hints


ONE_SPACE_SLIP = """schema_version: 1
agency: {name: "UBND xã Thử nghiệm"}
assessed_on: 2026-09-30
systems:
  - id: portal
    name: Cổng thông tin
     level: 2
"""


def test_a_one_space_indentation_slip_is_named_as_indentation_with_the_line_and_a_caret(cli, tmp_path):
    path = _write(tmp_path, ONE_SPACE_SLIP)
    (found,) = _findings(cli, path)
    assert (found["line"], found["column"]) == (7, 6)
    assert "thụt lề" in found["message"] and "dấu hai chấm" not in found["message"], found
    assert "Dòng 7 lùi vào 5 dấu cách" in found["hint"] and "dòng 6 lùi vào 4" in found["hint"]
    out = cli(["check", path]).stdout
    assert "7 │      level: 2\n" in out and "  │      ^\n" in out, out


def test_other_syntax_errors_show_the_line_and_a_caret_too(cli, tmp_path):
    path = _write(tmp_path, "schema_version: 1\nagency:\n  name: Sở Y tế: Nghệ An\n")
    out = cli(["validate", path]).stdout
    assert "3 │   name: Sở Y tế: Nghệ An\n" in out and "  │                ^\n" in out, out
    assert "dấu hai chấm" in out


def test_check_quiet_still_says_why_a_file_was_not_evaluated(cli, tmp_path):
    path = _write(tmp_path, ONE_SPACE_SLIP)
    result = cli(["check", "--quiet", path])
    assert result.exit_code == 2
    assert "[yaml-syntax]" in result.stdout and "thụt lề" in result.stdout, result.stdout


AGENCY_WAIVER = """schema_version: 1
agency: {name: "UBND xã Thử nghiệm"}
assessed_on: 2026-11-01
systems:
  - {id: portal, name: "Cổng thông tin", level: 1}
waivers:
  - {control: L1.01, reason: "Đang kiện toàn", approved_by: "Chủ tịch UBND xã", expires: 2026-12-10}
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_agency_is_written_as_such_in_every_format(cli, tmp_path, fmt):
    path = _write(tmp_path, AGENCY_WAIVER)
    for lang, word in (("vi", "(cơ quan)"), ("en", "(the agency)")):
        out = cli(
            ["check", path, "--format", fmt, "--as-of", "2026-11-27", "--lang", lang, "--fail-on", "never"]
        ).stdout
        assert word in out and "(—)" not in out, out


# --- a YAML boolean where a word is expected: one finding, with the word it stands for ----
def test_a_boolean_status_is_one_finding_that_suggests_the_word_it_means(tmp_path):
    """``status: yes`` fails the schema twice (type and enum); both become one finding, and its
    hint names the status the word means (``yes`` → implemented, ``no`` → not_implemented)."""
    source = (ROOT / "tests" / "cases" / "invalid" / "status-yes.yaml").read_text(encoding="utf-8")
    for word, meant in (
        ("yes", "implemented"),
        ("no", "not_implemented"),
        ("true", "implemented"),
        ("off", "not_implemented"),
    ):
        path = tmp_path / f"{word}.yaml"
        path.write_text(source.replace("status: yes", f"status: {word}"), encoding="utf-8")
        result = run_cli(["validate", str(path), "--format", "json", "--lang", "en"])
        found = json.loads(result.stdout)["files"][0]["findings"]
        assert [(f["code"], f["line"], f["column"]) for f in found] == [("yaml-boolean", 11, 13)], found
        assert f'"{meant}"' in found[0]["hint"], found[0]["hint"]
