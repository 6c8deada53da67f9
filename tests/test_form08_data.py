"""The yearly report's facts (Decree 331/2026 Form 08) in an assessment: optional, validated
and located in YAML and in the workbook, asked by ``init``, added as blanks by ``migrate``."""

from __future__ import annotations

import json
import re

import openpyxl
import pytest
import yaml
from conftest import EXAMPLES, ROOT, VALID

from fourlayer.i18n import translate
from fourlayer.model.assessment import APPROVAL_STATUSES, DEPLOYMENTS

EXAMPLE = EXAMPLES / "so-y-te-nghe-an.yaml"


def test_files_without_the_new_facts_stay_valid(cli, tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text(VALID, encoding="utf-8")
    assert cli(["validate", str(path)]).exit_code == 0
    assert cli(["validate", str(ROOT / "tests" / "data" / "v1-examples")]).exit_code == 0


def test_the_example_gives_every_fact_and_validates(cli):
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    assert (
        set(data["agency"]["owner"])
        == set(data["agency"]["security_unit"])
        == {"name", "mandate", "representative", "position", "address", "phone", "email"}
    )
    assert cli(["validate", str(EXAMPLE)]).exit_code == 0


@pytest.mark.parametrize(
    ("key", "value", "suggested"),
    [
        ("approval_status", "Đã được phê duyệt", "approved"),
        ("approval_status", "da gui tham dinh", "submitted"),
        ("deployment", "Đã triển khai đầy đủ", "full"),
        ("deployment", "Chưa triển khai", "none"),
    ],
)
def test_a_form_word_in_yaml_is_located_and_the_value_suggested(cli, tmp_path, key, value, suggested):
    path = tmp_path / "a.yaml"
    path.write_text(VALID.replace("level: 1}", f'level: 1, {key}: "{value}"}}'), encoding="utf-8")
    result = cli(["validate", str(path), "--format", "json", "--lang", "en"])
    assert result.exit_code == 1
    [found] = json.loads(result.stdout)["files"][0]["findings"]
    assert found["line"] == 5 and found["code"] == "not-allowed-value"
    assert f'"{suggested}"' in found["hint"]


def test_impossible_form08_dates_are_found(cli, tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text(
        VALID.replace(
            "level: 1}",
            "level: 1, approval_expected: 2027-02-30, security_regulation: {ref: '1/QĐ', date: 2026-13-01}}",
        ),
        encoding="utf-8",
    )
    result = cli(["validate", str(path), "--format", "json", "--lang", "en"])
    codes = [f["code"] for f in json.loads(result.stdout)["files"][0]["findings"]]
    assert codes.count("impossible-date") == 2


def test_the_workbook_carries_every_fact_both_ways(cli, tmp_path):
    book = tmp_path / "a.xlsx"
    back = tmp_path / "b.yaml"
    assert cli(["convert", str(EXAMPLE), "-o", str(book)]).exit_code == 0
    assert cli(["convert", str(book), "-o", str(back)]).exit_code == 0
    before = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    after = yaml.safe_load(back.read_text(encoding="utf-8"))
    assert after["agency"] == before["agency"]
    for old, new in zip(before["systems"], after["systems"], strict=True):
        assert {k: v for k, v in new.items() if k != "controls"} == {k: v for k, v in old.items() if k != "controls"}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_workbook_shows_the_forms_words_and_reads_either_language(cli, tmp_path, lang):
    book = tmp_path / "a.xlsx"
    assert cli(["convert", str(EXAMPLE), "-o", str(book), "--lang", lang]).exit_code == 0
    workbook = openpyxl.load_workbook(book)
    values = {cell.value for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row}
    assert translate(lang, "form08.approval.approved") in values
    assert translate(lang, "form08.deployment.partial") in values
    other = "en" if lang == "vi" else "vi"
    for sheet in workbook.worksheets:  # the other language's label reads as well
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value == translate(lang, "form08.deployment.full"):
                    cell.value = translate(other, "form08.deployment.none")
    workbook.save(book)
    back = tmp_path / "b.yaml"
    assert cli(["convert", str(book), "-o", str(back)]).exit_code == 0
    assert yaml.safe_load(back.read_text(encoding="utf-8"))["systems"][1]["deployment"] == "none"


def test_a_wrong_value_in_the_workbook_is_located_at_its_cell(cli, tmp_path):
    book = tmp_path / "a.xlsx"
    assert cli(["convert", str(EXAMPLE), "-o", str(book)]).exit_code == 0
    workbook = openpyxl.load_workbook(book)
    where = None
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value == translate("vi", "form08.approval.approved") and where is None:
                    cell.value = "Phê duyệt rồi"
                    where = f"{sheet.title}!{cell.coordinate}"
    workbook.save(book)
    result = cli(["validate", str(book), "--lang", "en"])
    assert result.exit_code == 1
    assert where is not None and where in result.stdout and "not-allowed-value" in result.stdout


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_init_asks_for_the_facts_in_the_forms_words(cli, tmp_path, lang):
    out = tmp_path / "a.yaml"
    assert cli(["init", "--agency", "Sở X", "--system", "portal:Cổng:2", "-o", str(out), "--lang", lang]).exit_code == 0
    text = out.read_text(encoding="utf-8")
    for key in (
        "owner:",
        "security_unit:",
        "mandate:",
        "operator:",
        "approval_status:",
        "deployment:",
        "security_regulation:",
        "approval_expected:",
        "deployment_expected:",
        "pre_use_assessment:",
    ):
        assert re.search(rf"#\s+{key}", text), key
    if lang == "vi":
        for words in (
            "Đơn vị vận hành HTTT",
            "Chủ quản HTTT",
            "Dự kiến thời điểm phê duyệt HSĐXCĐ",
            "Đã triển khai đầy đủ PA BĐANM",
            "Quy chế bảo đảm ANM cho hệ thống",
        ):
            assert words in text
    for word in (*APPROVAL_STATUSES, *DEPLOYMENTS):
        assert word in text
    # uncommenting the blanks with values gives a valid file
    filled = (
        text.replace('    # operator: ""', '    operator: "Văn phòng"')
        .replace("    # approval_status:", "    approval_status: drafting")
        .replace("    # deployment:", "    deployment: none")
    )
    out.write_text(filled, encoding="utf-8")
    checked = cli(["validate", str(out), "--format", "json"])
    codes = {f["code"] for f in json.loads(checked.stdout)["files"][0]["findings"]}
    assert codes <= {"empty-value"}  # only the statuses left to fill


def test_init_xlsx_has_the_fields(cli, tmp_path):
    out = tmp_path / "a.xlsx"
    assert cli(["init", "--agency", "Sở X", "--system", "portal:Cổng:2", "-o", str(out)]).exit_code == 0
    texts = {str(c.value) for s in openpyxl.load_workbook(out).worksheets for r in s.iter_rows() for c in r}
    for key in (
        "agency.owner.name",
        "agency.security_unit.email",
        "operator",
        "approval_status",
        "deployment",
        "deployment_expected",
        "security_regulation.ref",
        "level_approval.issuer",
    ):
        assert any(text.endswith(f"({key})") for text in texts), key


def test_migrate_adds_the_facts_as_commented_blanks(cli, tmp_path):
    out = tmp_path / "m.yaml"
    source = ROOT / "tests" / "data" / "v1-examples" / "xa-hung-dong.yaml"
    assert cli(["migrate", str(source), "-o", str(out)]).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "  # owner:" in text and "  # security_unit:" in text and "    # deployment:" in text
    assert cli(["validate", str(out)]).exit_code == 0
