"""im.notify.*: notifications added, read, listed and deleted; the docs' error codes.

Sources: api-reference/chats/notifications/im-notify{,-system-add,-personal-add,-delete,-read,-read-list,
-read-all,-get}.md.
"""

from __future__ import annotations

from typing import Any

from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import get, post_json, result


def test_add_get_read_delete(sandbox: SandboxPortal) -> None:
    # the add methods answer the ID; get lists the user's notifications newest first with their authors
    system_id = result(
        post_json(sandbox, "im.notify.system.add", {"USER_ID": 1, "MESSAGE": "Backup fertig", "TAG": "B"})
    )
    personal_id = result(post_json(sandbox, "im.notify.personal.add", {"USER_ID": 1, "MESSAGE": "Привет"}))
    older = result(post_json(sandbox, "im.notify", {"USER_ID": 2, "MESSAGE": "not mine"}))
    assert personal_id > system_id and older > personal_id
    page = result(get(sandbox, "im.notify.get", {"LIMIT": 2}))
    assert [n["id"] for n in page["notifications"]] == [personal_id, system_id]
    assert page["notifications"][0]["author_id"] == 1 and page["notifications"][1]["author_id"] == 0
    assert any(user["id"] == 1 for user in page["users"])
    unread = page["total_unread_count"]
    assert result(post_json(sandbox, "im.notify.read.list", {"IDS": [personal_id]})) is True
    assert result(get(sandbox, "im.notify.get"))["total_unread_count"] == unread - 1
    assert result(post_json(sandbox, "im.notify.read", {"ID": system_id, "ONLY_CURRENT": "Y"})) is True
    assert result(post_json(sandbox, "im.notify.read.all")) == {"result": True, "newCounter": 0}
    assert result(post_json(sandbox, "im.notify.delete", {"TAG": "B"})) is True
    ids = [n["id"] for n in result(get(sandbox, "im.notify.get"))["notifications"]]
    assert system_id not in ids and personal_id in ids


def test_documented_errors(sandbox: SandboxPortal) -> None:
    cases: list[tuple[str, dict[str, Any], str]] = [
        ("im.notify.system.add", {"MESSAGE": "x"}, "USER_ID_EMPTY"),
        ("im.notify.personal.add", {"USER_ID": 1}, "MESSAGE_EMPTY"),
        ("im.notify.system.add", {"USER_ID": 1, "MESSAGE": "x", "ATTACH": ["x" * 60_001]}, "ATTACH_OVERSIZE"),
        ("im.notify.delete", {}, "PARAMS_ERROR"),
        ("im.notify.read.list", {"IDS": "5"}, "PARAMS_ERROR"),
        ("im.notify.get", {"LAST_ID": 5}, "LAST_ID_AND_LAST_TYPE"),
        ("im.notify.get", {"LAST_ID": "x", "LAST_TYPE": 3}, "LAST_ID_STRING"),
    ]
    for method, params, code in cases:
        answer = post_json(sandbox, method, params)
        assert (answer.status_code, answer.json()["error"]) == (400, code), method
