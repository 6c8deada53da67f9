"""``migrate``: rewrite a self-assessment for another version of its checklist.

``migrate_text(text, source, target, lang)`` is pure: the same input gives the same
text. It uses the id map of the target checklist (each control's ``replaces``) and
ruamel.yaml's round-trip parser for *where* every key and value sits, then edits only
the lines it must change; every other line — comments, key order, blank lines, flow
mappings split over several lines — is kept byte for byte. (Re-emitting the whole
document, even through ruamel.yaml, re-flows long flow mappings, so only the changed
entries are emitted.)

Rules (docs/checklist.md, "Moving an assessment to version 2"):

* **kept** (same id): untouched. **renamed / moved**: only the key changes, in place.
* **merged** (several old ids → one control): when more than one of them is answered in
  the same block, the answers are combined into one entry at the place of the first:
  the weaker status wins (not_implemented < partial < implemented; not_applicable yields
  to any other answer), the evidence of all is kept (identical items once), notes are
  joined with the old id in front, the latest ``due`` is kept. The comment lines of the
  entries replaced are kept above the combined entry.
* **new** controls that apply (agency: the highest system level reaches ``min_level``;
  system: that system's level does) are added *unanswered*, as ``#`` comment lines with
  their title and requirement, as ``init`` writes them; the file stays valid and the
  control counts as unanswered until the officer fills it in. So are continued controls
  that now apply but have no answer (e.g. L1.16, the 10 % floor, which version 1 switched
  off on 2026-06-30; L4.10, which now applies from level 1).
* **retired** ids keep their answer under ``x-retired-<id>`` (an extension key, ignored).
* ``checklist: {id, version}`` names the new version (added if absent); waivers that
  name a renamed, moved or merged control follow it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fourlayer.authoring.init import comment
from fourlayer.errors import UserError
from fourlayer.i18n import translate

if TYPE_CHECKING:  # annotations only: `fourlayer --help` stays light
    from fourlayer.model.checklist import Checklist, Control

STATUS_RANK = {"not_implemented": 0, "partial": 1, "implemented": 2}
_SCALAR = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^']|'')*'|[^,}\]\s#][^,}\]#\n]*?(?=\s*(?:[,}\]#]|$))")


class MigrationError(UserError):
    """A file that cannot be migrated (exit 2); ``key`` and ``params`` name the message.
    The rewrite does not know the file's name: ``params["source"]`` is filled by the caller."""


@dataclass(frozen=True)
class Step:
    """What happened to one control in one block (``target`` None: the agency)."""

    kind: str  # kept | renamed | moved | merged | added (new control) | unanswered | retired
    id: str
    old: tuple[str, ...]
    target: str | None
    status: str | None = None
    layer: int = 0


@dataclass(frozen=True)
class Migration:
    text: str
    steps: tuple[Step, ...]
    from_version: str
    to_version: str


def change_kind(control: Control) -> str:
    """How ``control`` continues the previous version: kept, renamed, moved, merged or new."""
    old = control.replaces
    if not old:
        return "new"
    if len(old) > 1:
        return "merged"
    if old[0] == control.id:
        return "kept"
    return "moved" if old[0][1] != control.id[1] else "renamed"


def id_map(target: Checklist) -> dict[str, list[Control]]:
    """Old id → the controls of ``target`` that continue it."""
    return {old: [c for c in map(target.control, new) if c is not None] for old, new in target.successors.items()}


def weaker(statuses: list[str]) -> str:
    """The weaker of the answers' statuses; not_applicable yields to any other."""
    ranked = [s for s in statuses if s in STATUS_RANK]
    if not ranked:
        return statuses[0]
    return min(ranked, key=lambda s: STATUS_RANK[s])


# --- text positions ------------------------------------------------------------------
def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_blank_or_comment(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _entry_end(lines: list[str], start: int, col: int) -> int:
    """One past the last line of the mapping entry whose key is on line ``start`` at
    column ``col``: continuation lines are indented deeper; trailing blank and comment
    lines belong to what follows."""
    end = start + 1
    last = start + 1
    while end < len(lines):
        line = lines[end]
        if _is_blank_or_comment(line):
            end += 1
            continue
        if _indent(line) <= col:
            break
        end += 1
        last = end
    return last


def _inline_comment(line: str) -> str | None:
    """The ``# …`` part of a content line, if any (``#`` inside quotes is text)."""
    quote: str | None = None
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "#" and index > 0 and line[index - 1] in " \t":
            return line[index:].rstrip("\n")
    return None


@dataclass
class _Edits:
    lines: list[str]
    changes: list[tuple[int, int, list[str]]]
    tokens: dict[int, list[tuple[int, int, str]]]

    def replace(self, start: int, end: int, new: list[str]) -> None:
        """Lines ``start`` to ``end`` (exclusive) become ``new`` (an insertion when equal)."""
        self.changes.append((start, end, new))

    def token(self, line: int, col: int, new: str) -> None:
        """Replace the scalar value token starting at ``line``:``col`` with ``new``."""
        match = _SCALAR.match(self.lines[line], col)
        self.tokens.setdefault(line, []).append((col, len(match.group(0)) if match else 0, new))

    def key(self, line: int, col: int, old: str, new: str) -> None:
        """Rename the mapping key ``old`` written at ``line``:``col`` (plain or quoted)."""
        text = self.lines[line]
        length = len(old) if text.startswith(old, col) else len(old) + 2
        self.tokens.setdefault(line, []).append((col, length, new))

    def apply(self) -> str:
        out = list(self.lines)
        for line, edits in self.tokens.items():
            text = out[line]
            for col, length, new in sorted(edits, reverse=True):
                text = text[:col] + new + text[col + length :]
            out[line] = text
        for start, end, replacement in sorted(self.changes, key=lambda c: (c[0], c[1]), reverse=True):
            out[start:end] = replacement
        return "".join(out)


def _render_entry(key: str, value: dict[str, Any], col: int) -> list[str]:
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    yaml = YAML()
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    entry = CommentedMap()
    body = CommentedMap()
    for k, v in value.items():
        if k == "evidence":
            items = CommentedSeq()
            for item in v:
                flow = CommentedMap(item)
                flow.fa.set_flow_style()
                items.append(flow)
            body[k] = items
        else:
            body[k] = v
    entry[key] = body
    buffer = io.StringIO()
    yaml.dump(entry, buffer)
    pad = " " * col
    return [pad + line + "\n" for line in buffer.getvalue().splitlines()]


# --- the migration ---------------------------------------------------------------------
def migrate_text(
    text: str, source: Checklist, target: Checklist, lang: str = "vi", *, blanks: bool = True
) -> Migration:
    """Rewrite the assessment ``text`` (valid against ``source``) for ``target``; ``blanks``:
    add the Form 08 blanks (the last step of :func:`migrate_through` only, so never twice)."""
    from ruamel.yaml import YAML

    if source.id != target.id or source.version == target.version:
        raise MigrationError("migrate.same-version", source="", checklist=target.id, version=target.version)
    if target.previous_version != source.version:
        raise MigrationError(
            "migrate.no-map", source="", checklist=target.id, version=target.version, old=source.version
        )
    data = YAML(typ="rt").load(text)
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    edits = _Edits(lines, [], {})
    steps: list[Step] = []
    mapping = id_map(target)
    retired = dict(target.retired)
    new_controls = [c for c in target.controls if not c.replaces]
    highest = max((int(s.get("level", 0)) for s in data.get("systems") or []), default=0)

    _checklist_line(data, edits, target)
    blocks: list[tuple[Any, str | None, int, Any, int]] = [(data.get("controls"), None, highest, data, 0)]
    for system in data.get("systems") or []:
        blocks.append((system.get("controls"), str(system.get("id")), int(system.get("level", 0)), system, 2))
    renames: dict[str, str] = {}
    for block, target_id, level, parent, base_indent in blocks:
        steps.extend(
            _block(
                block,
                target_id,
                level,
                parent,
                base_indent,
                edits,
                mapping,
                retired,
                new_controls,
                target,
                lang,
                renames,
            )
        )
    _waivers(data, edits, renames)
    if blanks:
        _form08_blanks(data, edits, lang)
    return Migration(edits.apply(), tuple(steps), source.version, target.version)


def _form08_blanks(data: Any, edits: _Edits, lang: str) -> None:
    """The yearly report's facts (Decree 331/2026 Form 08) the file does not give, added as
    commented blanks as ``init`` writes them: the owner and the cybersecurity unit at the end
    of ``agency``, a system's before its ``controls``. Nothing is added to a file that has them."""
    from fourlayer.authoring.init import FORM08_PARTIES, FORM08_SYSTEM, form08_blank_lines, party_blank_lines

    keys = list(data)
    agency = data.get("agency")
    if hasattr(agency, "lc") and "agency" in keys and keys.index("agency") + 1 < len(keys):
        missing = [key for key in FORM08_PARTIES if key not in agency]
        if missing:
            anchor = data.lc.key(keys[keys.index("agency") + 1])[0]
            while anchor > 0 and _is_blank_or_comment(edits.lines[anchor - 1]):
                anchor -= 1
            lines = [line + "\n" for line in comment(translate(lang, "init.form08.agency"), "  ")]
            lines += [line + "\n" for key in missing for line in party_blank_lines(key, "  ")]
            edits.replace(anchor, anchor, lines)
    for system in data.get("systems") or []:
        if not hasattr(system, "lc") or "controls" not in system:
            continue
        missing = [key for key in FORM08_SYSTEM if key not in system]
        if not missing:
            continue
        line, col = system.lc.key("controls")
        lines = form08_blank_lines(missing, " " * col, lambda key: translate(lang, key))
        edits.replace(line, line, [text + "\n" for text in lines])


def migrate_through(text: str, source: Checklist, target: Checklist, lang: str = "vi") -> Migration:
    """Rewrite ``text`` for ``target`` through every bundled version between: a version-1 file
    goes to version 3 through version 2, each step by its own id map (:func:`migrate_text`).
    Steps of every hop are kept in order; the text of each hop is the input of the next."""
    from fourlayer.model.checklist import load_bundled

    chain = [target]
    while chain[-1].previous_version is not None and chain[-1].previous_version != source.version:
        previous = load_bundled(chain[-1].previous_version, target.id).checklist if target.bundled else None
        if previous is None or len(chain) > 50:
            break
        chain.append(previous)
    if chain[-1].previous_version != source.version:
        return migrate_text(text, source, target, lang)  # raises the no-map refusal
    steps: list[Step] = []
    current = source
    for hop, step_target in enumerate(reversed(chain), start=1):
        last = hop == len(chain)  # "kept" is said once, of the final version; the Form 08 blanks added once
        result = migrate_text(text, current, step_target, lang, blanks=last)
        text, current = result.text, step_target
        steps.extend(step for step in result.steps if last or step.kind != "kept")
    return Migration(text, tuple(steps), source.version, target.version)


def _checklist_line(data: Any, edits: _Edits, target: Checklist) -> None:
    ref = data.get("checklist")
    if ref is not None and hasattr(ref, "lc") and "version" in ref:
        line, col = ref.lc.value("version")
        edits.token(line, col, f'"{target.version}"')
        return
    if ref is not None and hasattr(ref, "lc"):  # {id: …} without a version
        line, col = data.lc.value("checklist")
        text = edits.lines[line]
        edits.replace(line, line + 1, [text[:col] + f'{{id: {target.id}, version: "{target.version}"}}\n'])
        return
    # no checklist key: add one after schema_version (or before the first key)
    anchor = data.lc.key("schema_version")[0] + 1 if "schema_version" in data else data.lc.key(next(iter(data)))[0]
    edits.replace(anchor, anchor, [f'checklist: {{id: {target.id}, version: "{target.version}"}}\n'])


def _waivers(data: Any, edits: _Edits, renames: dict[str, str]) -> None:
    for waiver in data.get("waivers") or []:
        control = waiver.get("control") if hasattr(waiver, "get") else None
        if isinstance(control, str) and control in renames:
            line, col = waiver.lc.value("control")
            edits.token(line, col, renames[control])


def _block(
    block: Any,
    target_id: str | None,
    level: int,
    parent: Any,
    base_indent: int,
    edits: _Edits,
    mapping: dict[str, list[Control]],
    retired: dict[str, Any],
    new_controls: list[Control],
    target: Checklist,
    lang: str,
    renames: dict[str, str],
) -> list[Step]:
    steps: list[Step] = []
    keys = [k for k in (block or {}) if isinstance(k, str) and not k.startswith("x-")]
    merged_groups: dict[str, list[str]] = {}
    for key in keys:
        for control in mapping.get(key, []):
            if change_kind(control) == "merged":
                merged_groups.setdefault(control.id, []).append(key)
    handled: set[str] = set()
    for key in keys:
        if key in handled:
            continue
        line, col = block.lc.key(key)
        continuing = mapping.get(key, [])
        if not continuing:
            edits.key(line, col, key, f"x-retired-{key}")
            steps.append(Step("retired", key, (key,), target_id))
            continue
        control = continuing[0]
        kind = change_kind(control)
        renames[key] = control.id
        group = merged_groups.get(control.id, [])
        if kind == "merged" and len(group) > 1:
            handled.update(group)
            steps.append(_merge(block, group, control, edits, target, lang, target_id))
            continue
        if kind == "merged":  # only one of the merged controls answered: a plain rename
            kind = "kept" if key == control.id else ("moved" if key[1] != control.id[1] else "renamed")
        if control.id != key:
            edits.key(line, col, key, control.id)
        steps.append(Step(kind, control.id, (key,), target_id, layer=control.layer))
    answered = {renames.get(k, k) for k in keys}
    steps.extend(_additions(block, target_id, level, parent, base_indent, edits, new_controls, answered, target, lang))
    return steps


def combine(keys: list[str], values: list[Any]) -> dict[str, Any]:
    """One answer from the answers to merged controls: the weaker status, the evidence of
    all (identical items once), notes with their old id in front, the latest due date,
    and the ``x-`` keys of each (the first wins)."""
    combined: dict[str, Any] = {"status": weaker([str(v.get("status")) for v in values])}
    evidence: list[dict[str, Any]] = []
    for value in values:
        evidence.extend(item for item in (dict(i) for i in value.get("evidence") or []) if item not in evidence)
    if evidence:
        combined["evidence"] = evidence
    notes = [f"{key}: {value.get('note')}" for key, value in zip(keys, values, strict=True) if value.get("note")]
    if notes:
        combined["note"] = "; ".join(notes)
    dues = [value.get("due") for value in values if value.get("due") is not None]
    if dues:
        combined["due"] = max(dues)
    for value in values:
        combined.update({k: v for k, v in value.items() if str(k).startswith("x-") and k not in combined})
    return combined


def _merge(
    block: Any, group: list[str], control: Control, edits: _Edits, target: Checklist, lang: str, target_id: str | None
) -> Step:
    combined = combine(group, [block[key] for key in group])
    status = str(combined["status"])
    first_line, col = block.lc.key(group[0])
    kept_comments: list[str] = []
    for key in group:
        line, key_col = block.lc.key(key)
        end = _entry_end(edits.lines, line, key_col)
        for text in edits.lines[line:end]:
            if text.strip().startswith("#"):
                kept_comments.append(text)
            else:
                inline = _inline_comment(text)
                if inline:
                    kept_comments.append(" " * key_col + inline + "\n")
        if key != group[0]:
            edits.replace(line, end, [])
    pad = " " * col
    head = comment(translate(lang, "migrate.comment.merged", old=", ".join(group), version=target.version), pad)
    new = [line + "\n" for line in head] + kept_comments + _render_entry(control.id, combined, col)
    end = _entry_end(edits.lines, first_line, col)
    edits.replace(first_line, end, new)
    return Step("merged", control.id, tuple(group), target_id, status, control.layer)


def _additions(
    block: Any,
    target_id: str | None,
    level: int,
    parent: Any,
    base_indent: int,
    edits: _Edits,
    new_controls: list[Control],
    answered: set[str],
    target: Checklist,
    lang: str,
) -> list[Step]:
    scope = "agency" if target_id is None else "system"
    wanted = [c for c in target.controls if c.scope == scope and level >= c.min_level and c.id not in answered]
    if not wanted:
        return []
    if block is not None and hasattr(block, "lc") and len(block):
        last_key = list(block)[-1]
        line, col = block.lc.key(last_key)
        at = _entry_end(edits.lines, line, col)
        lines = _comment_block(wanted, " " * col, lang, target, with_header=False)
    else:  # no answers block: the whole block as comments, at the end of the parent mapping
        last_key = list(parent)[-1]
        line, col = parent.lc.key(last_key)
        at = _entry_end(edits.lines, line, col)
        lines = _comment_block(wanted, " " * (col + 2), lang, target, with_header=True, header_pad=" " * col)
    edits.replace(at, at, lines)
    return [Step("added" if not c.replaces else "unanswered", c.id, (), target_id, layer=c.layer) for c in wanted]


def _comment_block(
    controls: list[Control], pad: str, lang: str, target: Checklist, *, with_header: bool, header_pad: str = ""
) -> list[str]:
    out: list[str] = []
    if with_header:
        out.append(f"{header_pad}# controls:\n")
    for control in controls:
        out.append("\n")
        key = "migrate.comment.new" if not control.replaces else "migrate.comment.unanswered"
        title = translate(lang, key, version=target.version, title=control.title.get(lang))
        out += [line + "\n" for line in comment(f"{control.id} — {title}", pad)]
        out += [line + "\n" for line in comment(control.requirement.get(lang), pad, hang="  ")]
        out.append(f"{pad}# {control.id}:\n")
        out.append(f"{pad}#   status:\n")
    return out
