"""System methods of scope `basic`: profile, scope, methods, method.get, server.time.

Shapes from api-reference/common/system/{scope,methods,method-get,server-time}.md and
api-reference/common/users/profile.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult
from b24desk.sandbox.methods.params import as_bool

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

# Every scope code the docs list (api-reference/scopes/permissions.md), for `scope?full=1`.
ALL_SCOPES = [
    "ai_admin",
    "biconnector",
    "bizproc",
    "booking",
    "calendar",
    "call",
    "cashbox",
    "catalog",
    "contact_center",
    "crm",
    "documentgenerator",
    "delivery",
    "department",
    "disk",
    "entity",
    "humanresources",
    "humanresources.hcmlink",
    "im",
    "imbot",
    "imconnector",
    "imopenlines",
    "intranet",
    "landing",
    "lists",
    "log",
    "mailservice",
    "main",
    "messageservice",
    "mobile",
    "pay_system",
    "placement",
    "pull",
    "rpa",
    "sale",
    "salescenter",
    "sign.b2e",
    "task",
    "telephony",
    "timeman",
    "user",
    "user.userfield",
    "userfieldconfig",
    "userconsent",
    "vote",
]


def profile(ctx: CallContext) -> MethodResult:
    """`profile`: the webhook user's basic data."""
    user = ctx.store.get("user", ctx.webhook.user_id)
    if user is None or not user.get("ACTIVE"):
        return MethodResult({})
    return MethodResult(
        {
            "ID": user["ID"],
            "ADMIN": bool(user.get("ADMIN")),
            "NAME": user.get("NAME", ""),
            "LAST_NAME": user.get("LAST_NAME", ""),
            "PERSONAL_GENDER": user.get("PERSONAL_GENDER", ""),
            "TIME_ZONE": user.get("TIME_ZONE", ""),
        }
    )


def scope(ctx: CallContext) -> MethodResult:
    """`scope`: the webhook's scopes, or every scope with `full`."""
    if as_bool(ctx.param("full")):
        return MethodResult(list(ALL_SCOPES))
    return MethodResult(sorted(ctx.webhook.scopes))


def methods(ctx: CallContext) -> MethodResult:
    """`methods` (deprecated): method names available to the webhook, or all with `full`."""
    full = as_bool(ctx.param("full"))
    wanted_scope = ctx.param("scope")
    names = []
    for name in ctx.method_names():
        method_scope = ctx.method_scope(name) or ""
        if isinstance(wanted_scope, str):
            if method_scope != (wanted_scope or "basic"):
                continue
        elif not full and not ctx.webhook.allows(method_scope):
            continue
        names.append(name)
    return MethodResult(names)


def method_get(ctx: CallContext) -> MethodResult:
    """`method.get`: whether a method exists and the webhook may call it."""
    name = str(ctx.param("name") or "").lower()
    method_scope = ctx.method_scope(name)
    exists = method_scope is not None
    return MethodResult({"isExisting": exists, "isAvailable": exists and ctx.webhook.allows(method_scope or "")})


def server_time(ctx: CallContext) -> MethodResult:
    """`server.time`: the portal's time, ISO-8601 with offset."""
    return MethodResult(ctx.now_iso())


def register(registry: MethodRegistry) -> None:
    """Add the system methods."""
    registry.add("profile", "basic", profile)
    registry.add("scope", "basic", scope)
    registry.add("methods", "basic", methods)
    registry.add("method.get", "basic", method_get)
    registry.add("server.time", "basic", server_time)
