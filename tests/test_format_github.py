"""``--format github``: workflow commands parsed back as the Actions runner parses them."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import ROOT

from fourlayer.reporting.check.github import command, escape_data, escape_property

DATA = Path(__file__).parent / "data" / "ci"
REL = DATA.relative_to(ROOT)
CHECKLIST = REL / "checklist.yaml"
PASSING, FAILING, INVALID = REL / "passing.yaml", REL / "failing.yaml", REL / "invalid.yaml"
AS_OF = "2026-11-27"
LINE = re.compile(r"^::(?P<kind>error|warning|notice)(?: (?P<props>[^:]*))?::(?P<message>.*)$")
NO_SUMMARY = {"GITHUB_STEP_SUMMARY": None, "GITHUB_WORKSPACE": None}


@pytest.fixture(autouse=True)
def in_repository(monkeypatch):
    monkeypatch.chdir(ROOT)  # annotations use repository-relative paths, as in a workflow


def parse(stdout: str) -> list[dict]:
    """Each line is one command; values unescaped the way the runner does."""
    out = []
    for line in stdout.splitlines():
        match = LINE.match(line)
        assert match, line
        props = {}
        for item in (match["props"] or "").split(","):
            if item:
                key, value = item.split("=", 1)
                props[key] = unquote(value)
        out.append({"kind": match["kind"], **props, "message": unquote(match["message"])})
    return out


def github(cli, *args, expect: int, env: dict | None = None) -> list[dict]:
    result = cli([*args, "--format", "github"], env={**NO_SUMMARY, **(env or {})})
    assert result.exit_code == expect, result.stderr
    return parse(result.stdout)


def check(cli, path: Path, *extra: str, expect: int, env: dict | None = None) -> list[dict]:
    return github(cli, "check", path, "--checklist", CHECKLIST, "--as-of", AS_OF, *extra, expect=expect, env=env)


def test_escaping_follows_the_runner_rules():
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    assert escape_data("\x1b[31mred") == "\\x1b[31mred"  # no colours, no hidden text
    assert (
        command("error", "m", file="a,b:c.yaml", line=3, col=4, title="T: x, y")
        == "::error file=a%2Cb%3Ac.yaml,line=3,col=4,title=T%3A x%2C y::m"
    )
    assert command("notice", "plain") == "::notice::plain"


def test_failing_file_annotates_each_gap(cli):
    commands = check(cli, FAILING, "--lang", "en", expect=1)
    gaps = {
        (c["kind"], c["title"].split()[0], int(c["line"]), int(c["col"])) for c in commands if c["kind"] != "notice"
    }
    assert gaps == {
        ("error", "L1.01", 34, 3),
        ("warning", "L1.02", 36, 3),
        ("error", "L2.01", 12, 7),
        ("warning", "L2.02", 16, 7),
        ("warning", "L3.01", 18, 7),
        ("warning", "L3.01", 30, 7),
        ("error", "L4.01", 33, 1),
    }
    assert all(c["file"] == str(FAILING) for c in commands)
    # the gravest first: GitHub shows only the first 10 of each kind per step
    assert [(c["kind"], c["title"].split()[0]) for c in commands[:4]] == [
        ("error", "L1.01"),
        ("error", "L2.01"),
        ("error", "L4.01"),
        ("warning", "L3.01"),
    ]
    first = commands[0]
    assert first["title"] == "L1.01 Specialised information-security unit"
    assert first["message"].startswith("Fail: L1.01 Specialised information-security unit (the agency).")
    (notice,) = [c for c in commands if c["kind"] == "notice"]
    assert notice["message"] == f"{FAILING}: Non-compliant — score 26.19/100."


def test_passing_file_only_says_its_verdict(cli):
    commands = check(cli, PASSING, expect=0)
    assert [(c["kind"], c["file"]) for c in commands] == [("notice", str(PASSING))]
    assert "Tuân thủ" in commands[0]["message"]


def test_invalid_file_errors_are_located(cli):
    for args, expect in ((["check", INVALID, "--as-of", AS_OF], 2), (["validate", INVALID], 1)):
        commands = github(cli, *args, "--checklist", CHECKLIST, "--lang", "en", expect=expect)
        assert [(c["kind"], c["line"], c["col"], c["title"]) for c in commands] == [
            ("error", "9", "12", "fourlayer: out-of-range"),
            ("error", "13", "9", "fourlayer: unknown-key"),
            ("error", "16", "3", "fourlayer: unknown-control"),
        ]
    assert github(cli, "validate", PASSING, "--checklist", CHECKLIST, expect=0) == []


def test_text_from_a_file_cannot_forge_a_command(cli, tmp_path):
    odd = tmp_path / "a,b:c%.yaml"
    odd.write_text((DATA / "hostile-invalid.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = cli(["validate", odd, "--checklist", CHECKLIST, "--lang", "en", "--format", "github"], env=NO_SUMMARY)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("::error file=")
    assert "%2Cb%3Ac%25.yaml,line=5,col=3," in lines[0]
    (parsed,) = parse(result.stdout)
    assert parsed["file"] == str(odd)
    assert 'The key "evi\\x1b[31mdence%0A,x:y <b>|"' in parsed["message"]
    assert "\x1b" not in result.stdout


def test_absolute_paths_become_workspace_relative(cli):
    commands = github(
        cli, "validate", ROOT / INVALID, "--checklist", CHECKLIST, expect=1, env={"GITHUB_WORKSPACE": str(ROOT)}
    )
    assert {c["file"] for c in commands} == {str(INVALID)}


def test_step_summary_is_appended(cli, tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    check(cli, FAILING, "--lang", "en", expect=1, env={"GITHUB_STEP_SUMMARY": str(summary)})
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n## Four-layer protection model check")
    assert "| Layer | Status | Score |" in text and "#### Gaps to close" in text
    github(
        cli,
        "validate",
        INVALID,
        "--checklist",
        CHECKLIST,
        "--lang",
        "en",
        expect=1,
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )
    assert summary.read_text(encoding="utf-8").count("## ") >= 2
    assert "Self-assessment validation" in summary.read_text(encoding="utf-8")


def test_no_summary_without_the_variable(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    github(cli, "check", ROOT / FAILING, "--checklist", ROOT / CHECKLIST, "--as-of", AS_OF, expect=1)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_summary_is_reported_not_fatal(cli, tmp_path):
    result = cli(
        ["check", FAILING, "--checklist", CHECKLIST, "--as-of", AS_OF, "--format", "github", "--lang", "en"],
        env={"GITHUB_STEP_SUMMARY": str(tmp_path)},
    )  # a directory
    assert result.exit_code == 1
    assert "Cannot write the summary to GITHUB_STEP_SUMMARY" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(parse(result.stdout)) == 8


def test_an_empty_folder_says_why_it_fails(cli, tmp_path):
    for name in ("check", "validate"):
        commands = github(cli, name, tmp_path, "--checklist", CHECKLIST, "--lang", "en", expect=2)
        assert [(c["kind"], c["message"]) for c in commands] == [("error", "No file was checked.")]
