"""CRM rights for the newer CRM families: a user without a CRM role is refused before the method runs.

The sandbox's rights model (seed_data.py: the support team has no CRM role, CRM_ACCESS = N) as the
classic methods apply it (crm.py), answered in each family's documented words: crm-item-add.md 400
ACCESS_DENIED "Access denied", crm-timeline-comment-add.md ACCESS_DENIED "Insufficient permissions",
crm-activity-add.md and crm-status-*.md "" "Access denied.", crm-lead-userfield-get.md 403 "Access denied".
"""

from __future__ import annotations

from collections.abc import Callable

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult
from b24desk.sandbox.errors import RestError

Handler = Callable[[CallContext], MethodResult]


def with_crm_role(handler: Handler, denied: Callable[[], RestError]) -> Handler:
    """`handler`, refused with `denied()` when the webhook's user has no CRM role."""

    def checked(ctx: CallContext) -> MethodResult:
        user = ctx.store.get("user", ctx.webhook.user_id)
        if user is not None and user.get("CRM_ACCESS") == "N":
            raise denied()
        return handler(ctx)

    return checked
