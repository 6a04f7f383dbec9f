"""Show the main window with Qt's AT-SPI bridge on, have tools.atspi_tree read it in each main tab, print JSON.

Run by tests/ui/shell/test_atspi.py inside `dbus-run-session -- xvfb-run` (a D-Bus session and an X
server of its own); the reader is a separate process, so this one's event loop answers its questions.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

os.environ["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"  # no screen reader runs: register with AT-SPI anyway
os.environ["QT_QPA_PLATFORM"] = "xcb"
APP_NAME = "b24desk-atspi-probe"


def main() -> int:
    """Read the tree with the Requests tab shown, then the Events tab; print both readings."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from b24desk.ui.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    window = MainWindow()
    window.add_sandbox("http://127.0.0.1:1/rest/1/abcdefgh12345678/")
    window.resize(1024, 700)
    window.show()
    readings: list[dict[str, object]] = []
    tabs = list(range(window.tabs.count()))
    reader: subprocess.Popen[str] | None = None

    def step() -> None:
        nonlocal reader
        if window.method_browser.model.catalogue is None:
            return  # read once the method list has arrived (on a busy machine it came during the walk)
        if reader is not None:
            if reader.poll() is None:
                return
            assert reader.stdout is not None
            readings.append(json.loads(reader.stdout.read() or "{}"))
            reader = None
        if not tabs:
            app.quit()
            return
        window.tabs.setCurrentIndex(tabs.pop(0))
        command = [sys.executable, "-m", "tools.atspi_tree", APP_NAME]
        reader = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(100)
    app.exec()
    print(json.dumps(readings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
