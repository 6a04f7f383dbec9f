"""A pasted cURL command, b24desk's own cURL script, or a call URL, read back into a request.

What is read: the URL (a webhook call URL, `{{variable}}/METHOD.json`, or `$VAR/METHOD.json`), its
query, `-X/--request`, `-G/--get`, `-H/--header` (a JSON content type), `-d/--data`, `--data-raw`,
`--data-binary`, `--data-ascii`, `--data-urlencode` (curl's rules for `name=value`, `=value`, `value`),
`--json`, `-F/--form`, `--url`, `--url-query`, with bash's quoting or Windows cmd's `^` escapes;
options that only change how curl talks (`-s`, `-S`, `-L`, `--fail-with-body`, `--compressed`,
timeouts, ...) are skipped. Anything that would read a file
(`@file`, `-T`, `-K`) or an option curl takes but b24desk does not know is refused with a message. A
JSON body keeps its types; a form body is read with PHP's rules, as the portal reads it.
b24desk's every-page loop (`--data-urlencode "start=$start"`) comes back as fetch-all.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from b24desk.core.errors import ParamsError, WebhookURLError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.query import decode_pairs, split_query
from b24desk.core.request import ApiRequest, HttpMethod
from b24desk.core.shell_words import commands
from b24desk.core.snippets.common import ENV_VAR
from b24desk.core.webhook import METHOD_RE, Webhook, parse_webhook_url

__all__ = ["ImportedCall", "import_call", "import_curl", "method_and_webhook"]

_CTX = "curl_import"
_MSG = {
    "no_curl": QT_TRANSLATE_NOOP("curl_import", "No curl command found: paste a command that starts with curl."),
    "no_url": QT_TRANSLATE_NOOP("curl_import", "The curl command has no URL."),
    "option": QT_TRANSLATE_NOOP(
        "curl_import", "The curl option {option} is not one b24desk reads; remove it and paste again."
    ),
    "value": QT_TRANSLATE_NOOP("curl_import", "The curl option {option} needs a value."),
    "file": QT_TRANSLATE_NOOP(
        "curl_import", "{option} {value}: b24desk does not read files named in a command; paste the values instead."
    ),
    "json": QT_TRANSLATE_NOOP("curl_import", "The JSON body is not a JSON object: {reason}"),
    "method": QT_TRANSLATE_NOOP(
        "curl_import", "The URL {url} names no REST method (it should end in /METHOD.json, e.g. /crm.lead.list.json)."
    ),
}
_FLAGS = set("sSLkvifIg#0123456") | {
    "--silent",
    "--show-error",
    "--fail",
    "--fail-with-body",
    "--location",
    "--insecure",
    "--compressed",
    "--verbose",
    "--include",
    "--globoff",
    "--http1.1",
    "--http2",
    "--no-progress-meter",
    "--raw",
    "--no-buffer",
    "--progress-bar",
    "--location-trusted",
    "--tcp-nodelay",
}
_SKIPPED_WITH_VALUE = set("AeumobwxErc") | {
    "--user-agent",
    "--referer",
    "--user",
    "--max-time",
    "--connect-timeout",
    "--output",
    "--cookie",
    "--cookie-jar",
    "--retry",
    "--retry-delay",
    "--retry-max-time",
    "--write-out",
    "--proxy",
    "--cacert",
    "--cert",
    "--key",
    "--resolve",
    "--connect-to",
}
_LONG = {
    "--request": "X",
    "--header": "H",
    "--data": "d",
    "--data-ascii": "d",
    "--data-binary": "data-binary",
    "--data-raw": "data-raw",
    "--data-urlencode": "data-urlencode",
    "--json": "json",
    "--form": "F",
    "--form-string": "form-string",
    "--url": "url",
    "--url-query": "url-query",
    "--get": "G",
}
_WITH_VALUE = {
    "X",
    "H",
    "d",
    "F",
    "data-binary",
    "data-raw",
    "data-urlencode",
    "json",
    "form-string",
    "url",
    "url-query",
}
_REFUSED = {"T", "K", "--upload-file", "--config", "--next", "-:"}
_PAGE_LOOP = '--data-urlencode "start=$start"'
_LAST_SEGMENT = re.compile(r"/([^/?#]+)/?$")


def _method_at_end(path: str) -> str | None:
    """The method a URL path ends in (`.../crm.lead.add.json` -> crm.lead.add), or None."""
    match = _LAST_SEGMENT.search(path)
    method = match[1].removesuffix(".json") if match else ""
    return method if METHOD_RE.fullmatch(method) else None


def _t(key: str, **values: object) -> ParamsError:
    return ParamsError(translate(_CTX, _MSG[key]).format(**values))


@dataclass(frozen=True, slots=True)
class ImportedCall:
    """What a command or URL held: the request, and the webhook (to offer for saving) or a variable for it."""

    request: ApiRequest
    webhook: Webhook | None = None
    webhook_reference: str | None = None  # "{{name}}" when the URL started with a variable


@dataclass
class _Curl:
    url: str = ""
    verb: str = ""
    get: bool = False
    json_type: bool = False
    query: list[tuple[str, str]] | None = None
    body: list[tuple[str, str]] | None = None
    json_body: str | None = None

    def add_body(self, pairs: list[tuple[str, str]]) -> None:
        self.body = [*(self.body or []), *pairs]


def _options(words: list[str]) -> list[tuple[str, str | None]]:
    """The command's options as (name, value) in order; the URL given bare as ("url", URL)."""
    found: list[tuple[str, str | None]] = []
    index = 1
    while index < len(words):
        word = words[index].lstrip()  # a line end pasted into one line leaves `\ ` before the next option
        index += 1
        if not word:
            continue
        if word.startswith("--") and len(word) > 2:
            if word in _REFUSED:
                raise _t("file", option=word, value="")
            if word in _FLAGS:
                continue
            name = _LONG.get(word)
            if word in _SKIPPED_WITH_VALUE or name in _WITH_VALUE:
                if index >= len(words):
                    raise _t("value", option=word)
                value, index = words[index], index + 1
                if name is not None:
                    found.append((name, value))
                continue
            if name is not None:
                found.append((name, None))
                continue
            raise _t("option", option=word)
        if word.startswith("-") and len(word) > 1:
            letters = word[1:]
            while letters:
                letter, letters = letters[0], letters[1:]
                if letter in _REFUSED:
                    raise _t("file", option="-" + letter, value=letters)
                if letter in _FLAGS or letter == "G":
                    if letter == "G":
                        found.append(("G", None))
                    continue
                if letter in _WITH_VALUE or letter in _SKIPPED_WITH_VALUE:
                    if not letters:
                        if index >= len(words):
                            raise _t("value", option="-" + letter)
                        letters, index = words[index], index + 1
                    if letter in _WITH_VALUE:
                        found.append((letter, letters))
                    letters = ""
                    continue
                raise _t("option", option="-" + letter)
            continue
        found.append(("url", word))
    return found


def _urlencoded_pair(option: str, value: str) -> tuple[str, str]:
    """curl's --data-urlencode: `name=content` sends name as given and content encoded; `=c` and `c` send c."""
    name, sep, content = value.partition("=")
    if not sep:
        if value.startswith("@") or "@" in name:
            raise _t("file", option=option, value=value)
        return value, ""
    if not name:
        return content, ""
    if "@" in name and not sep:
        raise _t("file", option=option, value=value)
    return split_query(name + "=x")[0][0], content


def _read(words: list[str]) -> _Curl:
    curl = _Curl()
    for name, value in _options(words):
        text = value or ""
        if name == "url":
            curl.url = curl.url or text
        elif name == "X":
            curl.verb = text.upper()
        elif name == "G":
            curl.get = True
        elif name == "H":
            header, _, content = text.partition(":")
            if header.strip().lower() == "content-type" and "json" in content.lower():
                curl.json_type = True
        elif name in ("d", "data-binary", "F"):
            if text.startswith("@") or (name == "F" and re.match(r"[^=]*=[@<]", text)):
                raise _t("file", option="-" + name if len(name) == 1 else "--" + name, value=text)
            if name == "F":
                key, _, content = text.partition("=")
                curl.add_body([(key, content)])
            else:
                curl.json_body = text if curl.json_body is None else curl.json_body + "&" + text
                curl.add_body(split_query(text))
        elif name == "data-raw":
            curl.json_body = text if curl.json_body is None else curl.json_body + "&" + text
            curl.add_body(split_query(text))
        elif name == "form-string":
            key, _, content = text.partition("=")
            curl.add_body([(key, content)])
        elif name == "data-urlencode":
            curl.add_body([_urlencoded_pair("--data-urlencode", text)])
        elif name == "url-query":
            curl.query = [*(curl.query or []), _urlencoded_pair("--url-query", text)]
        elif name == "json":
            curl.json_type = True
            curl.json_body = text if curl.json_body is None else curl.json_body + text
            curl.body = curl.body or []
    return curl


def method_and_webhook(url: str) -> tuple[str, Webhook | None, str | None, list[tuple[str, str]]]:
    """From a call URL: the method, the webhook (a real URL) or a `{{variable}}` it starts with, the query pairs."""
    base, _, query = url.partition("?")
    query_pairs = split_query(query)
    if base.startswith("{{"):
        reference = base[: base.index("}}") + 2] if "}}" in base else None
        if reference == "{{" + ENV_VAR + "}}":  # b24desk's own export: the webhook the user picks
            reference = None
        method = _method_at_end(base)
        if method is None:
            raise _t("method", url=url[:200])
        return method, None, reference, query_pairs
    try:
        parsed = parse_webhook_url(url)
    except WebhookURLError:
        method = _method_at_end(urlsplit(base).path or base)
        if method is None:
            raise
        return method, None, None, query_pairs
    if parsed.method is None:
        raise _t("method", url=str(parsed.webhook))
    return parsed.method, parsed.webhook, None, query_pairs


def _json_object(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise _t("json", reason=error.msg) from None
    if not isinstance(data, dict):
        raise _t("json", reason=type(data).__name__)
    return data


_CMD_CONTINUATION = re.compile(r"\^\r?\n")


def from_cmd(text: str) -> str:
    """A command copied for Windows cmd ("Copy as cURL (cmd)") in the bash form the reader takes.

    cmd ends continued lines with `^` and puts `^` before special characters: lines are joined and each
    `^X` is read as X (a quote inside a value, written caret-backslash-caret-quote, becomes bash's
    backslash-quote).
    """
    return re.sub(r"\^(.)", r"\1", _CMD_CONTINUATION.sub(" ", text), flags=re.S)


def import_curl(text: str) -> ImportedCall:
    """Read a curl command (or a script holding one, such as b24desk's cURL export) into a request.

    A command copied for Windows cmd (its lines end in `^`) is read with cmd's escapes.
    """
    if _CMD_CONTINUATION.search(text):
        text = from_cmd(text)
    words = next((w for w in commands(text) if w and re.fullmatch(r"(.*/)?curl(\.exe)?", w[0])), None)
    if words is None:
        raise _t("no_curl")
    curl = _read(words)
    if not curl.url:
        raise _t("no_url")
    method, webhook, reference, query = method_and_webhook(curl.url)
    query += curl.query or []
    fetch_all = _PAGE_LOOP in text  # b24desk's every-page loop: its `start` is the loop's, not a parameter
    body = [pair for pair in curl.body or [] if not (fetch_all and pair[0] == "start")]
    params: dict[str, Any]
    if curl.json_type and curl.json_body is not None and not curl.get:
        params = {**decode_pairs(query), **_json_object(curl.json_body)}
    else:
        params = dict(decode_pairs(query + body))
    has_body = curl.body is not None
    get = curl.get or curl.verb == "GET" or (not has_body and curl.verb in ("", "HEAD"))
    http_method: HttpMethod = "GET" if get else "POST"
    return ImportedCall(ApiRequest(method, params, http_method, fetch_all), webhook, reference)


def import_call(text: str) -> ImportedCall:
    """A curl command or a plain call URL (as the portal's REST builder or a browser gives it)."""
    stripped = text.strip().removeprefix("$ ")
    if re.search(r"\s", stripped):  # a command (a URL holds no blanks)
        return import_curl(stripped)
    parsed = parse_webhook_url(stripped)
    if parsed.method is None:
        raise _t("method", url=str(parsed.webhook))
    _, _, query = stripped.partition("?")
    http_method: HttpMethod = "GET" if query.strip() else "POST"
    return ImportedCall(ApiRequest(parsed.method, dict(parsed.params), http_method), parsed.webhook)
