"""What the About dialog and the installers say about b24desk: name, version, description, licence, icon."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from b24desk import __version__

NAME = "b24desk"
VERSION = __version__
HOMEPAGE = "https://example.invalid/b24desk"  # placeholder until the project has a public home page
LICENSE = "MIT"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# px: the largest size the window's own icon holds (title bar, taskbar, Alt+Tab, at twice the scale too).
# Launchers and docks take the larger ones from the installed icon theme (the .deb: hicolor 16-512 and the
# SVG). On X11 Qt converts every size of the window icon and sends it to the window manager when the window
# is shown: with 256 and 512 that was ~7 ms more of the UI thread before the first screen (12 ms, not 5).
WINDOW_ICON_LARGEST = 128


def description() -> str:
    """The one-line summary from the package metadata (pyproject's `description`)."""
    from importlib import metadata  # read on demand: it costs start-up time

    try:
        return metadata.metadata(NAME)["Summary"] or ""
    except metadata.PackageNotFoundError:
        return "Desktop request builder for the Bitrix24 REST API"


def icon_dir() -> Path:
    """Where the app icon's PNGs are: inside the package when installed or frozen, else the source tree."""
    package = Path(__file__).resolve().parent  # what importlib.resources.files() gives, without its ~5 ms
    packaged = package / "resources" / "icons"
    if packaged.is_dir():
        return packaged
    return package.parent / "resources" / "icons"


def icon_files() -> list[Path]:
    """The app icon as PNG files, smallest first (for QIcon.addFile, one per size)."""
    folder = icon_dir()  # once: each call resolves the package's path and looks at the disk (~70 us)
    return [folder / f"b24desk-{size}.png" for size in ICON_SIZES]


def window_icon_files() -> list[Path]:
    """The PNG files of the window's own icon: the sizes up to WINDOW_ICON_LARGEST, smallest first."""
    return [path for size, path in zip(ICON_SIZES, icon_files(), strict=True) if size <= WINDOW_ICON_LARGEST]


class BundledPart(NamedTuple):
    """A library b24desk ships with: its name, version and licence as its installed metadata states them.

    A NamedTuple, not a dataclass: this module comes with the window's icon, before the first screen, and a
    dataclass compiles its methods on import (~1 ms); the About dialog only reads the fields."""

    name: str
    version: str
    licence: str


# What b24desk needs at run time, if its own metadata cannot be read (a source tree never installed).
RUNTIME_PARTS = (
    "PySide6-Essentials",
    "httpx",
    "keyring",
    "qasync",
    "orjson",
    "starlette",
    "uvicorn",
    "python-multipart",
)
_REQUIREMENT_NAME = r"[A-Za-z0-9][A-Za-z0-9._-]*"  # compiled by the About dialog's first use, not on import


def bundled_parts() -> list[BundledPart]:
    """Every library b24desk runs on, its dependencies' dependencies too, sorted by name (from installed metadata).

    Optional extras (tests, tools) are left out; a library that is not installed is left out.
    """
    from importlib import metadata

    try:
        wanted = _run_time_requirements(metadata.requires(NAME) or [])
    except metadata.PackageNotFoundError:
        wanted = list(RUNTIME_PARTS)
    found: dict[str, BundledPart] = {}
    while wanted:
        name = wanted.pop()
        key = name.lower().replace("_", "-").replace(".", "-")
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        meta = dist.metadata
        found[key] = BundledPart(meta["Name"] or name, meta["Version"] or "", licence_of(meta))
        wanted.extend(_run_time_requirements(dist.requires or []))
    return sorted(found.values(), key=lambda part: part.name.lower())


def _run_time_requirements(requirements: list[str]) -> list[str]:
    """The names of requirements that apply without extras (`foo>=1; extra == "test"` is left out)."""
    import re

    names = []
    for requirement in requirements:
        if "extra ==" in requirement.replace("extra==", "extra =="):
            continue
        marker = requirement.partition(";")[2]
        if marker and not _marker_holds(marker):
            continue
        match = re.match(_REQUIREMENT_NAME, requirement.strip())
        if match:
            names.append(match.group(0))
    return names


def _marker_holds(marker: str) -> bool:
    """Whether a requirement's environment marker holds here (a marker that cannot be read counts as true)."""
    try:
        from packaging.markers import Marker
    except ImportError:
        return "win32" not in marker and "darwin" not in marker
    try:
        return bool(Marker(marker).evaluate())
    except Exception:
        return True


def licence_of(meta: Any) -> str:
    """The licence a distribution declares: its SPDX expression, a short License field, or its classifiers."""
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    field = str(meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 80:
        return field
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return " / ".join(classifiers) or "?"
