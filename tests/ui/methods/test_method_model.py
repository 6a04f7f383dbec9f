"""The method browser's model: search results laid out a batch at a time, all reachable by scrolling."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from b24desk.core.catalogue import load_catalogue
from b24desk.ui.methods.method_model import RESULTS_BATCH, SEARCH_LIMIT, MethodTreeModel


def test_results_come_a_batch_at_a_time_and_pass_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = MethodTreeModel()
    model.set_catalogue(load_catalogue())
    model.search("a")  # almost every method matches: the limit is reached
    results = model.index(0, 0)
    assert model.data(results) == f"Results ({SEARCH_LIMIT})"
    assert model.rowCount(results) == RESULTS_BATCH and model.canFetchMore(results)
    qtmodeltester.check(model)
    while model.canFetchMore(results):
        model.fetchMore(results)
    assert model.rowCount(results) == SEARCH_LIMIT
    names = [model.data(model.index(row, 0, results)) for row in range(SEARCH_LIMIT)]
    assert len(set(names)) == SEARCH_LIMIT and all(names)
    assert not model.index(SEARCH_LIMIT, 0, results).isValid()
    model.search("")  # browsing: whole scopes, nothing held back
    scope = model.index(0, 0)
    assert not model.canFetchMore(scope) and model.rowCount(scope) > 0
