"""What the current webhook's portal offers: its scopes and methods, and the fields of its entities.

`scope` and `methods` (bitrix24/b24restdocs: api-reference/common/system/scope.md, methods.md) say
which methods this webhook may call; `*.fields` / `*.getFields` describe an entity's fields (types,
required, enumeration items, custom UF_* fields with the portal's labels). Answers are cached per
portal and user on disk (no secret in the file or its name), so the browser works offline too.
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from b24desk.core.field_metadata import FieldItem, FieldMeta, parse_fields_result
from b24desk.core.webhook import Webhook

if TYPE_CHECKING:
    from b24desk.core.client import B24Client

__all__ = ["PortalOffer", "cache_file", "discover", "entity_fields", "fields_method", "load_cache", "save_cache"]

# The entity a method works on, and the method that describes its fields.
_FIELD_METHODS = {"tasks.task": "tasks.task.getFields", "user": "user.fields"}


@dataclass(frozen=True, slots=True)
class PortalOffer:
    """The scopes a webhook has and the methods it may call, when they were asked."""

    scopes: tuple[str, ...]
    methods: tuple[str, ...]
    fetched_at: float


def fields_method(method: str) -> str | None:
    """The `*.fields` method that describes the entity `method` works on (crm.lead.add -> crm.lead.fields)."""
    name = method.lower()
    for entity, fields in _FIELD_METHODS.items():
        if name.startswith(entity + "."):
            return fields
    parts = name.split(".")
    if len(parts) >= 3 and parts[0] == "crm" and parts[-1] in ("add", "update", "list", "get", "fields"):
        return ".".join(parts[:-1]) + ".fields"
    return None


async def discover(client: B24Client) -> PortalOffer:
    """Ask the portal for this webhook's scopes and methods (one batch request)."""
    answer = await client.batch({"scope": ("scope", {}), "methods": ("methods", {})})
    scopes = answer.results.get("scope") or []
    methods = answer.results.get("methods") or []
    return PortalOffer(tuple(map(str, scopes)), tuple(map(str, methods)), time.time())


async def entity_fields(client: B24Client, method: str) -> tuple[FieldMeta, ...]:
    """The fields of the entity `method` works on, as the portal describes them (empty if none)."""
    source = fields_method(method)
    if source is None:
        return ()
    answer = await client.call(source)
    return parse_fields_result(answer.result)


def cache_file(cache_dir: Path, webhook: Webhook) -> Path:
    """Where a portal's answers are cached: named by host, port and user id, never by the secret."""
    portal = webhook.portal
    name = re.sub(r"[^A-Za-z0-9.-]+", "_", f"{portal.host}_{portal.port or ''}{portal.path_prefix}")
    return cache_dir / "portals" / f"{name}_user{webhook.user_id}.json"


def _private_folders(folder: Path, levels: int) -> None:
    """Create `folder` and make it and `levels - 1` parents readable by the user only (0700 on POSIX)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for place in [folder, *folder.parents][:levels]:
        if os.name == "posix" and place.stat().st_mode & 0o077:
            place.chmod(0o700)  # made by an older version, or by mkdir's parents with the umask's mode


def save_cache(path: Path, offer: PortalOffer | None, fields: dict[str, tuple[FieldMeta, ...]]) -> None:
    """Write the cache (temp file + rename), private like settings and history: folders 0700, file 0600."""
    data: dict[str, Any] = {"offer": asdict(offer) if offer else None, "fields": {}}
    for source, metas in fields.items():
        data["fields"][source] = [
            {**asdict(meta), "items": [asdict(item) for item in meta.items], "settings": dict(meta.settings)}
            for meta in metas
        ]
    _private_folders(path.parent, levels=2)  # the cache folder and its portals/ folder
    temp = path.with_suffix(".tmp")
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write(json.dumps(data, ensure_ascii=False, default=str))
    if os.name == "posix":
        os.chmod(temp, 0o600)  # a temp file left by an older version kept its mode
    temp.replace(path)


def load_cache(path: Path) -> tuple[PortalOffer | None, dict[str, tuple[FieldMeta, ...]]]:
    """Read the cache; nothing when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        offer_data = data.get("offer")
        offer = (
            PortalOffer(tuple(offer_data["scopes"]), tuple(offer_data["methods"]), float(offer_data["fetched_at"]))
            if offer_data
            else None
        )
        fields = {
            source: tuple(
                FieldMeta(**{**meta, "items": tuple(FieldItem(**item) for item in meta["items"])}) for meta in metas
            )
            for source, metas in data.get("fields", {}).items()
        }
    except (OSError, ValueError, KeyError, TypeError):
        return None, {}
    return offer, fields
