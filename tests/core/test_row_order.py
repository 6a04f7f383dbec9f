"""Sorted order of a column: numbers by value, text folded, empty last; the same when sorted in runs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from b24desk.core import row_order
from b24desk.core.row_order import sort_order

values = st.lists(
    st.one_of(
        st.none(),
        st.just(""),
        st.integers(-50, 50),
        st.sampled_from(["9", "10", "100", "1.5", "Éclair", "eclair", "Zeta", "лид", "Лид"]),
        st.lists(st.integers(0, 2), max_size=2),
    ),
    max_size=40,
)


@contextmanager
def small_steps(run: int, block: int) -> Iterator[None]:
    """Sort in buckets of a few keys and fold and test texts a few at a time."""
    saved = row_order.SORT_RUN, row_order.FOLD_BLOCK
    row_order.SORT_RUN, row_order.FOLD_BLOCK = run, block
    try:
        yield
    finally:
        row_order.SORT_RUN, row_order.FOLD_BLOCK = saved


@settings(max_examples=200, deadline=None)
@given(column=values, descending=st.booleans(), run=st.integers(1, 6), block=st.integers(1, 4))
def test_sorting_in_buckets_gives_the_one_sort_order(column: list[Any], descending: bool, run: int, block: int) -> None:
    whole = sort_order(column, descending)
    with small_steps(run, block):
        assert sort_order(column, descending) == whole
    assert sorted(whole) == list(range(len(column)))
    shown = [column[number] for number in whole]
    empties = [value for value in shown if value is None or value == ""]
    assert shown[len(shown) - len(empties) :] == empties  # empty last, either way
    numbers = [float(v) for v in shown if isinstance(v, int) or (isinstance(v, str) and v[:1].isdigit())]
    assert numbers == sorted(numbers, reverse=descending)


texts = st.lists(
    st.one_of(
        st.none(),
        st.sampled_from(["", "7", "1e3", " -.5 ", "+7.", "٣", "7\x00", "\x007", "1_0", "0\x1f"]),
        st.sampled_from(["Éclair", "eclair", "ﬁne", "Йод", "иод", "ZETA", "e\u0301", "\u05b0\u05b1a\u0591", "Ǆ", "ß"]),
        st.from_regex(r"\A[\s+\-.0-9eE]{1,6}\Z"),
        st.text(),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(column=texts, descending=st.booleans(), block=st.integers(1, 5))
def test_a_column_of_text_and_nulls_sorts_as_a_mixed_one(
    column: list[str | None], descending: bool, block: int
) -> None:
    mixed = [*column, 0.5]  # a number that is not text: the value-by-value path
    expected = [n for n in sort_order(mixed, descending) if n < len(column)]
    assert sort_order(column, descending) == expected
    with small_steps(3, block):  # texts tested and folded a few at a time, sorted in buckets
        assert sort_order(column, descending) == expected


@settings(max_examples=200, deadline=None)
@given(
    keys=st.one_of(
        st.lists(st.sampled_from([-1.5, 0.0, -0.0, 2.0, 3.25, 1e9]) | st.floats(allow_nan=False)),
        st.lists(st.sampled_from(["a", "b", "bb", "é", "лид"]) | st.text(max_size=3)),
    ),
    descending=st.booleans(),
    run=st.integers(1, 8),
)
def test_buckets_sort_keys_as_one_stable_sort(keys: list[Any], descending: bool, run: int) -> None:
    with small_steps(run, 2):
        ordered = row_order._sorted_positions(keys, descending)
    assert ordered == sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)


@settings(max_examples=100, deadline=None)
@given(words=st.lists(st.text(max_size=6), max_size=80), repeats=st.integers(1, 4))
def test_folded_texts_are_each_texts_key(words: list[str], repeats: int) -> None:
    column = words * repeats  # repeated values share one key
    assert row_order.folded_texts(column) == [row_order.text_key(word) for word in column]
    with small_steps(4, 3):  # folded a few joined texts at a time
        assert row_order.folded_texts(column) == [row_order.text_key(word) for word in column]


def _float_refuses(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return True
    return False


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(
        st.one_of(
            st.from_regex(r"\A[\s+\-.0-9eE_]{1,6}\Z"),
            st.sampled_from(["7", "inf", "nan", "1_0", "٣", "0\x1f", "１２", "²", "1e٣", " 5 ", "1e400", "9" * 30]),
        ),
        min_size=1,
        max_size=12,
    ),
    block=st.integers(1, 4),
)
def test_a_column_read_as_numbers_at_once_is_what_the_pattern_reads(texts: list[str], block: int) -> None:
    with small_steps(3, block):
        numbers = row_order._numbers(texts)
    every = all(row_order._NUMBER.fullmatch(text) for text in texts)
    if numbers is not None:
        assert every and numbers == [float(text.strip()) for text in texts]
    elif every:  # left to the pattern text by text only when float() refuses one of them
        assert any(_float_refuses(text) for text in texts)


@settings(max_examples=200, deadline=None)
@given(column=values | texts, first_descending=st.booleans())
def test_the_other_direction_turned_round_is_the_one_sort_order(column: list[Any], first_descending: bool) -> None:
    keys = row_order.ColumnKeys(column)
    assert keys.order(first_descending) == sort_order(column, first_descending)
    assert keys.order(not first_descending) == sort_order(column, not first_descending)  # from the first, turned
    assert keys.order(first_descending) == sort_order(column, first_descending)  # and back


def test_the_other_direction_is_turned_a_block_at_a_time_with_a_pause_between() -> None:
    # numbers with ties, then texts with ties: both kinds turned from the order of the first click
    column: list[Any] = [str(n % 97) for n in range(3 * row_order.TURN_BLOCK)]
    column += [("Лид", "éclair", "Zeta")[n % 3] + str(n % 50) for n in range(2 * row_order.TURN_BLOCK + 7)]
    keys = row_order.ColumnKeys(column)
    keys.order()
    pauses: list[int] = []
    keys.pause = lambda: pauses.append(1)
    assert keys.order(descending=True) == sort_order(column, descending=True)
    blocks = 3 + 3  # per kind: ceil(count / TURN_BLOCK) blocks of ties read, and one before each kind
    assert len(pauses) >= blocks + 2
    assert keys.order() == sort_order(column)  # and back again, turned the same way


awkward = st.text(
    st.sampled_from(["a", "B", "é", "\u0301", "ß", "ﬁ", "Й", "л", "7", " ", "\x01", "\x7f", "\xa0", "ÿ"])
    | st.sampled_from(["\u0100", "\u07ff", "\u0800", "\ud7ff", "\ud800", "\udfff", "\ue000", "\uffff", "\U00010000"])
    | st.characters(),
    max_size=5,
)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(awkward, max_size=30))
def test_coded_keys_keep_the_order_and_the_ties_of_the_texts(texts: list[str]) -> None:
    # Latin-1 texts of the keys' UTF-8 bytes (lone surrogates too): compared byte by byte, as code points
    coded = [row_order._coded(text) for text in texts]
    assert all(len(key) == len(key.encode("latin-1")) for key in coded)
    assert sorted(range(len(texts)), key=coded.__getitem__) == sorted(range(len(texts)), key=texts.__getitem__)
    assert [a == b for a in coded for b in coded] == [a == b for a in texts for b in texts]


words = st.lists(
    st.one_of(
        awkward.filter(lambda text: row_order._NUMBER.fullmatch(text) is None),  # words, and empty texts
        st.sampled_from(["Éclair", "eclair", "лид", "Лид"]),
    ),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(column=words, descending=st.booleans(), run=st.integers(1, 8))
def test_a_column_of_words_sorts_by_the_folded_texts(column: list[str], descending: bool, run: int) -> None:
    # the oracle: Python's own stable sort of text_key (case and accents folded)
    expected = sorted(range(len(column)), key=lambda n: row_order.text_key(column[n]), reverse=descending)
    empties = [n for n in range(len(column)) if column[n] == ""]
    expected = [n for n in expected if column[n] != ""] + empties
    assert sort_order(column, descending) == expected
    with small_steps(run, 3):  # sorted in runs and merged in pieces
        assert sort_order(column, descending) == expected


@settings(max_examples=100, deadline=None)
@given(
    keys=st.lists(st.integers(0, 6), min_size=1, max_size=50).map(sorted),
    descending=st.booleans(),
    run=st.integers(1, 4),
)
def test_keys_in_order_already_sort_as_one_stable_sort(keys: list[int], descending: bool, run: int) -> None:
    floats = [float(key) for key in keys]  # a column sorted already (IDs): sorted in one pass, ties kept in order
    with small_steps(run, 2):
        assert row_order._sorted_positions(floats, descending) == sorted(
            range(len(floats)), key=floats.__getitem__, reverse=descending
        )


def test_a_long_column_is_sorted_a_run_and_a_piece_at_a_time_with_a_pause_between() -> None:
    keys = [float((n * 7919) % 1000) for n in range(1000)]
    pauses: list[int] = []
    with small_steps(50, 4):
        ordered = row_order._sorted_positions(keys, False, lambda: pauses.append(1))
    assert ordered == sorted(range(len(keys)), key=keys.__getitem__)
    runs = -(-len(keys) // 100)  # runs of 2 * SORT_RUN positions, and about one piece per SORT_RUN keys
    assert len(pauses) >= runs + len(keys) // 50 // 2
