"""Safe YAML reading: plain data only, bounded in size, depth and alias expansion.

``load_file`` never raises for anything in the file: every refusal is a located
:class:`~fourlayer.reading.findings.Finding` with a stable code. What comes back is built only
of ``dict`` (string keys), ``list``, ``str``, ``int``, ``float``, ``bool`` and ``None``;
dates stay strings (validation parses them, so ``2026-02-30`` gets a clear message).

Node positions are not kept on the happy path: :class:`Locator` composes the document
again, once, only when there is an error to place.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, Protocol

import yaml

from fourlayer.i18n import Phrase
from fourlayer.reading.findings import Finding, finding
from fourlayer.reading.yamlhelp import excerpt, indentation_slip

try:  # the C parser is an order of magnitude faster; fall back where it is missing
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_ALLOWED_TAGS = frozenset("tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "seq", "map"))
_MERGE_TAG = "tag:yaml.org,2002:merge"
# Characters YAML forbids or that have no business in a text file: C0 controls but
# tab/LF/CR, DEL, C1 controls, and the non-characters U+FFFE/U+FFFF.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# libyaml refuses nesting deeper than this (flow and block alike); --max-depth cannot raise it.
LIBYAML_MAX_DEPTH = 1000
# Above this many '[' and '{' the file is scanned event by event for nesting depth
# before the C composer sees it (the composer recurses and would overflow the stack).
_FLOW_SCAN_THRESHOLD = 2_000


@dataclass(frozen=True)
class Limits:
    """What a single file may cost. An auditor can raise them on the command line."""

    max_bytes: int = 4 * 1024 * 1024
    max_depth: int = 64
    max_alias_nodes: int = 10_000
    """Values YAML aliases may repeat in all. The characters of text they repeat are capped
    too, at ``max_bytes``: a file never reads as more than twice its size cap."""
    max_nodes: int = 250_000
    """YAML values (scalars, lists, mappings, aliases) in one file: past it the file is refused
    before it is built, so a file of a million ``{}`` costs a second, not a minute."""

    def with_overrides(self, **values: int | None) -> Limits:
        changes = {k: v for k, v in values.items() if v is not None}
        return Limits(**{**self.__dict__, **changes})


DEFAULT_LIMITS = Limits()


class _Suspicious(Exception):
    """Raised while constructing when something needs the full inspection to be reported."""


class _BadNumber(Exception):
    """A scalar YAML resolves as a number that Python cannot build (``0x_``, 5,000 digits)."""

    def __init__(self, node: yaml.Node, error: ValueError) -> None:
        super().__init__(str(error))
        self.node = node
        self.too_long = "digits" in str(error)


class _BadMerge(Exception):
    """A ``<<`` whose value is neither a mapping nor a list of mappings."""

    def __init__(self, node: yaml.Node) -> None:
        super().__init__("bad merge value")
        self.node = node


class _Loader(_BaseLoader):  # type: ignore[misc]  # PyYAML's C loader, when present, is untyped
    """Safe loader that keeps dates as text and mapping keys as the text written.

    On the happy path it checks, while it builds the data, what is cheap to check there:
    duplicate and complex keys, and tags other than the plain JSON-like ones. Anything
    suspect stops construction; ``inspect_nodes`` then reports every problem, located.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.__class__ is not yaml.ScalarNode:
                raise _Suspicious
            if key_node.tag == _MERGE_TAG:
                return self._merged_mapping(node, deep)
            key = key_node.value
            if key in mapping:
                raise _Suspicious
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def _merged_mapping(self, node: yaml.MappingNode, deep: bool) -> dict[str, Any]:
        """A mapping with ``<<`` merge keys: its own keys must be unique, and override merged ones.

        The merge-key spec: own keys win over merged ones, and in ``<<: [*a, *b]`` the
        earlier mapping wins (PyYAML's ``flatten_mapping`` lets the later win, and
        changes the node tree in place: it is not used)."""
        own = [k.value for k, _ in node.value if k.tag != _MERGE_TAG]
        if len(own) != len(set(own)):
            raise _Suspicious
        mapping: dict[str, Any] = {}
        for key_node, value_node in _merge_pairs(node):
            if key_node.__class__ is not yaml.ScalarNode:
                raise _Suspicious
            if key_node.value not in mapping:  # the first, in order of precedence, wins
                mapping[key_node.value] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_number(self, node: yaml.ScalarNode) -> Any:
        """PyYAML's int/float constructors raise ValueError (not a YAMLError) for ``0x_``,
        ``0b_`` or an integer over Python's 4,300-digit limit: that becomes a located finding."""
        build = _NUMBER_CONSTRUCTORS.get(node.tag)
        assert build is not None
        try:
            return build(self, node)
        except ValueError as error:
            raise _BadNumber(node, error) from None

    def construct_text(self, node: yaml.ScalarNode) -> str:
        """Text values in Unicode NFC: a name typed as ``ế`` (one code point) and as
        ``e`` + two combining marks is the same name everywhere it is compared."""
        value: str = self.construct_scalar(node)
        if not value.isascii() and not unicodedata.is_normalized("NFC", value):
            value = unicodedata.normalize("NFC", value)
        return value

    def refuse(self, node: yaml.Node) -> NoReturn:
        raise _Suspicious

    # PyYAML's composer calls these two around every node, for "path resolvers", which no
    # fourlayer loader registers (a test holds ``yaml_path_resolvers`` empty). As Python
    # methods they cost about a tenth of reading a file; C callables that accept the same
    # arguments and do nothing that matters take their place (a type is not bound to the
    # instance, so ``self`` is not passed): ``slice(parent, index)`` and ``tuple()``.
    descend_resolver = slice
    ascend_resolver = tuple

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        """The tag of a node; for plain scalars it depends on the text alone, so it is cached
        (keys, statuses and kinds repeat in every file, and the regex resolvers are slow)."""
        if kind is yaml.ScalarNode and implicit[0]:
            tag = _RESOLVED.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)
                if len(_RESOLVED) < _RESOLVED_MAX and len(value) <= 32:  # the short texts are the ones that recur
                    _RESOLVED[value] = tag
            return tag
        return super().resolve(kind, value, implicit)  # type: ignore[no-any-return]


_RESOLVED: dict[str, str] = {}
_RESOLVED_MAX = 4_096
"""Keys, statuses and kinds are a few hundred texts; past them the cache would only fill
with one file's dates and names, and an audit's memory would grow with its files."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.yaml_constructors = {
    tag: constructor for tag, constructor in yaml.SafeLoader.yaml_constructors.items() if tag in _ALLOWED_TAGS
}
_Loader.add_constructor(None, _Loader.refuse)
_NUMBER_CONSTRUCTORS = {
    tag: yaml.SafeLoader.yaml_constructors[tag] for tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
}
for _tag in _NUMBER_CONSTRUCTORS:
    _Loader.add_constructor(_tag, _Loader.construct_number)
_Loader.add_constructor("tag:yaml.org,2002:str", _Loader.construct_text)


def _merge_pairs(node: yaml.MappingNode) -> list[tuple[yaml.Node, yaml.Node]]:
    """The (key, value) pairs of a mapping with merge keys, highest precedence first:
    its own keys, then each merged mapping in the order written (each flattened the same way).
    Recursive aliases were refused before construction (``inspect_nodes``)."""
    own: list[tuple[yaml.Node, yaml.Node]] = []
    merged: list[tuple[yaml.Node, yaml.Node]] = []
    for key_node, value_node in node.value:
        if key_node.tag != _MERGE_TAG:
            own.append((key_node, value_node))
        elif isinstance(value_node, yaml.MappingNode):
            merged.extend(_merge_pairs(value_node))
        elif isinstance(value_node, yaml.SequenceNode):
            for item in value_node.value:
                if not isinstance(item, yaml.MappingNode):
                    raise _BadMerge(item)
                merged.extend(_merge_pairs(item))
        else:
            raise _BadMerge(value_node)
    return own + merged


PathItem = str | int
Mark = tuple[int, int]


class PathLocator(Protocol):
    """What validation needs to place a finding: a YAML text's :class:`~fourlayer.reading.locations.Locator`, or a
    workbook's (:class:`fourlayer.reading.workbook.reader.WorkbookLocator`)."""

    def value(self, path: Sequence[PathItem]) -> Mark | None: ...

    def key(self, path: Sequence[PathItem]) -> Mark | None: ...

    def container(self, path: Sequence[PathItem]) -> Mark | None: ...


@dataclass(frozen=True)
class LoadResult:
    """The outcome of reading one file: ``data`` when it could be read, else ``findings``."""

    path: str
    text: str | None
    data: dict[str, Any] | None
    findings: tuple[Finding, ...]
    locator: PathLocator | None = None
    """Where each value sits, for inputs that are not YAML text (a workbook); else None."""

    @property
    def ok(self) -> bool:
        return self.data is not None


def _mark(mark: Any) -> tuple[int, int] | None:
    return None if mark is None else (mark.line + 1, mark.column + 1)


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def _refusal(info: os.stat_result, display: str, limits: Limits) -> Finding | None:
    if stat.S_ISDIR(info.st_mode):
        return finding(display, None, "is-directory")
    if not stat.S_ISREG(info.st_mode):
        return finding(display, None, "not-regular-file")
    if info.st_size > limits.max_bytes:
        return finding(display, None, "file-too-large", size=info.st_size, limit=limits.max_bytes)
    return None


def read_text(path: str | Path, display: str, limits: Limits) -> tuple[str | None, Finding | None]:
    """Read a regular file as UTF-8 text within the size cap, or say why not.

    A special file (a FIFO, a device) is refused before it is opened, and again after:
    the file is opened without blocking and checked once more, so one swapped in between
    cannot hang the run.
    """
    try:
        problem = _refusal(os.stat(path), display, limits)
        if problem is not None:
            return None, problem
        with open(os.open(path, _OPEN_FLAGS), "rb") as handle:
            problem = _refusal(os.fstat(handle.fileno()), display, limits)
            if problem is not None:
                return None, problem
            raw = handle.read(limits.max_bytes + 1)
    except FileNotFoundError:
        return None, finding(display, None, "file-not-found")
    except PermissionError:
        return None, finding(display, None, "permission-denied")
    except OSError as error:
        return None, finding(display, None, "file-unreadable", reason=error.strerror or str(error))
    if len(raw) > limits.max_bytes:  # the file grew after stat
        return None, finding(display, None, "file-too-large", size=len(raw), limit=limits.max_bytes)
    return decode_text(raw, display)


def decode_text(raw: bytes, display: str) -> tuple[str | None, Finding | None]:
    """Bytes to text: strict UTF-8, an optional BOM, no control characters."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return None, finding(
            display, (line, column), "not-utf8", hint="hint.not-utf8", byte=f"0x{raw[error.start]:02X}"
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    bad = _CONTROL_CHARS.search(text)
    if bad is not None:
        return None, finding(
            display,
            _position(text, bad.start()),
            "control-character",
            hint="hint.control-character",
            char=f"U+{ord(bad.group()):04X}",
        )
    return text, None


def _node_bound(text: str) -> int:
    """An upper bound on the number of YAML nodes in ``text``, from a few ``str.count``:
    every node but the root follows one of these indicators, and each brings at most three
    (a block mapping, its key and its value)."""
    return 3 * sum(text.count(c) for c in ":-,[{?*") + 1


def parse_text(text: str, display: str, limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    """Parse YAML text into plain data, refusing what the limits and the format forbid."""
    if text.count("[") + text.count("{") > _FLOW_SCAN_THRESHOLD or _node_bound(text) > limits.max_nodes:
        problem = _scan_events(text, display, limits)
        if problem is not None:
            return LoadResult(display, text, None, (problem,))
    loader = _Loader(text)
    try:
        node = _compose(loader, text, display, limits)
        if isinstance(node, Finding):
            return _refused(display, text, node)
        if "*" in text:  # aliases: inspect before building anything (alias bombs)
            problems = inspect_nodes(node, display, limits, text)
            if problems:
                return LoadResult(display, text, None, tuple(problems))
        data = _construct(loader, node, display, limits, text)
        if isinstance(data, Finding):
            return _refused(display, text, data)
        if data is None or (data.__class__ in (dict, list) and _deeper_than(data, limits.max_depth)):
            problems = inspect_nodes(node, display, limits, text)
            if problems:
                return LoadResult(display, text, None, tuple(problems))
        if not isinstance(data, dict):
            return _refused(display, text, finding(display, _mark(node.start_mark), "not-a-mapping"))
    finally:
        loader.dispose()
    return LoadResult(display, text, data, ())


_STR, _INT, _FLOAT, _BOOL, _NULL, _MAP, _SEQ = (
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "map", "seq")
)
_BOOLS = yaml.SafeLoader.bool_values


class _Unusual(Exception):
    """Raised by :func:`_build` for whatever it leaves to PyYAML's constructor."""


def _build(loader: _Loader, node: yaml.Node) -> Any:
    """The data of a plain document, built in one pass over its nodes.

    What almost every assessment is: mappings with unique text keys, lists, and scalars
    tagged str, int, float, bool or null. For anything else (a duplicate or complex key, a
    merge key, another tag, a number Python cannot build) it raises :class:`_Unusual` and
    PyYAML's constructor, with the checks of :class:`_Loader`, builds the document as it
    always has, so the data and the findings never depend on which path ran. PyYAML's own
    construction (a generator per mapping, a state machine for aliases, three calls per
    scalar) was a third of the time spent reading a file."""
    kind = node.__class__
    tag = node.tag
    if kind is yaml.ScalarNode:
        if tag == _STR:
            value: str = node.value
            if not value.isascii() and not unicodedata.is_normalized("NFC", value):
                value = unicodedata.normalize("NFC", value)
            return value
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return _BOOLS[node.value.lower()]
        if tag in (_INT, _FLOAT):
            try:
                return _NUMBER_CONSTRUCTORS[tag](loader, node)
            except ValueError:
                raise _Unusual from None
        raise _Unusual
    if kind is yaml.MappingNode and tag == _MAP:
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.__class__ is not yaml.ScalarNode or key_node.tag == _MERGE_TAG:
                raise _Unusual
            key = key_node.value
            if key in mapping:
                raise _Unusual
            mapping[key] = _build(loader, value_node)
        return mapping
    if kind is yaml.SequenceNode and tag == _SEQ:
        return [_build(loader, item) for item in node.value]
    raise _Unusual


def _construct(loader: _Loader, node: yaml.Node, display: str, limits: Limits, text: str) -> Any:
    """The document's data; None when something suspect needs ``inspect_nodes``; or the
    finding that says why it cannot be built."""
    if "*" not in text:  # aliases share nodes: PyYAML's constructor keeps them shared
        try:
            return _build(loader, node)
        except (_Unusual, RecursionError):
            pass
    try:
        return loader.construct_document(node)
    except _Suspicious:
        return None
    except _BadNumber as bad:
        return _bad_number(display, bad)
    except _BadMerge as bad:
        return finding(display, _mark(bad.node.start_mark), "merge-key-value")
    except yaml.YAMLError as error:
        return _syntax(display, error, limits, text)


def _compose(loader: _Loader, text: str, display: str, limits: Limits) -> yaml.Node | Finding:
    """The document's node tree, or the finding that says why there is none."""
    try:
        node = loader.get_single_node()
    except yaml.composer.ComposerError as error:
        if "single document" in str(error.context or ""):
            return finding(display, _mark(error.problem_mark), "multiple-documents")
        return _syntax(display, error, limits, text)
    except yaml.MarkedYAMLError as error:
        return _syntax(display, error, limits, text)
    except yaml.YAMLError as error:  # a reader error carries no mark
        return finding(display, None, "yaml-syntax", problem=str(error))
    if node is None:
        return finding(display, None, "empty-document")
    return node  # type: ignore[no-any-return]


def _deeper_than(data: Any, limit: int) -> bool:
    """Whether plain data nests deeper than ``limit`` (containers only; no aliases here)."""
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if node.__class__ is dict else node
        for child in children:
            if child.__class__ is dict or child.__class__ is list:
                stack.append((child, depth + 1))
    return False


def load_file(path: str | Path, display: str | None = None, limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    """Read and parse one YAML file; ``display`` is the name used in messages."""
    shown = str(path) if display is None else display
    text, problem = read_text(path, shown, limits)
    if text is None:
        assert problem is not None
        return LoadResult(shown, None, None, (problem,))
    return parse_text(text, shown, limits)


def _refused(display: str, text: str, problem: Finding) -> LoadResult:
    return LoadResult(display, text, None, (problem,))


# PyYAML's (English) descriptions of syntax errors, and the catalogue key of each in plain words
_YAML_PROBLEMS = (
    ("mapping values are not allowed", "yaml-problem.mapping-values"),
    ("could not find expected ':'", "yaml-problem.expected-colon"),
    ("did not find expected key", "yaml-problem.expected-key"),
    ("did not find expected '-' indicator", "yaml-problem.expected-dash"),
    ("did not find expected ',' or ']'", "yaml-problem.unclosed-sequence"),
    ("did not find expected ',' or '}'", "yaml-problem.unclosed-mapping"),
    ("found a tab character", "yaml-problem.tab"),
    ("found character that cannot start any token", "yaml-problem.bad-character"),
    ("found unexpected end of stream", "yaml-problem.end-of-stream"),
    ("found unknown escape character", "yaml-problem.escape"),
    ("found undefined alias", "yaml-problem.undefined-alias"),
    ("block sequence entries are not allowed", "yaml-problem.sequence-here"),
    ("did not find expected node content", "yaml-problem.node-content"),
)


def _syntax(display: str, error: Any, limits: Limits = DEFAULT_LIMITS, text: str | None = None) -> Finding:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    context = getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    if "nesting depth" in problem:  # libyaml's own cap, whatever --max-depth says
        return finding(
            display, _mark(mark), "too-deep", limit=min(limits.max_depth, LIBYAML_MAX_DEPTH), hint="hint.too-deep"
        )
    key = next((key for words, key in _YAML_PROBLEMS if words in problem), None)
    if text is not None and mark is not None and text[mark.index : mark.index + 1] == "\t":
        key = "yaml-problem.tab"
    described: Any = Phrase(key) if key else problem
    shown = _shown_line(text, mark)
    slip = None
    if text is not None and mark is not None and key != "yaml-problem.tab":
        slip = indentation_slip(text, mark.line)
    if slip is not None:  # the column says indentation: say that first, whatever PyYAML guessed
        shown = _shown_line(text, mark, slip.have)
        return finding(
            display,
            (slip.line, slip.have + 1),
            "yaml-syntax",
            hint="hint.yaml-indentation",
            problem=Phrase("yaml-problem.indentation"),
            line=slip.line,
            have=slip.have,
            previous=slip.previous,
            want=slip.want,
            **shown,
        )
    if context is not None and mark is not None and context.line != mark.line:
        return finding(
            display,
            _mark(mark),
            "yaml-syntax",
            hint="hint.yaml-syntax-context",
            problem=described,
            context_line=context.line + 1,
            **shown,
        )
    return finding(display, _mark(mark), "yaml-syntax", hint="hint.yaml-syntax", problem=described, **shown)


def _shown_line(text: str | None, mark: Any, column: int | None = None) -> dict[str, Any]:
    """``excerpt`` and ``caret`` parameters: the offending line, for reporters that show it."""
    if text is None or mark is None:
        return {}
    shown = excerpt(text, mark.line, mark.column if column is None else column)
    return {} if shown is None else {"excerpt": shown[0], "caret": shown[1]}


def _bad_number(display: str, bad: _BadNumber) -> Finding:
    value = bad.node.value
    shown = value if len(value) <= 40 else value[:40] + "…"
    reason = Phrase("yaml-problem.number-too-long" if bad.too_long else "yaml-problem.number-malformed")
    return finding(
        display, _mark(bad.node.start_mark), "bad-number", hint="hint.bad-number", value=shown, reason=reason
    )


_OPENING = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_CLOSING = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
_NODE_EVENTS = (yaml.ScalarEvent, yaml.AliasEvent)


def _scan_events(text: str, display: str, limits: Limits) -> Finding | None:
    """Count nodes and measure nesting from the event stream, before the (recursive,
    memory-hungry) composer runs; stop at the first limit passed."""
    depth = 0
    nodes = 0
    max_depth, max_nodes = limits.max_depth, limits.max_nodes
    try:
        for event in yaml.parse(text, Loader=_Loader):
            kind = event.__class__
            if kind in _OPENING:
                depth += 1
                nodes += 1
                if depth > max_depth:
                    return finding(display, _mark(event.start_mark), "too-deep", limit=max_depth, hint="hint.too-deep")
            elif kind in _CLOSING:
                depth -= 1
                continue
            elif kind in _NODE_EVENTS:
                nodes += 1
            else:
                continue
            if nodes > max_nodes:
                return finding(
                    display, _mark(event.start_mark), "too-many-nodes", limit=max_nodes, hint="hint.too-many-nodes"
                )
    except yaml.MarkedYAMLError as error:
        problem = _syntax(display, error, limits, text)
        return problem if problem.code == "too-deep" else None  # else the composer reports it
    except yaml.YAMLError:
        return None
    return None


def _children(node: yaml.Node) -> Sequence[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return node.value  # type: ignore[no-any-return]
    return ()


def inspect_nodes(root: yaml.Node, display: str, limits: Limits, text: str | None = None) -> list[Finding]:
    """Refuse what a safe reader must: foreign tags, duplicate or complex keys,
    nesting past the depth cap, recursive aliases and alias expansion past its cap.

    One iterative pass over the node graph; each node is visited once however many
    aliases point at it, so an alias bomb costs no more than its text. Given the ``text``,
    an alias expansion past the cap is located at the alias that crossed it.
    """
    problems: list[Finding] = []
    # per node id: (height, expanded size, expanded characters); a node is "open" while its
    # subtree is walked
    done: dict[int, tuple[int, int, int]] = {}
    open_nodes: set[int] = set()
    real_nodes = 0
    real_chars = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        key = id(node)
        if leaving:
            open_nodes.discard(key)
            kids = _children(node)
            height = 1 + max((done[id(k)][0] for k in kids), default=0)
            size = 1 + sum(done[id(k)][1] for k in kids)
            chars = _own_chars(node) + sum(done[id(k)][2] for k in kids)
            done[key] = (height, size, chars)
            continue
        if key in done:
            continue
        if key in open_nodes:
            return [finding(display, _mark(node.start_mark), "alias-recursive")]
        real_nodes += 1
        real_chars += _own_chars(node)
        if node.tag not in _ALLOWED_TAGS and node.tag != _MERGE_TAG:
            problems.append(
                finding(
                    display,
                    _mark(node.start_mark),
                    "forbidden-tag",
                    hint="hint.forbidden-tag",
                    tag=node.tag.replace("tag:yaml.org,2002:", "!!"),
                )
            )
            done[key] = (1, 1, _own_chars(node))
            continue
        if isinstance(node, yaml.MappingNode):
            problems.extend(_key_problems(node, display))
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(_children(node)))
    if problems:
        return problems
    height, size, chars = done[id(root)]
    if height > limits.max_depth:
        deepest = _deepest(root, done, limits.max_depth)
        return [finding(display, _mark(deepest.start_mark), "too-deep", limit=limits.max_depth, hint="hint.too-deep")]
    if size - real_nodes > limits.max_alias_nodes:
        where = None if text is None else _alias_crossing(text, limits.max_alias_nodes)
        return [finding(display, where, "alias-expansion", limit=limits.max_alias_nodes, hint="hint.alias-expansion")]
    if chars - real_chars > limits.max_bytes:
        where = None if text is None else _alias_crossing(text, limits.max_bytes, characters=True)
        return [finding(display, where, "alias-text", limit=limits.max_bytes, hint="hint.alias-text")]
    return []


def _own_chars(node: yaml.Node) -> int:
    """The characters a node brings itself: a scalar's text (a collection's are its children's)."""
    return len(node.value) if isinstance(node, yaml.ScalarNode) else 0


def _alias_crossing(text: str, limit: int, characters: bool = False) -> tuple[int, int] | None:
    """Where the values (or, with ``characters``, the characters of text) repeated by aliases
    first exceed ``limit``: the line and column of that alias, reading the document in order.

    Each alias repeats the whole value it names (aliases inside it included), so what is
    repeated up to a point is the sum, over the aliases met so far, of the expanded size
    of their anchors (the same count as :func:`inspect_nodes`'). Only run on a refused file:
    one pass over the parser's events, nothing built.
    """
    sizes: dict[str, int] = {}  # anchor -> expanded size of its value
    open_sizes: list[list[Any]] = []  # [anchor, size so far] of each open collection
    repeated = 0

    def close(anchor: str | None, size: int) -> None:
        if anchor is not None:
            sizes[anchor] = size
        if open_sizes:
            open_sizes[-1][1] += size

    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            if isinstance(event, yaml.AliasEvent):
                size = sizes.get(event.anchor or "", 0 if characters else 1)
                repeated += size
                if repeated > limit:
                    return _mark(event.start_mark)
                if open_sizes:
                    open_sizes[-1][1] += size
            elif isinstance(event, yaml.ScalarEvent):
                close(event.anchor, len(event.value) if characters else 1)
            elif isinstance(event, yaml.CollectionStartEvent):
                open_sizes.append([event.anchor, 0 if characters else 1])
            elif isinstance(event, yaml.CollectionEndEvent) and open_sizes:
                anchor, size = open_sizes.pop()
                close(anchor, size)
    except yaml.YAMLError:
        return None
    return None


def _key_problems(node: yaml.MappingNode, display: str) -> list[Finding]:
    problems = []
    seen: dict[str, yaml.Node] = {}
    for key_node, _ in node.value:
        if key_node.tag == _MERGE_TAG:
            continue
        if not isinstance(key_node, yaml.ScalarNode):
            problems.append(finding(display, _mark(key_node.start_mark), "complex-key"))
            continue
        first = seen.get(key_node.value)
        if first is not None:
            problems.append(
                finding(
                    display,
                    _mark(key_node.start_mark),
                    "duplicate-key",
                    hint="hint.duplicate-key",
                    key=key_node.value,
                    first_line=first.start_mark.line + 1,
                )
            )
        else:
            seen[key_node.value] = key_node
    return problems


def _deepest(root: yaml.Node, done: dict[int, tuple[int, int, int]], limit: int) -> yaml.Node:
    """The node that sits one level past ``limit``, found by following the tallest child."""
    node = root
    for _ in range(limit):
        kids = _children(node)
        if not kids:
            break
        node = max(kids, key=lambda k: done[id(k)][0])
    return node
