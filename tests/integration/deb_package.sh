#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack from the build directory, unpacks it with dpkg -x and checks that it
# holds the binaries, the desktop file, the metainfo, the icon, the man page and the copyright
# file, and that its Depends name the plugin packages dpkg-shlibdeps cannot see. The copyright
# file (Debian's machine-readable format) gives Gatescope's licence, GPL-3.0-or-later, and names
# every library package the binaries link (Depends, from dpkg-shlibdeps); Homepage and Maintainer
# are what the build was given, with no made-up address.
#   deb_package.sh BUILD_DIR
set -eu
build=$1
app_id=io.gatescope.Gatescope
out=$(mktemp -d "${TMPDIR:-/tmp}/gatescope-deb.XXXXXX")
trap 'rm -rf "$out"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# A value the build directory's CMake cache holds.
cached() {
    sed -n "s|^$1:[A-Z]*=||p" "$build/CMakeCache.txt"
}

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

# The long description is the text of CPACK_PACKAGE_DESCRIPTION, with no list separators in it.
if dpkg-deb -f "$deb" Description | grep -q '^ ;'; then
    fail "the package description has lines starting with ';'"
fi

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

# Homepage and Maintainer: what the build was given; no Homepage when it was given none, and a
# Maintainer without an address rather than an invented one.
homepage=$(cached GATESCOPE_HOMEPAGE)
contact=$(cached GATESCOPE_CONTACT)
[ "$(dpkg-deb -f "$deb" Homepage)" = "$homepage" ] ||
    fail "Homepage is '$(dpkg-deb -f "$deb" Homepage)', the build's GATESCOPE_HOMEPAGE '$homepage'"
[ "$(dpkg-deb -f "$deb" Maintainer)" = "${contact:-The Gatescope authors}" ] ||
    fail "Maintainer is '$(dpkg-deb -f "$deb" Maintainer)', not '${contact:-The Gatescope authors}'"
if dpkg-deb -f "$deb" | grep -q 'gatescope\.io'; then
    fail "the control file names gatescope.io, an address the project does not have"
fi

# The copyright file, in Debian's machine-readable format.
copyright=$out/root/usr/share/doc/gatescope/copyright
[ -s "$copyright" ] || fail "the package lacks /usr/share/doc/gatescope/copyright"
[ "$(sed -n 1p "$copyright")" = \
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ] ||
    fail "the copyright file is not in the machine-readable format (Format: line)"
grep -qx 'Upstream-Name: Gatescope' "$copyright" || fail "the copyright file lacks Upstream-Name"
# The License of the paragraph "Files: *": every file in the package.
files_licence=$(awk '/^Files: \*$/ { p = 1 } /^$/ { p = 0 } p && /^License: / { print $2 }' "$copyright")
[ "$files_licence" = GPL-3.0-or-later ] ||
    fail "the copyright file gives Files: * the licence '$files_licence', not GPL-3.0-or-later"
# ... with a stand-alone License paragraph that says where the full text is.
grep -qx 'License: GPL-3.0-or-later' "$copyright" &&
    grep -q 'either version 3 of the$' "$copyright" &&
    grep -q '/usr/share/common-licenses/GPL-3\.$' "$copyright" ||
    fail "the copyright file lacks the GPL-3.0-or-later licence paragraph"
# Continuation lines start with a space, paragraphs are parted by one empty line.
if grep -En '^(\t|  *$)' "$copyright" >&2; then
    fail "the copyright file has a tab-indented or blank continuation line"
fi
if [ -n "$homepage" ]; then
    grep -qxF "Source: $homepage" "$copyright" || fail "the copyright file's Source is not $homepage"
elif grep -q '^Source:' "$copyright"; then
    fail "the copyright file has a Source though the build has no GATESCOPE_HOMEPAGE"
fi
# Every library package the binaries link (dpkg-shlibdeps' Depends) and every plugin package is
# named with its licence.
for package in $(echo "$depends" | sed 's/([^)]*)//g; s/,/ /g'); do
    grep -q "[( ]$package[,)]" "$copyright" || fail "the copyright file does not name $package"
done
echo "copyright: ok ($(echo "$depends" | tr ',' '\n' | wc -l) library packages named)"
[ "$(sed -n 's|^ *<project_license>\(.*\)</project_license>$|\1|p' \
    "$out/root/usr/share/metainfo/$app_id.metainfo.xml")" = GPL-3.0-or-later ] ||
    fail "the installed metainfo's project_license is not GPL-3.0-or-later"
echo "deb package: ok"
