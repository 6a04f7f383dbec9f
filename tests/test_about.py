"""The About metadata: version from the package, the icon in every size the installers and the window use."""

from __future__ import annotations

import struct

from b24desk import __version__, about


def test_metadata_fields() -> None:
    assert about.NAME == "b24desk"
    assert __version__ == about.VERSION
    assert about.LICENSE == "MIT"
    assert "Bitrix24" in about.description()
    assert about.HOMEPAGE.startswith("https://")


def test_icon_pngs_have_their_sizes() -> None:
    files = about.icon_files()
    assert [path.name for path in files] == [f"b24desk-{size}.png" for size in about.ICON_SIZES]
    for size, path in zip(about.ICON_SIZES, files, strict=True):
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", path
        width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
        assert (width, height) == (size, size), path


def test_the_window_icon_files_are_the_small_sizes_of_the_icon() -> None:
    files = about.window_icon_files()
    assert files == [path for path in about.icon_files() if int(path.stem.split("-")[1]) <= about.WINDOW_ICON_LARGEST]
    assert files[0].name == "b24desk-16.png" and files[-1].name == "b24desk-128.png"
    assert all(path.is_file() for path in files)
