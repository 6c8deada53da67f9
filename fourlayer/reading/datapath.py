"""Where a value sits in an assessment, said the way an officer reads it.

``systems[1].controls.L2.03.status`` (a 0-based list index and YAML keys) becomes
"hệ thống `portal`, tiêu chí L2.03, trạng thái" / "system `portal`, control L2.03,
status": a system is named by its id (or "the 2nd system" when it has none), an answer
by its control, a list item by its 1-based number, a key by what it means.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fourlayer.i18n import key_of, translate
from fourlayer.reading.findings import Localised

_FIELDS = frozenset(
    {
        "schema_version",
        "checklist",
        "id",
        "version",
        "agency",
        "name",
        "code",
        "province",
        "assessed_on",
        "assessor",
        "role",
        "contact",
        "systems",
        "level",
        "level_approval",
        "ref",
        "date",
        "controls",
        "status",
        "evidence",
        "kind",
        "url",
        "path",
        "note",
        "due",
        "waivers",
        "control",
        "system",
        "reason",
        "approved_by",
        "expires",
        # the yearly report (Form 08, Decree 331/2026): messages in fourlayer/messages/form08.py
        "owner",
        "security_unit",
        "mandate",
        "representative",
        "position",
        "address",
        "phone",
        "email",
        "issuer",
        "category",
        "operator",
        "approval_status",
        "approval_expected",
        "security_regulation",
        "deployment",
        "deployment_expected",
        "pre_use_assessment",
        "periodic_assessment",
    }
)


@dataclass(frozen=True)
class DataPath(Localised):
    """A data path of an assessment, with the ids of the systems it passes through."""

    path: tuple[str | int, ...]
    system_ids: tuple[tuple[int, str], ...] = ()

    @classmethod
    def of(cls, path: Sequence[str | int], data: Any) -> DataPath:
        ids: list[tuple[int, str]] = []
        items = list(path)
        if len(items) >= 2 and items[0] == "systems" and isinstance(items[1], int) and isinstance(data, dict):
            systems = data.get("systems")
            if isinstance(systems, list) and 0 <= items[1] < len(systems) and isinstance(systems[items[1]], dict):
                sid = systems[items[1]].get("id")
                if isinstance(sid, str) and sid.strip():
                    ids.append((items[1], sid))
        return cls(tuple(items), tuple(ids))

    def text(self, lang: str) -> str:
        parts: list[str] = []
        items = list(self.path)
        ids = dict(self.system_ids)
        i = 0
        while i < len(items):
            item = items[i]
            following = items[i + 1] if i + 1 < len(items) else None
            if item == "systems" and isinstance(following, int):
                sid = ids.get(following)
                parts.append(
                    translate(lang, "path.system", system=sid)
                    if sid is not None
                    else translate(lang, "path.system-number", number=following + 1)
                )
                i += 2
                continue
            if item == "controls" and isinstance(following, str):
                parts.append(translate(lang, "path.control", control=following))
                i += 2
                continue
            if item in ("evidence", "waivers") and isinstance(following, int):
                parts.append(
                    translate(
                        lang,
                        "path.evidence-number" if item == "evidence" else "path.waivers-number",
                        number=following + 1,
                    )
                )
                i += 2
                continue
            if isinstance(item, int):
                parts.append(translate(lang, "path.item-number", number=item + 1))
            elif item in _FIELDS:
                parts.append(translate(lang, key_of("path.field", item)))
            else:
                parts.append(f'"{item}"')
            i += 1
        return ", ".join(parts) if parts else translate(lang, "path.top")
