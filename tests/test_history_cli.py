"""``audit --record`` and ``fourlayer history`` through the real command line: the
quarterly workflow end to end, and every refusal leaving the history byte-identical."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest
from conftest import run_cli
from generate import write_agencies
from rounds import next_round

from fourlayer.resources import schema

ROUNDS = (("2026-Q1", "q1", "2026-03-31"), ("2026-Q2", "q2", "2026-06-30"), ("2026-Q3", "q3", "2026-09-30"))


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    """Three quarters of 40 agencies: each quarter some improve, some regress, two do not submit."""
    root = tmp_path_factory.mktemp("province")
    write_agencies(root / "q1", 40, 11)
    next_round(root / "q1", root / "q2", 21, drop=2)
    next_round(root / "q2", root / "q3", 22, drop=2)
    (root / "q3" / "xa" / "broken.yaml").write_text("agency: [unclosed\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def recorded(province, tmp_path_factory):
    """The three rounds recorded, each with its own audit JSON report."""
    out = tmp_path_factory.mktemp("recorded")
    history = out / "lich-su.sqlite"
    reports = {}
    for label, folder, day in ROUNDS:
        report = out / f"{label}.json"
        done = run_cli(
            [
                "audit",
                province / folder,
                "--record",
                history,
                "--round",
                label,
                "--as-of",
                day,
                "--format",
                "json",
                "-o",
                report,
                "--jobs",
                "2",
            ]
        )
        assert done.exit_code in (0, 1), done.stderr
        assert label in done.stderr  # "recorded" said on stderr, the report alone on stdout/--output
        reports[label] = json.loads(report.read_text(encoding="utf-8"))
    return history, reports


def _identity(agency: dict) -> str:
    return agency.get("code") or agency["name"]


def test_history_json_scores_equal_those_of_each_audit(recorded):
    history, reports = recorded
    done = run_cli(["history", history, "--format", "json"])
    assert done.exit_code == 0, done.stderr
    data = json.loads(done.stdout)
    jsonschema.validate(data, schema("history"), format_checker=jsonschema.FormatChecker())
    expected: dict[str, dict[str, dict]] = {}
    for label, report in reports.items():
        for row in report["agencies"]:
            if row["duplicate_of"] is None:  # a duplicate submission is not a second agency
                expected.setdefault(_identity(row["agency"]), {})[label] = {
                    "score": row["score"],
                    "verdict": row["verdict"],
                }
    got = {(a["agency"]["code"] or a["agency"]["name"]): a["rounds"] for a in data["agencies"]}
    assert got == expected
    assert len(got) >= 40
    for entry, (label, _, day) in zip(data["rounds"], ROUNDS, strict=True):
        report = reports[label]
        assert entry["round"] == label and entry["as_of"] == day
        assert entry["agencies"] == report["summary"]["agencies"]
        assert entry["errors"] == report["summary"]["errors"]
        assert entry["mean_score"] == report["summary"]["score"]["mean"]
        assert entry["checklist"] == report["checklist"]
        for layer, audit_layer in zip(entry["layers"], report["layers"], strict=True):
            assert {k: layer[k] for k in ("met", "partially_met", "not_met", "not_applicable")} == audit_layer[
                "statuses"
            ]
    assert [r["errors"] for r in data["rounds"]] == [0, 0, 1]


def test_history_console_csv_and_filters(recorded):
    history, reports = recorded
    console = run_cli(["history", history, "--lang", "en"])
    assert console.exit_code == 0, console.stderr
    for label, _, _ in ROUNDS:
        assert label in console.stdout
    assert "In round 2026-Q2, no result in round 2026-Q3: 2" in console.stdout  # absent, not "not submitted"
    assert "Round 2026-Q3 was recorded without a roster (--roster), so who did not submit is not known." in " ".join(
        console.stdout.split()
    )
    assert "Most improved (2026-Q3 against 2026-Q2)" in console.stdout
    table = run_cli(["history", history, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(table.stdout.removeprefix("\ufeff"))))
    assert len(rows) == sum(r["summary"]["agencies"] for r in reports.values())
    some = reports["2026-Q3"]["agencies"][0]
    name = some["agency"]["name"]
    only = json.loads(run_cli(["history", history, "--format", "json", "--agency", name.upper(), "--last", "2"]).stdout)
    assert [r["round"] for r in only["rounds"]] == ["2026-Q2", "2026-Q3"]
    assert only["agencies"] and all(name.casefold() in a["agency"]["name"].casefold() for a in only["agencies"])


def _copy(path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.sqlite"
    target.write_bytes(path.read_bytes())
    return target


def test_recording_a_label_twice_exits_2_and_leaves_the_file_byte_identical(recorded, province, tmp_path):
    history = _copy(recorded[0], tmp_path)
    before = history.read_bytes()
    done = run_cli(["audit", province / "q3", "--record", history, "--round", "2026-Q2", "--format", "json"])
    assert done.exit_code == 2
    assert "2026-Q2" in done.stderr and "--replace-round" in done.stderr
    assert done.stdout == ""  # refused before the audit ran
    assert history.read_bytes() == before


def test_replace_round_replaces_it(recorded, province, tmp_path):
    history = _copy(recorded[0], tmp_path)
    done = run_cli(
        [
            "audit",
            province / "q1",
            "--record",
            history,
            "--round",
            "2026-Q3",
            "--replace-round",
            "--as-of",
            "2026-09-30",
            "--format",
            "json",
            "-o",
            tmp_path / "a.json",
        ]
    )
    assert done.exit_code in (0, 1), done.stderr
    assert "Đã ghi đè đợt 2026-Q3" in done.stderr
    data = json.loads(run_cli(["history", history, "--format", "json"]).stdout)
    q3 = next(r for r in data["rounds"] if r["round"] == "2026-Q3")
    assert q3["agencies"] == 40 and q3["errors"] == 0


def test_replace_round_of_a_new_label_says_recorded_not_replaced(recorded, province, tmp_path):
    history = _copy(recorded[0], tmp_path)
    done = run_cli(
        [
            "audit",
            province / "q1",
            "--record",
            history,
            "--round",
            "2027-Q1",
            "--replace-round",
            "--as-of",
            "2026-09-30",
            "--format",
            "json",
            "-o",
            tmp_path / "a.json",
            "--lang",
            "en",
        ]
    )
    assert done.exit_code in (0, 1), done.stderr
    assert "Round 2027-Q1 recorded" in done.stderr and "replaced" not in done.stderr


DAMAGED = {
    "random-bytes": lambda p: p.write_bytes(bytes(range(256)) * 64),
    "an-assessment": lambda p: p.write_text("schema_version: 1\n", encoding="utf-8"),
    "half-a-history": None,  # filled in below from a real history
}


@pytest.mark.parametrize("damage", sorted(DAMAGED))
def test_recording_into_a_damaged_file_exits_2_and_leaves_it_byte_identical(damage, recorded, province, tmp_path):
    history = tmp_path / "h.sqlite"
    if damage == "half-a-history":
        data = recorded[0].read_bytes()
        history.write_bytes(data[: len(data) // 2])
    else:
        DAMAGED[damage](history)
    before = history.read_bytes()
    done = run_cli(["audit", province / "q1", "--record", history, "--round", "2026-Q4", "--format", "json"])
    assert done.exit_code == 2, done.stderr
    assert "fourlayer:" in done.stderr and "Traceback" not in done.stderr
    assert history.read_bytes() == before
    shown = run_cli(["history", history])
    assert shown.exit_code == 2 and history.read_bytes() == before


def test_another_sqlite_database_is_refused_untouched(province, tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE danh_ba (ten TEXT)")
    before = other.read_bytes()
    done = run_cli(["audit", province / "q1", "--record", other, "--round", "2026-Q1", "--lang", "en"])
    assert done.exit_code == 2 and "not a fourlayer history" in done.stderr
    assert other.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--record", "{h}"], "--round"),
        (["--round", "2026-Q1"], "--record"),
        (["--record", "{h}", "--round", "<b>"], "not valid"),
        (["--record", "{h}", "--round", "2026-Q1", "-o", "{h}"], "overwrite the history"),
    ],
)
def test_record_options_are_checked_before_the_audit(args, words, province, tmp_path):
    history = tmp_path / "h.sqlite"
    done = run_cli(["audit", province / "q1", "--lang", "en", *[a.format(h=history) for a in args]])
    assert done.exit_code == 2 and words in done.stderr
    assert not history.exists()


def test_history_of_a_missing_file_says_how_to_make_one(tmp_path):
    done = run_cli(["history", tmp_path / "none.sqlite", "--lang", "en"])
    assert done.exit_code == 2
    assert "--record" in done.stderr and not (tmp_path / "none.sqlite").exists()


def test_sqlite_and_jinja2_load_only_where_needed(province, tmp_path):
    from test_startup import modules_after

    plain = modules_after(
        ["audit", str(province / "q1"), "--jobs", "1", "--format", "json", "-o", str(tmp_path / "a.json")]
    )
    assert "fourlayer.rounds.audit" in plain
    assert not {"sqlite3", "jinja2", "fourlayer.rounds.history_store"} & plain
    recording = modules_after(
        [
            "audit",
            str(province / "q1"),
            "--jobs",
            "1",
            "--record",
            str(tmp_path / "h.sqlite"),
            "--round",
            "Q1",
            "-o",
            str(tmp_path / "b.json"),
            "--format",
            "json",
        ]
    )
    assert "sqlite3" in recording and "jinja2" not in recording
    page = modules_after(
        ["audit", str(province / "q1"), "--jobs", "1", "--format", "html", "-o", str(tmp_path / "a.html")]
    )
    assert "jinja2" in page and "sqlite3" not in page


@pytest.mark.parametrize(("lang", "words"), [("vi", "Kiểm tra đường dẫn"), ("en", "Check the path")])
def test_a_history_file_that_cannot_be_read_is_named_with_what_to_do(lang, words, tmp_path):
    path = tmp_path / ("a" * 300)  # a name the file system refuses: OSError, neither absent nor a folder
    done = run_cli(["history", path, "--lang", lang])
    assert done.exit_code == 2 and "Traceback" not in done.stderr
    assert str(path) in done.stderr and words in done.stderr


# --- the console's agency table: the most recent rounds that fit the width ---------------------

WIDE_NAMES = (
    ("Trung tâm Dữ liệu và Chuyển đổi số tỉnh Nghệ An", "000.00.29.H42"),  # 61 cells with its code
    ("Sở Tài chính tỉnh Nghệ An", "000.00.05.H42"),  # 39 cells
    ("Ủy ban nhân dân xã Hưng Đông", None),
    ("Sở Y tế", "H42"),  # no result in every fourth round
)
MARKS = {"compliant": "✓", "partially_compliant": "◐", "non_compliant": "✗"}


def _score(round_number: int, agency: int) -> float:
    return 40 + (round_number * 7 + agency * 13) % 60 + 0.25 * (agency % 3)


def _verdict(score: float) -> str:
    return "compliant" if score >= 90 else "partially_compliant" if score >= 60 else "non_compliant"


@pytest.fixture(scope="module")
def many_rounds(tmp_path_factory):
    """30 weekly rounds of four agencies, written as ``audit --record`` writes them."""
    from fourlayer.rounds.history_store import RoundInfo, StoredAgency, record_round

    path = tmp_path_factory.mktemp("many") / "lich-su.sqlite"
    for number in range(1, 31):
        agencies = [
            StoredAgency(
                name,
                code,
                None,
                f"a{index}.yaml",
                None,
                "2026-01-01",
                "four-layer",
                "3",
                _verdict(_score(number, index)),
                _score(number, index),
                tuple((layer, "met", 100.0) for layer in (1, 2, 3, 4)),
                (),
            )
            for index, (name, code) in enumerate(WIDE_NAMES)
            if not (index == 3 and number % 4 == 0)
        ]
        day = f"2026-{(number - 1) // 28 + 1:02d}-{(number - 1) % 28 + 1:02d}"
        info = RoundInfo(f"2026-W{number:02d}", day, "four-layer", "3", True, 4, len(agencies), 0, "0.0.0", None)
        record_round(path, info, agencies, [])
    return path


def _agency_table(out: str, heading: str = "Agency") -> tuple[list[str], list[tuple[str, list[str], int]], list[str]]:
    """The agency table of a console history: its round headings, each row's agency text (its
    wrapped lines joined), cells and lines, and the lines after it up to the next heading."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"  {heading} "))
    headings = lines[start].split()[len(heading.split()) :]
    assert set(lines[start + 1].strip()) == {"─"}
    rows: list[tuple[str, list[str], int]] = []
    end = start + 2
    for end in range(start + 2, len(lines)):
        if not lines[end].strip():
            break
        parts = [part for part in lines[end].strip().split("   ") if part.strip()]
        parts = [part.strip() for part in parts]
        if len(parts) > 1:
            rows.append((parts[0], parts[1:], 1))
        else:  # a wrapped agency name goes on below its row
            name, cells, count = rows[-1]
            rows[-1] = (name + " " + parts[0], cells, count + 1)
    after = []
    for line in lines[end + 1 :]:
        if line.startswith(("Most ", "Cải thiện")):
            break
        after.append(line)
    return headings, rows, after


@pytest.mark.parametrize("width", [60, 100, 160])
def test_a_long_history_shows_whole_names_and_cells_of_its_latest_rounds(many_rounds, width, monkeypatch):
    from fourlayer.cli import common
    from fourlayer.reporting.wording import number_text, score_text

    monkeypatch.setattr(common, "terminal_width", lambda: width)
    done = run_cli(["history", many_rounds, "--lang", "en"])
    assert done.exit_code == 0, done.stderr
    assert all(len(line) <= width for line in done.stdout.splitlines())
    headings, rows, after = _agency_table(done.stdout)
    labels = [f"2026-W{number:02d}" for number in range(1, 31)]
    # the newest rounds, in order, the latest last; the latest two at least (its change is shown)
    assert 2 <= len(headings) < 30
    assert headings == labels[-len(headings) :]
    # every agency in full, each on one line at 100 and 160 columns (up to 40 cells)
    names = [f"{name} {code}" if code else name for name, code in WIDE_NAMES]
    assert sorted(name for name, _, _ in rows) == sorted(names)
    if width >= 100:
        assert [count for name, _, count in rows if len(name) <= 40] == [1, 1, 1]
    # every cell whole: each is the text of that agency in that round
    for name, cells, _ in rows:
        index = names.index(name)
        assert len(cells) == len(headings)
        for label, cell in zip(headings, cells, strict=True):
            number = int(label[-2:])
            if index == 3 and number % 4 == 0:
                assert cell == "no result"
                continue
            score = _score(number, index)
            text = f"{score_text(score, 'en')} {MARKS[_verdict(score)]}"
            if not (index == 3 and number % 4 == 1):
                change = round(score - _score(number - 1, index), 2)
                text += " ±0" if change == 0 else f" {'+' if change > 0 else '-'}{number_text(abs(change), 'en')}"
            assert cell == text
    assert not any("…" in text for text in (*headings, *(name for name, _, _ in rows)))
    hidden = 30 - len(headings)
    assert " ".join(" ".join(after).split()) == (
        f"{hidden} earlier round(s) not shown in this table, for lack of width; see every round with "
        "--format html or --format csv, or choose how many rounds with --last N."
    )
    vi = _agency_table(run_cli(["history", many_rounds, "--lang", "vi"]).stdout, "Cơ quan")
    assert " ".join(" ".join(vi[2]).split()) == (
        f"{30 - len(vi[0])} đợt trước đó không hiện trong bảng này vì không đủ chỗ; xem đủ mọi đợt bằng "
        "--format html hoặc --format csv, hoặc chọn số đợt bằng --last N."
    )


def test_more_width_shows_more_rounds(many_rounds, monkeypatch):
    from fourlayer.cli import common

    shown = []
    for width in (60, 100, 160):
        monkeypatch.setattr(common, "terminal_width", lambda width=width: width)
        shown.append(len(_agency_table(run_cli(["history", many_rounds, "--lang", "en"]).stdout)[0]))
    assert shown[0] < shown[1] < shown[2]


def test_a_history_that_fits_shows_every_round_and_no_note(many_rounds, recorded):
    for args in ([recorded[0]], [many_rounds, "--last", "3"]):
        done = run_cli(["history", *args, "--lang", "en"])
        headings, _, after = _agency_table(done.stdout)
        assert len(headings) == (3 if args[-1] == "3" else len(ROUNDS))
        assert not any(line.strip() for line in after)
        assert "not shown" not in done.stdout
        vi = run_cli(["history", *args])
        assert "không hiện trong bảng" not in vi.stdout


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("width", [60, 72, 100, 120])
def test_the_rounds_table_wraps_headings_but_never_cuts_a_value_or_drops_a_column(
    many_rounds, width, lang, monkeypatch
):
    """A narrow report wraps the rounds table's headings ("Not / submitted"), and one too
    narrow for that too goes on in a second table led by the round's label: every value of
    every round — label, date, counts, mean, the four shares, not submitted — is printed
    whole, once."""
    from fourlayer.cli import common

    monkeypatch.setattr(common, "terminal_width", lambda: width)
    done = run_cli(["history", many_rounds, "--lang", lang])
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    assert all(len(line) <= width for line in lines)
    labels = [f"2026-W{number:02d}" for number in range(1, 31)]
    values: dict[str, list[str]] = {label: [] for label in labels}
    rules = [i for i, line in enumerate(lines) if set(line.strip()) == {"─"}]
    for rule in rules:
        rows = lines[rule + 1 : rule + 31]
        if [row.split()[0] for row in rows if row.strip()][:1] != [labels[0]]:
            break  # the agency table: its rows are agencies
        assert not any("…" in line for line in lines[rule - 3 : rule + 31])
        for row in rows:
            first, *rest = row.split()
            values[first].extend(rest)
    for number, label in enumerate(labels, start=1):
        agencies = "3" if number % 4 == 0 else "4"
        assert values[label][:3] == [f"2026-{(number - 1) // 28 + 1:02d}-{(number - 1) % 28 + 1:02d}", agencies, "0"]
        assert values[label][-5:] == ["100%", "100%", "100%", "100%", "—"]
        assert len(values[label]) == 9  # date, agencies, errors, mean, L1-L4, not submitted
