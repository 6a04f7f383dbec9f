"""The PHP-style encoder and decoder, compared with a real php process (http_build_query, parse_str)."""

from __future__ import annotations

import json
import math
import random
import struct
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from b24desk.core.errors import ParamsError
from b24desk.core.query import Params, decode, decode_pairs, encode, encode_display, iter_pairs, php_float
from tests.php.bridge import PhpBridge

pytestmark = pytest.mark.php
PHP_SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BULK_CASES = 20000  # plain random structures compared in one php round trip, on top of hypothesis

# Text PHP's json_decode accepts: any Unicode scalar value except lone surrogates.
texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
keys = st.one_of(
    texts,
    st.sampled_from(["TITLE", ">ID", "!STATUS_ID", "%NAME", "UF_CRM_1", "0", "1", "05", "-3", "a b", "x.y"]),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),  # bridge.php keeps integers past 64 bits as strings, as the portal would print them
    st.floats(allow_nan=False, allow_infinity=False),
    texts,
)
values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(keys, inner, max_size=5)),
    max_leaves=20,
)
params = st.dictionaries(keys, values, max_size=6)


@PHP_SETTINGS
@given(params)
def test_encoder_equals_php_http_build_query(php: PhpBridge, data: dict[str, Any]) -> None:
    assert encode(data) == php.encode(data)


@PHP_SETTINGS
@given(st.lists(values, max_size=5))
def test_top_level_lists_encode_like_php(php: PhpBridge, data: list[Any]) -> None:
    assert encode(data) == php.encode(data)


def test_floats_print_like_php(php: PhpBridge) -> None:
    rng = random.Random(20261125)
    samples = [rng.getrandbits(64) for _ in range(20000)]
    specials = [
        0.0,
        -0.0,
        1.0,
        0.1,
        1e14,
        1e15,
        1e-4,
        1e-5,
        5e-324,
        1.7976931348623157e308,
        123456789012345.6,
        99999999999999.99,
        0.00009999999999999999,
        math.inf,
        -math.inf,
    ]
    doubles = [struct.unpack(">d", struct.pack(">Q", bits))[0] for bits in samples] + specials
    doubles += [rng.uniform(-1e6, 1e6) for _ in range(5000)]
    # integers of 15 digits: ties (ending in 5) take a path of their own in PHP's dtoa
    doubles += [float(rng.randrange(10**13, 10**14) * 10 + rng.choice([0, 3, 5])) for _ in range(5000)]
    doubles += [-644621347147205.0, 100000000000005.0, 999999999999995.0, 123456789012005.0]
    expected = php.ask({"op": "floats", "data": [struct.pack(">d", x).hex() for x in doubles]})
    ours = [encode({"f": x})[2:] for x in doubles]
    mismatches = [(x, o, e) for x, o, e in zip(doubles, ours, expected, strict=True) if o != e]
    assert mismatches == []
    assert php_float(math.nan) == "NAN"


# Query strings built from the pieces that make parse_str interesting.
query_pieces = st.one_of(
    st.sampled_from(
        [
            "[",
            "]",
            "[]",
            ".",
            " ",
            "+",
            "%5B",
            "%5D",
            "%20",
            "%2E",
            "%",
            "%2",
            "%41",
            "%00",
            "=",
            "%3D",
            "%26",
            "%09",
            "%0D%0A",
            "a",
            "b",
            "0",
            "1",
            "05",
            "-1",
            "ID",
            ">ID",
            "%C3%A9",
            "é",
            "Ж",
            "~",
        ]
    ),
    st.text(st.characters(exclude_categories=["Cs"], exclude_characters="&#"), max_size=3),
)
query_pairs = st.lists(st.lists(query_pieces, max_size=8).map("".join), max_size=8).map("&".join)


def _php_shape(value: Any) -> Any:
    """parse_str's result as bridge.php prints it: a top-level list means keys 0..n-1."""
    return {str(i): v for i, v in enumerate(value)} if isinstance(value, list) else value


@PHP_SETTINGS
@given(query_pairs)
def test_decoder_equals_php_parse_str(php: PhpBridge, query: str) -> None:
    assert decode(query) == _php_shape(php.decode(query))


@PHP_SETTINGS
@given(params)
def test_decode_then_encode_matches_php_on_any_params(php: PhpBridge, data: dict[str, Any]) -> None:
    wire = encode(data)
    php_decoded = php.decode(wire)
    assert decode(wire) == _php_shape(php_decoded)
    assert encode(decode(wire)) == php.encode(php_decoded)


# Keys as Bitrix24 methods use them (no space, dot or bracket, which PHP renames or reads as nesting).
plain_keys = st.text(st.sampled_from("AZaz09_><!%=@-*"), min_size=1, max_size=8)
plain_values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(plain_keys, inner, max_size=4)),
    max_leaves=15,
)


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(plain_keys, plain_values, max_size=6))
def test_decode_round_trips_the_wire_form(data: dict[str, Any]) -> None:
    wire = encode(data)
    assert encode(decode(wire)) == wire


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("select[]=ID&select[]=TITLE", {"select": ["ID", "TITLE"]}),
        ("select%5B%5D=ID&select%5B%5D=TITLE", {"select": ["ID", "TITLE"]}),
        ("fields[TITLE]=Acme+Corp", {"fields": {"TITLE": "Acme Corp"}}),
        ("fields[TITLE]=Acme%20Corp", {"fields": {"TITLE": "Acme Corp"}}),
        ("filter[>ID]=10&order[ID]=ASC", {"filter": {">ID": "10"}, "order": {"ID": "ASC"}}),
        ("a.b=1&c d=2", {"a_b": "1", "c_d": "2"}),
        ("e[f=3", {"e_f": "3"}),
        ("g[h]tail=4", {"g": {"h": "4"}}),
        ("a[1]=x&a[]=y", {"a": {"1": "x", "2": "y"}}),
        ("flag&x=", {"flag": "", "x": ""}),
        ("a=1&a[b]=2", {"a": {"b": "2"}}),
    ],
)
def test_decoder_reads_the_documented_forms(query: str, expected: dict[str, Any]) -> None:
    assert decode(query) == expected


def test_encoder_examples_from_the_bitrix24_docs() -> None:
    data: Params = {
        "fields": {"TITLE": "ИП Титов", "OPPORTUNITY": 1000.5, "OPENED": True},
        "select": ["ID", "UF_*"],
        "filter": {">ID": 10, "=STATUS_ID": None},
        "params": [],
    }
    assert encode(data) == (
        "fields%5BTITLE%5D=%D0%98%D0%9F+%D0%A2%D0%B8%D1%82%D0%BE%D0%B2&fields%5BOPPORTUNITY%5D=1000.5"
        "&fields%5BOPENED%5D=1&select%5B0%5D=ID&select%5B1%5D=UF_%2A&filter%5B%3EID%5D=10"
    )
    assert encode_display(data).startswith("fields[TITLE]=ИП+Титов&fields[OPPORTUNITY]=1000.5")
    assert encode_display({"filter": {">ID": "a&b=c+d%"}}) == "filter[>ID]=a%26b%3Dc%2Bd%25"
    assert decode(encode_display({"q": "x y&z", "filter": {">=DATE": "2026"}})) == {
        "q": "x y&z",
        "filter": {">=DATE": "2026"},
    }
    assert list(iter_pairs({"a": {"b": [1, False]}})) == [("a[b][0]", "1"), ("a[b][1]", "0")]


def test_unencodable_values_raise_a_params_error() -> None:
    with pytest.raises(ParamsError, match="bytes"):
        encode({"file": cast(Any, b"raw")})
    with pytest.raises(ParamsError, match="not valid Unicode"):
        encode({"t": "\ud800"})


def test_decode_pairs_applies_php_key_rules_to_typed_keys() -> None:
    pairs = [("fields[TITLE]", "Acme"), ("select[]", "ID"), ("select[]", "TITLE")]
    assert decode_pairs(pairs) == {"fields": {"TITLE": "Acme"}, "select": ["ID", "TITLE"]}
    assert json.dumps(decode_pairs([("x[0]", "a"), ("x[2]", "b")])) == '{"x": {"0": "a", "2": "b"}}'


def _random_text(rng: random.Random) -> str:
    alphabet = "aZ09 .[]=&%+~-_*!'\"\\$é€Ж中\n\t😀"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))


def _random_value(rng: random.Random, depth: int) -> Any:
    kind = rng.randint(0, 9 if depth < 4 else 6)
    if kind <= 6:
        return [
            None,
            True,
            False,
            rng.randint(-(2**70), 2**70),
            rng.uniform(-1e20, 1e20),
            _random_text(rng),
            rng.choice(["0", "1", "-1", "05"]),
        ][kind]
    size = rng.randint(0, 4)
    if kind == 7:
        return [_random_value(rng, depth + 1) for _ in range(size)]
    return {
        _random_text(rng) if rng.random() < 0.8 else str(rng.randint(-3, 9)): _random_value(rng, depth + 1)
        for _ in range(size)
    }


def test_bulk_random_structures_encode_and_decode_like_php(php: PhpBridge) -> None:
    rng = random.Random(BULK_CASES)
    cases = [{_random_text(rng): _random_value(rng, 1) for _ in range(rng.randint(0, 5))} for _ in range(BULK_CASES)]
    expected = php.ask({"op": "encode_many", "data": cases})
    wires = [encode(case) for case in cases]
    assert [i for i in range(BULK_CASES) if wires[i] != expected[i]] == []
    decoded = php.ask({"op": "decode_many", "data": wires})
    assert [i for i in range(BULK_CASES) if decode(wires[i]) != _php_shape(decoded[i])] == []
