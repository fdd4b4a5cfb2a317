#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop file and the AppStream metainfo validate, and agree with what is installed:
# the icon name, the link scheme, the screenshots; the metainfo's licences are the project's, and
# its addresses are the ones the build was given (none when it was given none). The template is
# also checked with every address given (reserved .example names), screenshots included.
#   desktop_files.sh SOURCE_DIR BUILD_DIR
set -eu
src=$1
build=$2
app_id=io.gatescope.Gatescope
desktop=$src/packaging/$app_id.desktop
metainfo=$build/packaging/$app_id.metainfo.xml
out=$(mktemp -d "${TMPDIR:-/tmp}/gatescope-metainfo.XXXXXX")
trap 'rm -rf "$out"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# The text of the one element <$2> (with attributes $3, if any) in the file $1; "" when absent.
element() {
    sed -n "s|^ *<$2${3:-}>\(.*\)</$2>\$|\1|p" "$1"
}

# A value the build directory's CMake cache holds.
cached() {
    sed -n "s|^$1:[A-Z]*=||p" "$build/CMakeCache.txt"
}

for tool in desktop-file-validate appstreamcli; do
    command -v $tool >/dev/null || {
        echo "FAIL: $tool is missing (packaging/setup.sh test installs it)" >&2
        exit 1
    }
done

desktop-file-validate "$desktop"
echo "desktop-file-validate: ok"
appstreamcli validate --no-net --pedantic "$metainfo"

grep -qx 'MimeType=x-scheme-handler/gatescope;' "$desktop" || {
    echo "FAIL: the desktop file does not handle gatescope:// links" >&2
    exit 1
}
grep -qx "Icon=$app_id" "$desktop" || {
    echo "FAIL: Icon= is not $app_id (the icon is installed under that name)" >&2
    exit 1
}
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" || {
    echo "FAIL: the metainfo does not launch $app_id.desktop" >&2
    exit 1
}

# Licences: the metadata's own is CC0-1.0, the project's GPL-3.0-or-later (LICENSE).
[ "$(element "$metainfo" metadata_license)" = CC0-1.0 ] ||
    fail "metadata_license is '$(element "$metainfo" metadata_license)', not CC0-1.0"
[ "$(element "$metainfo" project_license)" = GPL-3.0-or-later ] ||
    fail "project_license is '$(element "$metainfo" project_license)', not GPL-3.0-or-later"
grep -q 'GNU GENERAL PUBLIC LICENSE' "$src/LICENSE" && grep -q 'Version 3, 29 June 2007' "$src/LICENSE" ||
    fail "LICENSE is not the text of the GPL, version 3"

# Addresses: exactly what the build was given; an empty one is left out, never written empty.
[ -f "$build/CMakeCache.txt" ] || fail "no CMakeCache.txt in $build"
for pair in homepage:GATESCOPE_HOMEPAGE bugtracker:GATESCOPE_BUG_TRACKER; do
    type=${pair%%:*}
    given=$(cached "${pair#*:}")
    written=$(element "$metainfo" url " type=\"$type\"")
    [ "$written" = "$given" ] || fail "url $type is '$written', the build's ${pair#*:} '$given'"
done
if grep -Eq '<(url|update_contact)[^>]*></' "$metainfo"; then
    fail "the metainfo has an empty address"
fi
if grep -q 'gatescope\.io' "$metainfo"; then
    fail "the metainfo names gatescope.io, an address the project does not have"
fi
echo "metainfo licences and addresses: ok"

# The template with every address given validates too, and names every screenshot of ours.
full=$out/$app_id.metainfo.xml
cmake -DIN="$src/packaging/$app_id.metainfo.xml.in" -DOUT="$full" \
    -DPROJECT_VERSION=0.0.1 -DGATESCOPE_RELEASE_DATE=2026-01-01 -DGATESCOPE_LICENSE=GPL-3.0-or-later \
    -DGATESCOPE_HOMEPAGE=https://gatescope.example/ \
    -DGATESCOPE_BUG_TRACKER='https://gatescope.example/issues?state=open&sort=new' \
    -DGATESCOPE_CONTACT='Jane Doe <jane@gatescope.example>' \
    -DGATESCOPE_SCREENSHOT_URL=https://gatescope.example/screenshots \
    -P "$src/packaging/metainfo.cmake"
appstreamcli validate --no-net --pedantic "$full"
[ "$(element "$full" url ' type="homepage"')" = https://gatescope.example/ ] ||
    fail "the template's homepage was not filled in"
[ "$(element "$full" url ' type="bugtracker"')" = 'https://gatescope.example/issues?state=open&amp;sort=new' ] ||
    fail "the template's bug tracker was not filled in (or not escaped)"
[ "$(element "$full" update_contact)" = jane@gatescope.example ] ||
    fail "the template's update_contact is not the contact's address"
# Every screenshot the metainfo names is one of ours, and every one of ours is named.
named=$(grep -o '[a-z-]*\.png</image>' "$full" | sed 's|</image>||' | sort)
ours=$(cd "$src/packaging/screenshots" && ls *.png | sort)
[ "$named" = "$ours" ] || fail "metainfo screenshots ($named) differ from packaging/screenshots ($ours)"
# The build's metainfo names screenshots only when it was told where they are published.
if [ -z "$(cached GATESCOPE_SCREENSHOT_URL)" ]; then
    ! grep -q '<screenshot' "$metainfo" || fail "screenshots without GATESCOPE_SCREENSHOT_URL"
else
    [ "$(grep -o '[a-z-]*\.png</image>' "$metainfo" | sed 's|</image>||' | sort)" = "$ours" ] ||
        fail "the build's metainfo does not name every screenshot"
fi
echo "desktop files: ok"
