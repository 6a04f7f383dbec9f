"""Hostile strings through each language's literals: PHP, Python and bash read back exactly what was meant."""

from __future__ import annotations

import ast
import subprocess
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from b24desk.core.query import encode
from b24desk.core.snippets.curl import shell_quote
from b24desk.core.snippets.php import php_literal, php_string
from b24desk.core.snippets.python import py_literal
from tests.php.bridge import PhpBridge

HOSTILE = [
    "'",
    '"',
    "\\",
    "\\'",
    "$x",
    "${y}",
    "{$z}",
    "<?php echo 1; ?>",
    '"""',
    "'''",
    "\n",
    "\r\n",
    "\t",
    "Ж",
    "日本",
    "😀",
    "%",
    "&",
    "=",
    "\x00",
    "`id`",
    "$(id)",
    "!",
    "?>",
]
texts = st.one_of(st.sampled_from(HOSTILE), st.text(st.characters(exclude_categories=["Cs"]), max_size=10))
keys = st.one_of(texts, st.integers(0, 5))
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False, allow_infinity=False), texts
)
values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(keys, inner, max_size=3)),
    max_leaves=10,
)
params = st.dictionaries(texts, values, max_size=4)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(params, min_size=1, max_size=20))
@pytest.mark.php
def test_php_reads_the_array_literals_as_the_same_params(php: PhpBridge, batch: list[dict[str, Any]]) -> None:
    codes = [php_literal(p) for p in batch]
    assert php.ask({"op": "literals", "data": codes}) == [php.encode(p) for p in batch]


@settings(max_examples=500, deadline=None)
@given(values)
def test_python_literals_evaluate_to_the_same_value(value: Any) -> None:
    code = py_literal(value)
    assert ast.literal_eval(code) == value
    compile(f"params = {code}\n", "<snippet>", "exec")


def test_php_string_never_interpolates() -> None:
    assert php_string("$x {$y} \\n '") == "'$x {$y} \\\\n \\''"


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=15),
        min_size=1,
        max_size=30,
    )
)
def test_bash_single_quoting_round_trips(words: list[str]) -> None:
    script = "".join(f"printf '%s\\0' {shell_quote(word)}\n" for word in words)
    out = subprocess.run(["bash", "-c", script], capture_output=True, check=True).stdout
    assert out.decode("utf-8", errors="surrogateescape").split("\0")[:-1] == words


def test_floats_and_big_integers_survive_in_php(php: PhpBridge) -> None:
    value = {"big": 2**80, "tiny": 5e-324, "x": 0.1, "neg": -0.0, "huge": 1e300}
    assert php.ask({"op": "literals", "data": [php_literal(value)]}) == [encode(value)]
