"""The open request as data, with no Qt: what every view of a request reads and writes.

A `RequestDocument` holds the method, GET/POST, the parameter rows (unticked ones too), whether
every page is wanted, each method's own rows (its draft), and the last result with the view that
suits it. Views never keep copies of these facts; they show the document and call its methods.

Two facts are decided here once:
- whether "fetch all pages" applies: `fetch_all_applies`, from the catalogue's list flag (set from
  the method's docs: it takes `start`, or its documented answer pages with `next`/`total`), never
  from the method's name;
- which view suits a result: `result_shape.suiting_view` (a list of records: Table; else Tree).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from b24desk.core.catalogue_model import MethodInfo
from b24desk.core.errors import ParamsError
from b24desk.core.param_rows import ParamRow, params_to_rows, required_rows, rows_to_params
from b24desk.core.request import ApiRequest, HttpMethod
from b24desk.core.result_shape import TREE, ResultViewKind, suiting_view
from b24desk.core.value_record import ValueRecord

__all__ = ["MethodLookup", "RequestDocument", "ResultState", "fetch_all_applies", "method_key"]

MethodLookup = Callable[[str], MethodInfo | None]


def fetch_all_applies(method: MethodInfo | None) -> bool:
    """Whether "fetch all pages" can apply to a method: the catalogue says it is a list (it pages).

    A method the catalogue does not know (a typo, a portal's own method) is not paged by b24desk.
    """
    return method is not None and method.is_list


def method_key(name: str) -> str:
    """The key a method's draft is kept under (REST method names are case-insensitive)."""
    return name.strip().lower()


def _no_lookup(_name: str) -> MethodInfo | None:
    return None


class ResultState(ValueRecord):  # not a dataclass: defined before the first screen (see core/value_record.py)
    """The last answer's result (or rows of every page) and the view that suits it."""

    __slots__ = __match_args__ = ("value", "view", "summary", "answer")

    def __init__(self, value: Any = None, view: ResultViewKind = TREE, summary: str = "", answer: Any = None) -> None:
        self.value = value
        self.view: ResultViewKind = view
        self.summary = summary  # the status line shown with it (HTTP status, times, paging)
        self.answer = answer  # the whole answer it came in (result, time, total), when it was one call


class RequestDocument(ValueRecord):  # not a dataclass: defined before the first screen (see core/value_record.py)
    """One open request: method, verb, rows, fetch-all wish, per-method drafts, last result.

    The rows belong to `owner`, the method last settled (picked, typed and confirmed, or loaded);
    `method` is what the method field says right now and is what would be sent. Settling another
    method keeps the rows under the old one and brings back the new one's own rows.
    """

    __slots__ = __match_args__ = (
        "method",
        "http_method",
        "rows",
        "fetch_all_wanted",
        "owner",
        "drafts",
        "result",
        "params_problem",
        "lookup",
    )

    def __init__(
        self,
        method: str = "profile",
        http_method: HttpMethod = "POST",
        rows: list[ParamRow] | None = None,
        fetch_all_wanted: bool = False,
        owner: str = "profile",
        drafts: dict[str, list[ParamRow]] | None = None,
        result: ResultState | None = None,
        params_problem: str = "",
        lookup: MethodLookup = _no_lookup,
    ) -> None:
        self.method = method
        self.http_method: HttpMethod = http_method
        self.rows: list[ParamRow] = [] if rows is None else rows
        self.fetch_all_wanted = fetch_all_wanted
        self.owner = owner
        self.drafts: dict[str, list[ParamRow]] = {} if drafts is None else drafts
        self.result = ResultState() if result is None else result
        # why the parameters as typed (the JSON tab) cannot be read; "" when they can
        self.params_problem = params_problem
        self.lookup = lookup

    # -- what the catalogue says -------------------------------------------------------------------
    @property
    def info(self) -> MethodInfo | None:
        """What the catalogue knows of the method in the field (None: unknown, or no catalogue yet)."""
        return self.lookup(self.method.strip()) if self.method.strip() else None

    @property
    def fetch_all_applies(self) -> bool:
        """Whether the fetch-all option applies to this method (the one rule: `fetch_all_applies`)."""
        return fetch_all_applies(self.info)

    @property
    def fetch_all(self) -> bool:
        """Whether Execute fetches every page: wanted, and the method pages."""
        return self.fetch_all_wanted and self.fetch_all_applies

    # -- editing -----------------------------------------------------------------------------------
    def type_method(self, text: str) -> None:
        """The method field changed (a key press): what would be sent changes; the rows stay their owner's."""
        self.method = text.strip()

    def settle_method(self, name: str | None = None, *, with_required: bool = True) -> bool:
        """The method is settled (picked, Enter, focus left): its own rows come back; True when they changed.

        A method met for the first time gets empty rows, plus its required ones from the catalogue.
        """
        if name is not None:
            self.method = name.strip()
        new = method_key(self.method)
        if not new or new == method_key(self.owner):
            self.owner = self.method or self.owner
            return False
        self._keep_draft()
        self.owner = self.method
        stored = self.drafts.pop(new, None)
        if stored is not None:
            self.rows = stored
        else:
            info = self.info
            required = required_rows(info.params) if (with_required and info is not None) else {}
            self.rows = [ParamRow(key, "", kind) for key, kind in required.items()]
        self.params_problem = ""
        return True

    def set_rows(self, rows: list[ParamRow]) -> None:
        """The grid's rows changed (a person edited, ticked or unticked one)."""
        self.rows = list(rows)
        self.params_problem = ""

    def set_params(self, params: dict[str, Any]) -> None:
        """Parameters typed as JSON: they become the sent rows; unticked rows are kept (JSON has no place)."""
        unsent = [row for row in self.rows if not row.enabled]
        self.rows = [*params_to_rows(params), *unsent]
        self.params_problem = ""

    def set_params_problem(self, text: str) -> None:
        """The parameters as typed cannot be read (the rows stay what they last were)."""
        self.params_problem = text

    def load(self, request: ApiRequest) -> None:
        """Open a saved request (a file): method, rows, verb and fetch-all; other methods keep their rows."""
        self.open_call(request.method, request.params)
        self.http_method = request.http_method
        self.fetch_all_wanted = request.fetch_all

    def open_call(self, method: str, params: dict[str, Any]) -> None:
        """Open a call (a pasted URL, history): its method and exactly its parameters; verb and fetch-all stay."""
        self._keep_draft()
        self.method = self.owner = method.strip()
        self.drafts.pop(method_key(self.method), None)
        self.rows = params_to_rows(params)
        self.params_problem = ""

    def _keep_draft(self) -> None:
        key = method_key(self.owner)
        if key:
            if self.rows:
                self.drafts[key] = list(self.rows)
            else:
                self.drafts.pop(key, None)

    def rows_of(self, method: str) -> list[ParamRow]:
        """A method's own rows: the shown ones for the owner, its draft for another."""
        if method_key(method) == method_key(self.owner):
            return list(self.rows)
        return list(self.drafts.get(method_key(method), []))

    # -- what is sent ------------------------------------------------------------------------------
    def params(self) -> dict[str, Any]:
        """The nested parameters the ticked rows stand for; raise ParamsError when they cannot be read."""
        if self.params_problem:
            raise ParamsError(self.params_problem)
        return rows_to_params(self.rows)

    def request(self) -> ApiRequest:
        """What Execute sends; raise ParamsError when the parameters cannot be read."""
        return ApiRequest(
            method=self.method, params=self.params(), http_method=self.http_method, fetch_all=self.fetch_all
        )

    # -- the answer --------------------------------------------------------------------------------
    def set_result(self, value: Any, summary: str = "", answer: Any = None) -> ResultViewKind:
        """Remember the last result (its status line, the answer it came in); returns the view that suits it."""
        self.result = ResultState(value, suiting_view(value), summary, answer)
        return self.result.view

    def clear_result(self) -> None:
        """No result shown (a failure, or a request under way)."""
        self.result = ResultState()
