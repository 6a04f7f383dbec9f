"""What the window does for the pages made after its first screen (when first shown): View > Zoom sizes
their text, and their controls get their names for screen readers, as those of the first screen did."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QTableView, QWidget

from b24desk.ui.common.zoom import zoom
from b24desk.ui.shell import accessible_names

if TYPE_CHECKING:
    from b24desk.ui.result.raw_view import RawView
    from b24desk.ui.shell.main_window import MainWindow


def dress_late_pages(window: MainWindow) -> None:
    """Zoom and name each later page of the built window when it is made (now, for one made already)."""
    params, result, history = window.editor.params, window.result_view, window.history_panel

    def json_made(edit: QWidget) -> None:
        zoom().register(edit)
        accessible_names.name_json_edit(edit)

    def table_made(table: QWidget) -> None:
        zoom().register(table)
        result.fit_columns()  # in the zoomed font, as a Table made with the window would have
        accessible_names.name_result_table(cast(QTableView, table))

    def raw_made(page: QWidget) -> None:
        raw = cast("RawView", page)
        zoom().register(raw.text)
        accessible_names.name_raw_controls(raw)

    params.json_page.when_made(json_made)
    result.table_page.when_made(table_made)
    result.raw_page.when_made(raw_made)
    result.headers_page.when_made(lambda headers: accessible_names.name_corner(cast(QTableView, headers)))
    history.statistics_page.when_made(lambda _page: accessible_names.name_busiest_methods(history.methods))
