#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Peak memory of `gatescope-cli collect` fed what an adversarial gateway can send (run by hand,
# not in CI): a tiny loopback SSE server (Python) answers /log/stream with a real `log` event,
# then one of
#   endless [MB]   a line that never ends (default 1024 MB of it), the stream left open
#   event [MB]     one valid `log` event of that size (default 12 MB), padded in a message
# and the script prints collect's peak resident memory (VmHWM), what it stored and skipped, and
# the load average. --max-event-mb is passed on when MAX_EVENT_MB is set.
#   tests/bench/collect-memory.sh [endless|event] [MB]
# BUILD_DIR (default: build) must hold gatescope-cli.
set -euo pipefail

mode=${1:-endless}
root=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
cli=$build_dir/src/gatescope-cli
case "$mode" in
endless) megabytes=${2:-1024} ;;
event) megabytes=${2:-12} ;;
*)
    echo "usage: $0 [endless|event] [MB]" >&2
    exit 2
    ;;
esac
if [ ! -x "$cli" ]; then
    echo "collect-memory: $cli is missing; build gatescope-cli first" >&2
    exit 1
fi

work=$(mktemp -d /tmp/gatescope-collect-memory.XXXXXX)
server_pid=
collect_pid=
cleanup() {
    [ -n "$collect_pid" ] && kill "$collect_pid" 2>/dev/null || true
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The server writes its port to $work/port and "sent" to $work/sent once every byte is taken.
python3 - "$mode" "$megabytes" "$root/tests/data/gateway-stream/stream_raw.sse" "$work" <<'PY' &
import json, socket, sys
mode, megabytes, sse, work = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
log = None
for block in open(sse, encoding="utf-8").read().split("\n\n"):
    if block.startswith("event: log"):
        log = [l[6:] for l in block.split("\n") if l.startswith("data: ")][0]
        break
server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen(1)
open(work + "/port", "w").write(str(server.getsockname()[1]))
conn, _ = server.accept()
request = b""
while b"\r\n\r\n" not in request:
    request += conn.recv(65536)
conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
             b"Connection: keep-alive\r\n\r\nevent: connected\ndata: 1795793958823\n\n"
             b"event: log\ndata: " + log.encode() + b"\nid: 0\n\n")
chunk = b"x" * (1 << 20)
if mode == "endless":
    conn.sendall(b"event: log\ndata: ")
    for _ in range(megabytes):
        conn.sendall(chunk)
else:
    event = json.loads(log)
    padding = "x" * (megabytes << 20)
    event["requestOptions"][0]["requestParams"]["messages"][0]["content"] = padding
    # Another request, not a duplicate of the first event.
    event["requestOptions"][0]["hookSpanId"] = "b9d1657e-88cb-4f21-b731-e0e0049b15fc"
    event["requestOptions"][0]["createdAt"] = "2026-11-27T15:40:18.915Z"
    event["time"] = "11/27/2026, 3:40:18 PM"
    conn.sendall(b"event: log\ndata: " + json.dumps(event).encode() + b"\nid: 1\n\n")
open(work + "/sent", "w").write("sent")
conn.recv(1)  # until collect goes away
PY
server_pid=$!
for _ in $(seq 100); do
    [ -s "$work/port" ] && break
    sleep 0.1
done
port=$(cat "$work/port")

limit=()
if [ -n "${MAX_EVENT_MB:-}" ]; then
    limit=(--max-event-mb "$MAX_EVENT_MB")
fi
start=$(date +%s.%N)
"$cli" collect --db "$work/store.db" --gateway "http://127.0.0.1:$port" --status-interval 0.5 \
    "${limit[@]}" >"$work/out" 2>"$work/err" &
collect_pid=$!

# Everything sent, then one status line more so collect has read it all.
while [ ! -e "$work/sent" ]; do
    kill -0 "$collect_pid" 2>/dev/null || break
    sleep 0.2
done
lines=$(grep -c ' stored (' "$work/err" || true)
while [ "$(grep -c ' stored (' "$work/err" || true)" -le "$((lines + 1))" ]; do
    kill -0 "$collect_pid" 2>/dev/null || break
    sleep 0.2
done
seconds=$(echo "$(date +%s.%N) - $start" | bc)
peak_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$collect_pid/status" 2>/dev/null || echo 0)
kill -TERM "$collect_pid"
wait "$collect_pid" || true
collect_pid=

echo "collect fed $mode ${megabytes} MB (limit ${MAX_EVENT_MB:-default} MB): peak resident $((peak_kb / 1024)) MB, $(printf '%.1f' "$seconds") s"
echo "summary: $(cat "$work/out")"
grep -E 'skipped|gap:' "$work/err" | sed 's/^/  /' || true
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
