"""The sandbox against the official docs: every served method's examples, fields, types and errors.

resources/conformance/methods.json holds what the docs say (tools/conformance.py builds it from
bitrix24/b24restdocs); this replays it against a sandbox over loopback (tools/conformance_check.py).
A documented item the sandbox does not match fails here unless resources/conformance/deviations.json
lists it with a reason; a listed deviation that is matched again fails too, so the list stays true.
`python -m tools.conformance report` prints the figures.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from b24desk.sandbox import SandboxConfig, SandboxPortal, run_in_thread
from tools.conformance import load_documented, load_system_errors, served_methods
from tools.conformance_check import check_method, limited_webhook, load_deviations
from tools.conformance_replay import Replayer
from tools.conformance_system import SYSTEM, check_system_errors, probe_portals

DOCUMENTED = load_documented()
DEVIATIONS = load_deviations()
# The methods this sandbox serves; the file may document more (built ahead for methods still on the way).
METHODS: list[str] = sorted(name for name in served_methods() if name in DOCUMENTED)


@pytest.fixture(scope="module")
def portal() -> Iterator[SandboxPortal]:
    """One sandbox for the module: the replays add, change and delete their own records only."""
    with run_in_thread(SandboxConfig(seed=120, rate=1000.0, burst=10_000)) as running:
        yield running


@pytest.fixture(scope="module")
def replayer(portal: SandboxPortal) -> Iterator[Replayer]:
    with httpx.Client(timeout=30) as client:
        yield Replayer(client, portal.webhook_url, DOCUMENTED, limited_webhook(portal))


def test_every_served_method_has_its_documented_facts() -> None:
    missing = [name for name in served_methods() if name not in DOCUMENTED]
    assert not missing, (
        f"served but not in resources/conformance/methods.json: {missing}; "
        "run `python -m tools.conformance build DOCS_DIR` on a checkout of bitrix24/b24restdocs"
    )


def test_deviations_name_documented_methods_and_give_reasons() -> None:
    for method, items in DEVIATIONS.items():
        assert method in DOCUMENTED or method == SYSTEM, method
        for key, reason in items.items():
            assert len(reason) > 20, f"{method}: {key} needs a reason"


@pytest.mark.parametrize("method", METHODS)
def test_method_matches_its_docs(replayer: Replayer, method: str) -> None:
    items = check_method(replayer, method, DOCUMENTED[method])
    assert items, f"{method}: the docs gave nothing to check"
    listed = DEVIATIONS.get(method, {})
    failing = [f"{item.key}: {item.detail}" for item in items if not item.ok and item.key not in listed]
    assert not failing, f"{method} differs from its docs (fix it, or list it in deviations.json with a reason)"
    open_keys = {item.key for item in items if not item.ok}
    stale = [key for key in listed if key not in open_keys]
    assert not stale, f"{method}: listed deviations now matched or gone (remove them): {stale}"


def test_a_wrong_answer_is_caught(replayer: Replayer) -> None:
    """The check can fail: a documented answer with a field the sandbox lacks and a flag it sends as text."""
    record = dict(DOCUMENTED["crm.lead.get"])
    record["response"] = {"result": {"ID": "1", "NO_SUCH_FIELD": "x", "OPENED": "Y", "DATE_CREATE": "2024-01-01"}}
    failed = {item.key for item in check_method(replayer, "crm.lead.get", record) if not item.ok}
    assert "field result.NO_SUCH_FIELD" in failed
    assert "field result.DATE_CREATE" not in failed  # a datetime where the docs show a date is fine
    assert "field result.ID" not in failed
    # an error the sandbox does not give (crm.lead.get has no select to refuse)
    record["errors"] = [{"status": 400, "code": "", "message": "Parameter 'select' must be array."}]
    failed = {item.key for item in check_method(replayer, "crm.lead.get", record) if not item.ok}
    assert "error 400  Parameter 'select' must be array." in failed


def test_the_figure_counts_every_item(replayer: Replayer) -> None:
    items = check_method(replayer, "crm.deal.list", DOCUMENTED["crm.deal.list"])
    keys = [item.key for item in items]
    assert "error 400  Parameter 'filter' must be array." in keys and "example 1 status 200" in keys
    assert len(keys) == len(set(keys))


def test_examples_point_at_sandbox_records(replayer: Replayer) -> None:
    """The docs' task 8017 and users 456/123 do not exist here: the replay makes a task and uses user 1."""
    get = replayer.example("tasks.task.get")
    assert get["taskId"] != 8017 and replayer.call("tasks.task.get", get).status_code == 200
    add = replayer.example("tasks.task.add")
    assert add["fields"]["CREATED_BY"] == 1 and add["fields"]["RESPONSIBLE_ID"] == 1
    unknown = replayer.adapt({"taskId": 5, "LIST_ID": 7}, "no.such.family.get")
    assert unknown["LIST_ID"] == 7  # a reference the replay cannot make stays as the docs wrote it


def test_system_errors_match_the_docs(portal: SandboxPortal, replayer: Replayer) -> None:
    """_includes/system-errors.md: each error the sandbox can give, provoked; the others listed."""
    errors = load_system_errors()
    assert {error["code"] for error in errors} >= {"NO_AUTH_FOUND", "INVALID_REQUEST", "QUERY_LIMIT_EXCEEDED"}
    assert replayer.limited_url is not None
    with probe_portals(portal, replayer.limited_url) as probes, httpx.Client(timeout=30) as client:
        items = check_system_errors(client, probes, errors)
    listed = DEVIATIONS.get(SYSTEM, {})
    assert [item.key for item in items if not item.ok and item.key not in listed] == []
    assert [key for key in listed if key not in {item.key for item in items if not item.ok}] == []
    assert any(item.ok and "Https required" in item.key for item in items)
