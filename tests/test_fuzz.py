"""Fuzzing the command line: whatever a file holds, nothing crashes, hangs or runs away.

Three generators feed the real CLI (``fourlayer.cli.main`` in-process, through click's
CliRunner isolation): (a) random bytes, and valid files truncated or with bytes flipped;
(b) random YAML documents; (c) mutations of a valid assessment — keys deleted or renamed,
wrong types, answers moved to the wrong scope, huge strings, deep nesting, extreme dates
and levels, and Unicode oddities (RTL marks, zero-width joiners, combining marks, escaped
surrogates ``"\\ud800"`` and NUL ``"\\0"``, lone CR, BOM, C1 controls, bidi overrides).

For every example ``validate``, ``check`` and ``audit`` (and ``diff`` against the valid
seed) end with their documented exit code, never a traceback or an internal error, each
within a time budget; and they agree with each other: ``validate`` passes a file exactly
when ``check`` can evaluate it and ``audit`` lists it as an agency. Two more generators
damage (d) a JSON report given to ``diff`` and (e) a custom ``--checklist``.

The heavier properties (memory and time on files near the size cap) run the CLI in a
subprocess under ``resource`` limits and a timeout.

Examples found here become files in ``tests/cases/fuzz/`` (``test_fuzz_regressions.py``).
``FOURLAYER_FUZZ_EXAMPLES=2000 pytest tests/test_fuzz.py`` runs a longer campaign.
"""

from __future__ import annotations

import copy
import itertools
import json
import os
import resource
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import FOURLAYER, ROOT, Result, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fourlayer.i18n import translate

AS_OF = "2026-11-27"
EXAMPLES = int(os.environ.get("FOURLAYER_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # the budget below is per command, and generous for a shared CI runner
    database=None,  # no example database in the repository or on CI runners
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
SECONDS_PER_COMMAND = 15.0
INTERNAL_ERROR = translate("en", "cli.internal-error", error="\0").split("\0")[0]  # "Internal error ("
CHECK_FORMATS = ("console", "json", "sarif", "junit", "markdown", "github")
AUDIT_FORMATS = ("console", "json", "csv")

SEED: dict[str, Any] = {
    "schema_version": 1,
    "checklist": {"id": "four-layer", "version": "2"},
    "agency": {"name": "Sở Y tế tỉnh Nghệ An", "code": "000.00.15.H42", "province": "Nghệ An"},
    "assessed_on": "2026-09-30",
    "assessor": {"name": "Nguyễn Văn A", "role": "Chuyên viên CNTT", "contact": "a@example.vn"},
    "systems": [
        {
            "id": "portal",
            "name": "Cổng thông tin điện tử",
            "level": 3,
            "level_approval": {"ref": "123/QĐ-SYT", "date": "2025-05-10"},
            "controls": {
                "L1.06": {
                    "status": "implemented",
                    "evidence": [{"ref": "HĐ 15/2025", "date": "2025-01-02", "kind": "contract"}],
                    "note": "Đã phê duyệt",
                },
                "L1.07": {"status": "partial", "due": "2026-10-01"},
                "L2.04": {"status": "implemented", "evidence": [{"ref": "BC 3/2026", "date": "2026-08-01"}]},
                "L3.01": {"status": "implemented", "evidence": [{"ref": "BC 9/2025", "date": "2025-12-01"}]},
            },
        },
        {
            "id": "mail",
            "name": "Thư điện tử",
            "level": 2,
            "controls": {"L4.03": {"status": "not_applicable", "note": "Không kết nối"}},
        },
    ],
    "controls": {
        "L1.01": {"status": "implemented", "evidence": [{"ref": "45/QĐ-SYT", "date": "2024-03-01"}]},
        "L1.05": {"status": "implemented", "evidence": [{"ref": "12/QĐ", "date": "2026-02-01", "kind": "decision"}]},
        "L1.02": {"status": "not_implemented", "due": "2025-01-01"},
        "L2.02": {"status": "not_applicable", "note": "Dùng SOC của tỉnh"},
    },
    "waivers": [
        {
            "control": "L2.05",
            "system": "portal",
            "reason": "Đang nâng cấp",
            "approved_by": "Giám đốc",
            "ref": "77/QĐ-SYT",
            "expires": "2027-06-30",
        }
    ],
    "x-ghi-chu": {"free": ["notes", 1, None]},
}
SEED_TEXT = yaml.safe_dump(SEED, allow_unicode=True, sort_keys=False)


# --- the oracle -----------------------------------------------------------------------
def no_crash(*streams: str) -> None:
    """Neither a traceback nor an internal error in any of ``streams``."""
    for stream in streams:
        assert "Traceback" not in stream and INTERNAL_ERROR not in stream, stream[-2000:]


def assert_survived(result: Result, args: list[str], allowed: tuple[int, ...] = (0, 1, 2)) -> None:
    """A documented exit code, and neither a traceback nor an internal error anywhere."""
    shown = f"fourlayer {' '.join(map(str, args))}\nstdout: {result.stdout[-1500:]}\nstderr: {result.stderr[-1500:]}"
    assert result.exit_code in allowed, shown
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream, shown
        assert INTERNAL_ERROR not in stream, shown
        assert "evaluation-crashed" not in stream, shown


def timed_cli(args: list[str], **kwargs: Any) -> Result:
    started = time.monotonic()
    result = run_cli([*args, "--lang", "en"], **kwargs)
    elapsed = time.monotonic() - started
    assert elapsed < SECONDS_PER_COMMAND, f"fourlayer {' '.join(map(str, args))} took {elapsed:.1f} s"
    return result


def exercise(
    folder: Path,
    raw: bytes,
    check_format: str = "console",
    audit_format: str = "json",
    as_of: str = AS_OF,
    diff: bool = False,
) -> None:
    """Run every command on one file and hold them to the oracle and to each other."""
    path = folder / "agency.yaml"
    path.write_bytes(raw)
    validated = timed_cli(["validate", path])
    assert_survived(validated, ["validate", path], allowed=(0, 1))
    args = ["check", path, "--format", check_format, "--as-of", as_of, "--fail-on", "never"]
    checked = timed_cli(args)
    assert_survived(checked, args, allowed=(0, 2))
    args = ["audit", folder, "--jobs", "1", "--format", audit_format, "--as-of", as_of, "--fail-on", "never"]
    audited = timed_cli(args)
    assert_survived(audited, args, allowed=(0, 1))
    # One judgement, three commands: a file is valid for all of them or for none.
    assert (validated.exit_code == 0) == (checked.exit_code == 0) == (audited.exit_code == 0), (
        validated.exit_code,
        checked.exit_code,
        audited.exit_code,
        raw[:2000],
    )
    if diff:
        seed = folder.parent / f"{folder.name}-seed.yaml"
        if not seed.exists():
            seed.write_text(SEED_TEXT, encoding="utf-8")
        args = ["diff", seed, path, "--as-of", as_of]
        compared = timed_cli(args)
        assert_survived(compared, args, allowed=(0, 2))
        assert (compared.exit_code == 0) == (validated.exit_code == 0), (compared.stderr, raw[:2000])


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


_EXAMPLE = itertools.count()


def fresh(workdir: Path) -> Path:
    """A new, empty folder for one example (hypothesis reuses the module's fixture)."""
    folder = workdir / f"example-{next(_EXAMPLE)}"
    folder.mkdir()
    return folder


# --- generators -----------------------------------------------------------------------
ODDITIES = (
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u200d",  # zero-width joiner
    "\u200b",  # zero-width space
    "\u0301\u0323",  # combining marks (as in decomposed Vietnamese)
    "e\u0302\u0301",  # ế, decomposed
    "\ud800",  # a lone surrogate: written as "\uD800" in a double-quoted scalar
    "\udcff",
    "\x00",  # NUL: written as "\0"
    "\r",  # a lone CR
    "\x1b[31m",
    "\x1b]8;;http://x\x07",
    "\x85",
    "\u2028",
    "\ufeff",
    "\ufffe",
    "[bold red]",
    "=1+1",
    "@x",
    "%0A",
    "::error::",
    "<b>",
    "|",
    "\U0001f600",
    "\U0010ffff",
)
EXTREME_DATES = ("0001-01-01", "0001-01-31", "9999-12-31", "9999-12-15", "9999-11-30")
DATES = (
    *EXTREME_DATES,
    "2026-02-29",
    "2024-02-29",
    "2026-02-30",
    "30/09/2026",
    "2026-9-30",
    "2026-09-30T10:00:00",
    "20260930",
    "",
)
WORDS = (
    "schema_version",
    "agency",
    "systems",
    "controls",
    "waivers",
    "status",
    "evidence",
    "level",
    "id",
    "name",
    "implemented",
    "partial",
    "not_applicable",
    "not_implemented",
    "L1.01",
    "L2.03",
    "L9.99",
    "portal",
    "x-note",
    "<<",
    "true",
    "null",
    "~",
    "0x1F",
    "1e400",
    ".nan",
    "-.inf",
)

weird_text = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(ODDITIES + WORDS), max_size=6).map("".join),
    st.sampled_from(DATES),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=True, allow_infinity=True),
    weird_text,
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(weird_text, inner, max_size=5)),
    max_leaves=25,
)


def dump(data: Any, style: str, unicode: bool) -> bytes:
    """YAML text in one of three styles; non-printable characters come out as escapes."""
    if style == "flow":
        text = yaml.safe_dump(data, allow_unicode=unicode, default_flow_style=True, width=2**30)
    else:
        text = yaml.safe_dump(
            data, allow_unicode=unicode, default_style='"' if style == "quoted" else None, sort_keys=False
        )
    return text.encode("utf-8", "surrogatepass")  # only reached if an emitter let a surrogate through


styles = st.sampled_from(["block", "quoted", "flow"])


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


def _nest(value: Any, depth: int, as_list: bool) -> Any:
    for _ in range(depth):
        value = [value] if as_list else {"k": value}
    return value


def _swap_scope(draw: st.DrawFn, data: Any, parent: Any, key: Any) -> None:
    """Agency answers into the first system, and its answers to the top: the wrong scope."""
    systems = data.get("systems") if isinstance(data, dict) else None
    if isinstance(systems, list) and systems and isinstance(systems[0], dict):
        systems[0]["controls"], data["controls"] = data.get("controls"), systems[0].get("controls")


def _rename(draw: st.DrawFn, data: Any, parent: Any, key: Any) -> None:
    if isinstance(parent, dict):
        parent[draw(weird_text)] = parent.pop(key)


def _duplicate(draw: st.DrawFn, data: Any, parent: Any, key: Any) -> None:
    if isinstance(parent, list):
        parent.append(copy.deepcopy(parent[key]))


def _set(make: Any) -> Any:
    def operation(draw: st.DrawFn, data: Any, parent: Any, key: Any) -> None:
        parent[key] = make(draw, parent[key])

    return operation


def _delete(draw: st.DrawFn, data: Any, parent: Any, key: Any) -> None:
    del parent[key]


OPERATIONS = {
    "delete": _delete,
    "retype": _set(lambda draw, old: draw(documents)),
    "rename": _rename,
    "swap-scope": _swap_scope,
    "huge": _set(
        lambda draw, old: draw(st.sampled_from(["x", "ế", "\u200d", "a\n"])) * draw(st.integers(1_000, 300_000))
    ),
    "deep": _set(lambda draw, old: _nest(old, draw(st.integers(1, 120)), draw(st.booleans()))),
    "oddity": _set(lambda draw, old: f"{old}{draw(st.sampled_from(ODDITIES))}{draw(weird_text)}"),
    "date": _set(lambda draw, old: draw(st.one_of(st.sampled_from(DATES), st.dates().map(str)))),
    "level": _set(lambda draw, old: draw(st.sampled_from([0, 6, -1, 2**64, "3", 3.0, 2.5, True, None, [3]]))),
    "duplicate": _duplicate,
}
DATE_KEYS = ("date", "due", "expires", "assessed_on")


def _text_edit(draw: st.DrawFn, raw: bytes) -> bytes:
    """Changes a dumper never makes: a lone CR, a repeated line (a duplicate key), a raw
    bidi override, a second document, a BOM."""
    edit = draw(st.sampled_from(["none", "none", "cr", "repeat-line", "bidi", "document", "bom"]))
    lines = raw.split(b"\n")
    where = draw(st.integers(0, max(0, len(lines) - 2)))
    if edit == "cr":
        return b"\r".join([b"\n".join(lines[: where + 1]), b"\n".join(lines[where + 1 :])])
    if edit == "repeat-line":
        return b"\n".join([*lines[: where + 1], lines[where], *lines[where + 1 :]])
    if edit == "bidi":
        return raw.replace(b": ", b": \xe2\x80\xae", 1)
    if edit == "document":
        return raw + b"---\nagency: {name: B}\n"
    return b"\xef\xbb\xbf" + raw if edit == "bom" else raw


@st.composite
def mutations(draw: st.DrawFn) -> bytes:
    """The valid seed, changed in one to four ways, written in some YAML style."""
    data = copy.deepcopy(SEED)
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        name = draw(st.sampled_from(sorted(OPERATIONS)))
        dated = [p for p in paths if p[-1] in DATE_KEYS]
        # dates drive the evaluation: a date operation aims at one
        path = draw(st.sampled_from(dated if name == "date" and dated else paths))
        OPERATIONS[name](draw, data, _at(data, path[:-1]), path[-1])
    return _text_edit(draw, dump(data, draw(styles), draw(st.booleans())))


@st.composite
def damaged_bytes(draw: st.DrawFn) -> bytes:
    """A valid file truncated, or with some bytes changed."""
    raw = bytearray(SEED_TEXT.encode("utf-8"))
    if draw(st.booleans()):
        return bytes(raw[: draw(st.integers(0, len(raw)))])
    for _ in range(draw(st.integers(1, 8))):
        raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
    return bytes(raw)


yamlish = st.lists(
    st.sampled_from([*":-[]{}&*!|>'\"#%@`,? \n\t\r\\", *WORDS, "\xa0", "\u202e", "\x00"]), max_size=120
).map(lambda parts: "".join(parts).encode("utf-8"))


# --- (a) random bytes -----------------------------------------------------------------
@FUZZ
@given(
    raw=st.one_of(st.binary(max_size=600), yamlish, damaged_bytes()),
    check_format=st.sampled_from(CHECK_FORMATS),
    audit_format=st.sampled_from(AUDIT_FORMATS),
)
def test_random_bytes(workdir: Path, raw: bytes, check_format: str, audit_format: str) -> None:
    exercise(fresh(workdir), raw, check_format, audit_format)


# --- (b) random YAML documents ----------------------------------------------------------
assessment_like = st.fixed_dictionaries(
    {},
    optional=dict.fromkeys(
        ("schema_version", "agency", "assessed_on", "systems", "controls", "waivers", "checklist", "assessor"),
        documents,
    ),
)


@FUZZ
@given(
    data=st.one_of(documents, assessment_like),
    style=styles,
    unicode=st.booleans(),
    check_format=st.sampled_from(CHECK_FORMATS),
    audit_format=st.sampled_from(AUDIT_FORMATS),
)
def test_random_yaml_documents(
    workdir: Path, data: Any, style: str, unicode: bool, check_format: str, audit_format: str
) -> None:
    exercise(fresh(workdir), dump(data, style, unicode), check_format, audit_format)


# --- (c) mutations of a valid assessment -------------------------------------------------
def test_the_seed_is_valid(workdir: Path) -> None:
    """The mutations start from a file every command accepts (else they prove little)."""
    folder = fresh(workdir)
    exercise(folder, SEED_TEXT.encode("utf-8"), diff=True)
    assert run_cli(["validate", folder / "agency.yaml"]).exit_code == 0


@FUZZ
@given(
    raw=mutations(),
    check_format=st.sampled_from(CHECK_FORMATS),
    audit_format=st.sampled_from(AUDIT_FORMATS),
    as_of=st.one_of(st.just(AS_OF), st.sampled_from(EXTREME_DATES), st.dates().map(str)),
)
def test_mutated_assessments(workdir: Path, raw: bytes, check_format: str, audit_format: str, as_of: str) -> None:
    exercise(fresh(workdir), raw, check_format, audit_format, as_of=as_of, diff=True)


# --- (d) diff with a damaged JSON report, (e) a damaged custom checklist -------------------
@pytest.fixture(scope="module")
def seed_report(workdir: Path) -> tuple[Path, dict[str, Any]]:
    seed = workdir / "seed.yaml"
    seed.write_text(SEED_TEXT, encoding="utf-8")
    return seed, json.loads(run_cli(["check", seed, "--format", "json", "--as-of", AS_OF]).stdout)


def _mutate(draw: st.DrawFn, data: Any, count: int) -> Any:
    data = copy.deepcopy(data)
    for _ in range(count):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        name = draw(st.sampled_from(sorted(set(OPERATIONS) - {"huge"})))
        OPERATIONS[name](draw, data, _at(data, path[:-1]), path[-1])
    return data


REPORT_VALUES = st.sampled_from(
    [1e308, -1, 10**30, float("nan"), "9999-12-31", "0001-01-01", 0, 101, None, "fail", "L9.99", "pass"]
)


@settings(FUZZ, max_examples=max(1, EXAMPLES // 2))
@given(data=st.data())
def test_diff_of_damaged_reports(workdir: Path, seed_report: tuple[Path, dict[str, Any]], data: st.DataObject) -> None:
    """``diff`` also reads JSON reports of ``check``: damaged ones are refused, not fatal."""
    seed, report = seed_report
    damaged = _mutate(data.draw, report, data.draw(st.integers(1, 3)))
    for _ in range(data.draw(st.integers(0, 2))):  # values a report schema may let through
        paths = [p for p in _paths(damaged) if p]
        if paths:
            path = data.draw(st.sampled_from(paths))
            _at(damaged, path[:-1])[path[-1]] = data.draw(REPORT_VALUES)
    side = fresh(workdir) / "report.json"
    side.write_text(json.dumps(damaged), encoding="utf-8")
    for args in (
        ["diff", side, seed, "--as-of", AS_OF],
        ["diff", seed, side, "--format", "json", "--as-of", AS_OF],
        ["diff", side, side, "--fail-on-regression", "--allow-checklist-change"],
    ):
        assert_survived(timed_cli(args), args, allowed=(0, 1, 2))


@settings(FUZZ, max_examples=max(1, EXAMPLES // 2))
@given(data=st.data(), style=styles)
def test_damaged_custom_checklists(
    workdir: Path, seed_report: tuple[Path, dict[str, Any]], data: st.DataObject, style: str
) -> None:
    """``--checklist FILE``: a damaged checklist is a clear error (exit 2) or a working one."""
    seed, _ = seed_report
    checklist = yaml.safe_load((ROOT / "checklists" / "four-layer.yaml").read_text(encoding="utf-8"))
    checklist["controls"] = checklist["controls"][:12]
    path = fresh(workdir) / "checklist.yaml"
    path.write_bytes(dump(_mutate(data.draw, checklist, data.draw(st.integers(1, 3))), style, True))
    for args in (
        ["checklist", "lint", path],
        ["checklist", "show", "L1.01", "--checklist", path],
        ["checklist", "list", "--checklist", path],
        ["validate", seed, "--checklist", path],
        ["check", seed, "--checklist", path, "--as-of", AS_OF],
        ["audit", seed, "--checklist", path, "--jobs", "1", "--as-of", AS_OF],
    ):
        assert_survived(timed_cli(args), args, allowed=(0, 1, 2))


# --- heavier properties: a subprocess under resource limits --------------------------------
MEMORY_LIMIT = 1024 * 1024 * 1024  # address space: 1 GiB
TIMEOUT = 30


def _limits() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (TIMEOUT, TIMEOUT))


def run_limited(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python -m fourlayer ARGS`` in a child with 1 GiB of address space and 30 s of CPU,
    killed after 30 s of wall time."""
    env = {**os.environ, "FOURLAYER_LANG": "en", "NO_COLOR": "1"}
    try:
        return subprocess.run(
            [*FOURLAYER, *map(str, args)],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT,
            preexec_fn=_limits,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"fourlayer {' '.join(map(str, args))} still running after {TIMEOUT} s")


HEAD = "schema_version: 1\nagency: {name: A}\nassessed_on: 2026-09-30\n"
ONE_SYSTEM = "systems:\n- {id: p, name: n, level: 5}\n"


def _laughs() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index in range(1, 10):
        before, name = chr(ord("a") + index - 1), chr(ord("a") + index)
        lines.append(f"{name}: &{name} [" + ",".join(f"*{before}" for _ in range(9)) + "]")
    return "\n".join(lines) + "\n"


# name -> (the file text, built when the test runs; exit code of audit --fail-on never;
#          the finding code it must report)
HEAVY: dict[str, tuple[Callable[[], str], int, str | None]] = {
    "billion-laughs": (_laughs, 1, "alias-expansion"),
    "flow-nesting-1m": (lambda: "x: " + "[" * 1_000_000 + "]" * 1_000_000 + "\n", 1, "too-deep"),
    "block-nesting-1000": (lambda: HEAD + ONE_SYSTEM + "x-deep:\n  " + "- " * 1000 + "x\n", 1, "too-deep"),
    "scalar-near-the-size-cap": (lambda: HEAD + ONE_SYSTEM + 'x-big: "' + "ế" * 1_390_000 + '"\n', 0, None),
    "one-byte-over-the-size-cap": (lambda: "#" * (4 * 1024 * 1024) + "\n", 1, "file-too-large"),
    "hundred-thousand-keys": (
        lambda: HEAD + ONE_SYSTEM + "x-many:\n" + "".join(f"  k{i}: {i}\n" for i in range(100_000)),
        0,
        None,
    ),
    "half-a-million-items": (lambda: HEAD + ONE_SYSTEM + "x-list: [" + "1," * 500_000 + "1]\n", 1, "too-many-nodes"),
    "200-thousand-items": (lambda: HEAD + ONE_SYSTEM + "x-list: [" + "1," * 200_000 + "1]\n", 0, None),
}


@pytest.mark.parametrize("name", sorted(HEAVY))
def test_heavy_files_are_refused_or_read_within_limits(tmp_path: Path, name: str) -> None:
    """``audit`` runs the whole pipeline (read, validate, evaluate, report) on each file."""
    build, expected, code = HEAVY[name]
    (tmp_path / f"{name}.yaml").write_text(build(), encoding="utf-8")
    done = run_limited(["audit", tmp_path, "--jobs", "1", "--format", "json", "--fail-on", "never"], tmp_path)
    assert done.returncode == expected, (done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr and INTERNAL_ERROR not in done.stderr, done.stderr[-2000:]
    assert "evaluation-crashed" not in done.stdout
    if code is not None:
        assert f'"code": "{code}"' in done.stdout, done.stdout[:2000]


def _many_systems(count: int) -> str:
    return HEAD + "systems:\n" + "".join(f"- {{id: s{i}, name: n, level: 5}}\n" for i in range(count))


def test_many_systems_are_evaluated_in_linear_time(tmp_path: Path) -> None:
    """12,000 systems (a 400 KB file, a tenth of the size cap) are evaluated in seconds.
    A per-system pass over every result (quadratic) needs minutes, and a 4 MiB file
    of 120,000 systems hours: one agency's file would stop the province's audit."""
    path = tmp_path / "systems.yaml"
    path.write_text(_many_systems(12_000), encoding="utf-8")
    started = time.monotonic()
    done = run_limited(["check", path, "--quiet", "--as-of", AS_OF, "--fail-on", "never"], tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert time.monotonic() - started < TIMEOUT


def test_many_findings_are_located_in_linear_time(tmp_path: Path) -> None:
    """40,000 unknown keys (a 500 KB file) are found in seconds; a linear search of the
    mapping for each key's line (quadratic) needs minutes."""
    path = tmp_path / "keys.yaml"
    path.write_text(
        HEAD.replace("agency: {name: A}\n", "")
        + ONE_SYSTEM
        + "agency:\n  name: A\n"
        + "".join(f"  k{i}: 1\n" for i in range(40_000)),
        encoding="utf-8",
    )
    done = run_limited(["validate", path, "--format", "json"], tmp_path)
    assert done.returncode == 1, done.stderr[-2000:]
    # the first 1,000 are listed (located), the rest counted (tests/test_limits.py)
    assert done.stdout.count('"code": "unknown-key"') == 1_000
    assert done.stdout.count('"code": "findings-omitted"') == 1 and "39000" in done.stdout


@settings(max_examples=4, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(
    pieces=st.lists(st.sampled_from(["huge", "deep", "wide", "aliases", "oddities"]), min_size=1, max_size=4),
    scale=st.integers(1, 4),
)
def test_large_mixed_files_stay_within_memory_and_time(
    tmp_path_factory: pytest.TempPathFactory, pieces: list[str], scale: int
) -> None:
    """Large files built from the costly shapes, a few hundred KB to a few MB each, under
    1 GiB of address space and 30 s: refused or read, never a crash."""
    folder = tmp_path_factory.mktemp("mixed")
    parts = [HEAD, ONE_SYSTEM]
    for index, piece in enumerate(pieces):
        if piece == "huge":
            parts.append(f'x-{index}: "{"ế" * 250_000 * scale}"\n')
        elif piece == "deep":
            parts.append(f"x-{index}: " + "[" * 30 * scale + "]" * 30 * scale + "\n")
        elif piece == "wide":
            parts.append(f"x-{index}: [" + ",".join(["1"] * 50_000 * scale) + "]\n")
        elif piece == "aliases":
            parts.append(
                f"x-{index}: &a{index} ["
                + ",".join(["x"] * 50)
                + "]\n"
                + "".join(f"x-{index}-{n}: *a{index}\n" for n in range(50 * scale))
            )
        else:
            parts.append(f'x-{index}: "' + "".join(ODDITIES[:6]) * 10_000 * scale + '"\n')
    path = folder / "mixed.yaml"
    path.write_text("".join(parts), encoding="utf-8")
    done = run_limited(["audit", folder, "--jobs", "1", "--format", "json", "--fail-on", "never"], folder)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    assert "Traceback" not in done.stderr and INTERNAL_ERROR not in done.stderr, done.stderr[-2000:]
