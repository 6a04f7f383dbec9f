"""Read an application's accessibility tree over AT-SPI (D-Bus), as a screen reader does, and count
interactive controls without a name.

    python -m tools.atspi_tree APP_NAME      # prints JSON: {"controls": N, "unnamed": [...], "roles": {...}}

It talks to the accessibility bus with jeepney (pure Python, already a dependency of keyring): the
session bus's org.a11y.Bus gives the accessibility bus's address; the registry lists the applications;
each object answers GetChildren, GetRoleName and the Name property. Run it in the same D-Bus session
as the application, with the application's AT-SPI bridge on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1).
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from typing import Any

from jeepney import DBusAddress, MessageType, Properties, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

ACCESSIBLE = "org.a11y.atspi.Accessible"
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "table",
    "tree",
    "tree table",
    "list",
    "list box",
    "page tab list",
}
STATE_VISIBLE = 30  # AtspiStateType: set when the object is not hidden (it may be scrolled away)
MAX_NODES = 20_000  # a table's cells are objects too: a bound, not a walk of every row


class Vanished(Exception):
    """The object was gone when asked (the window changed while it was read: a tab switched, rows came)."""


def _call(conn: DBusConnection, bus: str, path: str, method: str) -> Any:
    reply = conn.send_and_get_reply(new_method_call(DBusAddress(path, bus, ACCESSIBLE), method), timeout=5)
    if reply.header.message_type == MessageType.error:
        raise Vanished(f"{path}: {reply.body}")
    return reply.body[0]


def _visible(conn: DBusConnection, bus: str, path: str) -> bool:
    low, high = _call(conn, bus, path, "GetState")
    bits = int(low) | (int(high) << 32)
    return bool(bits & (1 << STATE_VISIBLE))


def _property(conn: DBusConnection, address: DBusAddress, name: str) -> Any:
    reply = conn.send_and_get_reply(Properties(address).get(name), timeout=5)
    if reply.header.message_type == MessageType.error:
        raise Vanished(f"{address.object_path}: {reply.body}")
    return reply.body[0][1]


def _name(conn: DBusConnection, bus: str, path: str) -> str:
    return str(_property(conn, DBusAddress(path, bus, ACCESSIBLE), "Name"))


def _parent_name(conn: DBusConnection, bus: str, path: str) -> str:
    """The nearest named ancestor's role and name (to say where an unnamed control is)."""
    address = DBusAddress(path, bus, ACCESSIBLE)
    for _ in range(6):
        parent_bus, parent_path = _property(conn, address, "Parent")
        address = DBusAddress(parent_path, parent_bus, ACCESSIBLE)
        name = _name(conn, parent_bus, parent_path)
        if name:
            return f"{_call(conn, parent_bus, parent_path, 'GetRoleName')} {name}"
    return "?"


def accessibility_bus() -> DBusConnection:
    """A connection to the session's accessibility bus."""
    session = open_dbus_connection(bus="SESSION")
    a11y = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
    address = session.send_and_get_reply(new_method_call(a11y, "GetAddress"), timeout=10).body[0]
    session.close()
    return open_dbus_connection(bus=address)


def find_application(conn: DBusConnection, name: str, seconds: float = 20.0) -> tuple[str, str] | None:
    """The (bus name, path) of the registered application called `name`, waiting for it to register."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for bus, path in _call(conn, "org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root", "GetChildren"):
            with contextlib.suppress(Vanished):  # another application leaving meanwhile
                if _name(conn, bus, path) == name:
                    return bus, path
        time.sleep(0.2)
    return None


def walk(conn: DBusConnection, bus: str, path: str) -> dict[str, Any]:
    """Count interactive controls and list those without a name (role and path), skipping table cells."""
    controls, unnamed, roles = 0, [], {}  # type: ignore[var-annotated]
    stack, seen = [path], 0
    vanished = 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        try:
            role = str(_call(conn, bus, node, "GetRoleName"))
            roles[role] = roles.get(role, 0) + 1
            if role in INTERACTIVE and _visible(conn, bus, node):
                controls += 1
                if not _name(conn, bus, node).strip():
                    parent = _parent_name(conn, bus, node)
                    unnamed.append(f"{role} in {parent!r}")
            if role in ("table", "tree", "tree table", "list", "list box"):
                continue  # their rows and cells are data, named by their text
            stack.extend(child_path for _, child_path in _call(conn, bus, node, "GetChildren"))
        except Vanished:
            vanished += 1  # read on a busy machine while the window still changed: not a finding
    return {"controls": controls, "unnamed": unnamed, "roles": roles, "nodes": seen, "vanished": vanished}


def main(argv: list[str]) -> int:
    """Print the count for the application named argv[0] as JSON; exit 1 when it never registered."""
    conn = accessibility_bus()
    found = find_application(conn, argv[0] if argv else "b24desk")
    if found is None:
        print(json.dumps({"error": "the application did not register with AT-SPI"}))
        return 1
    print(json.dumps(walk(conn, *found)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
