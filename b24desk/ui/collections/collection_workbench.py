"""The window's collection side: open a collection, open its requests, pick an environment, set variables.

It owns no request state: opening a request loads it into the open request; the chosen environment's
values (secret ones read from the keyring off the UI thread) go to the open request, which resolves
{{names}} for the URL bar, the Code tab and Execute; "Set as variable" in the result tree writes the
value into the current environment's file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from b24desk.core.errors import B24DeskError
from b24desk.core.request_file import SavedRequest
from b24desk.ui.common.storage_worker import in_storage_thread

if TYPE_CHECKING:
    from b24desk.storage.app_storage import AppStorage
    from b24desk.ui.collections.collection_panel import CollectionPanel
    from b24desk.ui.collections.environment_picker import EnvironmentPicker
    from b24desk.ui.common.background_tasks import BackgroundTasks
    from b24desk.ui.request.open_request import OpenRequest
    from b24desk.ui.result.result_view import ResultView


class CollectionWorkbench(QObject):
    """Connects the collection panel and environment picker to the open request and the result view."""

    def __init__(
        self,
        panel: CollectionPanel,
        environments: EnvironmentPicker,
        open_request: OpenRequest,
        result_view: ResultView,
        storage: AppStorage | None,
        tasks: BackgroundTasks,
        show_message: Callable[[str], None],
        choose_webhook: Callable[[str], None],
        open_file: Callable[[str, SavedRequest], object] | None = None,
    ) -> None:
        super().__init__(panel)
        self.panel = panel
        self.environments = environments
        self.open_request = open_request
        self.result_view = result_view
        self.storage = storage
        self.tasks = tasks
        self.show_message = show_message
        self.choose_webhook = choose_webhook
        self.open_file = open_file  # open a collection file in a tab (None: into the open request)
        panel.openRequested.connect(self.open)
        panel.collectionOpened.connect(self.use_collection)
        panel.message.connect(show_message)
        environments.environmentChanged.connect(self.load_values)
        result_view.variableRequested.connect(self.set_variable)

    @property
    def root(self) -> Path | None:
        """The collection folder shown."""
        collection = self.panel.collection
        return collection.root if collection is not None else None

    def use_collection(self, root: Path | None, environment: str | None = None) -> None:
        """Show a collection and its environments (the panel opened one, or the last one at start)."""
        if self.panel.collection is None or self.panel.collection.root != (root.resolve() if root else None):
            self.panel.open_collection(root)
        self.environments.set_collection(root, environment)

    def open(self, path: Path, saved: SavedRequest) -> None:
        """Open a collection's request (in its tab, or a new one); a saved webhook it names is chosen."""
        if self.open_file is not None:
            self.open_file(path.as_posix(), saved)
        else:
            self.open_request.load(saved.request)
        from b24desk.core.variables import VARIABLE_RE  # a collection's request: {{names}} come with it

        webhook = saved.webhook
        if webhook and not VARIABLE_RE.fullmatch(webhook):
            self.choose_webhook(webhook)

    def load_values(self, environment: str | None) -> None:
        """Give the open request the chosen environment's values (secret ones from the keyring, off the UI thread)."""
        root, storage = self.root, self.storage
        self.result_view.variables_enabled = environment is not None
        if environment is None or root is None:
            self.open_request.set_variables({}, None)
            return

        async def load() -> None:
            try:
                if storage is not None:
                    values = await in_storage_thread(storage.environment_secrets.load_values, root, environment)
                else:
                    from b24desk.core.environment import load_environment

                    values = dict(load_environment(root, environment).values)
            except B24DeskError as error:
                self.show_message(str(error))
                return
            if self.environments.current() == environment:  # still the chosen one
                self.open_request.set_variables(values, environment)

        self.tasks.start(load())

    def set_variable(self, name: str, value: str) -> None:
        """Store a value from the result ("Set as variable") in the current environment, then use it."""
        root, environment = self.root, self.environments.current()
        if root is None or environment is None:
            return
        try:
            from b24desk.core.environment import Environment, environment_names, load_environment, save_environment

            current = load_environment(root, environment) if environment in environment_names(root) else None
            save_environment(root, (current or Environment(environment)).with_value(name, value))
        except B24DeskError as error:
            self.show_message(str(error))
            return
        self.load_values(environment)
