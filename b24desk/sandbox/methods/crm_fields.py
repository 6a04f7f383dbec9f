"""Field descriptions of the classic CRM entities (lead, deal, contact, company), as `crm.*.fields` returns.

Shape from api-reference/crm/leads/crm-lead-fields.md and companies/crm-company-fields.md: each code maps
to `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}` plus `statusType` for
crm_status fields, `settings.parentEntityTypeId` for links to other CRM entities and `isDeprecated`
for the single-link fields the docs mark so (CONTACT_ID of leads and deals, COMPANY_ID of contacts);
user fields (`UF_CRM_*`, api-reference/crm/_include/user-fields-for-examples-cut.md)
add `listLabel`, `formLabel`, `filterLabel` and `settings`, and enumerations add `items`.
"""

from __future__ import annotations

from typing import Any

# (code, type, title, flags, statusType); flags: R read-only, M multiple, Q required, I immutable, D deprecated
FieldSpec = tuple[str, str, str, str, str | None]
# crm.*.fields: the entity type a link field points at (crm-lead-fields.md, crm-deal-fields.md)
PARENT_ENTITY_TYPES = {"crm_lead": 1, "crm_deal": 2, "crm_contact": 3, "crm_company": 4, "crm_quote": 7}

_ADDRESS: list[FieldSpec] = [
    ("ADDRESS", "string", "Address", "", None),
    ("ADDRESS_2", "string", "Address (line 2)", "", None),
    ("ADDRESS_CITY", "string", "City", "", None),
    ("ADDRESS_POSTAL_CODE", "string", "Zip", "", None),
    ("ADDRESS_REGION", "string", "Region", "", None),
    ("ADDRESS_PROVINCE", "string", "State / Province", "", None),
    ("ADDRESS_COUNTRY", "string", "Country", "", None),
    ("ADDRESS_COUNTRY_CODE", "string", "Country Code", "", None),
    ("ADDRESS_LOC_ADDR_ID", "integer", "Location Address ID", "", None),
]
_UTM: list[FieldSpec] = [
    (f"UTM_{part}", "string", f"UTM {part.lower()}", "", None)
    for part in ("SOURCE", "MEDIUM", "CAMPAIGN", "CONTENT", "TERM")
]
_OWNERSHIP: list[FieldSpec] = [
    ("ASSIGNED_BY_ID", "user", "Responsible person", "", None),
    ("CREATED_BY_ID", "user", "Created by", "R", None),
    ("MODIFY_BY_ID", "user", "Modified by", "R", None),
    ("DATE_CREATE", "datetime", "Created on", "R", None),
    ("DATE_MODIFY", "datetime", "Modified on", "R", None),
    ("OPENED", "char", "Available to everyone", "", None),
    ("LAST_ACTIVITY_TIME", "datetime", "LAST_ACTIVITY_TIME", "R", None),
    ("LAST_ACTIVITY_BY", "user", "LAST_ACTIVITY_BY", "R", None),
]
_COMMUNICATION: list[FieldSpec] = [
    ("HAS_PHONE", "char", "Has phone", "R", None),
    ("HAS_EMAIL", "char", "Has email", "R", None),
    ("HAS_IMOL", "char", "Has Open Channel", "R", None),
    ("PHONE", "crm_multifield", "Phone", "M", None),
    ("EMAIL", "crm_multifield", "E-mail", "M", None),
    ("WEB", "crm_multifield", "Website", "M", None),
    ("IM", "crm_multifield", "Messenger", "M", None),
    ("LINK", "crm_multifield", "LINK", "M", None),
]
_ORIGIN: list[FieldSpec] = [
    ("ORIGINATOR_ID", "string", "External source", "", None),
    ("ORIGIN_ID", "string", "Item ID in data source", "", None),
]

LEAD_FIELDS: list[FieldSpec] = [
    ("ID", "integer", "ID", "R", None),
    ("TITLE", "string", "Lead Title", "", None),
    ("HONORIFIC", "crm_status", "Salutation", "", "HONORIFIC"),
    ("NAME", "string", "First Name", "", None),
    ("SECOND_NAME", "string", "Middle Name", "", None),
    ("LAST_NAME", "string", "Last Name", "", None),
    ("BIRTHDATE", "date", "Birthdate", "", None),
    ("COMPANY_TITLE", "string", "Company Name", "", None),
    ("SOURCE_ID", "crm_status", "Source", "", "SOURCE"),
    ("SOURCE_DESCRIPTION", "string", "Source Description", "", None),
    ("STATUS_ID", "crm_status", "Stage", "", "STATUS"),
    ("STATUS_DESCRIPTION", "string", "Stage Description", "", None),
    ("STATUS_SEMANTIC_ID", "string", "Status details", "R", None),
    ("POST", "string", "Position", "", None),
    *_ADDRESS,
    ("CURRENCY_ID", "crm_currency", "Currency", "", None),
    ("OPPORTUNITY", "double", "Total", "", None),
    ("IS_MANUAL_OPPORTUNITY", "char", "Manual total", "", None),
    ("COMMENTS", "string", "Comment", "", None),
    *_OWNERSHIP,
    ("DATE_CLOSED", "datetime", "Completed on", "R", None),
    ("COMPANY_ID", "crm_company", "Company", "", None),
    ("CONTACT_ID", "crm_contact", "Contact", "D", None),
    ("CONTACT_IDS", "crm_contact", "CONTACT_IDS", "M", None),
    ("IS_RETURN_CUSTOMER", "char", "Repeat lead", "R", None),
    ("MOVED_BY_ID", "user", "Stage changed by", "R", None),
    ("MOVED_TIME", "datetime", "Stage changed on", "R", None),
    *_ORIGIN,
    *_UTM,
    *_COMMUNICATION,
]

DEAL_FIELDS: list[FieldSpec] = [
    ("ID", "integer", "ID", "R", None),
    ("TITLE", "string", "Name", "", None),
    ("TYPE_ID", "crm_status", "Type", "", "DEAL_TYPE"),
    ("CATEGORY_ID", "crm_category", "Pipeline", "I", None),
    ("STAGE_ID", "crm_status", "Deal stage", "", "DEAL_STAGE"),
    ("STAGE_SEMANTIC_ID", "string", "Stage group", "R", None),
    ("IS_NEW", "char", "New deal", "R", None),
    ("IS_RECURRING", "char", "Recurring deal", "", None),
    ("IS_RETURN_CUSTOMER", "char", "Repeat deal", "", None),
    ("IS_REPEATED_APPROACH", "char", "Repeated Approach", "", None),
    ("PROBABILITY", "integer", "Probability", "", None),
    ("CURRENCY_ID", "crm_currency", "Currency", "", None),
    ("OPPORTUNITY", "double", "Amount", "", None),
    ("IS_MANUAL_OPPORTUNITY", "char", "Manual amount", "", None),
    ("TAX_VALUE", "double", "Tax rate", "", None),
    ("COMPANY_ID", "crm_company", "Company", "", None),
    ("CONTACT_ID", "crm_contact", "Contact", "D", None),
    ("CONTACT_IDS", "crm_contact", "Contacts", "M", None),
    ("QUOTE_ID", "crm_quote", "Estimate", "R", None),
    ("BEGINDATE", "date", "Start date", "", None),
    ("CLOSEDATE", "date", "End date", "", None),
    ("CLOSED", "char", "Closed", "", None),
    ("COMMENTS", "string", "Comment", "", None),
    *_OWNERSHIP,
    ("LEAD_ID", "crm_lead", "Lead", "R", None),
    ("SOURCE_ID", "crm_status", "Source", "", "SOURCE"),
    ("SOURCE_DESCRIPTION", "string", "Source information", "", None),
    ("ADDITIONAL_INFO", "string", "Additional Information", "", None),
    ("LOCATION_ID", "location", "Location", "", None),
    ("MOVED_BY_ID", "user", "MOVED_BY_ID", "R", None),
    ("MOVED_TIME", "datetime", "MOVED_TIME", "R", None),
    *_ORIGIN,
    *_UTM,
]

CONTACT_FIELDS: list[FieldSpec] = [
    ("ID", "integer", "ID", "R", None),
    ("HONORIFIC", "crm_status", "Salutation", "", "HONORIFIC"),
    ("NAME", "string", "First name", "", None),
    ("SECOND_NAME", "string", "Second name", "", None),
    ("LAST_NAME", "string", "Last name", "", None),
    ("PHOTO", "file", "Photo", "", None),
    ("BIRTHDATE", "date", "Date of birth", "", None),
    ("TYPE_ID", "crm_status", "Contact type", "", "CONTACT_TYPE"),
    ("SOURCE_ID", "crm_status", "Source", "", "SOURCE"),
    ("SOURCE_DESCRIPTION", "string", "Source information", "", None),
    ("POST", "string", "Position", "", None),
    *_ADDRESS,
    ("COMMENTS", "string", "Comment", "", None),
    ("EXPORT", "char", "Included in export", "", None),
    *_OWNERSHIP,
    ("COMPANY_ID", "crm_company", "Company", "D", None),
    ("COMPANY_IDS", "crm_company", "Companies", "M", None),
    ("LEAD_ID", "crm_lead", "Lead", "R", None),
    *_ORIGIN,
    ("ORIGIN_VERSION", "string", "Original Version", "", None),
    ("FACE_ID", "integer", "FACE_ID", "R", None),
    *_UTM,
    *_COMMUNICATION,
]

COMPANY_FIELDS: list[FieldSpec] = [
    ("ID", "integer", "ID", "R", None),
    ("TITLE", "string", "Company name", "Q", None),
    ("COMPANY_TYPE", "crm_status", "Company type", "", "COMPANY_TYPE"),
    ("INDUSTRY", "crm_status", "Industry", "", "INDUSTRY"),
    ("EMPLOYEES", "crm_status", "Employees", "", "EMPLOYEES"),
    ("CURRENCY_ID", "crm_currency", "Currency", "", None),
    ("REVENUE", "double", "Annual revenue", "", None),
    ("LOGO", "file", "Logo", "", None),
    *_ADDRESS,
    ("ADDRESS_LEGAL", "string", "Legal Address", "", None),
    *[(f"REG_{code}", ftype, f"Legal {title}", flags, kind) for code, ftype, title, flags, kind in _ADDRESS],
    ("BANKING_DETAILS", "string", "Payment details", "", None),
    ("COMMENTS", "string", "Comment", "", None),
    ("IS_MY_COMPANY", "char", "My company", "", None),
    *_OWNERSHIP,
    ("CONTACT_ID", "crm_contact", "Contact", "M", None),
    ("LEAD_ID", "crm_lead", "Lead", "R", None),
    ("LAST_COMMUNICATION_TIME", "string", "Last Communication Date", "R", None),
    *_ORIGIN,
    ("ORIGIN_VERSION", "string", "Original Version", "", None),
    *_UTM,
    *_COMMUNICATION,
]

# Custom fields on leads, so typed editors (enumeration, date, boolean, double) have something to show.
LEAD_LANGUAGES = [
    ("101", "English"),
    ("102", "Русский"),
    ("103", "Deutsch"),
    ("104", "Português"),
    ("105", "Français"),
]
LEAD_USER_FIELDS: list[dict[str, Any]] = [
    {"code": "UF_CRM_1731000001", "type": "string", "title": "Interest", "settings": {"SIZE": 20, "ROWS": 1}},
    {
        "code": "UF_CRM_1731000002",
        "type": "enumeration",
        "title": "Preferred language",
        "items": [{"ID": key, "VALUE": value} for key, value in LEAD_LANGUAGES],
        "settings": {"DISPLAY": "LIST", "LIST_HEIGHT": 1, "CAPTION_NO_VALUE": "", "SHOW_NO_VALUE": "Y"},
    },
    {
        "code": "UF_CRM_1731000003",
        "type": "date",
        "title": "Next follow-up",
        "settings": {"DEFAULT_VALUE": {"TYPE": "NONE", "VALUE": ""}},
    },
    {
        "code": "UF_CRM_1731000004",
        "type": "boolean",
        "title": "Newsletter consent",
        "settings": {"DEFAULT_VALUE": 0, "DISPLAY": "CHECKBOX"},
    },
    {"code": "UF_CRM_1731000005", "type": "double", "title": "Budget", "settings": {"PRECISION": 2}},
    {"code": "UF_CRM_1731000006", "type": "string", "title": "Tags", "multiple": True, "settings": {}},
]


def _describe(spec: FieldSpec) -> dict[str, Any]:
    _, ftype, title, flags, status_type = spec
    field: dict[str, Any] = {
        "type": ftype,
        "isRequired": "Q" in flags,
        "isReadOnly": "R" in flags,
        "isImmutable": "I" in flags,
        "isMultiple": "M" in flags,
        "isDynamic": False,
        "title": title,
    }
    if "D" in flags:
        field["isDeprecated"] = True
    if status_type:
        field["statusType"] = status_type
    parent = PARENT_ENTITY_TYPES.get(ftype)
    if parent is not None and not ({"M", "D"} & set(flags)):
        field["settings"] = {"parentEntityTypeId": parent}
    return field


def _describe_user_field(spec: dict[str, Any]) -> dict[str, Any]:
    field: dict[str, Any] = {
        "type": spec["type"],
        "isRequired": False,
        "isReadOnly": False,
        "isImmutable": False,
        "isMultiple": bool(spec.get("multiple")),
        "isDynamic": True,
    }
    if "items" in spec:
        field["items"] = spec["items"]
    title = spec["title"]
    field.update(title=title, listLabel=title, formLabel=title, filterLabel=title, settings=spec["settings"])
    return field


def describe_fields(specs: list[FieldSpec], user_fields: list[dict[str, Any]]) -> dict[str, Any]:
    """The `crm.*.fields` result for an entity."""
    described = {spec[0]: _describe(spec) for spec in specs}
    described.update({spec["code"]: _describe_user_field(spec) for spec in user_fields})
    return described


def field_types(specs: list[FieldSpec], user_fields: list[dict[str, Any]]) -> dict[str, str]:
    """Field code -> type, for filters and sorting."""
    types = {spec[0]: spec[1] for spec in specs}
    types.update({spec["code"]: spec["type"] for spec in user_fields})
    return types
