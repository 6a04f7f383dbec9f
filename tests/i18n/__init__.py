"""Translations: complete, placeholders kept, up to date with the code, used by the app and the CLI."""
