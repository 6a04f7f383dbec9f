"""How long one edit takes to rebuild the call URL: grid rows -> params -> wire preview (target < 1 ms)."""

from __future__ import annotations

import statistics
import time

from b24desk.core.param_rows import ParamRow, rows_to_params
from b24desk.core.request import ApiRequest, wire_preview
from b24desk.core.webhook import parse_webhook_url


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
        samples.sort()
        print(
            f"{name}: median {statistics.median(samples):.3f} ms, "
            f"p99 {samples[int(len(samples) * 0.99)]:.3f} ms, max {samples[-1]:.3f} ms"
        )


if __name__ == "__main__":
    main()
