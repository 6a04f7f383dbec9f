"""The servers' TCP sockets, bound before any server code loads (the socket module only, no uvicorn)."""

from __future__ import annotations

import socket

__all__ = ["bind_socket", "listen_now"]

BACKLOG = 128  # connections the kernel keeps waiting until a server accepts them


def bind_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to host:port (IPv6 when the host has a colon), ready for uvicorn to listen on.

    IPPROTO_TCP is named on purpose: asyncio sets TCP_NODELAY on the accepted sockets only then, and
    without it Nagle's algorithm and delayed ACKs hold every small answer about 40 ms.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except BaseException:
        sock.close()
        raise
    return sock


def listen_now(host: str, port: int) -> socket.socket:
    """A bound socket that listens already (non-blocking): a client can connect before any server runs, and
    its connection waits in the kernel's queue until one accepts it."""
    sock = bind_socket(host, port)
    try:
        sock.listen(BACKLOG)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock
