"""Cross-check: the official Python SDK (b24pysdk) and fast_bitrix24 work against a running sandbox.

Run on demand, in a throwaway venv that holds the two SDKs (they are not b24desk dependencies):

    python3 -m venv /tmp/sdkvenv && /tmp/sdkvenv/bin/pip install b24pysdk fast-bitrix24
    .venv/bin/b24desk sandbox --seed 3000 > /tmp/sandbox.url &      # first line: the webhook URL
    /tmp/sdkvenv/bin/python benchmarks/sdk_crosscheck.py "$(head -1 /tmp/sandbox.url)"

b24pysdk always builds `https://DOMAIN/rest`; the sandbox speaks plain http on loopback, so this script
points the SDK's base URL at http before calling. Nothing else of either SDK is changed.
"""

from __future__ import annotations

import importlib
import sys
import time
from typing import Any
from urllib.parse import urlsplit


def check_b24pysdk(url: str) -> None:
    """profile, call_list_fast (the `>ID` batch chain) and a linked batch through the official SDK."""
    caller = importlib.import_module("b24pysdk.api.callers.call_method")
    caller._MethodCaller._base_url = property(lambda self: f"http://{self._domain}/rest")
    webhook_class: Any = importlib.import_module("b24pysdk").BitrixWebhook
    parts = urlsplit(url)
    token = webhook_class(domain=parts.netloc, webhook_token="/".join(parts.path.strip("/").split("/")[1:3]))
    assert token.call_method("profile")["result"]["ID"] == "1"
    began = time.perf_counter()
    rows = list(token.call_list_fast("crm.lead.list", {"select": ["ID", "TITLE"]})["result"])
    print(f"b24pysdk call_list_fast: {len(rows):,} leads in {time.perf_counter() - began:.2f} s")
    batch = token.call_batch(
        {"me": ("user.current", {}), "dep": ("department.get", {"ID": "$result[me][UF_DEPARTMENT][0]"})}
    )
    print(f"b24pysdk call_batch: department {batch['result']['result']['dep'][0]['NAME']!r}")


def check_fast_bitrix24(url: str) -> None:
    """get_all (parallel start paging in batches), get_by_ID and call through fast_bitrix24."""
    bitrix: Any = importlib.import_module("fast_bitrix24").Bitrix(url, ssl=False, verbose=False)
    began = time.perf_counter()
    leads = bitrix.get_all("crm.lead.list", {"select": ["ID", "TITLE"]})
    print(f"fast_bitrix24 get_all: {len(leads):,} leads in {time.perf_counter() - began:.2f} s")
    print(f"fast_bitrix24 get_by_ID: {len(bitrix.get_by_ID('crm.lead.get', [1, 2, 3]))} leads")
    tasks = bitrix.get_all("tasks.task.list", {"select": ["ID"]})
    print(f"fast_bitrix24 get_all tasks.task.list: {len(tasks):,} tasks")


if __name__ == "__main__":
    check_b24pysdk(sys.argv[1])
    check_fast_bitrix24(sys.argv[1])
