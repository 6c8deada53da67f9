"""The bundled checklist and the law in force (version 3, the default): references, time rules,
legal bases and what the reports cite.

- version 3 is the default and passes ``checklist lint``; lint refuses a reference without a
  kind and a verified reference without a quote;
- the version-1 and version-2 examples still evaluate against their own versions, and
  ``migrate`` takes each to a file valid against version 3 keeping every comment line;
- ``check`` of the migrated examples judges the 5-day incident rule on 2026-08-18 and the
  72-hour rule on 2026-08-19;
- ``basis_unconfirmed`` fires exactly for the controls listed in docs/checklist.md §8.5;
- no report prints a news page, an example, a report or a standard after "Căn cứ".
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT

from fourlayer.model.checklist import LEGAL_KINDS, default_version, load_bundled

V1_EXAMPLES = ROOT / "tests" / "data" / "v1-examples"
V2_EXAMPLES = ROOT / "tests" / "data" / "v2-examples"
NAMES = ["so-y-te-nghe-an", "trung-tam-du-lieu-tinh", "xa-hung-dong"]
V3_FILE = ROOT / "checklists" / "four-layer-v3.yaml"
V3 = load_bundled("3").checklist
DOC = ROOT / "docs" / "checklist.md"


def comment_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


def report_of(cli, path: Path, as_of: str, *extra: str) -> dict:
    result = cli(["check", "--format", "json", "--as-of", as_of, "--fail-on", "never", *extra, str(path)])
    assert result.exit_code == 0, result.stderr
    (report,) = json.loads(result.stdout)["reports"]
    return report


@pytest.fixture(scope="module")
def migrated(tmp_path_factory) -> dict[str, Path]:
    """Every v1 and v2 example moved to version 3 by the real command: name → file."""
    from conftest import run_cli

    folder = tmp_path_factory.mktemp("migrated")
    out = {}
    for source, tag in ((V1_EXAMPLES, "v1"), (V2_EXAMPLES, "v2")):
        for name in NAMES:
            target = folder / f"{tag}-{name}.yaml"
            result = run_cli(["migrate", str(source / f"{name}.yaml"), "-o", str(target)])
            assert result.exit_code == 0, result.stderr + result.stdout
            out[f"{tag}-{name}"] = target
    return out


# --- version 3 is the default and lints clean -----------------------------------------------
def test_version_3_is_the_default_and_passes_lint(cli):
    assert default_version() == "3"
    assert V3 is not None and V3.strict_sources and V3.previous_version == "2"
    result = cli(["checklist", "lint", str(V3_FILE)])
    assert result.exit_code == 0, result.stdout
    listed = json.loads(cli(["checklist", "list", "--format", "json"]).stdout)
    assert listed["checklist"] == {"id": "four-layer", "version": "3"}


def test_init_writes_version_3(cli, tmp_path):
    target = tmp_path / "new.yaml"
    result = cli(
        [
            "init",
            "-o",
            str(target),
            "--agency",
            "Sở Thử nghiệm",
            "--system",
            "portal:Cổng:2",
            "--assessed-on",
            "2026-12-07",
        ]
    )
    assert result.exit_code == 0, result.stderr
    assert 'version: "3"' in target.read_text(encoding="utf-8")


def test_every_reference_of_version_3_says_its_kind_and_how_it_was_read():
    for control in V3.controls:
        assert control.references, control.id
        for ref in control.references:
            assert ref.kind is not None, (control.id, ref.document)
            if ref.confidence == "verified":
                assert ref.quote and ref.copy, (control.id, ref.document)
            if ref.copy is not None:
                assert V3.copy_text(ref.copy) is not None
            if ref.kind in ("directive", "dispatch"):
                assert ref.confirmed_until is not None, (control.id, ref.document)


def test_decree_331_is_marked_as_a_third_party_transcription(cli):
    decree = [(c.id, r) for c in V3.controls for r in c.references if r.document.startswith("Nghị định 331/2026")]
    assert decree and {r.copy for _, r in decree} == {"decree-331-third-party-copy"}
    assert "bên thứ ba" in V3.copy_text("decree-331-third-party-copy").vi
    shown = cli(["checklist", "show", "L4.14"]).stdout
    assert "bên thứ ba" in " ".join(shown.split()) and "Trích nguyên văn" in shown
    shown_en = " ".join(cli(["checklist", "show", "L4.14", "--lang", "en"]).stdout.split())
    assert "third-party transcription" in shown_en
    data = json.loads(cli(["checklist", "show", "L4.14", "--format", "json"]).stdout)
    (ref,) = [r for r in data["control"]["references"] if r["document"].startswith("Nghị định 331")]
    assert ref["kind"] == "decree" and ref["quote"] and "third-party" in ref["copy_text"]["en"]


def _lint_text(cli, tmp_path, text: str) -> tuple[int, list[str]]:
    path = tmp_path / "custom.yaml"
    path.write_text(text, encoding="utf-8")
    result = cli(["checklist", "lint", "--format", "json", str(path)])
    codes = [f["code"] for f in json.loads(result.stdout)["files"][0]["findings"]]
    return result.exit_code, codes


@pytest.mark.parametrize(
    ("old", "code"),
    [
        ("        kind: decree\n", "reference-kind-missing"),
        ("        kind: law\n", "reference-kind-missing"),
    ],
)
def test_lint_refuses_a_reference_without_kind(cli, tmp_path, old, code):
    text = V3_FILE.read_text(encoding="utf-8")
    assert old in text
    status, codes = _lint_text(cli, tmp_path, text.replace(old, "", 1))
    assert status != 0 and code in codes


def test_lint_refuses_a_directive_no_text_in_force_bounds(cli, tmp_path):
    text = V3_FILE.read_text(encoding="utf-8")
    start = text.index("        kind: directive\n")
    cut = text.index("        confirmed_until: 2026-06-30\n", start)
    assert "      - document:" not in text[start:cut]  # the same reference
    edited = text[:cut] + text[cut + len("        confirmed_until: 2026-06-30\n") :]
    status, codes = _lint_text(cli, tmp_path, edited)
    assert status != 0 and "reference-directive-unbounded" in codes


def test_lint_refuses_a_verified_reference_without_a_quote(cli, tmp_path):
    text = V3_FILE.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("        quote:"))
    end = start + 1
    while lines[end].startswith("          "):
        end += 1
    status, codes = _lint_text(cli, tmp_path, "".join(lines[:start] + lines[end:]))
    assert status != 0 and "reference-verified-unquoted" in codes


def test_versions_1_and_2_load_without_kinds():
    for version in ("1", "2"):
        checklist = load_bundled(version).checklist
        assert checklist is not None and not checklist.strict_sources
        assert all(r.kind is None for c in checklist.controls for r in c.references)


# --- the old examples keep their versions; migrate takes them to version 3 -------------------
@pytest.mark.parametrize("name", NAMES)
def test_version_2_examples_still_evaluate_against_version_2(cli, name):
    report = report_of(cli, V2_EXAMPLES / f"{name}.yaml", "2026-11-27")
    assert report["checklist"] == {"id": "four-layer", "version": "2"}
    expected = {
        "so-y-te-nghe-an": ("partially_compliant", 94.36),
        "xa-hung-dong": ("compliant", 100.0),
        "trung-tam-du-lieu-tinh": ("non_compliant", 84.34),
    }[name]
    assert (report["verdict"], report["score"]) == expected  # the figures version 2 always gave


@pytest.mark.parametrize("tag", ["v1", "v2"])
@pytest.mark.parametrize("name", NAMES)
def test_migrate_takes_each_example_to_a_valid_version_3_file_keeping_every_comment(cli, migrated, tag, name):
    path = migrated[f"{tag}-{name}"]
    text = path.read_text(encoding="utf-8")
    assert 'checklist: {id: four-layer, version: "3"}' in text
    result = cli(["validate", "--format", "json", str(path)])
    assert result.exit_code == 0 and json.loads(result.stdout)["valid"] is True, result.stdout
    source = (V1_EXAMPLES if tag == "v1" else V2_EXAMPLES) / f"{name}.yaml"
    remaining = comment_lines(text)
    for line in comment_lines(source.read_text(encoding="utf-8")):
        assert line in remaining, line
        remaining.remove(line)
    assert report_of(cli, path, "2026-12-07")["checklist"] == {"id": "four-layer", "version": "3"}


# --- time slices: the incident rule on both boundary days ------------------------------------
SLICES = [
    # day, controls judged, controls not judged
    ("2026-08-18", {"L4.09", "L4.13", "L1.13"}, {"L4.14", "L1.19"}),
    ("2026-08-19", {"L4.14", "L1.19"}, {"L4.09", "L4.13", "L1.13"}),
]


@pytest.mark.parametrize(("day", "judged", "absent"), SLICES)
@pytest.mark.parametrize("name", ["v1-xa-hung-dong", "v2-so-y-te-nghe-an", "v2-trung-tam-du-lieu-tinh"])
def test_incident_rule_of_the_day(cli, migrated, name, day, judged, absent):
    report = report_of(cli, migrated[name], day)
    controls = {r["control"] for r in report["results"]}
    assert judged <= controls and not (absent & controls)


@pytest.mark.parametrize(
    ("day", "shown", "hidden"),
    [
        ("2026-08-18", "5 ngày", "72 giờ"),
        ("2026-08-19", "72 giờ", "5 ngày kể từ khi phát hiện"),
    ],
)
def test_the_report_says_which_incident_rule_applied(cli, migrated, day, shown, hidden):
    result = cli(
        [
            "check",
            "--as-of",
            day,
            "--format",
            "markdown",
            "--verbose",
            "--fail-on",
            "never",
            str(migrated["v2-xa-hung-dong"]),
        ]
    )
    lines = [line for line in result.stdout.splitlines() if "L4.09" in line or "L4.14" in line]
    text = " ".join(lines)
    assert shown in text and hidden not in text, text


def test_the_rules_behind_each_slice():
    l409, l414 = V3.control("L4.09"), V3.control("L4.14")
    assert l409.effective_until == date(2026, 8, 18) and l414.effective_from == date(2026, 8, 19)
    assert l414.event_triggered and "72 giờ" in l414.requirement.vi and "24 giờ" in l414.requirement.vi
    assert "ngay khi phát hiện" in l414.requirement.vi
    assert any(r.provision == "Điều 31 khoản 2 điểm d" for r in l414.references)
    assert "5 ngày" in l409.requirement.vi


def test_yearly_report_to_the_ministry_of_public_security():
    control = V3.control("L1.19")
    assert control.scope == "agency" and control.effective_from == date(2026, 8, 19)
    assert control.deadlines_for(1) == ((12, 24),)  # "trước ngày 25 tháng 12": the 24th at the latest
    assert any(
        "Điều 35" in (r.provision or "") and "trước ngày 25 tháng 12" in (r.quote or "") for r in control.references
    )


# --- basis_unconfirmed: exactly the controls listed in docs/checklist.md ---------------------
def documented_unconfirmed() -> set[str]:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("### 8.5 Controls with no confirmed basis on 2026-12-07", 1)[1].split("\n### ", 1)[0]
    return set(re.findall(r"`(L[1-4]\.\d\d)`", section))


def test_the_documented_list_is_the_data():
    day = date(2026, 12, 7)
    data = {c.id for c in V3.controls if c.in_force_on(day) and c.unconfirmed_on(day) is not None}
    assert documented_unconfirmed() == data and data


@pytest.mark.parametrize("name", ["v1-" + n for n in NAMES] + ["v2-" + n for n in NAMES])
def test_basis_unconfirmed_exactly_for_the_documented_controls(cli, migrated, name):
    report = report_of(cli, migrated[name], "2026-12-07")
    applicable = {r["control"] for r in report["results"]}
    warned = [w["control"] for w in report["warnings"] if w["code"] == "basis_unconfirmed"]
    assert len(warned) == len(set(warned))  # one warning per control
    assert set(warned) == documented_unconfirmed() & applicable


def test_no_basis_ever_confirmed_is_said_so(cli, migrated):
    report = report_of(cli, migrated["v2-xa-hung-dong"], "2026-12-07")
    (l405,) = [w for w in report["warnings"] if w["code"] == "basis_unconfirmed" and w["control"] == "L4.05"]
    assert l405["date"] == "2026-12-07" and "không có văn bản quy phạm pháp luật" in l405["message"]
    (l409,) = [w for w in report["warnings"] if w["code"] == "basis_unconfirmed" and w["control"] == "L1.09"]
    assert l409["date"] == "2026-06-30"


# --- nothing but legal texts after "Căn cứ" ----------------------------------------------------
NOT_LEGAL = sorted({r.document for c in V3.controls for r in c.references if r.kind not in LEGAL_KINDS})
MARKERS = (
    "Soha",
    "VnExpress",
    "VietNamNet",
    "Kế hoạch 775",
    "Quyết định 10/2025/QĐ-UBND",
    "Quyết định 1207/QĐ-UBND",
    "TCVN",
    "Báo cáo kỹ thuật",
    "Báo cáo tình hình",
    "OCR",
    "github.com",
)


def test_non_legal_documents_are_known():
    assert NOT_LEGAL and all(any(m in doc for m in MARKERS) for doc in NOT_LEGAL), NOT_LEGAL


def _texts(result, fmt: str) -> str:
    if fmt == "xlsx":
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(result.stdout_bytes))
        return "\n".join(
            str(cell.value) for sheet in book for row in sheet.iter_rows() for cell in row if cell.value is not None
        )
    if fmt == "docx":
        with zipfile.ZipFile(io.BytesIO(result.stdout_bytes)) as archive:
            return re.sub(r"<[^>]+>", "", archive.read("word/document.xml").decode("utf-8"))
    return result.stdout


@pytest.mark.parametrize("fmt", ["console", "markdown", "html", "junit", "sarif", "github", "xlsx", "docx"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_report_prints_a_non_legal_document_after_can_cu(cli, migrated, tmp_path, fmt, lang):
    """Every control of every example fails here (no answers), so every report prints every
    control's "Căn cứ" / "Legal basis" line."""
    empty = tmp_path / "empty.yaml"
    source = migrated["v2-trung-tam-du-lieu-tinh"].read_text(encoding="utf-8")
    empty.write_text(re.sub(r"(?m)^(\s+)(L[1-4]\.\d\d):", r"\1x-\2:", source), encoding="utf-8")
    args = ["check", "--as-of", "2026-12-07", "--format", fmt, "--lang", lang, "--fail-on", "never"]
    if fmt in ("xlsx", "docx"):
        args += ["-o", "-"]
    result = cli([*args, str(empty)])
    assert result.exit_code == 0, result.stderr
    text = " ".join(_texts(result, fmt).split())
    assert "Nghị định 331/2026/NĐ-CP" in text or fmt == "github"  # the legal bases are there (github: none)
    for document in NOT_LEGAL:
        if document in GUIDED:  # named in a control's own guidance (TCVN 11930 in L1.07): see below
            continue
        assert " ".join(document.split()) not in text, (fmt, document)


# a standard a control's guidance names is printed with that guidance, never as its basis
GUIDED = {doc for doc in NOT_LEGAL if any(doc in c.guidance.vi or doc in c.guidance.en for c in V3.controls)}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_basis_line_holds_legal_texts_only(lang):
    from fourlayer.i18n import Translator
    from fourlayer.reporting.wording import references_text

    t = Translator(lang)
    for control in V3.controls:
        line = references_text(control, t)
        for ref in control.references:
            assert (ref.document in line) == (ref.kind in LEGAL_KINDS), (control.id, ref.document)
        for ref in control.references:
            if ref.kind not in LEGAL_KINDS:
                assert ref.document not in references_text(control, t, day=date(2026, 12, 7))


# --- docs/checklist.md says what the data says ---------------------------------------------------
def _section(title: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    return text.split(title, 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]


def _rows(section: str) -> list[list[str]]:
    return [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in section.splitlines()
        if line.startswith("| L")
    ]


def test_the_controls_table_of_version_3_is_the_data():
    rows = _rows(_section("## 9. Controls of version 3"))
    assert [r[0] for r in rows] == list(V3.ids)
    for row, control in zip(rows, V3.controls, strict=True):
        replaces = ", ".join(control.replaces) if control.replaces else "new"
        assert row[1:6] == [replaces, control.title.en, control.scope, str(control.min_level), control.severity]


def test_every_control_has_its_change_row_and_every_review_item_its_row():
    changes = _rows(_section("### 8.3 Control by control"))
    assert [r[0] for r in changes] == list(V3.ids) and all(r[2] and r[3] for r in changes)
    items = _section("### 8.4 The review's items, one row each")
    found = re.findall(r"^\| (F-\d\d) \|[^|]+\| (fixed|answered) \|", items, flags=re.M)
    assert [f for f, _ in found] == [f"F-{n:02d}" for n in range(1, 53)]


@pytest.mark.parametrize("fmt", ["console", "markdown", "html", "junit", "xlsx", "docx"])
def test_the_basis_line_cites_the_texts_in_force_on_the_evaluation_date(cli, migrated, tmp_path, fmt):
    """Law 86/2015 ended on 2026-06-30: a report of December 2026 cites Law 116 and Decree 331
    for L1.04, one of June 2026 still cites Law 86 (every control fails: no answers)."""
    empty = tmp_path / "empty.yaml"
    source = migrated["v2-xa-hung-dong"].read_text(encoding="utf-8")
    empty.write_text(re.sub(r"(?m)^(\s+)(L[1-4]\.\d\d):", r"\1x-\2:", source), encoding="utf-8")
    law_86 = "Luật An toàn thông tin mạng 86/2015/QH13, Điều 23 khoản 1"
    texts = {}
    for day in ("2026-06-01", "2026-12-07"):
        args = ["check", "--as-of", day, "--format", fmt, "--fail-on", "never"]
        result = cli([*args, *(["-o", "-"] if fmt in ("xlsx", "docx") else []), str(empty)])
        assert result.exit_code == 0, result.stderr
        texts[day] = " ".join(_texts(result, fmt).split())
    assert law_86 in texts["2026-06-01"]
    assert (
        law_86 not in texts["2026-12-07"]
        and "Luật An ninh mạng 116/2025/QH15, Điều 10 khoản 2 điểm a" in texts["2026-12-07"]
    )
