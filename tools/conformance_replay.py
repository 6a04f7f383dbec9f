"""Replaying the docs' examples against a sandbox: the examples name records of the docs' own portal, so
their references are pointed at records of the sandbox first.

- the record a call acts on (`id`, `ID`, `itemId`; `taskId` of a task method, `ELEMENT_ID` of a list
  element, `IBLOCK_ID` of a list): a fresh one, made with the family's own documented `add` example;
- a record of another family (`taskId` of a task comment, `IBLOCK_ID` of a list element): a fresh one of
  that family, made the same way; a department's `PARENT`: the root department (1);
- a smart process the docs' portal has (`entityTypeId` above the system types): the sandbox's first one;
- users (ASSIGNED_BY_ID, RESPONSIBLE_ID, AUTHOR_ID, ...): user 1.
Errors of rights are provoked through a second webhook, of a user without a CRM role who made none of
the records (`limited_url`; the sandbox's support team, seed_data.py).
"""

from __future__ import annotations

import copy
import importlib
import importlib.util
from typing import Any

import httpx

Params = dict[str, Any]
USER_KEYS = {
    "ASSIGNED_BY_ID",
    "RESPONSIBLE_ID",
    "CREATED_BY",
    "CREATED_BY_ID",
    "MODIFY_BY_ID",
    "CHANGED_BY",
    "AUDITORS",
    "ACCOMPLICES",
    "AUTHOR_ID",
}
OWN_ID = ("id", "itemid")
# A parameter naming a record of a family: the record itself when the method is of that family, else a
# record it belongs to.
FAMILY_OF = {"taskid": "tasks.task", "element_id": "lists.element", "iblock_id": "lists"}
EXISTING = {"parent": 1}  # records every sandbox has: the root department
SYSTEM_ENTITY_TYPES = {1, 2, 3, 4, 5, 7, 8, 31, 36}  # lead, deal, contact, company, invoice, quote, ...


def fields_of(params: Params) -> dict[str, Any]:
    """The example's `fields` (however its name is written), made when absent."""
    key = next((k for k in params if k.lower() == "fields" and isinstance(params[k], dict)), None)
    if key is None:
        params["fields"] = {}
        key = "fields"
    fields: dict[str, Any] = params[key]
    return fields


def id_key(params: Params) -> str:
    """The name under which the example gives the ID of the record the call acts on."""
    return next((key for key in params if key.lower() in (*OWN_ID, "taskid")), "id")


def first_id(answer: Any) -> Any:
    """The ID an `add` answered: the bare result, or the first `id`/`ID` inside it."""
    if isinstance(answer, int | str):
        return answer
    if isinstance(answer, dict):
        for key in ("id", "ID"):
            if key in answer:
                return answer[key]
        for value in answer.values():
            found = first_id(value)
            if found is not None:
                return found
    return None


FAMILIES_MODULE = "tools.conformance_families"  # per-family adapters and recipes, where a family has them


def families_module() -> Any:
    """The module of per-family adapters and recipes (tools/conformance_families.py), None without one."""
    if importlib.util.find_spec(FAMILIES_MODULE) is None:
        return None
    return importlib.import_module(FAMILIES_MODULE)


def family(method: str) -> str:
    """`crm.lead.get` -> `crm.lead`."""
    return method.rsplit(".", 1)[0]


class Replayer:
    """Calls a sandbox's methods with the docs' examples, adapting their references to the sandbox's records."""

    def __init__(
        self, client: httpx.Client, webhook_url: str, documented: dict[str, Any], limited_url: str | None = None
    ) -> None:
        self.client = client
        self.url = webhook_url
        self.limited_url = limited_url
        self.documented = documented
        self._making: set[str] = set()  # families whose record is being made (a guard against loops)
        self._smart_process: int | bool | None = False  # False: not asked yet

    def call(self, method: str, params: Params, *, limited: bool = False) -> httpx.Response:
        """POST a JSON body, as the official SDK does (through the limited user's webhook when asked)."""
        base = self.limited_url if limited and self.limited_url else self.url
        return self.client.post(f"{base}{method}", json=params)

    def new_record(self, of_family: str, context: Params | None = None) -> Any:
        """The ID of a fresh record of a family, made with its documented `add` example (None when none).

        `context` holds params the record must share with the call that needs it (its entityTypeId).
        """
        if of_family in self._making:
            return None
        self._making.add(of_family)
        try:
            add = self.documented.get(f"{of_family}.add")
            example = copy.deepcopy(add["requests"][0]) if add and add["requests"] else {}
            params = self.adapt(example, f"{of_family}.add")
            for key, value in (context or {}).items():
                for old in [k for k in params if k.lower() == key.lower()]:
                    del params[old]
                params[key] = value
            fields = fields_of(params)
            fields.setdefault("TITLE", "conformance")
            fields.setdefault("RESPONSIBLE_ID", 1)
            answer = self.call(f"{of_family}.add", params)
            return first_id(answer.json().get("result")) if answer.status_code == 200 else None
        finally:
            self._making.discard(of_family)

    def smart_process(self) -> int | None:
        """The entityTypeId of the sandbox's first smart process (None when it has none)."""
        if self._smart_process is False:
            answer = self.call("crm.type.list", {})
            types = answer.json().get("result", {}).get("types", []) if answer.status_code == 200 else []
            self._smart_process = int(types[0]["entityTypeId"]) if types else None
        return self._smart_process if isinstance(self._smart_process, int) else None

    def _reference(self, name: str, value: Any, method: str, context: Params) -> Any:
        """What a reference of the example becomes here (its own value when nothing better is found)."""
        key = name.lower()
        own = family(method)
        if key == "entitytypeid" and str(value).isdigit() and int(value) not in SYSTEM_ENTITY_TYPES:
            return self.smart_process() or value
        if key in EXISTING and str(value).isdigit():
            return EXISTING[key]
        target = FAMILY_OF.get(key)
        made = None
        if key in OWN_ID or target == own:
            made = None if method.endswith(".add") else self.new_record(own, context)
        elif target is not None and f"{target}.add" in self.documented:
            made = self.new_record(target)
        return value if made is None else made

    def adapt(self, params: Params, method: str | None = None) -> Params:
        """The example's params pointed at this sandbox (see the module's docstring).

        A family with its own adapter (`point_at_sandbox` of tools/conformance_families.py) is adapted by it.
        """
        families = families_module()
        if method is not None and families is not None:
            pointed: Params | None = families.point_at_sandbox(method, params, self)
            if pointed is not None:
                return pointed
        fields = next((v for k, v in params.items() if k.lower() == "fields"), None)
        if isinstance(fields, dict):
            for key in [k for k in fields if k.upper() in USER_KEYS]:
                fields[key] = [1] if isinstance(fields[key], list) else 1
            fields.pop("PARENT_ID", None)
        if method is not None:
            shared = [key for key in params if key.lower() == "entitytypeid"]
            for key in shared:  # first: a record made for this call must be of the same type
                params[key] = self._reference(key, params[key], method, {})
            context = {key: params[key] for key in shared}
            for key in list(params):
                if key not in shared and not isinstance(params[key], dict | list):
                    params[key] = self._reference(key, params[key], method, context)
        return params

    def example(self, method: str, index: int = 0) -> Params:
        """The method's `index`-th request example, adapted."""
        requests = self.documented[method]["requests"]
        return self.adapt(copy.deepcopy(requests[index]), method) if index < len(requests) else {}
