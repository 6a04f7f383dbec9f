"""The methods the sandbox serves, each with its scope; modules register their methods here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from b24desk.sandbox.context import CallContext
from b24desk.sandbox.envelope import MethodResult
from b24desk.sandbox.validation import GENERIC, ErrorStyle, ParamRule

Handler = Callable[[CallContext], MethodResult]


@dataclass(frozen=True, slots=True)
class Method:
    """A REST method: its name as documented, scope, the function that answers it and its checked params."""

    name: str
    scope: str
    handler: Handler
    params: tuple[ParamRule, ...] = ()
    errors: ErrorStyle = GENERIC


class MethodRegistry:
    """Methods by lowercase name (method names are case-insensitive on the portal)."""

    def __init__(self) -> None:
        self._methods: dict[str, Method] = {}

    def add(
        self,
        name: str,
        scope: str,
        handler: Handler,
        params: tuple[ParamRule, ...] = (),
        errors: ErrorStyle = GENERIC,
    ) -> None:
        """Register a method; `params` are checked before it runs and answered in the `errors` family's way."""
        self._methods[name.lower()] = Method(name, scope, handler, params, errors)

    def get(self, name: str) -> Method | None:
        """The method called `name`, or None."""
        return self._methods.get(name.lower())

    def names(self) -> list[str]:
        """Every method name as documented, in registration order."""
        return [method.name for method in self._methods.values()]


def build_registry() -> MethodRegistry:
    """A registry with every method the sandbox serves (`batch` is added by the dispatcher)."""
    from b24desk.sandbox.methods import (
        calendar,
        crm,
        crm_activity,
        crm_item,
        crm_productrows,
        crm_status,
        crm_timeline,
        crm_userfield,
        im_notify,
        lists,
        system,
        task_comments,
        tasks,
        user_directory,
        users,
    )

    registry = MethodRegistry()
    families = (system, users, user_directory, crm, crm_item, crm_activity, crm_timeline, crm_userfield)
    for module in (*families, crm_status, crm_productrows, tasks, task_comments, im_notify, calendar, lists):
        module.register(registry)
    return registry
