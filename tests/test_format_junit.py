"""``--format junit``: JUnit XML, parsed with xml.etree as CI servers parse it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import ROOT

from fourlayer.reporting.check.junit import xml_text

DATA = Path(__file__).parent / "data" / "ci"
CHECKLIST = DATA / "checklist.yaml"
PASSING, FAILING, INVALID = DATA / "passing.yaml", DATA / "failing.yaml", DATA / "invalid.yaml"
AS_OF = "2026-11-27"
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def junit(cli, *args, expect: int) -> ET.Element:
    result = cli([*args, "--format", "junit"])
    assert result.exit_code == expect, result.stderr
    assert result.stdout.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert root.tag == "testsuites"
    assert_counts_add_up(root)
    return root


def check(cli, path: Path, *extra: str, expect: int) -> ET.Element:
    return junit(cli, "check", path, "--checklist", CHECKLIST, "--as-of", AS_OF, *extra, expect=expect)


def assert_counts_add_up(root: ET.Element) -> None:
    totals = dict.fromkeys(("tests", "failures", "errors", "skipped"), 0)
    for suite in root.findall("testsuite"):
        cases = suite.findall("testcase")
        counted = {
            "tests": len(cases),
            "failures": sum(1 for c in cases if c.find("failure") is not None),
            "errors": sum(1 for c in cases if c.find("error") is not None),
            "skipped": sum(1 for c in cases if c.find("skipped") is not None),
        }
        assert {k: int(suite.get(k)) for k in counted} == counted, suite.get("name")
        for key, value in counted.items():
            totals[key] += value
    assert {k: int(root.get(k)) for k in totals} == totals


def cases_by_name(suite: ET.Element) -> dict[str, ET.Element]:
    return {case.get("name"): case for case in suite.findall("testcase")}


def test_failing_file(cli):
    root = check(cli, FAILING, "--lang", "en", expect=1)
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == str(FAILING)
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors"), suite.get("skipped")) == (
        "8",
        "7",
        "0",
        "0",
    )
    props = {p.get("name"): p.get("value") for p in suite.find("properties")}
    assert props["verdict"] == "non_compliant" and props["score"] == "26.19"
    assert props["checklist"] == "ci-test v1" and props["as_of"] == AS_OF
    cases = cases_by_name(suite)
    first = cases["L1.01 (the agency) Specialised information-security unit"]
    failure = first.find("failure")
    assert failure.get("type") == "fail"
    assert failure.get("message") == (
        "Fail: L1.01 Specialised information-security unit (the agency). Why: Not implemented."
    )
    assert f"Where: {FAILING}:34:3" in failure.text
    assert "Legal basis: Nghị định 85/2016/NĐ-CP, Điều 20 khoản 1 (read in the text)" in failure.text
    assert first.get("file") == str(FAILING) and first.get("line") == "34"
    partial = cases["L3.01 (system portal) Periodic security inspection and assessment"].find("failure")
    assert partial.get("type") == "partial"
    passed = cases["L2.01 (system hr) Security monitoring"]
    assert list(passed) == []
    assert "Non-compliant" in suite.find("system-out").text


def test_passing_file_skips_waived_and_not_applicable(cli):
    root = check(cli, PASSING, "--lang", "en", expect=0)
    (suite,) = root.findall("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("5", "0", "2")
    cases = cases_by_name(suite)
    waived = cases["L3.01 (system portal) Periodic security inspection and assessment"].find("skipped")
    assert waived.get("message").startswith("Waived. ")
    na = cases["L1.02 (the agency) Information-security rules"].find("skipped")
    assert na.get("message") == "Not applicable"


def test_invalid_file_is_a_suite_of_errors(cli):
    root = check(cli, INVALID, "--lang", "en", expect=2)
    (suite,) = root.findall("testsuite")
    assert (suite.get("tests"), suite.get("errors"), suite.get("failures")) == ("3", "3", "0")
    errors = [
        (case.get("name"), case.get("line"), case.find("error").get("type")) for case in suite.findall("testcase")
    ]
    assert errors == [
        ("out-of-range 9:12", "9", "out-of-range"),
        ("unknown-key 13:9", "13", "unknown-key"),
        ("unknown-control 16:3", "16", "unknown-control"),
    ]
    assert "Did you mean" in suite.findall("testcase")[1].find("error").text


def test_vietnamese_by_default(cli):
    root = check(cli, FAILING, expect=1)
    names = list(cases_by_name(root.find("testsuite")))
    assert names[0] == "L1.01 (cơ quan) Có đơn vị chuyên trách về an toàn thông tin"


def test_several_files(cli):
    root = junit(cli, "check", PASSING, FAILING, INVALID, "--checklist", CHECKLIST, "--as-of", AS_OF, expect=2)
    assert [s.get("name") for s in root.findall("testsuite")] == [str(PASSING), str(FAILING), str(INVALID)]
    assert (root.get("tests"), root.get("failures"), root.get("errors"), root.get("skipped")) == ("16", "7", "3", "2")


@pytest.mark.parametrize(("path", "expect", "errors"), [(PASSING, 0, 0), (INVALID, 1, 3)])
def test_validate(cli, path, expect, errors):
    root = junit(cli, "validate", path, "--checklist", CHECKLIST, "--lang", "en", expect=expect)
    (suite,) = root.findall("testsuite")
    assert int(suite.get("errors")) == errors
    if not errors:
        assert [c.get("name") for c in suite.findall("testcase")] == ["The file is valid"]


def test_control_characters_never_break_the_xml(cli):
    root = check(cli, DATA / "hostile.yaml", "--lang", "en", expect=1)
    props = {p.get("name"): p.get("value") for p in root.find("testsuite").find("properties")}
    assert props["agency"].startswith("Sở <b>Thử</b> **nghiệm** | @team #12 100%")
    assert "\\x1b[31m\\x01 ]]> & `tick`" in props["agency"]
    bad = junit(cli, "validate", DATA / "hostile-invalid.yaml", "--checklist", CHECKLIST, "--lang", "en", expect=1)
    message = bad.find("testsuite").find("testcase").find("error").get("message")
    assert "evi\\x1b[31mdence%0A,x:y <b>|" in message


def test_xml_text_accepts_every_character():
    every = "".join(chr(c) for c in range(0x20)) + "\x7f\x85\ud800\udfff\ufffe\uffff ok ✓ 𝄞"
    element = ET.Element("x", {"a": xml_text(every)})
    element.text = xml_text(every)
    parsed = ET.fromstring(ET.tostring(element, encoding="unicode").encode("utf-8", "strict"))
    assert parsed.text.endswith(" ok ✓ 𝄞") and "\\x01" in parsed.text and "\\ud800" in parsed.text
    assert parsed.get("a") == parsed.text


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_bundled_checklist_and_examples(cli, example):
    root = junit(cli, "check", example, "--as-of", AS_OF, "--fail-on", "never", expect=0)
    (suite,) = root.findall("testsuite")
    assert int(suite.get("tests")) > 0
    assert all(case.get("name")[:5].startswith("L") for case in suite.findall("testcase"))
