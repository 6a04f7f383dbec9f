"""task.commentitem.*: comments on tasks with positional parameters, the docs' ERROR_CORE texts, events.

Sources: api-reference/tasks/comment-item/task-comment-item-{add,get,get-list,update,delete}.md and
comment-item/events-comment/on-task-comment-add.md.
"""

from __future__ import annotations

from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import get, post_form, post_json, result


def test_comment_round_trip(sandbox: SandboxPortal) -> None:
    sandbox.add_event_handler(["ONTASKCOMMENTADD"], "http://127.0.0.1:9/handler")
    # positional form (a list 0..n), as the docs' examples send it
    item_id = result(post_json(sandbox, "task.commentitem.add", [2, {"POST_MESSAGE": "Entwurf ist fertig"}]))
    after = sandbox.core.events.deliveries[0].form["data"]["FIELDS_AFTER"]
    assert after == {"ID": str(item_id), "TASK_ID": "2"}
    row = result(get(sandbox, "task.commentitem.get", {"TASKID": 2, "ITEMID": item_id}))
    assert (row["POST_MESSAGE"], row["AUTHOR_ID"], row["ATTACHED_OBJECTS"]) == ("Entwurf ist fertig", "1", {})
    changed = post_form(
        sandbox, "task.commentitem.update", {"TASKID": 2, "ITEMID": item_id, "FIELDS": {"POST_MESSAGE": "v2"}}
    )
    assert result(changed) is True
    listed = result(get(sandbox, "task.commentitem.getlist", {"TASKID": 2, "ORDER": {"ID": "DESC"}}))
    assert listed[0]["ID"] == str(item_id) and listed[0]["POST_MESSAGE"] == "v2"
    assert result(post_json(sandbox, "task.commentitem.delete", {"TASKID": 2, "ITEMID": item_id})) is True
    gone = get(sandbox, "task.commentitem.get", {"TASKID": 2, "ITEMID": item_id})
    assert gone.status_code == 400 and "512/TE/ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE" in gone.json()["error_description"]


def test_documented_errors(sandbox: SandboxPortal) -> None:
    empty = post_json(sandbox, "task.commentitem.add", {"TASKID": 2, "FIELDS": {"POST_MESSAGE": ""}})
    assert empty.json() == {"error": "ERROR_CORE", "error_description": "Comment text is not specified"}
    wrong_key = post_json(sandbox, "task.commentitem.add", {"TASKID": 2, "FIELDS": {"POST_MESSAGE": "x", "ID": 5}})
    assert "must not contain key `ID`" in wrong_key.json()["error_description"]
    bad_task = post_json(sandbox, "task.commentitem.getlist", {"TASKID": "abc"})
    assert (
        'Param #0 (taskId) for method ctaskcommentitem::getlist() expected to be of type "integer"'
        in (bad_task.json()["error_description"])
    )
    bad_order = post_json(sandbox, "task.commentitem.getlist", {"TASKID": 2, "ORDER": {">=POST_DATE": "ASC"}})
    assert (bad_order.status_code, bad_order.json()["error"]) == (400, "ERROR_CORE")
