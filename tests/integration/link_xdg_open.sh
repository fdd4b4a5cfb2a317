#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A gatescope:// link end to end, as the desktop delivers it: in a temporary HOME, the scheme is
# registered with packaging/register-url-scheme.sh, a first gatescope window runs under Xvfb, and
# xdg-open starts a second gatescope that hands the link to the first and exits. The first one
# must select the log (or say plainly that it is not there, or that a link is malformed).
#   link_xdg_open.sh SOURCE_DIR GATESCOPE GATESCOPE_CLI
set -eu
src=$1
app=$2
cli=$3

for tool in xvfb-run xdg-open xdg-mime xauth sqlite3; do
    command -v $tool >/dev/null || {
        echo "FAIL: $tool is missing (packaging/setup.sh test installs it)" >&2
        exit 1
    }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/gatescope-link.XXXXXX")
trap 'rm -rf "$work"' EXIT
store=$work/links.sqlite
"$cli" demo --db "$store" --count 40 >/dev/null
id=$(sqlite3 "$store" 'SELECT id FROM logs ORDER BY created_at DESC LIMIT 1')
trace=$(sqlite3 "$store" 'SELECT trace_id FROM logs WHERE trace_id IS NOT NULL LIMIT 1')
[ -n "$id" ] && [ -n "$trace" ] || {
    echo "FAIL: no log id in the demo store" >&2
    exit 1
}

cat >"$work/session.sh" <<SESSION
#!/bin/sh
set -eu
# A clean desktop: no desktop environment, so xdg-open runs in generic mode and uses
# x-scheme-handler from mimeapps.list (it needs DISPLAY, which xvfb-run sets).
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
export XDG_DATA_DIRS=/usr/share XDG_CONFIG_DIRS=/etc/xdg XDG_RUNTIME_DIR="$work/runtime"
export GATESCOPE_LANG=en # the messages checked below are the English ones
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID BROWSER
mkdir -p "\$XDG_DATA_HOME" "\$XDG_CONFIG_HOME" && mkdir -m 700 "\$XDG_RUNTIME_DIR"

"$src/packaging/register-url-scheme.sh" "$app" --db "$store"
[ "\$(xdg-mime query default x-scheme-handler/gatescope)" = io.gatescope.Gatescope.desktop ]

"$app" --db "$store" --print-links >"$work/primary.log" 2>"$work/primary.err" &
primary=\$!
wait_for() { # pattern, seconds
    i=0
    while ! grep -qF "\$1" "$work/primary.log"; do
        i=\$((i + 1))
        if [ \$i -gt \$((\$2 * 10)) ] || ! kill -0 \$primary 2>/dev/null; then
            echo "FAIL: waited for '\$1'; the first window said:" >&2
            cat "$work/primary.log" "$work/primary.err" >&2
            kill \$primary 2>/dev/null || true
            exit 1
        fi
        sleep 0.1
    done
}
wait_for "listening: " 20

timeout 20 xdg-open "gatescope://log/$id"
wait_for "received: gatescope://log/$id" 10
wait_for "opened: gatescope://log/$id" 20

timeout 20 xdg-open "gatescope://trace/$trace"
wait_for "opened: gatescope://trace/$trace" 20

timeout 20 xdg-open "gatescope://log/not-in-this-store"
wait_for "failed: This log is not in the local store" 20

timeout 20 xdg-open "gatescope://log/..%2F..%2Fetc%2Fpasswd"
wait_for "failed: Cannot open the link" 20

kill \$primary
wait \$primary 2>/dev/null || true
SESSION
chmod +x "$work/session.sh"
xvfb-run -a -s '-screen 0 1280x800x24' "$work/session.sh"
cat "$work/primary.log"
echo "link via xdg-open: ok"
