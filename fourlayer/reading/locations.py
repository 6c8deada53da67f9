"""From a data path (``["systems", 0, "level"]``) back to ``line:column`` in the file.

Used only when there is something to point at: the document is composed once more,
lazily, and the node tree walked along the path.
"""

from __future__ import annotations

from collections.abc import Sequence

import yaml

from fourlayer.reading.loading import Mark, PathItem, _Loader


class Locator:
    """Finds the position of a value, or of the key that holds it, in one document."""

    def __init__(self, text: str | None) -> None:
        self._text = text
        self._root: yaml.Node | None = None
        self._composed = False
        self._indexes: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = {}

    def _tree(self) -> yaml.Node | None:
        if not self._composed:
            self._composed = True
            if self._text is not None:
                loader = _Loader(self._text)
                try:
                    self._root = loader.get_single_node()
                except yaml.YAMLError:
                    self._root = None
                finally:
                    loader.dispose()
        return self._root

    def _walk(self, path: Sequence[PathItem]) -> tuple[yaml.Node | None, yaml.Node | None, int]:
        """(value node, key node, how many path items were matched)."""
        node = self._tree()
        key_node: yaml.Node | None = None
        matched = 0
        for item in path:
            if node is None:
                break
            child: tuple[yaml.Node | None, yaml.Node | None] = (None, None)
            if isinstance(node, yaml.MappingNode) and isinstance(item, str):
                child = self._keys(node).get(item, (None, None))
            elif isinstance(node, yaml.SequenceNode) and isinstance(item, int) and 0 <= item < len(node.value):
                child = (node.value[item], None)
            if child[0] is None:
                break
            node, key_node = child
            matched += 1
        return node, key_node, matched

    def _keys(self, node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """The mapping's keys, indexed once (files with thousands of findings stay linear)."""
        index = self._indexes.get(id(node))
        if index is None:
            index = {}
            for k, v in node.value:  # the last duplicate wins, as in the data
                if isinstance(k, yaml.ScalarNode):
                    index[k.value] = (v, k)
            self._indexes[id(node)] = index
        return index

    def value(self, path: Sequence[PathItem]) -> Mark | None:
        """Where the value at ``path`` starts (or its nearest existing ancestor)."""
        node, _, _ = self._walk(path)
        return _mark(node)

    def key(self, path: Sequence[PathItem]) -> Mark | None:
        """Where the key of the value at ``path`` is written (the value itself for list items)."""
        node, key_node, matched = self._walk(path)
        if matched == len(path) and key_node is not None:
            return _mark(key_node)
        return _mark(node)

    def container(self, path: Sequence[PathItem]) -> Mark | None:
        """Where the mapping at ``path`` is introduced: its key, or its first line at the top."""
        if not path:
            return (1, 1) if self._tree() is None else _mark(self._tree())
        return self.key(path)


def _mark(node: yaml.Node | None) -> Mark | None:
    if node is None:
        return None
    return node.start_mark.line + 1, node.start_mark.column + 1
