#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Registers gatescope:// links for the current user, pointing at a given gatescope binary, without
# installing the package (a build tree, a copied binary). Writes a .desktop file to
# $XDG_DATA_HOME/applications and makes it the x-scheme-handler/gatescope default with xdg-mime.
#   packaging/register-url-scheme.sh /path/to/gatescope [--db STORE]
#   packaging/register-url-scheme.sh --unregister
set -eu

app_id=io.gatescope.Gatescope
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$data_home/applications
desktop=$apps/$app_id.desktop

usage() {
    echo "usage: $0 /path/to/gatescope [--db STORE] | --unregister" >&2
    exit 2
}

[ $# -ge 1 ] || usage
if [ "$1" = --unregister ]; then
    rm -f "$desktop"
    command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
    echo "gatescope:// is no longer registered for $(id -un)"
    exit 0
fi

binary=$1
shift
case "$binary" in
/*) ;;
*) binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary") ;;
esac
[ -x "$binary" ] || {
    echo "$0: $binary is not an executable" >&2
    exit 1
}
# An Exec argument is quoted only when it must be (Desktop Entry spec, "Exec key"): xdg-open's
# generic mode (xdg-utils 1.1.3) splits Exec on spaces and does not understand quotes.
exec_arg() {
    case "$1" in
    *[!A-Za-z0-9_./:+=@-]*)
        printf '"%s"' "$(printf '%s' "$1" | sed 's/[\\"`$]/\\&/g')"
        echo "$0: warning: '$1' needs quoting, which xdg-open's generic mode cannot read" >&2
        ;;
    *) printf '%s' "$1" ;;
    esac
}
command_line=$(exec_arg "$binary")
if [ $# -ge 2 ] && [ "$1" = --db ]; then
    store=$2
    case "$store" in /*) ;; *) store=$(pwd)/$store ;; esac
    command_line="$command_line --db $(exec_arg "$store")"
elif [ $# -ne 0 ]; then
    usage
fi
command -v xdg-mime >/dev/null || {
    echo "$0: xdg-mime is missing (apt-get install xdg-utils)" >&2
    exit 1
}

mkdir -p "$apps"
cat >"$desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Gatescope
Comment=Browse the logs of AI gateway traffic
Icon=$app_id
Exec=$command_line %u
Terminal=false
NoDisplay=true
Categories=Development;
MimeType=x-scheme-handler/gatescope;
DESKTOP
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop"
fi
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
xdg-mime default "$app_id.desktop" x-scheme-handler/gatescope
echo "gatescope:// now opens with $binary ($(xdg-mime query default x-scheme-handler/gatescope))"
