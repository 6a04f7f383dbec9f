#!/bin/sh
# Pack the bundle (dist/b24desk, from build_bundle.sh) into dist/b24desk_VERSION_ARCH.deb, which installs
#   /opt/b24desk/                                   the bundle
#   /usr/bin/b24desk                                a link to the bundle's program (GUI without arguments, CLI with)
#   /usr/share/applications/b24desk.desktop         the menu entry
#   /usr/share/icons/hicolor/*/apps/b24desk.*       the icon, 16x16 to 512x512 and scalable
# Debian's triggers refresh the menu and icon caches, so the package needs no maintainer scripts.
# Usage, from anywhere: sh packaging/build_deb.sh VERSION
set -eu
cd "$(dirname "$0")/.."
VERSION=$1
ARCH=$(dpkg --print-architecture)
ROOT=build/deb-root
DEB=dist/b24desk_${VERSION}_${ARCH}.deb

rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin"
cp -a dist/b24desk "$ROOT/opt/b24desk"
ln -s ../../opt/b24desk/b24desk "$ROOT/usr/bin/b24desk"  # relative: also right in a dpkg -x root
install -D -m 644 packaging/linux/b24desk.desktop "$ROOT/usr/share/applications/b24desk.desktop"
for png in resources/icons/b24desk-*.png; do
    size=${png##*-}; size=${size%.png}
    install -D -m 644 "$png" "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/b24desk.png"
done
install -D -m 644 packaging/icons/b24desk.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/b24desk.svg"

# The newest glibc symbol version any bundled binary uses is the oldest libc the package can run on.
GLIBC=$(find "$ROOT/opt" -type f \( -name '*.so*' -o -name b24desk \) -exec objdump -T {} + 2>/dev/null \
    | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: b24desk
Version: $VERSION
Architecture: $ARCH
Maintainer: b24desk developers <b24desk@example.invalid>
Installed-Size: $(du -sk "$ROOT" | cut -f1)
Depends: libc6 (>= $GLIBC), libgl1, libegl1, libxcb1, libwayland-client0, libwayland-cursor0, libwayland-egl1
Section: devel
Priority: optional
Homepage: https://example.invalid/b24desk
Description: Desktop request builder for the Bitrix24 REST API
 Build a correct call to a Bitrix24 portal through an incoming webhook (method, parameters,
 the exact URL the portal reads), run it, and keep the webhook's secret in the system keyring.
 Includes the b24desk command line and a local sandbox portal.
CONTROL

dpkg-deb --build --root-owner-group "$ROOT" "$DEB" >/dev/null
echo "deb: $DEB ($(du -h "$DEB" | cut -f1))"
