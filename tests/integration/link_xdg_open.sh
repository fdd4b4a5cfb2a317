#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A gatescope:// link end to end, as the desktop delivers it: in a temporary HOME, the scheme is
# registered with packaging/register-url-scheme.sh as the package does (no --db), a first
# gatescope window runs under Xvfb on one store, and xdg-open starts a second gatescope that
# hands the link to the first (whatever store it shows) and exits. The first one must select the
# log (or say plainly that it is not there, or that a link is malformed); ?store= moves it to the
# store the link names. With no window running, a link opens the store used last, not the
# empty default one.
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
other=$work/other.sqlite
"$cli" demo --db "$store" --count 40 >/dev/null
"$cli" demo --db "$other" --count 30 >/dev/null
id=$(sqlite3 "$store" 'SELECT id FROM logs ORDER BY created_at DESC LIMIT 1')
trace=$(sqlite3 "$store" 'SELECT trace_id FROM logs WHERE trace_id IS NOT NULL LIMIT 1')
other_id=$(sqlite3 "$other" 'SELECT id FROM logs ORDER BY created_at ASC LIMIT 1')
[ -n "$id" ] && [ -n "$trace" ] && [ -n "$other_id" ] || {
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
# The local sockets live here: never those of a gatescope the user runs meanwhile.
export TMPDIR="$work/tmp"
export GATESCOPE_LANG=en # the messages checked below are the English ones
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID BROWSER
unset GATESCOPE_DB
mkdir -p "\$XDG_DATA_HOME" "\$XDG_CONFIG_HOME" "\$TMPDIR" && mkdir -m 700 "\$XDG_RUNTIME_DIR"

# As the package registers it: no store on the command line. The launches xdg-open starts say
# what they do on stdout (--print-links).
"$src/packaging/register-url-scheme.sh" "$app"
[ "\$(xdg-mime query default x-scheme-handler/gatescope)" = io.gatescope.Gatescope.desktop ]
desktop="\$XDG_DATA_HOME/applications/io.gatescope.Gatescope.desktop"
sed -i 's|^Exec=\(.*\) %u\$|Exec=\1 --print-links %u|' "\$desktop"
grep -q -- '--print-links %u' "\$desktop"

wait_for() { # file, pid, pattern, seconds
    i=0
    while ! grep -qF "\$3" "\$1"; do
        i=\$((i + 1))
        if [ \$i -gt \$((\$4 * 10)) ] || ! kill -0 \$2 2>/dev/null; then
            echo "FAIL: waited for '\$3'; the window said:" >&2
            cat "\$1" >&2
            kill \$2 2>/dev/null || true
            exit 1
        fi
        sleep 0.1
    done
}

# A window on the first store; then the other store is used (and closed) by a second window
# of its own: it is the store used last, but not the one the running window shows.
"$app" --db "$store" --print-links >"$work/primary.log" 2>&1 &
primary=\$!
wait_for "$work/primary.log" \$primary "listening: " 20
"$app" --db "$other" --new-instance --print-links >"$work/before.log" 2>&1 &
before=\$!
wait_for "$work/before.log" \$before "listening: " 20
other_socket=\$(sed -n 's/^listening: //p' "$work/before.log")
kill \$before
wait \$before 2>/dev/null || true

# No --db in the launch: the running window takes the link, whatever store it has open.
timeout 20 xdg-open "gatescope://log/$id"
wait_for "$work/primary.log" \$primary "received: gatescope://log/$id" 10
wait_for "$work/primary.log" \$primary "opened: gatescope://log/$id" 20

timeout 20 xdg-open "gatescope://trace/$trace"
wait_for "$work/primary.log" \$primary "opened: gatescope://trace/$trace" 20

timeout 20 xdg-open "gatescope://log/not-in-this-store"
wait_for "$work/primary.log" \$primary "failed: This log is not in the local store" 20

timeout 20 xdg-open "gatescope://log/..%2F..%2Fetc%2Fpasswd"
wait_for "$work/primary.log" \$primary "failed: Cannot open the link" 20

# ?store= names the other store: the window moves to it and opens the log there.
timeout 20 xdg-open "gatescope://log/$other_id?store=other"
wait_for "$work/primary.log" \$primary "store: $other" 20
wait_for "$work/primary.log" \$primary "opened: gatescope://log/$other_id?store=other" 20

kill \$primary
wait \$primary 2>/dev/null || true

# Nothing runs: the link starts a window on the store used last (the other one), not on the
# empty default store.
setsid sh -c 'exec xdg-open "\$1"' xdg-open "gatescope://log/$other_id" >"$work/alone.log" 2>&1 &
alone=\$!
wait_for "$work/alone.log" \$alone "opened: gatescope://log/$other_id" 30
grep -qF "listening: \$other_socket" "$work/alone.log" || {
    echo "FAIL: the link did not open the store used last; it said:" >&2
    cat "$work/alone.log" >&2
    kill -- -\$alone 2>/dev/null || true
    exit 1
}
kill -- -\$alone 2>/dev/null || true
wait \$alone 2>/dev/null || true
SESSION
chmod +x "$work/session.sh"
xvfb-run -a -s '-screen 0 1280x800x24' "$work/session.sh"
cat "$work/primary.log" "$work/alone.log"
echo "link via xdg-open: ok"
