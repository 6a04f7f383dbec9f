"""The methods the sandbox serves and their scopes, as plain data: what the app marks in the catalogue
before the sandbox runs (it starts on first use), without loading the server or the methods' code.

The portal checks at each start that its registry serves exactly these (PortalCore); after adding a
method, write this list again: `.venv/bin/python -m tools.sandbox_method_list`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from b24desk.sandbox.methods import MethodRegistry

BASIC_SCOPE = "basic"  # needs no scope (sandbox.auth, the same rule)

SERVED: tuple[tuple[str, str], ...] = (
    ("profile", "basic"),
    ("scope", "basic"),
    ("methods", "basic"),
    ("method.get", "basic"),
    ("server.time", "basic"),
    ("user.current", "user"),
    ("user.get", "user"),
    ("user.fields", "user"),
    ("department.get", "department"),
    ("user.search", "user"),
    ("user.update", "user"),
    ("department.add", "department"),
    ("department.update", "department"),
    ("department.delete", "department"),
    ("department.fields", "department"),
    ("crm.lead.add", "crm"),
    ("crm.lead.get", "crm"),
    ("crm.lead.list", "crm"),
    ("crm.lead.update", "crm"),
    ("crm.lead.delete", "crm"),
    ("crm.lead.fields", "crm"),
    ("crm.deal.add", "crm"),
    ("crm.deal.get", "crm"),
    ("crm.deal.list", "crm"),
    ("crm.deal.update", "crm"),
    ("crm.deal.delete", "crm"),
    ("crm.deal.fields", "crm"),
    ("crm.contact.add", "crm"),
    ("crm.contact.get", "crm"),
    ("crm.contact.list", "crm"),
    ("crm.contact.update", "crm"),
    ("crm.contact.delete", "crm"),
    ("crm.contact.fields", "crm"),
    ("crm.company.add", "crm"),
    ("crm.company.get", "crm"),
    ("crm.company.list", "crm"),
    ("crm.company.update", "crm"),
    ("crm.company.delete", "crm"),
    ("crm.company.fields", "crm"),
    ("crm.status.list", "crm"),
    ("crm.item.add", "crm"),
    ("crm.item.get", "crm"),
    ("crm.item.list", "crm"),
    ("crm.item.update", "crm"),
    ("crm.item.delete", "crm"),
    ("crm.item.fields", "crm"),
    ("crm.type.list", "crm"),
    ("crm.type.get", "crm"),
    ("crm.type.getByEntityTypeId", "crm"),
    ("crm.activity.add", "crm"),
    ("crm.activity.get", "crm"),
    ("crm.activity.list", "crm"),
    ("crm.activity.update", "crm"),
    ("crm.activity.delete", "crm"),
    ("crm.activity.fields", "crm"),
    ("crm.timeline.comment.add", "crm"),
    ("crm.timeline.comment.get", "crm"),
    ("crm.timeline.comment.list", "crm"),
    ("crm.timeline.comment.update", "crm"),
    ("crm.timeline.comment.delete", "crm"),
    ("crm.timeline.comment.fields", "crm"),
    ("crm.lead.userfield.add", "crm"),
    ("crm.lead.userfield.get", "crm"),
    ("crm.lead.userfield.list", "crm"),
    ("crm.lead.userfield.update", "crm"),
    ("crm.lead.userfield.delete", "crm"),
    ("crm.deal.userfield.add", "crm"),
    ("crm.deal.userfield.get", "crm"),
    ("crm.deal.userfield.list", "crm"),
    ("crm.deal.userfield.update", "crm"),
    ("crm.deal.userfield.delete", "crm"),
    ("crm.contact.userfield.add", "crm"),
    ("crm.contact.userfield.get", "crm"),
    ("crm.contact.userfield.list", "crm"),
    ("crm.contact.userfield.update", "crm"),
    ("crm.contact.userfield.delete", "crm"),
    ("crm.company.userfield.add", "crm"),
    ("crm.company.userfield.get", "crm"),
    ("crm.company.userfield.list", "crm"),
    ("crm.company.userfield.update", "crm"),
    ("crm.company.userfield.delete", "crm"),
    ("crm.status.add", "crm"),
    ("crm.status.get", "crm"),
    ("crm.status.update", "crm"),
    ("crm.status.delete", "crm"),
    ("crm.status.fields", "crm"),
    ("crm.deal.productrows.get", "crm"),
    ("crm.deal.productrows.set", "crm"),
    ("crm.lead.productrows.get", "crm"),
    ("crm.lead.productrows.set", "crm"),
    ("tasks.task.add", "task"),
    ("tasks.task.get", "task"),
    ("tasks.task.list", "task"),
    ("tasks.task.update", "task"),
    ("tasks.task.delete", "task"),
    ("tasks.task.getFields", "task"),
    ("task.commentitem.add", "task"),
    ("task.commentitem.get", "task"),
    ("task.commentitem.getlist", "task"),
    ("task.commentitem.update", "task"),
    ("task.commentitem.delete", "task"),
    ("im.notify", "im"),
    ("im.notify.system.add", "im"),
    ("im.notify.personal.add", "im"),
    ("im.notify.delete", "im"),
    ("im.notify.read", "im"),
    ("im.notify.read.list", "im"),
    ("im.notify.read.all", "im"),
    ("im.notify.get", "im"),
    ("calendar.event.add", "calendar"),
    ("calendar.event.get", "calendar"),
    ("calendar.event.getbyid", "calendar"),
    ("calendar.event.update", "calendar"),
    ("calendar.event.delete", "calendar"),
    ("calendar.event.get.nearest", "calendar"),
    ("calendar.section.get", "calendar"),
    ("lists.get", "lists"),
    ("lists.add", "lists"),
    ("lists.update", "lists"),
    ("lists.delete", "lists"),
    ("lists.field.get", "lists"),
    ("lists.element.add", "lists"),
    ("lists.element.get", "lists"),
    ("lists.element.update", "lists"),
    ("lists.element.delete", "lists"),
    ("batch", "basic"),
)


def offered(scopes: tuple[str, ...] | list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the sandbox answers a webhook with `scopes` to `scope` and `methods`: its scopes (sorted) and the
    names of the methods it may call (in the registry's order)."""
    granted = frozenset(s.strip() for s in scopes if s.strip())
    names = tuple(name for name, scope in SERVED if scope == BASIC_SCOPE or scope in granted)
    return tuple(sorted(granted)), names


def served_by(registry: MethodRegistry) -> list[tuple[str, str]]:
    """A registry's methods as (name, scope), in its order."""
    served = []
    for name in registry.names():
        method = registry.get(name)
        assert method is not None
        served.append((method.name, method.scope))
    return served


def check(registry: MethodRegistry) -> None:
    """Raise RuntimeError when the registry does not serve exactly SERVED (the list was not written again)."""
    served = served_by(registry)
    if served != list(SERVED):
        added = sorted(set(served) - set(SERVED))
        gone = sorted(set(SERVED) - set(served))
        raise RuntimeError(
            "b24desk/sandbox/method_list.py is out of date "
            f"(served, not listed: {added}; listed, not served: {gone}; or another order): "
            "run `python -m tools.sandbox_method_list`"
        )
