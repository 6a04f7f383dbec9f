"""Where the sandbox runs methods: off a shared loop (the app's UI loop), on a loop of its own (CLI, thread).

And the answer's JSON: what the fast encoder refuses is still answered, as the standard library writes it.
"""

from __future__ import annotations

import threading

import httpx
import pytest

from b24desk.sandbox import SandboxConfig, SandboxPortal
from b24desk.sandbox.app import dumps
from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult


def _add_probe(portal: SandboxPortal, threads: list[int]) -> None:
    def probe(context: CallContext) -> MethodResult:
        threads.append(threading.get_ident())
        return MethodResult({"big": 2**70, "text": "ünïcode"})

    portal.core.registry.add("test.probe", "basic", probe)


@pytest.mark.asyncio
@pytest.mark.parametrize("methods_on_loop", [False, True])
async def test_methods_run_off_a_shared_loop_and_on_a_loop_of_their_own(methods_on_loop: bool) -> None:
    portal = SandboxPortal(SandboxConfig(seed=0), methods_on_loop=methods_on_loop)
    threads: list[int] = []
    _add_probe(portal, threads)
    async with portal, httpx.AsyncClient() as client:
        answer = await client.post(portal.webhook_url + "test.probe")
    assert answer.json()["result"] == {"big": 2**70, "text": "ünïcode"}  # past 64 bits: the fallback wrote it
    assert (threads == [threading.get_ident()]) is methods_on_loop
    assert portal.core.worker is None if methods_on_loop else portal.core.worker is not None


def test_answers_are_compact_utf8_json_either_way() -> None:
    assert dumps({"a": [1, "é"], 2: None}) == '{"a":[1,"é"],"2":null}'.encode()
    assert dumps({"n": 2**64}) == b'{"n":18446744073709551616}'
