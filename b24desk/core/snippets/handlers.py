"""Handler skeletons: a PHP and a Python script that receive outgoing-webhook events safely.

Each reads the application token from the B24_APPLICATION_TOKEN environment variable (never from the
code), compares it in constant time (`hash_equals`, `hmac.compare_digest`), answers 401 on a mismatch
or a missing token, caps the body, decodes `event` and `data` (PHP nested keys), appends one JSON line
per accepted event to B24_EVENT_LOG (default: stderr), and answers 200 at once: the portal does not
retry (bitrix24/b24restdocs api-reference/events/index.md, safe-event-handlers.md).
"""

from __future__ import annotations

__all__ = ["HANDLER_LANGUAGES", "LOG_ENV", "PORT_ENV", "TOKEN_ENV", "handler_skeleton"]

TOKEN_ENV = "B24_APPLICATION_TOKEN"
LOG_ENV = "B24_EVENT_LOG"
PORT_ENV = "B24_HANDLER_PORT"

_PHP = """\
<?php
// Bitrix24 outgoing-webhook handler (exported by b24desk).
// Put this file where the portal can reach it over HTTPS and give its URL as the handler URL.
// Set {token_env} to the application token the portal shows for the outgoing webhook;
// optionally {log_env} to a log file (default: the web server's error stream).
declare(strict_types=1);

const MAX_BODY = 1048576;

function b24_answer(int $status, array $body): void
{
    http_response_code($status);
    header('Content-Type: application/json');
    echo json_encode($body);
}

$expected = (string) getenv('{token_env}');
if ($expected === '') {
    error_log('{token_env} is not set: refusing every event.');
    b24_answer(500, ['ok' => false, 'error' => 'no token configured']);
    exit;
}
if (($_SERVER['REQUEST_METHOD'] ?? '') !== 'POST') {
    b24_answer(405, ['ok' => false]);
    exit;
}
if ((int) ($_SERVER['CONTENT_LENGTH'] ?? 0) > MAX_BODY) {
    b24_answer(413, ['ok' => false]);
    exit;
}

// The portal posts form fields with nested keys (data[FIELDS][ID]); PHP decodes them into $_POST.
$auth = is_array($_POST['auth'] ?? null) ? $_POST['auth'] : [];
$token = $auth['application_token'] ?? '';
if (!is_string($token) || !hash_equals($expected, $token)) {
    b24_answer(401, ['ok' => false]);
    exit;
}

$event = strtoupper((string) ($_POST['event'] ?? ''));
$data = $_POST['data'] ?? [];
$record = [
    'event' => $event,
    'data' => $data,
    'ts' => $_POST['ts'] ?? null,
    'event_handler_id' => $_POST['event_handler_id'] ?? null,
    'domain' => $auth['domain'] ?? null,
    'member_id' => $auth['member_id'] ?? null,
];
$log = getenv('{log_env}') ?: 'php://stderr';
file_put_contents(
    $log,
    json_encode($record, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES) . "\\n",
    $log === 'php://stderr' ? 0 : FILE_APPEND | LOCK_EX
);

// Answer first, work after: the portal does not retry and slows down for slow handlers.
b24_answer(200, ['ok' => true]);
if (function_exists('fastcgi_finish_request')) {
    fastcgi_finish_request(); // PHP-FPM: the portal has its answer, the work below does not hold it
}

switch ($event) {
    case 'ONCRMLEADADD':
        $leadId = $data['FIELDS']['ID'] ?? null;
        // ... fetch the lead with crm.lead.get and act on it
        break;
    case 'ONTASKADD':
        $taskId = $data['FIELDS_AFTER']['ID'] ?? null;
        // ... tasks.task.get
        break;
}
"""

_PYTHON = '''\
"""Bitrix24 outgoing-webhook handler (exported by b24desk): standard library only.

Run it behind an HTTPS proxy or tunnel the portal can reach, and give that URL as the handler URL.
Set {token_env} to the application token the portal shows for the outgoing webhook;
optionally {log_env} (a log file, default stderr) and {port_env} (default 8000; 0 picks a free port).
"""

import hmac
import json
import os
import re
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

MAX_BODY = 1048576
EXPECTED = os.environ.get("{token_env}", "")
LOG = os.environ.get("{log_env}", "")


def php_nested(pairs):
    """Rebuild PHP-style nested keys (data[FIELDS][ID], list[]) into dicts and lists, as PHP's $_POST."""
    root = {{}}
    for name, value in pairs:
        match = re.match(r"^([^\\[]+)((?:\\[[^\\]]*\\])*)$", name)
        if not match:
            root[name] = value
            continue
        keys = [match.group(1)] + re.findall(r"\\[([^\\]]*)\\]", match.group(2))
        node = root
        for key, following in zip(keys, keys[1:]):
            child = node.get(key) if isinstance(node, dict) else None
            if not isinstance(child, dict):
                child = {{}}
                node[key] = child
            node = child
        last = keys[-1]
        if last == "":
            last = str(sum(1 for k in node if k.isdigit()))
        node[last] = value
    return _lists(root)


def _lists(value):
    if not isinstance(value, dict):
        return value
    items = {{key: _lists(item) for key, item in value.items()}}
    if items and list(items) == [str(i) for i in range(len(items))]:
        return list(items.values())
    return items


class EventHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self.answer(413, {{"ok": False}})
        body = self.rfile.read(length).decode("utf-8", "replace")
        form = php_nested(parse_qsl(body, keep_blank_values=True))
        auth = form.get("auth") if isinstance(form.get("auth"), dict) else {{}}
        token = auth.get("application_token")
        if not EXPECTED or not isinstance(token, str) or not hmac.compare_digest(token.encode(), EXPECTED.encode()):
            return self.answer(401, {{"ok": False}})
        event = str(form.get("event", "")).upper()
        record = {{
            "event": event,
            "data": form.get("data"),
            "ts": form.get("ts"),
            "event_handler_id": form.get("event_handler_id"),
            "domain": auth.get("domain"),
            "member_id": auth.get("member_id"),
        }}
        line = json.dumps(record, ensure_ascii=False) + "\\n"
        if LOG:
            with open(LOG, "a", encoding="utf-8") as log:
                log.write(line)
        else:
            sys.stderr.write(line)
            sys.stderr.flush()
        # Answer first, work after: the portal does not retry and slows down for slow handlers.
        self.answer(200, {{"ok": True}})
        if event == "ONCRMLEADADD":
            lead_id = (form.get("data") or {{}}).get("FIELDS", {{}}).get("ID")  # then crm.lead.get ...

    def do_GET(self):
        self.answer(405, {{"ok": False}})

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):
        pass  # keep request lines (and whatever they hold) out of the log


def main():
    if not EXPECTED:
        sys.exit("Set {token_env} to the outgoing webhook's application token.")
    server = ThreadingHTTPServer(("127.0.0.1", int(os.environ.get("{port_env}", "8000"))), EventHandler)
    print(f"listening on http://127.0.0.1:{{server.server_address[1]}}/", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
'''

HANDLER_LANGUAGES: dict[str, tuple[str, str]] = {
    "php": ("PHP handler", ".php"),
    "python": ("Python handler (standard library)", ".py"),
}


def handler_skeleton(language: str) -> str:
    """The handler script in `language` ("php" or "python")."""
    template = {"php": _PHP, "python": _PYTHON}[language]
    if language == "php":  # the PHP text has braces of its own: substitute by name, not str.format
        for name, value in (("{token_env}", TOKEN_ENV), ("{log_env}", LOG_ENV)):
            template = template.replace(name, value)
        return template
    return template.format(token_env=TOKEN_ENV, log_env=LOG_ENV, port_env=PORT_ENV)
