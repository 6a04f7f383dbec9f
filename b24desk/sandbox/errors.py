"""Errors the sandbox answers with: the portal's error codes, descriptions and HTTP statuses.

Statuses follow /work/shared/reference/bitrix24-protocol.md, section 1 (b24restdocs
`_includes/system-errors.md`, `limits.md`, `api-reference/rest-v3.md`; 401 for INVALID_CREDENTIALS and
insufficient_scope as the newer docs and the official Python SDK give them).
"""

from __future__ import annotations


class RestError(Exception):
    """An error answer: `{"error": code, "error_description": description}` with an HTTP status."""

    def __init__(self, code: str, description: str, status: int = 400) -> None:
        super().__init__(f"{code}: {description}")
        self.code = code
        self.description = description
        self.status = status

    def body(self) -> dict[str, str]:
        """The JSON body of the error answer."""
        return {"error": self.code, "error_description": self.description}


def internal_server_error() -> RestError:
    """The method failed inside the portal (system-errors.md: 500 INTERNAL_SERVER_ERROR)."""
    return RestError("INTERNAL_SERVER_ERROR", "Internal server error", 500)


def https_required() -> RestError:
    """A plain-HTTP call where HTTPS is required (system-errors.md: 400 INVALID_REQUEST)."""
    return RestError("INVALID_REQUEST", "Https required", 400)


def invalid_credentials() -> RestError:
    """Unknown webhook or wrong secret (system-errors.md: INVALID_CREDENTIALS)."""
    return RestError("INVALID_CREDENTIALS", "Invalid request credentials", 401)


def no_auth_found() -> RestError:
    """A call without any webhook or token (system-errors.md: NO_AUTH_FOUND)."""
    return RestError("NO_AUTH_FOUND", "Wrong authorization data", 401)


def insufficient_scope() -> RestError:
    """The method's scope is not granted to the webhook (system-errors.md: insufficient_scope)."""
    return RestError(
        "insufficient_scope", "The request requires higher privileges than provided by the webhook token", 401
    )


def method_not_found() -> RestError:
    """No such method (api-reference/rest-v3.md gives status 404 for ERROR_METHOD_NOT_FOUND)."""
    return RestError("ERROR_METHOD_NOT_FOUND", "Method not found!", 404)


def query_limit_exceeded() -> RestError:
    """The leaky bucket overflowed (limits.md: 503 QUERY_LIMIT_EXCEEDED)."""
    return RestError("QUERY_LIMIT_EXCEEDED", "Too many requests", 503)


def operation_time_limit(method: str) -> RestError:
    """The method's operating time over ten minutes passed the limit (limits.md: 429)."""
    return RestError("OPERATION_TIME_LIMIT", f"Method is blocked due to operation time limit: {method}", 429)


def batch_length_exceeded() -> RestError:
    """A command past the 50th in one batch (settings/how-to-call-rest-api/batch.md)."""
    return RestError("ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded", 400)


def batch_method_not_allowed() -> RestError:
    """A nested batch (batch.md: forbidden since rest 24.0.0)."""
    return RestError("ERROR_BATCH_METHOD_NOT_ALLOWED", "Method is not allowed for batch usage", 405)


def argument_error(description: str) -> RestError:
    """A missing or invalid argument (per-method error tables use 400 ERROR_ARGUMENT)."""
    return RestError("ERROR_ARGUMENT", description, 400)


def core_error(description: str) -> RestError:
    """A generic method error (per-method error tables use 400 ERROR_CORE)."""
    return RestError("ERROR_CORE", description, 400)


def crm_error(description: str) -> RestError:
    """A classic CRM method error: the docs show an empty `error` code with status 400.

    api-reference/crm/leads/crm-lead-get.md: `{"error": "", "error_description": "Not found"}`.
    """
    return RestError("", description, 400)
