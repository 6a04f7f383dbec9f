"""One request as the editor holds it (method, params, GET/POST, all pages) and how it goes on the wire."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from b24desk.core.value_record import ValueRecord

if TYPE_CHECKING:  # the wire's encoding and webhook URLs (urllib.parse): when a URL is first built
    from b24desk.core.webhook import ParsedURL, Webhook

__all__ = ["ApiRequest", "HttpMethod", "WirePreview", "request_from_url", "wire_preview"]

HttpMethod = Literal["POST", "GET"]


class ApiRequest(ValueRecord):  # not a dataclass: defined before the first screen (see core/value_record.py)
    """What Execute sends: a method, nested params, GET or POST, and whether to fetch every page."""

    __slots__ = __match_args__ = ("method", "params", "http_method", "fetch_all")

    def __init__(
        self,
        method: str = "profile",
        params: dict[str, Any] | None = None,
        http_method: HttpMethod = "POST",
        fetch_all: bool = False,
    ) -> None:
        self.method = method
        self.params: dict[str, Any] = {} if params is None else params
        self.http_method: HttpMethod = http_method
        self.fetch_all = fetch_all


def request_from_url(parsed: ParsedURL) -> ApiRequest:
    """The request a pasted call URL stands for: GET when the URL carries the query (as a browser sends it)."""
    return ApiRequest(
        method=parsed.method or "profile",
        params=dict(parsed.params),
        http_method="GET" if parsed.with_query else "POST",
    )


# A NamedTuple, not a frozen dataclass: defined before the first screen, where a dataclass compiles its methods (~1 ms).
class WirePreview(NamedTuple):
    """The exact URL and body for a request; the secret masked unless revealed."""

    url: str
    body: str  # form body for POST, "" for GET
    readable_query: str  # the query with [ ] shown plainly, for people
    http_method: HttpMethod = "POST"


def wire_preview(webhook: Webhook, request: ApiRequest, *, reveal: bool = False) -> WirePreview:
    """Build what would be sent: GET puts the query in the URL, POST sends it as the form body."""
    from b24desk.core.query import encode, encode_display
    from b24desk.core.webhook import check_method

    url = f"{webhook.base_url(reveal=reveal)}{check_method(request.method)}.json"
    query = encode(request.params)
    readable = encode_display(request.params)
    if request.http_method == "GET":
        return WirePreview(f"{url}?{query}" if query else url, "", readable, "GET")
    return WirePreview(url, query, readable)
