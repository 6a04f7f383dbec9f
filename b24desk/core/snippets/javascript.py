"""JavaScript for Node (ES modules, .mjs): built-in fetch with a JSON body, or the official @bitrix24/b24jssdk.

Both keep the parameters as an object literal (the JSON text of the request, which Node reads as the
same object) and take the webhook from B24_WEBHOOK_URL unless the user embedded it.
"""

from __future__ import annotations

import json

from b24desk.core.request import ApiRequest
from b24desk.core.snippets.common import (
    ENV_VAR,
    PAGE_NOTE,
    PAGE_PAUSE,
    PAUSE_NOTE,
    SnippetOptions,
    embedded_url,
    header_lines,
    json_text,
    row_key,
)
from b24desk.core.webhook import Webhook

__all__ = ["js_literal", "js_string", "node_b24jssdk_snippet", "node_fetch_snippet"]

# Rows of these lists carry their id under another name than ID; the SDK's cursor paging needs it
# (tasks.task.list answers `id` but sorts and filters by `ID`).
_SDK_ID_KEYS = {"crm.item.list": ("id", "id"), "tasks.task.list": ("id", "ID")}


def js_string(text: str) -> str:
    """A JavaScript string literal (JSON's escaping; Node reads U+2028 and U+2029 raw since ES2019)."""
    return json.dumps(text, ensure_ascii=False)


def js_literal(value: object) -> str:
    """A JavaScript expression for the request's params: its JSON text, indented.

    A key `__proto__` in an object literal sets the object's prototype instead of making a key (the
    key vanished from what Node sent): such params are read with JSON.parse, which keeps it a key.
    """
    if _has_proto_key(value):
        return f"JSON.parse({js_string(json_text(value, indent=None))})"
    return json_text(value)


def _has_proto_key(value: object) -> bool:
    if isinstance(value, dict):
        return "__proto__" in value or any(_has_proto_key(item) for item in value.values())
    if isinstance(value, list | tuple):
        return any(_has_proto_key(item) for item in value)
    return False


def _head(request: ApiRequest, url: str | None, imports: list[str]) -> list[str]:
    lines = [*(f"// {line}" for line in header_lines(request, url is not None)), *imports, ""]
    if url is not None:
        return [*lines, f"const webhook = {js_string(url)};"]
    return [
        *lines,
        f"const webhook = process.env.{ENV_VAR};",
        "if (!webhook) {",
        f"  console.error('Set {ENV_VAR} to your webhook URL first.');",
        "  process.exit(2);",
        "}",
    ]


_PRINT = "console.log(JSON.stringify(result, null, 2));"

_CALL = """\
// POST one method with a JSON body; return the decoded answer or throw with the portal's error.
async function call(method, params) {
  const response = await fetch(`${webhook.replace(/\\/+$/, '')}/${method}.json`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(params),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  let answer;
  try {
    answer = JSON.parse(text);
  } catch {
    throw new Error(`The answer is not JSON (HTTP ${response.status})`);
  }
  if (answer.error !== undefined) {
    // Bitrix24 errors: https://apidocs.bitrix24.com/error-codes.html
    throw new Error(`${answer.error}: ${answer.error_description ?? ''} (HTTP ${response.status})`);
  }
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  return answer;
}"""


def _guarded(body: list[str], catch: list[str]) -> list[str]:
    """`body` inside try, the error printed to stderr and exit status 1."""
    return ["try {", *(f"  {line}" if line else "" for line in body), "} catch (error) {", *catch, "}", ""]


def node_fetch_snippet(request: ApiRequest, webhook: Webhook | None, options: SnippetOptions) -> str:
    """Node 18+ with nothing installed: fetch, JSON body, errors thrown, all pages by `next`."""
    url = embedded_url(webhook, options)
    imports = ["", "import { setTimeout as sleep } from 'node:timers/promises';"] if options.all_pages else []
    lines = [*_head(request, url, imports), "", _CALL, "", f"const params = {js_literal(request.params)};", ""]
    method = js_string(request.method)
    if options.all_pages:
        key = row_key(request)
        rows = f"answer.result[{js_string(key)}]" if key else "answer.result"
        body = [
            f"// {PAGE_NOTE}",
            "const result = [];",
            "let start = 0;",
            "while (start !== undefined) {",
            f"  const answer = await call({method}, {{ ...params, start }});",
            f"  result.push(...{rows});",
            "  start = answer.next;",
            "  if (start !== undefined) {",
            f"    await sleep({int(PAGE_PAUSE * 1000)}); // {PAUSE_NOTE}",
            "  }",
            "}",
            _PRINT,
        ]
    else:
        body = [f"const result = (await call({method}, params)).result;", _PRINT]
    catch = [
        "  // fetch says only 'fetch failed' for a network error: its cause says what failed.",
        "  console.error(error.cause ? `${error.message}: ${error.cause.message}` : error.message);",
        "  process.exitCode = 1;",
    ]
    return "\n".join([*lines, *_guarded(body, catch)])


def node_b24jssdk_snippet(request: ApiRequest, webhook: Webhook | None, options: SnippetOptions) -> str:
    """Node with the official SDK (npm install @bitrix24/b24jssdk): B24Hook and its v2 actions."""
    url = embedded_url(webhook, options)
    imports = [
        "// Needs the official SDK: npm install @bitrix24/b24jssdk (it accepts https webhooks only).",
        "",
        "import { AjaxError, B24Hook } from '@bitrix24/b24jssdk';",
    ]
    lines = [*_head(request, url, imports), "", f"const params = {js_literal(request.params)};", ""]
    method = js_string(request.method)
    if options.all_pages:
        key = row_key(request)
        id_key, cursor_key = _SDK_ID_KEYS.get(request.method.lower(), ("ID", "ID"))
        extra = [f"    idKey: {js_string(id_key)},"]
        if cursor_key != id_key:
            extra.append(f"    cursorIdKey: {js_string(cursor_key)},")
        if key:
            extra.append(f"    customKeyForResult: {js_string(key)},")
        call = [
            "// Every page of the list: the SDK walks the list by ID (it sets `order` itself).",
            "const response = await $b24.actions.v2.callList.make({",
            f"    method: {method},",
            "    params,",
            *extra,
            "});",
        ]
        data = "response.getData()"
    else:
        call = [f"const response = await $b24.actions.v2.call.make({{ method: {method}, params }});"]
        data = "response.getData().result"
    body = [
        "const $b24 = B24Hook.fromWebhookUrl(webhook);",
        *call,
        "if (!response.isSuccess) {",
        "  throw new Error(response.getErrorMessages().join('; '));",
        "}",
        f"const result = {data};",
        _PRINT,
    ]
    catch = [
        "  // AjaxError: the portal answered with an error (code, description, HTTP status).",
        "  console.error(error instanceof AjaxError ? `${error.code}: ${error.message} (HTTP ${error.status})`"
        " : error.message);",
        "  process.exitCode = 1;",
    ]
    return "\n".join([*lines, *_guarded(body, catch)])
