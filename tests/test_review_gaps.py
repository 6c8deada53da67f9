"""Tests the review found missing: a single-line field stays on one line in what fourlayer
writes; the audit ranking keeps every agency; a ``basis_unconfirmed`` warning never changes
an outcome."""

from __future__ import annotations

import itertools
import json
import re
import shutil
from datetime import date
from pathlib import Path

import openpyxl
import yaml
from conftest import EXAMPLES, ROOT, run_cli
from hypothesis import given
from hypothesis import strategies as st

from fourlayer.authoring.init import flow, quote
from fourlayer.model.assessment import Agency
from fourlayer.model.evaluation import Verdict
from fourlayer.rounds.audit import AgencyRow, ranking
from fourlayer.runner import FileProblems

LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""Every character ``str.splitlines`` breaks a line at (YAML 1.1 breaks at \\x85, \\u2028, \\u2029 too)."""


# --- (a) a single-line field never becomes two lines -------------------------------------
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)) | st.sampled_from(LINE_BREAKS)))
def test_a_value_written_into_yaml_stays_on_one_line_and_reads_back(text):
    for written in (quote(text), flow(text)):
        assert len(written.splitlines()) == 1 and not any(char in written for char in LINE_BREAKS), written
    assert yaml.safe_load(f"k: {quote(text)}")["k"] == text


SINGLE_LINE = {
    "agency name": "Sở\nY tế\u2028Nghệ An",
    "agency code": "000.00\r.15\x85.H42",
    "system name": "Cổng\u2029thông\x0btin",
    "evidence ref": "45/QĐ\nphụ lục\x1c2",
}

NOTE = "dòng 1\ndòng 2"
"""A multi-line field: its lines are kept."""


def _assessment(tmp_path: Path) -> Path:
    data = {
        "schema_version": 1,
        "checklist": {"id": "four-layer", "version": "2"},
        "agency": {"name": SINGLE_LINE["agency name"], "code": SINGLE_LINE["agency code"]},
        "assessed_on": "2026-09-30",
        "systems": [{"id": "portal", "name": SINGLE_LINE["system name"], "level": 1}],
        "controls": {
            "L1.01": {
                "status": "implemented",
                "evidence": [{"ref": SINGLE_LINE["evidence ref"], "date": "2026-03-01", "note": NOTE}],
            }
        },
    }
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=False), encoding="utf-8")
    return path


def test_single_line_fields_stay_on_one_line_in_a_generated_workbook_and_yaml(tmp_path):
    """yaml → xlsx → yaml (``convert``): in the workbook each single-line field is one line (its
    line breaks and control characters become a space; notes keep their lines); in the YAML
    written back it is one line, whole."""
    source = _assessment(tmp_path)
    book_path, back = tmp_path / "a.xlsx", tmp_path / "back.yaml"
    assert run_cli(["convert", source, "-o", book_path]).exit_code == 0
    book = openpyxl.load_workbook(book_path)
    cells = [
        cell
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if isinstance(cell, str)
    ]
    for value in SINGLE_LINE.values():
        assert _one_line(value) in cells
        pieces = [piece for piece in re.split(f"[{LINE_BREAKS}]", value) if piece]
        for cell in cells:  # the value, or a title made from it: never over two lines, no _x000D_ text
            if cell != NOTE and any(piece in cell for piece in pieces):
                assert not any(char in cell for char in LINE_BREAKS) and "_x00" not in cell, cell
    assert NOTE in cells  # a note keeps its lines
    assert run_cli(["convert", book_path, "-o", back]).exit_code == 0
    text = back.read_text(encoding="utf-8")
    assert text.split("\n")[:-1] == text.splitlines()  # no other character breaks a line
    loaded = yaml.safe_load(text)
    assert loaded["agency"]["name"] == _one_line(SINGLE_LINE["agency name"])
    assert loaded["agency"]["code"] == _one_line(SINGLE_LINE["agency code"])
    assert loaded["systems"][0]["name"] == _one_line(SINGLE_LINE["system name"])
    assert loaded["controls"]["L1.01"]["evidence"][0]["ref"] == _one_line(SINGLE_LINE["evidence ref"])
    assert loaded["controls"]["L1.01"]["evidence"][0]["note"] == NOTE


def _one_line(text: str) -> str:
    return re.sub(f"[{LINE_BREAKS}]+", " ", text)


# --- (b) the ranking keeps every agency ----------------------------------------------------
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


# --- (c) a basis_unconfirmed warning never changes an outcome -------------------------------
def test_a_basis_unconfirmed_warning_never_changes_an_outcome(tmp_path):
    """The same migrated assessment under the bundled version 2 (bases confirmed until
    2026-06-30: warnings on 2026-12-01) and under a copy with every ``confirmed_until``
    removed (no such warning): the same outcomes, layers, score and verdict."""
    from test_migrate import NAMES, migrated

    text = (ROOT / "checklists" / "four-layer-v2.yaml").read_text(encoding="utf-8")
    confirmed = tmp_path / "confirmed.yaml"
    confirmed.write_text(
        "\n".join(line for line in text.splitlines() if "confirmed_until:" not in line) + "\n", encoding="utf-8"
    )
    for name in NAMES:
        path = tmp_path / f"{name}.yaml"
        path.write_text(migrated(name).text, encoding="utf-8")
        reports = []
        for extra in ([], ["--checklist", confirmed]):
            result = run_cli(["check", "--format", "json", "--as-of", "2026-12-01", path, *extra])
            assert result.exit_code in (0, 1), result.stderr
            reports.append(json.loads(result.stdout)["reports"][0])
        warned, plain = reports
        unconfirmed = {w["control"] for w in warned["warnings"] if w["code"] == "basis_unconfirmed"}
        assert unconfirmed, "the case needs warnings"
        assert unconfirmed - {w["control"] for w in plain["warnings"] if w["code"] == "basis_unconfirmed"}

        def outcomes(report: dict) -> dict:
            return {(r["control"], r["system"]): (r["outcome"], tuple(r["reasons"])) for r in report["results"]}

        assert outcomes(warned) == outcomes(plain)
        assert (warned["verdict"], warned["score"], warned["layers"]) == (
            plain["verdict"],
            plain["score"],
            plain["layers"],
        )


# --- a YAML boolean where a word is expected: one finding, with the word it stands for ----
def test_a_boolean_status_is_one_finding_that_suggests_the_word_it_means(tmp_path):
    """``status: yes`` fails the schema twice (type and enum); both become one finding, and its
    hint names the status the word means (``yes`` → implemented, ``no`` → not_implemented)."""
    source = (ROOT / "tests" / "cases" / "invalid" / "status-yes.yaml").read_text(encoding="utf-8")
    for word, meant in (
        ("yes", "implemented"),
        ("no", "not_implemented"),
        ("true", "implemented"),
        ("off", "not_implemented"),
    ):
        path = tmp_path / f"{word}.yaml"
        path.write_text(source.replace("status: yes", f"status: {word}"), encoding="utf-8")
        result = run_cli(["validate", str(path), "--format", "json", "--lang", "en"])
        found = json.loads(result.stdout)["files"][0]["findings"]
        assert [(f["code"], f["line"], f["column"]) for f in found] == [("yaml-boolean", 11, 13)], found
        assert f'"{meant}"' in found[0]["hint"], found[0]["hint"]
