#!/bin/sh
# Sets up a development machine: Debian packages, a Python >= 3.12 venv in .venv, the package editable.
# Idempotent and quick when nothing changed; called by `make setup`, `make run` and `make test`.
set -eu
cd "$(dirname "$0")/.."

VENV=.venv
STAMP=$VENV/.b24desk-installed
# Qt's runtime libraries (offscreen and xcb), php for the PHP parity tests and snippets, Xvfb and
# xdotool for screenshots, gnome-keyring + dbus for a real keyring in the tests, node and go to run
# the JavaScript and Go snippets, at-spi2-core for the test that reads the window's accessibility tree
# as a screen reader does, valgrind for benchmarks/startup_instructions.py (the start-up's instructions).
DEBS="php-cli php-curl nodejs golang-go xvfb xdotool libegl1 libgl1 libfontconfig1 libxkbcommon-x11-0 libxcb-cursor0
libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
gnome-keyring dbus at-spi2-core curl jq valgrind"

python_ok() {
    "$1" -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1
}

find_python() {
    for candidate in python3.13 python3.12 python3; do
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    # pyenv shims for versions that are installed but not selected fail when run bare:
    # ask pyenv where each installed 3.12+/3.13+ lives instead.
    if command -v pyenv >/dev/null 2>&1; then
        for version in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.(1[2-9]|[2-9][0-9])' | sort -rV); do
            candidate="$(pyenv root)/versions/$version/bin/python3"
            if python_ok "$candidate"; then
                echo "$candidate"
                return 0
            fi
        done
    fi
    return 1
}

missing_debs() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    for deb in $DEBS; do
        status=$(dpkg-query -W -f='${Status}' "$deb" 2>/dev/null || true)
        case "$status" in *" installed") ;; *) printf '%s ' "$deb" ;; esac
    done
}

install_debs() {
    missing=$(missing_debs)
    [ -n "$missing" ] || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "setup: installing Debian packages: $missing"
        export DEBIAN_FRONTEND=noninteractive
        # shellcheck disable=SC2086
        apt-get install -y -q --no-install-recommends $missing >/dev/null 2>&1 || {
            apt-get update -q >/dev/null
            apt-get install -y -q --no-install-recommends $missing >/dev/null
        }
    else
        echo "setup: some system packages are missing; run once:"
        echo "    sudo apt-get install -y --no-install-recommends $missing"
    fi
}

install_debs

# npm: Debian ships it apart from nodejs, while nodejs builds that bundle npm conflict with that package.
if ! command -v npm >/dev/null 2>&1; then
    DEBS=npm
    install_debs
fi

# The official JavaScript SDK for the node-b24jssdk snippet tests, pinned by tests/node/package-lock.json.
if command -v npm >/dev/null 2>&1; then
    if [ ! -d tests/node/node_modules ] || [ tests/node/package-lock.json -nt tests/node/node_modules ]; then
        echo "setup: installing tests/node (npm ci)"
        (cd tests/node && npm ci --no-audit --no-fund --loglevel=error >/dev/null) && touch tests/node/node_modules
    fi
fi

if [ -x "$VENV/bin/python" ] && ! python_ok "$VENV/bin/python"; then
    echo "setup: $VENV uses Python < 3.12; recreating it"
    rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
    if ! PYTHON=$(find_python); then
        echo "setup: b24desk needs Python 3.12 or newer; install it (Debian/Ubuntu: apt-get install python3.12-venv, or pyenv install 3.12) and run make again." >&2
        exit 1
    fi
    echo "setup: creating $VENV with $PYTHON ($("$PYTHON" --version))"
    "$PYTHON" -m venv "$VENV"
fi
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
    echo "setup: installing b24desk and its test tools into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e '.[test]'
    touch "$STAMP"
fi
# The interface translations: compile resources/translations/*.ts to .qm (only those that changed).
"$VENV/bin/python" -m tools.translations compile
