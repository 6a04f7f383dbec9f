"""Drive tests/php/bridge.php: one php process answers many encode/decode requests over pipes."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

BRIDGE = Path(__file__).with_name("bridge.php")


def find_php() -> str | None:
    """Return the php executable, or None."""
    return shutil.which("php")


class PhpBridge:
    """A php-cli process running bridge.php; `ask` sends one request and returns PHP's answer."""

    def __init__(self, php: str) -> None:
        self.process = subprocess.Popen(
            [php, "-d", "max_input_vars=1000000", "-d", "display_errors=stderr", str(BRIDGE)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.requests = 0

    def ask(self, request: dict[str, Any]) -> Any:
        """Send one request and return `out` from PHP's reply."""
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps(request, ensure_ascii=True) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("php bridge exited")
        self.requests += 1
        return json.loads(line)["out"]

    def encode(self, data: Any) -> str:
        """PHP's http_build_query(data)."""
        out: str = self.ask({"op": "encode", "data": data})
        return out

    def decode(self, query: str) -> Any:
        """PHP's parse_str(query) as JSON."""
        return self.ask({"op": "decode", "query": query})

    def close(self) -> None:
        """Stop the php process."""
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=10)
