"""Vietnamese and English text: one catalogue, one lookup.

Every user-visible sentence lives in :mod:`fourlayer.messages` under a key, in both
languages. Vietnamese is the default; ``--lang`` or ``FOURLAYER_LANG`` selects English.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from fourlayer.messages import MESSAGES

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
ENV_VAR = "FOURLAYER_LANG"


def resolve_language(option: str | None = None) -> str:
    """The language to speak: the option, else ``FOURLAYER_LANG``, else Vietnamese.

    An unknown value in the environment falls back to Vietnamese rather than failing:
    the variable may be set machine-wide for other tools.
    """
    for candidate in (option, os.environ.get(ENV_VAR)):
        if candidate:
            code = candidate.strip().lower()[:2]
            if code in LANGUAGES:
                return code
    return DEFAULT_LANGUAGE


def translate(lang: str, key: str, /, **params: Any) -> str:
    """The message ``key`` in ``lang``, with ``params`` filled in."""
    entry = MESSAGES[key]
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return template.format(**params)


@dataclass(frozen=True)
class Phrase:
    """A message key with its parameters, translated only when shown: a parameter of a
    message that is itself a message, in a :class:`UserError` or a
    :class:`~fourlayer.reading.findings.Finding` (each treats the phrase's own parameters as its
    other ones: made printable, or kept on one line)."""

    key: str
    params: dict[str, object] = field(default_factory=dict)


class Translator:
    """``t("key", name=...)`` bound to one language, for reporters."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, key: str, /, **params: Any) -> str:
        return translate(self.lang, key, **params)
