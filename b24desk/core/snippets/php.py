"""PHP snippets: plain cURL (http_build_query + json_decode) and Bitrix24's CRest class."""

from __future__ import annotations

import math
from typing import Any

from b24desk.core.request import ApiRequest
from b24desk.core.snippets.common import ENV_VAR, SnippetOptions, embedded_url, header_lines, row_key
from b24desk.core.webhook import Webhook

__all__ = ["php_crest_snippet", "php_curl_snippet", "php_literal", "php_string"]


def php_string(text: str) -> str:
    """A single-quoted PHP string: nothing is interpolated; only \\ and ' need escaping."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def php_literal(value: Any, indent: int = 0) -> str:
    """A PHP expression for a JSON-like value (arrays as short `[...]` literals)."""
    pad = "    " * (indent + 1)
    if isinstance(value, dict):
        if not value:
            return "[]"
        items = [f"{pad}{_php_key(k)} => {php_literal(v, indent + 1)}," for k, v in value.items()]
        return "[\n" + "\n".join(items) + "\n" + "    " * indent + "]"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        items = [f"{pad}{php_literal(v, indent + 1)}," for v in value]
        return "[\n" + "\n".join(items) + "\n" + "    " * indent + "]"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        # past 64 bits PHP would read a float: keep the digits as text, which encodes the same. -2**63 too:
        # PHP reads `-9223372036854775808` as minus a (float) 9223372036854775808
        return str(value) if -(2**63) < value < 2**63 else php_string(str(value))
    if isinstance(value, float):
        if math.isnan(value):
            return "NAN"
        if math.isinf(value):
            return "INF" if value > 0 else "-INF"
        return repr(value)
    return php_string(str(value))


def _php_key(key: Any) -> str:
    return str(key) if isinstance(key, int) and not isinstance(key, bool) else php_string(str(key))


def _comment(lines: list[str]) -> str:
    return "\n".join(f"// {line}" for line in lines)


def _webhook_lines(webhook: Webhook | None, options: SnippetOptions) -> str:
    url = embedded_url(webhook, options)
    if url is not None:
        return f"$webhook = {php_string(url)};"
    return (
        f"$webhook = rtrim((string) getenv({php_string(ENV_VAR)}), '/') . '/';\n"
        "if ($webhook === '/') {\n"
        f'    fwrite(STDERR, "Set {ENV_VAR} to your webhook URL first.\\n");\n'
        "    exit(2);\n"
        "}"
    )


_CALL_FUNCTION = """\
function b24_call(string $webhook, string $method, array $params): array
{
    $curl = curl_init($webhook . $method . '.json');
    curl_setopt_array($curl, [
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => http_build_query($params),
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_CONNECTTIMEOUT => 10,
        CURLOPT_TIMEOUT => 60,
    ]);
    $body = curl_exec($curl);
    if ($body === false) {
        throw new RuntimeException('Network error: ' . curl_error($curl));
    }
    $status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    $answer = json_decode($body, true);
    if (!is_array($answer)) {
        throw new RuntimeException("The answer is not JSON (HTTP $status)");
    }
    if (isset($answer['error'])) {
        // Bitrix24 errors: https://apidocs.bitrix24.com/error-codes.html
        throw new RuntimeException($answer['error'] . ': ' . ($answer['error_description'] ?? ''));
    }
    return $answer;
}"""

_PRINT = 'echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\\n";'


def _rows_expression(request: ApiRequest, answer: str) -> str:
    key = row_key(request)
    return f"{answer}['result'][{php_string(key)}]" if key else f"{answer}['result']"


def _paging_lines(request: ApiRequest, call: str, check: list[str], pause: list[str]) -> list[str]:
    """The loop over every page: `call` for one page, `check` after it, `pause` before the next."""
    return [
        "",
        "// Every page of the list: 50 rows a page, `next` tells where the next page starts.",
        "$result = [];",
        "$start = 0;",
        "do {",
        f"    $answer = {call};",
        *check,
        f"    $result = array_merge($result, {_rows_expression(request, '$answer')});",
        "    $start = $answer['next'] ?? null;",
        *pause,
        "} while ($start !== null);",
    ]


def php_curl_snippet(request: ApiRequest, webhook: Webhook | None, options: SnippetOptions) -> str:
    """PHP with the curl extension: POST with http_build_query, JSON decoded, errors thrown."""
    method = php_string(request.method)
    lines = ["<?php", _comment(header_lines(request, embedded_url(webhook, options) is not None)), ""]
    lines += [_webhook_lines(webhook, options), "", _CALL_FUNCTION, ""]
    lines.append(f"$params = {php_literal(request.params)};")
    if options.all_pages:
        pause = [
            "    if ($start !== null) {",
            "        usleep(500000); // stay under the portal's 2 requests per second",
            "    }",
        ]
        lines += _paging_lines(request, f"b24_call($webhook, {method}, $params + ['start' => $start])", [], pause)
    else:
        lines += ["", f"$answer = b24_call($webhook, {method}, $params);", "$result = $answer['result'];"]
    lines += [_PRINT, ""]
    return "\n".join(lines)


def _crest_setup(webhook: Webhook | None, options: SnippetOptions) -> list[str]:
    """Load crest.php (it loads settings.php, the usual home of C_REST_WEB_HOOK_URL), then fill what is missing."""
    url = embedded_url(webhook, options)
    source = php_string(url) if url is not None else f"(string) getenv({php_string(ENV_VAR)})"
    return [
        "require_once __DIR__ . '/crest.php'; // loads settings.php too",
        "",
        "if (!defined('C_REST_WEB_HOOK_URL')) {",
        f"    $webhook = rtrim({source}, '/') . '/';",
        "    if ($webhook === '/') {",
        f'        fwrite(STDERR, "Set {ENV_VAR} (or C_REST_WEB_HOOK_URL in settings.php) to your webhook URL.\\n");',
        "        exit(2);",
        "    }",
        "    define('C_REST_WEB_HOOK_URL', $webhook);",
        "} elseif (substr(C_REST_WEB_HOOK_URL, -1) !== '/') {",
        "    // CRest appends METHOD.json to the URL as it is: without the slash it calls .../SECRETmethod.json",
        '    fwrite(STDERR, "C_REST_WEB_HOOK_URL in settings.php must end with /\\n");',
        "    exit(2);",
        "}",
        "if (!defined('C_REST_BLOCK_LOG')) {",
        "    define('C_REST_BLOCK_LOG', true); // else CRest logs every call, secret included, to ./logs/",
        "}",
    ]


def php_crest_snippet(request: ApiRequest, webhook: Webhook | None, options: SnippetOptions) -> str:
    """PHP with CRest, Bitrix24's one-file PHP class (`CRest::call`).

    What CRest does (bitrix-tools/crest src/crest.php, version 1.33) that the snippet allows for: it
    loads settings.php itself; it reads its constants only when it calls, so they can be set after
    loading; it appends `METHOD.json` to C_REST_WEB_HOOK_URL as given (the URL must end in `/`); it
    writes every call, URL and secret included, to ./logs/ unless C_REST_BLOCK_LOG is true; a failure
    of its own (curl_error, no_install_app) comes as `error` with `error_information`, not
    `error_description`; an answer that is not JSON comes back as null.
    """
    method = php_string(request.method)
    notes = [
        *header_lines(request, embedded_url(webhook, options) is not None),
        "CRest is Bitrix24's one-file PHP class: crest.php from the bitrix-tools/crest repository on",
        "GitHub, next to its settings.php. A C_REST_WEB_HOOK_URL defined there is used as it is.",
    ]
    lines = ["<?php", _comment(notes), "", *_crest_setup(webhook, options), ""]
    lines.append(f"$params = {php_literal(request.params)};")
    check = [
        "    if (!is_array($answer)) {",
        '        fwrite(STDERR, "The answer is not JSON: no answer, or an HTML page.\\n");',
        "        exit(1);",
        "    }",
        "    if (isset($answer['error'])) {",
        "        $detail = $answer['error_description'] ?? $answer['error_information'] ?? '';",
        "        fwrite(STDERR, $answer['error'] . ': ' . $detail . \"\\n\");",
        "        exit(1);",
        "    }",
    ]
    if options.all_pages:
        lines += _paging_lines(request, f"CRest::call({method}, $params + ['start' => $start])", check, [])
    else:
        lines += ["", f"$answer = CRest::call({method}, $params);", *(line[4:] for line in check)]
        lines.append("$result = $answer['result'];")
    lines += [_PRINT, ""]
    return "\n".join(lines)
