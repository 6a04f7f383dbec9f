"""Incoming webhooks the sandbox accepts: user id, secret and scopes; the check every call goes through.

local-integrations/local-webhooks.md: a webhook acts for the user who made it, within the scopes ticked
for it. `basic` methods (profile, scope, methods, batch, ...) need no scope.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from random import SystemRandom  # what `secrets.choice` uses, without secrets' hmac/_hashlib (~3 MiB at idle)

from b24desk.core.secret import Secret
from b24desk.sandbox.errors import insufficient_scope, invalid_credentials

BASIC_SCOPE = "basic"
_SECRET_ALPHABET = string.ascii_lowercase + string.digits
_SYSTEM_RANDOM = SystemRandom()  # the OS's randomness (os.urandom), as the secrets module


def random_secret(length: int = 16) -> str:
    """A new webhook secret: 16 lowercase letters and digits, like the portal's (observed form)."""
    return "".join(_SYSTEM_RANDOM.choice(_SECRET_ALPHABET) for _ in range(length))


@dataclass(frozen=True, slots=True)
class SandboxWebhook:
    """One incoming webhook of the sandbox."""

    user_id: int
    secret: Secret
    scopes: frozenset[str]
    ident: int = 0  # unique per registry: what limits are kept by (masked secrets may look alike)
    label: str = field(init=False)  # how statistics name it without its secret: `USER_ID:masked`

    def __post_init__(self) -> None:
        object.__setattr__(self, "label", f"{self.user_id}:{self.secret.masked()}")  # once, not per request

    def allows(self, scope: str) -> bool:
        """True when the webhook may call methods of `scope`."""
        return scope == BASIC_SCOPE or scope in self.scopes


class WebhookRegistry:
    """The webhooks known to the portal, looked up by user id and secret."""

    def __init__(self) -> None:
        self._hooks: dict[tuple[int, Secret], SandboxWebhook] = {}
        self._count = 0

    def add(self, user_id: int, secret: str, scopes: tuple[str, ...] | list[str]) -> SandboxWebhook:
        """Register (or replace) a webhook."""
        self._count += 1
        granted = frozenset(s.strip() for s in scopes if s.strip())
        hook = SandboxWebhook(user_id, Secret(secret), granted, ident=self._count)
        self._hooks[(user_id, hook.secret)] = hook
        return hook

    def remove(self, user_id: int, secret: str) -> None:
        """Forget a webhook (its calls then fail with INVALID_CREDENTIALS)."""
        self._hooks.pop((user_id, Secret(secret, known=False)), None)

    def authenticate(self, user_id: str, secret: str) -> SandboxWebhook:
        """The webhook for a call path's user id and secret, or INVALID_CREDENTIALS."""
        if not user_id.isascii() or not user_id.isdigit():
            raise invalid_credentials()
        hook = self._hooks.get((int(user_id), Secret(secret, known=False)))  # a caller's guess: not a known secret
        if hook is None:
            raise invalid_credentials()
        return hook

    @staticmethod
    def check_scope(hook: SandboxWebhook, scope: str) -> None:
        """Raise insufficient_scope when the webhook lacks `scope`."""
        if not hook.allows(scope):
            raise insufficient_scope()
