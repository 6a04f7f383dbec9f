"""Objects that live as long as the app, kept out of the garbage collector's walks (in the app only)."""

from __future__ import annotations

import gc

__all__ = [
    "collect_after_start_up",
    "freeze_long_lived",
    "freeze_now",
    "no_collection_during_start_up",
    "settle_long_lived",
]

_app = {"freezing": False}


def freeze_long_lived() -> None:
    """From now on, `settle_long_lived` freezes (the app calls this; tests do not, their windows come
    and go and would never be collected once frozen)."""
    _app["freezing"] = True


def settle_long_lived() -> None:
    """What is alive now lives as long as the app (the catalogue, its index, the method rows):
    garbage collected first, then the rest frozen out of the collector's walks.

    Left in the oldest generation, the collector's full walks over the catalogue's ~1,600 methods and
    their rows came now and then inside a keystroke: the search benchmark's median for some keys went
    from ~3.7 to ~8 ms. Rows and catalogues replaced later are freed by their reference counts (no
    cycles among them).
    """
    if _app["freezing"]:
        if gc.isenabled():  # off during the start-up: its few cycles (~300 objects) are not worth a walk
            gc.collect()
        gc.freeze()


def freeze_now() -> None:
    """What is alive now is frozen, nothing collected (for a thread that just made long-lived data: the
    catalogue's reading thread; the UI thread's collect that follows then walks only what came since)."""
    if _app["freezing"]:
        gc.freeze()


def no_collection_during_start_up() -> None:
    """Switch the garbage collector off until `collect_after_start_up` (the app's start, before PySide6).

    Nearly everything made on the way to the first screen lives as long as the app (modules, classes,
    Qt's enums, the widgets, the catalogue): the collector's ~40 walks over it took 18-21 ms of the
    UI thread before the first screen, and found ~300 unreachable objects (measured with the collector
    off: 297 of 80,000 tracked at the first screen).
    """
    gc.disable()


def collect_after_start_up() -> None:
    """The first screen is up: what is alive now is kept out of the collector's walks (as
    `settle_long_lived` does), and the collector runs again from here on."""
    gc.freeze()
    gc.enable()
