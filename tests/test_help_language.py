"""``--help`` and the usage line in the user's language: Vietnamese by default, English with
``--lang en``, for every command."""

from __future__ import annotations

import pytest
from conftest import run_cli


# --- --help in the chosen language --------------------------------------------------
def test_check_help_is_vietnamese_by_default_and_english_with_lang_en(cli):
    vi = cli(["check", "--help"])
    assert vi.exit_code == 0
    assert vi.stdout.startswith("Cách dùng: fourlayer check") and "Tuỳ chọn:" in vi.stdout
    assert "Định dạng báo cáo" in vi.stdout and "Hiện hướng dẫn này rồi thoát." in vi.stdout
    assert "Show this message" not in vi.stdout and "[mặc định: non-compliant]" in " ".join(vi.stdout.split())
    for args, env in ((["check", "--help", "--lang", "en"], None), (["check", "--help"], {"FOURLAYER_LANG": "en"})):
        en = cli(args, env=env)
        assert en.stdout.startswith("Usage: fourlayer check") and "Options:" in en.stdout
        assert "Report format" in en.stdout and "Tuỳ chọn" not in en.stdout


@pytest.mark.parametrize("command", ["validate", "audit", "diff", "init", "checklist", "checklist list", "schema"])
def test_every_command_help_follows_the_language(cli, command):
    vi = cli([*command.split(), "--help"]).stdout
    en = cli([*command.split(), "--help"], env={"FOURLAYER_LANG": "en"}).stdout
    assert vi.startswith("Cách dùng:") and en.startswith("Usage:")
    assert vi != en.replace("Usage:", "Cách dùng:")


def test_help_usage_line_is_in_the_users_language():
    vi = run_cli(["--help"]).stdout.splitlines()[0]
    assert vi.startswith("Cách dùng:") and "[OPTIONS]" not in vi and "COMMAND" not in vi and "[TUỲ CHỌN]" in vi
    assert "[OPTIONS]" not in run_cli(["check", "--help"]).stdout.splitlines()[0]
    assert run_cli(["--help", "--lang", "en"]).stdout.startswith("Usage: fourlayer [OPTIONS] COMMAND [ARGS]")
