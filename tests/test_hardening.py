"""Hardening, round 2 (issue 18): what a red-team run found, each through the real CLI.

Every test here fails without its defence (docs/security.md lists each with its test):
numbers PyYAML cannot build, merge-key precedence, ids and dates ending in a newline,
NFC names, evidence from the future, files of a million nodes, a file's findings capped,
hard links in an audit folder, non-finite and impossible values in a report given to
``diff``, ``init`` levels that ``str.isdigit`` accepts, a closed standard input, and
standard input reached through another name as ``--output``.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import unicodedata
from pathlib import Path

import pytest
import yaml
from conftest import ENV_PYTHON, ROOT, VALID, run_cli
from test_fuzz import INTERNAL_ERROR, _limits

from fourlayer.reading.findings import MAX_FINDINGS_PER_FILE
from fourlayer.reading.loading import DEFAULT_LIMITS, parse_text

AS_OF = "2026-11-27"
HEAD = "schema_version: 1\nagency: {name: A}\nassessed_on: 2026-09-30\nsystems:\n- {id: p, name: n, level: 5}\n"


def _no_crash(*streams: str) -> None:
    for stream in streams:
        assert "Traceback" not in stream and INTERNAL_ERROR not in stream, stream[-2000:]


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
        _no_crash(done.stdout, done.stderr)
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
        _no_crash(done.stdout, done.stderr)
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
    _no_crash(done.stdout, done.stderr)


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


# --- NFC -----------------------------------------------------------------------------------------
def test_names_are_compared_in_nfc(tmp_path: Path) -> None:
    """The same agency saved as NFC and as NFD is one agency in ``diff``, and reports write NFC."""
    name = "Sở Y tế tỉnh Nghệ An"
    nfc, nfd = tmp_path / "nfc.yaml", tmp_path / "nfd.yaml"
    nfc.write_text(VALID.replace("Sở Thử nghiệm", unicodedata.normalize("NFC", name)), encoding="utf-8")
    nfd.write_text(VALID.replace("Sở Thử nghiệm", unicodedata.normalize("NFD", name)), encoding="utf-8")
    done = run_cli(["diff", nfc, nfd, "--format", "json", "--as-of", AS_OF])
    data = json.loads(done.stdout)
    assert data["same_agency"] is True, data
    checked = run_cli(["check", nfd, "--format", "json", "--as-of", AS_OF])
    assert json.loads(checked.stdout)["reports"][0]["agency"]["name"] == unicodedata.normalize("NFC", name)


# --- evidence from the future ----------------------------------------------------------------
FUTURE = (
    HEAD
    + """checklist: {id: four-layer, version: "1"}
controls:
  L1.05: {status: implemented, evidence: [{ref: "45/QĐ", date: 2099-03-01}]}
  L1.01: {status: implemented, evidence: [{ref: "1/QĐ", date: 2020-01-01}, {ref: "2/QĐ", date: 2099-01-01}]}
"""
)


def test_evidence_dated_after_the_evaluation_date_never_passes(tmp_path: Path) -> None:
    """L1.05 has a maximum age: evidence dated 2099 alone is not counted (no pass), and the
    report says why in a warning; evidence dated on the evaluation date itself counts."""
    path = tmp_path / "a.yaml"
    path.write_text(FUTURE, encoding="utf-8")
    done = run_cli(["check", path, "--format", "json", "--as-of", AS_OF, "--lang", "en"])
    report = json.loads(done.stdout)["reports"][0]
    results = {r["control"]: r for r in report["results"] if r["system"] is None}
    assert results["L1.05"]["outcome"] != "pass", results["L1.05"]
    warnings = [(w["code"], w["control"], w["date"]) for w in report["warnings"]]
    assert ("evidence_in_future", "L1.05", "2099-03-01") in warnings
    assert ("evidence_in_future", "L1.01", "2099-01-01") in warnings
    console = run_cli(["check", path, "--as-of", AS_OF, "--lang", "en"])
    assert "2099-03-01" in console.stdout or "01/03/2099" in console.stdout
    today = FUTURE.replace("2099-03-01", AS_OF)
    path.write_text(today, encoding="utf-8")
    report = json.loads(run_cli(["check", path, "--format", "json", "--as-of", AS_OF]).stdout)["reports"][0]
    assert {r["control"]: r for r in report["results"]}["L1.05"]["outcome"] == "pass"


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
    _no_crash(done.stdout, done.stderr)
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


# --- an audit folder with a hard link -----------------------------------------------------------
def test_a_hard_linked_file_is_counted_once(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(VALID, encoding="utf-8")
    os.link(tmp_path / "a.yaml", tmp_path / "b.yaml")
    done = run_cli(["audit", tmp_path, "--format", "json", "--jobs", "1", "--as-of", AS_OF])
    data = json.loads(done.stdout)
    assert len(data["agencies"]) == 1, data["agencies"]


# --- values a report schema lets through ----------------------------------------------------------
@pytest.fixture
def report(tmp_path: Path) -> tuple[Path, str]:
    seed = tmp_path / "a.yaml"
    seed.write_text(VALID, encoding="utf-8")
    return seed, run_cli(["check", seed, "--format", "json", "--as-of", AS_OF]).stdout


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", ".NaN"])
def test_diff_refuses_a_report_whose_score_is_not_a_number(
    tmp_path: Path, report: tuple[Path, str], value: str
) -> None:
    seed, text = report
    side = tmp_path / "report.yaml"  # YAML: the loader reads reports too, and YAML can say .nan
    data = json.loads(text)
    data["reports"][0]["score"] = "SCORE"
    side.write_text(yaml.safe_dump(data, sort_keys=False).replace("SCORE", value), encoding="utf-8")
    for fmt in ("console", "json"):
        done = run_cli(["diff", side, seed, "--fail-on-regression", "--format", fmt, "--lang", "en"])
        assert done.exit_code == 2, (done.stdout, done.stderr)
        shown = done.stdout + done.stderr
        assert "NaN" not in done.stdout and ("not-finite-number" in shown or "out-of-range" in shown), shown


def test_diff_refuses_a_report_dated_on_a_day_that_does_not_exist(tmp_path: Path, report: tuple[Path, str]) -> None:
    seed, text = report
    side = tmp_path / "report.json"
    side.write_text(text.replace(f'"as_of": "{AS_OF}"', '"as_of": "2026-02-30"'), encoding="utf-8")
    done = run_cli(["diff", side, seed, "--lang", "en"])
    assert done.exit_code == 2
    assert "0001-01-01" not in done.stdout + done.stderr
    assert "impossible-date" in done.stdout + done.stderr


# --- init levels -------------------------------------------------------------------------------------
@pytest.mark.parametrize("level", ["²", "٣", "３", "⑤", "3x", "0", "6", ""])
def test_init_refuses_levels_that_isdigit_accepts(tmp_path: Path, level: str) -> None:
    done = run_cli(["init", "--agency", "A", "--system", f"web:Web:{level}", "-o", tmp_path / "t.yaml", "--lang", "en"])
    assert done.exit_code == 2, done.stderr
    _no_crash(done.stdout, done.stderr)
    assert "level" in done.stderr and not (tmp_path / "t.yaml").exists()


# --- standard input ------------------------------------------------------------------------------------
def _fourlayer(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FOURLAYER_LANG": "en", "NO_COLOR": "1"}
    return subprocess.run(
        [*ENV_PYTHON, "-m", "fourlayer", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        **kwargs,
    )  # type: ignore[call-overload, no-any-return]


def _close_stdin() -> None:  # pragma: no cover - runs in the child
    os.close(0)


@pytest.mark.parametrize("command", ["validate", "check", "audit"])
def test_a_closed_standard_input_is_a_clear_error(command: str) -> None:
    done = _fourlayer([command, "-"], stdin=None, preexec_fn=_close_stdin)
    assert done.returncode == 2, (done.stdout, done.stderr)
    _no_crash(done.stdout, done.stderr)
    assert "stdin-unavailable" in done.stdout + done.stderr


@pytest.mark.parametrize("name", ["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0", "link"])
def test_standard_input_is_an_input_whatever_name_reaches_it(tmp_path: Path, name: str) -> None:
    source = tmp_path / "f.yaml"
    source.write_text(VALID, encoding="utf-8")
    link = tmp_path / "link"
    link.symlink_to("/dev/stdin")
    if not os.path.exists(name if name != "link" else "/dev/stdin"):
        pytest.skip(f"{name} does not exist here")
    target = str(link) if name == "link" else name
    for args in (
        ["validate", "-", "-o", target],
        ["check", "-", "-o", target, "--as-of", AS_OF],
        ["validate", "--format", "json", "-o", target, "-"],
    ):
        with open(source, "rb") as stdin:
            done = _fourlayer(args, stdin=stdin)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert source.read_text(encoding="utf-8") == VALID, args


def test_dev_null_as_output_still_works_with_dev_null_as_input() -> None:
    with open(os.devnull, "rb") as stdin:
        done = _fourlayer(["validate", str(ROOT / "examples" / "xa-hung-dong.yaml"), "-o", os.devnull], stdin=stdin)
    assert done.returncode in (0, 1), done.stderr
    _no_crash(done.stdout, done.stderr)


# --- the command line: --min-score, --max-nodes, terminals and encodings -----------------------------
@pytest.mark.parametrize("value", ["nan", "NaN", "-nan", "inf", "101"])
def test_min_score_must_be_a_number_from_0_to_100(tmp_path: Path, value: str) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(VALID, encoding="utf-8")
    for command in ("check", "audit"):
        done = run_cli([command, path, "--min-score", value, "--lang", "en"])
        assert done.exit_code == 2 and "--min-score" in done.stderr, done.stderr
        _no_crash(done.stdout, done.stderr)


def _on_a_terminal(args: list[str], env: dict[str, str]) -> bytes:
    """``fourlayer ARGS`` with standard output and error on a pseudo-terminal."""
    import pty

    master, slave = pty.openpty()
    environment = {**os.environ, "COLUMNS": "100", **env}
    environment.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [*ENV_PYTHON, "-m", "fourlayer", *args], stdout=slave, stderr=slave, stdin=subprocess.DEVNULL, env=environment
    )
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    process.wait(timeout=60)
    os.close(master)
    return out


def test_a_dumb_terminal_gets_no_colour(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(VALID, encoding="utf-8")
    coloured = _on_a_terminal(["check", str(path), "--lang", "en"], {"TERM": "xterm-256color"})
    assert b"\x1b[" in coloured  # the test can see colour when there is some
    for args in (
        ["check", str(path), "--lang", "en"],
        ["validate", str(tmp_path / "missing.yaml")],
        ["audit", str(tmp_path), "--lang", "en"],
    ):
        assert b"\x1b" not in _on_a_terminal(args, {"TERM": "dumb"}), args


ENCODINGS = {
    "ascii": {"PYTHONIOENCODING": "ascii"},
    "C locale": {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""},
    "cp1252": {"PYTHONIOENCODING": "cp1252"},
}


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_a_stream_that_cannot_write_vietnamese_gets_escapes(tmp_path: Path, name: str) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(VALID, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(VALID.replace("level: 1", "level: chín"), encoding="utf-8")
    env = {**os.environ, **ENCODINGS[name]}
    env.pop("FOURLAYER_LANG", None)
    for args in (
        ["check", str(path)],
        ["check", str(path), "--format", "markdown"],
        ["check", str(path), "--format", "github"],
        ["validate", str(bad)],
        ["audit", str(tmp_path)],
        ["checklist", "show", "L1.01"],
        ["diff", str(path), str(path)],
    ):
        done = subprocess.run(
            [*ENV_PYTHON, "-m", "fourlayer", *args], env=env, capture_output=True, timeout=60, check=False
        )
        # escaped where fourlayer writes (reports); click writes its own text as UTF-8 when the
        # stream claims ASCII: either way valid text, never a crash
        codec = "cp1252" if name == "cp1252" else "utf-8"  # ASCII is UTF-8
        out, err = done.stdout.decode(codec), done.stderr.decode(codec)
        assert done.returncode in (0, 1), (args, err)
        _no_crash(out, err)
        if args[0] in ("check", "audit", "validate"):
            assert "\\u" in out + err or "\\x" in out + err, (args, out[:300])


# --- newlines and "::" in untrusted text, in every output ---------------------------------------------
FORGED = "\n::error file=x,line=1::forged\n  ::stop-commands::t0k3n\r\n::warning::w"
HOSTILE = f"""schema_version: 1
agency: {{name: {json.dumps("Sở A" + FORGED)}, code: {json.dumps("C" + FORGED)}}}
assessed_on: 2026-09-30
systems:
  - {{id: portal, name: {json.dumps("Cổng" + FORGED)}, level: 3}}
controls:
  L1.01: {{status: implemented, evidence: [{{ref: {json.dumps("QĐ" + FORGED)}, date: 2026-03-01}}]}}
  L1.02: {{status: partial, note: {json.dumps("ghi chú" + FORGED)}, due: 2026-01-01}}
  L2.02: {{status: not_applicable, note: {json.dumps("N/A" + FORGED)}}}
waivers:
  - {{control: L2.01, reason: {json.dumps("lý do" + FORGED)}, approved_by: {json.dumps("GĐ" + FORGED)},
     expires: 2026-12-01}}
"""
INVALID_HOSTILE = HOSTILE.replace("level: 3}", f"level: 3, {json.dumps('k' + FORGED)}: 1}}")


def _assert_no_forged_line(text: str, fmt: str, where: object) -> None:
    for line in text.splitlines():
        if fmt == "github":  # every line is one of our commands; the forged text is inside one
            assert line == "" or line.startswith(
                ("::error ", "::warning ", "::notice ", "::error::", "::warning::", "::notice::")
            ), (where, line)
            assert "stop-commands" not in line.split("::")[1], (where, line)
        else:
            assert not line.lstrip().startswith("::"), (where, line)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "agency.yaml").write_text(HOSTILE, encoding="utf-8")
    (folder / ("tên\n::error::file.yaml")).write_text(HOSTILE, encoding="utf-8")
    (folder / "invalid.yaml").write_text(INVALID_HOSTILE, encoding="utf-8")
    checklist = (ROOT / "checklists" / "four-layer.yaml").read_text(encoding="utf-8")
    checklist = checklist.replace('en: "On-site force"', f"en: {json.dumps('On-site' + FORGED)}", 1)
    checklist = checklist.replace('document: "Nghị định 85/2016/NĐ-CP"', f"document: {json.dumps('NĐ 85' + FORGED)}", 1)
    (folder / "custom.checklist").write_text(checklist, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "command", ["check", "validate", "audit", "diff", "checklist show", "checklist list", "checklist lint"]
)
def test_no_output_line_starts_with_a_workflow_command_from_a_file(hostile: Path, command: str) -> None:
    from fourlayer.reporting import formats

    agency, named, invalid = hostile / "agency.yaml", hostile / "tên\n::error::file.yaml", hostile / "invalid.yaml"
    custom = hostile / "custom.checklist"
    inputs = {
        "check": [[agency, named, invalid], [agency, "--checklist", custom], [agency, "--verbose"]],
        "validate": [[agency, named, invalid]],
        "audit": [[hostile], [agency, "--checklist", custom]],
        "diff": [[agency, named], [agency, invalid]],
        "checklist show": [["L1.01", "--checklist", custom], ["L1.02", "--checklist", custom]],
        "checklist list": [["--checklist", custom]],
        "checklist lint": [[custom]],
    }[command]
    for fmt in (f.name for f in formats.TABLES[command] if not f.binary):
        for extra in inputs:
            for lang in ("vi", "en"):
                args = [*command.split(), *extra, "--format", fmt, "--lang", lang]
                if command in ("check", "audit", "diff"):
                    args += ["--as-of", AS_OF]
                done = run_cli(args, env={"GITHUB_STEP_SUMMARY": None})
                _no_crash(done.stdout, done.stderr)
                _assert_no_forged_line(done.stdout, fmt, args)
                _assert_no_forged_line(done.stderr, "console", args)


# --- Markdown: no live link from a file, as GitHub renders it ----------------------------------------
LINKS = (
    "https://evil.example/login",
    "www.evil.example",
    "HTTP://X.Y/z",
    "ftp://f.example",
    "mailto:a@b.example",
    "a@b.example",
    "<https://x.example>",
    "[a](https://x.example)",
    "xmpp:a@b.example",
    "Www.Evil.Example/p",
)


def _gfm() -> object:
    try:
        import cmarkgfm
    except ImportError:  # pragma: no cover - the test extra installs it
        if os.environ.get("CI") == "true":
            pytest.fail("cmarkgfm (GitHub's cmark-gfm) is missing on CI: install the test extra")
        pytest.skip("cmarkgfm is not installed")
    return cmarkgfm


def test_markdown_makes_no_link_of_a_url_in_a_file(tmp_path: Path) -> None:
    gfm = _gfm()
    name = " ".join(LINKS)
    path = tmp_path / "www.evil.example.yaml"
    path.write_text(
        VALID.replace("Sở Thử nghiệm", name)
        .replace('name: "Cổng thông tin"', f"name: {json.dumps(name)}")
        .replace('ref: "45/QĐ"', f"ref: {json.dumps(name)}"),
        encoding="utf-8",
    )
    bad = tmp_path / "https:x.yaml"
    bad.write_text(VALID.replace("level: 1", f"level: 1, {json.dumps(name)}: 1"), encoding="utf-8")
    for args in (
        ["check", path, "--format", "markdown", "--verbose"],
        ["validate", bad, path, "--format", "markdown"],
        ["check", path, bad, "--format", "markdown"],
    ):
        for lang in ("vi", "en"):
            done = run_cli([*args, "--lang", lang, "--as-of", AS_OF] if args[0] == "check" else [*args, "--lang", lang])
            assert "evil.example/login" in done.stdout, done.stdout[:500]  # the hostile text is there, inert
            html = gfm.github_flavored_markdown_to_html(done.stdout)  # type: ignore[attr-defined]
            assert "<a " not in html, [line for line in html.splitlines() if "<a " in line][:3]


# --- a file name that is not UTF-8, in SARIF ---------------------------------------------------------
def test_sarif_names_a_file_whose_name_is_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "agencies"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/ag\xf6.yaml"
    try:
        with open(raw, "wb") as handle:
            handle.write(VALID.encode("utf-8"))
    except OSError:  # pragma: no cover - a file system that refuses such names
        pytest.skip("this file system refuses names that are not UTF-8")
    (folder / "ok.yaml").write_text(VALID, encoding="utf-8")
    for args in (
        ["check", folder, "--format", "sarif", "--as-of", AS_OF],
        ["validate", folder, "--format", "sarif"],
        ["check", os.fsdecode(raw), "--format", "sarif", "--as-of", AS_OF],
    ):
        done = run_cli(args)
        _no_crash(done.stdout, done.stderr)
        log = json.loads(done.stdout)
        uris = [a["location"]["uri"] for a in log["runs"][0]["artifacts"]]
        assert any(uri.endswith("ag%F6.yaml") for uri in uris), uris
        if args[1] == folder:  # the other file's report is not lost
            assert len(uris) == 2 and any(uri.endswith("ok.yaml") for uri in uris), uris
        else:
            assert len(uris) == 1, uris


# --- bounded output: 10,000 systems in every format -----------------------------------------------------
TEN_THOUSAND = "schema_version: 1\nagency: {name: A}\nassessed_on: 2026-09-30\nsystems:\n" + "".join(
    f"- {{id: s{i}, name: n, level: 3}}\n" for i in range(10_000)
)
# format -> most bytes it may write for this file (JSON keeps every pair: its full detail)
BOUNDS = {
    "console": 200_000,
    "markdown": 200_000,
    "github": 200_000,
    "junit": 5_000_000,
    "sarif": 8_000_000,
    "json": 80_000_000,
}


@pytest.mark.parametrize("fmt", sorted(BOUNDS))
def test_ten_thousand_systems_give_a_bounded_report_in_every_format(tmp_path: Path, fmt: str) -> None:
    """A 330 KB file of 10,000 level-3 systems is 180,000 failing pairs. Before: SARIF 2.2 GB
    of memory, JUnit 239 MB, GitHub 156 MB, console over a minute. Now each text format
    groups or caps ("… and N more"), within 10 s of CPU and 1 GiB."""
    path = tmp_path / "systems.yaml"
    path.write_text(TEN_THOUSAND, encoding="utf-8")
    done, cpu = _cpu_seconds(
        lambda: _run_heavy(["check", str(path), "--format", fmt, "--as-of", AS_OF, "--fail-on", "never"], tmp_path)
    )
    assert isinstance(done, subprocess.CompletedProcess)
    assert done.returncode == 0, done.stderr[-2000:]
    _no_crash(done.stdout, done.stderr)
    size = len(done.stdout.encode("utf-8"))
    assert size < BOUNDS[fmt], f"{fmt}: {size:,} bytes"
    assert cpu < 10, f"{fmt}: {cpu:.1f} s of CPU"
    if fmt != "json":
        assert "9980" in done.stdout or "more" in done.stdout, done.stdout[-2000:]


def test_a_control_failing_on_several_systems_is_shown_once(tmp_path: Path) -> None:
    text = (
        "schema_version: 1\nagency: {name: A}\nassessed_on: 2026-09-30\nchecklist: {id: four-layer, version: '1'}\n"
        "systems:\n" + "".join(f"- {{id: sys{i}, name: n, level: 3}}\n" for i in range(30))
    )
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    done = run_cli(["check", path, "--as-of", AS_OF, "--lang", "en"])
    assert done.stdout.count("L1.06 [") == 1, done.stdout[:3000]
    assert "sys0, sys1" in done.stdout and "… and 10 more" in done.stdout


@pytest.mark.parametrize("command", ["diff", "audit"])
def test_ten_thousand_systems_give_a_bounded_diff_and_audit(tmp_path: Path, command: str) -> None:
    """``diff`` of a small file and one of 10,000 systems: 190,000 pairs appear. The console
    lists 200 of each kind of change and counts the rest (before: over two minutes)."""
    path = tmp_path / "systems.yaml"
    path.write_text(TEN_THOUSAND, encoding="utf-8")
    seed = tmp_path / "seed.yaml"
    seed.write_text(VALID, encoding="utf-8")
    args = ["diff", str(seed), str(path)] if command == "diff" else ["audit", str(path), "--fail-on", "never"]
    done, cpu = _cpu_seconds(lambda: _run_heavy([*args, "--as-of", AS_OF], tmp_path))
    assert isinstance(done, subprocess.CompletedProcess)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(done.stdout.encode("utf-8")) < 200_000
    assert cpu < 10, f"{command}: {cpu:.1f} s of CPU"
    if command == "diff":
        assert "more" in done.stdout
