#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Peak memory of gatescope-cli on the largest records (run by hand, not in CI; issue 15): a file
# with one record just under the per-record limit (RecordLimits::kMaxRecordBytes, 32 MB) and one
# 200 MB line, through import, query --json, export (JSONL) and export --format csv; records as
# dense as JSON gets ([1,1,...] at the limits); a 63 MB JSON array of log objects. Prints the
# peak resident set of each command (GNU time's "Maximum resident set size"); every command must
# stay under 512 MB.
#   tests/bench/bigrecord-memory.sh [big line MB (default 200)]
# BUILD_DIR (default: build) must hold gatescope-cli.
set -euo pipefail

big_mb=${1:-200}
root=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
cli=$build_dir/src/gatescope-cli
if [ ! -x "$cli" ]; then
    echo "bigrecord-memory: $cli is missing; build gatescope-cli first" >&2
    exit 1
fi
if [ ! -x /usr/bin/time ]; then
    echo "bigrecord-memory: GNU time (/usr/bin/time) is needed" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A Portkey export row (bodies first, as Portkey writes them) whose request body holds n bytes.
row() {
    local id=$1 bytes=$2
    printf '{"id":"%s","request":{"body":{"model":"gpt-4o","messages":[{"role":"user","content":"' "$id"
    head -c "$bytes" /dev/zero | tr '\0' 'a'
    printf '"}]}},"response":{"status":200,"body":{"usage":{"prompt_tokens":3}}},'
    printf '"created_at":"2026-11-20T10:00:00.000Z","ai_model":"gpt-4o","req_units":3}\n'
}
limit=$((32 * 1024 * 1024))
{
    row under-the-limit $((limit - 4096))
    row over-the-limit $((big_mb * 1024 * 1024))
    row small 100
} >"$work/big.jsonl"
echo "input: $(du -m "$work/big.jsonl" | cut -f1) MB (one record of 32 MB - 4 KB, one of ${big_mb} MB, one small)"

worst=0
measure() {
    local label=$1
    shift
    /usr/bin/time -f '%M' -o "$work/rss" "$@" >"$work/out" 2>"$work/err" || {
        echo "$label: failed"
        cat "$work/err" >&2
        exit 1
    }
    local kb
    kb=$(tail -1 "$work/rss")
    printf '%-24s peak RSS %5d MB\n' "$label" $((kb / 1024))
    [ "$kb" -gt "$worst" ] && worst=$kb
    return 0
}

db=$work/store.sqlite
measure "import" "$cli" import --db "$db" "$work/big.jsonl"
tail -1 "$work/out" | cut -c1-300 | sed 's/^/  /'
measure "query --json" "$cli" query --db "$db" --json --limit 0
measure "query (table)" "$cli" query --db "$db" --limit 0
measure "stats" "$cli" stats --db "$db"
measure "export (gatescope)" "$cli" export --db "$db" --out "$work/out.jsonl"
measure "export --format csv" "$cli" export --db "$db" --format csv --out "$work/out.csv"
measure "import of the export" "$cli" import --db "$work/again.sqlite" "$work/out.jsonl"
# Records as dense as JSON can be: 32 MB of [1,1,1,...] in a Portkey row and a Gatescope record
# (each JSON value costs 30 to 60 bytes in memory: RecordLimits::kMaxRecordValues bounds them).
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
def dense(values):
    return "[" + "1," * (values - 1) + "1]"
for name, values in (("over", (32 * 1024 * 1024 - 4096) // 2), ("under", 3_900_000)):
    with open("%s/dense-%s.jsonl" % (work, name), "w") as f:
        f.write('{"id":"px-%s","created_at":"2026-11-20T10:00:00Z","ai_model":"x",'
                '"request":{"body":%s}}\n' % (name, dense(values)))
        f.write('{"id":"gs-%s","created_at":"2026-11-20T10:00:00.000Z","request_type":"chat",'
                '"tracked":true,"request":%s}\n' % (name, dense(values)))
PY
for name in over under; do
    measure "import dense ($name)" "$cli" import --db "$work/dense-$name.sqlite" --format portkey-export "$work/dense-$name.jsonl"
    measure "query --json dense" "$cli" query --db "$work/dense-$name.sqlite" --json
    measure "export dense" "$cli" export --db "$work/dense-$name.sqlite" --out "$work/dense-out.jsonl"
done
measure "import dense gatescope" "$cli" import --db "$work/dense-gs.sqlite" --format gatescope "$work/dense-under.jsonl"
measure "query --json dense gs" "$cli" query --db "$work/dense-gs.sqlite" --json
measure "export dense gs" "$cli" export --db "$work/dense-gs.sqlite" --out "$work/dense-out.jsonl"

# A log-object file that is one JSON array, just under its 64 MB limit (it is parsed whole).
python3 - "$root/tests/data/portkey/sample_log_object.json" "$work/array.json" <<'PY'
import json, sys
one = json.load(open(sys.argv[1]))
with open(sys.argv[2], "w") as out:
    out.write("[")
    size, i = 1, 0
    while size < 63 * 1024 * 1024:
        one["_id"] = "array-%d" % i
        text = ("," if i else "") + json.dumps(one)
        out.write(text)
        size += len(text)
        i += 1
    out.write("]")
PY
echo "array input: $(du -m "$work/array.json" | cut -f1) MB"
measure "import of a JSON array" "$cli" import --db "$work/array.sqlite" "$work/array.json"
echo "worst: $((worst / 1024)) MB (limit 512 MB); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$worst" -lt $((512 * 1024)) ]
