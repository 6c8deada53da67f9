"""Hardening, round 3 (issue 26): workbooks bounded by what they hold, hidden answer sheets,
YAML aliases by size, history files as untrusted input, bounded office outputs, interrupted
runs and private reports. Each test goes through the CLI and fails without its defence
(docs/security.md lists them)."""

from __future__ import annotations

import json
import os
import resource
import signal
import stat
import subprocess
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from conftest import FOURLAYER, ROOT
from workbooks import CONTENT_TYPES, ROOT_RELS, SHEET_HEAD

from fourlayer.authoring.workbook_writer import build_workbook
from fourlayer.model.checklist import load_checklist
from fourlayer.reading.loading import load_file

EXAMPLE = ROOT / "examples" / "xa-hung-dong.yaml"
MEMORY = 2 * 1024**3
SECONDS = 30
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
STRINGS_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)


def _limits() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (SECONDS, SECONDS))


def run_limited(
    args: list, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = SECONDS
) -> tuple[subprocess.CompletedProcess[str], float]:
    """``fourlayer ARGS`` in a child with 2 GiB of address space and 30 s of CPU, killed after
    30 s: the bound every command must keep on every input under the caps."""
    environment = {**os.environ, "FOURLAYER_LANG": "en", "NO_COLOR": "1", **(env or {})}
    start = time.monotonic()
    try:
        done = subprocess.run(
            [*FOURLAYER, *map(str, args)],
            cwd=cwd,
            env=environment,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            preexec_fn=_limits,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"fourlayer {' '.join(map(str, args))} still running after {timeout} s")
    return done, time.monotonic() - start


def json_codes(stdout: str) -> list[str]:
    report = json.loads(stdout)
    files = report.get("errors", []) + report.get("files", [])
    return [f["code"] for e in files for f in e.get("findings", [])]


# --- workbooks -------------------------------------------------------------------------------
def forged_workbook(
    path: Path, sheets: list[tuple[str, str, str]], parts: dict[str, bytes], strings: bytes | None = None
) -> Path:
    """An .xlsx written part by part. ``sheets``: (name, part, state) as the workbook lists
    them (the same part may be listed twice); ``parts``: part name → bytes."""
    targets = {part: f"rId{n}" for n, part in enumerate(dict.fromkeys(p for _, p, _ in sheets), start=1)}
    listing = "".join(
        f'<sheet name="{name}" sheetId="{n}" state="{state}" r:id="{targets[part]}"/>'
        for n, (name, part, state) in enumerate(sheets, start=1)
    )
    book = f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{TYPE[:-1]}"><sheets>{listing}</sheets></workbook>'
    rels = "".join(
        f'<Relationship Id="{rid}" Type="{TYPE}worksheet" Target="/{part}"/>' for part, rid in targets.items()
    )
    if strings is not None:
        rels += f'<Relationship Id="rIdS" Type="{TYPE}sharedStrings" Target="sharedStrings.xml"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            CONTENT_TYPES if strings is None else CONTENT_TYPES.replace("</Types>", STRINGS_TYPE + "</Types>"),
        )
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", book)
        archive.writestr(
            "xl/_rels/workbook.xml.rels", f'<?xml version="1.0"?><Relationships xmlns="{RELS}">{rels}</Relationships>'
        )
        if strings is not None:
            archive.writestr("xl/sharedStrings.xml", strings)
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def sheet_of(rows: list[str]) -> bytes:
    return SHEET_HEAD + b"<sheetData>" + "".join(rows).encode() + b"</sheetData></worksheet>"


def test_a_sheet_listed_many_times_is_read_once_or_refused(tmp_path):
    rows = [f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>x</t></is></c></row>' for n in range(1, 20_001)]
    parts = {"xl/worksheets/sheet1.xml": sheet_of(rows)}
    twice = forged_workbook(
        tmp_path / "twice.xlsx",
        [("A", "xl/worksheets/sheet1.xml", "visible"), ("B", "xl/worksheets/sheet1.xml", "visible")],
        parts,
    )
    many = forged_workbook(
        tmp_path / "many.xlsx", [(f"S{n}", "xl/worksheets/sheet1.xml", "visible") for n in range(2_000)], parts
    )
    assert many.stat().st_size < 200_000
    done, elapsed = run_limited(["validate", twice, "--format", "json"])
    assert done.returncode == 1 and json_codes(done.stdout) == ["workbook-sheet-repeated"], done.stdout
    done, elapsed = run_limited(["validate", many, "--format", "json"])
    assert done.returncode == 1 and json_codes(done.stdout) == ["workbook-too-many-sheets"], done.stdout
    assert elapsed < 10


def test_one_long_shared_string_in_every_row_is_counted_each_time(tmp_path):
    strings = (
        f'<?xml version="1.0"?><sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>'
        + "A" * 200_000
        + "</t></si></sst>"
    ).encode()
    rows = [
        f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c><c r="B{n}" t="s"><v>0</v></c></row>' for n in range(1, 20_001)
    ]
    path = forged_workbook(
        tmp_path / "strings.xlsx",
        [("S", "xl/worksheets/sheet1.xml", "visible")],
        {"xl/worksheets/sheet1.xml": sheet_of(rows)},
        strings,
    )
    for fmt in ("json", "console"):
        done, elapsed = run_limited(["check", path, "--format", fmt])
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr and elapsed < 10
    done, _ = run_limited(["check", path, "--format", "json"])
    report = json.loads(done.stdout)
    (problem,) = [f for e in report["errors"] for f in e["findings"]]
    assert problem["code"] == "workbook-too-much-text" and problem["line"] == 21  # 40 × 200,000 = the cap


def test_the_cost_follows_the_filled_cells_not_the_addresses(tmp_path):
    rows = [
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>x</t></is></c><c r="XFD{n}"/></row>' for n in range(1, 20_001)
    ]
    path = forged_workbook(
        tmp_path / "wide.xlsx",
        [("S", "xl/worksheets/sheet1.xml", "visible")],
        {"xl/worksheets/sheet1.xml": sheet_of(rows)},
    )
    done, elapsed = run_limited(["validate", path, "--format", "json"])
    assert "workbook-no-answers" in json_codes(done.stdout), done.stdout
    assert elapsed < 10  # 20,000 rows × 16,384 addresses was minutes


def test_stored_cells_past_the_cap_are_refused(tmp_path):
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(n) for n in range(1, 51)]
    rows = [
        f'<row r="{n}">' + "".join(f'<c r="{c}{n}" s="{n % 7}"/>' for c in letters) + "</row>" for n in range(1, 5_002)
    ]
    path = forged_workbook(
        tmp_path / "cells.xlsx",
        [("S", "xl/worksheets/sheet1.xml", "visible")],
        {"xl/worksheets/sheet1.xml": sheet_of(rows)},
    )
    done, _ = run_limited(["validate", path, "--format", "json"])
    assert json_codes(done.stdout) == ["workbook-too-many-cells"], done.stdout


DTD = b'<!DOCTYPE worksheet [<!ENTITY a "ANSWER">]>'


@pytest.mark.parametrize(
    "part, sheet",
    [
        # after 8 KiB of comment: a scan of the first 4 KiB missed it
        ("xl/worksheets/sheet1.xml", b'<?xml version="1.0"?><!--' + b" " * 8192 + b"-->" + DTD),
        # in a part whose name does not end in .xml
        ("xl/worksheets/sheet1.bin", b'<?xml version="1.0"?>' + DTD),
        # in UTF-16, after blanks
        ("xl/worksheets/sheet1.xml", ('<?xml version="1.0" encoding="UTF-16"?>\n\n' + DTD.decode()).encode("utf-16")),
    ],
)
def test_a_dtd_anywhere_in_the_prolog_of_any_part_is_refused(tmp_path, part, sheet):
    body = (
        SHEET_HEAD[21:].decode() + '<sheetData><row><c t="inlineStr"><is><t>&a;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    data = sheet + (body.encode("utf-16-le") if sheet.startswith(b"\xff\xfe") else body.encode())
    path = forged_workbook(tmp_path / "dtd.xlsx", [("S", part, "visible")], {part: data})
    done, _ = run_limited(["check", path, "--format", "json"])
    assert done.returncode == 2 and json_codes(done.stdout) == ["workbook-dtd"], done.stdout
    assert "ANSWER" not in done.stdout


def test_a_dtd_met_while_reading_a_sheet_is_refused_too(tmp_path):
    """The sheet parser refuses a DTD itself, not only the inspection before it."""
    from fourlayer.reading.workbook import reader

    rows = [f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>x</t></is></c></row>' for n in range(1, 3)]
    path = forged_workbook(
        tmp_path / "dtd.xlsx",
        [("S", "xl/worksheets/sheet1.xml", "visible")],
        {"xl/worksheets/sheet1.xml": b'<?xml version="1.0"?>' + DTD + sheet_of(rows)[21:]},
    )
    _, problems = reader._read_sheets(path.read_bytes(), "dtd.xlsx", reader.DEFAULT_WORKBOOK_LIMITS)
    assert [p.code for p in problems] == ["workbook-dtd"]


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_answer_sheet_is_a_located_error(tmp_path, state):
    import openpyxl

    path = tmp_path / "book.xlsx"
    path.write_bytes(build_workbook(load_checklist().checklist, load_file(EXAMPLE).data, "vi"))
    book = openpyxl.load_workbook(path)
    answers = next(s for s in book.worksheets if s.title == "Trả lời")
    copy = book.copy_worksheet(answers)
    copy.title = "Trả lời 2"
    copy.sheet_state = state
    book.save(path)
    done, _ = run_limited(["validate", path, "--format", "json"])
    report = json.loads(done.stdout)
    problems = [
        f
        for e in report.get("errors", []) + report.get("files", [])
        for f in e["findings"]
        if f["code"] == "workbook-hidden-sheet"
    ]
    assert done.returncode != 0 and len(problems) == 1, done.stdout
    assert "Trả lời 2" in problems[0]["message"] and problems[0]["line"] == 1


# --- YAML ------------------------------------------------------------------------------------
def test_aliases_are_budgeted_by_the_characters_they_repeat(tmp_path, cli):
    """300 aliases of one 100,000-character note are 30 M characters from a 100 KB file: far
    under the value cap (10,000), refused by the character cap (the file size cap, 4 MiB), at
    the alias that crosses it; raising --max-file-size raises it."""
    aliases = ", ".join(["*n"] * 300)
    path = tmp_path / "notes.yaml"
    path.write_text(
        "schema_version: 1\nagency: {name: A}\nassessed_on: 2026-09-30\n"
        f'x-note: &n "{"A" * 100_000}"\nnotes: [{aliases}]\n',
        encoding="utf-8",
    )
    result = cli(["validate", path, "--format", "json", "--lang", "en"])
    (problem,) = [f for e in json.loads(result.stdout)["files"] for f in e["findings"]]
    assert problem["code"] == "alias-text" and problem["line"] == 5
    assert problem["column"] == len("notes: [") + 1 + 41 * len("*n, ")  # the 42nd alias: 4.2 M > 4 MiB
    assert "characters" in problem["message"]
    raised = cli(["validate", path, "--format", "json", "--max-file-size", "64000000"])
    assert "alias-text" not in raised.stdout


# --- outputs ---------------------------------------------------------------------------------
TEN_THOUSAND = "schema_version: 1\nagency: {name: A}\nassessed_on: 2026-09-30\nsystems:\n" + "".join(
    f"- {{id: s{i}, name: n, level: 3}}\n" for i in range(10_000)
)
OFFICE_BOUNDS = {"html": 5_000_000, "xlsx": 5_000_000, "docx": 2_000_000}


@pytest.mark.parametrize("fmt", sorted(OFFICE_BOUNDS))
def test_office_formats_are_bounded_for_ten_thousand_systems(tmp_path, fmt):
    """180,000 failing pairs: HTML wrote a 226 MB page (29 s, 1.3 GB), docx took 85 s and
    3.6 GB, xlsx over two minutes. Each now lists what a reader can use and counts the rest."""
    path = tmp_path / "systems.yaml"
    path.write_text(TEN_THOUSAND, encoding="utf-8")
    out = tmp_path / f"report.{fmt}"
    done, _ = run_limited(["check", path, "--format", fmt, "--as-of", "2026-11-01", "--fail-on", "never", "-o", out])
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.stat().st_size < OFFICE_BOUNDS[fmt], out.stat().st_size
    if fmt == "html":
        assert "more; see them all with --format json" in out.read_text(encoding="utf-8")
    else:
        with zipfile.ZipFile(out) as archive:
            body = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xml"))
        assert b"more; see them all with --format json" in body


def test_a_long_word_in_a_note_is_wrapped_in_linear_time(tmp_path):
    """A note of one 2-million-character word: the console cut it quadratically (over a minute)."""
    path = tmp_path / "word.yaml"
    path.write_text(
        "schema_version: 1\nagency: {name: A}\nassessed_on: 2026-09-30\nsystems:\n"
        "- {id: p, name: n, level: 2}\ncontrols:\n"
        f'  L1.01: {{status: not_implemented, note: "{"W" * 2_000_000}"}}\n',
        encoding="utf-8",
    )
    done, elapsed = run_limited(["check", path, "--as-of", "2026-11-01"], env={"COLUMNS": "100"})
    assert done.returncode == 1, done.stderr[-2000:]
    assert "W" * 90 in done.stdout and "W" * 101 not in done.stdout  # whole lines of it, none past 100
    assert elapsed < 15


def _agency(name: str) -> str:
    quoted = json.dumps(name)
    return (
        f"schema_version: 1\nagency: {{name: {quoted}}}\nassessed_on: 2026-09-30\n"
        f"systems:\n- {{id: p, name: {quoted}, level: 2}}\n"
        f"controls:\n  L1.01: {{status: not_implemented, note: {quoted}}}\n"
    )


@pytest.mark.parametrize(
    "name, shown",
    [
        ("Sở \x01\x0b\ufffe\uffff A\x7f\x85", b"\\ufffe"),  # characters XML forbids: escaped, visibly
        ("Sở " + "Rất dài " * 5_000, "Rất dài Rất dài".encode()),  # 40,000 characters: a document property holds 255
    ],
)
@pytest.mark.parametrize("command", ["check", "audit"])
@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_office_documents_take_any_agency_name(tmp_path, cli, name, shown, command, fmt):
    from xml.parsers import expat

    path = tmp_path / "a.yaml"
    path.write_text(_agency(name), encoding="utf-8")
    out = tmp_path / f"report.{fmt}"
    result = cli([command, path, "--format", fmt, "--as-of", "2026-11-01", "-o", out])
    assert result.exit_code == 1, result.stderr
    with zipfile.ZipFile(out) as archive:
        parts = [archive.read(n) for n in archive.namelist() if n.endswith((".xml", ".rels"))]
    for part in parts:
        expat.ParserCreate().Parse(part, True)  # every part well-formed XML 1.0
    assert any(shown in part for part in parts)


def test_convert_reports_text_past_a_cells_limit_instead_of_cutting_it(tmp_path, cli):
    path = tmp_path / "a.yaml"
    path.write_text(_agency("A").replace('note: "A"', f'note: "{"N" * 40_000}"'), encoding="utf-8")
    out = tmp_path / "a.xlsx"
    result = cli(["convert", path, "-o", out, "--lang", "en"])
    assert result.exit_code == 2 and not out.exists()
    assert "40000 characters, more than the 32767 an Excel cell holds; it is not cut" in result.stderr
    assert "(sheet Answers, cell " in result.stderr


def test_convert_refuses_a_workbook_it_would_not_read_back(tmp_path):
    path = tmp_path / "systems.yaml"
    path.write_text(TEN_THOUSAND, encoding="utf-8")
    out = tmp_path / "systems.xlsx"
    done, elapsed = run_limited(["convert", path, "-o", out])
    assert done.returncode == 2 and not out.exists()
    assert "fourlayer reads at most 20000 rows of a sheet" in done.stderr
    assert elapsed < 10  # writing it took 40 s


# --- interrupted runs ---------------------------------------------------------------------------
WAIT = 180
"""Seconds a child may take to reach the point where it is signalled, and to stop after it:
a bound against a hang, never a timing the test relies on (a loaded machine is slow)."""


def _files_below(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _limited_with_ctrl_c() -> None:  # pragma: no cover - runs in the child
    """The limits of ``run_limited``, and Ctrl-C acting as in a terminal: a shell running the
    suite in the background (``pytest &``, a CI script) starts it with SIGINT ignored, and a
    child inherits that."""
    _limits()
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("stop, code", [(signal.SIGTERM, 128 + signal.SIGTERM), (signal.SIGINT, 130)])
def test_an_interrupted_run_leaves_no_temporary_file_and_the_previous_report(tmp_path, stop, code):
    """A cancelled CI job (SIGTERM) or Ctrl-C while an xlsx report is written: XlsxWriter's
    row files (hundreds of MB for a large report) and the report's own temporary file go,
    and the previous report stays as it was.

    The signal is sent once XlsxWriter's row files exist in the workbook's scratch folder:
    the run is then writing the workbook, whatever the machine's load. (Any file under
    TMPDIR is not that sign: the first temporary name a process asks for, Python's tempfile
    makes a file there and removes it at once, to test the folder, before the workbook
    exists.) The moments around it are signalled in process below."""
    path = tmp_path / "systems.yaml"
    path.write_text(TEN_THOUSAND, encoding="utf-8")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    report = out / "report.xlsx"
    report.write_bytes(b"PREVIOUS")
    environment = {**os.environ, "TMPDIR": str(scratch), "FOURLAYER_LANG": "en"}
    child = subprocess.Popen(
        [
            *FOURLAYER,
            "check",
            str(path),
            "--format",
            "xlsx",
            "--as-of",
            "2026-11-01",
            "--fail-on",
            "never",
            "-o",
            str(report),
        ],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=_limited_with_ctrl_c,  # noqa: PLW1509 - the suite starts no thread
    )
    deadline = time.monotonic() + WAIT
    try:
        while not list(scratch.glob("fourlayer-xlsx-*/*")):  # XlsxWriter's row files
            assert child.poll() is None, "the run ended before it could be interrupted"
            assert time.monotonic() < deadline, "the workbook was not begun"
            time.sleep(0.005)
        child.send_signal(stop)
        _, err = child.communicate(timeout=WAIT)
    finally:
        if child.poll() is None:  # pragma: no cover - only when an assertion above failed
            child.kill()
            child.communicate()
    assert child.returncode == code, err
    assert b"Traceback" not in err
    assert _files_below(scratch) == [] and list(scratch.iterdir()) == []
    assert list(out.iterdir()) == [report] and report.read_bytes() == b"PREVIOUS"


def _then_terminated(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function``, with SIGTERM sent to the run the moment it returns."""

    def signalled(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGTERM)
        return result

    return signalled


@pytest.mark.parametrize(
    "fmt, module, name",
    [
        ("xlsx", tempfile, "mkdtemp"),  # the workbook's scratch folder is made
        ("xlsx", xlsxwriter, "Workbook"),  # XlsxWriter's workbook is set up in it
        ("json", tempfile, "mkstemp"),  # the report's temporary file is made
    ],
)
def test_a_signal_as_a_temporary_file_is_made_leaves_nothing(tmp_path, cli, monkeypatch, fmt, module, name):
    """SIGTERM falling between the making of a temporary file or folder and the code that
    removes it (a few statements, hit by chance on a loaded machine) still leaves nothing
    behind and the previous report whole: exit 143, as anywhere else in the run."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    report = out / f"report.{fmt}"
    report.write_bytes(b"PREVIOUS")
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setattr(module, name, _then_terminated(getattr(module, name)))
    result = cli(["check", EXAMPLE, "--format", fmt, "--as-of", "2026-11-01", "-o", report, "--lang", "en"])
    assert result.exit_code == 128 + signal.SIGTERM, result.stderr
    assert "Traceback" not in result.stderr
    assert list(scratch.iterdir()) == []
    assert list(out.iterdir()) == [report] and report.read_bytes() == b"PREVIOUS"


# --- confidential by default --------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["json", "html", "xlsx", "docx"])
def test_a_report_written_under_umask_022_is_readable_by_its_owner_only(tmp_path, cli, fmt):
    """A gap report maps where a state system is weak: a new one is the owner's only; one
    shared on purpose (chmod once) keeps its permissions when written again."""
    out = tmp_path / f"report.{fmt}"
    old = os.umask(0o022)
    try:
        assert cli(["check", EXAMPLE, "--format", fmt, "-o", out]).exit_code in (0, 1)
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        out.chmod(0o640)
        assert cli(["check", EXAMPLE, "--format", fmt, "-o", out]).exit_code in (0, 1)
        assert stat.S_IMODE(out.stat().st_mode) == 0o640
    finally:
        os.umask(old)


def test_a_new_history_file_is_readable_by_its_owner_only(tmp_path, cli):
    history = tmp_path / "lich-su.sqlite"
    old = os.umask(0o022)
    try:
        result = cli(["audit", EXAMPLE, "--record", history, "--round", "2026-Q3", "--as-of", "2026-11-01"])
    finally:
        os.umask(old)
    assert history.exists(), result.stderr
    assert stat.S_IMODE(history.stat().st_mode) == 0o600


# --- history files: untrusted input ---------------------------------------------------------------
def _recorded(tmp_path, cli, label="2026-Q3") -> Path:
    history = tmp_path / "lich-su.sqlite"
    result = cli(["audit", EXAMPLE, "--record", history, "--round", label, "--as-of", "2026-11-01"])
    assert history.exists(), result.stderr
    return history


def _tamper(history: Path, *statements: str) -> bytes:
    import sqlite3

    connection = sqlite3.connect(history, isolation_level=None)
    try:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()
    return history.read_bytes()


PLANTED = {
    # every later round's agencies stored as compliant, whatever the audit found
    "trigger": "CREATE TRIGGER falsify AFTER INSERT ON agencies BEGIN "
    "UPDATE agencies SET verdict = 'compliant', score = 100 WHERE id = new.id; END",
    "view": "CREATE VIEW every_round AS SELECT * FROM rounds",
    "table": "CREATE TABLE notes (x)",
    "index": "CREATE INDEX agencies_name ON agencies(name)",
    "column": "ALTER TABLE agencies ADD COLUMN extra TEXT DEFAULT 'x'",
}


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_a_history_with_a_planted_object_is_refused_before_anything_runs(tmp_path, cli, kind):
    history = _recorded(tmp_path, cli)
    before = _tamper(history, PLANTED[kind])
    shown = cli(["history", history, "--format", "json", "--lang", "en"])
    assert shown.exit_code == 2 and shown.stdout == "", shown.stdout
    assert "is not a history as fourlayer writes it" in shown.stderr, shown.stderr
    recorded = cli(
        [
            "audit",
            EXAMPLE,
            "--record",
            history,
            "--round",
            "2026-Q4",
            "--as-of",
            "2026-11-01",
            "--format",
            "json",
            "--lang",
            "en",
        ]
    )
    assert recorded.exit_code == 2 and recorded.stdout == "", recorded.stdout  # refused before the audit runs
    assert "is not a history as fourlayer writes it" in recorded.stderr
    assert history.read_bytes() == before


def test_a_history_migrated_from_an_older_schema_passes_the_check():
    """The expected schema of each version is derived from the store's own statements: a
    version-1 file, and one migrated from it, are exactly what the check expects."""
    import sqlite3

    from fourlayer.rounds import history_store as store

    migrated = sqlite3.connect(":memory:")
    for statement in store.SCHEMA.split(";"):
        if statement.strip():
            migrated.execute(statement)
    assert {row[1] for row in migrated.execute("SELECT * FROM sqlite_schema")} >= {"rounds", "roster"}
    older = store.expected_schema(store.SCHEMA_VERSION - 1)
    assert "roster" not in {name for _, name, _, _ in older}
    assert store.expected_schema(store.SCHEMA_VERSION) != older
    replayed = sqlite3.connect(":memory:")
    for _, _, _, sql in sorted(older, key=lambda item: item[0] != "table"):
        if sql is not None:
            replayed.execute(sql)
    for step in store.MIGRATIONS[store.SCHEMA_VERSION - 1]:
        replayed.execute(step)
    found = frozenset(
        (k, n, t, store._normal_sql(s))
        for k, n, t, s in replayed.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema")
    )
    assert found == store.expected_schema(store.SCHEMA_VERSION)


@pytest.mark.parametrize(
    "statement, table, column",
    [
        ("UPDATE agencies SET score = 'đạt' WHERE id = 1", "agencies", "score"),
        ("UPDATE agencies SET score = 1e999 WHERE id = 1", "agencies", "score"),  # Infinity: never into JSON
        ("UPDATE agencies SET verdict = 'excellent' WHERE id = 1", "agencies", "verdict"),
        ("UPDATE rounds SET as_of = '2026-02-30' WHERE id = 1", "rounds", "as_of"),
        ("UPDATE rounds SET agencies = -5 WHERE id = 1", "rounds", "agencies"),
        ("UPDATE layers SET layer = 9 WHERE agency_id = 1 AND layer = 1", "layers", "layer"),
        ("UPDATE agencies SET round_id = 77 WHERE id = 1", "agencies", "round_id"),
        ("UPDATE agencies SET name = x'00ff' WHERE id = 1", "agencies", "name"),
    ],
)
def test_a_stored_value_of_the_wrong_type_or_range_is_a_refusal_naming_table_and_row(
    tmp_path, cli, statement, table, column
):
    history = _recorded(tmp_path, cli)
    _tamper(history, statement)
    for fmt in ("json", "console", "html"):
        shown = cli(["history", history, "--format", fmt, "--lang", "en"])
        assert shown.exit_code == 2 and "Internal error" not in shown.stderr, shown.stderr
        assert f"table {table}, row " in shown.stderr and f"column {column} holds a value" in shown.stderr
        assert "Infinity" not in shown.stdout


def test_queries_on_a_history_have_a_time_budget(tmp_path, cli, monkeypatch):
    from fourlayer.rounds import history_store

    history = _recorded(tmp_path, cli)
    monkeypatch.setattr(history_store, "QUERY_SECONDS", -1.0)
    monkeypatch.setattr(history_store, "PROGRESS_STEPS", 1)
    shown = cli(["history", history, "--lang", "en"])
    assert shown.exit_code == 2 and "took more than" in shown.stderr, shown.stderr


# --- recording: links, writability, labels, paths ------------------------------------------------
def test_record_refuses_a_link_and_a_special_file(tmp_path, cli):
    other = tmp_path / "ghi-chu.txt"
    other.write_bytes(b"")
    link = tmp_path / "lich-su.sqlite"
    link.symlink_to(other)
    result = cli(["audit", EXAMPLE, "--record", link, "--round", "2026-Q3", "--lang", "en", "--format", "json"])
    assert result.exit_code == 2 and result.stdout == "" and "is a symbolic link" in result.stderr, result.stderr
    assert other.read_bytes() == b""  # the link's target was turned into a history before
    fifo = tmp_path / "fifo.sqlite"
    os.mkfifo(fifo)
    result = cli(["audit", EXAMPLE, "--record", fifo, "--round", "2026-Q3", "--lang", "en"])
    assert result.exit_code == 2 and "is not a regular file" in result.stderr, result.stderr


def test_a_history_that_cannot_be_written_is_refused_before_the_audit_runs(tmp_path, cli, monkeypatch):
    """Found after the audit, the audit's own report was lost. Root may write anything:
    the refusal is injected at os.access, as the file-safety tests do."""
    from fourlayer.rounds import history_store

    history = _recorded(tmp_path, cli)
    before = history.read_bytes()
    real = os.access
    monkeypatch.setattr(
        history_store.os,
        "access",
        lambda path, mode: False if Path(path) == history and mode & os.W_OK else real(path, mode),
    )
    report = tmp_path / "report.json"
    result = cli(["audit", EXAMPLE, "--record", history, "--round", "2026-Q4", "--lang", "en", "-o", report])
    assert result.exit_code == 2 and "Cannot write the history file" in result.stderr, result.stderr
    assert not report.exists() and history.read_bytes() == before


@pytest.mark.parametrize("again", ["2026-Q3 ", " 2026-Q3", "2026\u200b-Q3", "2026-\u00adQ3", "2026-Q3\ufeff"])
def test_round_labels_that_print_alike_are_one_label(tmp_path, cli, again):
    history = _recorded(tmp_path, cli, "2026-Q3")
    result = cli(["audit", EXAMPLE, "--record", history, "--round", again, "--lang", "en", "--as-of", "2026-11-01"])
    assert result.exit_code == 2 and "already" in result.stderr, result.stderr
    replaced = cli(
        [
            "audit",
            EXAMPLE,
            "--record",
            history,
            "--round",
            again,
            "--replace-round",
            "--lang",
            "en",
            "--as-of",
            "2026-11-01",
        ]
    )
    assert replaced.exit_code in (0, 1), replaced.stderr
    rounds = json.loads(cli(["history", history, "--format", "json"]).stdout)["rounds"]
    assert [r["round"] for r in rounds] == ["2026-Q3"]


def test_a_line_feed_in_the_record_path_starts_no_workflow_command(tmp_path, cli):
    history = tmp_path / "h\n::error::forged.sqlite"
    result = cli(
        [
            "audit",
            EXAMPLE,
            "--record",
            history,
            "--round",
            "2026-Q3",
            "--as-of",
            "2026-11-01",
            "--lang",
            "en",
            "--format",
            "json",
        ]
    )
    assert result.exit_code in (0, 1), result.stderr
    assert not any(line.lstrip().startswith("::") for line in result.stderr.splitlines()), result.stderr
    assert "\\n" in result.stderr


def test_the_history_keeps_paths_relative_to_the_audited_folder(tmp_path, cli):
    import shutil
    import sqlite3

    folder = tmp_path / "home" / "nguyen.van.a" / "so-y-te"
    (folder / "quy-3").mkdir(parents=True)
    shutil.copy(EXAMPLE, folder / "quy-3" / "xa.yaml")
    single = tmp_path / "home" / "nguyen.van.a" / "mot.yaml"
    shutil.copy(EXAMPLE, single)
    history = tmp_path / "lich-su.sqlite"
    for label, target in (("2026-Q3", folder), ("2026-Q4", single)):
        cli(["audit", target, "--record", history, "--round", label, "--as-of", "2026-11-01"])
    sources = [row[0] for row in sqlite3.connect(history).execute("SELECT source FROM agencies ORDER BY id")]
    assert sources == [os.path.join("quy-3", "xa.yaml"), "mot.yaml"]


# --- small defects ----------------------------------------------------------------------------
def test_a_history_whose_name_is_not_utf8_is_recorded_and_read(tmp_path, cli):
    raw = os.fsencode(tmp_path) + b"/l\xf6ch-su.sqlite"
    history = os.fsdecode(raw)
    result = cli(["audit", EXAMPLE, "--record", history, "--round", "2026-Q3", "--as-of", "2026-11-01"])
    assert "Internal error" not in result.stderr and result.exit_code in (0, 1), result.stderr
    assert os.path.exists(raw)
    shown = cli(["history", history, "--format", "json"])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["rounds"], shown.stderr


def test_a_roster_field_past_the_csv_limit_is_a_located_refusal(tmp_path, cli):
    roster = tmp_path / "danh-sach.csv"
    roster.write_text("code,name\nA1," + "N" * 200_000 + "\n", encoding="utf-8")
    result = cli(["audit", EXAMPLE, "--roster", roster, "--lang", "en"])
    assert result.exit_code == 2 and "Internal error" not in result.stderr, result.stderr
    assert "longer than 131072 characters" in result.stderr and "danh-sach.csv:2" in result.stderr
