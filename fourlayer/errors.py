"""The one user-facing error: a message key, its parameters, and the findings behind it.

Anything a user can cause and that stops a command (a bad option value, an unreadable
checklist, a report that would overwrite an input…) is raised as :class:`UserError`
wherever it is found; :func:`fourlayer.cli.main` prints it, in one place, as the located
findings (when it carries some) followed by one ``fourlayer: <message>`` line, and
exits 2. Nothing else translates an exception into a message.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from fourlayer.i18n import Phrase, translate

if TYPE_CHECKING:
    from fourlayer.reading.findings import Finding


class UserError(Exception):
    """A problem that stops a command: ``key`` names the message, ``params`` fill it;
    ``findings`` (located problems) are printed before it when present."""

    def __init__(self, key: str, /, *, findings: Iterable[Finding] = (), **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
        self.findings: tuple[Finding, ...] = tuple(findings)

    def message(self, lang: str) -> str:
        """The message in ``lang``: text parameters made printable (file text is data,
        never terminal control codes), :class:`Phrase` parameters translated."""
        from fourlayer.safe_text import printable

        def shown(value: object) -> object:
            if isinstance(value, Phrase):
                return translate(lang, value.key, **{k: shown(v) for k, v in value.params.items()})
            return printable(value) if isinstance(value, str) else value

        return translate(lang, self.key, **{name: shown(value) for name, value in self.params.items()})
