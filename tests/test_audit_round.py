"""The audit of a round (issue 17, item 6): roster, duplicates, stale files, the agencies of
each most-failed control with partials, ranking by verdict, the partly-met share, and
``diff`` of two rounds. Through the real CLI in every audit format, and the rules as
properties."""

from __future__ import annotations

import csv
import io
import itertools
import json
import shutil
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import jsonschema
import pytest
from conftest import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from fourlayer.model.assessment import Agency
from fourlayer.model.checklist import load_checklist
from fourlayer.model.evaluation import Verdict
from fourlayer.resources import schema
from fourlayer.rounds.audit import AgencyRow, assemble, find_duplicates, ranking
from fourlayer.rounds.roster import Roster, RosterEntry, load_roster, match_roster, normal

DATA = Path(__file__).parent / "data" / "audit"
CHECKLIST_FILE = DATA / "checklist.yaml"
ROUND = DATA / "round"
Q3, Q2 = ROUND / "q3", ROUND / "q2"
BASE = ["--checklist", CHECKLIST_FILE, "--as-of", "2026-10-15"]
ROUND_ARGS = ["--roster", ROUND / "roster.csv", "--since", "2026-07-01"]
MISSING = ["Sở Công Thương", "UBND xã Con Cuông", "UBND xã Anh Sơn"]


def audit_json(text: str) -> dict:
    data = json.loads(text)
    jsonschema.Draft202012Validator(schema("audit")).validate(data)
    return data


def read_csv(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def name_of(path: str) -> str:
    return Path(path).name


# --- the "Done when": 15 on the roster, 13 files, one duplicate, one stale ---------------
def test_console_says_exactly_who_is_missing_duplicated_and_stale():
    result = run_cli(["audit", Q3, *BASE, *ROUND_ARGS, "--lang", "vi"])
    assert result.exit_code == 1, result.stderr  # three agencies are non-compliant
    out = result.stdout
    assert "13 tệp: 12 cơ quan được đánh giá" in out
    assert "15 cơ quan trong danh sách: 12 đã nộp, 0 đã nộp nhưng tệp không đọc được, 3 chưa nộp" in out
    assert "1 tệp trùng, mỗi bài nộp chỉ tính một lần" in out
    assert "1 tệp có ngày đánh giá trước 01/07/2026 (nộp cũ)" in out  # Vietnamese prose: dd/mm/yyyy
    missing = out[out.index("Chưa nộp (3):") :]
    assert [line.removeprefix("  • ") for line in missing.splitlines()[1:4]] == [
        "Sở Công Thương (000.00.07.H40)",
        "UBND xã Con Cuông (000.10.07.H40)",
        "UBND xã Anh Sơn (không có mã)",
    ]
    assert "ubnd-nghi-loc (1).yaml — cùng nội dung với" in out.replace("\n", " ")
    assert "Sở Tư pháp:" in out and "(31/03/2026)" in out
    assert "Chưa nộp: 3; tệp trùng (không tính): 1; nộp cũ: 1." in out


def test_console_in_english():
    out = run_cli(["audit", Q3, *BASE, *ROUND_ARGS, "--lang", "en"]).stdout
    assert "15 agencies on the roster: 12 submitted, 0 submitted an unreadable file, 3 not submitted" in " ".join(
        out.split()
    )
    assert "Not submitted (3):" in out and "UBND xã Anh Sơn (no code)" in out
    assert "Not submitted: 3; duplicate files (not counted): 1; stale: 1." in out


def test_json_says_exactly_that(tmp_path):
    result = run_cli(["audit", Q3, *BASE, *ROUND_ARGS, "--format", "json"])
    data = audit_json(result.stdout)
    summary = data["summary"]
    assert (summary["files"], summary["agencies"], summary["errors"]) == (13, 12, 0)
    assert (summary["duplicates"], summary["stale"], summary["missing"]) == (1, 1, 3)
    assert data["since"] == "2026-07-01"
    roster = data["roster"]
    assert (roster["expected"], roster["submitted"]) == (15, 12)
    assert [m["name"] for m in roster["missing"]] == MISSING
    assert roster["missing"][2] == {"code": None, "name": "UBND xã Anh Sơn"}
    assert roster["unreadable"] == [] and roster["unexpected"] == []
    assert [(name_of(d["source"]), name_of(d["duplicate_of"]), d["reason"]) for d in data["duplicates"]] == [
        ("ubnd-nghi-loc (1).yaml", "ubnd-nghi-loc.yaml", "same_content")
    ]
    rows = {name_of(a["source"]): a for a in data["agencies"]}
    assert len(rows) == 13  # every file evaluated is listed, the duplicate flagged
    assert rows["ubnd-nghi-loc (1).yaml"]["duplicate_of"].endswith("ubnd-nghi-loc.yaml")
    assert rows["ubnd-nghi-loc (1).yaml"]["rank"] is None
    assert rows["ubnd-nghi-loc.yaml"]["duplicate_of"] is None and rows["ubnd-nghi-loc.yaml"]["rank"] is not None
    assert [n for n, a in rows.items() if a["stale"]] == ["so-tu-phap.yaml"]


def test_csv_says_exactly_that():
    rows = read_csv(run_cli(["audit", Q3, *BASE, *ROUND_ARGS, "--format", "csv"]).stdout)
    assert len(rows) == 13 + 3
    by_status: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_status.setdefault(row["status"], []).append(row)
    assert len(by_status["evaluated"]) == 12
    [duplicate] = by_status["duplicate"]
    assert name_of(duplicate["source"]) == "ubnd-nghi-loc (1).yaml" and duplicate["rank"] == ""
    assert name_of(duplicate["duplicate_of"]) == "ubnd-nghi-loc.yaml"
    assert [(r["agency"], r["agency_code"]) for r in by_status["missing"]] == [
        ("Sở Công Thương", "000.00.07.H40"),
        ("UBND xã Con Cuông", "000.10.07.H40"),
        ("UBND xã Anh Sơn", ""),
    ]
    assert [name_of(r["source"]) for r in rows if r["stale"] == "yes"] == ["so-tu-phap.yaml"]


def test_a_yaml_roster_gives_the_same_answer():
    from_csv = audit_json(run_cli(["audit", Q3, *BASE, *ROUND_ARGS, "--format", "json"]).stdout)
    from_yaml = audit_json(
        run_cli(
            ["audit", Q3, *BASE, "--roster", ROUND / "roster.yaml", "--since", "2026-07-01", "--format", "json"]
        ).stdout
    )
    assert from_yaml["roster"]["missing"] == from_csv["roster"]["missing"]
    assert from_yaml["summary"] == from_csv["summary"]


def test_without_the_options_nothing_is_said_of_the_round_but_duplicates_still_count_once():
    data = audit_json(run_cli(["audit", Q3, *BASE, "--format", "json"]).stdout)
    assert data["roster"] is None and data["since"] is None
    assert data["summary"]["missing"] is None and data["summary"]["stale"] == 0
    assert data["summary"]["agencies"] == 12 and data["summary"]["duplicates"] == 1
    out = run_cli(["audit", Q3, *BASE]).stdout
    assert "chưa nộp" not in out.lower() and "nộp cũ" not in out
    assert "Tệp trùng (không tính): 1." in out


# --- each friction has its test ---------------------------------------------------------
def test_a_duplicate_attachment_does_not_count_an_agency_twice():
    data = audit_json(run_cli(["audit", Q3, *BASE, "--format", "json"]).stdout)
    counted = [a for a in data["agencies"] if a["duplicate_of"] is None]
    assert len({a["agency"].get("code") or a["agency"]["name"] for a in counted}) == len(counted) == 12
    assert sum(data["summary"]["verdicts"].values()) == 12


def test_the_newest_file_of_an_agency_counts_whatever_the_names(tmp_path):
    folder = tmp_path / "q"
    folder.mkdir()
    text = (Q3 / "so-y-te.yaml").read_text(encoding="utf-8")
    (folder / "a-old.yaml").write_text(
        text.replace("assessed_on: 2026-09-30", "assessed_on: 2026-06-30"), encoding="utf-8"
    )
    (folder / "so-y-te-ban-cuoi.yaml").write_text(text, encoding="utf-8")
    data = audit_json(run_cli(["audit", folder, *BASE, "--format", "json"]).stdout)
    assert [(name_of(d["source"]), name_of(d["duplicate_of"]), d["reason"]) for d in data["duplicates"]] == [
        ("a-old.yaml", "so-y-te-ban-cuoi.yaml", "same_agency")
    ]


def test_a_file_without_a_code_is_the_same_agency_as_a_file_with_its_name_and_code(tmp_path):
    folder = tmp_path / "q"
    folder.mkdir()
    shutil.copy(Q3 / "so-y-te.yaml", folder / "so-y-te.yaml")
    text = (Q3 / "so-y-te.yaml").read_text(encoding="utf-8")
    (folder / "so-y-te-khong-ma.yaml").write_text(text.replace(', code: "000.00.01.H40"', ""), encoding="utf-8")
    data = audit_json(run_cli(["audit", folder, *BASE, "--format", "json"]).stdout)
    assert data["summary"]["agencies"] == 1 and data["summary"]["duplicates"] == 1


def test_two_broken_copies_are_one_error(tmp_path):
    folder = tmp_path / "q"
    folder.mkdir()
    broken = "schema_version: 1\nagency: {name: X}\nassessed_on: 2026-09-30\nsystems: []\n"
    (folder / "x.yaml").write_text(broken, encoding="utf-8")
    (folder / "x (1).yaml").write_text(broken, encoding="utf-8")
    data = audit_json(run_cli(["audit", folder, *BASE, "--format", "json"]).stdout)
    assert data["summary"]["errors"] == 1 and data["summary"]["duplicates"] == 1
    assert len(data["errors"]) == 2  # both listed; the copy also under duplicates
    assert name_of(data["duplicates"][0]["source"]) == "x (1).yaml"


def test_an_agency_whose_only_file_is_broken_has_submitted_but_is_not_evaluated(tmp_path):
    folder = tmp_path / "q"
    shutil.copytree(Q3, folder)
    (folder / "so-cong-thuong.yaml").write_text(
        'schema_version: 1\nagency: {name: "Sở Công Thương", code: "000.00.07.H40"}\nassessed_on: 2026-09-30\n'
        "systems: []\n",
        encoding="utf-8",
    )
    data = audit_json(run_cli(["audit", folder, *BASE, *ROUND_ARGS, "--format", "json"]).stdout)
    assert [u["name"] for u in data["roster"]["unreadable"]] == ["Sở Công Thương"]
    assert [m["name"] for m in data["roster"]["missing"]] == MISSING[1:]
    out = run_cli(["audit", folder, *BASE, *ROUND_ARGS, "--lang", "en"]).stdout
    assert "Submitted, file could not be read (1):" in out


def test_an_agency_not_on_the_roster_is_named(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("code,name\n000.00.01.H40,Sở Y tế\n", encoding="utf-8")
    data = audit_json(run_cli(["audit", Q3, *BASE, "--roster", roster, "--format", "json"]).stdout)
    assert data["roster"]["submitted"] == 1 and len(data["roster"]["unexpected"]) == 11


def test_a_last_quarter_file_is_flagged_stale():
    without = audit_json(run_cli(["audit", Q3, *BASE, "--format", "json"]).stdout)
    assert not any(a["stale"] for a in without["agencies"])
    data = audit_json(run_cli(["audit", Q3, *BASE, "--since", "2026-07-01", "--format", "json"]).stdout)
    assert [name_of(a["source"]) for a in data["agencies"] if a["stale"]] == ["so-tu-phap.yaml"]
    out = " ".join(run_cli(["audit", Q3, *BASE, "--since", "2026-07-01"]).stdout.split())
    assert "nộp cũ, ngày 31/03/2026" in out  # words compared across line breaks: the path's length moves them


def test_each_most_failed_control_lists_its_agencies_and_counts_partials():
    data = audit_json(run_cli(["audit", Q3, *BASE, "--format", "json"]).stdout)
    l201 = next(c for c in data["top_failed_controls"] if c["control"] == "L2.01")
    assert (l201["failing"], l201["partial"], l201["partial_share"]) == (1, 4, 33.33)
    assert [name_of(s) for s in l201["failing_agencies"]] == ["ubnd-thanh-chuong.yaml"]
    assert [name_of(s) for s in l201["partial_agencies"]] == [
        "so-tai-chinh.yaml",
        "so-xay-dung.yaml",
        "ubnd-hung-nguyen.yaml",
        "ubnd-nghi-loc.yaml",
    ]  # no duplicate
    # a control no agency fails but one partly meets is still listed
    l102 = next(c for c in data["top_failed_controls"] if c["control"] == "L1.02")
    assert (l102["failing"], l102["partial"]) == (0, 1)
    console = run_cli(["audit", Q3, *BASE, "--lang", "en"]).stdout
    assert "Partial" in console and "Fail: UBND xã Thanh Chương" not in console
    verbose = " ".join(run_cli(["audit", Q3, *BASE, "--lang", "en", "--verbose"]).stdout.split())
    assert "Fail: UBND xã Thanh Chương" in verbose
    assert "Partial: Sở Tài chính; Sở Xây dựng; UBND xã Hưng Nguyên;" in verbose


def test_a_non_compliant_agency_never_ranks_above_a_partially_compliant_one():
    data = audit_json(run_cli(["audit", Q3, *BASE, "--format", "json"]).stdout)
    rows = {name_of(a["source"]): a for a in data["agencies"]}
    # Sở Giáo dục: non-compliant at 83.33; Sở Xây dựng: partially compliant at 70.83
    assert rows["so-giao-duc.yaml"]["score"] > rows["so-xay-dung.yaml"]["score"]
    assert rows["so-giao-duc.yaml"]["rank"] > rows["so-xay-dung.yaml"]["rank"]
    out = run_cli(["audit", Q3, *BASE, "--lang", "en"]).stdout
    assert out.index("Sở Xây dựng") < out.index("Sở Giáo dục")


def test_the_layer_table_shows_partly_met_beside_met():
    data = audit_json(run_cli(["audit", Q3, *BASE, "--format", "json"]).stdout)
    layer2 = data["layers"][1]
    assert (layer2["met_share"], layer2["partially_met_share"]) == (58.33, 33.33)
    out = run_cli(["audit", Q3, *BASE, "--lang", "en"]).stdout
    header = next(line for line in out.splitlines() if "% met*" in line)
    assert "% partly*" in header
    row = next(line for line in out.splitlines() if line.lstrip().startswith("2. "))
    assert row.split()[-2:] == ["58.33", "33.33"]


# --- the roster file: bad input gets a located error and exit 2 --------------------------
@pytest.mark.parametrize(
    ("name", "text", "code", "line"),
    [
        ("r.csv", "code,name\n1,Sở A\n1,Sở B\n", "roster-duplicate", 3),
        ("r.csv", "code,name\n1,\n", "roster-no-name", 2),
        ("r.csv", "ma so,ghi chu\n1,x\n", "roster-no-name-column", 1),
        ("r.csv", "\n\n", "roster-empty", None),
        ("r.yaml", "agencies: {name: x}\n", "roster-not-a-list", 1),
        ("r.yaml", "agencies:\n  - {code: '1'}\n", "roster-no-name", 2),
        ("r.yaml", "agencies:\n  - {name: Sở A}\n  - {name: 'sở  a'}\n", "roster-duplicate", 3),
    ],
)
def test_a_bad_roster_is_refused_with_its_location(tmp_path, name, text, code, line):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    loaded = load_roster(str(path))
    assert loaded.roster is None and loaded.findings[0].code == code and loaded.findings[0].line == line
    result = run_cli(["audit", Q3, *BASE, "--roster", path, "--lang", "en"])
    assert result.exit_code == 2
    assert f"[{code}]" in result.stderr or code in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_missing_roster_file_is_exit_2(tmp_path):
    result = run_cli(["audit", Q3, *BASE, "--roster", tmp_path / "none.csv"])
    assert result.exit_code == 2 and "Traceback" not in result.stderr


def test_roster_csv_with_excel_semicolons_bom_and_vietnamese_headers():
    loaded = load_roster(str(ROUND / "roster.csv"))
    assert loaded.roster is not None
    assert loaded.roster.entries[0] == RosterEntry("Sở Y tế", "000.00.01.H40", 2)
    assert loaded.roster.entries[-1].code is None


# --- diff of two rounds -----------------------------------------------------------------
def test_diff_compares_two_folders_agency_by_agency():
    result = run_cli(["diff", Q2, Q3, *BASE, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["kind"] == "rounds"
    changes = {a["agency"]["name"]: a for a in data["agencies"]}
    assert changes["UBND xã Thanh Chương"]["score"]["direction"] == "down"
    assert changes["UBND xã Thanh Chương"]["controls_regressed"] == 1
    assert changes["UBND xã Thanh Chương"]["controls"] == [
        {"control": "L2.01", "before": "ok", "after": "fail", "change": "regressed"}
    ]
    assert changes["Sở Y tế"]["score"]["direction"] == "up"
    assert data["summary"]["scores"] == {"up": 1, "down": 1, "same": 2, "none": 0}
    # no code in Q3's file, a code in Q2's (and NFD letters in Q3): matched by name
    assert unicodedata.normalize("NFC", "UBND xã Diễn Châu") in {unicodedata.normalize("NFC", n) for n in changes}
    assert [a["name"] for a in data["gone"]] == ["Sở Công Thương"]
    assert len(data["new_agencies"]) == 8  # the duplicate is not a new agency
    assert data["summary"]["matched"] == 4


def test_diff_fails_on_a_regression_between_rounds():
    assert run_cli(["diff", Q2, Q3, *BASE, "--fail-on-regression"]).exit_code == 1
    assert run_cli(["diff", Q2, Q2, *BASE, "--fail-on-regression"]).exit_code == 0


def test_diff_compares_two_audit_json_reports(tmp_path):
    for name, folder in (("q2.json", Q2), ("q3.json", Q3)):
        result = run_cli(["audit", folder, *BASE, "--format", "json", "-o", tmp_path / name])
        assert result.exit_code in (0, 1), result.stderr
    from_reports = run_cli(["diff", tmp_path / "q2.json", tmp_path / "q3.json", *BASE, "--format", "json"])
    from_folders = run_cli(["diff", Q2, Q3, *BASE, "--format", "json"])
    assert from_reports.exit_code == 0, from_reports.stderr
    reports, folders = json.loads(from_reports.stdout), json.loads(from_folders.stdout)
    assert reports["agencies"] == folders["agencies"] and reports["summary"] == folders["summary"]
    assert run_cli(["diff", tmp_path / "q2.json", Q3, *BASE, "--fail-on-regression"]).exit_code == 1
    console = run_cli(["diff", tmp_path / "q2.json", tmp_path / "q3.json", *BASE, "--lang", "en"]).stdout
    assert "UBND xã Thanh Chương" in console and "L2.01 ok → fail" in console
    assert "In the old round, not in the new one (1):" in console


def test_diff_refuses_a_round_against_one_assessment_with_a_located_error(tmp_path):
    result = run_cli(["diff", Q2, Q3 / "so-y-te.yaml", *BASE, "--lang", "en"])
    assert result.exit_code == 2
    assert "diff-not-a-round" in result.stderr and "Traceback" not in result.stderr


# --- the rules as properties ------------------------------------------------------------
VERDICTS = st.sampled_from(list(Verdict))
ROW = st.tuples(VERDICTS, st.one_of(st.none(), st.floats(0, 100).map(lambda x: round(x, 2))))


def _row(
    index: int,
    verdict: Verdict,
    score: float | None,
    code: str | None = None,
    name: str = "x",
    assessed: date = date(2026, 9, 30),
    digest: bytes = b"",
) -> AgencyRow:
    return AgencyRow(
        f"f{index:03d}.yaml", Agency(name, code), assessed, "t", "1", verdict, score, b"", 1, digest=digest
    )


@given(st.lists(ROW, max_size=30))
def test_ranking_is_by_verdict_then_score(rows):
    ranked = ranking([_row(i, v, s) for i, (v, s) in enumerate(rows)])
    order = [Verdict.COMPLIANT, Verdict.PARTIALLY_COMPLIANT, Verdict.NON_COMPLIANT]
    scored = [(rank, row) for rank, row in ranked if rank is not None]
    for (rank_a, a), (rank_b, b) in itertools.pairwise(scored):
        assert order.index(a.verdict) <= order.index(b.verdict)
        if a.verdict is b.verdict:
            assert (a.score or 0) >= (b.score or 0)
        assert rank_a <= rank_b and (rank_a == rank_b) == ((a.verdict, a.score) == (b.verdict, b.score))


AGENCY = st.tuples(
    st.sampled_from([None, "1", "2", "3"]),
    st.sampled_from(["Sở A", "sở  a", "Sở B", "Sở C"]),
    st.integers(0, 3),
    st.sampled_from([b"", b"d1", b"d2"]),
)


@settings(max_examples=200)
@given(st.lists(AGENCY, max_size=12))
def test_duplicates_leave_one_file_per_agency_and_the_newest_counts(items):
    rows = tuple(
        _row(i, Verdict.COMPLIANT, 50.0, code, name, date(2026, 1, 1) + timedelta(days=age), digest)
        for i, (code, name, age, digest) in enumerate(items)
    )
    duplicates = find_duplicates(rows)
    skipped = {d.source for d in duplicates}
    kept = {d.kept for d in duplicates}
    assert not kept & skipped  # a duplicate always points at a file that counts
    counted = [r for r in rows if r.source not in skipped]
    codes = [normal(r.agency.code) for r in counted if r.agency.code]
    assert len(codes) == len(set(codes))  # one file per code
    by_source = {r.source: r for r in rows}
    for duplicate in duplicates:
        assert by_source[duplicate.kept].assessed_on >= by_source[duplicate.source].assessed_on
    names_without_code = [normal(r.agency.name) for r in counted if not r.agency.code]
    assert len(names_without_code) == len(set(names_without_code))
    # a file without a code joins the agency with its name and a code, where only one has that name
    codes_of: dict[str, set[str]] = {}
    for r in rows:
        if r.agency.code:
            codes_of.setdefault(normal(r.agency.name), set()).add(r.agency.code)
    coded_names = {normal(r.agency.name) for r in counted if r.agency.code}
    assert all(len(codes_of[n]) > 1 for n in coded_names & set(names_without_code))


@given(
    st.lists(
        st.tuples(st.sampled_from([None, "1", "2", "3", "4"]), st.sampled_from(["A", "B", "C", "D", "E"])),
        max_size=8,
        unique_by=lambda e: e[1],
    ),
    st.lists(st.tuples(st.sampled_from([None, "1", "2", "9"]), st.sampled_from(["A", "B", "Z"])), max_size=8),
)
def test_every_roster_entry_is_submitted_unreadable_or_missing_once(entries, files):
    roster = Roster("r", tuple(RosterEntry(name, code) for code, name in entries))
    match = match_roster(roster, ((f"f{i}", code, name) for i, (code, name) in enumerate(files)))
    seen = [e for e, _ in match.submitted] + [e for e, _ in match.unreadable] + list(match.missing)
    assert sorted(map(id, seen)) == sorted(map(id, roster.entries))
    assert len(match.submitted) + len(match.unexpected) == len(files)


def test_memory_kept_per_row_is_shared_ids(tmp_path):
    """Rows from worker processes carry the checklist's own id strings, not copies."""
    checklist = load_checklist(CHECKLIST_FILE).checklist
    assert checklist is not None
    from fourlayer.rounds.audit import run_audit
    from fourlayer.runner import Settings

    run = run_audit([str(Q3)], Settings(checklist=checklist, as_of=date(2026, 10, 15)), jobs=2)
    ids = {id(c) for c in checklist.ids}
    assert all(
        id(c) in ids for row in run.agencies for c in row.failing_of(checklist.ids) + row.partial_of(checklist.ids)
    )
    again = assemble(run.as_of, checklist, True, run.rows)
    assert again.summary == run.summary


def test_a_recorded_round_counts_a_duplicate_once(tmp_path):
    history = tmp_path / "history.sqlite"
    result = run_cli(["audit", Q3, *BASE, "--record", history, "--round", "2026-Q3", "--format", "json"])
    assert result.exit_code == 1, result.stderr
    data = json.loads(run_cli(["history", history, "--format", "json"]).stdout)
    assert data["rounds"][0]["agencies"] == 12
    assert len(data["agencies"]) == 12


# --- the formats that landed beside these: html, xlsx, docx ------------------------------
def test_html_says_exactly_that(tmp_path):
    out = tmp_path / "round.html"
    result = run_cli(["audit", Q3, *BASE, *ROUND_ARGS, "--format", "html", "-o", out, "--verbose"])
    assert result.exit_code == 1, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "15 cơ quan trong danh sách: 12 đã nộp, 0 đã nộp nhưng tệp không đọc được, 3 chưa nộp" in page
    assert "Chưa nộp (3)" in page and "UBND xã Anh Sơn (không có mã)" in page
    assert "Tệp trùng, không tính (1)" in page and "ubnd-nghi-loc (1).yaml" in page
    assert "Nộp cũ: ngày đánh giá trước 01/07/2026 (1)" in page and "nộp cũ, ngày 31/03/2026" in page
    assert "% một phần*" in page  # the partly-met share beside the met share
    assert "Một phần: Sở Tài chính; Sở Xây dựng; UBND xã Hưng Nguyên; UBND xã Nghi Lộc" in page


def test_xlsx_says_exactly_that(tmp_path):
    import openpyxl

    out = tmp_path / "round.xlsx"
    result = run_cli(["audit", Q3, *BASE, *ROUND_ARGS, "--format", "xlsx", "-o", out, "--lang", "en"])
    assert result.exit_code == 1, result.stderr
    book = openpyxl.load_workbook(out)
    rows = list(book["Submissions"].iter_rows(values_only=True))[1:]
    kinds = [row[0] for row in rows]
    assert kinds.count("Did not submit") == 3 and kinds.count("Duplicate (same content)") == 1
    assert kinds.count("Stale self-assessment") == 1
    assert [row[1] for row in rows if row[0] == "Did not submit"] == MISSING
    summary = dict(list(book["Summary"].iter_rows(values_only=True))[1:])
    assert summary["Agencies that did not submit (roster)"] == 3 and summary["Duplicate files (not counted)"] == 1
    assert summary["Stale files (before --since)"] == 1 and summary["Files"] == 13
    layers = list(book["Layers"].iter_rows(values_only=True))
    assert layers[0][-2:] == ("Share met (%)", "Share partly met (%)") and layers[2][-2:] == (58.33, 33.33)


def test_docx_says_exactly_that(tmp_path):
    import docx

    out = tmp_path / "round.docx"
    result = run_cli(["audit", Q3, *BASE, *ROUND_ARGS, "--format", "docx", "-o", out])
    assert result.exit_code == 1, result.stderr
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert [p for p in paragraphs if p.endswith("chưa nộp bản tự đánh giá.")] == [
        "- Sở Công Thương (000.00.07.H40): chưa nộp bản tự đánh giá.",
        "- UBND xã Con Cuông (000.10.07.H40): chưa nộp bản tự đánh giá.",
        "- UBND xã Anh Sơn: chưa nộp bản tự đánh giá.",
    ]
    assert any(p.startswith("Có 1 tệp nộp trùng") and p.endswith(": UBND xã Nghi Lộc.") for p in paragraphs)
    assert not any(".yaml" in p for p in paragraphs), "a letter names agencies, not files"
    assert any(p.startswith("Có 1 bản tự đánh giá lập trước ngày 01/07/2026") and "Sở Tư pháp" in p for p in paragraphs)
    assert any("Đề nghị 3 cơ quan chưa nộp" in p for p in paragraphs)


def test_json_streams_the_agency_lists_of_each_control_as_the_whole_text(monkeypatch):
    """The lists of each control are written a few sources at a time (ten thousand agencies
    never become one text), and the result is byte for byte the plain rendering."""
    from fourlayer.reporting.audit import json as audit_json
    from fourlayer.reporting.base import ReportOptions
    from fourlayer.reporting.json_data import dumps
    from fourlayer.rounds.audit import run_audit
    from fourlayer.rounds.roster import load_roster
    from fourlayer.runner import Settings

    monkeypatch.setattr(audit_json, "BATCH", 2)
    checklist = load_checklist(CHECKLIST_FILE).checklist
    assert checklist is not None
    run = run_audit(
        [str(Q3)],
        Settings(checklist=checklist, as_of=date(2026, 10, 15)),
        since=date(2026, 7, 1),
        roster=load_roster(str(ROUND / "roster.csv")).roster,
    )
    options = ReportOptions(version="test")
    chunks = list(audit_json.render_chunks(run, options))
    assert "".join(chunks) == dumps(audit_json.audit_dict(run, options))
    assert max(len(chunk) for chunk in chunks) < 3000


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_controls_note_says_the_verbose_hint_once_and_only_where_it_helps(lang, tmp_path):
    """The definition of a failing control is the same sentence in both languages; the hint
    to add --verbose follows it once on the console, and not with --verbose or in HTML."""
    hint = {"vi": "Thêm --verbose", "en": "Add --verbose"}[lang]
    plain = run_cli(["audit", Q3, *BASE, "--lang", lang, "--fail-on", "never"])
    assert plain.exit_code == 0, plain.stderr
    assert " ".join(plain.stdout.split()).count(hint) == 1
    verbose = run_cli(["audit", Q3, *BASE, "--lang", lang, "--fail-on", "never", "--verbose"])
    assert hint not in " ".join(verbose.stdout.split())
    page = tmp_path / "a.html"
    run_cli(["audit", Q3, *BASE, "--lang", lang, "--fail-on", "never", "--format", "html", "-o", page])
    assert "--verbose" not in page.read_text(encoding="utf-8")
