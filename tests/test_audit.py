"""``fourlayer audit``: the province-wide picture, through the core and the real CLI."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import pickle
import shutil
import signal
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from conftest import EXAMPLES, FOURLAYER, ROOT, run_cli
from generate import write_agencies
from hypothesis import given
from hypothesis import strategies as st

from fourlayer.cli.progress import ProgressBar
from fourlayer.exitcodes import ExitCode
from fourlayer.model.assessment import Agency
from fourlayer.model.checklist import load_checklist
from fourlayer.model.evaluation import OUTCOME_ORDER, LayerResult, LayerStatus, Verdict
from fourlayer.reading.discovery import Target
from fourlayer.reading.validation import check_file
from fourlayer.reporting import formats
from fourlayer.reporting.audit.csv import COLUMNS, neutralise
from fourlayer.reporting.base import ReportOptions
from fourlayer.resources import schema
from fourlayer.rounds.audit import AgencyRow, AuditRun, ranking, run_audit, summarise_rows
from fourlayer.rounds.audit import rows as audit_rows
from fourlayer.rounds.audit import workers as audit_workers
from fourlayer.runner import FileProblems, Settings

DATA = Path(__file__).parent / "data" / "audit"
CHECKLIST_FILE = DATA / "checklist.yaml"
PROVINCE = DATA / "province"
TRICKY = DATA / "tricky"
AS_OF = "2026-10-15"
BASE = ["--checklist", CHECKLIST_FILE, "--as-of", AS_OF]


@pytest.fixture(scope="module")
def small_checklist():
    loaded = load_checklist(CHECKLIST_FILE)
    assert loaded.checklist is not None, loaded.findings
    return loaded.checklist


@pytest.fixture
def settings(small_checklist):
    return Settings(checklist=small_checklist, as_of=date(2026, 10, 15))


def validate_audit_json(data):
    jsonschema.Draft202012Validator(schema("audit"), format_checker=jsonschema.FormatChecker()).validate(data)
    return data


def parsed(text: str):
    """An audit JSON report read back with the standard module, and checked against its schema."""
    return validate_audit_json(json.loads(text))


def read_csv(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff"), "UTF-8 with a byte-order mark, for Excel"
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def add_broken_files(folder: Path) -> None:
    (folder / "broken").mkdir(exist_ok=True)
    (folder / "broken" / "syntax.yaml").write_text("schema_version: 1\nagency: [\n", encoding="utf-8")
    (folder / "broken" / "latin1.yml").write_bytes(b"schema_version: 1\nagency: {name: S\xf4 Y t\xea}\n")
    (folder / "broken" / "typo.yaml").write_text(
        "schema_version: 1\nagency: {name: X}\nassessed_on: 2026-09-30\nsystems:\n"
        "  - {id: a, name: A, level: 1, controls: {L1.02: {status: implemented, evidance: []}}}\n",
        encoding="utf-8",
    )


# --- the core -------------------------------------------------------------------------
def test_rows_come_in_discovery_order_with_the_check_verdicts(settings):
    run = run_audit([str(PROVINCE)], settings)
    assert [Path(r.source).name for r in run.rows] == [
        "a-compliant.yaml",
        "b-partial.yaml",
        "d-tied.yaml",
        "c-failing.yaml",
        "e-waived.yaml",
    ]
    by_name = {Path(r.source).stem: r for r in run.agencies}
    assert by_name["a-compliant"].verdict is Verdict.COMPLIANT and by_name["a-compliant"].score == 100.0
    assert by_name["b-partial"].verdict is Verdict.PARTIALLY_COMPLIANT and by_name["b-partial"].score == 87.5
    assert by_name["c-failing"].verdict is Verdict.NON_COMPLIANT
    assert by_name["c-failing"].layer(1).status is LayerStatus.NOT_MET  # critical L1.01 fails
    assert by_name["e-waived"].layer(3).status is LayerStatus.MET  # L3.01 not applicable, level 3
    assert by_name["a-compliant"].layer(3).status is LayerStatus.NOT_APPLICABLE  # level 2: no L3.01 pair
    assert by_name["c-failing"].systems == 2


def test_a_control_fails_for_an_agency_when_any_of_its_pairs_fails(settings):
    run = run_audit([str(PROVINCE)], settings)
    failing = {Path(r.source).stem: r.failing_of(run.checklist.ids) for r in run.agencies}
    assert failing["b-partial"] == ()  # a partial pair is not failing
    # L1.01 fails; L2.01 fails on one of its two systems only; L4.01 is only partial
    assert failing["c-failing"] == ("L1.01", "L2.01")
    assert failing["e-waived"] == ("L4.01",)  # L2.01 is waived, L3.01 not applicable
    top = {t.control: t for t in run.summary.top_failed}
    # as many fail each; then the most partial first (b and d partly meet L2.01, c L4.01)
    assert [(t.control, t.failing, t.share, t.partial, t.partial_share) for t in run.summary.top_failed] == [
        ("L2.01", 1, 20.0, 2, 40.0),
        ("L4.01", 1, 20.0, 1, 20.0),
        ("L1.01", 1, 20.0, 0, 0.0),
    ]
    assert top["L1.01"].severity == "critical" and top["L1.01"].layer == 1


def test_summary_counts_verdicts_layers_and_score_statistics(settings):
    summary = run_audit([str(PROVINCE)], settings).summary
    assert (summary.files, summary.agencies, summary.errors) == (5, 5, 0)
    assert dict(summary.verdicts) == {Verdict.COMPLIANT: 1, Verdict.PARTIALLY_COMPLIANT: 2, Verdict.NON_COMPLIANT: 2}
    scores = sorted([100.0, 87.5, 87.5, 47.06, 77.78])
    assert summary.median == 87.5 and summary.lowest == 47.06 and summary.highest == 100.0
    assert summary.mean == round(sum(scores) / 5, 2)
    layer3 = summary.layers[2]
    assert layer3.count(LayerStatus.NOT_APPLICABLE) == 4 and layer3.met_share == 100.0
    assert sum(n for _, n in summary.layers[0].counts) == 5


def test_top_failed_controls_are_ranked_by_count_then_checklist_order(small_checklist):
    def row(name, failing):
        outcomes = "".join("f" if cid in failing else "p" for cid in small_checklist.ids)
        return AgencyRow(
            name, None, date(2026, 9, 30), "t", "1", Verdict.NON_COMPLIANT, 50.0, b"", 1, outcomes=outcomes
        )

    rows = (row("a", ("L4.01", "L2.01")), row("b", ("L2.01",)), row("c", ("L4.01", "L1.01")))
    tallies = summarise_rows(rows, small_checklist, top=2).top_failed
    assert [(t.control, t.failing, t.share) for t in tallies] == [("L2.01", 2, 66.67), ("L4.01", 2, 66.67)]


def test_ranking_is_best_first_and_equal_scores_share_a_rank(settings):
    run = run_audit([str(PROVINCE)], settings)
    ranked = [(rank, Path(row.source).stem) for rank, row in run.ranking()]
    assert ranked == [(1, "a-compliant"), (2, "b-partial"), (2, "d-tied"), (4, "e-waived"), (5, "c-failing")]


def test_an_agency_without_a_score_is_ranked_last_without_a_rank():
    def row(name, score):
        return AgencyRow(name, None, date(2026, 9, 30), "t", "1", Verdict.COMPLIANT, score, b"", 1)

    assert [(r, x.source) for r, x in ranking([row("n", None), row("b", 50.0), row("a", 70.0)])] == [
        (1, "a"),
        (2, "b"),
        (None, "n"),
    ]


def test_a_bad_file_becomes_an_error_row_and_never_stops_the_others(settings, tmp_path):
    shutil.copytree(PROVINCE, tmp_path / "p")
    add_broken_files(tmp_path / "p")
    run = run_audit([str(tmp_path / "p")], settings)
    assert len(run.agencies) == 5 and len(run.errors) == 3
    codes = {Path(e.source).name: [f.code for f in e.errors] for e in run.errors}
    assert codes["syntax.yaml"] == ["yaml-syntax"]
    assert codes["latin1.yml"] == ["not-utf8"]
    assert codes["typo.yaml"] == ["unknown-key"]
    assert (
        next(e for e in run.errors if e.source.endswith("latin1.yml")).errors[0].location().endswith("latin1.yml:2:17")
    )
    for error in run.errors:
        assert all(f.line is not None for f in error.errors), error  # every error is located
    assert run.exit_code() is ExitCode.FINDINGS
    assert run.exit_code(fail_on="never") is ExitCode.FINDINGS  # an invalid file fails whatever the policy


def test_a_crash_while_evaluating_one_file_is_that_files_error_row(settings, monkeypatch):
    real = audit_rows.evaluate

    def flaky(checklist, assessment, as_of, **kwargs):
        if "d-tied" in assessment.source:
            raise RecursionError("boom")
        return real(checklist, assessment, as_of, **kwargs)

    monkeypatch.setattr(audit_rows, "evaluate", flaky)
    run = run_audit([str(PROVINCE)], settings)
    (error,) = run.errors
    assert error.source.endswith("d-tied.yaml")
    assert error.findings[0].code == "evaluation-crashed"
    assert "RecursionError" in error.findings[0].message("en")
    assert len(run.agencies) == 4


def test_exit_codes_follow_the_fail_on_policy(settings):
    run = run_audit([str(PROVINCE)], settings)
    assert run.exit_code("non-compliant") is ExitCode.FINDINGS
    assert run.exit_code("never") is ExitCode.OK
    compliant = run_audit([str(PROVINCE / "so" / "a-compliant.yaml")], settings)
    assert compliant.exit_code("partial") is ExitCode.OK
    assert compliant.exit_code("never", min_score=100) is ExitCode.OK
    partial = run_audit([str(PROVINCE / "so")], settings)
    assert partial.exit_code("non-compliant") is ExitCode.OK
    assert partial.exit_code("partial") is ExitCode.FINDINGS
    assert partial.exit_code("never", min_score=90) is ExitCode.FINDINGS


def test_the_same_file_is_counted_once_and_links_never_leave_the_root(settings, tmp_path):
    root = tmp_path / "province"
    shutil.copytree(PROVINCE / "so", root)
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.copy(PROVINCE / "xa" / "c-failing.yaml", outside / "c.yaml")
    try:
        os.symlink(outside / "c.yaml", root / "link-out.yaml")
        os.symlink(outside, root / "dir-out")
        os.symlink(root / "a-compliant.yaml", root / "z-link-in.yaml")
    except OSError:  # pragma: no cover - file systems without links
        pytest.skip("symbolic links are not supported here")
    run = run_audit([str(root), str(root / "b-partial.yaml")], settings)
    assert sorted(Path(r.source).name for r in run.rows) == ["a-compliant.yaml", "b-partial.yaml", "d-tied.yaml"]


def test_workers_send_back_compact_rows_not_evaluations(tmp_path):
    (path,) = write_agencies(tmp_path, 1, seed=5)
    checklist = load_checklist().checklist
    settings = Settings(checklist=checklist, as_of=date(2026, 10, 15))
    row = audit_rows.summarise(Target(str(path), given=False), settings)
    assert isinstance(row, AgencyRow) and not hasattr(row, "results")
    full = audit_rows.evaluate(checklist, check_file(path, checklist).assessment, settings.as_of)
    assert len(pickle.dumps(row)) * 4 < len(pickle.dumps(full))  # what crosses the pipe per file
    assert row.score == full.score and row.verdict is full.verdict


def test_jobs_do_not_change_the_rows(settings, tmp_path):
    shutil.copytree(PROVINCE, tmp_path / "p")
    add_broken_files(tmp_path / "p")
    one = run_audit([str(tmp_path / "p")], settings, jobs=1)
    two = run_audit([str(tmp_path / "p")], settings, jobs=2)
    three = run_audit([str(tmp_path / "p")], settings, jobs=3)
    assert one == two == three


def test_workers_get_the_settings_once_through_the_pool_initializer(settings, monkeypatch):
    created = []

    class Recording(ProcessPoolExecutor):
        def __init__(self, **kwargs):
            created.append(kwargs)
            super().__init__(**kwargs)

    monkeypatch.setattr(audit_workers, "ProcessPoolExecutor", Recording)
    run_audit([str(PROVINCE)], settings, jobs=2)
    assert created == [{"max_workers": 2, "initializer": audit_workers._start_worker, "initargs": (settings,)}]
    created.clear()
    run_audit([str(PROVINCE)], settings, jobs=1)
    run_audit([str(PROVINCE / "so" / "a-compliant.yaml")], settings, jobs=8)
    assert created == []  # --jobs 1, or a single file: evaluated in this process, no pool


def test_workers_leave_ctrl_c_to_the_parent(settings):
    before = signal.getsignal(signal.SIGINT)
    try:
        audit_workers._start_worker(settings)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        assert audit_workers._WORKER["settings"] is settings
    finally:
        signal.signal(signal.SIGINT, before)


def test_chunks_share_the_work_between_workers():
    assert audit_workers.chunk_size(1000, 2) == 62
    assert audit_workers.chunk_size(3, 8) == 1
    assert audit_workers.chunk_size(100_000, 2) == 64


def test_progress_is_reported_after_every_file(settings):
    calls = []
    run_audit([str(PROVINCE)], settings, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]


def test_progress_bar_appears_only_on_a_terminal_for_a_long_run():
    with ProgressBar(enabled=False) as off:
        off(1, 10_000)
        assert off._bar is None
    with ProgressBar(enabled=True) as short:
        short(1, 10)
        assert short._bar is None  # a few files, under a second: no bar
    with ProgressBar(enabled=True) as many:
        many(1, 51)
        assert many._bar is not None
        many(2, 51)
    assert many._bar is None  # stopped (transient) when the run ends
    slow = ProgressBar(enabled=True)
    slow._started = time.monotonic() - 2
    with slow:
        slow(1, 3)
        assert slow._bar is not None


# --- reporters ------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(formats.names("audit")))
def test_every_format_renders_a_run_with_errors(name, settings, tmp_path):
    shutil.copytree(PROVINCE, tmp_path / "p")
    add_broken_files(tmp_path / "p")
    entry = formats.get("audit", name)  # the yearly report's formats need its content kept, as the command does
    run = run_audit([str(tmp_path / "p")], replace(settings, keep_yearly=entry.yearly))
    report = formats.renderer(entry)(run, ReportOptions(lang="en"))
    if isinstance(report, bytes):  # an office document: the text of every part of its zip container
        from xml.sax.saxutils import escape

        with zipfile.ZipFile(io.BytesIO(report)) as archive:
            text = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))
        assert all(escape(row.agency.name) in text for row in run.agencies)
    else:
        text = report if isinstance(report, str) else "".join(report)
        assert "a-compliant.yaml" in text
    assert "syntax.yaml" in text
    if name == "json":
        assert parsed(text)["summary"]["errors"] == 3
    if name == "csv":
        assert len(read_csv(text)) == 8


def test_csv_neutralises_formulas():
    assert [neutralise(v) for v in ("=1+1", "+84", "-2", "@SUM(A1)", "\tx", "\rx", "＝1", "ok", None, 3)] == [
        "'=1+1",
        "'+84",
        "'-2",
        "'@SUM(A1)",
        "'\tx",
        "\\x0dx",
        "'＝1",
        "ok",
        "",
        "3",
    ]  # CR is shown escaped


def test_an_empty_run_is_an_error(small_checklist):
    run = AuditRun(date(2026, 1, 1), small_checklist, True, (), summarise_rows((), small_checklist))
    assert run.exit_code() is ExitCode.ERROR
    assert run.summary.mean is None and run.summary.median is None


# --- the command line -----------------------------------------------------------------
def test_console_prints_the_province_picture(cli, tmp_path):
    shutil.copytree(PROVINCE, tmp_path / "p")
    add_broken_files(tmp_path / "p")
    result = cli(["audit", tmp_path / "p", *BASE, "--lang", "en"])
    assert result.exit_code == 1, result.stderr
    out = result.stdout
    assert "FOUR-LAYER PROTECTION MODEL AUDIT" in out
    assert "8 file(s): 5 evaluated, 3 could not be evaluated" in out
    assert "Compliant 1 · Partially compliant 2 · Non-compliant 2" in out
    assert "mean 79.97 · median 87.50 · lowest 47.06 · highest 100.00" in out
    assert "Agencies ranked" in out and "The 3 most-failed controls" in out
    assert "at least one pair (the agency, or one system) has the outcome fail" in out  # the definitions
    assert "partly meets it when none fails" in out
    assert f"{tmp_path / 'p' / 'broken' / 'syntax.yaml'}:3:1" in out  # first located error
    assert "[yaml-syntax]" in out and "[not-utf8]" in out
    assert result.stderr == ""  # no progress bar when stderr is not a terminal


def test_console_speaks_vietnamese_by_default(cli):
    result = cli(["audit", PROVINCE, *BASE])
    assert "RÀ SOÁT TỔNG HỢP THEO MÔ HÌNH BẢO VỆ 4 LỚP" in result.stdout
    assert "Không tuân thủ 2" in result.stdout and "Xếp hạng" in result.stdout


def test_console_shows_markup_and_escapes_literally(cli):
    result = cli(["audit", TRICKY, *BASE, "--lang", "en"], env={"COLUMNS": "200"})
    assert "[bold red]Sở Giả mạo[/bold red]" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\\x1b[2J" in result.stdout and "\\x07" in result.stdout


def test_json_follows_the_schema_and_reads_back(cli, tmp_path):
    shutil.copytree(PROVINCE, tmp_path / "p")
    add_broken_files(tmp_path / "p")
    result = cli(["audit", tmp_path / "p", *BASE, "--format", "json"])
    assert result.exit_code == 1, result.stderr
    data = parsed(result.stdout)
    validate_audit_json(data)
    assert data["summary"]["files"] == 8 and data["summary"]["errors"] == 3
    assert data["checklist"] == {"id": "audit-test", "version": "1"}
    assert [Path(a["source"]).name for a in data["agencies"]] == [
        "a-compliant.yaml",
        "b-partial.yaml",
        "d-tied.yaml",
        "c-failing.yaml",
        "e-waived.yaml",
    ]
    tied = [a for a in data["agencies"] if a["score"] == 87.5]
    assert [a["rank"] for a in tied] == [2, 2]
    first = data["agencies"][0]
    assert [layer["status"] for layer in first["layers"]] == ["met", "met", "not_applicable", "met"]
    assert first["agency"] == {"name": "Sở Y tế tỉnh Nghệ An", "code": "000.00.15.H42", "province": "Nghệ An"}
    syntax = next(e for e in data["errors"] if e["source"].endswith("syntax.yaml"))
    assert syntax["findings"][0]["line"] == 3 and syntax["findings"][0]["code"] == "yaml-syntax"
    critical = next(c for c in data["top_failed_controls"] if c["control"] == "L1.01")
    assert critical == {
        "control": "L1.01",
        "layer": 1,
        "severity": "critical",
        "title": "Đơn vị chuyên trách được giao nhiệm vụ",
        "failing": 1,
        "share": 20.0,
        "partial": 0,
        "partial_share": 0.0,
        "failing_agencies": [str(tmp_path / "p" / "xa" / "c-failing.yaml")],
        "partial_agencies": [],
    }
    assert data["summary"]["score"] == {"mean": 79.97, "median": 87.5, "min": 47.06, "max": 100.0}


def test_json_is_the_same_for_every_language_but_the_messages(cli):
    vi = parsed(cli(["audit", PROVINCE, *BASE, "--format", "json", "--lang", "vi"]).stdout)
    en = parsed(cli(["audit", PROVINCE, *BASE, "--format", "json", "--lang", "en"]).stdout)
    assert vi["summary"] == en["summary"] and vi["agencies"] == en["agencies"]
    assert vi["layers"][0]["title"] == "Lực lượng tại chỗ" and en["layers"][0]["title"] == "On-site force"


def test_csv_reads_back_with_error_rows_and_neutralised_cells(cli, tmp_path):
    shutil.copytree(PROVINCE, tmp_path / "p")
    shutil.copytree(TRICKY, tmp_path / "p" / "tricky")
    add_broken_files(tmp_path / "p")
    result = cli(["audit", tmp_path / "p", *BASE, "--format", "csv", "--lang", "en"])
    assert result.exit_code == 1
    assert "\r\n" in result.stdout
    rows = read_csv(result.stdout)
    assert list(rows[0]) == list(COLUMNS)
    assert len(rows) == 10
    by_name = {Path(r["source"]).name: r for r in rows}
    assert by_name["a-compliant.yaml"]["status"] == "evaluated"
    assert by_name["a-compliant.yaml"]["agency"] == "Sở Y tế tỉnh Nghệ An"
    assert by_name["c-failing.yaml"]["layer1_status"] == "not_met"
    assert by_name["c-failing.yaml"]["failing_controls"] == "L1.01 L2.01"
    assert by_name["b-partial.yaml"]["score"] == "87.50" and by_name["b-partial.yaml"]["rank"] == "3"
    formula = by_name["formula.yaml"]
    assert formula["agency"].startswith("'=HYPERLINK(")
    assert formula["agency_code"] == "'+84-000" and formula["province"] == "'@Nghệ An"
    broken = by_name["syntax.yaml"]
    assert broken["status"] == "error" and broken["verdict"] == "" and broken["error_count"] == "1"
    assert broken["first_error"].startswith(f"{tmp_path / 'p' / 'broken' / 'syntax.yaml'}:3:1: ")


@pytest.mark.parametrize("fmt", sorted(formats.names("audit")))
def test_jobs_1_and_2_give_identical_output(cli, tmp_path, fmt):
    write_agencies(tmp_path / "p", 24, seed=3)
    add_broken_files(tmp_path / "p")
    args = ["audit", tmp_path / "p", "--as-of", AS_OF, "--format", fmt]
    one, two = cli([*args, "--jobs", "1"]), cli([*args, "--jobs", "2"])  # stdout is a pipe here: bytes allowed
    assert one.exit_code == two.exit_code == 1
    assert one.stdout_bytes == two.stdout_bytes and one.stdout_bytes
    if fmt == "json":
        assert parsed(one.stdout)["summary"]["files"] == 27


def test_options_of_check_apply(cli):
    args = ["audit", PROVINCE / "xa" / "e-waived.yaml", *BASE, "--format", "json"]
    with_waivers = parsed(cli(args).stdout)
    without = parsed(cli([*args, "--no-waivers"]).stdout)
    assert with_waivers["waivers_ignored"] is False and without["waivers_ignored"] is True
    assert "L2.01" not in with_waivers["agencies"][0]["failing_controls"]
    assert "L2.01" in without["agencies"][0]["failing_controls"]
    assert cli([*args, "--fail-on", "never"]).exit_code == 0
    assert cli(["audit", PROVINCE / "so", *BASE, "--min-score", "90"]).exit_code == 1
    assert cli(["audit", PROVINCE / "so", *BASE, "--min-score", "80"]).exit_code == 0
    assert cli(["audit", PROVINCE / "so", *BASE, "--fail-on", "partial"]).exit_code == 1
    assert parsed(cli([*args, "--as-of", "2027-07-01"]).stdout)["as_of"] == "2027-07-01"


def test_reading_limits_apply(cli):
    result = cli(["audit", PROVINCE / "so", *BASE, "--max-file-size", "100", "--format", "json"])
    data = parsed(result.stdout)
    assert result.exit_code == 1 and data["summary"]["errors"] == 3
    assert {f["code"] for e in data["errors"] for f in e["findings"]} == {"file-too-large"}


def test_a_missing_path_is_exit_2_and_the_others_are_still_reported(cli):
    result = cli(["audit", PROVINCE, "no/such/folder", *BASE, "--format", "json"])
    assert result.exit_code == 2
    data = parsed(result.stdout)
    assert data["summary"]["agencies"] == 5
    assert data["errors"][0]["source"] == "no/such/folder"
    assert data["errors"][0]["findings"][0]["code"] == "file-not-found"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads every folder")
def test_a_named_folder_that_cannot_be_listed_is_exit_2(cli, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        result = cli(["audit", locked, PROVINCE, *BASE, "--format", "json"])
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 2
    assert parsed(result.stdout)["errors"][0]["source"] == str(locked)


def test_a_named_folder_that_cannot_be_listed_stays_a_named_path(monkeypatch):
    # discover() reports a folder it cannot list as a file found inside it
    monkeypatch.setattr(
        audit_workers,
        "discover",
        lambda paths: iter([Target("locked", given=False), Target("locked/x.yaml", given=False)]),
    )
    assert [t.given for t in audit_workers.unique_targets(["locked"])] == [True, False]


def test_a_folder_without_assessments_is_exit_2_with_a_message(cli, tmp_path):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    result = cli(["audit", tmp_path, *BASE, "--lang", "en"])
    assert result.exit_code == 2
    assert "No *.yaml or *.yml file was found" in result.stderr and result.stdout == ""
    assert "Traceback" not in result.stderr


def test_usage_errors_are_exit_2(cli):
    assert cli(["audit"]).exit_code == 2
    assert cli(["audit", PROVINCE, "--jobs", "0"]).exit_code == 2
    assert cli(["audit", PROVINCE, "--format", "yaml"]).exit_code == 2
    bad_date = cli(["audit", PROVINCE, "--as-of", "30/09/2026", "--lang", "en"])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.stderr
    assert cli(["audit", PROVINCE, "--checklist", "no-such.yaml"]).exit_code == 2


def test_output_is_written_atomically_and_never_over_an_input(cli, tmp_path):
    shutil.copytree(PROVINCE, tmp_path / "p")
    report = tmp_path / "audit.json"
    result = cli(["audit", tmp_path / "p", *BASE, "--format", "json", "--output", report])
    assert result.exit_code == 1 and result.stdout == ""
    validate_audit_json(json.loads(report.read_text(encoding="utf-8")))
    victim = tmp_path / "p" / "so" / "a-compliant.yaml"
    before = victim.read_bytes()
    refused = cli(["audit", tmp_path / "p", *BASE, "--format", "csv", "-o", victim])
    assert refused.exit_code == 2 and victim.read_bytes() == before
    csv_out = tmp_path / "audit.csv"
    cli(["audit", tmp_path / "p", *BASE, "--format", "csv", "-o", csv_out])
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert len(read_csv(csv_out.read_text(encoding="utf-8"))) == 5


def test_standard_input_is_read_in_this_process(cli):
    text = (PROVINCE / "so" / "a-compliant.yaml").read_text(encoding="utf-8")
    result = cli(["audit", "-", PROVINCE / "xa", *BASE, "--format", "json", "--jobs", "2"], input=text)
    data = parsed(result.stdout)
    assert data["agencies"][0]["source"] == "<stdin>"
    assert data["summary"]["agencies"] == 3


# --- 1,000 agencies -------------------------------------------------------------------
@pytest.fixture(scope="module")
def province_of_1000(tmp_path_factory):
    folder = tmp_path_factory.mktemp("province-1000")
    write_agencies(folder, 1000, seed=2026)
    add_broken_files(folder)
    return folder


@pytest.mark.slow
def test_an_audit_of_1000_agencies(province_of_1000, tmp_path):
    from conftest import run_cli

    args = ["audit", province_of_1000, "--as-of", AS_OF, "--lang", "en"]
    one = run_cli([*args, "--format", "json", "--jobs", "1", "-o", tmp_path / "one.json"])
    two = run_cli([*args, "--format", "json", "--jobs", "2", "-o", tmp_path / "two.json"])
    assert one.exit_code == two.exit_code == 1, one.stderr + two.stderr
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    data = parsed((tmp_path / "one.json").read_text(encoding="utf-8"))
    validate_audit_json(data)
    assert data["summary"]["files"] == 1003 and data["summary"]["agencies"] == 1000
    assert sorted(Path(e["source"]).name for e in data["errors"]) == ["latin1.yml", "syntax.yaml", "typo.yaml"]
    verdicts = data["summary"]["verdicts"]
    assert all(verdicts[v] > 0 for v in verdicts), verdicts  # the generator spreads the verdicts

    console = run_cli([*args, "--jobs", "2"])
    assert console.exit_code == 1
    assert "1003 file(s): 1000 evaluated, 3 could not be evaluated" in console.stdout
    assert "The 10 most-failed controls" in console.stdout
    assert f"{province_of_1000 / 'broken' / 'syntax.yaml'}:3:1" in console.stdout

    table = run_cli([*args, "--format", "csv", "--jobs", "2"])
    rows = read_csv(table.stdout)
    assert len(rows) == 1003 and sum(r["status"] == "error" for r in rows) == 3
    assert sorted(int(r["rank"]) for r in rows if r["rank"])[0] == 1


def test_python_m_fourlayer_audit_with_worker_processes(tmp_path):
    import subprocess

    shutil.copytree(PROVINCE, tmp_path / "p")
    add_broken_files(tmp_path / "p")
    done = subprocess.run(
        [
            *FOURLAYER,
            "audit",
            str(tmp_path / "p"),
            "--checklist",
            str(CHECKLIST_FILE),
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "--jobs",
            "2",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr == ""
    data = parsed(done.stdout)
    assert data["summary"]["agencies"] == 5 and data["summary"]["errors"] == 3


def test_json_is_built_one_agency_at_a_time_with_the_same_text(settings, tmp_path):
    """The streamed rendering gives exactly the text of dumping the whole report at once."""
    from fourlayer.reporting.audit.json import audit_dict, render
    from fourlayer.reporting.check.json import dumps

    shutil.copytree(PROVINCE, tmp_path / "p")
    add_broken_files(tmp_path / "p")
    run = run_audit([str(tmp_path / "p")], settings)
    options = ReportOptions(lang="vi")
    assert len(run.agencies) > 1 and run.errors
    assert render(run, options) == dumps(audit_dict(run, options))


# --- the compact row ------------------------------------------------------------------------
_LAYER_RESULTS = st.builds(
    LayerResult,
    layer=st.integers(1, 4),
    status=st.sampled_from(list(LayerStatus)),
    score=st.none() | st.floats(0, 100).map(lambda x: round(x, 2)),
    counts=st.tuples(*(st.integers(0, 2**32 - 1) for _ in OUTCOME_ORDER)).map(
        lambda c: tuple(zip(OUTCOME_ORDER, c, strict=True))
    ),
)


@given(st.lists(_LAYER_RESULTS, max_size=4))
def test_a_rows_layers_come_back_equal_from_their_packed_form(layers):
    packed = audit_rows.pack_layers(layers)
    assert audit_rows.unpack_layers(packed) == tuple(layers)
    assert len(packed) <= 30 * len(layers)


def test_an_audit_row_keeps_the_evaluations_layers(tmp_path):
    write_agencies(tmp_path, 3, seed=7)
    from fourlayer.model.checklist import load_checklist
    from fourlayer.model.evaluation import evaluate
    from fourlayer.reading.validation import check_file

    checklist = load_checklist().checklist
    for path in sorted(tmp_path.rglob("*.yaml")):
        checked = check_file(str(path), checklist)
        result = evaluate(checked.checklist or checklist, checked.assessment, date(2026, 11, 27))
        row = audit_rows.row_of(result, control_ids=checklist.ids)
        assert row.layers == result.layers
        assert row.layer(2) == next(x for x in result.layers if x.layer == 2)


# --- the ranking keeps every agency ----------------------------------------------------
VERDICTS = st.sampled_from(list(Verdict))


SCORES = st.one_of(st.none(), st.sampled_from([0.0, 50.0, 87.5, 100.0]), st.floats(0, 100).map(lambda x: round(x, 2)))


ORDER = (Verdict.COMPLIANT, Verdict.PARTIALLY_COMPLIANT, Verdict.NON_COMPLIANT)


def _row(index: int, verdict: Verdict, score: float | None) -> AgencyRow:
    return AgencyRow(
        f"f{index:03d}.yaml", Agency(f"Sở {index % 3}", None), date(2026, 9, 30), "t", "1", verdict, score, (), 1
    )


@given(st.lists(st.tuples(VERDICTS, SCORES), max_size=40), st.sets(st.integers(0, 45), max_size=10))
def test_the_ranking_returns_every_agency_and_ties_share_a_rank(rows, skipped_indexes):
    agencies = [_row(i, verdict, score) for i, (verdict, score) in enumerate(rows)]
    skipped = frozenset(f"f{i:03d}.yaml" for i in skipped_indexes)
    ranked = ranking([*agencies, FileProblems("bad.yaml", ())], skipped)
    wanted = [row for row in agencies if row.source not in skipped]
    assert sorted(row.source for _, row in ranked) == sorted(row.source for row in wanted)  # none dropped, none twice

    def key(row: AgencyRow) -> tuple[int, float]:
        return ORDER.index(row.verdict), -(row.score or 0.0)

    for rank, row in ranked:
        if row.score is None:
            assert rank is None
        else:  # 1 + the agencies strictly ahead: ties share it (1, 2, 2, 4)
            assert rank == 1 + sum(1 for _, other in ranked if other.score is not None and key(other) < key(row))
    assert [row.score is None for _, row in ranked] == sorted(row.score is None for _, row in ranked)
    for (_, a), (_, b) in itertools.pairwise(ranked):
        if a.score is not None and b.score is not None:
            assert key(a) <= key(b)


def test_an_audit_of_tied_agencies_ranks_every_one(tmp_path):
    folder = tmp_path / "tied"
    folder.mkdir()
    text = (EXAMPLES / "xa-hung-dong.yaml").read_text(encoding="utf-8")
    for index in range(12):
        copy = text.replace("name: Ủy ban nhân dân xã Hưng Đông", f"name: Ủy ban nhân dân xã Số {index}", 1)
        (folder / f"xa-{index:02d}.yaml").write_text(copy, encoding="utf-8")
    shutil.copy(EXAMPLES / "so-y-te-nghe-an.yaml", folder / "so-y-te.yaml")
    result = run_cli(["audit", folder, "--as-of", "2026-11-01", "--format", "json", "--jobs", "1"])
    data = json.loads(result.stdout)
    assert len(data["agencies"]) == 13 and not data["errors"] and not data["duplicates"]
    ranks = sorted(a["rank"] for a in data["agencies"])
    assert ranks == [1] * 12 + [13]
    book_path = tmp_path / "audit.xlsx"
    assert run_cli(
        ["audit", folder, "--as-of", "2026-11-01", "--format", "xlsx", "-o", book_path, "--jobs", "1"]
    ).exit_code in (0, 1)
    book = openpyxl.load_workbook(book_path, read_only=True)
    named = {
        cell
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if isinstance(cell, str) and cell.startswith("Ủy ban nhân dân xã Số ")
    }
    assert len(named) == 12


@pytest.mark.parametrize("flag", ["--quiet", "-q"])
def test_audit_quiet_prints_only_the_closing_lines(flag):
    full = run_cli(["audit", ROOT / "examples", "--as-of", "2026-12-07"])
    quiet = run_cli(["audit", ROOT / "examples", "--as-of", "2026-12-07", flag])
    assert quiet.exit_code == full.exit_code
    lines = [line for line in quiet.stdout.splitlines() if line.strip()]
    assert 0 < len(lines) <= 3 < len(full.stdout.splitlines())
    assert full.stdout.rstrip().endswith(quiet.stdout.rstrip())  # the same closing lines


def test_audit_quiet_still_names_a_file_that_could_not_be_evaluated(tmp_path):
    (tmp_path / "hong.yaml").write_text("schema_version: 1\nagency: [\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_bytes((ROOT / "examples" / "xa-hung-dong.yaml").read_bytes())
    quiet = run_cli(["audit", tmp_path, "--as-of", "2026-12-07", "-q"])
    assert "hong.yaml" in quiet.stdout
