"""How long one edit takes to rebuild the call URL (target < 1 ms).

Two figures per parameter set: the core alone (grid rows -> params -> wire preview), and the whole edit in
the real window, offscreen: a value typed into the parameter tree's model, until the URL bar, the POST body
line and the Code tab show it (everything that runs on the UI thread for one keystroke's commit).

    .venv/bin/python benchmarks/url_rebuild.py
"""

from __future__ import annotations

import os
import statistics
import time

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


def window_edits(rows: list[ParamRow], runs: int) -> list[float]:
    """Milliseconds per value edit in the real main window (model -> URL bar, body line, Code tab)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from b24desk.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.add_webhook("bench", parse_webhook_url("https://b24-ab12cd.bitrix24.com/rest/1/0example0secret0/").webhook)
    window.editor.method_edit.setText("crm.lead.add")
    model = window.editor.params.model
    model.set_rows(rows)
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


if __name__ == "__main__":
    main()
