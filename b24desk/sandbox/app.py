"""HTTP routing: `/rest/USER_ID/SECRET/METHOD[.json]` as the portal reads it, plus `/sandbox/*` controls.

Params come from the query string and the body (GET query, POST form with PHP nested keys, POST JSON),
the body winning on equal keys as PHP's `$_REQUEST` does (settings/how-to-call-rest-api/
general-principles.md, data-encoding.md). Order of checks: faults, HTTPS (when required), credentials,
rate limit, method.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from b24desk.core.query import decode, decode_pairs
from b24desk.sandbox import errors
from b24desk.sandbox.auth import SandboxWebhook
from b24desk.sandbox.envelope import now, success_body
from b24desk.sandbox.errors import RestError
from b24desk.sandbox.faults import FaultRule, rule_from_json
from b24desk.sandbox.portal import PortalCore

JSON_TYPE = "application/json; charset=utf-8"
ERROR_PAGE = (
    "<!DOCTYPE html><html><head><title>{status} {reason}</title></head><body><center><h1>{status} {reason}"
    "</h1></center><hr><center>nginx</center></body></html>"
)
SIGN_IN_PAGE = (
    '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form method="post">'
    '<input name="login"><input name="password" type="password"></form></body></html>'
)
REASONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Time-out",
}


class DroppedConnection(Exception):
    """Raised after the headers to make the server cut the connection (a fault, not a bug)."""


class _QuietDrops(logging.Filter):
    """Keeps injected connection drops out of the server's error log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


class DropResponse(Response):
    """Sends the status line and a body length, a few bytes, then drops the connection."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", JSON_TYPE.encode()), (b"content-length", b"4096")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b'{"result":', "more_body": True})
        raise DroppedConnection()


def dumps(body: Any) -> bytes:
    """JSON as the portal sends it (UTF-8, compact): orjson, several times quicker on a page of records;
    what it refuses (integers past 64 bits, a lone surrogate) goes the standard library's way."""
    try:
        return orjson.dumps(body, option=orjson.OPT_NON_STR_KEYS)
    except TypeError:
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _error_response(error: RestError) -> Response:
    return Response(dumps(error.body()), status_code=error.status, media_type=JSON_TYPE)


async def read_params(request: Request) -> dict[str, Any]:
    """Query params, then body params over them (form with PHP keys, or JSON)."""
    query = request.scope["query_string"]  # the raw query, as request.url.query gives it but without a URL
    params: dict[str, Any] = dict(decode(query.decode("utf-8", errors="replace"))) if query else {}
    body = await request.body()
    if not body:
        return params
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json" or (not content_type and body.lstrip()[:1] in (b"{", b"[")):
        try:
            data = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise errors.argument_error("Invalid JSON in the request body") from None
        if isinstance(data, dict):
            params.update(data)
        elif isinstance(data, list):  # positional params (task.commentitem.add): PHP reads keys 0..n
            params.update({str(index): value for index, value in enumerate(data)})
        return params
    if content_type == "multipart/form-data":
        # general-principles.md: methods accept multipart/form-data too; PHP keeps files apart
        # from the params ($_FILES), so uploaded files are left out here
        form = await request.form(max_fields=100_000)
        pairs = [(key, value) for key, value in form.multi_items() if isinstance(value, str)]
        params.update(decode_pairs(pairs))
        return params
    params.update(decode(body.decode("utf-8", errors="replace")))
    return params


def _method_from_path(raw: str) -> str:
    return raw.strip("/").removesuffix(".json")


def build_app(core: PortalCore) -> Starlette:
    """The ASGI app of a portal."""

    def answer(hook: SandboxWebhook, method: str, params: dict[str, Any]) -> bytes:
        """Run the call and encode the answer (on the worker thread); raise RestError for errors."""
        outcome = core.dispatcher.call(hook, method, params)
        if outcome.error is not None:
            raise outcome.error
        assert outcome.result is not None
        return dumps(success_body(outcome.result, outcome.time))

    async def apply_faults(method: str) -> tuple[Response | None, list[FaultRule]]:
        fired = core.faults.take(method)
        for rule in fired:
            if rule.kind == "delay":
                await asyncio.sleep(rule.seconds)
        for rule in fired:
            if rule.kind == "drop_connection":
                return DropResponse(), fired
            if rule.kind == "http_error":
                page = ERROR_PAGE.format(status=rule.status, reason=REASONS.get(rule.status, "Error"))
                return HTMLResponse(page, status_code=rule.status), fired
            if rule.kind == "html_page":
                return HTMLResponse(SIGN_IN_PAGE), fired
        return None, fired

    async def rest_call(request: Request) -> Response:
        started = now()
        method = _method_from_path(request.path_params["method"])
        early, fired = await apply_faults(method)
        if early is not None:
            return early
        hook_key = f"{request.path_params['user_id']}:?"
        status_error: RestError | None = None
        try:
            if core.config.require_https and request.url.scheme != "https":
                raise errors.https_required()
            hook = core.webhooks.authenticate(request.path_params["user_id"], request.path_params["secret"])
            hook_key = hook.label
            forced = any(rule.kind == "query_limit" for rule in fired)
            if forced or not core.bucket.admit(hook.ident):
                raise errors.query_limit_exceeded()
            params = await read_params(request)
            if core.worker is None:
                payload = answer(hook, method, params)
            else:
                payload = await asyncio.get_running_loop().run_in_executor(core.worker, answer, hook, method, params)
            status = 200
        except RestError as error:
            status_error = error
            payload, status = dumps(error.body()), error.status
        core.stats.record_request(hook_key, status_error.code if status_error else None, now() - started)
        if any(rule.kind == "truncated_json" for rule in fired):
            payload = payload[: max(1, len(payload) // 2)]
        return Response(payload, status_code=status, media_type=JSON_TYPE)

    async def rest_without_auth(request: Request) -> Response:
        return _error_response(errors.no_auth_found())

    async def stats(request: Request) -> Response:
        return JSONResponse(core.stats.snapshot())

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            core.faults.clear()
        elif request.method == "POST":
            try:
                core.faults.add(rule_from_json(json.loads(await request.body() or b"null")))
            except (ValueError, TypeError) as problem:
                return JSONResponse({"error": "BAD_FAULT", "error_description": str(problem)}, status_code=400)
        return JSONResponse({"faults": core.faults.rules()})

    async def events(request: Request) -> Response:
        if request.method == "POST":  # add an outgoing webhook: {"events": [...], "url": ..., "application_token"}
            try:
                data = json.loads(await request.body() or b"null")
                events, url = data["events"], data["url"]
                if not isinstance(events, list) or not isinstance(url, str) or not url.startswith("http"):
                    raise ValueError("events must be a list and url an http(s) URL")
                handler = core.add_event_handler([str(e) for e in events], url, data.get("application_token"))
            except (ValueError, TypeError, KeyError) as problem:
                description = f'an outgoing webhook is {{"events": [...], "url": "http://..."}}: {problem}'
                return JSONResponse({"error": "BAD_HANDLER", "error_description": description}, status_code=400)
            return JSONResponse({"handler_id": handler.handler_id, "application_token": handler.application_token})
        deliveries = [
            {"event": d.event, "url": d.url, "status": d.status, "error": d.error} for d in core.events.deliveries
        ]
        return JSONResponse({"deliveries": deliveries})

    async def not_found(request: Request) -> Response:
        description = "Not a REST path; calls go to /rest/USER_ID/SECRET/METHOD"
        return JSONResponse({"error": "NOT_FOUND", "error_description": description}, status_code=404)

    routes = [
        Route("/rest/{user_id}/{secret}/{method:path}", rest_call, methods=["GET", "POST"]),
        Route("/rest/{method}", rest_without_auth, methods=["GET", "POST"]),
        Route("/sandbox/stats", stats, methods=["GET"]),
        Route("/sandbox/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/sandbox/events", events, methods=["GET", "POST"]),
        Route("/{path:path}", not_found, methods=["GET", "POST"]),
    ]
    return Starlette(routes=routes)
