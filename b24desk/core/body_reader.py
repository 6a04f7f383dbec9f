"""Reading an answer's body with a cap on its DECODED size, so no answer can take the memory.

gzip and deflate are unpacked here, `max_length` at a time, so a decompression bomb (1 MB that unpacks
to 1 GiB) stops as soon as it passes the cap instead of being unpacked in one piece. Other encodings are
left to httpx and checked chunk by chunk. The client asks only for gzip and deflate.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = ["ACCEPT_ENCODING", "DEFAULT_MAX_BODY", "BodyTooLarge", "read_body"]

ACCEPT_ENCODING = "gzip, deflate"
DEFAULT_MAX_BODY = 64 * 1024 * 1024  # a full batch of 50 pages of wide rows is a few MB; 64 MiB is ample
KEEP_BUFFER = 1024 * 1024  # bigger bodies are returned as the bytearray they were read into


class BodyTooLarge(Exception):
    """The body passed `limit` decoded bytes; `packed` says it came compressed (a bomb, most likely)."""

    def __init__(self, limit: int, *, packed: bool, declared: int | None = None) -> None:
        super().__init__(f"body over {limit} bytes")
        self.limit = limit
        self.packed = packed
        self.declared = declared


def _decompressor(encoding: str) -> zlib._Decompress | None:
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(zlib.MAX_WBITS | 16)
    if encoding == "deflate":
        return zlib.decompressobj(zlib.MAX_WBITS | 32)  # zlib-wrapped; raw deflate handled on error
    return None


async def read_body(response: httpx.Response, limit: int) -> bytes:
    """Read the whole body of a streamed response, decoded, raising BodyTooLarge past `limit` bytes.

    A body past KEEP_BUFFER comes back as the bytearray it was read into (bytes-like all the same):
    turning 50 MB into bytes would copy it on the caller's loop, holding the GIL, and hold it twice.
    """
    if response.is_stream_consumed:  # the body came whole (an in-memory transport): only the cap applies
        if len(response.content) > limit:
            raise BodyTooLarge(limit, packed=False)
        return response.content
    encoding = response.headers.get("content-encoding", "").strip().lower()
    declared_text = response.headers.get("content-length", "")
    declared = int(declared_text) if declared_text.isdigit() else None
    if encoding in ("", "identity") and declared is not None and declared > limit:
        raise BodyTooLarge(limit, packed=False, declared=declared)
    buffer = bytearray()
    if encoding in ("", "identity"):
        async for chunk in response.aiter_raw():
            buffer += chunk
            if len(buffer) > limit:
                raise BodyTooLarge(limit, packed=False)
        return _kept(buffer)
    unpacker = _decompressor(encoding)
    if unpacker is None:  # br, zstd or a chain: httpx decodes, the cap still holds per chunk
        async for chunk in response.aiter_bytes():
            buffer += chunk
            if len(buffer) > limit:
                raise BodyTooLarge(limit, packed=True)
        return _kept(buffer)
    async for chunk in response.aiter_raw():
        data = chunk
        while data:
            try:
                buffer += unpacker.decompress(data, limit - len(buffer) + 1)
            except zlib.error:
                if encoding == "deflate" and not buffer:  # raw deflate without the zlib header
                    unpacker = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise
            if len(buffer) > limit:
                raise BodyTooLarge(limit, packed=True)
            data = unpacker.unconsumed_tail
    buffer += unpacker.flush()
    if len(buffer) > limit:
        raise BodyTooLarge(limit, packed=True)
    return _kept(buffer)


def _kept(buffer: bytearray) -> bytes:
    return buffer if len(buffer) > KEEP_BUFFER else bytes(buffer)  # type: ignore[return-value]
