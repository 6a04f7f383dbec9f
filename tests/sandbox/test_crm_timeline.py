"""crm.timeline.comment.*: comments on CRM records, the docs' answers and error codes.

Sources: api-reference/crm/timeline/comments/crm-timeline-comment-{add,get,list,update,delete,fields}.md.
"""

from __future__ import annotations

from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import get, post_json, result


def test_comment_round_trip(sandbox: SandboxPortal) -> None:
    # add/update answer the ID, delete answers null, a missing comment is NOT_FOUND "Not found."
    fields = {"ENTITY_ID": 3, "ENTITY_TYPE": "deal", "COMMENT": "Клиент согласен"}
    new_id = result(post_json(sandbox, "crm.timeline.comment.add", {"fields": fields}))
    row = result(get(sandbox, "crm.timeline.comment.get", {"id": new_id}))
    assert (row["ENTITY_ID"], row["ENTITY_TYPE"], row["COMMENT"], row["AUTHOR_ID"]) == (
        "3",
        "deal",
        "Клиент согласен",
        "1",
    )
    changed = post_json(sandbox, "crm.timeline.comment.update", {"id": new_id, "fields": {"COMMENT": "Accord"}})
    assert result(changed) == new_id
    listed = get(sandbox, "crm.timeline.comment.list", {"filter": {"ENTITY_ID": 3, "ENTITY_TYPE": "deal"}}).json()
    assert listed["result"][-1]["COMMENT"] == "Accord" and listed["total"] == len(listed["result"])
    assert {r["ENTITY_ID"] for r in listed["result"]} == {"3"}
    assert result(post_json(sandbox, "crm.timeline.comment.delete", {"id": new_id})) is None
    gone = get(sandbox, "crm.timeline.comment.get", {"id": new_id})
    assert (gone.status_code, gone.json()) == (400, {"error": "NOT_FOUND", "error_description": "Not found."})


def test_documented_errors(sandbox: SandboxPortal) -> None:
    # crm-timeline-comment-add.md, Possible Error Codes
    cases = [
        ({"ENTITY_TYPE": "deal", "COMMENT": "x"}, "100"),
        ({"ENTITY_ID": 1, "ENTITY_TYPE": "deal", "COMMENT": " "}, "INVALID_ARG_VALUE"),
        ({"ENTITY_ID": 999999, "ENTITY_TYPE": "lead", "COMMENT": "x"}, "OWNER_NOT_FOUND"),
    ]
    for fields, code in cases:
        answer = post_json(sandbox, "crm.timeline.comment.add", {"fields": fields})
        assert (answer.status_code, answer.json()["error"]) == (400, code)


def test_fields(reading_sandbox: SandboxPortal) -> None:
    # crm-timeline-comment-fields.md
    described = result(get(reading_sandbox, "crm.timeline.comment.fields"))
    assert described["ENTITY_TYPE"]["isRequired"] is True and described["FILES"]["type"] == "attached_diskfile"
