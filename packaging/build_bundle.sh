#!/bin/sh
# Build the PyInstaller bundle dist/b24desk from the project as its wheel installs it.
# PyInstaller lives in its own venv (build/pkg-venv), never in the app's or the tests' environment.
# Usage, from anywhere: sh packaging/build_bundle.sh   (PYTHON=... picks the interpreter; default .venv's)
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
VENV=build/pkg-venv

"$PYTHON" -m tools.translations compile  # the .qm files the wheel ships (they are not committed)
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q . -r packaging/requirements.txt
"$VENV/bin/python" -m pip install -q --no-deps --force-reinstall .  # this checkout, even at an unchanged version
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/b24desk.spec
echo "bundle: dist/b24desk ($(du -sh dist/b24desk | cut -f1))"
