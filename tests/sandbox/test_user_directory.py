"""user.search, user.update and the department writes: the docs' answers and errors.

Sources: api-reference/user/user-{search,update}.md, api-reference/departments/department-{add,update,
delete,fields}.md.
"""

from __future__ import annotations

from b24desk.sandbox import SandboxPortal
from tests.sandbox.rest_calls import get, post_json, result


def test_user_search_by_fields_and_find(reading_sandbox: SandboxPortal) -> None:
    # user-search.md: FILTER NAME / UF_DEPARTMENT_NAME, or FIND across them; answers like user.get
    by_name = get(reading_sandbox, "user.search", {"FILTER": {"NAME": "jür"}}).json()
    assert [row["LAST_NAME"] for row in by_name["result"]] == ["Groß"] and by_name["total"] == 1
    in_sales = result(get(reading_sandbox, "user.search", {"FILTER": {"UF_DEPARTMENT_NAME": "Sales"}}))
    assert {row["NAME"] for row in in_sales} == {"Anna", "Oliver"}
    found = result(get(reading_sandbox, "user.search", {"FILTER": {"FIND": "поддержки"}}))
    assert [row["NAME"] for row in found] == ["Дмитрий"] and "ADMIN" not in found[0]


def test_user_update(sandbox: SandboxPortal) -> None:
    # user-update.md: answers true; a bad ID is ERROR_CORE "access_denied"
    assert (
        result(post_json(sandbox, "user.update", {"ID": 3, "WORK_POSITION": "Teamleiter", "UF_DEPARTMENT": [2]}))
        is True
    )
    user = result(get(sandbox, "user.get", {"ID": 3}))[0]
    assert (user["WORK_POSITION"], user["UF_DEPARTMENT"]) == ("Teamleiter", [2])
    bad = post_json(sandbox, "user.update", {"ID": 999, "NAME": "x"})
    assert (bad.status_code, bad.json()) == (400, {"error": "ERROR_CORE", "error_description": "access_denied"})


def test_department_writes(sandbox: SandboxPortal) -> None:
    # department-add.md answers the ID; update/delete answer true; the documented ERROR_CORE messages
    new_id = result(post_json(sandbox, "department.add", {"NAME": "Service après-vente", "PARENT": 4}))
    assert result(post_json(sandbox, "department.update", {"ID": new_id, "NAME": "SAV"})) is True
    assert result(get(sandbox, "department.get", {"ID": new_id}))[0]["NAME"] == "SAV"
    assert result(post_json(sandbox, "department.delete", {"ID": new_id})) is True
    gone = post_json(sandbox, "department.delete", {"ID": new_id})
    assert (gone.status_code, gone.json()["error_description"]) == (400, "Department not found")
    nameless = post_json(sandbox, "department.add", {"PARENT": 1})
    assert nameless.json() == {"error": "ERROR_CORE", "error_description": "Department name not provided.<br>"}
    second_root = post_json(sandbox, "department.add", {"NAME": "Root 2"})
    assert second_root.json()["error_description"].startswith("There can only be one top-level department")
    assert result(get(sandbox, "department.fields"))["UF_HEAD"] == "Manager"
