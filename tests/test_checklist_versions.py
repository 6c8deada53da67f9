"""Checklist versions side by side (issue 11): the default, picking a version, lint of the
id map, and the version-2 content decisions of docs/checklist.md."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from fourlayer.authoring.migrate import change_kind, id_map
from fourlayer.model.checklist import bundled_versions, default_version, load_bundled, load_checklist

ROOT = Path(__file__).resolve().parent.parent
V1_EXAMPLES = Path(__file__).parent / "data" / "v1-examples"
V1_FILE = ROOT / "checklists" / "four-layer.yaml"


def v(version: str):
    loaded = load_bundled(version)
    assert loaded.checklist is not None, loaded.findings
    return loaded.checklist


def test_versions_side_by_side_highest_is_default():
    assert list(bundled_versions()) == ["1", "2", "3"]
    assert default_version() == "3"
    assert load_checklist().checklist.version == "3"
    assert load_checklist(version="1").checklist.version == "1"
    assert load_checklist(version="2").checklist.version == "2"


def test_version_1_file_is_unchanged():
    """Rounds already filed must read the same: the version-1 file is frozen byte for byte
    (its SHA-256 was recorded when version 2 was added)."""
    import hashlib

    recorded = (V1_EXAMPLES / "four-layer-v1.sha256").read_text(encoding="utf-8").split()[0]
    assert hashlib.sha256(V1_FILE.read_bytes()).hexdigest() == recorded


def test_version_2_file_is_unchanged():
    """The same for version 2 since version 3 was added (issue 22)."""
    import hashlib

    recorded = (ROOT / "tests" / "data" / "v2-examples" / "four-layer-v2.sha256").read_text(encoding="utf-8").split()[0]
    assert hashlib.sha256((ROOT / "checklists" / "four-layer-v2.yaml").read_bytes()).hexdigest() == recorded


@pytest.mark.parametrize("version", ["1", "2", "3"])
def test_each_bundled_version_passes_lint(cli, version):
    name = "four-layer.yaml" if version == "1" else f"four-layer-v{version}.yaml"
    result = cli(["checklist", "lint", str(ROOT / "checklists" / name), "--lang", "en"])
    assert result.exit_code == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", ["so-y-te-nghe-an", "trung-tam-du-lieu-tinh", "xa-hung-dong"])
@pytest.mark.parametrize("as_of", ["2026-11-27", "2027-03-01"])
def test_v1_examples_still_give_todays_results(cli, name, as_of):
    """The three example files as they were before version 2 name version "1" and are
    evaluated against it, with the results recorded when version 1 was the only one."""
    expected = json.loads((V1_EXAMPLES / "expected.json").read_text(encoding="utf-8"))[f"{name}@{as_of}"]
    result = cli(["check", "--format", "json", "--as-of", as_of, str(V1_EXAMPLES / f"{name}.yaml")])
    report = json.loads(result.stdout)["reports"][0]
    assert result.exit_code == expected["exit"]
    assert report["checklist"] == {"id": "four-layer", "version": "1"}
    assert (report["verdict"], report["score"]) == (expected["verdict"], expected["score"])
    assert [[x["layer"], x["status"], x["score"]] for x in report["layers"]] == expected["layers"]
    assert [[x["control"], x["system"], x["outcome"], x["reasons"]] for x in report["results"]] == expected["results"]
    assert not [w for w in report.get("warnings", []) if w["code"] == "basis_unconfirmed"]


def test_assessment_without_checklist_gets_the_default(cli, tmp_path):
    text = (V1_EXAMPLES / "xa-hung-dong.yaml").read_text(encoding="utf-8")
    text = text.replace('checklist: {id: four-layer, version: "1"}\n', "")
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    result = cli(["validate", str(path), "--lang", "en"])
    assert "L2.14" in result.stdout and result.exit_code == 1  # a version-1 id is unknown in version 2


def test_unknown_version_is_reported(cli, tmp_path):
    text = (V1_EXAMPLES / "xa-hung-dong.yaml").read_text(encoding="utf-8").replace('version: "1"', 'version: "7"')
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    result = cli(["validate", str(path), "--lang", "en"])
    assert result.exit_code == 1
    assert "checklist-mismatch" in result.stdout or "four-layer v7" in result.stdout


# --- the id map ------------------------------------------------------------------------
def test_every_version_1_control_is_continued_or_retired():
    old, new = v("1"), v("2")
    mapped = set(id_map(new)) | {i for i, _ in new.retired}
    assert mapped == set(old.ids)


KINDS = {
    "L1.12": "moved",
    "L1.13": "moved",
    "L1.16": "moved",
    "L1.17": "moved",
    "L4.01": "merged",
    "L1.14": "new",
    "L1.15": "new",
    "L1.18": "new",
    "L3.09": "new",
    "L3.10": "new",
    "L4.12": "new",
    "L4.13": "new",
    "L1.01": "kept",
    "L2.04": "kept",
}


@pytest.mark.parametrize(("cid", "kind"), sorted(KINDS.items()))
def test_change_kinds(cid, kind):
    assert change_kind(v("2").control(cid)) == kind


def test_lint_refuses_an_incomplete_or_wrong_id_map(cli, tmp_path):
    text = (ROOT / "checklists" / "four-layer-v2.yaml").read_text(encoding="utf-8")
    broken = text.replace("replaces: [L2.08]", "replaces: [L2.99]", 1)
    path = tmp_path / "c.yaml"
    path.write_text(broken, encoding="utf-8")
    result = cli(["checklist", "lint", str(path), "--lang", "en", "--format", "json"])
    codes = {f["code"] for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert result.exit_code == 1
    assert codes >= {"replaces-unknown", "previous-control-unmapped"}


@pytest.mark.parametrize(
    ("fragment", "code"),
    [
        ('    deadlines: ["02-30"]\n', "impossible-deadline"),
        ('    deadlines: ["06-20"]\n    max_age_months: 6\n', "deadlines-with-max-age"),
    ],
)
def test_lint_time_rules(cli, tmp_path, fragment, code):
    text = (ROOT / "checklists" / "four-layer-v2.yaml").read_text(encoding="utf-8")
    text = text.replace("    tags: [leadership]\n", fragment + "    tags: [leadership]\n", 1)
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    result = cli(["checklist", "lint", str(path), "--lang", "en", "--format", "json"])
    assert result.exit_code == 1
    assert code in result.stdout


# --- version-2 content decisions (the review's items, docs/checklist.md) -----------------
def test_review_section_1_wrong_against_the_text():
    c = v("2")
    assert c.control("L4.10").min_level == 1
    assert any("Điều 14" in (r.provision or "") for r in c.control("L4.10").references)
    assert "báo cáo hằng ngày" in c.control("L2.04").requirement.vi
    assert "nhật ký ngày" not in c.control("L2.04").title.vi
    assert "quản lý rủi ro an toàn thông tin" in c.control("L3.01").requirement.vi
    assert "quản lý rủi ro" in c.control("L1.16").guidance.vi


def test_review_section_2_layers():
    c = v("2")
    assert c.control("L1.12").replaces == ("L2.08",)
    assert {c.control("L1.16").replaces, c.control("L1.17").replaces} == {("L2.13",), ("L2.14",)}
    assert not [x for x in c.controls if "budget" in x.tags and x.layer == 2]
    assert c.control("L1.13").replaces == ("L4.11",)
    assert "L4.12" in c.ids and "cổng dự phòng" not in c.control("L2.03").guidance.vi
    assert "Lớp 1" in c.control("L1.07").guidance.vi


def test_review_section_3_citations():
    c = v("2")
    assert any(r.confidence == "verified" and "Điều 25" in (r.provision or "") for r in c.control("L1.08").references)
    assert any(r.confidence == "verified" and "Điều 40" in (r.provision or "") for r in c.control("L2.02").references)
    assert any(r.confidence == "verified" and "Điều 4" in (r.provision or "") for r in c.control("L2.01").references)
    assert any(r.confidence == "verified" and "Điều 9" in (r.provision or "") for r in c.control("L4.09").references)
    assert all(r.confidence != "verified" for r in c.control("L1.04").references)
    assert all(r.confidence != "verified" for r in c.control("L1.11").references if "3024" in r.document)
    assert any("Điều 22" in (r.provision or "") for r in c.control("L3.07").references)
    assert "Danh mục" in c.control("L3.04").guidance.vi
    for control in c.controls:  # drafts and Party documents only in notes
        for ref in control.references:
            assert not ref.document.startswith("Dự thảo"), control.id
            assert "CT/TW" not in ref.document, control.id


def test_review_section_4_new_controls():
    c = v("2")
    assert c.control("L4.12").layer == 4 and "Điều 14 khoản 5" in c.control("L4.12").references[0].provision
    assert c.control("L4.13").event_triggered
    assert {c.control(i).min_level for i in ("L1.18", "L3.09", "L3.10")} == {5}
    assert c.control("L1.14").references[0].provision == "Điều 13"
    assert "chủ quản" in c.control("L1.15").title.vi


def test_review_section_5_legal_change():
    c = v("2")
    merged = c.control("L4.01")
    assert merged.replaces == ("L4.01", "L4.07") and merged.severity != "critical"
    assert "L4.07" not in c.ids
    budget = c.control("L1.17")
    assert budget.forward_from == date(2026, 7, 1)
    assert c.control("L1.16").effective_until is None  # the 10 % floor is not switched off backwards
    assert c.control("L4.08").deadlines and c.control("L4.08").max_age_months is None
    assert c.control("L1.13").deadlines and c.control("L3.08").deadlines_for(5) == ((6, 14), (12, 14))
    l408 = c.control("L4.08").guidance.vi  # the provincial ICT department ceased on 01/3/2025
    assert "Sở Thông tin và Truyền thông" in l408 and "01/3/2025" in l408
    assert all(
        r.valid_until == date(2026, 6, 30)
        for x in c.controls
        for r in x.references
        if r.document.startswith("Luật An toàn thông tin mạng 86/2015")
    )
    decree = [r for x in c.controls for r in x.references if r.document.startswith("Nghị định 85/2016")]
    assert decree and all(r.confirmed_until == date(2026, 6, 30) for r in decree)


SECTION_6_BANNED = [
    "nhật ký ngày",
    "Tiêu chí này gộp",
    "không cũ quá",
    "là lựa chọn của danh mục",
    "sổ đăng ký rủi ro",
    "lãnh đạo chủ quản",
    "kiểm thử xâm nhập",
    "nhà cung cấp giám sát",
    "cơ quan giám sát quốc gia",
    "đơn vị chức năng",
    "theo suy luận",
    "theo nguồn thứ cấp",
    "sau 03/2025",
    "01/03/2025",
    "hệ thống kỹ thuật quốc gia",
    "(được thuê chuyên gia bên ngoài)",
]


def test_review_section_6_wording():
    c = v("2")
    for control in c.controls:
        texts = [control.title.vi, control.requirement.vi, control.guidance.vi]
        for text in texts:
            for banned in SECTION_6_BANNED:
                assert banned not in text, (control.id, banned)
        guidance = control.guidance.vi
        assert "suy luận" not in guidance and "chưa được xác minh" not in guidance, control.id
        joined = " ".join(texts)
        if "A05" in joined:  # spelled out on first use in each control
            first = joined.index("A05")
            assert joined[max(0, first - 70) : first].endswith("công nghệ cao ("), control.id
        assert not re.search(r"ảnh chụp(?! màn hình)", joined), control.id
    assert c.control("L2.01").title.vi == "Tổ chức hoặc thuê doanh nghiệp giám sát, bảo vệ chuyên nghiệp"
    assert c.control("L1.06").title.vi == "Hệ thống được phê duyệt cấp độ trước khi đưa vào vận hành"
    assert "thành phần giám sát trung tâm" in c.control("L2.03").requirement.vi
    assert "thử nghiệm xâm nhập" in c.control("L3.04").title.vi.lower()
    assert c.control("L4.05").title.vi == "Được cấp và thường xuyên sử dụng tài khoản trên Hệ thống giám sát từ xa"
    assert (
        "Ban Chỉ đạo ứng cứu khẩn cấp sự cố an toàn thông tin mạng cấp bộ, cấp tỉnh"
        in c.control("L2.10").requirement.vi
    )
    assert "(bao gồm cả chuyên gia thuê ngoài)" in c.control("L2.09").requirement.vi


@pytest.mark.parametrize("fmt", ["console", "markdown", "junit", "github"])
def test_each_file_is_reported_with_the_titles_of_its_own_version(cli, fmt):
    """A version-1 and a version-2 file checked together: each gap carries the title of
    the control in the version that file was evaluated against."""
    old = V1_EXAMPLES / "trung-tam-du-lieu-tinh.yaml"  # v1: L2.14 fails (expired waiver)
    new = ROOT / "examples" / "xa-hung-dong.yaml"
    result = cli(
        [
            "check",
            str(old),
            str(new),
            "--format",
            fmt,
            "--as-of",
            "2026-11-27",
            "--lang",
            "en",
            "--fail-on",
            "never",
            "--verbose",
        ]
        if fmt == "console"
        else [
            "check",
            str(old),
            str(new),
            "--format",
            fmt,
            "--as-of",
            "2026-11-27",
            "--lang",
            "en",
            "--fail-on",
            "never",
        ]
    )
    assert result.exit_code == 0, result.stderr
    flat = " ".join(result.stdout.replace("%25", "%").split())  # GitHub escapes %
    assert "Security budget at least 15 % (from 2026-07-01)" in flat


def test_the_id_map_from_version_1_to_3_is_each_steps_map_in_turn():
    """Version 1 reaches version 3 through version 2: every version-1 id is carried by the
    1 → 2 map, then each of its successors by the 2 → 3 map; an id no step continues is
    absent (retired), and there is no map backwards."""
    from fourlayer.model.checklist import id_map as bundled_id_map

    one_two = bundled_id_map(("four-layer", "1"), ("four-layer", "2"))
    two_three = bundled_id_map(("four-layer", "2"), ("four-layer", "3"))
    one_three = bundled_id_map(("four-layer", "1"), ("four-layer", "3"))
    assert one_two is not None and two_three is not None and one_three is not None
    expected = {}
    for old in v("1").ids:
        ids = list(dict.fromkeys(new for mid in one_two.get(old, ()) for new in two_three.get(mid, ())))
        if ids:
            expected[old] = tuple(ids)
    assert one_three == expected
    assert set(one_three) <= set(v("1").ids)
    assert all(set(new) <= set(v("3").ids) for new in one_three.values())
    assert bundled_id_map(("four-layer", "3"), ("four-layer", "1")) is None


def test_a_version_1_file_meets_version_3_through_the_map(cli, tmp_path):
    """``diff`` of a version-1 and a version-3 file compares controls through the composed
    map without --allow-checklist-change, and an audit under version 3 tallies the
    version-1 agency under version 3's controls."""
    old = V1_EXAMPLES / "so-y-te-nghe-an.yaml"
    new = ROOT / "examples" / "so-y-te-nghe-an.yaml"
    result = cli(["diff", str(old), str(new), "--format", "json", "--as-of", "2026-12-07"])
    assert result.exit_code in (0, 1), result.stderr
    report = json.loads(result.stdout)
    assert report["old"]["checklist"]["version"] == "1" and report["new"]["checklist"]["version"] == "3"
    assert report["ids_mapped"] and report["controls"], "the controls were compared through the map"
    assert {c["control"] for c in report["controls"]} <= set(v("3").ids)

    folder = tmp_path / "round"
    folder.mkdir()
    (folder / "v1.yaml").write_text(old.read_text(encoding="utf-8"), encoding="utf-8")
    audited = cli(["audit", str(folder), "--format", "json", "--as-of", "2026-12-07", "--fail-on", "never"])
    assert audited.exit_code == 0, audited.stderr
    data = json.loads(audited.stdout)
    assert data["checklist"]["version"] == "3"
    tallied = data["top_failed_controls"]
    assert tallied, "the version-1 agency takes part in the per-control tallies"
    assert {c["control"] for c in tallied} <= set(v("3").ids)
