"""Hostile values through the JSON-bodied snippets' literals: Node, Go and bash read back what was meant.

Each hypothesis example is a batch of values; one node process (or one Go program) reads the whole
batch, so the real language is asked often without starting a process per value.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from b24desk.core.snippets.common import json_ready, json_text
from b24desk.core.snippets.curl import shell_quote
from b24desk.core.snippets.go import go_string, go_text
from b24desk.core.snippets.javascript import js_literal, js_string
from tests.core.snippets.runtimes import go_environment, need
from tests.core.snippets.test_literals import values

no_nul_text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(values, min_size=1, max_size=25), st.lists(no_nul_text, min_size=1, max_size=10))
@example([{"__proto__": None}, [{"a": {"__proto__": "x"}}]], [""])  # an object literal's __proto__ is no key
def test_node_reads_the_object_and_string_literals_back(batch: list[Any], words: list[str]) -> None:
    script = "const out = [];\n"
    script += "".join(f"out.push({js_literal(value)});\n" for value in batch)
    script += "".join(f"out.push({js_string(word)});\n" for word in words)
    script += "process.stdout.write(JSON.stringify(out));\n"
    done = subprocess.run([need("node"), "--input-type=module"], input=script.encode(), capture_output=True, check=True)
    # JavaScript has one number type: compare numbers as doubles (json_ready keeps integers within 2**53).
    expected = [json_ready(value) for value in batch] + words
    assert json.loads(done.stdout, parse_int=float) == json.loads(json.dumps(expected), parse_int=float)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(values, min_size=1, max_size=60), st.lists(st.text(max_size=12), min_size=1, max_size=30))
def test_go_reads_the_params_text_and_string_literals_back(
    tmp_path_factory: Any, batch: list[Any], words: list[str]
) -> None:
    folder: Path = tmp_path_factory.mktemp("golit")
    texts = [go_text(json_text(value)) for value in batch] + [go_string(word) for word in words]
    program = 'package main\n\nimport (\n\t"encoding/json"\n\t"os"\n)\n\nfunc main() {\n'
    program += "\tout := []string{\n" + "".join(f"\t\t{text},\n" for text in texts) + "\t}\n"
    program += "\tjson.NewEncoder(os.Stdout).Encode(out)\n}\n"
    (folder / "main.go").write_text(program, encoding="utf-8")
    env = go_environment(folder.parent / "go")
    done = subprocess.run([need("go"), "run", "main.go"], cwd=folder, env=env, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    read = json.loads(done.stdout)
    assert [json.loads(text) for text in read[: len(batch)]] == [json_ready(value) for value in batch]
    assert read[len(batch) :] == words


@settings(max_examples=60, deadline=None)
@given(st.lists(values, min_size=1, max_size=20))
def test_bash_hands_the_json_body_over_unchanged(batch: list[Any]) -> None:
    bodies = [json_text(value) for value in batch]
    script = "".join(f"params={shell_quote(body)}\nprintf '%s\\0' \"$params\"\n" for body in bodies)
    done = subprocess.run(["bash", "-c", script], capture_output=True, check=True)
    assert done.stdout.decode().split("\0")[:-1] == bodies


def test_json_ready_keeps_what_json_cannot_hold_as_php_sends_it() -> None:
    assert json_ready({"big": 2**60, "nan": float("nan"), "inf": float("-inf"), 1: True}) == {
        "big": str(2**60),
        "nan": "NAN",
        "inf": "-INF",
        "1": True,
    }
