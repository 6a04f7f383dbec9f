"""Waiting for the window by events, on the running loop (never for a guess of time)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable


async def until(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    """Let the loop run until `condition` holds (TimeoutError after `seconds`)."""
    async with asyncio.timeout(seconds):
        while not condition():
            await asyncio.sleep(0.02)
