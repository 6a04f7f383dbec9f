"""The tree of PHP keys behind the parameter grid: one node per row, groups holding the rows under them.

Pure Python: ParamsModel wraps it for Qt views and tells them about every change it makes.
"""

from __future__ import annotations

from typing import Any

from b24desk.core.errors import ParamsError
from b24desk.core.param_rows import ParamRow, join_key, split_key


class KeyNode:
    """A row of the tree: a group (children) or a parameter (value, type); `segment` is its part of the key."""

    __slots__ = ("children", "enabled", "parent", "segment", "type", "value")

    def __init__(self, parent: KeyNode | None, segment: str, row: ParamRow | None = None) -> None:
        self.parent = parent
        self.segment = segment
        self.children: list[KeyNode] | None = None if row is not None else []
        self.value = row.value if row else ""
        self.type = row.type if row else ""
        self.enabled = row.enabled if row else True

    def parts(self) -> list[str]:
        """The key's parts from the top-level name down to this row."""
        parts: list[str] = []
        node: KeyNode | None = self
        while node is not None and node.parent is not None:
            parts.append(node.segment)
            node = node.parent
        return parts[::-1]

    def key(self) -> str:
        """The full PHP key (`fields[PHONE][0][VALUE]`)."""
        return join_key(self.parts())

    def row(self, key: str | None = None) -> ParamRow:
        """This parameter as a grid row."""
        return ParamRow(self.key() if key is None else key, self.value, self.type, self.enabled)

    def leaves(self) -> list[KeyNode]:
        """The parameters in and under this row, in order."""
        if self.children is None:
            return [self]
        return [leaf for child in self.children for leaf in child.leaves()]

    def nodes_at(self, parts: list[str]) -> list[KeyNode]:
        """The rows under this one whose key parts, from here down, are `parts` (several: `[]`, repeats)."""
        level = [self]
        for part in parts:
            level = [child for node in level for child in node.children or [] if child.segment == part]
        return level

    def holds(self, node: KeyNode) -> bool:
        """Whether `node` is still in the tree under this one."""
        while node.parent is not None:
            if node.parent.children is None or node not in node.parent.children:
                return False
            node = node.parent
        return node is self


def build_tree(rows: list[ParamRow]) -> KeyNode:
    """The tree PHP reads from these rows, in their order (a key joins the last group of its name)."""
    root = KeyNode(None, "")
    for row in rows:
        parts = key_parts(row.key)
        group = root
        for depth, part in enumerate(parts[:-1]):
            assert group.children is not None
            found = last_group(group, part)
            if found is None or (part == "" and depth > 0):
                found = KeyNode(group, part)
                group.children.append(found)
            group = found
        assert group.children is not None
        group.children.append(KeyNode(group, parts[-1], row))
    return root


def key_parts(key: str) -> list[str]:
    """The key's parts; a key PHP would not read stays whole (the request then says what is wrong with it)."""
    try:
        return split_key(key)
    except ParamsError:
        return [key]


def shape(node: KeyNode) -> tuple[Any, ...]:
    """The tree's structure: each row's key part and its rows, nothing else."""
    return (node.segment, None if node.children is None else tuple(shape(child) for child in node.children))


def last_group(parent: KeyNode, segment: str) -> KeyNode | None:
    """The group a new key with this part joins: the last row of that name, when it is a group.

    After a plain `a=2`, PHP starts `a[y]` afresh; joining an earlier `a` group would change what is sent.
    """
    same = [child for child in parent.children or [] if child.segment == segment]
    return same[-1] if same and same[-1].children is not None else None


def is_plain_name(name: str) -> bool:
    """Whether a group may be named `name` (no brackets: its rows hold the rest of the key)."""
    return "[" not in name and "]" not in name


def relative_parts(text: str) -> list[str]:
    """Parts typed for a row inside a group: `[TITLE]`, `TITLE`, `[0][VALUE]` or `PHONE[0]`."""
    text = text.strip()
    if text.startswith("["):
        return split_key("x" + text)[1:]
    return split_key(text)
