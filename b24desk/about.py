"""What the About dialog and the installers say about b24desk: name, version, description, licence, icon."""

from __future__ import annotations

from pathlib import Path

from b24desk import __version__

NAME = "b24desk"
VERSION = __version__
HOMEPAGE = "https://example.invalid/b24desk"  # placeholder until the project has a public home page
LICENSE = "MIT"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


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
    return [icon_dir() / f"b24desk-{size}.png" for size in ICON_SIZES]
