"""The parameter grid's model: a tree of PHP keys (`fields` > `[TITLE]`), value and type, with required keys marked.

Every key typed as `fields[TITLE]` lands under an expandable `fields` row, so the grid shows the structure
the portal will read; the rows in tree order are the request's parameters (PHP reads them in that order).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor

from b24desk.core.errors import ParamsError
from b24desk.core.param_rows import TYPES, ParamRow, is_list, join_key, split_key
from b24desk.ui.common.theme import colour
from b24desk.ui.request.key_hints import KeyHints
from b24desk.ui.request.key_tree import (
    KeyNode,
    build_tree,
    is_plain_name,
    key_parts,
    last_group,
    relative_parts,
    shape,
)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
KEY, VALUE, TYPE = range(3)
_UNDEFINED_ROLES = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole)


class ParamsModel(QAbstractItemModel):
    """Editable parameter rows as a tree; a blank last top-level row takes a new key (`fields[TITLE]` too)."""

    rowsEdited = Signal()  # any change a person made (or set_rows)
    parameterPlaced = Signal(QModelIndex)  # a typed key put its parameter here (the value cell): focus it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = KeyNode(None, "")
        self._blank = KeyNode(self._root, "", ParamRow(""))  # the always-empty last top-level row
        self._required: set[str] = set()
        self._defined: frozenset[str] = frozenset()  # the chosen environment's variable names
        self.hints = KeyHints()  # what the docs and the portal say about the keys
        self.key_syntax_hint = ""  # the blank row's tooltip: how keys are written
        # translated once: the grid's header asks for its titles ~100 times by the first paint
        self._titles = (self.tr("Parameter"), self.tr("Value"), self.tr("Type"))

    # -- content ---------------------------------------------------------------------------------
    def rows(self) -> list[ParamRow]:
        """Every parameter, in tree order (the order they are sent in)."""
        rows: list[ParamRow] = []

        def walk(node: KeyNode, key: str) -> None:  # keys built on the way down: one join per row
            for child in node.children or ():
                name = f"{key}[{child.segment}]" if key else child.segment
                if child.children is None:
                    rows.append(ParamRow(name, child.value, child.type, child.enabled))
                else:
                    walk(child, name)

        walk(self._root, "")
        return rows

    def set_rows(self, rows: list[ParamRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._root.children = build_tree(rows).children
        for child in self._root.children or []:
            child.parent = self._root
        self.endResetModel()
        self.rowsEdited.emit()

    def set_required(self, required: dict[str, str]) -> None:
        """Mark these keys as required (key -> grid type), adding rows for the missing ones.

        Rows left empty from the previous method's required list go away; rows with values stay.
        """
        stale = [
            leaf
            for leaf in self._root.leaves()
            if (key := leaf.key()) in self._required and key not in required and not leaf.value.strip()
        ]
        for leaf in stale:
            self._detach(leaf)
        self._regroup()  # a row gone from between two groups of one name leaves them one group
        self._required = set(required)
        self.hints.documented.update(required)
        present = {leaf.key() for leaf in self._root.leaves()}
        for key, kind in required.items():
            if key not in present:
                self._insert(ParamRow(key, "", kind))
        if self.rowCount():
            self.dataChanged.emit(self.index(0, KEY), self.index(self.rowCount() - 1, KEY))
        if stale or len(present) < len(self._root.leaves()):
            self.rowsEdited.emit()

    def mark_required(self, keys: set[str]) -> None:
        """Mark these keys as required without adding or removing rows (another tab's, or an opened request)."""
        self._required = set(keys)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, KEY), self.index(self.rowCount() - 1, VALUE))

    def required_keys(self) -> list[str]:
        """The keys the method requires (marked * in the grid)."""
        return sorted(self._required)

    def set_known_keys(self, keys: dict[str, str], *, replace: bool = True) -> None:
        """Keys this method takes (key -> grid type): offered while a key is typed, typed when chosen."""
        self.hints.know(keys, replace=replace)
        last = self.rowCount() - 1
        self.dataChanged.emit(self.index(last, KEY), self.index(last, KEY))  # the blank row's example

    def set_defined_variables(self, names: frozenset[str]) -> None:
        """The names the chosen environment gives values to: a {{name}} outside them is marked in its cell."""
        if names != self._defined:
            self._defined = names
            for leaf in self._root.leaves():
                index = self._index_of(leaf, VALUE)
                self.dataChanged.emit(index, index)

    def undefined_in(self, index: Index) -> list[str]:
        """The {{names}} in a sent parameter's value that the chosen environment has no value for."""
        node = self._node(index)
        if node is self._blank or node.children is not None or not node.enabled or "{{" not in node.value:
            return []
        from b24desk.core.variables import VARIABLE_RE  # with the first {{name}} shown: not for the first screen

        return [name for name in dict.fromkeys(VARIABLE_RE.findall(node.value)) if name not in self._defined]

    def key_completions(self, index: Index) -> list[str]:
        """What the key cell at `index` may be completed to: full keys at the top, `[PART]` inside a group."""
        node = self._node(index)
        group = node.parent if node is not self._blank else self._root
        return self.hints.completions(None if group is None or group is self._root else group.key())

    def add_row(self, row: ParamRow) -> QModelIndex:
        """Add a parameter where its key belongs; return its value cell."""
        leaf = self._insert(row)
        self.rowsEdited.emit()
        return self._index_of(leaf, VALUE)

    def add_child(self, group: Index) -> QModelIndex:
        """Add an empty parameter at the end of a group (`[]` in a list, a new name otherwise); its key cell."""
        node = self._node(group)
        if node.children is None or node is self._blank:
            return QModelIndex()
        names = {child.segment for child in node.children}
        segment = "" if is_list(names) else next(f"KEY{n}" for n in range(1, 10_000) if f"KEY{n}" not in names)
        leaf = KeyNode(node, segment, ParamRow("", "", "string"))
        self._append(node, leaf)
        self.rowsEdited.emit()
        return self._index_of(leaf, KEY)

    def set_list(self, key: str, values: list[str]) -> QModelIndex:
        """Make `key` the list `key[]` of these values, replacing the rows it had; return its row."""
        parts = split_key(key)
        kind = "string"
        place: tuple[KeyNode, int] | None = None
        for node in self._root.nodes_at(parts):
            kind = next((leaf.type for leaf in node.leaves() if leaf.type not in ("", "json")), kind)
            removed = self._detach(node)
            place = place or removed
        rows = [ParamRow(join_key([*parts, ""]), value, kind) for value in values]
        if not rows:
            self.rowsEdited.emit()
            return QModelIndex()
        group = self._group_at(parts, place)
        for row in rows:
            self._append(group, KeyNode(group, "", row))
        QTimer.singleShot(0, self, self._regroup)
        self.rowsEdited.emit()
        return self._index_of(group, KEY)

    def list_values(self, index: Index) -> tuple[str, list[str]]:
        """The key of a list row and its values (`select`, [ID, TITLE]); a single parameter is a list of one."""
        node = self._node(index)
        if node is self._blank:
            return "", []
        try:
            split_key(node.key())
        except ParamsError:
            return "", []  # a key PHP would not read (the message line says so) has no list to edit
        if node.children is None:
            if node.segment == "" and node.parent is not None and node.parent is not self._root:
                node = node.parent
            else:
                return node.key(), [node.value] if node.value else []
        assert node.children is not None
        return node.key(), [leaf.value for leaf in node.children if leaf.children is None]

    def remove(self, indexes: list[Index]) -> None:
        """Remove these rows (a group with everything under it)."""
        nodes = {id(node): node for node in (self._node(index) for index in indexes) if node is not self._blank}
        for node in nodes.values():
            if self._root.holds(node):
                self._detach(node)
        self._regroup()  # a removed `b` between `b[x]` groups leaves one group, as PHP reads them
        self.rowsEdited.emit()

    def row_for(self, index: Index) -> ParamRow:
        """The parameter shown at `index` (a group or the blank row: key and nothing else)."""
        node = self._node(index)
        if node is self._blank:
            return ParamRow("")
        return node.row() if node.children is None else ParamRow(node.key(), "", "")

    def is_group(self, index: Index) -> bool:
        """Whether the row at `index` holds other rows."""
        return index.isValid() and self._node(index).children is not None

    def index_of(self, key: str, column: int = KEY) -> QModelIndex:
        """The cell of the first parameter (or group) with this full key; invalid when there is none."""
        try:
            nodes = self._root.nodes_at(split_key(key))
        except ParamsError:
            nodes = []
        return self._index_of(nodes[0], column) if nodes else QModelIndex()

    # -- the tree --------------------------------------------------------------------------------
    # An index points at its row's group (as Qt's own tree models do), so the shifts Qt makes to persistent
    # indexes when rows come and go keep them right: the blank row that becomes a parameter is that parameter.
    def _node(self, index: Index) -> KeyNode:
        if not index.isValid():
            return self._root
        group = index.internalPointer()
        assert isinstance(group, KeyNode) and group.children is not None
        number = index.row()
        return group.children[number] if number < len(group.children) else self._blank

    def _index_of(self, node: KeyNode, column: int = KEY) -> QModelIndex:
        group = node.parent
        if group is None or group.children is None:
            return QModelIndex()
        number = len(group.children) if node is self._blank else group.children.index(node)
        return self.createIndex(number, column, group)

    def _append(self, parent: KeyNode, node: KeyNode, at: int | None = None) -> None:
        assert parent.children is not None
        number = len(parent.children) if at is None else at
        self.beginInsertRows(self._index_of(parent), number, number)
        parent.children.insert(number, node)
        self.endInsertRows()

    def _group_for(self, parts: list[str], place: tuple[KeyNode, int] | None = None) -> KeyNode:
        """The group for these key parts, made where missing; an `[]` part always makes a new one (as in PHP).

        A group made where `place` points goes there.
        """
        group = self._root
        for depth, part in enumerate(parts):
            assert group.children is not None
            found = last_group(group, part)
            if found is None or (part == "" and depth > 0):
                found = KeyNode(group, part)
                at = place[1] if place is not None and place[0] is group else None
                self._append(group, found, at)
            group = found
        return group

    def _group_at(self, parts: list[str], place: tuple[KeyNode, int] | None) -> KeyNode:
        """The group for these parts; when `place` (where a row was just taken out) is in a group on the way,
        the rest is made there, so a row rebuilt in place stays in the group it came from."""
        if place is not None and place[0] is not self._root and self._root.holds(place[0]):
            parent, at = place
            above = parent.parts()
            if parts[: len(above)] == above:
                group = parent
                for part in parts[len(above) :]:
                    assert group.children is not None
                    found = last_group(group, part)
                    if found is None or part == "":
                        found = KeyNode(group, part)
                        self._append(group, found, at if group is parent else None)
                    group = found
                return group
        return self._group_for(parts, place)

    def _insert(self, row: ParamRow, place: tuple[KeyNode, int] | None = None) -> KeyNode:
        """Put a row in the tree where its key belongs, telling views."""
        parts = key_parts(row.key)
        group = self._group_at(parts[:-1], place)
        leaf = KeyNode(group, parts[-1], row)
        at = place[1] if place is not None and place[0] is group else None
        self._append(group, leaf, at)
        return leaf

    def _detach(self, node: KeyNode) -> tuple[KeyNode, int]:
        """Take a row out of the tree, and the groups left empty above it; return where the top one was."""
        while node.parent is not None and node.parent is not self._root and node.parent.children == [node]:
            node = node.parent
        parent = node.parent
        assert parent is not None and parent.children is not None
        number = parent.children.index(node)
        self.beginRemoveRows(self._index_of(parent), number, number)
        del parent.children[number]
        self.endRemoveRows()
        return parent, number

    def _rename(self, node: KeyNode, text: str) -> bool:
        """A person typed `text` as this row's key: rename it, or move it where the new key belongs."""
        text = text.strip()
        if not text:
            return False
        relative = node.parent is not self._root
        try:
            parts = relative_parts(text) if relative else key_parts(text)
        except ParamsError:
            if relative:
                return False
            parts = [text]  # kept as typed at the top; the request names the bad key
        if len(parts) == 1:
            if node.children is not None and not is_plain_name(parts[0]):
                return False  # a group's name is a plain name: its rows hold the rest of the key
            node.segment = parts[0]
            # A group named as a sibling group, or a parameter no longer named as the groups on either side of
            # it (`b[x]`, `b`, `b[x]`: the plain `b` kept them apart): PHP reads those groups as one.
            QTimer.singleShot(0, self, self._regroup)
            if node.children is None and not node.value and node.type == "string":
                node.type = self.hints.type_of(node.key())  # a new name typed in a fresh row
            self._changed(node)
            return True
        if node.children is not None:
            return False  # a group keeps its rows; rename it with a plain name
        full = (node.parts()[:-1] if relative else []) + parts
        row = node.row(join_key(full))
        if not row.value and row.type == "string":
            row = ParamRow(row.key, "", self.hints.type_of(row.key), row.enabled)
        place = self._detach(node)
        leaf = self._insert(row, place)
        QTimer.singleShot(0, self, self._regroup)  # put where it was, it may now sit beside a group of its name
        self.parameterPlaced.emit(self._index_of(leaf, VALUE))
        return True

    def _regroup(self) -> None:
        """Show the tree PHP reads from the rows, if it differs (a rename or a list rebuilt in place can leave
        two neighbouring groups of one name, which PHP reads as one).

        Run on the next turn of the event loop, once the edit that renamed the group has closed.
        """
        rows = self.rows()
        if shape(build_tree(rows)) != shape(self._root):
            self.set_rows(rows)

    def _changed(self, node: KeyNode) -> None:
        first, last = self._index_of(node, KEY), self._index_of(node, TYPE)
        self.dataChanged.emit(first, last)
        if node.children:
            self.dataChanged.emit(self._index_of(node.children[0]), self._index_of(node.children[-1], TYPE))

    # -- Qt --------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        """The cell at row, column under `parent`."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent))

    def parent(self, index: Index | None = None) -> Any:
        """The group a row is in (QObject.parent() without an argument)."""
        if index is None:
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        group = index.internalPointer()
        assert isinstance(group, KeyNode)
        return QModelIndex() if group is self._root else self._index_of(group)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Rows of a group; the top level has one more, blank, for a new parameter."""
        if parent.column() > 0:
            return 0
        node = self._node(parent)
        if node.children is None:
            return 0
        return len(node.children) + (1 if node is self._root else 0)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Key, value, type."""
        return 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Keys, values and types are editable (a group's value and type are its rows); a key's box sends it or not."""
        base = super().flags(index)
        if not index.isValid():
            return base
        node = self._node(index)
        if node.children is not None and index.column() != KEY:
            return base
        if index.column() == KEY and node is not self._blank:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; required keys bold with a *, groups summed up, disabled rows grey."""
        if not index.isValid():
            return None
        node, column = self._node(index), index.column()
        if node is self._blank:  # a grey prompt in its key cell; nothing to edit but a new key
            if column == KEY and role == Qt.ItemDataRole.DisplayRole:
                example = self.hints.example()
                if example:
                    return self.tr("New parameter: type a key, e.g. {key}").format(key=example)
                return self.tr("New parameter: type a key")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.key_syntax_hint
            if column == KEY and role == Qt.ItemDataRole.ForegroundRole:
                return QColor("gray")
            return None
        top = node.parent is self._root
        key = node.key()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == KEY:
                mark = " *" if role == Qt.ItemDataRole.DisplayRole and key in self._required else ""
                return (node.segment if top else f"[{node.segment}]") + mark
            if node.children is not None:
                if role == Qt.ItemDataRole.EditRole:
                    return ""
                count, listed = len(node.children), self._list(node)
                if column == VALUE:  # as the result tree sums up arrays and objects
                    return f"[{count}]" if listed else f"{{{count}}}"
                return "list" if listed else "object"
            return node.value if column == VALUE else node.type
        if role == Qt.ItemDataRole.UserRole and node.children is not None:  # what a group is: list or object
            return "list" if self._list(node) else "object"
        if role == Qt.ItemDataRole.CheckStateRole and column == KEY:
            sent = [leaf.enabled for leaf in node.leaves()]
            if all(sent):
                return Qt.CheckState.Checked
            return Qt.CheckState.PartiallyChecked if any(sent) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and column == KEY and (key in self._required or self._holds_required(node)):
            from PySide6.QtGui import QFont  # here: the first screen, with no required key, makes no QFont

            font = QFont()
            font.setBold(True)
            return font
        if column == VALUE and role in _UNDEFINED_ROLES and (undefined := self.undefined_in(index)):
            if role == Qt.ItemDataRole.ToolTipRole:
                names = ", ".join("{{" + name + "}}" for name in undefined)
                return self.tr("No value in the current environment: {names}").format(names=names)
            return QColor(198, 40, 40) if role == Qt.ItemDataRole.ForegroundRole else QColor(229, 57, 53, 48)
        if role == Qt.ItemDataRole.BackgroundRole and column == VALUE and self._empty_required(node):
            return QColor(colour("missing_background"))
        unsent = not any(leaf.enabled for leaf in node.leaves())
        if role == Qt.ItemDataRole.ForegroundRole and (unsent or (node.children is not None and column)):
            return QColor("gray")
        if role == Qt.ItemDataRole.ToolTipRole and column == KEY:
            lines = [key]
            if key in self.hints.documented:
                lines.append(self.tr("Documented type: {type}").format(type=self.hints.documented[key]))
            if key in self._required:
                lines.append(self.tr("Required parameter"))
            if self._empty_required(node):
                lines.append(self.tr("Required and still empty: Execute will ask before sending"))
            if unsent:
                lines.append(self.tr("Not sent: tick it to send it"))
            return "\n".join(lines)
        return None

    def _list(self, node: KeyNode) -> bool:
        return is_list(child.segment for child in node.children or [])

    def _empty_required(self, node: KeyNode) -> bool:
        return node.children is None and node.key() in self._required and not node.value.strip() and node.enabled

    def _holds_required(self, node: KeyNode) -> bool:
        return node.children is not None and any(leaf.key() in self._required for leaf in node.leaves())

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit a cell; a key typed into the blank row adds a parameter where the key belongs."""
        if index.isValid() and role == Qt.ItemDataRole.CheckStateRole and index.column() == KEY:
            return self._set_sent(self._node(index), Qt.CheckState(value) != Qt.CheckState.Unchecked)
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        node, column = self._node(index), index.column()
        text = "" if value is None else str(value)
        if node is self._blank:
            if column != KEY or not text.strip():
                return False
            self._add_typed(text.strip())
        elif column == KEY:
            if not self._rename(node, text):
                return False
        elif node.children is not None:
            return False
        elif column == VALUE:
            node.value = text
            self._changed(node)
        elif text in TYPES:
            node.type = text
            self._changed(node)
        else:
            return False
        self.rowsEdited.emit()
        return True

    def _set_sent(self, node: KeyNode, sent: bool) -> bool:
        """Tick or untick a row (a group: every row in it); an unticked row stays, greyed, and is not sent."""
        if node is self._blank:
            return False
        for leaf in node.leaves():
            leaf.enabled = sent
            self._changed(leaf)
        above = node.parent
        while above is not None and above is not self._root:  # the groups above show all, some or none
            self._changed(above)
            above = above.parent
        self._changed(node)
        self.rowsEdited.emit()
        return True

    def _add_typed(self, key: str) -> None:
        """A key typed into the blank row: its parameter goes where the key belongs, the blank row stays last."""
        leaf = self._insert(ParamRow(key, "", self.hints.type_of(key)))
        self.parameterPlaced.emit(self._index_of(leaf, VALUE))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None
