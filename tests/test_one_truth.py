"""One truth for every round (issue 23): a broken file or a spreadsheet in another format is
never "not submitted"; "chưa nộp" means the roster's list everywhere, the round's roster is
recorded in the history file (schema version 2, migrated from version 1), and an agency
whose code was dropped between rounds is one agency in ``history`` as in ``diff``.

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

from fourlayer.history_store import SCHEMA_VERSION
from fourlayer.resources import schema

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
BROKEN_YAML = ('schema_version: 1\nagency:\n  name: "UBND xã Con Cuông"\n  code: "000.10.07.H40"\n'
               "assessed_on: 2026-09-30\nsystems: [\n  - id: a: b\n")


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
@pytest.mark.parametrize(("name", "content", "code"), [
    ("bai-nop.yaml", BROKEN_YAML, "yaml-syntax"),  # the agency read from the text YAML could not parse
    (f"{KY_ANH}-2026-Q3.ods", _ods(), "spreadsheet-other-format"),  # matched by the code in its name
    ("ubnd-xa-con-cuong.xls", XLS, "spreadsheet-other-format"),  # matched by its name without accents
    ("ubnd-xa-con-cuong.csv", "a;b\n1;2\n", "spreadsheet-other-format"),
])
def test_a_file_that_cannot_be_read_is_submitted_never_not_submitted(tmp_path, name, content, code):
    folder = _round(tmp_path, name, content)
    data = _json(run_cli(["audit", folder, *BASE, "--roster", ROSTER, "--format", "json"]).stdout)
    assert [e["name"] for e in data["roster"]["unreadable"]] == ["UBND xã Con Cuông"]
    assert "UBND xã Con Cuông" not in [m["name"] for m in data["roster"]["missing"]]
    error = next(e for e in data["errors"] if e["source"].endswith(name))
    assert error["findings"][0]["code"].startswith(code.split("-")[0])
    for lang, said, never in (("vi", "Đã nộp, tệp không đọc được (1):", "UBND xã Con Cuông (000.10.07.H40)\n"),
                              ("en", "Submitted, file could not be read (1):", None)):
        out = run_cli(["audit", folder, *BASE, "--roster", ROSTER, "--lang", lang]).stdout
        assert said in out
        missing = out[out.index("Chưa nộp (2):" if lang == "vi" else "Not submitted (2):"):].split("\n\n")[0]
        assert "Con Cuông" not in missing
        if never:
            listed = out[out.index(said):].split("\n\n")[0]
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
    "rounds": ["id", "label", "as_of", "checklist_id", "checklist_version", "waivers", "files", "agencies",
               "errors", "tool_version", "roster_source"],
    "agencies": ["id", "round_id", "position", "identity", "name", "code", "province", "source", "sha256",
                 "assessed_on", "checklist_id", "checklist_version", "verdict", "score"],
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
    from fourlayer import history_store

    schema_v1 = history_store.SCHEMA
    schema_v1 = schema_v1.replace(",\n  roster_source     TEXT\n", "\n")
    schema_v1 = schema_v1.replace(",\n  agency_name TEXT,\n  agency_code TEXT\n", "\n")
    schema_v1 = schema_v1[:schema_v1.index("CREATE TABLE roster")]
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
