"""A hostile portal on loopback: answers shaped to hurt a client (bombs, drips, endless paging, echoes).

A raw asyncio socket server in a background thread, so tests, CLI subprocesses and benchmarks can all
call it. The method name in the call URL picks the answer (`.../rest/1/SECRET/bomb.json`); a query
`size=N` sets sizes. Every answer closes the connection after it (no keep-alive to get wrong).

Shapes: bomb (gzip that unpacks to `size` bytes), huge (a `size`-byte body), endless (chunked, never
ends), drip (one byte a second), samepage (the same full page of 50 rows forever, for paging; in a
batch every command gets it), html, badjson, deep (100,000-deep JSON), bigint (5,001 digits), inf
(1e999999), redirect (302 to another portal), unavailable (503 HTML), echo (the secret in every encoding in the
result), echo_error (the bare secret in error_description), error_object (code and description as objects),
anything else: {"result": true}.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, urlsplit

SECRET = "h0st1lesecretv4lue9x"
USER_ID = 1
_ROWS = [{"ID": str(i), "TITLE": f"row {i}"} for i in range(1, 51)]


def gzip_bomb(size: int, chunk: int = 1 << 20) -> bytes:
    """A gzip member of a JSON string `{"result":"AAAA...` that unpacks to about `size` bytes."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [packer.compress(b'{"result":"')]
    block = b"A" * chunk
    for _ in range(max(size // chunk, 1)):
        parts.append(packer.compress(block))
    parts.append(packer.compress(b'"}'))
    parts.append(packer.flush())
    return b"".join(parts)


def _head(status: int, reason: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}", "Connection: close", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _json(status: int, data: object, reason: str = "OK") -> bytes:
    body = json.dumps(data).encode()
    head = _head(status, reason, {"Content-Type": "application/json", "Content-Length": str(len(body))})
    return head + body


def _raw(status: int, body: bytes, content_type: str = "application/json", reason: str = "OK") -> bytes:
    return _head(status, reason, {"Content-Type": content_type, "Content-Length": str(len(body))}) + body


@dataclass
class HostileServer:
    """The running server: its base URL (a webhook URL with SECRET) and what it was asked."""

    port: int = 0
    requests: list[str] = field(default_factory=list, repr=False)
    _bombs: dict[int, bytes] = field(default_factory=dict, repr=False)

    @property
    def webhook_url(self) -> str:
        """The webhook base URL of this portal."""
        return f"http://127.0.0.1:{self.port}/rest/{USER_ID}/{SECRET}/"

    def url(self, shape: str) -> str:
        """The call URL of one answer shape."""
        return f"{self.webhook_url}{shape}.json"

    def bomb(self, size: int) -> bytes:
        """The gzip bomb of `size` decoded bytes (made once per size)."""
        if size not in self._bombs:
            self._bombs[size] = gzip_bomb(size)
        return self._bombs[size]

    def echo_forms(self) -> dict[str, str]:
        """The secret as an answer may echo it: bare, in a URL, JSON-escaped, URL-encoded, base64."""
        url = f"https://hostile.example/rest/{USER_ID}/{SECRET}/profile.json"
        return {
            "bare": SECRET,
            "url": url,
            "url_encoded": quote(url, safe=""),
            "base64": base64.b64encode(SECRET.encode()).decode(),
            "base64_url": base64.b64encode(url.encode()).decode(),
        }

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            _verb, target, _ = lines[0].split(" ", 2)
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
            length = int(headers.get("content-length", "0") or 0)
            body = (await reader.readexactly(length)).decode() if length else ""
            parts = urlsplit(target)
            shape = parts.path.rstrip("/").rsplit("/", 1)[-1].split(".")[0]  # samepage.list -> samepage
            query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
            self.requests.append(shape)
            await self._answer(shape, query, parse_qs(body), writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _answer(
        self, shape: str, query: dict[str, str], form: dict[str, list[str]], writer: asyncio.StreamWriter
    ) -> None:
        size = int(query.get("size", str(1 << 30)))
        if shape == "bomb":
            data = self.bomb(size)
            head = {"Content-Type": "application/json", "Content-Encoding": "gzip", "Content-Length": str(len(data))}
            writer.write(_head(200, "OK", head))
            for start in range(0, len(data), 65536):
                writer.write(data[start : start + 65536])
                await writer.drain()
        elif shape == "huge":
            writer.write(_head(200, "OK", {"Content-Type": "application/json", "Content-Length": str(size)}))
            writer.write(b'{"result":"')
            block = b"B" * 65536
            for _ in range((size - 13) // len(block)):
                writer.write(block)
                await writer.drain()
            writer.write(b"B" * ((size - 13) % len(block)) + b'"}')
        elif shape == "endless":
            writer.write(_head(200, "OK", {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}))
            block = b"C" * 65536
            chunk = f"{len(block):x}\r\n".encode() + block + b"\r\n"
            while True:
                writer.write(chunk)
                await writer.drain()
        elif shape == "drip":
            writer.write(_head(200, "OK", {"Content-Type": "application/json", "Content-Length": "1000000"}))
            while True:
                writer.write(b" ")
                await writer.drain()
                await asyncio.sleep(float(query.get("every", "0.5")))
        elif shape == "records":  # `size` records, one of them quoting the secret; chunked when asked
            rows = [{"ID": str(n), "TITLE": f"Lead {n}", "NOTE": "n" * 200} for n in range(size)]
            rows[size // 2]["NOTE"] = f"see https://hostile.example/rest/{USER_ID}/{SECRET}/"
            body = json.dumps({"result": rows, "total": size}).encode()
            if query.get("chunked"):
                writer.write(_head(200, "OK", {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}))
                for start in range(0, len(body), 65536):
                    piece = body[start : start + 65536]
                    writer.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                    await writer.drain()
                writer.write(b"0\r\n\r\n")
            else:
                writer.write(_raw(200, body))
        elif shape == "samepage":
            writer.write(_json(200, {"result": _ROWS, "total": 100_000, "next": 50}))
        elif shape == "batch":
            commands = [key[4:-1] for key in form if key.startswith("cmd[")]
            page = {"result": {key: _ROWS for key in commands}, "result_error": [], "result_total": {}}
            page["result_next"] = dict.fromkeys(commands, 50)
            writer.write(_json(200, {"result": page}))
        elif shape == "html":
            writer.write(_raw(200, b"<html><body>Maintenance</body></html>", "text/html"))
        elif shape == "badjson":
            writer.write(_raw(200, b'{"result": [1, 2'))
        elif shape == "deep":
            writer.write(_raw(200, b'{"result":' + b"[" * 100_000 + b"]" * 100_000 + b"}"))
        elif shape == "bigint":
            writer.write(_raw(200, b'{"result":' + b"9" * 5001 + b"}"))
        elif shape == "inf":
            writer.write(_raw(200, b'{"result":1e999999}'))
        elif shape == "redirect":
            location = f"https://moved.example/rest/{USER_ID}/{SECRET}/profile.json"
            writer.write(_head(302, "Found", {"Location": location, "Content-Length": "0"}))
        elif shape == "unavailable":
            writer.write(_raw(503, b"<html>Service Unavailable</html>", "text/html", "Service Unavailable"))
        elif shape == "echo":
            writer.write(_json(200, {"result": self.echo_forms()}))
        elif shape == "echo_escaped":  # PHP's json_encode writes `\/` in URLs
            url = f"https:\\/\\/hostile.example\\/rest\\/{USER_ID}\\/{SECRET}\\/profile.json"
            writer.write(_raw(200, ('{"result":{"url":"' + url + '"}}').encode()))
        elif shape == "error_object":  # an error whose parts are objects, not strings
            error = {"error": {"code": ["A", "B"]}, "error_description": {"field": "TITLE", "why": "empty"}}
            writer.write(_json(400, error, "Bad Request"))
        elif shape == "echo_error":
            description = f"webhook {SECRET} is blocked"
            writer.write(_json(401, {"error": "INVALID_CREDENTIALS", "error_description": description}, "Unauthorized"))
        else:
            writer.write(_json(200, {"result": True}))
        with contextlib.suppress(ConnectionError):
            await writer.drain()


@contextlib.contextmanager
def running_hostile_server() -> Iterator[HostileServer]:
    """Run a HostileServer on 127.0.0.1 in a background thread for the duration of the block."""
    server = HostileServer()
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    holder: dict[str, asyncio.Server] = {}

    async def start() -> None:
        holder["server"] = await asyncio.start_server(server._handle, "127.0.0.1", 0)
        server.port = holder["server"].sockets[0].getsockname()[1]
        ready.set()

    def run() -> None:
        loop.run_until_complete(start())
        loop.run_forever()

    thread = threading.Thread(target=run, name="hostile-server", daemon=True)
    thread.start()
    ready.wait(10)
    try:
        yield server
    finally:

        async def stop() -> None:
            holder["server"].close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


if __name__ == "__main__":  # `python -m tests.hostile_server` keeps one running for manual probing
    import time

    with running_hostile_server() as running:
        print(running.webhook_url, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
