"""The HTML reports of check, audit and history: self-contained, escaped, and rendered by
a real browser (headless Chromium) with the agencies visible.

Screenshots are written next to the test's temporary files (``--basetemp`` keeps them);
they are what the pages were checked by eye against while they were built.
"""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from browser import Dom, assert_self_contained, rendered_dom, screenshot
from conftest import run_cli
from generate import write_agencies
from rounds import next_round

from fourlayer.model.checklist import load_checklist
from fourlayer.rounds.audit import run_audit
from fourlayer.rounds.history import build_history
from fourlayer.runner import Settings, run_check

CHECKLIST = load_checklist().checklist
HOSTILE = '<script>alert("x")</script> Sở <b>Thử</b> & <img src=x onerror=alert(1)>'
HOSTILE_YAML = f"""schema_version: 1
agency: {{name: '{HOSTILE}', code: "<i>H-1</i>"}}
assessed_on: 2026-09-30
systems:
  - {{id: portal, name: "Cổng <iframe src='https://evil.example/'></iframe>", level: 2}}
controls:
  L1.01: {{status: implemented, evidence: [{{ref: "45/QĐ", date: 2026-03-01}}]}}
"""
SCRIPTISH = re.compile(r"<\s*(script|iframe|img|link|object|embed|style\s+src)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    root = tmp_path_factory.mktemp("province")
    write_agencies(root / "q1", 14, 3)
    next_round(root / "q1", root / "q2", 4, drop=1)
    (root / "q2" / "hostile.yaml").write_text(HOSTILE_YAML, encoding="utf-8")
    return root


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _check_page(tmp_path: Path, lang: str) -> tuple[str, list[str]]:
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(HOSTILE_YAML, encoding="utf-8")
    files = [str(p) for p in write_agencies(tmp_path / "agencies", 2, 9)] + [str(hostile)]
    page = tmp_path / "check.html"
    done = run_cli(["check", *files, "--format", "html", "-o", page, "--lang", lang, "--as-of", "2026-11-27"])
    assert done.exit_code == 1, done.stderr
    run = run_check(files, Settings(CHECKLIST, date(2026, 11, 27)))
    return _read(page), [e.agency.name for e in run.evaluations]


def _audit_page(province: Path, tmp_path: Path, lang: str) -> tuple[str, list[str]]:
    page = tmp_path / "audit.html"
    done = run_cli(
        [
            "audit",
            province / "q2",
            "--format",
            "html",
            "-o",
            page,
            "--lang",
            lang,
            "--as-of",
            "2026-11-27",
            "--jobs",
            "1",
        ]
    )
    assert done.exit_code == 1, done.stderr
    run = run_audit([str(province / "q2")], Settings(CHECKLIST, date(2026, 11, 27)), jobs=1)
    return _read(page), [r.agency.name for r in run.agencies]


def _history_page(province: Path, tmp_path: Path, lang: str) -> tuple[str, list[str]]:
    path = tmp_path / "h.sqlite"
    for label, folder, day in (("2026-Q2", "q1", "2026-06-30"), ("2026-Q3", "q2", "2026-09-30")):
        done = run_cli(
            [
                "audit",
                province / folder,
                "--record",
                path,
                "--round",
                label,
                "--as-of",
                day,
                "--jobs",
                "1",
                "--format",
                "json",
                "-o",
                tmp_path / f"{label}.json",
            ]
        )
        assert done.exit_code in (0, 1), done.stderr
    page = tmp_path / "history.html"
    done = run_cli(["history", path, "--format", "html", "-o", page, "--lang", lang])
    assert done.exit_code == 0, done.stderr
    return _read(page), [t.name for t in build_history(path).tracks]


PAGES = ("check", "audit", "history")


def _page(kind: str, province: Path, tmp_path: Path, lang: str) -> tuple[str, list[str]]:
    if kind == "check":
        return _check_page(tmp_path, lang)
    if kind == "audit":
        return _audit_page(province, tmp_path, lang)
    return _history_page(province, tmp_path, lang)


@pytest.mark.parametrize("kind", PAGES)
def test_the_page_names_no_network_address_and_escapes_assessment_text(kind, province, tmp_path):
    page, names = _page(kind, province, tmp_path, "vi")
    assert HOSTILE in names
    assert "<script" not in page.lower()
    assert not SCRIPTISH.search(page)
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    # nothing on a network: the only address in the page is the hostile one, shown as text
    assert "http" not in page.replace("&lt;iframe src=&#39;https://evil.example/&#39;&gt;", "")
    assert "url(" not in page and "@import" not in page and "<link" not in page
    dom = Dom(page)
    assert_self_contained(dom)


@pytest.mark.parametrize("kind", PAGES)
def test_chromium_renders_the_page_with_the_agencies_visible(kind, province, tmp_path):
    page, names = _page(kind, province, tmp_path, "vi")
    html = tmp_path / f"{kind}.html"
    html.write_text(page, encoding="utf-8")
    dom = Dom(rendered_dom(html, tmp_path / "profile"))
    assert_self_contained(dom)  # nothing injected, even after the browser parsed it
    for name in names:
        assert " ".join(name.split()) in dom.text, name
    assert HOSTILE in dom.text  # the hostile name is shown literally
    assert 'alert("x")' in dom.text
    assert dom.elements("svg"), "the charts are inline SVG"
    screenshot(html, tmp_path / f"{kind}.png", tmp_path / "profile")


@pytest.mark.parametrize("kind", PAGES)
@pytest.mark.parametrize(("lang", "words"), [("vi", ("Lớp", "Điểm")), ("en", ("Layer", "Score"))])
def test_the_page_speaks_the_report_language(kind, lang, words, province, tmp_path):
    page, _ = _page(kind, province, tmp_path, lang)
    assert f'<html lang="{lang}">' in page
    text = Dom(page).text
    for word in words:
        assert word.casefold() in text.casefold()
    other = "Không tuân thủ" if lang == "en" else "Non-compliant"
    assert other not in text


def test_the_check_page_shows_gaps_with_guidance_and_legal_sources(tmp_path):
    page, _ = _check_page(tmp_path, "en")
    text = Dom(page).text
    assert "Gaps to close" in text and "Next step" in text and "Legal basis" in text
    assert "Decree 85/2016" in text or "85/2016/NĐ-CP" in text


def test_print_rules_fit_a4():
    from fourlayer.reporting.html_base import environment

    source = environment().loader.get_source(environment(), "_base.html.j2")[0]  # type: ignore[union-attr]
    assert "@page { size: A4" in source
    assert "print-color-adjust: exact" in source
    assert "break-inside: avoid" in source


def test_the_templates_ship_in_the_package():
    import tomllib

    root = Path(__file__).resolve().parent.parent
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["fourlayer"]
    assert "templates/*.j2" in patterns
    templates = sorted(p.name for p in (root / "fourlayer" / "templates").iterdir())
    assert {"check_page.html.j2", "audit_page.html.j2", "history_page.html.j2"} <= set(templates)
    assert all(name.endswith(".j2") for name in templates)


def test_the_audit_page_lists_the_round_roster_duplicates_and_stale(province, tmp_path):
    folder = tmp_path / "round"
    shutil.copytree(province / "q2", folder)
    first = sorted(folder.rglob("0*.yaml"))[0]
    (folder / "copy-of-first.yaml").write_bytes(first.read_bytes())  # the same submission twice
    roster = tmp_path / "roster.yaml"
    roster.write_text('agencies:\n  - {code: "999.99.99.H99", name: "UBND xã <i>Chưa Nộp</i>"}\n', encoding="utf-8")
    page = tmp_path / "audit.html"
    done = run_cli(
        [
            "audit",
            folder,
            "--roster",
            roster,
            "--since",
            "2026-10-01",
            "--format",
            "html",
            "-o",
            page,
            "--lang",
            "en",
            "--jobs",
            "1",
            "--as-of",
            "2026-11-27",
        ]
    )
    assert done.exit_code in (0, 1), done.stderr
    dom = Dom(_read(page))
    assert_self_contained(dom)
    assert "Not submitted (1)" in dom.text and "UBND xã <i>Chưa Nộp</i>" in dom.text
    assert "Duplicate files, not counted (1)" in dom.text and "copy-of-first.yaml" in dom.text
    assert "Stale: assessed before 2026-10-01" in dom.text and "stale, assessed 2026-09-30" in dom.text
