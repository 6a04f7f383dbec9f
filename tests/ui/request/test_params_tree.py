"""The parameter grid as a tree: typed PHP keys land in expandable rows, and what is sent stays PHP's reading."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from b24desk.core.param_rows import ParamRow, rows_to_params
from b24desk.ui.request.params_editor import ParamsEditor
from b24desk.ui.request.params_model import KEY, TYPE, VALUE, ParamsModel

ROWS = [
    ParamRow("fields[TITLE]", "Acme"),
    ParamRow("fields[PHONE][0][VALUE]", "+49 30 1234"),
    ParamRow("fields[PHONE][0][VALUE_TYPE]", "WORK"),
    ParamRow("select[]", "ID"),
    ParamRow("select[]", "TITLE"),
    ParamRow("id", "7", "integer"),
]


def texts(model: ParamsModel, parent: QModelIndex | None = None, column: int = KEY) -> list[str]:
    """The cells of one column under `parent` (the top), the blank row's prompt as None."""
    parent = parent or QModelIndex()
    cells = [model.data(model.index(row, column, parent)) for row in range(model.rowCount(parent))]
    if not parent.isValid() and column == KEY:
        blank = model.index(model.rowCount() - 1, KEY)
        assert cells[-1] == "New parameter: type a key" and model.data(blank, Qt.ItemDataRole.EditRole) is None
        cells[-1] = None
    return cells


def test_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = ParamsModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.add_row(ParamRow("filter[>ID]", "10", "integer"))  # checked while rows come
    model.remove([model.index_of("fields")])  # and go
    qtmodeltester.check(model)


def test_typed_keys_show_as_expandable_rows_and_read_back_unchanged() -> None:
    model = ParamsModel()
    model.set_rows(ROWS)
    assert texts(model) == ["fields", "select", "id", None]  # None: the blank row for a new key
    fields = model.index(0, KEY)
    assert texts(model, fields) == ["[TITLE]", "[PHONE]"]
    assert texts(model, fields, VALUE) == ["Acme", "[1]"]
    assert texts(model, model.index(1, KEY), KEY) == ["[]", "[]"]
    assert model.data(model.index(1, VALUE)) == "[2]"
    assert model.data(model.index(1, TYPE)) == "list"
    assert model.data(model.index(0, TYPE)) == "object"
    assert model.data(model.index(0, VALUE)) == "{2}"
    assert model.rows() == ROWS
    assert not model.flags(model.index(0, VALUE)) & Qt.ItemFlag.ItemIsEditable  # a group's value is its rows
    phone = model.index(1, KEY, fields)
    first = model.index(0, KEY, phone)
    assert model.data(model.index(1, KEY, first), Qt.ItemDataRole.ToolTipRole) == "fields[PHONE][0][VALUE_TYPE]"


def test_append_groups_stay_apart_as_php_reads_them() -> None:
    rows = [ParamRow("fields[EMAIL][][VALUE]", "a@example.com"), ParamRow("fields[EMAIL][][VALUE]", "b@example.com")]
    model = ParamsModel()
    model.set_rows(rows)
    email = model.index_of("fields[EMAIL]")
    assert model.rowCount(email) == 2
    assert rows_to_params(model.rows()) == {
        "fields": {"EMAIL": [{"VALUE": "a@example.com"}, {"VALUE": "b@example.com"}]}
    }


KEYS = st.lists(st.sampled_from(["a", "b", "a[x]", "a[y]", "a[]", "a[x][p]", "a[][q]", "b[0]", "a[x][]"]), max_size=8)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(keys=KEYS)
def test_the_tree_sends_what_the_typed_rows_say(qapp: QApplication, keys: list[str]) -> None:
    """Grouping rows never changes PHP's reading, order of keys included, whether loaded or typed one by one."""
    rows = [ParamRow(key, str(number)) for number, key in enumerate(keys)]
    expected = json.dumps(rows_to_params(rows))
    loaded = ParamsModel()
    loaded.set_rows(rows)
    assert json.dumps(rows_to_params(loaded.rows())) == expected
    typed = ParamsModel()
    for row in rows:
        typed.add_row(row)
    assert json.dumps(rows_to_params(typed.rows())) == expected


def test_a_key_typed_in_the_blank_row_goes_where_it_belongs() -> None:
    model = ParamsModel()
    model.set_rows([ParamRow("fields[TITLE]", "Acme")])
    with_placed: list[QModelIndex] = []
    model.parameterPlaced.connect(with_placed.append)
    assert model.setData(model.index(1, KEY), "fields[PHONE]")
    assert texts(model) == ["fields", None]
    assert texts(model, model.index(0, KEY)) == ["[TITLE]", "[PHONE]"]
    assert with_placed and with_placed[0] == model.index_of("fields[PHONE]", VALUE)
    assert model.setData(model.index(1, KEY), "start")  # a plain key: the blank row becomes it
    assert texts(model) == ["fields", "start", None]


def test_renaming_inside_a_group_and_moving_out_of_it() -> None:
    model = ParamsModel()
    model.set_rows([ParamRow("fields[TITLE]", "Acme"), ParamRow("NAME", "Bob")])
    title = model.index_of("fields[TITLE]")
    assert model.setData(title, "COMMENTS")  # a row inside a group: its own part of the key
    assert model.rows()[0] == ParamRow("fields[COMMENTS]", "Acme")
    assert model.setData(model.index_of("NAME"), "fields[NAME]")  # a top row typed into a group
    assert [row.key for row in model.rows()] == ["fields[COMMENTS]", "fields[NAME]"]
    assert not model.setData(model.index_of("fields"), "fields[X]")  # a group keeps a plain name
    assert model.setData(model.index_of("fields"), "FIELDS")
    assert [row.key for row in model.rows()] == ["FIELDS[COMMENTS]", "FIELDS[NAME]"]
    assert not model.setData(model.index_of("FIELDS[NAME]"), "")  # nothing typed is lost to an empty key
    assert model.setData(model.index_of("FIELDS[NAME]"), "[NAME][0]")  # deeper inside the same group
    assert model.rows()[1] == ParamRow("FIELDS[NAME][0]", "Bob")


def test_required_keys_are_listed_in_their_groups_and_marked() -> None:
    model = ParamsModel()
    model.set_required({"fields[TITLE]": "string", "id": "integer"})
    assert texts(model) == ["fields", "id *", None]
    assert model.data(model.index_of("fields[TITLE]")) == "[TITLE] *"
    assert model.data(model.index_of("fields"), Qt.ItemDataRole.FontRole).bold()  # it holds a required key
    model.setData(model.index_of("id", VALUE), "5")
    model.set_required({"filter[>ID]": "integer"})  # another method: its empty rows go, filled ones stay
    assert [row.key for row in model.rows()] == ["id", "filter[>ID]"]


def test_typing_a_nested_key_in_the_view_opens_its_group_and_moves_to_the_value(
    editor: ParamsEditor, qtbot: QtBot
) -> None:
    grid, model = editor.grid, editor.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(0, KEY))
    qtbot.keyClick(grid, "f")  # any key starts editing the blank row
    line = grid.findChild(QLineEdit)
    assert line is not None and line.text() == "f"
    qtbot.keyClicks(line, "ields[TITLE]")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.currentIndex() == model.index_of("fields[TITLE]", VALUE))
    assert grid.isExpanded(model.index_of("fields"))
    qtbot.keyClick(grid, "A")
    line = grid.findChild(QLineEdit)
    assert line is not None
    qtbot.keyClicks(line, "cme & Co")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: editor.params() == {"fields": {"TITLE": "Acme & Co"}})


def test_add_inside_a_list_and_an_object(editor: ParamsEditor, qtbot: QtBot) -> None:
    model = editor.model
    editor.set_params({"select": ["ID"], "fields": {"TITLE": "x"}})
    editor.grid.setCurrentIndex(model.index_of("select"))
    editor.add_inside()
    line = editor.grid.findChild(QLineEdit)
    assert line is not None
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert [row.key for row in model.rows()][:2] == ["select[]", "select[]"]
    editor.grid.setCurrentIndex(model.index_of("fields[TITLE]", VALUE))  # a row inside: its group gets the key
    editor.add_inside()
    assert [row.key for row in model.rows()][2:] == ["fields[TITLE]", "fields[KEY1]"]


def test_remove_a_group_removes_its_rows(editor: ParamsEditor) -> None:
    editor.set_params({"fields": {"TITLE": "x", "NAME": "y"}, "id": 3})
    editor.grid.setCurrentIndex(editor.model.index_of("fields"))
    editor.remove_selected()
    assert editor.params() == {"id": 3}


def run_list_dialog(editor: ParamsEditor, act: object) -> bool:
    """Open the multi-value editor, let `act` work on it once it shows, and return whether it was applied."""

    def work() -> None:
        dialog = editor.list_dialog
        assert dialog is not None
        act(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, work)
    return editor.edit_list()


def test_multi_value_editor_ticks_offered_fields_and_keeps_typed_values(editor: ParamsEditor) -> None:
    editor.delegate.choices["select[]"] = [("ID", "ID"), ("TITLE", "Title"), ("STATUS_ID", "Stage")]
    editor.set_params({"select": ["ID", "UF_*"], "id": 1})
    editor.grid.setCurrentIndex(editor.model.index_of("select"))

    def tick_and_add(dialog: object) -> None:
        from b24desk.ui.request.list_dialog import ListDialog

        assert isinstance(dialog, ListDialog)
        assert dialog.values() == ["ID", "UF_*"]
        labels = [dialog.list.item(row).text() for row in range(dialog.list.count())]
        assert labels == ["ID", "UF_*", "Title (TITLE)", "Stage (STATUS_ID)"]
        dialog.list.item(3).setCheckState(Qt.CheckState.Checked)
        dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
        dialog.add_lines("EMAIL\n\nPHONE\n")
        dialog.filter_edit.setText("stage")
        assert [dialog.list.item(r).isHidden() for r in range(4)] == [True, True, True, False]
        dialog.accept()

    assert run_list_dialog(editor, tick_and_add)
    assert editor.params() == {"select": ["UF_*", "STATUS_ID", "EMAIL", "PHONE"], "id": 1}
    assert editor.model.rows()[0].key == "select[]"  # the list stays where it was


def test_multi_value_editor_turns_one_value_into_a_list_and_cancel_changes_nothing(editor: ParamsEditor) -> None:
    editor.set_params({"filter": {"@ID": 5}})
    editor.grid.setCurrentIndex(editor.model.index_of("filter[@ID]", VALUE))

    def add(dialog: object) -> None:
        from b24desk.ui.request.list_dialog import ListDialog

        assert isinstance(dialog, ListDialog)
        dialog.add_lines("6\n7")
        dialog.move_selected(-1)
        dialog.accept()

    assert run_list_dialog(editor, add)
    assert editor.params() == {"filter": {"@ID": [5, 6, 7]}}  # the values keep their type
    editor.grid.setCurrentIndex(editor.model.index_of("filter[@ID]"))

    def cancel(dialog: object) -> None:
        from b24desk.ui.request.list_dialog import ListDialog

        assert isinstance(dialog, ListDialog)
        dialog.remove_selected()
        dialog.list.clear()
        dialog.reject()

    assert not run_list_dialog(editor, cancel)
    assert editor.params() == {"filter": {"@ID": [5, 6, 7]}}


def test_grid_and_json_round_trip_keeps_the_tree(editor: ParamsEditor) -> None:
    editor.set_rows(ROWS)
    editor.tabs.setCurrentIndex(1)
    editor.tabs.setCurrentIndex(0)
    assert editor.model.rows() == ROWS
    assert editor.grid.isExpanded(editor.model.index_of("fields[PHONE][0]"))


def test_keys_the_portal_typed_start_with_that_type() -> None:
    model = ParamsModel()
    model.hints.types.update({"fields[OPPORTUNITY]": "number", "fields[BIRTHDATE]": "date"})
    model.setData(model.index(0, KEY), "fields[OPPORTUNITY]")
    assert model.rows() == [ParamRow("fields[OPPORTUNITY]", "", "number")]
    added = model.add_child(model.index_of("fields"))
    model.setData(added, "BIRTHDATE")  # a fresh row inside the group, named
    assert model.rows()[1] == ParamRow("fields[BIRTHDATE]", "", "date")
    model.setData(model.index_of("fields[OPPORTUNITY]", TYPE), "string")  # a person's choice stays
    model.setData(model.index_of("fields[OPPORTUNITY]", VALUE), "12")
    model.setData(model.index_of("fields[OPPORTUNITY]"), "[BIRTHDATE]")
    assert model.rows()[0] == ParamRow("fields[BIRTHDATE]", "12", "string")


def test_whole_numbers_take_only_digits_while_typed(editor: ParamsEditor, qtbot: QtBot) -> None:
    editor.set_params({"id": 5})
    value = editor.model.index_of("id", VALUE)
    editor.grid.setCurrentIndex(value)
    editor.grid.edit(value)
    line = editor.grid.findChild(QLineEdit)
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "12a3")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.params() == {"id": 123})


def test_only_the_blank_row_spans_the_columns(editor: ParamsEditor) -> None:
    model, grid = editor.model, editor.grid

    def spanned() -> list[int]:
        return [row for row in range(model.rowCount()) if grid.isFirstColumnSpanned(row, QModelIndex())]

    assert spanned() == [0]
    editor.set_rows([])  # another method's (no) rows: the model is reset, the blank row is row 0 again
    assert spanned() == [0]
    model.setData(model.index(0, KEY), "start")  # the blank row becomes `start`; a new blank row follows
    assert spanned() == [1]
    model.setData(model.index(1, KEY), "fields[TITLE]")  # a group comes before the blank row
    assert spanned() == [2]
    editor.set_rows([ParamRow("id", "1")])
    assert spanned() == [1]
    model.remove([model.index_of("id")])
    assert spanned() == [0]


def test_unticked_rows_stay_greyed_and_are_not_sent(editor: ParamsEditor) -> None:
    model = editor.model
    editor.set_params({"fields": {"TITLE": "Acme", "NAME": "Ann"}, "id": 3})
    check = Qt.ItemDataRole.CheckStateRole
    assert model.setData(model.index_of("fields[NAME]"), Qt.CheckState.Unchecked.value, check)
    assert editor.params() == {"fields": {"TITLE": "Acme"}, "id": 3}
    assert model.data(model.index_of("fields"), check) == Qt.CheckState.PartiallyChecked
    assert model.data(model.index_of("fields[NAME]", VALUE), Qt.ItemDataRole.ForegroundRole) is not None  # grey
    model.setData(model.index_of("fields"), Qt.CheckState.Unchecked.value, check)  # a group: all of it
    assert editor.params() == {"id": 3}
    editor.tabs.setCurrentIndex(1)  # JSON shows what is sent; the unticked rows wait in the grid
    assert "fields" not in editor.json_edit.toPlainText()
    editor.tabs.setCurrentIndex(0)  # nothing edited in JSON: every row where it was
    assert [(row.key, row.enabled) for row in model.rows()] == [
        ("fields[TITLE]", False),
        ("fields[NAME]", False),
        ("id", True),
    ]
    editor.tabs.setCurrentIndex(1)
    editor.json_edit.setPlainText('{"id": 4}')  # JSON edited: the sent rows are its; the unticked ones wait
    editor.tabs.setCurrentIndex(0)
    assert [(row.key, row.enabled) for row in model.rows()] == [
        ("id", True),
        ("fields[TITLE]", False),
        ("fields[NAME]", False),
    ]
    model.setData(model.index_of("fields"), Qt.CheckState.Checked.value, check)
    assert editor.params() == {"id": 4, "fields": {"TITLE": "Acme", "NAME": "Ann"}}


OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["type", "rename", "value", "inside", "remove", "list", "untick"]),
        st.sampled_from(["a", "b[x]", "b[]", "[y]", "c[d][]", "[0][e]", "z", "b"]),
        st.integers(min_value=0, max_value=30),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
# The plain `b` kept two `b[x]` groups apart; renamed (cell 8) or removed (cell 7), they are one group to PHP.
@example(operations=[("type", "b[x]", 0), ("type", "b", 0), ("type", "b[x]", 0), ("remove", "", 2), ("rename", "a", 8)])
@example(operations=[("type", "b[x]", 0), ("type", "b", 0), ("type", "b[x]", 0), ("remove", "", 11)])
def test_any_sequence_of_edits_keeps_the_model_consistent(
    qapp: QApplication, operations: list[tuple[str, str, int]]
) -> None:
    """Qt's own model tester watches every signal while random edits run; what is sent always reads."""
    from PySide6.QtTest import QAbstractItemModelTester

    model = ParamsModel()
    model.set_rows(ROWS)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)

    def cells() -> list[QModelIndex]:
        found: list[QModelIndex] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(model.rowCount(parent)):
                index = model.index(row, KEY, parent)
                found.append(index)
                walk(index)

        walk(QModelIndex())
        return found

    for action, text, pick in operations:
        everything = cells()
        index = everything[pick % len(everything)]
        if action == "type":
            model.setData(model.index(model.rowCount() - 1, KEY), text)
        elif action == "rename":
            model.setData(index, text)
        elif action == "value":
            model.setData(index.siblingAtColumn(VALUE), text)
        elif action == "inside":
            model.add_child(index)
        elif action == "remove":
            model.remove([index])
        elif action == "list":
            key, values = model.list_values(index)
            if key:
                model.set_list(key, [*values, text])
        else:
            model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
        qapp.processEvents()  # a renamed group joins its namesake on the next turn of the loop
        rows = model.rows()
        assert len(rows) == sum(1 for i in cells() if not model.is_group(i)) - 1  # every leaf once, blank aside
        reloaded = ParamsModel()
        reloaded.set_rows(rows)
        assert reloaded.rows() == rows  # the tree of these rows is this tree
    del tester


def test_a_parameter_that_kept_two_groups_apart_leaves_one_group_when_renamed_or_removed(qapp: QApplication) -> None:
    rows = [ParamRow("b[x]", "1"), ParamRow("b", "2"), ParamRow("b[y]", "3")]
    for edit in ("rename", "remove"):
        model = ParamsModel()
        model.set_rows(rows)
        assert model.rowCount() == 4  # b{x}, b, b{y}, the blank row: PHP's `b=2` ends the first group
        if edit == "rename":
            assert model.setData(model.index(1, KEY), "a")
            qapp.processEvents()  # the groups join on the next turn of the loop, once the edit has closed
        else:
            model.remove([model.index(1, KEY)])
        assert model.rowCount() == (2 if edit == "remove" else 3)  # b{x, y}, `a` when renamed, the blank row
        assert model.rowCount(model.index_of("b")) == 2  # `b[x]`, `b[y]` in one group, as PHP reads them
        assert rows_to_params(model.rows()) == rows_to_params([row for row in rows if row.key != "b"]) | (
            {"a": "2"} if edit == "rename" else {}
        )


def test_edit_list_refuses_a_group_of_named_keys(editor: ParamsEditor) -> None:
    editor.set_params({"fields": {"TITLE": "Acme", "NAME": "Ann"}})
    editor.grid.setCurrentIndex(editor.model.index_of("fields"))
    assert not editor.edit_list()  # no dialog: the object stays as it is
    assert "named keys" in editor.message.text()
    assert editor.params() == {"fields": {"TITLE": "Acme", "NAME": "Ann"}}
