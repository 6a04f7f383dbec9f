"""Every snippet language, when it cannot reach the portal, says so and exits non-zero without the secret.

Two failures, both on loopback: nothing listens on the port (connection refused), and a server that takes
the connection but answers an https snippet's TLS handshake with plain HTTP (TLS failure). Libraries name
the URL in their errors (requests: "Max retries exceeded with url: /rest/1/SECRET/..."); the secret must be
in no form in what the snippet prints.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import threading
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest

from b24desk.core.request import ApiRequest
from b24desk.core.snippets import FILE_SUFFIX, LANGUAGES, SnippetOptions, generate
from tests.core.snippets.runtimes import command, go_environment, link_node_modules
from tests.core.snippets.test_run_snippets import CREST_SETTINGS, CREST_STAND_IN

SECRET = "s3cr3tW3bh00k+/x"  # `+` and `/` differ in every encoding


def leaks(text: str) -> list[str]:
    """The forms of SECRET found in `text`: plain, URL-encoded either way, JSON-escaped."""
    forms = {SECRET, quote(SECRET, safe=""), quote_plus(SECRET), json.dumps(SECRET)[1:-1]}
    return sorted(form for form in forms if form in text)


def _answer_plain_text(listener: socket.socket) -> None:
    """Take connections and answer each with plain HTTP, which no TLS client can read; ends with the listener."""
    while True:
        try:
            connection, _ = listener.accept()
        except OSError:
            return
        with connection:
            connection.recv(4096)
            connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


@pytest.mark.php
@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_a_snippet_that_cannot_reach_the_portal_never_prints_the_secret(language: str, tmp_path: Path) -> None:
    (tmp_path / "crest.php").write_text(CREST_STAND_IN, encoding="utf-8")
    (tmp_path / "settings.php").write_text(CREST_SETTINGS, encoding="utf-8")
    if language.startswith("node"):
        link_node_modules(tmp_path)
    path = tmp_path / f"snippet{FILE_SUFFIX[language]}"
    path.write_text(generate(language, ApiRequest("profile", {}), None, SnippetOptions()), encoding="utf-8")
    env = dict(os.environ, **(go_environment(tmp_path.parent / "go") if language == "go" else {}))
    for failure in ("refused", "tls"):
        with socket.socket() as listener:
            listener.bind(("127.0.0.1", 0))
            port = listener.getsockname()[1]
            if failure == "tls":
                listener.listen()
                threading.Thread(target=_answer_plain_text, args=(listener,), daemon=True).start()
            else:
                listener.close()  # the port was free a moment ago; nothing listens on it now
            env["B24_WEBHOOK_URL"] = f"https://127.0.0.1:{port}/rest/1/{quote(SECRET, safe='')}/"
            done = subprocess.run(
                command(language, path), capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path, check=False
            )
        output = done.stdout + done.stderr
        assert done.returncode != 0, (failure, output)
        assert done.stderr.strip(), failure  # a message says what went wrong
        assert not leaks(output), (failure, output)
    assert not (tmp_path / "logs").exists()  # CRest logs every call, URL included, unless told not to
