"""Hypothesis strategies for requests: methods, nested params with hostile keys and values, saved requests."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from b24desk.core.query import encode
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest

# Text that breaks naive quoting: shell, JSON, URL, PHP key syntax and template characters, non-ASCII.
HOSTILE = "'\"`$\\&=+%#;|()<>!*@:?/{}~^ \t\n\r-_ä€😀"
_VALUE_CHARS = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")  # no shell/C-string NUL
values_text = st.text(alphabet=st.one_of(st.sampled_from(HOSTILE), _VALUE_CHARS), max_size=12)
# Keys PHP reads back as written: no [ ] at all, no NUL, not one blank alone (PHP reads `[ ]` as `[]`);
# top-level keys also no space or dot (PHP makes them _).
nested_key = st.text(alphabet=st.one_of(st.sampled_from(HOSTILE), _VALUE_CHARS), min_size=1, max_size=8).filter(
    lambda key: not set(key) & set("[]") and not (len(key) == 1 and key in " \t\n\v\f\r")
)
top_key = nested_key.filter(lambda key: not set(key) & set(" .") and not key[0].isspace())
methods = st.from_regex(r"[a-z][a-z0-9]{0,6}(\.[a-z][a-z0-9_]{0,6}){0,3}", fullmatch=True)
scalars = st.one_of(values_text, st.integers(-(2**40), 2**40), st.booleans())
params_values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(nested_key, inner, max_size=3)),
    max_leaves=8,
)
params = st.dictionaries(top_key, params_values, max_size=4)
requests = st.builds(
    ApiRequest, method=methods, params=params, http_method=st.sampled_from(["POST", "GET"]), fetch_all=st.booleans()
)
references = st.one_of(st.none(), st.just("{{webhook}}"), st.just("{{test.portal}}"), st.just("Sales portal"))
saved_requests = st.builds(SavedRequest, request=requests, webhook=references)


def wire(request: ApiRequest) -> tuple[str, str, str, bool]:
    """What the portal receives: method, GET/POST, the PHP-encoded parameters, and fetch-all."""
    return request.method, request.http_method, encode(request.params), request.fetch_all
