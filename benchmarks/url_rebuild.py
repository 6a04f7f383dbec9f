"""How long one edit takes to rebuild the call URL (target < 1 ms), and edit to repainted window.

Three figures per parameter set: the core alone (grid rows -> params -> wire preview); the whole edit in
the real window, offscreen: a value typed into the parameter tree's model, until the URL bar, the POST body
line and the Code tab show it (everything that runs on the UI thread for one keystroke's commit); and
edit to paint (targets: <= 4 ms at 11 rows, <= 16 ms at 200): the same edit in the SHOWN window until its
events are processed and the changed parts repainted, paired A B A B with a baseline measured in the same
run: one keystroke's text set into a QLineEdit of a bare window of the same size, repainted. The window's
minimum width is printed too (it must not grow with the request).

    .venv/bin/python benchmarks/url_rebuild.py
"""

from __future__ import annotations

import os
import statistics
import time
from typing import Any

from b24desk.core.param_rows import ParamRow, rows_to_params
from b24desk.core.request import ApiRequest, wire_preview
from b24desk.core.webhook import parse_webhook_url


def report(name: str, samples: list[float]) -> None:
    """Print median, p99 and max of millisecond samples."""
    samples.sort()
    print(
        f"{name}: median {statistics.median(samples):.3f} ms, "
        f"p99 {samples[int(len(samples) * 0.99)]:.3f} ms, max {samples[-1]:.3f} ms"
    )


def bench_window(rows: list[ParamRow]) -> tuple[Any, Any]:
    """The app and a main window editing crm.lead.add with `rows` (offscreen, not shown yet)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from b24desk.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.add_webhook("bench", parse_webhook_url("https://b24-ab12cd.bitrix24.com/rest/1/0example0secret0/").webhook)
    window.editor.method_edit.setText("crm.lead.add")
    window.editor.params.model.set_rows(rows)
    return app, window


def window_edits(rows: list[ParamRow], runs: int) -> list[float]:
    """Milliseconds per value edit in the real main window (model -> URL bar, body line, Code tab)."""
    app, window = bench_window(rows)
    model = window.editor.params.model
    cell = model.index_of(rows[0].key, 1)
    samples = []
    for number in range(runs):
        started = time.perf_counter()
        model.setData(cell, f"edit {number}")
        samples.append((time.perf_counter() - started) * 1000)
        assert f"edit+{number}" in window.url_bar.body_label.text()
    app.processEvents()
    window.close()
    return samples


def window_paints(rows: list[ParamRow], runs: int) -> tuple[list[float], list[float], int]:
    """Milliseconds from an edit to the repainted shown window, the bare baseline's, and the minimum width."""
    app, window = bench_window(rows)
    from PySide6.QtWidgets import QLineEdit, QMainWindow

    model = window.editor.params.model
    window.resize(1280, 800)
    window.show()
    bare = QMainWindow()
    line = QLineEdit()
    bare.setCentralWidget(line)
    bare.resize(1280, 800)
    bare.show()
    for _ in range(20):
        app.processEvents()
    cell = model.index_of(rows[0].key, 1)
    ours, baseline = [], []
    for number in range(runs):
        started = time.perf_counter()
        model.setData(cell, f"edit {number}")
        app.processEvents()  # the edit's signals, layouts and paint events
        ours.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        line.setText(f"edit {number}")
        app.processEvents()
        baseline.append((time.perf_counter() - started) * 1000)
    minimum = window.minimumSizeHint().width()
    window.close()
    bare.close()
    return ours, baseline, minimum


def main() -> None:
    """Time the rebuild for a typical and a large parameter set."""
    webhook = parse_webhook_url("https://b24-ab12cd.bitrix24.com/rest/1/0example0secret0/").webhook
    typical = [
        ParamRow("fields[TITLE]", "ООО Ромашка"),
        ParamRow("fields[OPPORTUNITY]", "1500.50", "number"),
        ParamRow("fields[PHONE][0][VALUE]", "+7 495 123-45-67"),
        ParamRow("fields[PHONE][0][VALUE_TYPE]", "WORK"),
        *(ParamRow("select[]", name) for name in ("ID", "TITLE", "STATUS_ID", "UF_CRM_1")),
        ParamRow("filter[>ID]", "10", "integer"),
        ParamRow("order[ID]", "DESC"),
    ]
    large = [ParamRow(f"fields[UF_CRM_{i}]", f"value {i}") for i in range(200)]
    for name, rows in (("typical (11 rows)", typical), ("large (200 rows)", large)):
        samples = []
        for _ in range(2000):
            started = time.perf_counter()
            request = ApiRequest("crm.lead.add", rows_to_params(rows))
            wire_preview(webhook, request)
            samples.append((time.perf_counter() - started) * 1000)
        report(f"core, {name}", samples)
    for name, rows in (("typical (11 rows)", typical), ("large (200 rows)", large)):
        report(f"window, {name}", window_edits(rows, 500))
    for name, rows, target in (("typical (11 rows)", typical, 4), ("large (200 rows)", large, 16)):
        ours, baseline, minimum = window_paints(rows, 300)
        report(f"edit to paint, shown window, {name} (target <= {target} ms)", ours)
        report("  baseline: a QLineEdit in a bare window, same run", baseline)
        ratio = statistics.median(ours) / max(statistics.median(baseline), 1e-3)
        print(f"  ratio {ratio:.1f}; the window's minimum width {minimum} px")


if __name__ == "__main__":
    main()
