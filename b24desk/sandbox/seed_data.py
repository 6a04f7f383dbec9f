"""Deterministic demo data: users, departments, statuses, leads, deals, contacts, companies and tasks.

The portal's people write in English, Russian, German, Portuguese and French, so names, titles, cities
and comments come from all five. The same `amount` always gives the same rows (a fixed random seed).
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from b24desk.sandbox.clock import UTC_CLOCK, PortalClock
from b24desk.sandbox.methods.task_fields import new_task
from b24desk.sandbox.seed_vocabulary import (
    COLORS,
    COMMENTS,
    COMPANY_WORDS,
    CURRENCIES,
    DEPARTMENTS,
    PEOPLE,
    SEMANTIC_LETTER,
    STATUSES,
    USERS,
)
from b24desk.sandbox.store import Store

Row = dict[str, Any]
SUPPORT_DEPARTMENT = "4"
# user-fields.md: the profile fields a new employee has empty
PERSONAL_FIELDS = tuple(
    f"PERSONAL_{part}"
    for part in (
        [
            "PROFESSION",
            "WWW",
            "PHOTO",
            "ICQ",
            "PHONE",
            "FAX",
            "MOBILE",
            "PAGER",
            "STREET",
            "CITY",
            "STATE",
            "ZIP",
            "COUNTRY",
            "MAILBOX",
            "NOTES",
        ]
    )
)
WORK_FIELDS = tuple(
    f"WORK_{part}"
    for part in [
        "COMPANY",
        "DEPARTMENT",
        "WWW",
        "FAX",
        "PAGER",
        "STREET",
        "MAILBOX",
        "CITY",
        "STATE",
        "ZIP",
        "COUNTRY",
        "PROFILE",
        "LOGO",
        "NOTES",
    ]
)
STREETS = ("Hollow Ridge Alley", "Tverskaya ul.", "Hauptstraße", "Rua Augusta", "Rue de Rivoli")
RANDOM_SEED = 24  # the rows depend on the amount only, never on the run
BASE_TIME = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)


class _Seeder:
    def __init__(self, amount: int, clock: PortalClock) -> None:
        self.clock = clock
        self.rng = random.Random(RANDOM_SEED)
        self.amount = max(amount, 0)
        self.multifield_id = 0
        self.users = [str(i + 1) for i in range(len(USERS))]
        span = timedelta(days=500).total_seconds()
        self.step = max(60.0, span / max(self.amount, 1))

    def moment(self, index: int) -> datetime:
        return BASE_TIME + timedelta(seconds=index * self.step)

    def multifield(self, type_id: str, value: str, value_type: str) -> list[Row]:
        self.multifield_id += 1
        return [{"ID": str(self.multifield_id), "VALUE_TYPE": value_type, "VALUE": value, "TYPE_ID": type_id}]

    def person(self) -> tuple[str, str, str, tuple[str, str], list[str]]:
        lang, firsts, lasts, cities, titles = self.rng.choice(PEOPLE)
        return lang, self.rng.choice(firsts), self.rng.choice(lasts), self.rng.choice(cities), titles

    def contact_fields(self, first: str, last: str, index: int) -> Row:
        phone = f"+{self.rng.randint(1, 99)} {self.rng.randint(100, 999)} {self.rng.randint(1000000, 9999999)}"
        email = f"{last.lower()}.{index}@example.com" if last.isascii() else f"client{index}@example.com"
        return {
            "HAS_PHONE": "Y",
            "HAS_EMAIL": "Y",
            "HAS_IMOL": "N",
            "PHONE": self.multifield("PHONE", phone, "WORK"),
            "EMAIL": self.multifield("EMAIL", email, "WORK"),
        }

    def ownership(self, index: int) -> Row:
        created = self.clock.local(self.moment(index))
        user = self.rng.choice(self.users)
        return {
            "ASSIGNED_BY_ID": user,
            "CREATED_BY_ID": user,
            "MODIFY_BY_ID": user,
            "DATE_CREATE": created,
            "DATE_MODIFY": created,
            "OPENED": "Y",
            "LAST_ACTIVITY_BY": user,
            "LAST_ACTIVITY_TIME": created,
        }

    def lead(self, index: int, contacts: int = 0) -> Row:
        lang, first, last, (city, country), titles = self.person()
        status, _, semantics = self.rng.choice(STATUSES["STATUS"])
        row: Row = {
            "TITLE": f"{self.rng.choice(titles)} #{index}",
            "NAME": first,
            "LAST_NAME": last,
            "STATUS_ID": status,
            "STATUS_SEMANTIC_ID": SEMANTIC_LETTER[semantics or "process"],
            "SOURCE_ID": self.rng.choice(STATUSES["SOURCE"])[0],
            "CURRENCY_ID": CURRENCIES[lang],
            "OPPORTUNITY": f"{self.rng.randint(5, 900) * 100}.00",
            "IS_MANUAL_OPPORTUNITY": "N",
            "COMPANY_TITLE": self.rng.choice(COMPANY_WORDS[lang]),
            "ADDRESS_CITY": city,
            "ADDRESS_COUNTRY": country,
            "COMMENTS": COMMENTS[lang] if index % 3 == 0 else None,
            "BIRTHDATE": "",
            "DATE_CLOSED": "",
            "IS_RETURN_CUSTOMER": "N",
            # no draw from the random generator here: the rows seeded before these fields stay the same
            "ADDRESS": f"{index * 7 % 300 + 1} {STREETS[index % len(STREETS)]}",
            "ADDRESS_LOC_ADDR_ID": str(index),
            "COMPANY_ID": "0",
            "CONTACT_ID": str(index % contacts + 1) if contacts else None,
            **self.ownership(index),
            **self.contact_fields(first, last, index),
            "UF_CRM_1731000001": self.rng.choice(["CRM", "Telephony", "Sites", "Tasks", "Drive"]),
            "UF_CRM_1731000002": str(101 + [p[0] for p in PEOPLE].index(lang)),
            "UF_CRM_1731000003": self.clock.local(self.moment(index) + timedelta(days=7))[:10],
            "UF_CRM_1731000004": index % 2 == 0,
            "UF_CRM_1731000005": float(self.rng.randint(1, 500) * 100),
            "UF_CRM_1731000006": [],
        }
        row["MOVED_BY_ID"], row["MOVED_TIME"] = row["ASSIGNED_BY_ID"], row["DATE_CREATE"]
        if semantics in ("success", "failure"):
            row["DATE_CLOSED"] = row["DATE_MODIFY"]
        row["CONTACT_IDS"] = [row["CONTACT_ID"]] if row["CONTACT_ID"] else []
        return row

    def deal(self, index: int, companies: int, contacts: int) -> Row:
        lang, _, last, _, _ = self.person()
        stage, _, semantics = self.rng.choice(STATUSES["DEAL_STAGE"])
        begin = self.moment(index)
        contact = str(self.rng.randint(1, contacts)) if contacts else "0"
        row: Row = {
            "TITLE": f"{self.rng.choice(COMPANY_WORDS[lang])}: {last} #{index}",
            "TYPE_ID": self.rng.choice(STATUSES["DEAL_TYPE"])[0],
            "CATEGORY_ID": "0",
            "STAGE_ID": stage,
            "STAGE_SEMANTIC_ID": SEMANTIC_LETTER[semantics or "process"],
            "IS_NEW": "N",
            "IS_RECURRING": "N",
            "PROBABILITY": str(self.rng.choice([10, 25, 50, 75, 90])),
            "CURRENCY_ID": CURRENCIES[lang],
            "OPPORTUNITY": f"{self.rng.randint(10, 2000) * 50}.00",
            "IS_MANUAL_OPPORTUNITY": "N",
            "TAX_VALUE": "0.00",
            "COMPANY_ID": str(self.rng.randint(1, companies)) if companies else "0",
            "CONTACT_ID": contact,
            "CONTACT_IDS": [contact] if contact != "0" else [],
            "BEGINDATE": self.clock.local(begin),
            "CLOSEDATE": self.clock.local(begin + timedelta(days=30)),
            "CLOSED": "Y" if semantics in ("success", "failure") else "N",
            "SOURCE_ID": self.rng.choice(STATUSES["SOURCE"])[0],
            **self.ownership(index),
        }
        row["MOVED_BY_ID"], row["MOVED_TIME"] = row["ASSIGNED_BY_ID"], row["DATE_CREATE"]
        return row

    def contact(self, index: int, companies: int) -> Row:
        _, first, last, (city, country), _ = self.person()
        company = str(self.rng.randint(1, companies)) if companies else "0"
        return {
            "NAME": first,
            "LAST_NAME": last,
            "TYPE_ID": self.rng.choice(STATUSES["CONTACT_TYPE"])[0],
            "SOURCE_ID": self.rng.choice(STATUSES["SOURCE"])[0],
            "POST": self.rng.choice(["CEO", "Директор", "Einkäufer", "Gerente", "Responsable achats"]),
            "ADDRESS_CITY": city,
            "ADDRESS_COUNTRY": country,
            "EXPORT": "Y",
            "COMPANY_ID": company,
            "COMPANY_IDS": [company] if company != "0" else [],
            "BIRTHDATE": "",
            **self.ownership(index),
            **self.contact_fields(first, last, index),
        }

    def company(self, index: int) -> Row:
        lang, _, _, (city, country), _ = self.person()
        return {
            "TITLE": f"{self.rng.choice(COMPANY_WORDS[lang])} ({city})",
            "COMPANY_TYPE": self.rng.choice(STATUSES["COMPANY_TYPE"])[0],
            "INDUSTRY": self.rng.choice(STATUSES["INDUSTRY"])[0],
            "EMPLOYEES": self.rng.choice(STATUSES["EMPLOYEES"])[0],
            "CURRENCY_ID": CURRENCIES[lang],
            "REVENUE": f"{self.rng.randint(1, 900) * 10000}.00",
            "ADDRESS_CITY": city,
            "ADDRESS_COUNTRY": country,
            "IS_MY_COMPANY": "N",
            **self.ownership(index),
            **self.contact_fields("info", "office", index),
        }

    def task(self, index: int) -> Row:
        lang, first, last, _, titles = self.person()
        created = self.moment(index)
        responsible = self.rng.choice(self.users)
        stamp = self.clock.local(created)
        return {
            **new_task(responsible, stamp),
            "GUID": "{" + str(uuid.UUID(int=index)) + "}",  # the same rows every run
            "TITLE": f"{self.rng.choice(titles)}: {first} {last}",
            "DESCRIPTION": COMMENTS[lang],
            "PRIORITY": str(self.rng.choice([0, 1, 1, 2])),
            "STATUS": str(self.rng.choice([2, 3, 4, 5, 6])),
            "RESPONSIBLE_ID": responsible,
            "CREATED_BY": self.rng.choice(self.users),
            "CREATED_DATE": self.clock.local(created),
            "CHANGED_DATE": self.clock.local(created),
            "DEADLINE": self.clock.local(created + timedelta(days=self.rng.randint(1, 21))),
            "GROUP_ID": "0",
            "PARENT_ID": "0",
            "MARK": None,
            "AUDITORS": [],
            "ACCOMPLICES": [],
            "TAGS": [],
        }


def user_rows(clock: PortalClock = UTC_CLOCK) -> list[Row]:
    """The portal's employees (user 1 is the demo webhook's owner, an administrator)."""
    rows = []
    for i, (name, last, gender, position, department, lang) in enumerate(USERS):
        registered = clock.local(BASE_TIME - timedelta(days=300 - 20 * i))
        login = name.lower() if name.isascii() else f"user{i + 1}"
        rows.append(
            {
                "ACTIVE": True,
                "NAME": name,
                "LAST_NAME": last,
                "SECOND_NAME": "",
                "EMAIL": f"{login}@example.com",
                "LAST_LOGIN": clock.local(BASE_TIME),
                "DATE_REGISTER": registered,
                "TIME_ZONE": "",
                "IS_ONLINE": "N",
                "TIMESTAMP_X": registered,
                "LAST_ACTIVITY_DATE": clock.local(BASE_TIME),
                "PERSONAL_GENDER": gender,
                **dict.fromkeys(PERSONAL_FIELDS, ""),
                "PERSONAL_BIRTHDAY": clock.local(BASE_TIME - timedelta(days=12_000 + 400 * i))[:10]
                + "T00:00:00"
                + clock.offset,
                "WORK_PHONE": "",
                **dict.fromkeys(WORK_FIELDS, ""),
                "WORK_POSITION": position,
                "UF_EMPLOYMENT_DATE": "",
                "UF_DEPARTMENT": [int(department)],
                "USER_TYPE": "employee",
                "LANGUAGE_ID": lang,
                "ADMIN": i == 0,
                # CRM rights: the support team has no CRM role, so its webhooks meet "Access denied."
                "CRM_ACCESS": "N" if department == SUPPORT_DEPARTMENT else "Y",
            }
        )
    return rows


def status_rows() -> list[Row]:
    """The reference lists read by `crm.status.list` (shape from crm-status-list.md)."""
    rows = []
    for entity, items in STATUSES.items():
        for sort, (status_id, name, semantics) in enumerate(items, start=1):
            row: Row = {
                "ENTITY_ID": entity,
                "STATUS_ID": status_id,
                "NAME": name,
                "NAME_INIT": name,
                "SORT": str(sort * 10),
                "SYSTEM": "Y" if sort == 1 else "N",
                "CATEGORY_ID": None,
                "COLOR": None,
                "SEMANTICS": None,
            }
            if semantics is not None:
                row["COLOR"] = COLORS[semantics]
                row["SEMANTICS"] = {"success": "S", "failure": "F"}.get(semantics)
                row["EXTRA"] = {"SEMANTICS": semantics, "COLOR": COLORS[semantics]}
            rows.append(row)
    return rows


def seed(store: Store, amount: int, clock: PortalClock = UTC_CLOCK) -> None:
    """Fill an empty store: `amount` leads, half as many deals, contacts and tasks; companies: a fifth.

    Dates are written in the clock's offset (the same moments whatever the offset).
    """
    seeder = _Seeder(amount, clock)
    companies = max(amount // 5, 1) if amount else 0
    contacts = amount // 2
    store.bulk_insert("user", user_rows(clock))
    store.bulk_insert(
        "department",
        [
            {
                "NAME": name,
                "SORT": 500,
                **({"PARENT": parent} if parent else {}),
                "UF_HEAD": "1" if i == 0 else "0",
            }
            for i, (_, name, parent) in enumerate(DEPARTMENTS)
        ],
    )
    store.bulk_insert("status", status_rows())
    store.bulk_insert("company", (seeder.company(i) for i in range(1, companies + 1)))
    store.bulk_insert("contact", (seeder.contact(i, companies) for i in range(1, contacts + 1)))
    store.bulk_insert("lead", (seeder.lead(i, contacts) for i in range(1, amount + 1)))
    store.bulk_insert("deal", (seeder.deal(i, companies, contacts) for i in range(1, amount // 2 + 1)))
    store.bulk_insert("task", (seeder.task(i) for i in range(1, amount // 2 + 1)))
    store.set_sequence("multifield", seeder.multifield_id)
