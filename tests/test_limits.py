"""The reading limits, through the command line: size, nesting depth, alias expansion.

Every command that reads assessments takes ``--max-file-size``, ``--max-depth`` and
``--max-aliases`` (README, "Reading limits"). For each limit and each command: a file past
the limit is refused with the documented finding and exit code (``validate`` 1, ``check``
2, ``audit`` 1 for that file's row, ``diff`` 2), and raising the limit accepts the same
file. The defaults are the ones the README states.

The node cap and the findings cap: files of a million nodes are refused early, within 10 s
of CPU; a file lists its first 1,000 findings and counts the rest.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ENV_PYTHON, ROOT, VALID, run_cli
from test_fuzz import _limits, no_crash

from fourlayer.reading.findings import MAX_FINDINGS_PER_FILE
from fourlayer.reading.loading import DEFAULT_LIMITS, parse_text

AS_OF = "2026-11-27"
REFUSED = {"validate": 1, "check": 2, "audit": 1, "diff": 2}


def _padded(size: int) -> str:
    """VALID grown to exactly ``size`` bytes with a free-text ``x-`` note."""
    head = VALID + 'x-pad: "'
    return head + "a" * (size - len(head.encode("utf-8")) - 2) + '"\n'


def _deep(depth: int) -> str:
    """VALID with an ``x-`` note nested so that the document is ``depth`` levels deep."""
    inner = depth - 1  # the top-level mapping is the first level
    return VALID + "x-deep: " + "[" * inner + "]" * inner + "\n"


def _aliases(expanded: int) -> str:
    """VALID with an anchored list of 10 items repeated by ``expanded // 11`` aliases."""
    items = ", ".join(f"n{i}" for i in range(10))
    return VALID + f"x-base: &base [{items}]\nx-copies:\n" + "".join("  - *base\n" for _ in range(expanded // 11))


CASES = {
    # limit: (option, file text, value that refuses it, value that accepts it, finding code)
    "size": ("--max-file-size", _padded(5000), "4999", "5000", "file-too-large"),
    "size-default": (
        "--max-file-size",
        _padded(DEFAULT_LIMITS.max_bytes + 1),
        None,
        str(DEFAULT_LIMITS.max_bytes + 1),
        "file-too-large",
    ),
    "depth": ("--max-depth", _deep(12), "11", "12", "too-deep"),
    "depth-default": (
        "--max-depth",
        _deep(DEFAULT_LIMITS.max_depth + 1),
        None,
        str(DEFAULT_LIMITS.max_depth + 1),
        "too-deep",
    ),
    "nodes": ("--max-nodes", VALID + "x-list: [" + ",".join(["1"] * 300) + "]\n", "300", "400", "too-many-nodes"),
    "nodes-default": (
        "--max-nodes",
        VALID + "x-list: [" + "1," * DEFAULT_LIMITS.max_nodes + "1]\n",
        None,
        str(DEFAULT_LIMITS.max_nodes + 100),
        "too-many-nodes",
    ),
    "aliases": ("--max-aliases", _aliases(550), "100", "600", "alias-expansion"),
    "aliases-default": (
        "--max-aliases",
        _aliases(DEFAULT_LIMITS.max_alias_nodes + 550),
        None,
        str(DEFAULT_LIMITS.max_alias_nodes + 600),
        "alias-expansion",
    ),
}


def _commands(path: Path, seed: Path) -> dict[str, list[str | Path]]:
    return {
        "validate": ["validate", path, "--format", "json"],
        "check": ["check", path, "--format", "json", "--as-of", AS_OF, "--fail-on", "never"],
        "audit": ["audit", path.parent, "--format", "json", "--jobs", "1", "--as-of", AS_OF, "--fail-on", "never"],
        "diff": ["diff", seed, path, "--format", "json", "--as-of", AS_OF],
    }


def _codes(command: str, stdout: str) -> list[str]:
    if not stdout.strip() or command == "diff":  # diff reports a refusal on stderr only
        return []
    data = json.loads(stdout)
    if command == "validate":
        return [f["code"] for item in data["files"] for f in item["findings"]]
    if command == "check":
        return [f["code"] for item in data.get("errors", []) for f in item["findings"]]
    return [f["code"] for item in data["errors"] for f in item["findings"]]


@pytest.mark.parametrize("command", ["validate", "check", "audit", "diff"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_each_limit_refuses_and_raising_it_accepts(tmp_path: Path, case: str, command: str) -> None:
    option, text, refusing, accepting, code = CASES[case]
    folder = tmp_path / "agencies"
    folder.mkdir()
    path = folder / "agency.yaml"
    path.write_text(text, encoding="utf-8")
    seed = tmp_path / "seed.yaml"
    seed.write_text(VALID, encoding="utf-8")
    argv = _commands(path, seed)[command]
    refused = run_cli([*argv, "--lang", "en"] + ([option, refusing] if refusing else []))
    assert refused.exit_code == REFUSED[command], refused.stderr
    if command == "diff":  # the finding is on stderr, the command stops
        assert f"[{code}]" in refused.stderr, refused.stderr
    else:
        assert code in _codes(command, refused.stdout), refused.stdout[:2000]
    accepted = run_cli([*argv, "--lang", "en", option, accepting])
    assert accepted.exit_code == 0, accepted.stdout[:2000] + accepted.stderr
    assert code not in _codes(command, accepted.stdout)


def test_standard_input_has_the_size_limit_too() -> None:
    raw = _padded(5000).encode("utf-8")
    refused = run_cli(["check", "-", "--format", "json", "--max-file-size", "4999", "--as-of", AS_OF], input=raw)
    assert refused.exit_code == 2
    assert json.loads(refused.stdout)["errors"][0]["findings"][0]["code"] == "file-too-large"
    accepted = run_cli(["check", "-", "--max-file-size", "5000", "--fail-on", "never", "--as-of", AS_OF], input=raw)
    assert accepted.exit_code == 0, accepted.stderr


@pytest.mark.parametrize("command", ["validate", "check", "audit", "diff"])
def test_every_reading_command_offers_the_limits(command: str) -> None:
    text = run_cli([command, "--help"]).stdout
    for option in ("--max-file-size", "--max-depth", "--max-aliases", "--max-nodes"):
        assert option in text, f"{command} --help does not list {option}"


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--max-file-size", "0"),
        ("--max-depth", "3"),
        ("--max-aliases", "-1"),
        ("--max-depth", "many"),
        ("--max-nodes", "99"),
    ],
)
def test_impossible_limits_are_usage_errors(tmp_path: Path, option: str, value: str) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(VALID, encoding="utf-8")
    result = run_cli(["audit", path, option, value, "--lang", "en"])
    assert result.exit_code == 2 and option in result.stderr and "Traceback" not in result.stderr


def test_the_readme_states_the_defaults() -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert DEFAULT_LIMITS.max_bytes == 4 * 1024 * 1024
    assert "`--max-file-size BYTES` (default 4 MiB)" in readme
    assert f"`--max-depth N` (nesting, default {DEFAULT_LIMITS.max_depth})" in readme
    aliases = f"{DEFAULT_LIMITS.max_alias_nodes:,}"
    assert re.search(rf"`--max-aliases N` \([^)]*default {aliases}\)", readme), "README: --max-aliases default"
    nodes = f"{DEFAULT_LIMITS.max_nodes:,}"
    assert re.search(rf"`--max-nodes N` \([^)]*default {nodes}[:)]", readme), "README: --max-nodes default"


def test_the_security_page_names_real_tests() -> None:
    """``docs/security.md`` says which test proves each defence: every one it names exists."""
    page = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", page))
    assert len(named) > 30
    for path, name in sorted(named):
        source = (ROOT / path).read_text(encoding="utf-8")
        assert re.search(rf"^def {name}\(", source, flags=re.M), f"docs/security.md names {path}::{name}"
    for pattern in re.findall(r"`(tests/cases/[\w/*.-]+\.yaml)`", page):
        assert list(ROOT.glob(pattern)), f"docs/security.md names {pattern}"


@pytest.mark.parametrize("shape", ["flow", "block"])
def test_depth_past_libyamls_own_ceiling_names_that_ceiling(tmp_path: Path, shape: str) -> None:
    """libyaml refuses 1,000 levels whatever ``--max-depth`` says: the message gives the
    limit that applied, not the one asked for."""
    path = tmp_path / "deep.yaml"
    body = "[" * 1500 + "]" * 1500 if shape == "flow" else "\n  " + "- " * 1500 + "x"
    path.write_text(VALID + "x-deep: " + body + "\n", encoding="utf-8")
    result = run_cli(["validate", path, "--max-depth", "100000", "--format", "json", "--lang", "en"])
    assert result.exit_code == 1
    (found,) = json.loads(result.stdout)["files"][0]["findings"]
    assert found["code"] == "too-deep" and "1000" in found["message"] and "100000" not in found["message"]
    assert run_cli(["validate", path, "--max-depth", "100", "--lang", "en"]).exit_code == 1


def test_audit_refuses_more_files_than_max_files(tmp_path):
    """A wrong folder (a whole disk, say) is refused before anything is evaluated."""
    from conftest import EXAMPLES, run_cli

    for name in ("a.yaml", "b.yaml", "c.yaml"):
        (tmp_path / name).write_bytes((EXAMPLES / "xa-hung-dong.yaml").read_bytes())
    refused = run_cli(["audit", tmp_path, "--max-files", "2", "--jobs", "1", "--lang", "en"])
    assert refused.exit_code == 2
    assert "Found 3 files, more than the limit of 2" in refused.stderr and refused.stdout == ""
    accepted = run_cli(["audit", tmp_path, "--max-files", "3", "--jobs", "1", "--as-of", "2026-11-27"])
    assert accepted.exit_code == 0, accepted.stderr


HEAD = "schema_version: 1\nagency: {name: A}\nassessed_on: 2026-09-30\nsystems:\n- {id: p, name: n, level: 5}\n"


# --- files of a million nodes, and files with a hundred thousand findings ------------------------
def _cpu_seconds(run: object) -> tuple[object, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = run()  # type: ignore[operator]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return result, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _run_heavy(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python -m fourlayer ARGS`` under 1 GiB of address space and 30 s of CPU (test_fuzz's
    limits); the wall clock is generous, since a shared CI runner may be busy: the CPU time
    is what the test measures."""
    env = {**os.environ, "FOURLAYER_LANG": "en", "NO_COLOR": "1"}
    return subprocess.run(
        [*ENV_PYTHON, "-m", "fourlayer", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=180,
        preexec_fn=_limits,
        check=False,
    )


CAP = DEFAULT_LIMITS.max_bytes - 200


def _empty_mappings() -> str:
    return HEAD + "x-e: [" + "{}," * ((CAP - len(HEAD)) // 3 - 10) + "{}]\n"


def _unknown_keys(count: int | None = None) -> str:
    head = HEAD.replace("agency: {name: A}\n", "") + "agency:\n  name: A\n"
    lines, size = [], len(head)
    for i in range(count if count is not None else 10**7):
        line = f"  k{i}: 1\n"
        size += len(line)
        if size > CAP:
            break
        lines.append(line)
    return head + "".join(lines)


def _duplicate_ids(count: int | None = None) -> str:
    data = yaml.safe_load((ROOT / "checklists" / "four-layer.yaml").read_text(encoding="utf-8"))
    head = yaml.safe_dump({k: v for k, v in data.items() if k != "controls"}, allow_unicode=True) + "controls:\n"
    item = (
        "  - {id: L1.01, scope: agency, min_level: 1, severity: high, title: {vi: a, en: a}, "
        "requirement: {vi: a, en: a}, guidance: {vi: a, en: a}, references: [{document: d, confidence: verified}]}\n"
    )
    if count is None:
        count = (CAP - len(head)) // len(item)
    return head + item * count


# name -> (file text, command (FILE and DIR filled in), exit code, finding code in the output)
KNOWN_GAPS = {
    "1.3M-empty-mappings": (_empty_mappings, ["check", "FILE", "--format", "json"], 2, "too-many-nodes"),
    "331k-unknown-keys": (_unknown_keys, ["validate", "FILE", "--format", "json"], 1, "too-many-nodes"),
    "22k-duplicate-checklist-ids": (_duplicate_ids, ["checklist", "lint", "FILE"], 1, "too-many-nodes"),
    "124k-unknown-keys-under-the-cap": (lambda: _unknown_keys(124_000), ["validate", "FILE"], 1, "findings-omitted"),
    "124k-unknown-keys-audit": (
        lambda: _unknown_keys(124_000),
        ["audit", "DIR", "--jobs", "1", "--format", "json"],
        1,
        "findings-omitted",
    ),
}


@pytest.mark.parametrize("name", sorted(KNOWN_GAPS))
def test_the_known_gaps_finish_within_ten_seconds_or_are_refused(tmp_path: Path, name: str) -> None:
    """The three gaps docs/security.md admitted (a 4 MiB file of 1.3 M empty mappings, of
    331 k unknown keys, a checklist of 22 k duplicate ids) are refused early; a file just
    under the node cap with 124 k unknown keys lists 1,000 of them and counts the rest.
    Each within 10 s of CPU (wall time on a shared runner says little) and 1 GiB."""
    build, command, code, expected = KNOWN_GAPS[name]
    path = tmp_path / "input.yaml"
    path.write_text(build(), encoding="utf-8")
    args = [str(path) if a == "FILE" else str(tmp_path) if a == "DIR" else a for a in command]
    done, cpu = _cpu_seconds(lambda: _run_heavy(args, tmp_path))
    assert isinstance(done, subprocess.CompletedProcess)
    assert done.returncode == code, (done.returncode, done.stderr[-2000:])
    no_crash(done.stdout, done.stderr)
    assert expected in done.stdout, done.stdout[:2000]
    assert cpu < 10, f"{name}: {cpu:.1f} s of CPU"


def test_a_file_lists_its_first_thousand_findings_and_counts_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(_unknown_keys(MAX_FINDINGS_PER_FILE + 234), encoding="utf-8")
    done = run_cli(["validate", path, "--format", "json", "--lang", "en"])
    findings = json.loads(done.stdout)["files"][0]["findings"]
    assert len(findings) == MAX_FINDINGS_PER_FILE + 1
    assert [f["line"] for f in findings[:-1]] == sorted(f["line"] for f in findings[:-1])
    assert findings[-1]["code"] == "findings-omitted" and "234" in findings[-1]["message"]


def test_the_node_cap_is_located_and_counts_every_kind_of_node() -> None:
    text = "x: [" + ",".join(["{}"] * (DEFAULT_LIMITS.max_nodes + 5)) + "]\n"
    loaded = parse_text(text, "a")
    assert [f.code for f in loaded.findings] == ["too-many-nodes"]
    assert loaded.findings[0].line == 1
    under = "x: [" + ",".join(["1"] * 1000) + "]\n"
    assert parse_text(under, "a", DEFAULT_LIMITS.with_overrides(max_nodes=1003)).ok
    assert not parse_text(under, "a", DEFAULT_LIMITS.with_overrides(max_nodes=1002)).ok
