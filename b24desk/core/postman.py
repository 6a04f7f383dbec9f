"""Postman collections (format v2.1): import one into a collection folder, export a collection folder as one.

Export: each folder an item group, each request an item whose URL is `{{webhook}}/METHOD.json` (or the
request's own `{{variable}}`), POST parameters as a JSON body (types kept), GET ones in the query; the
collection declares its variables with empty values, so no secret leaves b24desk. What Postman has no
field for (fetch-all, a saved webhook's name) goes into the request's description as `b24desk-...:`
lines, which the import reads back.
Import: folders and requests in Postman's order (names made safe for files); the body in any mode
(raw JSON or form, urlencoded, form-data text fields), disabled entries left out; a real webhook URL
is never written: the request then names no webhook (the one chosen in the app or by --webhook, as
`{{webhook}}` means too) and the webhook is returned for the caller to offer saving.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from b24desk.core.collection import MAX_NAME, Collection, CollectionNode
from b24desk.core.curl_import import method_and_webhook
from b24desk.core.errors import CollectionError, InputError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.query import decode_pairs, encode, iter_pairs, split_query
from b24desk.core.request import ApiRequest, HttpMethod
from b24desk.core.request_file import SavedRequest, without_secrets
from b24desk.core.variables import VARIABLE_RE, variables_in
from b24desk.core.webhook import Webhook

__all__ = ["SCHEMA", "export_collection", "import_postman", "safe_name"]

SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
WEBHOOK_VARIABLE = "webhook"
_FETCH_ALL = "b24desk-fetch-all: true"
_WEBHOOK_LINE = "b24desk-webhook: "
_UNSAFE = re.compile(r'[/\\\x00-\x1f<>:"|?*]+')
_MSG = {
    "format": QT_TRANSLATE_NOOP(
        "postman", "{source} is not a Postman collection v2.1 (no info.schema naming v2.1 and no item list)."
    ),
    "json": QT_TRANSLATE_NOOP("postman", "{source} is not JSON: {reason}"),
    "item": QT_TRANSLATE_NOOP("postman", "{name}: {reason}"),
}


def _t(key: str, **values: object) -> CollectionError:
    return CollectionError(translate("postman", _MSG[key]).format(**values))


# -- export ------------------------------------------------------------------------------------------
def request_item(name: str, saved: SavedRequest) -> dict[str, Any]:
    """One Postman item for a request."""
    request = saved.request
    reference = saved.webhook if saved.webhook and VARIABLE_RE.fullmatch(saved.webhook) else None
    host = reference or "{{" + WEBHOOK_VARIABLE + "}}"
    path = f"{request.method}.json"
    url: dict[str, Any] = {"raw": f"{host}/{path}", "host": [host], "path": [path]}
    body: dict[str, Any] | None = None
    headers: list[dict[str, str]] = []
    if request.http_method == "GET":
        query = encode(request.params)
        if query:
            url["raw"] += "?" + query
            url["query"] = [{"key": key, "value": value} for key, value in iter_pairs(request.params)]
    else:
        headers.append({"key": "Content-Type", "value": "application/json"})
        raw = json.dumps(request.params, ensure_ascii=False, indent=2)
        body = {"mode": "raw", "raw": raw, "options": {"raw": {"language": "json"}}}
    notes = [_FETCH_ALL] if request.fetch_all else []
    if saved.webhook and (reference is None or reference == "{{" + WEBHOOK_VARIABLE + "}}"):
        notes.append(_WEBHOOK_LINE + saved.webhook)  # a saved name, or {{webhook}} meant as a variable of its own
    item: dict[str, Any] = {"method": request.http_method, "header": headers, "url": url}
    if body is not None:
        item["body"] = body
    if notes:
        item["description"] = "\n".join(notes)
    return {"name": name, "request": item}


def export_collection(collection: Collection, name: str | None = None) -> dict[str, Any]:
    """The collection as a Postman v2.1 document (webhook and every variable declared, values empty)."""
    used: dict[str, None] = {WEBHOOK_VARIABLE: None}

    def items(node: CollectionNode) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for child in node.children:
            if child.is_folder:
                out.append({"name": child.name, "item": items(child)})
            else:
                saved = collection.load(child.path)
                used.update(dict.fromkeys(variables_in(saved)))
                out.append(request_item(child.name, saved))
        return out

    tree = collection.tree()
    content = items(tree)
    return {
        "info": {"name": name or collection.root.name, "schema": SCHEMA},
        "item": content,
        "variable": [{"key": key, "value": "", "type": "string"} for key in used],
    }


# -- import ------------------------------------------------------------------------------------------
@dataclass
class PostmanImport:
    """What an import wrote (paths relative to the collection) and found (webhooks to offer, variables)."""

    written: list[Path] = field(default_factory=list)
    webhooks: list[Webhook] = field(default_factory=list)
    variables: list[str] = field(default_factory=list)


def safe_name(name: str, fallback: str) -> str:
    """A file or folder name for a Postman item's name."""
    clean = _UNSAFE.sub("-", name).strip().lstrip(".").strip()[:MAX_NAME].strip()
    return clean or fallback


def _pairs(entries: Any) -> list[tuple[str, str]]:
    if not isinstance(entries, list):
        return []
    return [
        (str(entry.get("key", "")), "" if entry.get("value") is None else str(entry.get("value")))
        for entry in entries
        if isinstance(entry, dict) and not entry.get("disabled") and entry.get("type", "text") == "text"
    ]


def item_request(item: dict[str, Any]) -> tuple[SavedRequest, Webhook | None]:
    """A Postman request item as a saved request (and the webhook its URL held, if a real one)."""
    request = item.get("request")
    if isinstance(request, str):
        request = {"url": request}
    if not isinstance(request, dict):
        raise InputError("no request")
    url = request.get("url", "")
    raw = url.get("raw", "") if isinstance(url, dict) else str(url)
    method, webhook, reference, raw_query = method_and_webhook(str(raw).strip())
    query = _pairs(url.get("query")) if isinstance(url, dict) and "query" in url else raw_query
    found = request.get("body")
    body: dict[str, Any] = found if isinstance(found, dict) else {}
    mode = body.get("mode")
    params: dict[str, Any] = dict(decode_pairs(query))
    if mode == "raw" and str(body.get("raw", "")).strip():
        text = str(body["raw"])
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            data = None
        params.update(data if isinstance(data, dict) else decode_pairs(split_query(text)))
    elif mode in ("urlencoded", "formdata"):
        params = dict(decode_pairs(query + _pairs(body.get(mode))))
    description = request.get("description")
    notes = (description.get("content", "") if isinstance(description, dict) else str(description or "")).splitlines()
    named = next((line[len(_WEBHOOK_LINE) :] for line in notes if line.startswith(_WEBHOOK_LINE)), None)
    if webhook is not None or reference == "{{" + WEBHOOK_VARIABLE + "}}":
        reference = None  # the webhook chosen in the app or by --webhook; a real URL (its secret) is never written
    http_method: HttpMethod = "GET" if str(request.get("method", "GET")).upper() in ("GET", "HEAD") else "POST"
    api = ApiRequest(method, params, http_method, _FETCH_ALL in notes)
    return SavedRequest(api, named.strip() if named else reference), webhook


def _unique(folder: Path, name: str, suffix: str) -> str:
    candidate, number = name, 2
    while (folder / (candidate + suffix)).exists():
        candidate, number = f"{name} {number}", number + 1
    return candidate


def import_postman(text: str, collection: Collection, into: Path | str = ".", source: str = "") -> PostmanImport:
    """Write a Postman v2.1 collection's requests into `into` (a folder of `collection`)."""
    from b24desk.core.collection import REQUEST_SUFFIX

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise _t("json", source=source or "?", reason=error.msg) from None
    schema = data.get("info", {}).get("schema", "") if isinstance(data, dict) else ""
    if not isinstance(data, dict) or not isinstance(data.get("item"), list) or "v2.1" not in str(schema):
        raise _t("format", source=source or "?")
    result = PostmanImport(variables=[str(v.get("key")) for v in data.get("variable", []) if isinstance(v, dict)])

    def walk(items: list[Any], folder: Path) -> None:
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            name = safe_name(str(item.get("name", "")), f"item {index + 1}")
            absolute = collection.inside(folder)
            if isinstance(item.get("item"), list):
                sub = collection.new_folder(folder, _unique(absolute, name, ""))
                result.written.append(sub)
                walk(item["item"], sub)
                continue
            try:
                saved, webhook = item_request(item)
            except InputError as error:
                raise _t("item", name=name, reason=error) from None
            if webhook is not None and webhook not in result.webhooks:
                result.webhooks.append(webhook)
            known = [hook.secret for hook in result.webhooks]
            saved = SavedRequest(without_secrets(saved.request, known), saved.webhook)
            result.written.append(collection.new_request(folder, _unique(absolute, name, REQUEST_SUFFIX), saved))

    walk(data["item"], Path(into))
    return result
