"""Rounds told one way everywhere (audit, roster, history, diff): a broken file or a
spreadsheet in another format is never "not submitted"; "chưa nộp" means the roster's list
everywhere, the round's roster is recorded in the history file (schema version 2, migrated
from version 1), and an agency whose code was dropped between rounds is one agency in
``history`` as in ``diff``.

Through the real command line; the checklist is pinned (``tests/data/audit/checklist.yaml``)
so that no expectation depends on the bundled default."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import jsonschema
import pytest
from conftest import run_cli

from fourlayer.reporting import formats
from fourlayer.resources import schema
from fourlayer.rounds.history_store import SCHEMA_VERSION

DATA = Path(__file__).parent / "data" / "audit"
CHECKLIST_FILE = DATA / "checklist.yaml"
ROUND = DATA / "round"
Q3 = ROUND / "q3"
ROSTER = ROUND / "roster.csv"
BASE = ["--checklist", CHECKLIST_FILE, "--as-of", "2026-10-15"]
KY_ANH = "000.10.07.H40"  # UBND xã Con Cuông on the roster: it sends no file in Q3


def _json(text: str, name: str = "audit") -> dict:
    data = json.loads(text)
    jsonschema.Draft202012Validator(schema(name)).validate(data)
    return data


def _ods() -> bytes:
    """A minimal OpenDocument spreadsheet: a zip whose first member is the stored mimetype."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


XLS = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
BROKEN_YAML = (
    'schema_version: 1\nagency:\n  name: "UBND xã Con Cuông"\n  code: "000.10.07.H40"\n'
    "assessed_on: 2026-09-30\nsystems: [\n  - id: a: b\n"
)


def _round(tmp_path: Path, name: str, content: bytes | str) -> Path:
    folder = tmp_path / "q3"
    shutil.copytree(Q3, folder)
    target = folder / name
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")
    return folder


# --- a broken file is never "not submitted" ---------------------------------------------------
@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("bai-nop.yaml", BROKEN_YAML, "yaml-syntax"),  # the agency read from the text YAML could not parse
        (f"{KY_ANH}-2026-Q3.ods", _ods(), "spreadsheet-other-format"),  # matched by the code in its name
        ("ubnd-xa-con-cuong.xls", XLS, "spreadsheet-other-format"),  # matched by its name without accents
        ("ubnd-xa-con-cuong.csv", "a;b\n1;2\n", "spreadsheet-other-format"),
    ],
)
def test_a_file_that_cannot_be_read_is_submitted_never_not_submitted(tmp_path, name, content, code):
    folder = _round(tmp_path, name, content)
    data = _json(run_cli(["audit", folder, *BASE, "--roster", ROSTER, "--format", "json"]).stdout)
    assert [e["name"] for e in data["roster"]["unreadable"]] == ["UBND xã Con Cuông"]
    assert "UBND xã Con Cuông" not in [m["name"] for m in data["roster"]["missing"]]
    error = next(e for e in data["errors"] if e["source"].endswith(name))
    assert error["findings"][0]["code"].startswith(code.split("-")[0])
    for lang, said, never in (
        ("vi", "Đã nộp, tệp không đọc được (1):", "UBND xã Con Cuông (000.10.07.H40)\n"),
        ("en", "Submitted, file could not be read (1):", None),
    ):
        out = run_cli(["audit", folder, *BASE, "--roster", ROSTER, "--lang", lang]).stdout
        assert said in out
        missing = out[out.index("Chưa nộp (2):" if lang == "vi" else "Not submitted (2):") :].split("\n\n")[0]
        assert "Con Cuông" not in missing
        if never:
            listed = out[out.index(said) :].split("\n\n")[0]
            assert "UBND xã Con Cuông (000.10.07.H40):" in listed


def test_the_docx_never_says_a_broken_files_agency_did_not_submit(tmp_path):
    docx = pytest.importorskip("docx")
    folder = _round(tmp_path, "bai-nop.yaml", BROKEN_YAML)
    out = tmp_path / "r.docx"
    run_cli(["audit", folder, *BASE, "--roster", ROSTER, "--format", "docx", "-o", out])
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "UBND xã Con Cuông (000.10.07.H40): chưa nộp" not in text
    assert "UBND xã Con Cuông: đã nộp, tệp không đọc được" in text


@pytest.mark.parametrize("suffix", [".ods", ".xls", ".csv"])
def test_other_spreadsheets_are_found_and_told_to_save_as_xlsx(tmp_path, suffix):
    content = {".ods": _ods(), ".xls": XLS, ".csv": b"a,b\n"}[suffix]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"x{suffix}").write_bytes(content)
    for command in ("validate", "check"):
        result = run_cli([command, folder, "--lang", "en"])
        assert result.exit_code in (1, 2)
        said = " ".join((result.stdout + result.stderr).split())
        assert "Excel Workbook (*.xlsx)" in said and "UTF-8" not in said
    renamed = folder / "renamed.yaml"  # by content: an .ods renamed is still an .ods
    renamed.write_bytes(_ods() if suffix != ".xls" else XLS)
    said = run_cli(["validate", renamed, "--lang", "en"]).stdout
    assert "spreadsheet" in said and "UTF-8" not in said


def test_the_roster_file_inside_the_folder_is_no_submission(tmp_path):
    folder = tmp_path / "q3"
    shutil.copytree(Q3, folder)
    shutil.copy(ROSTER, folder / "danh-sach.csv")
    data = _json(run_cli(["audit", folder, *BASE, "--roster", folder / "danh-sach.csv", "--format", "json"]).stdout)
    assert not data["errors"]


# --- the history file keeps each round's roster ------------------------------------------------
V2_COLUMNS = {
    "meta": ["key", "value"],
    "rounds": [
        "id",
        "label",
        "as_of",
        "checklist_id",
        "checklist_version",
        "waivers",
        "files",
        "agencies",
        "errors",
        "tool_version",
        "roster_source",
    ],
    "agencies": [
        "id",
        "round_id",
        "position",
        "identity",
        "name",
        "code",
        "province",
        "source",
        "sha256",
        "assessed_on",
        "checklist_id",
        "checklist_version",
        "verdict",
        "score",
    ],
    "layers": ["agency_id", "layer", "status", "score"],
    "results": ["agency_id", "control", "system", "outcome", "reasons"],
    "errors": ["round_id", "position", "source", "code", "agency_name", "agency_code"],
    "roster": ["round_id", "position", "name", "code", "status", "source"],
}


def _columns(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
        return {t: [c[1] for c in db.execute(f"PRAGMA table_info({t})")] for t in tables}


def test_record_keeps_the_rounds_roster_and_history_shows_its_list(tmp_path):
    history = tmp_path / "h.sqlite"
    folder = _round(tmp_path, "bai-nop.yaml", BROKEN_YAML)
    result = run_cli(["audit", folder, *BASE, "--roster", ROSTER, "--record", history, "--round", "Quý 3/2026"])
    assert result.exit_code == 1, result.stderr
    assert SCHEMA_VERSION == 2 and _columns(history) == V2_COLUMNS
    with sqlite3.connect(history) as db:
        statuses = dict(db.execute("SELECT name, status FROM roster ORDER BY position"))
        errors = db.execute("SELECT agency_name, agency_code FROM errors").fetchall()
    assert statuses["UBND xã Con Cuông"] == "unreadable" and statuses["Sở Công Thương"] == "missing"
    assert list(statuses.values()).count("missing") == 2 and errors == [("UBND xã Con Cuông", KY_ANH)]
    audit = _json(run_cli(["audit", folder, *BASE, "--roster", ROSTER, "--format", "json"]).stdout)
    data = _json(run_cli(["history", history, "--format", "json"]).stdout, "history")
    roster = data["rounds"][0]["roster"]
    assert [m["name"] for m in roster["not_submitted"]] == [m["name"] for m in audit["roster"]["missing"]]
    assert [m["name"] for m in roster["unreadable"]] == ["UBND xã Con Cuông"]
    out = " ".join(run_cli(["history", history]).stdout.split())
    assert "Chưa nộp (theo danh sách cơ quan của đợt Quý 3/2026): 2" in out
    assert "Đã nộp, tệp không đọc được (đợt Quý 3/2026): 1" in out


def _v1_history(path: Path) -> None:
    """A history file as fourlayer wrote it before schema version 2."""
    from fourlayer.rounds import history_store

    schema_v1 = history_store.SCHEMA
    schema_v1 = schema_v1.replace(",\n  roster_source     TEXT\n", "\n")
    schema_v1 = schema_v1.replace(",\n  agency_name TEXT,\n  agency_code TEXT\n", "\n")
    schema_v1 = schema_v1[: schema_v1.index("CREATE TABLE roster")]
    with sqlite3.connect(path) as db:
        db.executescript(schema_v1)
        db.execute(f"PRAGMA application_id = {history_store.APPLICATION_ID}")
        db.execute("PRAGMA user_version = 1")
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("format", "fourlayer-history"), ("schema_version", "1")])
        db.execute("INSERT INTO rounds VALUES (1, 'Q2', '2026-06-30', 'audit-test', '1', 'applied', 0, 0, 0, '0')")
    db.close()


def test_a_version_1_history_is_read_as_it_is_and_migrated_when_a_round_is_recorded(tmp_path):
    history = tmp_path / "old.sqlite"
    _v1_history(history)
    before = history.read_bytes()
    data = _json(run_cli(["history", history, "--format", "json"]).stdout, "history")
    assert data["rounds"][0]["roster"] is None and history.read_bytes() == before  # read, never written
    result = run_cli(["audit", Q3, *BASE, "--roster", ROSTER, "--record", history, "--round", "Q3"])
    assert result.exit_code == 1, result.stderr
    assert _columns(history) == V2_COLUMNS
    with sqlite3.connect(history) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2
        assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "2"
        assert db.execute("SELECT roster_source FROM rounds WHERE label = 'Q2'").fetchone()[0] is None
    rounds = _json(run_cli(["history", history, "--format", "json"]).stdout, "history")["rounds"]
    assert rounds[0]["roster"] is None and len(rounds[1]["roster"]["not_submitted"]) == 3


# --- one agency across rounds, whatever happened to its code -----------------------------------
def test_an_agency_whose_code_is_dropped_is_one_agency_in_history_as_in_diff(tmp_path):
    q4 = tmp_path / "q4"
    shutil.copytree(Q3, q4)
    path = q4 / "so-y-te.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(', code: "000.00.01.H40"', ""), encoding="utf-8")
    history = tmp_path / "h.sqlite"
    for folder, label in ((Q3, "Q3"), (q4, "Q4")):
        assert run_cli(["audit", folder, *BASE, "--record", history, "--round", label]).exit_code == 1
    data = _json(run_cli(["history", history, "--format", "json"]).stdout, "history")
    health = [a for a in data["agencies"] if a["agency"]["name"] == "Sở Y tế"]
    assert len(health) == 1 and sorted(health[0]["rounds"]) == ["Q3", "Q4"]
    assert data["rounds"][1]["absent"] == []
    diff = json.loads(run_cli(["diff", Q3, q4, *BASE, "--format", "json"]).stdout)
    assert not diff["gone"] and not diff["new_agencies"]


# --- every format of every command on a mixed-version input (v1 + v2 files) --------------------
MIXED = Path(__file__).parent / "data" / "mixed"
SARIF_SCHEMA = Path(__file__).parent / "data" / "ci" / "sarif-schema-2.1.0.json"
AS_OF = ["--as-of", "2026-11-01"]


def _mixed_history(tmp_path: Path) -> Path:
    history = tmp_path / "mixed.sqlite"
    for folder, label, day in (("q3", "Q3", "2026-10-31"), ("q4", "Q4", "2026-11-01")):
        done = run_cli(["audit", MIXED / folder, "--as-of", day, "--record", history, "--round", label])
        assert done.exit_code in (0, 1), done.stderr
    return history


def _mixed_args(command: str, tmp_path: Path) -> list[str] | None:
    """The command's arguments on the mixed input; None for a command that reads no assessment
    (then it runs once per checklist version of the mix)."""
    q3, q4 = MIXED / "q3", MIXED / "q4"
    return {
        "check": [*sorted(map(str, q3.glob("*.yaml"))), *AS_OF],
        "validate": sorted(map(str, q3.glob("*.yaml"))),
        "audit": [q3, q4, *AS_OF],
        "diff": [q3 / "so-y-te.yaml", q4 / "so-y-te.yaml", *AS_OF, "--allow-checklist-change"],
        "diff rounds": [q3, q4, "--allow-checklist-change"],
        "history": [_mixed_history(tmp_path)],
        "init": None,
        "checklist list": None,
        "checklist show": None,
        "checklist lint": None,
    }[command]


def _per_version(command: str, version: str, tmp_path: Path) -> list[str]:
    if command == "init":
        return ["--version", version, "--agency", "Sở Y tế", "--system", "portal:Cổng thông tin:2"]
    if command == "checklist show":
        return ["L1.01", "--version", version]
    if command == "checklist lint":
        return [
            str(
                Path(__file__).parents[1]
                / "checklists"
                / ("four-layer.yaml" if version == "1" else f"four-layer-v{version}.yaml")
            )
        ]
    return ["--version", version]


def _check_output(entry, data: bytes, text: str) -> None:
    if entry.name == "json":
        json.loads(text)
    elif entry.name == "sarif":
        log = json.loads(text)
        jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(log)
    elif entry.name == "xlsx" and entry.binary:
        openpyxl = pytest.importorskip("openpyxl")
        assert openpyxl.load_workbook(io.BytesIO(data)).sheetnames
    elif entry.name == "docx":
        docx = pytest.importorskip("docx")
        assert docx.Document(io.BytesIO(data)).paragraphs
    else:
        assert data or text


TABLE = [(command, entry) for command, table in formats.TABLES.items() for entry in table]


@pytest.mark.parametrize(("command", "entry"), TABLE, ids=[f"{c}-{e.name}" for c, e in TABLE])
def test_every_format_of_every_command_runs_on_a_mixed_version_input(tmp_path, command, entry):
    args = _mixed_args(command, tmp_path)
    words = (command if command != "diff rounds" else "diff").split()
    runs = [args] if args is not None else [_per_version(command, v, tmp_path) for v in ("1", "2")]
    for number, extra in enumerate(runs):
        out = tmp_path / f"out{number}.{entry.name}"
        to_file = entry.binary or command == "init"  # init writes a file
        wanted = [*words, *map(str, extra), "--format", entry.name, *(["-o", str(out)] if to_file else [])]
        result = run_cli(wanted)
        assert result.exit_code in (0, 1), (wanted, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr and "internal" not in result.stderr.lower(), result.stderr
        data = out.read_bytes() if to_file else result.stdout.encode("utf-8")
        if entry.name == "github" and command == "validate":
            continue  # valid files: GitHub annotations are for problems, none to write
        _check_output(entry, data, data.decode("utf-8", "replace") if not entry.binary else "")


# --- the same agencies and the same means, however two rounds are compared ---------------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

POOL = sorted(p for p in Q3.rglob("*.yaml") if "(1)" not in p.name)
STATUSES = ("implemented", "partial", "not_implemented")
FILE = st.tuples(st.sampled_from(range(len(POOL))), st.booleans(), st.sampled_from(STATUSES), st.integers(0, 3))


def _write_round(folder: Path, files: list[tuple[int, bool, str, int]]) -> None:
    """One round: each chosen pool file at most once, its code dropped or not, one answer's
    status set (which one by ``nth``)."""
    import re

    folder.mkdir()
    for index, drop_code, status, nth in {f[0]: f for f in files}.values():
        text = POOL[index].read_text(encoding="utf-8")
        if drop_code:
            text = re.sub(r', code: "[^"]*"', "", text)
        found = list(re.finditer(r"status: (implemented|partial|not_implemented)\b", text))
        if found:
            hit = found[nth % len(found)]
            text = text[: hit.start()] + f"status: {status}" + text[hit.end() :]
        (folder / POOL[index].name).write_text(text, encoding="utf-8")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(FILE, min_size=1, max_size=8), st.lists(FILE, min_size=1, max_size=8))
def test_diff_of_folders_diff_of_audit_json_and_history_pair_the_same_agencies_with_the_same_means(
    tmp_path_factory, old_files, new_files
):
    base = tmp_path_factory.mktemp("pair")
    old, new = base / "old", base / "new"
    _write_round(old, old_files)
    _write_round(new, new_files)
    days = ("2026-09-30", "2026-12-31")
    pinned = ["--checklist", CHECKLIST_FILE]
    folders = json.loads(
        run_cli(["diff", old, new, *pinned, "--old-as-of", days[0], "--new-as-of", days[1], "--format", "json"]).stdout
    )
    history = base / "h.sqlite"
    reports = []
    for folder, day, label in ((old, days[0], "A"), (new, days[1], "B")):
        report = base / f"{label}.json"
        done = run_cli(
            [
                "audit",
                folder,
                *pinned,
                "--as-of",
                day,
                "--format",
                "json",
                "-o",
                report,
                "--record",
                history,
                "--round",
                label,
            ]
        )
        assert done.exit_code in (0, 1), done.stderr
        reports.append(_json(report.read_text(encoding="utf-8")))
    from_json = json.loads(run_cli(["diff", base / "A.json", base / "B.json", *pinned, "--format", "json"]).stdout)
    trend = _json(run_cli(["history", history, "--format", "json"]).stdout, "history")

    def pairs(data: dict) -> list[tuple[str, str, float | None, float | None]]:
        return sorted(
            (Path(a["old_source"]).name, Path(a["new_source"]).name, a["score"]["before"], a["score"]["after"])
            for a in data["agencies"]
        )

    assert pairs(folders) == pairs(from_json)
    assert folders["summary"] == from_json["summary"]
    both = sorted(
        (t["rounds"]["A"]["score"], t["rounds"]["B"]["score"])
        for t in trend["agencies"]
        if set(t["rounds"]) == {"A", "B"}
    )
    assert both == sorted((before, after) for *_, before, after in pairs(folders))
    means = [r["summary"]["score"]["mean"] for r in reports]
    assert [folders["old"]["mean_score"], folders["new"]["mean_score"]] == means
    assert [from_json["old"]["mean_score"], from_json["new"]["mean_score"]] == means
    assert [r["mean_score"] for r in trend["rounds"]] == means


# --- the trial replayed: one Q3 mean and one Q4 mean everywhere --------------------------------
def _trial(tmp_path: Path) -> tuple[Path, Path]:
    """Two quarters of the trial's shape: a roster; in Q3 a duplicate attachment and a broken
    YAML (UBND xã Con Cuông); in Q4 scores moved, Sở Y tế's code dropped, and Con Cuông's
    workbook saved as .ods."""
    import re

    q3 = _round(tmp_path, "000.10.07.H40-bai-nop.yaml", BROKEN_YAML)
    q4 = tmp_path / "q4"
    q4.mkdir()
    for path in sorted(q3.rglob("*.yaml")):
        if "000.10.07" in path.name:
            continue
        text = path.read_text(encoding="utf-8").replace("assessed_on: 2026-09-30", "assessed_on: 2026-12-20")
        text = re.sub(r"status: not_implemented\b", "status: partial", text)
        if path.name == "so-y-te.yaml":
            text = text.replace(', code: "000.00.01.H40"', "")
        target = q4 / path.relative_to(q3)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (q4 / "000.10.07.H40-2026-Q4.ods").write_bytes(_ods())
    return q3, q4


def _office_means(path: Path, kind: str) -> str:
    if kind == "xlsx":
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.load_workbook(path)
        return " ".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None)
    docx = pytest.importorskip("docx")
    document = docx.Document(str(path))
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    return " ".join([p.text for p in document.paragraphs] + cells)


def test_the_trial_replayed_has_one_q3_mean_and_one_q4_mean_everywhere(tmp_path):
    q3, q4 = _trial(tmp_path)
    history = tmp_path / "lich-su.sqlite"
    pinned = ["--checklist", CHECKLIST_FILE, "--roster", ROSTER]
    means = []
    for folder, day, label in ((q3, "2026-09-30", "Quý 3/2026"), (q4, "2026-12-31", "Quý 4/2026")):
        report = tmp_path / f"{folder.name}.json"
        done = run_cli(
            [
                "audit",
                folder,
                *pinned,
                "--as-of",
                day,
                "--format",
                "json",
                "-o",
                report,
                "--record",
                history,
                "--round",
                label,
            ]
        )
        assert done.exit_code == 1, done.stderr
        data = _json(report.read_text(encoding="utf-8"))
        means.append(data["summary"]["score"]["mean"])
        assert data["summary"]["duplicates"] == 1
        assert [u["name"] for u in data["roster"]["unreadable"]] == ["UBND xã Con Cuông"]  # broken YAML, then .ods
        assert "UBND xã Con Cuông" not in [m["name"] for m in data["roster"]["missing"]]
        shown = means[-1]
        vi = f"{shown:.2f}".replace(".", ",")
        for kind in ("html", "xlsx", "docx"):
            out = tmp_path / f"{folder.name}.{kind}"
            assert run_cli(["audit", folder, *pinned, "--as-of", day, "--format", kind, "-o", out]).exit_code == 1
            text = out.read_text(encoding="utf-8") if kind == "html" else _office_means(out, kind)
            assert (vi if kind != "xlsx" else str(shown)) in text, (kind, shown)
            if kind == "docx":
                assert "Xếp theo điểm từ cao xuống thấp" not in text
                assert "UBND xã Con Cuông (000.10.07.H40): chưa nộp" not in text
    assert means[0] != means[1]
    folders = json.loads(
        run_cli(
            [
                "diff",
                q3,
                q4,
                "--checklist",
                CHECKLIST_FILE,
                "--old-as-of",
                "2026-09-30",
                "--new-as-of",
                "2026-12-31",
                "--format",
                "json",
            ]
        ).stdout
    )
    from_json = json.loads(run_cli(["diff", tmp_path / "q3.json", tmp_path / "q4.json", "--format", "json"]).stdout)
    trend = _json(run_cli(["history", history, "--format", "json"]).stdout, "history")
    for data in (folders, from_json):
        assert [data["old"]["mean_score"], data["new"]["mean_score"]] == means
        assert [data["old"]["as_of"], data["new"]["as_of"]] == ["2026-09-30", "2026-12-31"]
        assert not data["gone"] and not data["new_agencies"]  # Sở Y tế without its code is still Sở Y tế
    assert [r["mean_score"] for r in trend["rounds"]] == means
    assert [[m["name"] for m in r["roster"]["not_submitted"]] for r in trend["rounds"]] == [
        ["Sở Công Thương", "UBND xã Anh Sơn"]
    ] * 2
    shown = " ".join(run_cli(["history", history]).stdout.split())  # each round's roster list
    assert "Chưa nộp (theo danh sách cơ quan của đợt Quý 3/2026): 2: Sở Công Thương; UBND xã Anh Sơn" in shown
    assert "Chưa nộp (theo danh sách cơ quan của đợt Quý 4/2026): 2" in shown
    page = tmp_path / "h.html"
    assert run_cli(["history", history, "--format", "html", "-o", page]).exit_code == 0
    assert "Chưa nộp (theo danh sách cơ quan của đợt Quý 3/2026): 2: Sở Công Thương; UBND xã Anh Sơn" in " ".join(
        page.read_text(encoding="utf-8").split()
    )
    console = run_cli(
        ["diff", q3, q4, "--checklist", CHECKLIST_FILE, "--old-as-of", "2026-09-30", "--new-as-of", "2026-12-31"]
    ).stdout
    flat = " ".join(console.split())
    assert "30/09/2026" in flat and "31/12/2026" in flat
    for change in folders["agencies"]:  # the direction is the score's
        assert change["score"]["direction"] == (
            "down" if change["score"]["delta"] < 0 else "up" if change["score"]["delta"] > 0 else "same"
        )


def _agency(name: str, score: float, failing: frozenset[str]) -> object:
    from fourlayer.model.evaluation import LayerStatus, Verdict
    from fourlayer.rounds.round_diff import RoundAgency

    return RoundAgency(
        f"{name}.yaml",
        name,
        None,
        ("t", "1"),
        Verdict.PARTIALLY_COMPLIANT,
        score,
        ((1, LayerStatus.PARTIALLY_MET),),
        failing,
        frozenset(),
    )


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_giam_is_said_only_of_a_score_that_fell(lang):
    """The trial: every agency labelled "giảm" because one control regressed, while the
    mean rose. A score that rose is "tăng" whatever its controls; control regressions are
    their own count, in their own words."""
    from datetime import date

    from fourlayer.reporting import formats
    from fourlayer.reporting.base import ReportOptions
    from fourlayer.rounds.round_diff import Round, compare_rounds

    old = Round(
        "q3",
        "folder",
        date(2026, 9, 30),
        ("t", "1"),
        (_agency("A", 50.0, frozenset({"L1.01"})), _agency("B", 70.0, frozenset())),
        0,
        0,
    )
    new = Round(
        "q4",
        "folder",
        date(2026, 12, 31),
        ("t", "1"),
        (_agency("A", 75.0, frozenset({"L1.02"})), _agency("B", 70.0, frozenset({"L1.03"}))),
        0,
        0,
    )
    result = compare_rounds(old, new)
    assert [c.direction for c in result.agencies] == ["up", "same"]
    assert result.controls_regressed == 2 and result.mean_delta == 12.5
    text = " ".join(
        formats.renderer(formats.get("diff rounds", "console"))(result, ReportOptions(lang=lang, width=200)).split()
    )
    down = "giảm" if lang == "vi" else "down"
    said = text.replace("tiêu chí bị giảm", "").replace("0 giảm", "").replace("0 down", "")
    assert down not in said.split()
    assert ("2 tiêu chí bị giảm" if lang == "vi" else "2 controls regressed") in text
    assert ("1 tăng, 0 giảm, 1 không đổi" if lang == "vi" else "1 up, 0 down, 1 unchanged") in text


# --- the rules themselves (fourlayer/rounds/compare.py) -----------------------------------------------
def test_an_id_outside_the_map_is_retired_everywhere():
    from fourlayer.rounds.compare import carry

    table = {"L1.01": ("L1.01",), "L2.08": ("L1.12",), "L3.01": ("L3.01", "L3.02")}
    assert list(carry(["L1.01", "L2.08", "L3.01", "L9.99"], table)) == ["L1.01", "L1.12", "L3.01", "L3.02"]
    assert list(carry(["L9.99"], {})) == ["L9.99"]  # one checklist: every id is its own
    assert list(carry(["L1.01"], None)) == []  # no map: nothing carried


NAMED = st.tuples(st.sampled_from([None, "A1", "B2", "C3", " a1 "]), st.sampled_from(["Sở A", "sở  a", "Sở B", "Xã C"]))


@given(st.lists(NAMED, max_size=6), st.lists(NAMED, max_size=6))
def test_the_same_agency_rule_pairs_each_record_once_by_code_first(old, new):
    from fourlayer.rounds.compare import normal, pair_agencies

    pairs = pair_agencies(old, new)
    assert len({o for o, _ in pairs}) == len(pairs) == len({n for _, n in pairs})
    for o, n in pairs:
        (old_code, old_name), (new_code, new_name) = old[o], new[n]
        same_code = bool(old_code and new_code and normal(old_code) == normal(new_code))
        assert same_code or normal(old_name) == normal(new_name)
        if not same_code:  # a name pairs only where no code decides: none, or on no record of the other side
            assert not (old_code and new_code and any(c and normal(c) == normal(old_code) for c, _ in new))
    for n, (code, _) in enumerate(new):  # a code found on the other side always pairs
        if (
            code
            and any(c and normal(c) == normal(code) for c, _ in old)
            and sum(1 for c, _ in new if c and normal(c) == normal(code)) == 1
        ):
            assert n in {m for _, m in pairs}
    dropped = [(None, name) for _, name in old]  # the codes dropped between rounds: the names still pair
    if len({normal(name) for _, name in old}) == len(old):
        assert len(pair_agencies(old, dropped)) == len(old)
