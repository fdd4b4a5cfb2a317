#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Side-by-side benchmark (run by hand, not in CI): one generated Portkey export file, loaded and
# queried in the same run by gatescope-cli, the sqlite3 shell, jq and lnav, with the ratios.
#   tests/bench/side-by-side.sh [records (default 100000)]
# BUILD_DIR (default: build) must hold gatescope-cli and bench_import (its generator writes the
# file: ExportGenerator, ~2.4 KB per record). jq, lnav and sqlite3 are installed when missing.
# Every command is a fresh process, timed wall-clock, output to /dev/null; the page cache is warm.
set -euo pipefail

records=${1:-100000}
root=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
cli=$build_dir/src/gatescope-cli
generator=$build_dir/tests/bench/bench_import
for exe in "$cli" "$generator"; do
    if [ ! -x "$exe" ]; then
        echo "side-by-side: $exe is missing; build gatescope-cli and bench_import first" >&2
        exit 1
    fi
done
missing=()
for tool in jq lnav sqlite3; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

work=$(mktemp -d /tmp/gatescope-sbs.XXXXXX)
trap 'rm -rf "$work"' EXIT
file=$work/export.jsonl
# bench_import writes the file and prints its own in-process import figures (kept in the log).
"$generator" "$records" --keep "$work" >"$work/bench_import.txt"
rm -f "$work"/*.sqlite*
bytes=$(stat -c %s "$file")
cat "$file" >/dev/null # warm the page cache for everyone alike

# lnav needs a format to see JSON lines as records with columns.
mkdir -p "$work/lnav/formats/portkey" "$work/home"
cat >"$work/lnav/formats/portkey/portkey_export.json" <<'JSON'
{
    "$schema": "https://lnav.org/schemas/format-v1.schema.json",
    "portkey_export": {
        "title": "Portkey export JSONL",
        "description": "One Portkey log export row per line",
        "json": true,
        "file-pattern": "\\.jsonl$",
        "timestamp-field": "created_at",
        "timestamp-format": ["%Y-%m-%dT%H:%M:%S.%L"],
        "value": {
            "id": {"kind": "string", "identifier": true},
            "ai_model": {"kind": "string", "identifier": true},
            "ai_org": {"kind": "string", "identifier": true},
            "response_status_code": {"kind": "float"},
            "cost": {"kind": "float"},
            "response_time": {"kind": "string"},
            "request": {"kind": "json", "hidden": true},
            "response": {"kind": "json", "hidden": true}
        }
    }
}
JSON
lnav_sql() { HOME=$work/home lnav -I "$work/lnav" -n -c ";$1" "$file"; }
sql() { sqlite3 "$work/shell.sqlite" "$1"; }
gs() { "$cli" "$1" --db "$work/gatescope.db" "${@:2}"; }

# seconds <command...>: wall-clock seconds of one run, output discarded.
seconds() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>"$work/last.err" || {
        # head closing the pipe early is fine; anything else is reported.
        if [ -s "$work/last.err" ]; then
            echo "side-by-side: '$*' failed: $(head -c 300 "$work/last.err")" >&2
        fi
    }
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }'
}

shell_load() {
    sqlite3 "$work/shell.sqlite" <<SQL
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE raw(line TEXT);
.mode ascii
.separator "\037" "\n"
.import '$file' raw
CREATE TABLE logs AS SELECT json_extract(line,'\$.id') AS id,
 json_extract(line,'\$.created_at') AS created_at, json_extract(line,'\$.trace_id') AS trace_id,
 json_extract(line,'\$.ai_org') AS provider, json_extract(line,'\$.ai_model') AS model,
 json_extract(line,'\$.response_status_code') AS status, json_extract(line,'\$.total_units') AS tokens,
 json_extract(line,'\$.cost') AS cost, json_extract(line,'\$.response_time') AS latency,
 json_extract(line,'\$.request.body') AS request, json_extract(line,'\$.response.body') AS response
 FROM raw;
CREATE INDEX logs_time ON logs(created_at, id);
CREATE INDEX logs_model ON logs(model);
CREATE VIRTUAL TABLE fts USING fts5(text);
INSERT INTO fts(rowid, text) SELECT rowid, request || ' ' || response FROM logs;
SQL
}
first100_jq() { jq -c 'select(.ai_model == "gpt-4o") | {id, created_at, ai_model}' "$file" | head -100; }
word100_jq() { jq -c 'select((.request.body | tostring | test("\\brefund\\b")) or (.response.body | tostring | test("\\brefund\\b"))) | .id' "$file" | head -100; }

declare -A t
load=$(uptime | sed 's/.*load average: //')
t[load_gs]=$(seconds gs import "$file")
t[load_sql]=$(seconds shell_load)
t[load_jq]=$(seconds jq -c . "$file")
t[load_lnav]=$(seconds lnav_sql 'SELECT count(*) FROM portkey_export')

t[first_gs]=$(seconds gs query --filter 'model:gpt-4o' --limit 100)
t[first_sql]=$(seconds sql "SELECT id, created_at, model FROM logs WHERE model = 'gpt-4o' ORDER BY created_at, id LIMIT 100")
t[first_jq]=$(seconds first100_jq)
t[first_lnav]=$(seconds lnav_sql "SELECT id, log_time, ai_model FROM portkey_export WHERE ai_model = 'gpt-4o' LIMIT 100")

t[count_gs]=$(seconds gs stats --filter 'model:gpt-4o' --json)
t[count_sql]=$(seconds sql "SELECT count(*) FROM logs WHERE model = 'gpt-4o'")
t[count_jq]=$(seconds jq -n '[inputs | select(.ai_model == "gpt-4o")] | length' "$file")
t[count_lnav]=$(seconds lnav_sql "SELECT count(*) FROM portkey_export WHERE ai_model = 'gpt-4o'")

t[word_gs]=$(seconds gs query --filter 'refund' --limit 100)
t[word_sql]=$(seconds sql "SELECT rowid FROM fts WHERE fts MATCH 'refund' LIMIT 100")
t[word_jq]=$(seconds word100_jq)
t[word_lnav]=$(seconds lnav_sql "SELECT id FROM portkey_export WHERE request LIKE '%refund%' OR response LIKE '%refund%' LIMIT 100")

t[stats_gs]=$(seconds gs stats --json)
t[stats_sql]=$(seconds sql "SELECT model, count(*), sum(cost), avg(latency), sum(tokens) FROM logs GROUP BY model")
t[stats_jq]=$(seconds jq -n 'reduce inputs as $r ({}; .[$r.ai_model] |= {n: ((.n // 0) + 1), cost: ((.cost // 0) + ($r.cost // 0))})' "$file")
t[stats_lnav]=$(seconds lnav_sql "SELECT ai_model, count(*), sum(cost) FROM portkey_export GROUP BY ai_model")

stored=$(sqlite3 "$work/gatescope.db" 'SELECT count(*) FROM logs')
echo "Side by side: $records records, $((bytes / 1000000)) MB of Portkey export JSONL ($stored stored by gatescope)"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); load average at start: $load"
echo "Versions: $(sqlite3 --version | cut -d' ' -f1) sqlite3, $(jq --version), lnav $(lnav -V | cut -d' ' -f2)"
echo
printf '| %-44s | %9s | %9s | %9s | %9s | %11s | %11s | %11s |\n' "seconds (wall clock, one process each)" gatescope sqlite3 jq lnav "sqlite3/gs" "jq/gs" "lnav/gs"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..46})" ----------: ----------: ----------: ----------: ------------: ------------: ------------:
row() {
    local key=$1 label=$2
    local g=${t[${key}_gs]} s=${t[${key}_sql]} j=${t[${key}_jq]} l=${t[${key}_lnav]}
    awk -v label="$label" -v g="$g" -v s="$s" -v j="$j" -v l="$l" 'BEGIN {
        printf "| %-44s | %9.2f | %9.2f | %9.2f | %9.2f | %10.2fx | %10.2fx | %10.2fx |\n",
            label, g, s, j, l, s / g, j / g, l / g }'
}
row load "load / import (sqlite3: + 2 indexes + FTS5)"
row first "model:gpt-4o, first 100 rows"
row count "model:gpt-4o, count"
row word "full-text word 'refund', first 100"
row stats "stats by model"
echo
echo "gs = gatescope-cli. jq and lnav have no stored state: each of their queries reads the whole"
echo "file again (lnav: with a JSON log format for the export). A ratio above 1 means gatescope is faster."
