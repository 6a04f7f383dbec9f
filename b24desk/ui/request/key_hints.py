"""What the docs and the portal say about a method's keys: documented types, editor types, completions."""

from __future__ import annotations


class KeyHints:
    """Per full key (`fields[TITLE]`): a documented type (tooltip), a grid type for new rows, and completions."""

    def __init__(self) -> None:
        self.documented: dict[str, str] = {}  # key -> the type as the docs or the portal write it
        self.types: dict[str, str] = {}  # key -> the grid type a new row of that key starts with
        self.known: dict[str, str] = {}  # the method's documented keys, then the portal's fields, in order

    def know(self, keys: dict[str, str], *, replace: bool = True) -> None:
        """Keys a method takes (key -> grid type); `replace` starts a new method's list, False adds to it."""
        if replace:
            self.known, self.types = {}, {}
        for key, kind in keys.items():
            self.known.setdefault(key, kind)
            self.types.setdefault(key, kind)

    def type_of(self, key: str) -> str:
        """The grid type a new row of this key starts with ("string" when nothing is known)."""
        return self.types.get(key, "string")

    def completions(self, group_key: str | None) -> list[str]:
        """Full keys at the top (`group_key` None); inside a group, the parts after it (`[TITLE]`)."""
        if group_key is None:
            return list(self.known)
        prefix = group_key + "["
        return sorted({key[len(prefix) - 1 :] for key in self.known if key.startswith(prefix)})

    def example(self) -> str:
        """A key to show as an example: a TITLE field if there is one, else the first nested key, else any."""
        known = list(self.known)
        titled = next((key for key in known if key.endswith("[TITLE]")), "")
        return titled or next((key for key in known if "[" in key), known[0] if known else "")
