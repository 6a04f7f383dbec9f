"""b24desk's first screen rebuilt from stock PySide6 classes, for `startup_floor.py` (no b24desk import).

The same widget tree as the app's first screen at its ready paint on a first start (ui/shell/window_layout.py,
main_window.py and the parts' constructors), with Qt's own classes and models only: no Python model, event
filter or headerData, the header labels and rows in QStandardItemModels; the one Python subclass is the
window's, whose paintEvent tells of its first paint (as b24desk's main window does). The same texts
(English), menus and keys, window size rule, style sheets and standard icons; what the app makes hidden
(the note bar, the error panel, the problem lines) is made hidden here too, and the pages it makes when
first shown (JSON, Code, Table, Raw, Headers, Statistics, Events) are empty pages here as there. The
method browser's groups and counts come from the bundled catalogue file (its methods part, read with
json), each group holding one empty row until opened, as the app's do.

`main(catalogue, without)` builds it (leaving out the parts named in `without`, see PARTS), shows it and
prints `window ready` on the event-loop turn after the window's first paint (told by its paintEvent), then
quits; `build` makes the window alone (for a grab).
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the replica's own imports are what a plain PySide6 program's would be: json and Qt
    from collections.abc import Callable, Collection

    from PySide6.QtGui import QPaintEvent

AREAS = {
    "menus": "the menu bar: File, Request, View (Theme, Language), Tools, Help: 25 items, 12 with keys",
    "browser": "method search, the tree of the catalogue's groups (the file read), the count",
    "collection": "environment picker, collection header with three icon buttons, collection tree",
    "history": "History/Statistics tabs: the note, the 4-column table, Clear history",
    "webhook": "webhook label, combo and buttons; the hidden note bar and pasted-webhook offer",
    "request": "the request tab bar, URL field with its buttons, the preview line, the Method row",
    "params": "Grid/JSON/Code tabs: the 3-column grid with its blank row, three buttons",
    "execute": "Execute, Cancel, the status line",
    "result": "Tree/Table/Raw/Headers tabs: the 3-column tree, filter, Export; the hidden error panel",
}
ASPECTS = {  # across the areas
    "stylesheets": "the four widget style sheets (the count's, the preview's, the two problem lines')",
    "icons": "the collection's three standard icons",
}
PARTS = AREAS | ASPECTS
FIRST_SIZE = (1200, 800)  # b24desk's first size; maximised on a smaller screen (offscreen's is 800x800)
TITLE_BAR = 40
ROW_PADDING = 6
TYPES = ("string", "integer", "number", "boolean", "date", "datetime", "null", "json", "object", "list")


def catalogue_groups(path: str) -> list[str]:
    """The browser's group headings, `scope (count)`, sorted, the methods without a scope last."""
    with open(path, encoding="utf-8") as file:
        text = file.read()
    start = text.index("[", text.index('"methods"'))  # the methods part: one method a line, its parameters after
    methods, _ = json.JSONDecoder().raw_decode(text, start)
    counts: dict[str, int] = {}
    for _, scopes, *_ in methods:
        scope = scopes[0] if scopes else ""
        counts[scope] = counts.get(scope, 0) + 1
    order = sorted(counts, key=lambda scope: (not scope, scope))
    return [f"{scope or 'other (no scope)'} ({counts[scope]})" for scope in order]


def _column(*widgets: QWidget, stretch: int = -1) -> QWidget:
    """The widgets one below the other, no margins; the one at `stretch` takes the height left."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == stretch else 0)
    return page


def _row(*widgets: QWidget, stretch: int = -1, bottom: int = 0, spacing: int = -1, end: bool = False) -> QWidget:
    """The widgets side by side, no margins but `bottom`; the one at `stretch` takes the width left (with
    `end`, a stretch after them shares it)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, bottom)
    if spacing >= 0:
        layout.setSpacing(spacing)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == stretch else 0)
    if end:
        layout.addStretch(1)
    return row


def _model(columns: tuple[str, ...]) -> QStandardItemModel:
    model = QStandardItemModel(0, len(columns))
    model.setHorizontalHeaderLabels(list(columns))
    return model


def _menu_button(text: str, actions: tuple[str, ...], popup: QToolButton.ToolButtonPopupMode) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setPopupMode(popup)
    menu = QMenu(button)
    for action in actions:
        menu.addAction(action)
    button.setMenu(menu)
    button.setEnabled(False)
    return button


class Screen:
    """Builds the replica's parts into a window; each part left out when named in `without`."""

    def __init__(self, window: QMainWindow, catalogue: str, without: Collection[str]) -> None:
        self.window, self.catalogue, self.without = window, catalogue, set(without)
        self.search: QLineEdit | None = None

    def styled(self, widget: QWidget, sheet: str) -> None:
        if "stylesheets" not in self.without:
            widget.setStyleSheet(sheet)

    def part(self, name: str, make: Callable[[], QWidget | None]) -> QWidget | None:
        return None if name in self.without else make()

    def menus(self) -> None:
        window, bar = self.window, self.window.menuBar()

        def add(menu: QMenu, text: str, *keys: str | QKeySequence.StandardKey) -> QAction:
            action = QAction(text, window)
            sequences: list[QKeySequence] = []
            for key in keys:
                bindings = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]
                sequences += [QKeySequence(binding) for binding in bindings]
            action.setShortcuts(sequences)
            window.addAction(action)
            menu.addAction(action)
            return action

        def choices(menu: QMenu, texts: tuple[str, ...]) -> None:
            group = QActionGroup(window)
            for text in texts:
                action = menu.addAction(text)
                action.setCheckable(True)
                group.addAction(action)
            group.actions()[0].setChecked(True)

        file = bar.addMenu("&File")
        add(file, "Open request…", "Ctrl+O")
        add(file, "Save request…", "Ctrl+S")
        file.addSeparator()
        add(file, "Export JSON…")
        add(file, "Export table (CSV, Excel)…")
        file.addSeparator()
        add(file, "&Quit", QKeySequence.StandardKey.Quit, "Ctrl+Q")
        request = bar.addMenu("&Request")
        add(request, "&Execute", "Ctrl+Return", "Ctrl+Enter")
        add(request, "&Cancel", "Esc")
        request.addSeparator()
        add(request, "&Find a method", "Ctrl+L")
        add(request, "Copy call &URL (secret masked)", "Ctrl+Shift+C")
        view = bar.addMenu("&View")
        choices(view.addMenu("&Theme"), ("Follow the &system", "&Light", "&Dark"))
        add(view, "Zoom &in", "Ctrl+=", QKeySequence.StandardKey.ZoomIn)
        add(view, "Zoom &out", QKeySequence.StandardKey.ZoomOut)
        add(view, "&Normal size", "Ctrl+0")
        view.addSeparator()
        add(view, "&Maximise the result", "Ctrl+Shift+M").setCheckable(True)
        view.addSeparator()
        languages = ("System language", "English", "Русский", "Deutsch", "Português (Brasil)", "Français")
        choices(view.addMenu("&Language"), languages)
        add(bar.addMenu("&Tools"), "Scan a folder for leaked secrets…")
        help_menu = bar.addMenu("&Help")
        add(help_menu, "&Keyboard shortcuts", QKeySequence.StandardKey.HelpContents)
        add(help_menu, "&About b24desk").setMenuRole(QAction.MenuRole.AboutRole)

    def browser(self) -> QWidget:
        search = QLineEdit()
        search.setPlaceholderText("Search methods (Ctrl+L)")
        search.setToolTip("Words of a method or of its parameters: lead add, select, task…")
        search.setClearButtonEnabled(True)
        self.search = search
        model = QStandardItemModel(self.window)
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        groups = catalogue_groups(self.catalogue)
        for heading in groups:
            group = QStandardItem(heading)
            group.setFlags(flags)
            placeholder = QStandardItem("")  # the tree shows the group can be opened
            placeholder.setFlags(flags)
            group.appendRow(placeholder)
            model.appendRow(group)
        tree = QTreeView()
        tree.setModel(model)
        tree.setHeaderHidden(True)
        tree.setUniformRowHeights(True)
        tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        count = sum(int(heading.rsplit("(", 1)[1].rstrip(")")) for heading in groups)
        note = QLabel(f"{count} methods")
        note.setWordWrap(True)
        self.styled(note, "color: gray;")
        browser = _column(search, tree, note, stretch=1)
        browser.setMinimumWidth(180)
        return browser

    def collection(self) -> QWidget:
        label = QLabel("Environment:")
        combo = QComboBox()
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.addItem("No environment")
        label.setBuddy(combo)
        environment = _column(label, combo)
        environment.setEnabled(False)
        title = QLabel("No collection open")
        title.setWordWrap(True)
        title.setMinimumWidth(40)
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        buttons = []
        icons = (("SP_DirOpenIcon", "Open collection…", True), ("SP_FileIcon", "New request", False))
        for pixmap, tip, enabled in (*icons, ("SP_FileDialogNewFolder", "New folder", False)):
            button = QToolButton()
            if "icons" not in self.without:  # QStyle's enums are made with the first standard icon
                button.setIcon(self.window.style().standardIcon(getattr(QStyle.StandardPixmap, pixmap)))
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.setEnabled(enabled)
            buttons.append(button)
        header = _row(title, *buttons, stretch=0)
        view = QTreeView()
        view.setModel(QStandardItemModel(0, 1, self.window))
        view.setHeaderHidden(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        return _column(environment, _column(header, view, stretch=1), stretch=1)

    def history(self) -> QWidget:
        note = QLabel("Every call is kept here: saved, pasted or sandbox webhooks, from any tab or collection.")
        note.setWordWrap(True)
        table = QTableView()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + ROW_PADDING)
        table.setModel(_model(("Time", "Method", "Result", "Duration")))
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(2, header.sectionSizeFromContents(2).width() + 8)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setColumnHidden(3, True)  # Duration: the app leaves it out of a panel narrower than 280 px
        page = _column(note, table, QPushButton("Clear history"), stretch=1)
        tabs = QTabWidget()
        tabs.addTab(page, "History")
        tabs.addTab(QWidget(), "Statistics")
        return tabs

    def webhook(self) -> list[QWidget]:
        combo = QComboBox()
        combo.setMinimumWidth(220)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(20)
        actions = ("Test connection", "Update secret…", "Rename…", "Notes…", "Duplicate…", "Remove")
        instant = QToolButton.ToolButtonPopupMode.InstantPopup
        buttons = (QPushButton("Add webhook…"), _menu_button("Webhook…", actions, instant))
        picker = _row(QLabel("Webhook"), combo, *buttons, stretch=1)
        offer = QWidget()
        offer.setVisible(False)
        note = QFrame()
        note.setObjectName("noteBar")
        label = QLabel()
        label.setWordWrap(True)
        close = QToolButton()
        close.setAutoRaise(True)
        line = label.fontMetrics().height()
        close.setFixedSize(line + 2, line + 2)
        layout = QHBoxLayout(note)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        note.setVisible(False)
        return [picker, offer, note]

    def request(self) -> tuple[list[QWidget], QWidget]:
        bar = QTabBar()
        bar.setTabsClosable(True)
        bar.setMovable(True)
        bar.setExpanding(False)
        bar.addTab("profile")
        side_length = bar.fontMetrics().height() + 2  # as the app sizes the tab's ×
        close = bar.tabButton(0, QTabBar.ButtonPosition.RightSide)
        if close is not None:
            close.setFixedSize(side_length, side_length)
        for keys in ("Ctrl+T", "Ctrl+W", "Ctrl+Tab", "Ctrl+Shift+Tab"):
            QShortcut(QKeySequence(keys), self.window)
        url = QLineEdit()
        url.setPlaceholderText("Paste a call URL here to load it")
        eye = QToolButton()
        eye.setCheckable(True)
        eye.setText("Show secret")
        menu_popup = QToolButton.ToolButtonPopupMode.MenuButtonPopup
        copy = _menu_button("Copy URL", ("Copy URL", "Copy URL with secret"), menu_popup)
        preview = QLabel("Add a webhook to build the call URL.")
        self.styled(preview, "color: #5f6368;")
        preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        preview.setMinimumHeight(preview.fontMetrics().height() + 4)  # the app's one-line label's height
        url_bar = QWidget()
        grid = QGridLayout(url_bar)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(url, 0, 0)
        grid.addWidget(eye, 0, 1)
        grid.addWidget(copy, 0, 2)
        grid.addWidget(preview, 1, 0, 1, 3)
        method = QLineEdit("profile")
        method.setPlaceholderText("Method, e.g. crm.lead.list")
        completer = QCompleter(QStringListModel(self.window), self.window)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        method.setCompleter(completer)
        verb = QComboBox()
        verb.addItems(["POST", "GET"])
        fetch_all = QCheckBox("Fetch all pages")
        fetch_all.setEnabled(False)
        top = _row(QLabel("Method"), method, verb, fetch_all, stretch=1)
        return [bar, url_bar], top

    def params(self) -> QWidget:
        model = _model(("Parameter", "Value", "Type"))
        blank = QStandardItem("New parameter: type a key")
        blank.setForeground(QColor("gray"))
        blank.setToolTip("Keys use PHP syntax: fields[TITLE], select[], filter[>ID]")
        model.appendRow([blank, QStandardItem(), QStandardItem()])
        grid = QTreeView()
        grid.setModel(model)
        grid.setUniformRowHeights(True)
        grid.setAllColumnsShowFocus(True)
        grid.setTabKeyNavigation(True)
        grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = grid.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        metrics = grid.fontMetrics()
        grid.setColumnWidth(2, max(metrics.horizontalAdvance(name) for name in TYPES) + 40)
        grid.setColumnWidth(0, 220)
        row = max(grid.sizeHintForRow(0), metrics.height())
        grid.setMinimumHeight(5 * row + header.sizeHint().height() + 2 * grid.frameWidth())
        grid.setFirstColumnSpanned(0, grid.rootIndex(), True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), grid)
        QShortcut(QKeySequence("Ctrl+Ins"), grid)
        tabs = QTabWidget()
        tabs.addTab(_column(grid), "Grid")
        tabs.addTab(QWidget(), "JSON")
        tabs.addTab(QWidget(), "Code")
        buttons = (QPushButton("Add inside"), QPushButton("Edit list…"), QPushButton("Remove row"))
        grid_buttons = _row(*buttons, bottom=2, spacing=4)
        tabs.setCornerWidget(_row(grid_buttons), Qt.Corner.TopRightCorner)
        problem = QLabel()
        problem.setWordWrap(True)
        self.styled(problem, "color: #b00020;")
        problem.setVisible(False)
        return _column(tabs, problem)

    def execute(self) -> tuple[QWidget, QLabel]:
        execute = QPushButton("Execute")
        execute.setDefault(True)
        execute.setEnabled(False)
        cancel = QPushButton("Cancel")
        cancel.setEnabled(False)
        progress = QProgressBar()
        progress.setVisible(False)
        progress.setFormat("%v of %m rows")
        bar = _row(execute, cancel, QLabel(), progress, stretch=3, end=True)
        status = QLabel("No request sent yet. Press Ctrl+Enter to execute.")
        status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        return bar, status

    def result(self) -> QWidget:
        tree = QTreeView()
        tree.setModel(_model(("Key", "Value", "Type")))
        tree.setUniformRowHeights(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)
        tree.setColumnWidth(0, 240)
        tabs = QTabWidget()
        tabs.addTab(tree, "Tree")
        pages = {title: QWidget() for title in ("Table", "Raw", "Headers")}
        for title, page in pages.items():
            tabs.addTab(page, title)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), pages["Raw"])
        filter_edit = QLineEdit()
        filter_edit.setPlaceholderText("Filter rows")
        filter_edit.setClearButtonEnabled(True)
        filter_edit.setMinimumWidth(filter_edit.fontMetrics().horizontalAdvance("Filter rows") + 48)
        instant = QToolButton.ToolButtonPopupMode.InstantPopup
        export = _menu_button("Export", ("JSON…", "Table (CSV or Excel)…"), instant)
        corner = _row(filter_edit, export, bottom=2, spacing=4)
        tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        error = QWidget()
        labels = [QLabel() for _ in range(4)]
        for label in labels:
            label.setWordWrap(True)
        buttons = (QPushButton(), QPushButton("Update secret…"), QPushButton("Show the raw answer"))
        buttons[0].setVisible(False)
        error_layout = QVBoxLayout(error)
        for label in labels:
            error_layout.addWidget(label)
        error_layout.addWidget(_row(*buttons, end=True))
        error_layout.addStretch(1)
        stack = QStackedWidget()
        stack.addWidget(tabs)
        stack.addWidget(error)
        return stack

    def build(self) -> None:
        """Every part not left out, arranged as ui/shell/window_layout.py arranges the app's."""
        window = self.window
        if "menus" not in self.without:
            self.menus()
        request_side = QWidget()
        request_layout = QVBoxLayout(request_side)
        request_layout.setContentsMargins(6, 0, 6, 0)
        for widget in self.webhook() if "webhook" not in self.without else []:
            request_layout.addWidget(widget)
        method_row = None
        if "request" not in self.without:
            bars, method_row = self.request()
            for widget in bars:
                request_layout.addWidget(widget)
        parts = [w for w in (method_row, self.part("params", self.params)) if w is not None]
        editor = _column(*parts, stretch=len(parts) - 1)
        request_layout.addWidget(editor, 1)
        problem = QLabel()
        problem.setWordWrap(True)
        self.styled(problem, "color: #b00020;")
        problem.setVisible(False)
        request_layout.addWidget(problem)
        result = QWidget()
        result_layout = QVBoxLayout(result)
        result_layout.setContentsMargins(6, 0, 6, 2)
        result_layout.setSpacing(2)
        if "execute" not in self.without:
            bar, status = self.execute()
            line = QFrame()
            line.setFrameShape(QFrame.Shape.VLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            status_row = QHBoxLayout()
            status_row.addWidget(bar)
            status_row.addWidget(line)
            status_row.addWidget(status, 1)
            result_layout.addLayout(status_row)
        stack = self.part("result", self.result)
        if stack is not None:
            result_layout.addWidget(stack, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(request_side)
        right.addWidget(result)
        right.setStretchFactor(1, 1)
        right.setSizes([366, 379])  # as the app's adaptive split gives them at 796x796 (offscreen)
        left = QSplitter(Qt.Orientation.Vertical)
        for name in ("browser", "collection", "history"):
            made = self.part(name, getattr(self, name))
            if made is not None:
                left.addWidget(made)
        for index, stretch in enumerate((3, 2, 1)):
            left.setStretchFactor(index, stretch)
        left.setSizes([278, 209, 254])
        side = QSplitter(Qt.Orientation.Horizontal)
        side.addWidget(left)
        side.addWidget(right)
        side.setStretchFactor(1, 1)
        side.setSizes([229, 559])
        tabs = QTabWidget()
        tabs.addTab(side, "Requests")
        tabs.addTab(_column(), "Events")
        window.setCentralWidget(tabs)
        if self.search is not None:  # the keyboard starts in the method search
            self.search.setFocus()


def fit_screen(window: QMainWindow) -> None:
    """b24desk's first size: 1200x800, maximised on a screen without room for it."""
    window.resize(*FIRST_SIZE)
    screen = window.screen()
    room = screen.availableGeometry()
    if room.width() < FIRST_SIZE[0] or room.height() < FIRST_SIZE[1] + TITLE_BAR:
        window.resize(min(FIRST_SIZE[0], room.width()), min(FIRST_SIZE[1], room.height() - TITLE_BAR))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def build(catalogue: str, without: Collection[str] = ()) -> QMainWindow:
    """The replica's window, built and not shown (a QApplication must exist)."""
    window = _ReportingWindow()
    window.setWindowTitle("b24desk: Bitrix24 REST request builder")
    fit_screen(window)
    Screen(window, catalogue, without).build()
    return window


class _ReportingWindow(QMainWindow):
    """The replica's window, which tells of its first paint from its own paintEvent, as b24desk's main window
    does (an event filter, even on the window alone, takes each of its events through Python: on an X server
    that is many more events than offscreen)."""

    def __init__(self) -> None:
        super().__init__()
        self.then: Callable[[], None] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.then is not None:
            QTimer.singleShot(0, self.then)
            self.then = None


def main(catalogue: str, without: Collection[str] = ()) -> None:
    """Build, show, print `window ready` on the turn after the first paint, quit."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")  # as b24desk before its QApplication: fills on the UI thread
    app = QApplication([])
    window = build(catalogue, without)
    assert isinstance(window, _ReportingWindow)

    def report() -> None:
        print("window ready", flush=True)
        app.quit()

    window.then = report
    window.show()
    app.exec()
