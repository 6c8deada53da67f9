"""click's own output — usage errors, help — on a stream that cannot write Vietnamese
(``PYTHONIOENCODING=ascii``; ``LC_ALL=C`` with UTF-8 mode off): escaped like everything else
fourlayer prints there (``\\u1ec7``), never raw UTF-8 bytes on an ASCII stream, never a
UnicodeEncodeError; the escapes read back to the catalogue's sentence. The reports of every
command on such a stream (ASCII, the C locale, cp1252) are escaped too."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import ENV_PYTHON, VALID
from test_fuzz import no_crash

from fourlayer.i18n import translate

ASCII = {"PYTHONIOENCODING": "ascii"}
C_LOCALE = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "LC_ALL", "LANG")}
    return subprocess.run(
        [*ENV_PYTHON, "-m", "fourlayer", *args],
        capture_output=True,
        check=False,
        env={**clean, "FOURLAYER_LANG": "vi", **env},
    )


def _read(raw: bytes) -> str:
    """What an ASCII stream carried, escapes turned back into the characters."""
    assert raw.isascii(), raw
    text = raw.decode("ascii")
    assert "Traceback" not in text and "UnicodeEncodeError" not in text
    return text.encode("ascii").decode("unicode_escape")


@pytest.mark.parametrize("env", [ASCII, C_LOCALE], ids=["PYTHONIOENCODING=ascii", "LC_ALL=C"])
@pytest.mark.parametrize(
    ("args", "key", "params"),
    [
        (["chek"], "cli.usage-hint", {"command": "fourlayer"}),
        (["check", "--format", "nope", "x.yaml"], "cli.usage-hint", {"command": "fourlayer check"}),
        (["check"], "cli.usage-hint", {"command": "fourlayer check"}),
        (["check", "--nope"], "cli.usage-hint", {"command": "fourlayer check"}),
    ],
)
def test_a_usage_error_is_escaped_and_readable(env, args, key, params):
    result = _run(args, env)
    assert result.returncode == 2
    assert result.stdout == b""
    message = _read(result.stderr)
    assert translate("vi", key, **params) in message
    assert message.count("fourlayer: ") == 1 and "\\u" not in message


@pytest.mark.parametrize("env", [ASCII, C_LOCALE], ids=["PYTHONIOENCODING=ascii", "LC_ALL=C"])
def test_an_unknown_command_names_the_near_ones(env):
    message = _read(_run(["chek"], env).stderr)
    assert '"chek"' in message and '"check"' in message and "Không" in message


@pytest.mark.parametrize("env", [ASCII, C_LOCALE], ids=["PYTHONIOENCODING=ascii", "LC_ALL=C"])
@pytest.mark.parametrize("args", [["--help"], ["check", "--help"], ["diff", "--help"]])
def test_help_is_escaped_and_readable(env, args):
    result = _run(args, env)
    assert result.returncode == 0, result.stderr
    shown = _read(result.stdout)
    assert "Cách dùng" in shown


ENCODINGS = {
    "ascii": {"PYTHONIOENCODING": "ascii"},
    "C locale": {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""},
    "cp1252": {"PYTHONIOENCODING": "cp1252"},
}


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_a_stream_that_cannot_write_vietnamese_gets_escapes(tmp_path: Path, name: str) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(VALID, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(VALID.replace("level: 1", "level: chín"), encoding="utf-8")
    env = {**os.environ, **ENCODINGS[name]}
    env.pop("FOURLAYER_LANG", None)
    for args in (
        ["check", str(path)],
        ["check", str(path), "--format", "markdown"],
        ["check", str(path), "--format", "github"],
        ["validate", str(bad)],
        ["audit", str(tmp_path)],
        ["checklist", "show", "L1.01"],
        ["diff", str(path), str(path)],
    ):
        done = subprocess.run(
            [*ENV_PYTHON, "-m", "fourlayer", *args], env=env, capture_output=True, timeout=60, check=False
        )
        # escaped where fourlayer writes (reports); click writes its own text as UTF-8 when the
        # stream claims ASCII: either way valid text, never a crash
        codec = "cp1252" if name == "cp1252" else "utf-8"  # ASCII is UTF-8
        out, err = done.stdout.decode(codec), done.stderr.decode(codec)
        assert done.returncode in (0, 1), (args, err)
        no_crash(out, err)
        if args[0] in ("check", "audit", "validate"):
            assert "\\u" in out + err or "\\x" in out + err, (args, out[:300])
