"""The CRM object types crm.item.* serves and how their fields are named there.

crm.item.* (api-reference/crm/universal/) reads and writes the same records as crm.lead.* and the other
classic methods, under camelCase names (object-fields.md): `ASSIGNED_BY_ID` is `assignedById`, a few
are renamed (`DATE_CREATE` is `createdTime`, a lead's `STATUS_ID` is `stageId`), custom fields become
`ufCrm_...` (`ufCrm{typeId}_...` on a smart process), and multifields come together as `fm`. IDs and
numbers are JSON numbers there, where the classic methods send strings. One smart process (SPA) is
seeded, with the type record crm.type.list / crm.type.get give (crm-type-get.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from b24desk.sandbox.methods import crm_fields as cf
from b24desk.sandbox.methods.crm import ENTITIES, Entity
from b24desk.sandbox.methods.crm_values import MULTIFIELDS
from b24desk.sandbox.methods.params import as_list

SPA_ENTITY_TYPE_ID = 1032
SPA_TYPE_ID = 2  # the crm.type `id`; custom fields of the SPA are UF_CRM_2_...
SPA_CATEGORY_ID = 8
SPA_STAGES = ("NEW", "PREPARATION", "CLIENT", "SUCCESS", "FAIL")

# classic code -> crm.item name, where the plain camelCase form is not the name (object-fields.md)
RENAMES = {
    "DATE_CREATE": "createdTime",
    "DATE_MODIFY": "updatedTime",
    "CREATED_BY_ID": "createdBy",
    "MODIFY_BY_ID": "updatedBy",
    "MOVED_BY_ID": "movedBy",
    "STATUS_SEMANTIC_ID": "stageSemanticId",
    "BEGINDATE": "begindate",
    "CLOSEDATE": "closedate",
    "MYCOMPANY_ID": "mycompanyId",
}
_NUMERIC = frozenset({"integer", "user", "crm_company", "crm_contact", "crm_lead", "crm_category"})
# Address parts crm.item does not list (object-fields.md gives `address` only)
_NOT_IN_ITEMS = frozenset(
    f"ADDRESS_{part}" for part in ("2", "CITY", "POSTAL_CODE", "REGION", "PROVINCE", "COUNTRY", "COUNTRY_CODE")
)
# Fields object-fields.md lists that the sandbox keeps no data for: answered as the portal answers an
# unset one. Per entityTypeId; `None` values stay null, others are the portal's defaults.
_UNSET: dict[int, dict[str, Any]] = {
    1: dict.fromkeys(("dateCreateShort", "dateModifyShort", "isConvert", "productId", "shortName", "login")),
    2: {
        **dict.fromkeys(
            (
                "dateCreateShort",
                "dateModifyShort",
                "quoteId",
                "productId",
                "begindateShort",
                "closedateShort",
                "eventDate",
                "eventDateShort",
                "eventId",
                "eventDescription",
                "locationId",
                "additionalInfo",
                "orderStage",
                "isWork",
                "isWon",
                "isLose",
                "receivedAmount",
                "lostAmount",
                "hasProducts",
            )
        ),
        "isRepeatedApproach": "N",
        "isReturnCustomer": "N",
    },
    3: {**dict.fromkeys(("photo", "originVersion", "login", "shortName")), "categoryId": 0},
    4: {
        **dict.fromkeys(("addressLegal", "logo", "originVersion", "ufAccountantSign", "ufDirectorSign", "ufLogo")),
        "ufStamp": None,
        "categoryId": 0,
    },
    SPA_ENTITY_TYPE_ID: dict.fromkeys(("utmSource", "utmMedium", "utmCampaign", "utmContent", "utmTerm")),
}
# flat aliases of the first multifield value of a kind (crm-item-get.md: `phoneWork`, `emailWork`, ...)
_ALIASES = {
    "phoneMobile": ("PHONE", "MOBILE"),
    "phoneWork": ("PHONE", "WORK"),
    "phoneMailing": ("PHONE", "MAILING"),
    "emailHome": ("EMAIL", "HOME"),
    "emailWork": ("EMAIL", "WORK"),
    "emailMailing": ("EMAIL", "MAILING"),
    "imol": ("IM", "IMOL"),
    "email": ("EMAIL", ""),
    "phone": ("PHONE", ""),
}

SPA_FIELDS: list[cf.FieldSpec] = [
    ("ID", "integer", "ID", "R", None),
    ("XML_ID", "string", "External code", "", None),
    ("TITLE", "string", "Name", "", None),
    ("CATEGORY_ID", "crm_category", "Pipeline", "I", None),
    ("STAGE_ID", "crm_status", "Stage", "", f"DYNAMIC_{SPA_ENTITY_TYPE_ID}_STAGE_{SPA_CATEGORY_ID}"),
    ("PREVIOUS_STAGE_ID", "crm_status", "Previous stage", "R", None),
    ("BEGINDATE", "date", "Start date", "", None),
    ("CLOSEDATE", "date", "End date", "", None),
    ("COMPANY_ID", "crm_company", "Company", "", None),
    ("CONTACT_ID", "crm_contact", "Contact", "", None),
    ("CONTACT_IDS", "crm_contact", "Contacts", "M", None),
    ("OPPORTUNITY", "double", "Amount", "", None),
    ("IS_MANUAL_OPPORTUNITY", "char", "Manual amount", "", None),
    ("TAX_VALUE", "double", "Tax", "", None),
    ("CURRENCY_ID", "crm_currency", "Currency", "", None),
    ("MYCOMPANY_ID", "crm_company", "My company", "", None),
    ("SOURCE_ID", "crm_status", "Source", "", "SOURCE"),
    ("SOURCE_DESCRIPTION", "string", "Source information", "", None),
    ("OBSERVERS", "user", "Observers", "M", None),
    ("ASSIGNED_BY_ID", "user", "Responsible person", "", None),
    ("CREATED_BY_ID", "user", "Created by", "R", None),
    ("MODIFY_BY_ID", "user", "Modified by", "R", None),
    ("MOVED_BY_ID", "user", "Stage changed by", "R", None),
    ("DATE_CREATE", "datetime", "Created on", "R", None),
    ("DATE_MODIFY", "datetime", "Modified on", "R", None),
    ("MOVED_TIME", "datetime", "Stage changed on", "R", None),
    ("OPENED", "char", "Available to everyone", "", None),
    ("WEBFORM_ID", "integer", "Created by CRM form", "R", None),
]
SPA_USER_FIELDS: list[dict[str, Any]] = [
    {"code": f"UF_CRM_{SPA_TYPE_ID}_1731000101", "type": "string", "title": "Project code", "settings": {}},
    {"code": f"UF_CRM_{SPA_TYPE_ID}_1731000102", "type": "double", "title": "Budget", "settings": {"PRECISION": 2}},
]
# The table and event names of the SPA: crm.add's `ONCRM{NAME}ADD` gives ONCRMDYNAMICITEMADD.
SPA_ENTITY = Entity(
    "dynamicitem",
    SPA_FIELDS,
    SPA_USER_FIELDS,
    {
        "STAGE_ID": f"DT{SPA_ENTITY_TYPE_ID}_{SPA_CATEGORY_ID}:NEW",
        "CATEGORY_ID": str(SPA_CATEGORY_ID),
        "CURRENCY_ID": "USD",
        "IS_MANUAL_OPPORTUNITY": "N",
        "OBSERVERS": [],
    },
)


def camel(code: str) -> str:
    """The crm.item name of a classic field code (`UF_CRM_2_17` -> `ufCrm2_17`, `UF_CRM_17` -> `ufCrm_17`)."""
    if code in RENAMES:
        return RENAMES[code]
    if code.startswith("UF_CRM_"):
        rest = code[len("UF_CRM_") :]
        typed = re.fullmatch(r"(\d+)_(.+)", rest)
        return f"ufCrm{typed.group(1)}_{typed.group(2)}" if typed else f"ufCrm_{rest}"
    head, *tail = code.lower().split("_")
    return head + "".join(part.capitalize() for part in tail)


@dataclass(frozen=True)
class ItemType:
    """One entityTypeId: its title, the classic entity holding its rows and its own renames."""

    entity_type_id: int
    title: str
    entity: Entity
    renames: dict[str, str] = field(default_factory=dict)

    @cached_property
    def names(self) -> dict[str, str]:
        """Classic code -> crm.item name, for every non-multifield field."""
        codes = [spec[0] for spec in self.entity.specs] + [uf["code"] for uf in self.entity.user_fields]
        skipped = MULTIFIELDS + tuple(_NOT_IN_ITEMS)
        return {code: self.renames.get(code) or camel(code) for code in codes if code not in skipped}

    @cached_property
    def codes(self) -> dict[str, str]:
        """Lowercased crm.item name or classic code -> classic code."""
        found = {name.lower(): code for code, name in self.names.items()}
        found.update({code.lower(): code for code in self.names})
        return found

    @property
    def has_multifields(self) -> bool:
        """Whether the type has phones, e-mails, ... (`fm`)."""
        return any(spec[0] == "PHONE" for spec in self.entity.specs)

    def code_of(self, name: str) -> str | None:
        """The classic code for a crm.item name (or a classic code), None when unknown."""
        return self.codes.get(name.lower())

    def to_item(self, row: dict[str, Any], wanted: list[str] | None = None) -> dict[str, Any]:
        """A stored row as crm.item answers it: camelCase names, numbers as numbers, `fm`."""
        types = self.entity.types
        multiple = self.entity.multiple
        item: dict[str, Any] = {}
        for code, name in self.names.items():
            if wanted is not None and code not in wanted:
                continue
            value = row.get(code)
            if code in multiple:
                item[name] = [_typed(types.get(code, ""), one) for one in as_list(value)]
            else:
                item[name] = _typed(types.get(code, ""), value)
        if self.has_multifields and (wanted is None or "fm" in wanted):
            item["fm"] = [
                {"id": int(entry["ID"]), "valueType": entry["VALUE_TYPE"], "value": entry["VALUE"], "typeId": kind}
                for kind in MULTIFIELDS
                for entry in row.get(kind) or []
            ]
        item["entityTypeId"] = self.entity_type_id
        if wanted is None:
            for name, value in self.derived(row, item).items():
                item.setdefault(name, value)
        return item

    def derived(self, row: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
        """The listed fields the records do not keep: computed from them, or the portal's unset value."""
        found: dict[str, Any] = dict(_UNSET.get(self.entity_type_id, {}))
        found.update(
            observers=[int(user) for user in as_list(row.get("OBSERVERS")) if str(user).isdigit()],
            webformId=None,
            searchContent=None,
            lastActivityBy=item.get("createdBy"),
            lastActivityTime=item.get("createdTime"),
        )
        if self.entity_type_id == 1:
            contact = item.get("contactId")
            found["contactIds"] = [contact] if contact else []
        if self.entity_type_id == 2:
            found.update(movedBy=item.get("createdBy"), movedTime=item.get("createdTime"))
        if self.entity_type_id == SPA_ENTITY_TYPE_ID:
            found.update(
                accountCurrencyId=item.get("currencyId"),
                opportunityAccount=item.get("opportunity"),
                taxValueAccount=item.get("taxValue"),
            )
        if self.has_multifields:
            for alias, (kind, value_type) in _ALIASES.items():
                values = [e["VALUE"] for e in row.get(kind) or [] if not value_type or e["VALUE_TYPE"] == value_type]
                found[alias] = values[0] if values else ""
            ims = {e["VALUE_TYPE"]: e["VALUE"] for e in row.get("IM") or []}
            found.update(skype=ims.get("SKYPE"), icq=ims.get("ICQ"))
        return found


def _typed(ftype: str, value: Any) -> Any:
    if value is None or value == "":
        return None if ftype in _NUMERIC or ftype == "double" else value
    if ftype in _NUMERIC:
        text = str(value).strip()
        return int(text) if text.lstrip("-").isdigit() else None
    if ftype == "double":
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    return value


ITEM_TYPES: dict[int, ItemType] = {
    1: ItemType(1, "Lead", ENTITIES["lead"], {"STATUS_ID": "stageId"}),
    2: ItemType(2, "Deal", ENTITIES["deal"]),
    3: ItemType(3, "Contact", ENTITIES["contact"], {"COMPANY_IDS": "companyIds"}),
    4: ItemType(4, "Company", ENTITIES["company"], {"COMPANY_TYPE": "typeId", "CONTACT_ID": "contactIds"}),
    SPA_ENTITY_TYPE_ID: ItemType(SPA_ENTITY_TYPE_ID, "Projects", SPA_ENTITY),
}


def spa_type_record(created: str) -> dict[str, Any]:
    """The SPA as crm.type.get describes it (crm-type-get.md)."""
    flags = (
        "isCategoriesEnabled",
        "isStagesEnabled",
        "isBeginCloseDatesEnabled",
        "isClientEnabled",
        "isUseInUserfieldEnabled",
        "isLinkWithProductsEnabled",
        "isMycompanyEnabled",
        "isDocumentsEnabled",
        "isSourceEnabled",
        "isObserversEnabled",
        "isRecyclebinEnabled",
        "isAutomationEnabled",
        "isBizProcEnabled",
        "isSetOpenPermissions",
    )
    record: dict[str, Any] = {
        "id": SPA_TYPE_ID,
        "title": "Projects",
        "code": "",
        "createdBy": 1,
        "entityTypeId": SPA_ENTITY_TYPE_ID,
        "customSectionId": None,
    }
    record.update((flag, "Y") for flag in flags)
    record.update(isPaymentsEnabled="N", isCountersEnabled="N", createdTime=created, updatedTime=created, updatedBy=1)
    record["relations"] = {
        "parent": [{"entityTypeId": t, "isChildrenListEnabled": "Y", "isPredefined": "Y"} for t in (3, 4)],
        "child": [],
    }
    record["linkedUserFields"] = {"CALENDAR_EVENT|UF_CRM_CAL_EVENT": "N", "TASKS_TASK|UF_CRM_TASK": "Y"}
    record["customSections"] = []
    return record
