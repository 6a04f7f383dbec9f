"""The pure-Python core of b24desk (no Qt): webhook URLs, PHP-style parameters, the client, requests.

The package itself re-exports nothing: each name is imported from the module that owns it
(`from b24desk.core.webhook import parse_webhook_url`), and each module's `__all__` lists what it
offers the other layers. tests/core/test_exported_members.py keeps both true.
"""

__all__: list[str] = []
