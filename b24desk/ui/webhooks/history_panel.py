"""History and statistics of the selected saved webhook: past calls (double-click reopens) and 14 days."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QStyle, QTableView, QTabWidget, QVBoxLayout, QWidget

from b24desk.ui.common.lazy_page import SizedLazyPage
from b24desk.ui.common.theme import colour
from b24desk.ui.common.zoom import fit_rows

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableWidget

    from b24desk.storage.history import HistoryEntry
    from b24desk.storage.statistics import WebhookStatistics
    from b24desk.ui.webhooks.day_chart import DayChart

Index = QModelIndex | QPersistentModelIndex
CHART_HEIGHT = 110  # the Statistics page's chart
NARROW = 280  # pixels: a History panel narrower than this leaves out the Duration column
_ROOT = QModelIndex()


def _duration(milliseconds: float) -> str:
    """`38 ms`, or `4.7 s` from a second on (a narrow column)."""
    return f"{milliseconds:.0f} ms" if milliseconds < 1000 else f"{milliseconds / 1000:.1f} s"


class HistoryModel(QAbstractTableModel):
    """Past calls, newest first: time, method, result (the HTTP status, or the error code), duration."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []
        # translated once: a header asks for its titles ~120 times by the first paint
        self._titles = (self.tr("Time"), self.tr("Method"), self.tr("Result"), self.tr("Duration"))

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        """Show these entries."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> HistoryEntry:
        """The entry shown in `row`."""
        return self._entries[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Standard Qt."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Standard Qt."""
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; failed calls in red."""
        if not index.isValid():
            return None
        call = self._entries[index.row()].call
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:  # today's calls by time, older ones with their day; the tooltip has it all
                local = call.started_at.astimezone()
                return local.strftime("%H:%M:%S" if local.date() == date.today() else "%d.%m %H:%M")
            if column == 1:
                return call.method
            if column == 2:  # the error code when it failed (its status in the tooltip), else the status
                return call.error_code or ("" if call.http_status is None else str(call.http_status))
            return _duration(call.duration_ms)
        if role == Qt.ItemDataRole.ToolTipRole:  # all of the call: a narrow panel cuts the method or the error
            status = "" if call.http_status is None else f"HTTP {call.http_status}"
            parts = [call.started_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), call.method, status]
            return " · ".join(p for p in (*parts, call.error_code or "", _duration(call.duration_ms)) if p)
        if role == Qt.ItemDataRole.ForegroundRole and call.failed:
            return QColor(colour("error"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None


class HistoryPanel(QTabWidget):
    """History and Statistics tabs; `reopenRequested` gives a past call back to the editor. The Statistics
    page is made when first shown (`statistics_page`), from the figures last given to `show_statistics`."""

    reopenRequested = Signal(object)  # CallRecord
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.table = QTableView()
        fit_rows(self.table)  # rows as tall as their text, not the style's 30 px
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the method: the rest
        # an error code (QUERY_LIMIT_EXCEEDED) is cut to the header's width, whole in the tooltip: the method keeps room
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, self.table.horizontalHeader().sectionSizeFromContents(2).width() + 8)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(lambda index: self.reopenRequested.emit(self.model.entry(index.row()).call))
        self.clear_button = QPushButton(self.tr("Clear history"))
        self.clear_button.clicked.connect(self.clearRequested)
        self.empty_note = QLabel(self._about())
        self.empty_note.setWordWrap(True)
        history = QWidget()
        layout = QVBoxLayout(history)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.clear_button)
        self.addTab(history, self.tr("History"))
        self._statistics: WebhookStatistics | None = None  # what the Statistics page shows, made or not
        room = self._statistics_hints()
        self.statistics_page = SizedLazyPage(self._make_statistics, self, self.tr("Statistics"), room)

    def _statistics_hints(self) -> tuple[QSize, QSize]:
        """The sizes the Statistics page asks for once made (the left split of the first screen is laid out
        with them), without making it: its layout's margins and spacing, the chart's height, a line of
        totals, and a table (the History's asks what the methods table will)."""
        style, metric = self.style(), QStyle.PixelMetric
        across = style.pixelMetric(metric.PM_LayoutLeftMargin) + style.pixelMetric(metric.PM_LayoutRightMargin)
        down = style.pixelMetric(metric.PM_LayoutTopMargin) + style.pixelMetric(metric.PM_LayoutBottomMargin)
        down += CHART_HEIGHT + 2 * style.pixelMetric(metric.PM_LayoutVerticalSpacing) + self.fontMetrics().height()
        table, smallest = self.table.sizeHint(), self.table.minimumSizeHint()
        return (
            QSize(across + table.width(), down + table.height()),
            QSize(across + smallest.width(), down + smallest.height()),
        )

    def _make_statistics(self) -> QWidget:
        from PySide6.QtWidgets import QTableWidget  # the page's classes: when it is first shown

        from b24desk.ui.webhooks.day_chart import DayChart

        stats = QWidget()
        self._chart = DayChart()
        self._chart.setMinimumHeight(CHART_HEIGHT)
        self._totals = QLabel()
        self._totals.setWordWrap(True)
        self._methods = methods = QTableWidget(0, 4)
        fit_rows(methods)  # rows as tall as their text, not the style's 30 px
        methods.setHorizontalHeaderLabels(
            [self.tr("Method"), self.tr("Requests"), self.tr("Errors"), self.tr("Average")]
        )
        methods.verticalHeader().setVisible(False)
        methods.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        methods.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        methods.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        stats_layout = QVBoxLayout(stats)
        stats_layout.addWidget(self._chart)
        stats_layout.addWidget(self._totals)
        stats_layout.addWidget(methods, 1)
        self._fill_statistics()
        return stats

    @property
    def chart(self) -> DayChart:
        """The Statistics page's requests per day (the page is made now if it was not yet)."""
        self.statistics_page.content  # noqa: B018
        return self._chart

    @property
    def totals(self) -> QLabel:
        """The Statistics page's totals line."""
        self.statistics_page.content  # noqa: B018
        return self._totals

    @property
    def methods(self) -> QTableWidget:
        """The Statistics page's busiest methods."""
        self.statistics_page.content  # noqa: B018
        return self._methods

    def _about(self) -> str:
        return self.tr("Every call is kept here: saved, pasted or sandbox webhooks, from any tab or collection.")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow panel (an 800 px window) drops the Duration column (it stays in the tooltip): the method shows."""
        super().resizeEvent(event)
        self.table.setColumnHidden(3, event.size().width() < NARROW)

    def show_history(self, entries: list[HistoryEntry] | None, *, stored: bool = True) -> None:
        """Show a webhook's calls (None: no webhook is selected; `stored` False: there is no storage to keep them)."""
        self.model.set_entries(entries or [])
        if not stored:
            note = self.tr("No history: the storage could not be opened.")
        elif entries is None:
            note = self._about()
        else:
            note = "" if entries else self.tr("No calls through this webhook yet.")
        self.empty_note.setText(note)
        self.empty_note.setVisible(bool(note))
        self.clear_button.setEnabled(bool(entries))

    def show_statistics(self, stats: WebhookStatistics | None) -> None:
        """Show 14 days of figures (None clears); kept for the Statistics page until it is first shown."""
        self._statistics = stats
        if self.statistics_page.built:
            self._fill_statistics()

    def _fill_statistics(self) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        stats = self._statistics
        if stats is None:
            self._chart.set_days([])
            self._totals.clear()
            self._methods.setRowCount(0)
            return
        self._chart.set_days([(d.day.strftime("%d.%m"), d.totals.requests, d.totals.errors) for d in stats.days])
        totals = stats.totals
        self._totals.setText(
            self.tr("{requests}, {errors}, {total:.1f} s in all, {average:.0f} ms on average").format(
                requests=self.tr("%n request(s)", "", totals.requests),
                errors=self.tr("%n error(s)", "", totals.errors),
                total=totals.total_ms / 1000,
                average=totals.average_ms,
            )
        )
        self._methods.setRowCount(len(stats.methods))
        for row, method in enumerate(stats.methods):  # the busiest first
            cells = (
                method.method,
                str(method.totals.requests),
                str(method.totals.errors),
                f"{method.totals.average_ms:.0f} ms",
            )
            for column, text in enumerate(cells):
                self._methods.setItem(row, column, QTableWidgetItem(text))
