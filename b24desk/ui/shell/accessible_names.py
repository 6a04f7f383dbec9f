"""Accessible names and descriptions for the window's controls that show no text of their own.

A screen reader reads a button's text and a labelled field's label; fields, lists and tables have
neither, so each gets a name (what it is) and a description (what it does) here, in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QTableView, QWidget

from b24desk.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from b24desk.ui.events.events_tab import EventsTab
    from b24desk.ui.request.code_view import CodeView
    from b24desk.ui.result.raw_view import RawView
    from b24desk.ui.shell.main_window import MainWindow

_CTX = "AccessibleNames"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _set(widget: QWidget, name: str, description: str) -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def name_controls(window: MainWindow) -> None:
    """Name and describe every text-less control of the built window (in the interface's language)."""

    params, result = window.editor.params, window.result_view  # their pages made later: named when made
    for widget, name, description in (
        (
            window.webhook_combo,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Webhook")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "The webhook the request is sent through")),
        ),
        (
            window.method_browser.search_edit,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Search methods")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Words of a method name or its parameters")),
        ),
        (
            window.method_browser.tree,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Methods")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "The portal's methods; Enter puts one in the editor")),
        ),
        (
            window.collection_panel.view,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Collection")),
            _tr(
                QT_TRANSLATE_NOOP(
                    "AccessibleNames", "The collection's folders and requests; Enter or double-click opens one"
                )
            ),
        ),
        (
            window.history_panel.table,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "History")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Past calls of this webhook; double-click reopens one")),
        ),
        (
            window.url_bar.url_edit,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Call URL")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "The URL Execute calls; paste a call URL to load it")),
        ),
        (
            window.editor.method_edit,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Method")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "The REST method to call, e.g. crm.lead.list")),
        ),
        (
            window.editor.http_method,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "HTTP method")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "POST sends a form body; GET puts the query in the URL")),
        ),
        (
            params.grid,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Parameters")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Keys in PHP syntax, their values and types; Enter edits a cell")),
        ),
        (
            result.tree,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Result tree")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "The answer as a tree of keys and values")),
        ),
    ):
        _set(widget, name, description)
    name_corner(window.history_panel.table)  # the first screen's one table; later ones are named when made


def name_json_edit(edit: QWidget) -> None:
    """Name the parameters' JSON page (made when first shown)."""
    _set(
        edit,
        _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Parameters as JSON")),
        _tr(QT_TRANSLATE_NOOP("AccessibleNames", "The same parameters as a JSON object")),
    )


def name_result_table(table: QTableView) -> None:
    """Name the result's Table (made when first shown)."""
    _name_table(
        table,
        QT_TRANSLATE_NOOP("AccessibleNames", "Result table"),
        QT_TRANSLATE_NOOP("AccessibleNames", "List results, one row per record; click a column to sort"),
    )


def name_raw_controls(raw: RawView) -> None:
    """Name the result's Raw page (made when first shown)."""
    _set(
        raw.text,
        _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Raw answer")),
        _tr(QT_TRANSLATE_NOOP("AccessibleNames", "The answer as indented JSON")),
    )
    _set(
        raw.find_edit,
        _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Find in the raw answer")),
        _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Enter finds the next match")),
    )


def name_busiest_methods(methods: QTableView) -> None:
    """Name the history's Statistics table (made when first shown)."""
    _name_table(
        methods,
        QT_TRANSLATE_NOOP("AccessibleNames", "Busiest methods"),
        QT_TRANSLATE_NOOP("AccessibleNames", "Requests, errors and time per method"),
    )


def _name_table(table: QTableView, name: str, description: str) -> None:
    """A table made after the window: its name, its description (source texts) and its corner button's."""
    _set(table, _tr(name), _tr(description))
    name_corner(table)


def name_code_controls(code: CodeView) -> None:
    """Name and describe the Code tab's text-less controls (it is made when first shown)."""
    for widget, name, description in (
        (
            code.code,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Code")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "The request as code in the chosen language")),
        ),
        (
            code.language,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Code language")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "The language of the generated code")),
        ),
    ):
        _set(widget, name, description)


def name_event_controls(events: EventsTab) -> None:
    """Name and describe the Events tab's text-less controls (it is made when first shown)."""

    for widget, name, description in (
        (
            events.host_edit,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Receiver host")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "The address the event receiver listens on")),
        ),
        (
            events.port_spin,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Receiver port")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "The port the event receiver listens on")),
        ),
        (
            events.url_edit,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Handler URL")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "The URL to give the portal for outgoing webhooks")),
        ),
        (
            events.token_edit,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Application token")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "The token the portal sends with each event")),
        ),
        (
            events.table,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Received events")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Events the receiver got, newest last")),
        ),
        (
            events.tree,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Event data")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "The selected event's fields")),
        ),
    ):
        _set(widget, name, description)
    _name_corners(events)


def _name_corners(parent: QWidget) -> None:
    """Name the corner button of each table in `parent`."""
    for table in parent.findChildren(QTableView):
        name_corner(table)


def name_corner(table: QTableView) -> None:
    """Name a table's corner button: the square where the row and column headers meet."""
    corner = table.findChild(QAbstractButton)
    if corner is not None:
        _set(
            corner,
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Select all")),
            _tr(QT_TRANSLATE_NOOP("AccessibleNames", "Selects every cell of the table")),
        )
