"""The environment picker: the collection's environments (environments/NAME.json) and "No environment"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget


class EnvironmentPicker(QWidget):
    """Lists a collection's environments; the choice is announced by `environmentChanged` (None: none)."""

    environmentChanged = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root: Path | None = None
        self.label = QLabel(self.tr("Environment:"))
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(8)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.label.setBuddy(self.combo)
        layout = QVBoxLayout(self)  # label above the list: the window's left column stays narrow
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(lambda _row: self.environmentChanged.emit(self.current()))
        self.set_collection(None)

    def set_collection(self, root: Path | None, choose: str | None = None) -> None:
        """List the environments of the collection in `root`; keep `choose` (or the current one) if it exists."""
        keep = choose if choose is not None else self.current()
        self.root = root
        names: list[str] = []
        if root is not None:
            from b24desk.core.environment import environment_names  # with the first collection opened

            names = environment_names(root)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("No environment"), None)
        for name in names:
            self.combo.addItem(name, name)
        row = self.combo.findData(keep) if keep in names else 0
        self.combo.setCurrentIndex(max(row, 0))
        self.combo.blockSignals(False)
        self.setEnabled(root is not None)
        self.environmentChanged.emit(self.current())

    def current(self) -> str | None:
        """The chosen environment's name, or None."""
        if not hasattr(self, "combo"):
            return None
        data = self.combo.currentData()
        return data if isinstance(data, str) else None

    def choose(self, name: str | None) -> None:
        """Select an environment by name (None: no environment)."""
        row = self.combo.findData(name) if name is not None else 0
        if row >= 0:
            self.combo.setCurrentIndex(row)
