"""The docs' examples of the newer method families pointed at the sandbox's records, and how to provoke their errors.

tools/conformance_check.py replays each served method's examples. For crm.item.*, activities, timeline
comments, custom fields, product rows, crm.status.*, department writes, notifications, task comments,
calendar and lists, the examples name records of the docs' own portal (deal 351, task 8017, list 47, a
section 5): `point_at_sandbox` swaps them for records this sandbox has or makes for the call, and
FAMILY_RECIPES provoke each documented error from the method's first example (tried before the
generic recipes).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Any

from tools.conformance_recipes import MISSING_ID, Mutation, _drop, _field
from tools.conformance_replay import Params, fields_of

if TYPE_CHECKING:
    from tools.conformance_replay import Replayer

SPA_TYPE = 1032
_serial = itertools.count(1)


def _unique(prefix: str) -> str:
    return f"{prefix}_{next(_serial)}"


def _key(params: Params, name: str) -> str:
    return next((key for key in params if key.lower() == name.lower()), name)


def _result(replayer: Replayer, method: str, params: Params) -> Any:
    return replayer.call(method, params).json().get("result")


def _new_item(replayer: Replayer, entity_type: int) -> Any:
    item = _result(replayer, "crm.item.add", {"entityTypeId": entity_type, "fields": {"title": "conformance"}})
    return item["item"]["id"] if isinstance(item, dict) else None


def _new_activity(replayer: Replayer) -> Any:
    fields = {
        "OWNER_TYPE_ID": 2,
        "OWNER_ID": 1,
        "TYPE_ID": 2,
        "SUBJECT": "conformance",
        "RESPONSIBLE_ID": 1,
        "COMMUNICATIONS": [{"VALUE": "+49 30 1", "TYPE": "PHONE"}],
    }
    return _result(replayer, "crm.activity.add", {"fields": fields})


def _new_userfield(replayer: Replayer, method: str) -> Any:
    prefix = method.rsplit(".", 1)[0]
    fields = {"USER_TYPE_ID": "string", "FIELD_NAME": _unique("CONFORMANCE"), "LABEL": "conformance"}
    return _result(replayer, f"{prefix}.add", {"fields": fields})


def _new_status(replayer: Replayer) -> Any:
    fields = {"ENTITY_ID": "SOURCE", "STATUS_ID": _unique("CONFORMANCE"), "NAME": "conformance"}
    return _result(replayer, "crm.status.add", {"fields": fields})


def _new_list(replayer: Replayer) -> Any:
    params = {"IBLOCK_TYPE_ID": "lists", "IBLOCK_CODE": _unique("conformance"), "FIELDS": {"NAME": "conformance"}}
    return _result(replayer, "lists.add", params)


def _section_of(replayer: Replayer, owner: Any) -> Any:
    sections = _result(replayer, "calendar.section.get", {"type": "user", "ownerId": owner}) or []
    return sections[0]["ID"] if sections else None


def _new_event(replayer: Replayer) -> Any:
    params = {"type": "user", "ownerId": 2, "name": "conformance", "from": "2024-06-14", "to": "2024-06-14"}
    return _result(replayer, "calendar.event.add", {**params, "skip_time": "Y"})


def _crm(method: str, params: Params, replayer: Replayer) -> Params | None:
    if method.startswith("crm.item."):
        given = params.get("entityTypeId")
        params["entityTypeId"] = given if given in (1, 2, 3, 4) else SPA_TYPE
        if "id" in params:
            params["id"] = _new_item(replayer, params["entityTypeId"])
        if "fields" in params:  # the docs' portal's pipeline, stage and links
            for name in ("categoryId", "stageId", "companyId", "contactId", "contactIds", "parentId1220"):
                params["fields"].pop(name, None)
        return params
    if method == "crm.type.get":
        return {**params, "id": 2}
    if method == "crm.type.getByEntityTypeId":
        return {**params, "entityTypeId": SPA_TYPE}
    if method.startswith("crm.activity."):
        if "id" in params:
            params["id"] = _new_activity(replayer)
        if method == "crm.activity.add":
            fields_of(params).update(OWNER_TYPE_ID=2, OWNER_ID=1)
        return params
    if method.startswith("crm.timeline.comment."):
        if "id" in params:
            params["id"] = _result(
                replayer,
                "crm.timeline.comment.add",
                {"fields": {"ENTITY_ID": 1, "ENTITY_TYPE": "deal", "COMMENT": "conformance"}},
            )
        if method == "crm.timeline.comment.add":
            fields_of(params)["ENTITY_ID"] = 1
        return params
    if ".userfield." in method:
        if "id" in params:
            params["id"] = _new_userfield(replayer, method)
        if method.endswith(".add"):
            fields_of(params)["FIELD_NAME"] = _unique("HELLO_WORLD")
        return params
    if method.startswith("crm.status.") and method != "crm.status.list":
        if "id" in params or method == "crm.status.delete":
            params["id"] = _new_status(replayer)
        if method == "crm.status.add":
            fields_of(params).update(ENTITY_ID="DEAL_STAGE", STATUS_ID=_unique("DECISION"))
        return params
    if ".productrows." in method:
        return {**params, "id": 1}
    return None


def _others(method: str, params: Params, replayer: Replayer) -> Params | None:
    if method.startswith("task.commentitem."):
        params["TASKID"] = 1
        if "ITEMID" in params:
            added = {"TASKID": 1, "FIELDS": {"POST_MESSAGE": "conformance"}}
            params["ITEMID"] = _result(replayer, "task.commentitem.add", added)
        fields = params.get("FIELDS")
        if isinstance(fields, dict):
            fields.pop("UF_FORUM_MESSAGE_DOC", None)  # disk files of the docs' portal
            if "AUTHOR_ID" in fields:
                fields["AUTHOR_ID"] = 1
        return params
    if method.startswith("im.notify"):
        made = {"USER_ID": 1, "MESSAGE": "conformance"}
        if "ID" in params:
            params["ID"] = _result(replayer, "im.notify.system.add", made)
        if "IDS" in params:
            params["IDS"] = [_result(replayer, "im.notify.system.add", made)]
        return params
    if method == "user.update":
        return params  # user 1 exists here too
    if method in ("department.add", "department.update", "department.delete"):
        if "PARENT" in params:
            params["PARENT"] = 1
        if "ID" in params:
            params["ID"] = _result(replayer, "department.add", {"NAME": "conformance", "PARENT": 1})
        return params
    if method.startswith(("calendar.event.", "calendar.section.")):
        if "id" in params:
            params["id"] = _new_event(replayer)
        if "section" in params:
            section = _section_of(replayer, params.get("ownerId") or 2)
            params["section"] = [section] if isinstance(params["section"], list) else section
        return params
    if method.startswith("lists."):
        return _lists(method, params, replayer)
    return None


def _lists(method: str, params: Params, replayer: Replayer) -> Params:
    if method == "lists.get":
        params.update(IBLOCK_TYPE_ID="lists")
        params.pop("SOCNET_GROUP_ID", None)
    elif method == "lists.add":
        params["IBLOCK_CODE"] = _unique("my_custom_list")
    elif method in ("lists.update", "lists.delete"):
        params["IBLOCK_ID"] = _new_list(replayer)
    elif "IBLOCK_ID" in params:
        params["IBLOCK_ID"] = 1  # the seeded "Equipment requests"
        params.pop("FIELD_ID", None)
    if method == "lists.element.add":
        params["ELEMENT_CODE"] = _unique("test_element")
    elif "ELEMENT_ID" in params:
        made = {"IBLOCK_TYPE_ID": "lists", "IBLOCK_ID": 1, "ELEMENT_CODE": _unique("element")}
        params["ELEMENT_ID"] = _result(replayer, "lists.element.add", {**made, "FIELDS": {"NAME": "conformance"}})
        if method == "lists.element.get":
            params.pop("FILTER", None)
    return params


def point_at_sandbox(method: str, params: Params, replayer: Replayer) -> Params | None:
    """The example's params pointed at this sandbox's records, or None for the other methods."""
    return _crm(method, params, replayer) or _others(method, params, replayer)


def _set_param(name: str, value: Any) -> Mutation:
    def mutate(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
        params[_key(params, name)] = value
        return params

    return mutate


def _drop_named(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
    wanted = match.group(1).lower()
    return {key: value for key, value in params.items() if key.lower() not in (wanted, f"{wanted}_ts")}


def _invalid_value(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
    params[match.group(1)] = ["x"]
    return params


def _missing_element(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
    params[_key(params, "ELEMENT_ID" if "ELEMENT_ID" in params else "id")] = MISSING_ID
    return params


def _existing_status(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
    return {"fields": {"ENTITY_ID": "SOURCE", "STATUS_ID": "CALL", "NAME": "x"}}


def _duplicate_items(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
    items = [{"VALUE": "one", "XML_ID": "same"}, {"VALUE": "two", "XML_ID": "same"}]
    fields_of(params).update(USER_TYPE_ID="enumeration", LIST=items)
    return params


def _not_found_type(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
    params[_key(params, "entityTypeId" if "entityTypeId" in params else "id")] = MISSING_ID
    return params


def _system_status(forced: bool) -> Mutation:
    def mutate(params: Params, match: re.Match[str], replayer: Replayer) -> Params:
        found = _result(replayer, "crm.status.list", {"filter": {"ENTITY_ID": "STATUS", "STATUS_ID": "NEW"}})
        params["id"] = found[0]["ID"]
        if forced:
            params["params"] = {"FORCED": "Y"}
        return params

    return mutate


def _rows(*rows: dict[str, Any]) -> Mutation:
    return _set_param("rows", list(rows))


# (message pattern, how to provoke it); tried before tools/conformance_check.py's RECIPES
FAMILY_RECIPES: list[tuple[str, Mutation]] = [
    (r"^(Smart process|SPA) not found$", _not_found_type),
    (r"^Item not found$", _set_param("id", MISSING_ID)),
    (r"^Not found\.$", _set_param("id", MISSING_ID)),
    (r"Invalid filter: field '.*' is not allowed in filter", _set_param("filter", {"no_such_field": 1})),
    (r"Invalid order: field '.*' is not allowed in order", _set_param("order", {"no_such_field": "ASC"})),
    (r"allowed sort directions are", _set_param("order", {"id": "UP"})),
    (r"^Invalid value for field", _field("opportunity", "lots")),
    (r"^Expected iterable value for multiple field", _field("contactIds", 5)),
    (r"^The field (SUBJECT) is not defined or empty", _field("SUBJECT", "")),
    (r"^The field (RESPONSIBLE_ID) is not defined or invalid", _field("RESPONSIBLE_ID", MISSING_ID)),
    (r"^The field (TYPE_ID) is not defined or invalid", _field("TYPE_ID", 99)),
    (r"^The field (COMMUNICATIONS) is not defined or invalid", _field("COMMUNICATIONS", [])),
    (r"^Could not build binding", _field("OWNER_ID", MISSING_ID)),
    (r"^Required fields are not provided", _drop("fields")),
    (r"^Empty comment", _field("COMMENT", " ")),
    (r"^Owner of the item not found", _field("ENTITY_ID", MISSING_ID)),
    (r"The 'USER_TYPE_ID' field is not found", _field("USER_TYPE_ID", "")),
    (r"^Field name is too long", _field("FIELD_NAME", "X" * 60)),
    (r"^Field name contains invalid characters", _field("FIELD_NAME", "a b")),
    (r"^Invalid custom type specified", _field("USER_TYPE_ID", "no_such_type")),
    (r"^The entity with ID", _set_param("id", MISSING_ID)),
    (r"^The field STATUS_ID is required", _field("STATUS_ID", "")),
    (r"^The field ENTITY_ID is required", _field("ENTITY_ID", "")),
    (r"^Specified entity type is not supported", _field("ENTITY_ID", "NO_SUCH_LIST")),
    (r"^The field Title is required", _field("NAME", "")),
    (r"^The specified status ID already exists", _existing_status),
    (r"^Status is not found", _set_param("id", MISSING_ID)),
    (r"^Invalid identifier", _set_param("id", 0)),
    (r"^CRM System Status can be deleted only", _system_status(forced=False)),
    (r"^There are active items in this status", _system_status(forced=True)),
    (r"^The parameter id is invalid or not defined", _set_param("id", 0)),
    (r"^The parameter rows must be array", _set_param("rows", "x")),
    (r"^Discount Rate \(`?DISCOUNT_RATE`?\) is required", _rows({"PRICE": 1, "DISCOUNT_TYPE_ID": 2})),
    (r"Percentage Discount Type .* is 100%", _rows({"PRICE": 0, "DISCOUNT_TYPE_ID": 2, "DISCOUNT_RATE": 100})),
    (r"Monetary Discount Type", _rows({"PRICE": 1, "DISCOUNT_TYPE_ID": 1})),
    (r"^Comment text (is )?not specified", _set_param("FIELDS", {"POST_MESSAGE": ""})),
    (r"ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE", _set_param("ITEMID", MISSING_ID)),
    (r"Param #0 \(taskId\) .* expected to be of type", _set_param("TASKID", "abc")),
    (r"Param #1 \(itemId\) expected by method", _drop("ITEMID")),
    (r"Param #1 \(arFields\) .* must not contain key", _set_param("FIELDS", {"POST_MESSAGE": "x", "ID": 1})),
    (r"Param #1 \(arOrder\) .* must not contain key", _set_param("ORDER", {">=POST_DATE": "asc"})),
    (r"Param #2 \(arFilter\) .* must not contain key", _set_param("FILTER", {"%POST_DATE": "2025"})),
    (r"TASKS_ERROR_EXCEPTION_#8; Action failed", _set_param("TASKID", MISSING_ID)),
    (r"TASKS_ERROR_EXCEPTION_#4; Action is not allowed", _set_param("ITEMID", MISSING_ID)),
    (r"^USER_ID_EMPTY$|^User ID can't be empty", _drop("USER_ID")),
    (r"^MESSAGE_EMPTY$|^Message can't be empty", _drop("MESSAGE")),
    (r"maximum allowable size of attach", _set_param("ATTACH", ["x" * 60_001])),
    (r"^Incorrect attach params", _set_param("ATTACH", "x")),
    (r"^Incorrect params", lambda p, m, r: {}),
    (r"No IDS param or it is not an array", _set_param("IDS", "x")),
    (r"LAST_ID and LAST_TYPE should be used together", _drop("LAST_TYPE")),
    (r"Last notification ID can't be string", _set_param("LAST_ID", "x")),
    (r"^Department name not provided", _drop("NAME")),
    (r"only be one top-level department", _drop("PARENT")),
    (r"^Department not found", _set_param("ID", MISSING_ID)),
    (r"^access_denied$", _set_param("ID", MISSING_ID)),
    (r'The required parameter "(\w+)" for the method', _drop_named),
    (r'Invalid value for (?:the parameter |the )"(name|description)', _invalid_value),
    (r"invalid calendar section ID", _set_param("section", MISSING_ID)),
    (r"links to CRM must be an array", _set_param("crm_fields", "x")),
    (r"^Event id not specified", _drop("id")),
    (r"error occurred while deleting the event", _set_param("id", MISSING_ID)),
    (r"^Required parameter `?X`? is missing", _drop("IBLOCK_TYPE_ID")),
    (r"^Iblock not found", _set_param("IBLOCK_ID", MISSING_ID)),
    (r"The 'FIELD_NAME' field is not found", _field("FIELD_NAME", "")),
    (r"List item with (value )?XML_ID=.* already exists", _duplicate_items),
    (r"^Iblock already exists", _set_param("IBLOCK_CODE", "equipment_requests")),
    (r"^Element not found$", _missing_element),
    (r"^Element already exists", _set_param("ELEMENT_CODE", "request_1")),
]
