"""Deterministic demo data for the records around the CRM core: smart-process items, activities, timeline
comments, custom-field records, product rows, task comments, calendars, a universal list, notifications.

Written in the portal's five languages like seed_data.py, and like it a function of `amount` only.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from b24desk.sandbox.methods.calendar_records import event_row, section_row, set_times
from b24desk.sandbox.methods.crm_activity import new_activity
from b24desk.sandbox.methods.crm_fields import LEAD_USER_FIELDS
from b24desk.sandbox.methods.crm_item_types import SPA_CATEGORY_ID, SPA_ENTITY_TYPE_ID, SPA_STAGES, SPA_USER_FIELDS
from b24desk.sandbox.methods.crm_productrows import product_row
from b24desk.sandbox.methods.crm_userfield import seed_rows
from b24desk.sandbox.methods.lists import iblock_row
from b24desk.sandbox.methods.stamps import display
from b24desk.sandbox.seed_data import BASE_TIME
from b24desk.sandbox.seed_vocabulary import COMMENTS, USERS
from b24desk.sandbox.store import Store

Row = dict[str, Any]
RANDOM_SEED = 1024
LANGS = ("en", "ru", "de", "pt", "fr")
PROJECTS = {
    "en": "Office move",
    "ru": "Внедрение CRM",
    "de": "Messestand Köln",
    "pt": "Lançamento do catálogo",
    "fr": "Refonte du site",
}
CALLS = {
    "en": "Follow-up call",
    "ru": "Звонок клиенту",
    "de": "Rückruf beim Kunden",
    "pt": "Ligação de retorno",
    "fr": "Appel de suivi",
}
MEETINGS = {
    "en": "Product demo",
    "ru": "Встреча в офисе",
    "de": "Vor-Ort-Termin",
    "pt": "Reunião de apresentação",
    "fr": "Réunion de présentation",
}
PRODUCTS = ("Lizenz Standard", "Лицензия «Профи»", "Consulting hour", "Formação inicial", "Support prioritaire")
TASK_NOTES = {
    "en": "Sent the draft for review.",
    "ru": "Черновик отправлен на проверку.",
    "de": "Entwurf zur Prüfung geschickt.",
    "pt": "Rascunho enviado para revisão.",
    "fr": "Brouillon envoyé pour relecture.",
}
EQUIPMENT = ("Laptop", "Монитор", "Headset für Büro", "Cadeira ergonômica", "Clavier AZERTY")


Local = Callable[[datetime], str]  # a moment written in the portal's offset


def _utc(moment: datetime) -> str:
    return moment.isoformat()


class _Moments:
    """Demo dates: `index` days (and `hours`) after the demo data's base time, in the portal's offset."""

    def __init__(self, local: Local) -> None:
        self.local = local

    def __call__(self, index: int, hours: int = 0) -> str:
        return self.local(BASE_TIME + timedelta(days=index, hours=hours))


def _spa_items(rng: random.Random, count: int, at: _Moments) -> list[Row]:
    rows = []
    for i in range(1, count + 1):
        lang = rng.choice(LANGS)
        user = str(rng.randint(1, len(USERS)))
        stage = rng.choice(SPA_STAGES)
        rows.append(
            {
                "TITLE": f"{PROJECTS[lang]} #{i}",
                "CATEGORY_ID": str(SPA_CATEGORY_ID),
                "STAGE_ID": f"DT{SPA_ENTITY_TYPE_ID}_{SPA_CATEGORY_ID}:{stage}",
                "OPPORTUNITY": f"{rng.randint(5, 400) * 100}.00",
                "IS_MANUAL_OPPORTUNITY": "Y",
                "CURRENCY_ID": "EUR",
                "ASSIGNED_BY_ID": user,
                "CREATED_BY_ID": user,
                "MODIFY_BY_ID": user,
                "DATE_CREATE": at(i),
                "DATE_MODIFY": at(i, 2),
                "OPENED": "Y",
                "OBSERVERS": [],
                SPA_USER_FIELDS[0]["code"]: f"PRJ-{1000 + i}",
            }
        )
    return rows


def _activities(rng: random.Random, deals: int, at: _Moments) -> list[Row]:
    rows = []
    for i in range(1, deals + 1):
        lang = rng.choice(LANGS)
        meeting = i % 3 == 0
        start = at(i, 10)
        row = new_activity(start, "1")
        row.update(
            OWNER_ID=str(i),
            OWNER_TYPE_ID="2",
            TYPE_ID="1" if meeting else "2",
            PROVIDER_ID="CRM_MEETING" if meeting else "VOXIMPLANT_CALL",
            PROVIDER_TYPE_ID="MEETING" if meeting else "CALL",
            SUBJECT=(MEETINGS if meeting else CALLS)[lang],
            START_TIME=start,
            END_TIME=at(i, 11),
            DEADLINE=at(i, 11),
            COMPLETED=rng.choice(["Y", "N"]),
            STATUS="2",
            RESPONSIBLE_ID=str(rng.randint(1, len(USERS))),
            DESCRIPTION=COMMENTS[lang],
            DIRECTION="2",
            BINDINGS=[{"OWNER_ID": str(i), "OWNER_TYPE_ID": "2"}],
            COMMUNICATIONS=[
                {"VALUE": f"+49 30 {5550000 + i}", "TYPE": "PHONE", "ENTITY_ID": "1", "ENTITY_TYPE_ID": "3"}
            ],
        )
        rows.append(row)
    return rows


def _timeline_comments(rng: random.Random, deals: int, at: _Moments) -> list[Row]:
    return [
        {
            "ENTITY_ID": str(i),
            "ENTITY_TYPE": "deal",
            "CREATED": at(i, 12),
            "COMMENT": COMMENTS[rng.choice(LANGS)],
            "AUTHOR_ID": str(rng.randint(1, len(USERS))),
            "FILES": [],
        }
        for i in range(1, deals + 1)
    ]


def _product_rows(rng: random.Random, deals: int) -> list[Row]:
    rows = []
    for deal in range(1, deals + 1):
        for index in range(2):
            given = {
                "PRODUCT_ID": rng.randint(100, 120),
                "PRODUCT_NAME": rng.choice(PRODUCTS),
                "PRICE": rng.randint(2, 60) * 25,
                "QUANTITY": rng.randint(1, 5),
            }
            rows.append(product_row("D", deal, given, index))
    return rows


def _task_comments(rng: random.Random, tasks: int, at: _Moments) -> list[Row]:
    rows = []
    for task in range(1, tasks + 1):
        author = rng.randint(1, len(USERS))
        name, last, *_rest = USERS[author - 1]
        lang = _rest[-1] if _rest[-1] in TASK_NOTES else "en"
        rows.append(
            {
                "TASK_ID": str(task),
                "POST_MESSAGE_HTML": None,
                "AUTHOR_ID": str(author),
                "AUTHOR_NAME": f"{name} {last}",
                "AUTHOR_EMAIL": "",
                "POST_DATE": at(task, 15),
                "POST_MESSAGE": TASK_NOTES[lang],
            }
        )
    return rows


def seed_records(store: Store, amount: int, local: Local = _utc) -> None:
    """Fill the tables around the CRM core (after seed_data.seed filled the core); `local` writes a
    moment in the portal's offset."""
    at = _Moments(local)
    rng = random.Random(RANDOM_SEED)
    deals = len(store.table("deal"))
    store.bulk_insert("dynamicitem", _spa_items(rng, max(amount // 10, 1) if amount else 0, at))
    store.bulk_insert("activity", _activities(rng, min(deals, 40), at))
    store.bulk_insert("timeline_comment", _timeline_comments(rng, min(deals, 30), at))
    store.bulk_insert("crm_userfield", seed_rows({"lead": LEAD_USER_FIELDS}))
    store.bulk_insert("product_row", _product_rows(rng, min(deals, 10)))
    store.bulk_insert("task_comment", _task_comments(rng, min(len(store.table("task")), 30), at))
    _seed_calendar(store, rng)
    properties = [
        {"FIELD_ID": "PROPERTY_101", "ID": "101", "SORT": 20, "NAME": "Quantity", "IS_REQUIRED": "N", "MULTIPLE": "N",
         "TYPE": "N", "PROPERTY_TYPE": "N", "CODE": "QUANTITY", "DEFAULT_VALUE": ""},
        {"FIELD_ID": "PROPERTY_102", "ID": "102", "SORT": 30, "NAME": "Employee", "IS_REQUIRED": "N", "MULTIPLE": "N",
         "TYPE": "S:employee", "PROPERTY_TYPE": "S", "CODE": "EMPLOYEE", "DEFAULT_VALUE": ""},
    ]  # fmt: skip
    store.bulk_insert("iblock", [iblock_row("lists", "equipment_requests", {"NAME": "Equipment requests"}, properties)])
    value_id = 3700
    elements = []
    for i, name in enumerate(EQUIPMENT, start=1):
        value_id += 2
        elements.append(
            {
                "IBLOCK_ID": "1",
                "NAME": name,
                "IBLOCK_SECTION_ID": None,
                "CREATED_BY": str(i),
                "CODE": f"request_{i}",
                "DATE_CREATE": display(BASE_TIME + timedelta(days=i)),
                "SORT": "500",
                "PROPERTY_101": {str(value_id): str(i)},
                "PROPERTY_102": {str(value_id + 1): str(i)},
            }
        )
    store.bulk_insert("list_element", elements)
    store.set_sequence("list_value", value_id + 1)
    store.bulk_insert(
        "notification",
        [
            {
                "user_id": 1,
                "chat_id": 71,
                "author_id": author,
                "date": at(i, 8),
                "notify_type": 2,
                "notify_module": "rest",
                "notify_event": "rest_notify",
                "notify_tag": "",
                "notify_sub_tag": "",
                "notify_title": "",
                "setting_name": "rest|rest_notify",
                "text": COMMENTS[lang],
                "notify_read": "N",
                "params": None,
                "id": i,
            }
            for i, (author, lang) in enumerate(zip((2, 3, 4, 5, 7), LANGS, strict=True), start=1)
        ],
    )


def _seed_calendar(store: Store, rng: random.Random) -> None:
    sections = [section_row("user", user, f"{name} {last}", 1) for user, (name, last, *_) in enumerate(USERS, 1)]
    sections.append(section_row("company_calendar", 0, "Company calendar", 1))
    store.bulk_insert("calendar_section", sections)
    zone = ZoneInfo("Europe/Berlin")
    events = []
    for i in range(1, 13):
        owner = rng.randint(1, len(USERS))
        lang = rng.choice(LANGS)
        start = (BASE_TIME + timedelta(days=3 * i, hours=rng.randint(0, 6))).astimezone(zone)
        row = event_row("user", owner, MEETINGS[lang], owner, str(owner), created=start - timedelta(days=2))
        set_times(row, start, start + timedelta(hours=1), skip_time=False)
        row["PARENT_ID"] = str(i)
        events.append(row)
    store.bulk_insert("calendar_event", events)
