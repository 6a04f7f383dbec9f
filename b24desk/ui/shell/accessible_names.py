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
    from b24desk.ui.shell.main_window import MainWindow

_CTX = "AccessibleNames"


def _set(widget: QWidget, name: str, description: str) -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def name_controls(window: MainWindow) -> None:
    """Name and describe every text-less control of the built window (in the interface's language)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(_CTX, text)

    params, result, events = window.editor.params, window.result_view, window.events_tab
    for widget, name, description in (
        (
            window.webhook_combo,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Webhook")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "The webhook the request is sent through")),
        ),
        (
            window.method_browser.search_edit,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Search methods")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Words of a method name or its parameters")),
        ),
        (
            window.method_browser.tree,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Methods")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "The portal's methods; Enter puts one in the editor")),
        ),
        (
            window.collection_panel.view,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Collection")),
            tr(
                QT_TRANSLATE_NOOP(
                    "AccessibleNames", "The collection's folders and requests; Enter or double-click opens one"
                )
            ),
        ),
        (
            window.history_panel.table,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "History")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Past calls of this webhook; double-click reopens one")),
        ),
        (
            window.history_panel.methods,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Busiest methods")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Requests, errors and time per method")),
        ),
        (
            window.url_bar.url_edit,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Call URL")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "The URL Execute calls; paste a call URL to load it")),
        ),
        (
            window.editor.method_edit,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Method")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "The REST method to call, e.g. crm.lead.list")),
        ),
        (
            window.editor.http_method,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "HTTP method")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "POST sends a form body; GET puts the query in the URL")),
        ),
        (
            params.grid,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Parameters")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Keys in PHP syntax, their values and types; Enter edits a cell")),
        ),
        (
            params.json_edit,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Parameters as JSON")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "The same parameters as a JSON object")),
        ),
        (
            window.editor.code.code,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Code")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "The request as code in the chosen language")),
        ),
        (
            window.editor.code.language,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Code language")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "The language of the generated code")),
        ),
        (
            result.tree,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Result tree")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "The answer as a tree of keys and values")),
        ),
        (
            result.table,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Result table")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "List results, one row per record; click a column to sort")),
        ),
        (
            result.raw.text,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Raw answer")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "The answer as indented JSON")),
        ),
        (
            result.raw.find_edit,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Find in the raw answer")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Enter finds the next match")),
        ),
        (
            events.host_edit,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Receiver host")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "The address the event receiver listens on")),
        ),
        (
            events.port_spin,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Receiver port")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "The port the event receiver listens on")),
        ),
        (
            events.url_edit,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Handler URL")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "The URL to give the portal for outgoing webhooks")),
        ),
        (
            events.token_edit,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Application token")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "The token the portal sends with each event")),
        ),
        (
            events.table,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Received events")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Events the receiver got, newest last")),
        ),
        (
            events.tree,
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "Event data")),
            tr(QT_TRANSLATE_NOOP("AccessibleNames", "The selected event's fields")),
        ),
    ):
        _set(widget, name, description)
    for table in window.findChildren(QTableView):  # the square where the row and column headers meet
        corner = table.findChild(QAbstractButton)
        if corner is not None:
            _set(
                corner,
                tr(QT_TRANSLATE_NOOP("AccessibleNames", "Select all")),
                tr(QT_TRANSLATE_NOOP("AccessibleNames", "Selects every cell of the table")),
            )
