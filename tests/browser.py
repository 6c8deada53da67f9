"""Headless Chromium for the HTML reports: the rendered DOM and a screenshot.

Tests that need it call :func:`chromium` first: it skips with a reason when Chromium is
absent, and fails instead when ``CI=true`` (the CI image must have it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def chromium() -> str:
    found = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is required in CI (CI=true) to render the HTML reports")
        pytest.skip("Chromium is not installed: the HTML reports are not rendered in a browser")
    return found


def _run(page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [chromium(), *FLAGS, f"--user-data-dir={profile}", *extra, page.resolve().as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def rendered_dom(page: Path, profile: Path) -> str:
    """The DOM after Chromium has loaded ``page`` (serialised by ``--dump-dom``)."""
    done = _run(page, profile, "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<body" in done.stdout
    return done.stdout


def screenshot(page: Path, png: Path, profile: Path, width: int = 900, height: int = 2400) -> Path:
    done = _run(page, profile, f"--window-size={width},{height}", f"--screenshot={png}")
    assert done.returncode == 0, done.stderr[-2000:]
    assert png.exists() and png.stat().st_size > 10_000
    return png


class Dom(HTMLParser):
    """The elements, attributes and visible text of a serialised DOM."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text_parts: list[str] = []
        self._skip = 0
        self.styles: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "script", "title"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "title"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if self._skip:
            if self.tags and self.tags[-1][0] == "style":
                self.styles.append(data)
            return
        self.text_parts.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.text_parts).split())

    def elements(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.tags if tag == name]


NETWORK_ATTRIBUTES = ("src", "href", "srcset", "action", "formaction", "poster", "data", "xlink:href", "background")
ACTIVE = ("script", "iframe", "img", "link", "object", "embed", "form", "base", "meta-refresh", "video", "audio")


def assert_self_contained(dom: Dom) -> None:
    """No element that loads or runs anything, no attribute that names an address, no
    CSS that fetches."""
    tags = {tag for tag, _ in dom.tags}
    assert not tags & set(ACTIVE), tags & set(ACTIVE)
    for tag, attrs in dom.tags:
        for name in attrs:
            assert name not in NETWORK_ATTRIBUTES and not name.startswith("on"), (tag, name)
        if tag == "meta":
            assert attrs.get("http-equiv") is None, attrs
    css = " ".join(dom.styles)
    assert "url(" not in css and "@import" not in css and "@font-face" not in css
