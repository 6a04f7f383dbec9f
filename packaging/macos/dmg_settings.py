"""dmgbuild settings: a disk image holding b24desk.app and a link to Applications to drag it onto.

Built on macOS from the repository root, after PyInstaller made dist/b24desk.app:
    dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/b24desk.app b24desk dist/b24desk.dmg
dmgbuild runs this file with `defines` (the -D values) in scope and reads the names below.
"""

import os.path

application = defines.get("app", "dist/b24desk.app")  # type: ignore[name-defined]  # noqa: F821
appname = os.path.basename(application)

format = "UDZO"  # compressed, read-only
files = [application]
symlinks = {"Applications": "/Applications"}
icon = "packaging/icons/b24desk.icns"  # the mounted volume's icon

background = "builtin-arrow"
window_rect = ((200, 120), (640, 300))
default_view = "icon-view"
show_status_bar = False
show_toolbar = False
icon_size = 128
icon_locations = {appname: (140, 130), "Applications": (500, 130)}
