"""Usage errors (click's own: unknown command or option, missing argument, bad value…) and
``--help`` speak the user's language like every other message, and ``--lang`` works before the
command too; every help text comes from the catalogue."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES, run_cli

EXAMPLE = EXAMPLES / "xa-hung-dong.yaml"

CASES = [
    # args, Vietnamese words, English words
    (
        ["chekc"],
        'Không có lệnh "chekc". Có phải ý bạn là "check"?',
        'There is no command "chekc". Did you mean "check"?',
    ),
    (["checklist", "lsit"], 'Không có lệnh "lsit"', 'There is no command "lsit"'),
    (["check", "--nope", "x"], "Không có tuỳ chọn --nope.", "There is no option --nope."),
    (["--nope"], "Không có tuỳ chọn --nope.", "There is no option --nope."),
    (["check"], "Thiếu đối số: FILE|DIR...", "Missing argument: FILE|DIR..."),
    (["checklist", "show"], "Thiếu đối số: CONTROL_ID", "Missing argument: CONTROL_ID"),
    (["init", "--system", "a:b:1"], "Thiếu tuỳ chọn bắt buộc --agency.", "The required option --agency is missing."),
    (
        ["check", "x", "--format", "yaml"],
        'Giá trị "yaml" không dùng được cho --format; chọn một trong: console, json',
        '"yaml" cannot be used for --format; choose one of: console, json',
    ),
    (
        ["check", "x", "--fail-on", "sometimes"],
        'Giá trị "sometimes" không dùng được cho --fail-on',
        '"sometimes" cannot be used for --fail-on',
    ),
    (
        ["audit", "x", "--jobs", "0"],
        "Giá trị 0 của --jobs/-j nằm ngoài khoảng cho phép (≥ 1).",
        "The value 0 of --jobs/-j is outside the allowed range (≥ 1).",
    ),
    (
        ["audit", "x", "--jobs", "abc"],
        'Giá trị "abc" của --jobs/-j không phải là một số.',
        'The value "abc" of --jobs/-j is not a number.',
    ),
    (["check", "x", "--min-score", "200"], "nằm ngoài khoảng cho phép (0–100)", "outside the allowed range (0–100)"),
    (["checklist", "list", "--layer", "5"], "nằm ngoài khoảng cho phép (1–4)", "outside the allowed range (1–4)"),
    (["check", "x", "--checklist", str(EXAMPLES)], "--checklist cần một tệp", "--checklist needs a file"),
    (["schema", "a", "b"], "Thừa đối số: b.", "Unexpected extra argument: b."),
    (["check", "x", "--format"], "Tuỳ chọn --format cần một giá trị.", "The option --format needs a value."),
]


@pytest.mark.parametrize(("args", "vietnamese", "english"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_usage_errors_speak_vietnamese_by_default_and_english_on_request(args, vietnamese, english):
    default = run_cli(args)
    assert default.exit_code == 2 and default.stdout == ""
    assert vietnamese in default.stderr, default.stderr
    assert "Error:" not in default.stderr and "Traceback" not in default.stderr
    assert "Cách dùng đúng và các tuỳ chọn:" in default.stderr
    after = [] if args[-1].startswith("--") else [[*args, "--lang", "en"]]  # "--format --lang" gives --format a value
    for where in (["--lang", "en", *args], *after):
        asked = run_cli(where)
        assert asked.exit_code == 2
        assert english in asked.stderr, asked.stderr
    by_environment = run_cli(args, env={"FOURLAYER_LANG": "en"})
    assert english in by_environment.stderr


def test_the_usage_line_stays_and_points_at_the_command_help():
    result = run_cli(["check", "--nope", "x"])
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Cách dùng: fourlayer check")  # click's usage line, in the user's language
    assert lines[-1] == "Cách dùng đúng và các tuỳ chọn: fourlayer check --help"
    english = run_cli(["check", "--nope", "x", "--lang", "en"]).stderr.splitlines()
    assert english[0].startswith("Usage: fourlayer check")


@pytest.mark.parametrize("args", [["--lang", "en", "check"], ["check", "--lang", "en"]])
def test_lang_before_or_after_the_command(args):
    result = run_cli([*args, EXAMPLE, "--as-of", "2026-11-27", "--quiet"])
    assert result.exit_code == 0, result.stderr
    assert "Compliant" in result.stdout


def test_the_command_own_lang_wins_over_the_one_before_it():
    result = run_cli(["--lang", "en", "check", EXAMPLE, "--as-of", "2026-11-27", "--quiet", "--lang", "vi"])
    assert "Đạt" in result.stdout or "Tuân thủ" in result.stdout, result.stdout
    assert "Compliant" not in result.stdout


def test_lang_before_the_command_reaches_user_errors():
    result = run_cli(["--lang", "en", "check", EXAMPLE, "--as-of", "2026-13-01"])
    assert result.exit_code == 2
    assert "The evaluation date" in result.stderr


def test_help_and_usage_errors_speak_the_language_the_command_reports_in():
    """The last --lang decides the report's language; help and usage errors follow the same one."""
    helped = run_cli(["--lang", "en", "check", "--help", "--lang", "vi"])
    assert "Cách dùng: fourlayer check" in helped.stdout, helped.stdout
    wrong = run_cli(["--lang", "vi", "check", EXAMPLE, "--nope", "--lang", "en"])
    assert wrong.exit_code == 2
    assert wrong.stderr.splitlines()[0].startswith("Usage: fourlayer check"), wrong.stderr


# --- --help: one source, the catalogue -------------------------------------------------------
def _commands():
    """(command, its path in the catalogue's keys, the words that name it) for the group and
    every command under it, ``checklist``'s own included."""
    import click

    from fourlayer.cli import cli as group

    def walk(command, path, words):
        yield command, path, words
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                yield from walk(sub, name if path == "fourlayer" else f"{path}.{name}", [*words, name])

    return list(walk(group, "fourlayer", []))


def _bare(text):
    """``text`` without its spaces and line breaks (click wraps the help to the terminal)."""
    return "".join(text.split())


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_command_and_option_shows_the_catalogue_help_and_every_help_key_is_shown(lang):
    """The help of each command and option is its catalogue text in the user's language, in
    English as in Vietnamese (the code holds no other), and no ``help.`` key is left unshown."""
    from fourlayer.cli.helptext import help_keys
    from fourlayer.i18n import translate
    from fourlayer.messages import MESSAGES
    from fourlayer.reporting import formats

    other = "en" if lang == "vi" else "vi"
    reached, outputs = set(), []
    for command, path, words in _commands():
        result = run_cli(["--lang", lang, *words, "--help"])
        assert result.exit_code == 0, result.stderr
        shown = _bare(result.stdout)
        outputs.append(shown)
        for thing, key in help_keys(command, path):
            reached.add(key)
            entry = MESSAGES[key]
            if key == "help.format":  # the sentence with its choices (in English, with their summaries)
                table = " ".join(words)
                entry = {
                    code: translate(code, key, choices=formats.choices_text(table, summaries=code == "en"))
                    for code in ("vi", "en")
                }
            what = " ".join(["fourlayer", *words, *(thing.opts[:1] if key.startswith("help.opt") else [])])
            assert _bare(entry[lang]) in shown, f"{what} --help --lang {lang} does not show {key}: {entry[lang]!r}"
            if entry[other] != entry[lang] and _bare(entry[other]) not in _bare(entry[lang]):
                assert _bare(entry[other]) not in shown, f"{what} --help --lang {lang} shows {key} in {other}"
    keys = {key for key in MESSAGES if key.startswith("help.")}
    unreached = sorted(key for key in keys if key.startswith(("help.cmd.", "help.opt.")) and key not in reached)
    assert not unreached, (
        f"no command or option shows these (a name changed, or a command's own key hides it): {unreached}"
    )
    words = sorted(key for key in keys - reached if not any(_bare(MESSAGES[key][lang]) in out for out in outputs))
    assert not words, f"no --help shows these: {words}"


READING = {"check": [EXAMPLE], "audit": [EXAMPLE], "validate": [EXAMPLE], "diff": [EXAMPLE, EXAMPLE]}


@pytest.mark.parametrize("command", sorted(READING))
def test_every_reading_command_refuses_a_checklist_that_cannot_be_used_the_same_way(command, tmp_path):
    missing = tmp_path / "missing.yaml"
    result = run_cli([command, *READING[command], "--checklist", missing, "--lang", "en"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        f"fourlayer: The checklist {missing} cannot be used (see the errors "
        "above). Fix it, or drop --checklist to use the bundled one."
    )


@pytest.mark.parametrize("command", ["check", "audit"])
def test_officer_fields_without_an_official_format_are_refused_before_the_checklist_is_read(command, tmp_path):
    result = run_cli([command, EXAMPLE, "--place", "Nghệ An", "--checklist", tmp_path / "missing.yaml"])
    assert result.exit_code == 2 and "chỉ dùng với --format docx" in result.stderr
    assert "missing.yaml" not in result.stderr, "the cheaper refusal comes first"
