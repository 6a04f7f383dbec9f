"""The envelope: `result`, `time` on every answer, `total`/`next` on lists; the three request forms.

Sources: api-reference/data-types.md (time), limits.md (operating, operating_reset_at),
settings/how-to-call-rest-api/list-methods-pecularities.md (total, next).
"""

from __future__ import annotations

from datetime import datetime

import httpx

from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import get, post_form, post_json, result

TIME_KEYS = {
    "start",
    "finish",
    "duration",
    "processing",
    "date_start",
    "date_finish",
    "operating",
    "operating_reset_at",
}


def test_every_answer_has_the_time_block(any_scheme_sandbox: SandboxPortal) -> None:
    sandbox = any_scheme_sandbox
    assert sandbox.webhook_url.startswith(f"{sandbox.scheme}://")
    for response in (
        get(sandbox, "profile"),
        get(sandbox, "crm.lead.list"),
        post_json(sandbox, "batch", {"cmd": {}}),
    ):
        body = response.json()
        assert set(body["time"]) == TIME_KEYS
        times = body["time"]
        assert times["finish"] >= times["start"]
        assert abs(times["duration"] - (times["finish"] - times["start"])) < 1e-6
        assert isinstance(times["operating_reset_at"], int) and times["operating_reset_at"] > times["start"]
        datetime.fromisoformat(times["date_start"])  # ISO-8601 with offset


def test_list_answer_has_total_and_next(any_scheme_sandbox: SandboxPortal) -> None:
    body = get(any_scheme_sandbox, "crm.lead.list", {"select": ["ID"]}).json()
    assert list(body) == ["result", "next", "total", "time"]
    assert body["total"] == 120 and body["next"] == 50 and len(body["result"]) == 50


def test_get_query_form_body_and_json_body_are_read_alike(any_scheme_sandbox: SandboxPortal) -> None:
    sandbox = any_scheme_sandbox
    params = {"filter": {">=ID": 10, "<ID": 13}, "select": ["ID", "TITLE"], "order": {"ID": "DESC"}}
    answers = [result(call(sandbox, "crm.lead.list", params)) for call in (get, post_form, post_json)]
    assert answers[0] == answers[1] == answers[2]
    assert [row["ID"] for row in answers[0]] == ["12", "11", "10"]


def test_multipart_form_body_is_read_like_a_form(sandbox: SandboxPortal) -> None:
    files = {"fields[TITLE]": (None, "Multipart Ltd"), "fields[PHONE][0][VALUE]": (None, "+33 1 23 45 67 89")}
    new_id = result(httpx.post(sandbox.webhook_url + "crm.lead.add", files=files))
    lead = result(get(sandbox, "crm.lead.get", {"id": new_id}))
    assert lead["TITLE"] == "Multipart Ltd" and lead["PHONE"][0]["VALUE"] == "+33 1 23 45 67 89"


def test_body_params_win_over_query_params(sandbox: SandboxPortal) -> None:
    response = httpx.post(sandbox.webhook_url + "crm.lead.get?id=1", data={"id": "2"})
    assert result(response)["ID"] == "2"
