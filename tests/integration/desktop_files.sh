#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop file and the AppStream metainfo validate, and agree with what is installed:
# the icon name, the link scheme, the screenshots.
#   desktop_files.sh SOURCE_DIR BUILD_DIR
set -eu
src=$1
build=$2
app_id=io.gatescope.Gatescope
desktop=$src/packaging/$app_id.desktop
metainfo=$build/packaging/$app_id.metainfo.xml

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
# Every screenshot the metainfo names is one of ours, and every one of ours is named.
named=$(grep -o '[a-z-]*\.png</image>' "$metainfo" | sed 's|</image>||' | sort)
ours=$(cd "$src/packaging/screenshots" && ls *.png | sort)
[ "$named" = "$ours" ] || {
    echo "FAIL: metainfo screenshots ($named) differ from packaging/screenshots ($ours)" >&2
    exit 1
}
echo "desktop files: ok"
