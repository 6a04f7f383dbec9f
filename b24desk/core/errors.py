"""The core's exception hierarchy; the UI and CLI map each to the same plain-language message.

    B24DeskError                 anything b24desk reports to a person
    ├── InputError               something the user typed cannot be used
    │   ├── WebhookURLError      not a Bitrix24 webhook URL
    │   └── ParamsError          parameters that cannot be encoded or parsed
    ├── CatalogueError           the bundled method catalogue is missing or unreadable (catalogue.py)
    ├── FieldMetadataError       a `*.fields` answer in no known format (field_metadata.py)
    └── (client errors are added by the async client: portal, HTTP, response, network, timeout)

Every message is already translated (through `b24desk.core.i18n`) and never contains a secret.
"""


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
