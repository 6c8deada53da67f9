"""The CI glue users copy: pre-commit hooks, the GitHub Action, and docs/ci.md's set-ups."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import FOURLAYER, ROOT

from fourlayer.reporting.formats import CHECK_FORMATS, VALIDATE_FORMATS

DATA = Path(__file__).parent / "data" / "ci"
CHECKLIST = DATA / "checklist.yaml"
AS_OF = "2026-11-27"
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
ACTION_TEXT = (ROOT / "action.yml").read_text(encoding="utf-8")
ACTION = yaml.safe_load(ACTION_TEXT)
DOCS = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def run_module(args: list[str], cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "FOURLAYER_"))}
    return subprocess.run(
        [*FOURLAYER, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**environment, **env},
        check=False,
        timeout=120,
    )


# --- pre-commit ---------------------------------------------------------------------------
def hook(hook_id: str) -> dict:
    (found,) = [h for h in HOOKS if h["id"] == hook_id]
    return found


def test_hooks_are_declared():
    assert [h["id"] for h in HOOKS] == ["fourlayer-validate", "fourlayer-check"]
    for item in HOOKS:
        assert item["language"] == "python"
        assert item["name"] and item["description"]
        assert item["types"] == ["file"]  # pre-commit has no type for .xlsx: `files` says which files
        assert shlex.split(item["entry"])[0] == "fourlayer"
    assert shlex.split(hook("fourlayer-validate")["entry"])[1:] == ["validate"]
    assert shlex.split(hook("fourlayer-check")["entry"])[1:] == ["check"]


@pytest.mark.parametrize(
    ("path", "matches"),
    [
        ("tu-danh-gia.yaml", True),
        ("so-y-te/tu-danh-gia-2026-q3.yml", True),
        ("tu-danh-gia/so-y-te.yaml", True),
        ("data/assessments/2026/q3/so-y-te.yaml", True),
        ("danh-gia/xa-hung-dong.yaml", True),
        ("so-y-te.assessment.yaml", True),
        (".github/workflows/ci.yml", False),
        ("checklists/four-layer.yaml", False),
        ("tu-danh-gia/readme.md", False),
        ("docker-compose.yaml", False),
        ("tu-danh-gia.xlsx", True),
        ("tu-danh-gia/xa-huong-khe.xlsx", True),
        ("nop-bai/danh-gia/2026-q3/so-y-te.xlsx", True),
        ("so-y-te.assessment.xlsx", True),
        ("tu-danh-gia/~$xa-huong-khe.xlsx", False),  # Excel's lock file beside an open workbook
        ("bao-cao/tong-hop.xlsx", False),
    ],
)
def test_hook_file_patterns(path, matches):
    for item in HOOKS:  # pre-commit matches `files` with re.search on the repository path
        assert bool(re.search(item["files"], path)) is matches, (item["id"], path)


@pytest.mark.parametrize(
    ("hook_id", "file", "expect"),
    [
        ("fourlayer-validate", "passing.yaml", 0),
        ("fourlayer-validate", "failing.yaml", 0),
        ("fourlayer-validate", "invalid.yaml", 1),
        ("fourlayer-check", "passing.yaml", 0),
        ("fourlayer-check", "failing.yaml", 1),
        ("fourlayer-check", "invalid.yaml", 2),
    ],
)
def test_each_hook_entry_runs(hook_id, file, expect):
    """As pre-commit runs a hook: entry, then the user's args, then the file names."""
    item = hook(hook_id)
    user_args = ["--checklist", str(CHECKLIST), "--lang", "en"]
    if hook_id == "fourlayer-check":
        user_args += ["--as-of", AS_OF]
    args = [*shlex.split(item["entry"])[1:], *item.get("args", []), *user_args, str(DATA / file)]
    result = run_module(args)
    assert result.returncode == expect, result.stderr
    assert "Traceback" not in result.stderr


def test_check_hook_can_report_without_blocking():
    args = [
        *shlex.split(hook("fourlayer-check")["entry"])[1:],
        "--fail-on",
        "never",
        "--quiet",
        "--checklist",
        str(CHECKLIST),
        "--as-of",
        AS_OF,
        str(DATA / "failing.yaml"),
    ]
    result = run_module(args)
    assert result.returncode == 0, result.stderr
    assert "failing.yaml" in result.stdout


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_validate_hook_on_the_bundled_examples(example):
    result = run_module([*shlex.split(hook("fourlayer-validate")["entry"])[1:], str(example)])
    assert result.returncode == 0, result.stdout + result.stderr


def _git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", *args],
        cwd=folder,
        check=True,
        capture_output=True,
        env={
            **os.environ,
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.org",
        },
    )


def test_pre_commit_try_repo_fails_a_broken_workbook(tmp_path):
    """The hook as a user's repository runs it: pre-commit builds fourlayer from this
    repository, picks the files by the hook's own `types` and `files`, and fails a workbook
    whose status is "Đạt" (the third user trial saw it pass)."""
    import openpyxl
    from workbooks import answer_sheet, header_columns

    pre_commit = Path(sys.executable).with_name("pre-commit")
    repo = tmp_path / "repo"
    (repo / "tu-danh-gia").mkdir(parents=True)
    book_path = repo / "tu-danh-gia" / "xa-huong-khe.xlsx"
    made = run_module(
        [
            "init",
            "--agency",
            "UBND xã Hương Khê",
            "--system",
            "mot-cua:Một cửa:2",
            "--format",
            "xlsx",
            "-o",
            str(book_path),
        ]
    )
    assert made.returncode == 0, made.stderr
    book = openpyxl.load_workbook(book_path)
    sheet = answer_sheet(book)
    sheet.cell(2, header_columns(sheet)["status"]).value = "Đạt"
    book.save(book_path)
    (repo / "tu-danh-gia" / "xa-hung-dong.yaml").write_bytes((ROOT / "examples" / "xa-hung-dong.yaml").read_bytes())
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "assessments")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "FOURLAYER_LANG": "vi"}
    result = subprocess.run(
        [str(pre_commit), "try-repo", str(ROOT), "fourlayer-validate", "--all-files"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=600,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "xa-huong-khe.xlsx" in result.stdout and "Trả lời!F2" in result.stdout, result.stdout
    assert "xa-hung-dong.yaml: hợp lệ" in result.stdout  # the YAML file beside it is checked too


# --- the GitHub Action --------------------------------------------------------------------
def steps() -> list[dict]:
    return ACTION["runs"]["steps"]


def test_action_is_composite_with_the_promised_inputs():
    assert ACTION["runs"]["using"] == "composite"
    assert {"command", "paths", "format", "fail-on", "lang"} <= set(ACTION["inputs"])
    for name, spec in ACTION["inputs"].items():
        assert spec["description"], name
    assert ACTION["inputs"]["paths"]["required"] is True
    assert ACTION["inputs"]["format"]["default"] in CHECK_FORMATS
    assert ACTION["inputs"]["command"]["default"] == "check"


def test_every_input_is_used_and_only_through_env():
    env_values = " ".join(str(v) for step in steps() for v in step.get("env", {}).values())
    for name in ACTION["inputs"]:
        assert f"${{{{ inputs.{name} }}}}" in env_values, name
    for step in steps():
        assert "${{" not in step["run"], f"an expression inside a script can inject code: {step['name']}"
        assert step["shell"] == "bash"


def test_action_installs_from_its_own_path():
    install = steps()[0]
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}"
    assert "pip install" in install["run"] and '"$ACTION_PATH"' in install["run"]
    assert "python3 -m venv" in install["run"]
    assert ACTION["outputs"]["exit-code"]["value"] == "${{ steps.run.outputs.exit-code }}"


@pytest.fixture
def action_runner(tmp_path):
    """Run the action's "Run fourlayer" script as the runner would, against this checkout."""
    venv_bin = tmp_path / "fourlayer-venv" / "bin"
    venv_bin.mkdir(parents=True)
    shim = venv_bin / "fourlayer"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -I -m fourlayer "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    (run_step,) = [s for s in steps() if s.get("id") == "run"]

    def run(inputs: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
        values = {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()}
        values.update(inputs)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "FOURLAYER_"))}
        for key, expression in run_step["env"].items():
            name = re.fullmatch(r"\$\{\{ inputs\.([a-z-]+) \}\}", expression)[1]
            env[key] = str(values[name])
        output = tmp_path / "github-output"
        output.write_text("", encoding="utf-8")
        env.update(RUNNER_TEMP=str(tmp_path), GITHUB_OUTPUT=str(output))
        done = subprocess.run(
            ["bash", "-c", run_step["run"]], capture_output=True, text=True, cwd=ROOT, env=env, check=False, timeout=120
        )
        outputs = dict(line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines())
        return done, outputs

    return run


def test_action_script_runs_check_with_annotations(action_runner):
    rel = DATA.relative_to(ROOT)
    done, outputs = action_runner(
        {
            "paths": f"{rel / 'passing.yaml'}\n{rel / 'failing.yaml'}",
            "checklist": str(rel / "checklist.yaml"),
            "as-of": AS_OF,
            "lang": "en",
        }
    )
    assert done.returncode == 1, done.stderr
    assert outputs == {"exit-code": "1"}
    assert done.stdout.count("::notice ") == 2 and "::error file=tests/data/ci/failing.yaml,line=34" in done.stdout
    done, outputs = action_runner(
        {
            "paths": str(rel / "failing.yaml"),
            "checklist": str(rel / "checklist.yaml"),
            "as-of": AS_OF,
            "fail-on": "never",
        }
    )
    assert (done.returncode, outputs) == (0, {"exit-code": "0"})


def test_action_script_writes_sarif_for_validate(action_runner, tmp_path):
    rel = DATA.relative_to(ROOT)
    report = tmp_path / "fourlayer.sarif"
    done, outputs = action_runner(
        {
            "command": "validate",
            "paths": f"{rel / 'invalid.yaml'} {rel / 'passing.yaml'}",
            "checklist": str(rel / "checklist.yaml"),
            "format": "sarif",
            "output": str(report),
        }
    )
    assert (done.returncode, outputs) == (1, {"exit-code": "1"}), done.stderr
    log = json.loads(report.read_text(encoding="utf-8"))
    assert len(log["runs"][0]["artifacts"]) == 2 and len(log["runs"][0]["results"]) == 3


def test_action_script_refuses_a_bad_input_cleanly(action_runner):
    done, outputs = action_runner({"paths": "does-not-exist.yaml", "format": "junit"})
    assert outputs == {"exit-code": "2"} and done.returncode == 2
    assert "Traceback" not in done.stderr


# --- docs/ci.md ---------------------------------------------------------------------------
def yaml_blocks() -> list[dict]:
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", DOCS, flags=re.S)]


def test_docs_snippets_are_valid_yaml_and_use_real_options():
    blocks = yaml_blocks()
    assert len(blocks) >= 6
    text = "\n".join(re.findall(r"```yaml\n(.*?)```", DOCS, flags=re.S))
    for fmt in re.findall(r"--format (\w+)", text):
        assert fmt in CHECK_FORMATS or fmt in VALIDATE_FORMATS, fmt
    for block in blocks:
        for job in (block.get("jobs") or {}).values():
            for step in job["steps"]:
                if str(step.get("uses", "")).startswith("your-org/fourlayer"):
                    assert set(step["with"]) <= set(ACTION["inputs"]), step["with"]
                    assert "paths" in step["with"]


def test_docs_gitlab_job_reads_junit():
    gitlab = next(b for b in yaml_blocks() if "fourlayer" in b and "script" in b.get("fourlayer", {}))
    job = gitlab["fourlayer"]
    reports = job["artifacts"]["reports"]["junit"]
    written = [line.split("--output ", 1)[1].split()[0] for line in job["script"] if "--format junit" in line]
    assert written and set(written) == set(reports)
    assert job["artifacts"]["when"] == "always"


def test_docs_pre_commit_config_names_the_hooks():
    configs = [b for b in yaml_blocks() if "repos" in b]
    ids = {h["id"] for config in configs for repo in config["repos"] for h in repo["hooks"]}
    assert ids == {h["id"] for h in HOOKS}


def test_docs_state_the_level_mapping():
    for row in (
        "| fail | critical, high | `error` |",
        "| fail | medium, low | `warning` |",
        "| partial | any | `warning` |",
    ):
        assert row in DOCS


# --- docs/ci.md pins refs that exist ------------------------------------------------
CI_DOCS = (Path(__file__).parent.parent / "docs" / "ci.md").read_text(encoding="utf-8")


def test_ci_docs_pin_main_or_a_commit_never_an_untagged_release():
    import re

    snippets = "\n".join(re.findall(r"```yaml\n(.*?)```", CI_DOCS, flags=re.S))
    pins = re.findall(r"fourlayer@([\w.\-]+)", snippets) + re.findall(r"^\s*rev: ([\w.\-]+)", snippets, flags=re.M)
    assert pins
    for pin in pins:
        assert pin == "main" or re.fullmatch(r"[0-9a-f]{40}", pin), pin
    assert "v0.1.0" not in CI_DOCS and "OWNER/" not in CI_DOCS


def test_ci_docs_report_only_hooks_are_verbose():
    import re

    import yaml

    blocks = [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", CI_DOCS, flags=re.S)]
    hooks = [h for b in blocks if "repos" in b for repo in b["repos"] for h in repo["hooks"]]
    report_only = [h for h in hooks if "never" in (h.get("args") or [])]
    assert report_only and all(h.get("verbose") is True for h in report_only)


def test_ci_docs_explain_the_choice_of_evaluation_date():
    assert "Pin `--as-of`" in CI_DOCS and "Leave it out" in CI_DOCS
