"""An HTTPS front for the sandbox in tests: the official SDKs refuse plain http webhooks.

b24pysdk builds `https://DOMAIN/rest/...` whatever it is given, and @bitrix24/b24jssdk's B24Hook throws
JSSDK_HOOK_URL_NOT_HTTPS for an http URL. The sandbox serves http, so these tests put a real TLS
terminator in front of it: a certificate made by the openssl command for 127.0.0.1, and a loopback
server that decrypts each connection and relays the bytes to the sandbox's port. The snippets then
trust that certificate the way their runtime is told to (REQUESTS_CA_BUNDLE, NODE_EXTRA_CA_CERTS).
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class TlsFront:
    """A running front: its https base URL and the certificate file that clients must trust."""

    base_url: str
    cert_file: Path

    def https(self, http_url: str) -> str:
        """`http_url` (a sandbox URL) as the same URL through this front."""
        path = http_url.split("/", 3)[3] if http_url.count("/") >= 3 else ""
        return f"{self.base_url}/{path}"


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate and key for 127.0.0.1 (openssl, a Debian base package)."""
    openssl = shutil.which("openssl")
    assert openssl, "the openssl command is needed to make the test certificate"
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *(openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"),
            *("-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while chunk := await reader.read(65536):
            writer.write(chunk)
            await writer.drain()
    except (ConnectionError, ssl.SSLError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


@contextlib.contextmanager
def tls_front(target_port: int, folder: Path) -> Iterator[TlsFront]:
    """Serve https on a free loopback port, relaying to 127.0.0.1:target_port, until the block ends."""
    cert, key = make_certificate(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    port: list[int] = []
    stop: list[asyncio.Event] = []

    async def handle(client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", target_port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(_pipe(client_reader, upstream_writer), _pipe(upstream_reader, client_writer))

    async def serve() -> None:
        stop.append(asyncio.Event())
        server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=context)
        port.append(server.sockets[0].getsockname()[1])
        ready.set()
        async with server:
            await stop[0].wait()

    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),), daemon=True)
    thread.start()
    assert ready.wait(30), "the TLS front did not start"
    try:
        yield TlsFront(f"https://127.0.0.1:{port[0]}", cert)
    finally:
        loop.call_soon_threadsafe(stop[0].set)
        thread.join(30)
        loop.close()
