"""The core's exception hierarchy; the UI and CLI map each to the same plain-language message.

    B24DeskError                 anything b24desk reports to a person
    ├── InputError               something the user typed cannot be used
    │   ├── WebhookURLError      not a Bitrix24 webhook URL
    │   ├── ParamsError          parameters that cannot be encoded or parsed
    │   ├── CollectionError      a collection, environment or import file b24desk cannot use as asked
    │   └── UndefinedVariables   a request uses {{variables}} the environment does not define
    ├── CatalogueError           the bundled method catalogue is missing or unreadable (catalogue.py)
    ├── FieldMetadataError       a `*.fields` answer in no known format (field_metadata.py)
    └── CallError                a call to the portal did not give a result (carries the raw response)
        ├── PortalError          the portal answered with an error code (INVALID_CREDENTIALS, ...)
        ├── HTTPStatusError      an HTTP error status without a Bitrix24 error body (502 page, ...)
        │   └── RedirectError    the portal moved: a 3xx with its Location (never followed)
        ├── ResponseFormatError  the body is not the JSON envelope (HTML page, truncated JSON, too deep)
        │   └── ResponseTooLargeError  the decoded body passed the client's size cap (or a bomb)
        ├── PagingError          fetching every page made no progress (the same page again)
        ├── NetworkError         no answer: refused, DNS, dropped connection, TLS failure
        └── CallTimeoutError     no answer in time

Every message is already translated (through `b24desk.core.i18n`) and never contains a secret.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from b24desk.core.response import RawResponse

__all__ = [
    "B24DeskError",
    "CallError",
    "CallTimeoutError",
    "CollectionError",
    "HTTPStatusError",
    "InputError",
    "NetworkError",
    "PagingError",
    "ParamsError",
    "PortalError",
    "RedirectError",
    "ResponseFormatError",
    "ResponseTooLargeError",
    "UndefinedVariables",
    "WebhookURLError",
    "unexpected_failure",
]


class B24DeskError(Exception):
    """Base of every error b24desk explains to a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(B24DeskError):
    """Input typed or pasted by the user cannot be used as it is."""


class WebhookURLError(InputError):
    """A string is not a Bitrix24 webhook URL; the message says what is wrong and shows the form."""


class ParamsError(InputError):
    """Parameters cannot be encoded or decoded (wrong type, bad JSON, bad key syntax)."""


class CollectionError(InputError):
    """A collection operation cannot be done as asked (a name taken, a path outside the folder, a bad file)."""


class UndefinedVariables(InputError):
    """A request uses `{{names}}` that have no value; `names` lists them, in order of use."""

    def __init__(self, message: str, names: tuple[str, ...]) -> None:
        super().__init__(message)
        self.names = names


class CallError(B24DeskError):
    """A call gave no result; `response` is the raw answer when there was one."""

    def __init__(
        self, message: str, *, method: str = "", response: RawResponse | None = None, sent: bool = True
    ) -> None:
        super().__init__(message)
        self.method = method
        self.response = response
        self.sent = sent  # False when the request surely never reached the portal

    @property
    def code(self) -> str:
        """A short code for this failure (the portal's error code, or the family name)."""
        return type(self).__name__


class PortalError(CallError):
    """The portal answered `{"error": CODE, "error_description": ...}`."""

    def __init__(
        self, error_code: str, description: str, *, method: str = "", response: RawResponse | None = None
    ) -> None:
        super().__init__(
            f"{error_code}: {description}" if description else error_code, method=method, response=response
        )
        self.error_code = error_code
        self.description = description

    @property
    def code(self) -> str:
        """The portal's error code as sent (compare case-insensitively)."""
        return self.error_code

    @property
    def status(self) -> int | None:
        """The HTTP status that came with the error."""
        return self.response.status if self.response else None


class HTTPStatusError(CallError):
    """An HTTP error status (4xx/5xx) whose body is not a Bitrix24 error."""

    @property
    def code(self) -> str:
        """`HTTP_<status>`."""
        return f"HTTP_{self.response.status}" if self.response else "HTTP"


class RedirectError(HTTPStatusError):
    """The portal answered 3xx: it moved to `location` (masked); b24desk never follows it."""

    def __init__(self, message: str, *, method: str = "", response: RawResponse | None = None, location: str) -> None:
        super().__init__(message, method=method, response=response)
        self.location = location


class ResponseFormatError(CallError):
    """The body is not the JSON envelope: an HTML page, truncated or malformed JSON, beyond limits."""


class ResponseTooLargeError(ResponseFormatError):
    """The decoded body passed `limit` bytes; reading stopped there (nothing of it is kept)."""

    def __init__(self, message: str, *, method: str = "", limit: int) -> None:
        super().__init__(message, method=method)
        self.limit = limit


class PagingError(CallError):
    """Fetching every page stopped: the portal sent a page that does not move through the list."""


class NetworkError(CallError):
    """The portal could not be reached or the connection broke."""


class CallTimeoutError(CallError):
    """The portal did not answer within the configured time."""


def unexpected_failure(error: BaseException, method: str = "") -> CallError:
    """A CallError for a failure no branch expected (a bug), so every run still ends in a message."""
    from b24desk.core.secret_mask import mask_secrets  # errors.py is imported by everything: import late

    detail = mask_secrets(f"{type(error).__name__}: {error}")[:500]
    return ResponseFormatError(detail, method=method)
