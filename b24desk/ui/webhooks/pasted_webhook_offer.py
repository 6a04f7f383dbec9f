"""The offer to save a webhook that arrived inside a pasted call URL (it is used at once, saved only if asked)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from b24desk.ui.common.theme import themed
from b24desk.ui.webhooks.webhook_list_model import WebhookItem
from b24desk.ui.webhooks.webhook_picker import WebhookPicker

if TYPE_CHECKING:
    from b24desk.core.webhook import Webhook


class PastedWebhookOffer(QWidget):
    """A bar under the picker: "This webhook came from a pasted URL and is not saved" with Save… and Dismiss."""

    def __init__(self, picker: WebhookPicker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = picker
        self.pasted: WebhookItem | None = None
        self.dismissed = False
        self._label: QLabel | None = None  # with the buttons: made when a webhook is first offered
        self.setVisible(False)
        picker.webhookChanged.connect(self._follow_picker)

    @property
    def label(self) -> QLabel:
        """What the bar says; made, with the buttons, on first use."""
        if self._label is None:
            self._label = self._make()
        return self._label

    def _make(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save webhook…"))
        self.save_button.clicked.connect(self.ask_name)
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(label, 1)
        layout.addWidget(self.save_button)
        layout.addWidget(self.dismiss_button)
        themed(self, "PastedWebhookOffer {{ background: {offer_background}; }}")
        return label

    def use(self, webhook: Webhook) -> WebhookItem:
        """Use a webhook from a pasted URL for this session, selected, and offer to save it."""
        host = webhook.portal.host
        self.pasted = WebhookItem(self.tr("{host} (pasted, not saved)").format(host=host), webhook)
        self.dismissed = False
        self.picker.add_item(self.pasted)
        self.label.setText(
            self.tr("The webhook of {host} came with the pasted URL; it is used for now, not saved.").format(host=host)
        )
        self.setVisible(self.picker.storage is not None)  # without storage there is nowhere to save it
        return self.pasted

    async def save(self, name: str) -> WebhookItem | None:
        """Save the pasted webhook under `name` (its secret in the keyring); None when it was not saved."""
        pasted = self.pasted
        if pasted is None:
            return None
        saved = await self.picker.keep_pasted(pasted, name)
        if saved is not None:
            self.pasted = None
            self.setVisible(False)
        return saved

    def ask_name(self) -> None:
        """Ask for the name to save the pasted webhook under, then save it."""
        if self.pasted is None or self.pasted.webhook is None:
            return
        from PySide6.QtWidgets import QInputDialog  # its class: when a name is first asked

        name, ok = QInputDialog.getText(
            self, self.tr("Save webhook"), self.tr("Name:"), text=self.pasted.webhook.portal.host
        )
        if not ok or not name.strip():
            return

        async def flow() -> None:
            await self.save(name.strip())

        self.picker.start(flow())  # a refusal from the keyring or the settings file is shown, never a crash

    def dismiss(self) -> None:
        """Hide the offer; the webhook stays usable for this session."""
        self.dismissed = True
        self.setVisible(False)

    def _follow_picker(self) -> None:
        pasted = self.pasted
        shown = pasted is not None and self.picker.current() is pasted and not self.dismissed
        self.setVisible(shown and self.picker.storage is not None)
