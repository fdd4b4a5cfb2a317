#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack from the build directory, unpacks it with dpkg -x and checks that it
# holds the binaries, the desktop file, the metainfo, the icon and the man page, and that its
# Depends name the plugin packages dpkg-shlibdeps cannot see.
#   deb_package.sh BUILD_DIR
set -eu
build=$1
app_id=io.gatescope.Gatescope
out=$(mktemp -d "${TMPDIR:-/tmp}/gatescope-deb.XXXXXX")
trap 'rm -rf "$out"' EXIT

command -v dpkg-shlibdeps >/dev/null || {
    echo "FAIL: dpkg-shlibdeps is missing (apt-get install dpkg-dev)" >&2
    exit 1
}
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
}
deb=$(ls "$out"/gatescope_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KB)"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libqt6widgets6 libc6; do
    case ", $depends," in
    *", $package"[,\ ]*) ;;
    *)
        echo "FAIL: Depends lacks $package" >&2
        exit 1
        ;;
    esac
done

dpkg -x "$deb" "$out/root"
for file in usr/bin/gatescope usr/bin/gatescope-cli \
    usr/share/applications/$app_id.desktop \
    usr/share/metainfo/$app_id.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    usr/share/man/man1/gatescope-cli.1.gz \
    usr/share/gatescope/register-url-scheme.sh; do
    [ -s "$out/root/$file" ] || {
        echo "FAIL: the package lacks /$file" >&2
        dpkg -c "$deb" >&2
        exit 1
    }
done
[ -x "$out/root/usr/bin/gatescope" ] && [ -x "$out/root/usr/bin/gatescope-cli" ]
"$out/root/usr/bin/gatescope-cli" --version
desktop-file-validate "$out/root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$out/root/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null
gzip -t "$out/root/usr/share/man/man1/gatescope-cli.1.gz"
echo "deb package: ok"
