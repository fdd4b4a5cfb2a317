#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Side-by-side benchmark (run by hand, not in CI; issue 14). For each record count, one
# generated Portkey export file (ExportGenerator, ~2.4 KB per record) is loaded in the same run
# by gatescope-cli, the sqlite3 shell (bare: raw lines + json_extract + 2 indexes; and the same
# plus FTS5 over the message text) and lnav (open + count), with the ratios, each one's peak
# resident memory, its peak disk beside its final store, and the load average (up to 100,000
# records in ROUNDS rounds, default 3, each one's median round reported). Then for
# Gatescope: where each second of the import goes (the phase table, GATESCOPE_IMPORT_PHASES),
# the export rate, the list's first pages and the analytics charts (bench_analytics), and with
# --crash a SIGKILL in the middle of the import and a second run that must give exact counts.
#
#   tests/bench/side-by-side.sh [--crash] [records ...]     (default: 100000 1000000)
#
# BUILD_DIR (default: build) must hold src/gatescope-cli, tests/bench/bench_import and
# tests/bench/bench_analytics. 8 sessions may share this machine's cores: read the load average
# beside the figures; the ratios are from one run, so they are comparable with each other.
set -euo pipefail

crash=0
counts=()
for arg in "$@"; do
    case $arg in
    --crash) crash=1 ;;
    *) counts+=("$arg") ;;
    esac
done
[ ${#counts[@]} -gt 0 ] || counts=(100000 1000000)

root=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
cli=$build_dir/src/gatescope-cli
generator=$build_dir/tests/bench/bench_import
analytics=$build_dir/tests/bench/bench_analytics
for exe in "$cli" "$generator" "$analytics"; do
    if [ ! -x "$exe" ]; then
        echo "side-by-side: $exe is missing; build gatescope-cli, bench_import and bench_analytics" >&2
        exit 1
    fi
done
command -v sqlite3 >/dev/null || {
    echo "side-by-side: the sqlite3 shell is missing (apt-get install -y sqlite3)" >&2
    exit 1
}
have_lnav=1
command -v lnav >/dev/null || have_lnav=0

work=$(mktemp -d "${TMPDIR:-/tmp}/gatescope-sbs.XXXXXX")
trap 'rm -rf "$work"' EXIT

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

# measure NAME DIR COMMAND...: runs COMMAND once (output to $work/NAME.out/.err) and records
# its wall seconds, CPU seconds, peak resident MB, and the peak and final bytes of the files in
# DIR (the store, its WAL and full-text files; "-" for none) in m_wall[NAME] etc.
declare -A m_wall m_cpu m_rss m_peak m_final m_rounds
measure() {
    local name=$1 dir=$2
    shift 2
    local peakfile=$work/$name.peak
    echo 0 >"$peakfile"
    local sampler=
    if [ "$dir" != - ]; then
        (
            peak=0
            while :; do
                s=$(find "$dir" -maxdepth 1 -type f -printf '%s\n' 2>/dev/null | awk '{t += $1} END {printf "%.0f\n", t}')
                if [ "$s" -gt "$peak" ]; then
                    peak=$s
                    echo "$peak" >"$peakfile"
                fi
                sleep 0.2
            done
        ) &
        sampler=$!
    fi
    local start end
    start=$(date +%s%N)
    # Through bash, so that the shell functions below run as commands too (CPU and peak memory
    # then include the whole process tree's largest member: /usr/bin/time's %M).
    /usr/bin/time -f '%U %S %M' -o "$work/$name.time" bash -c '"$@"' _ "$@" >"$work/$name.out" 2>"$work/$name.err" || {
        echo "side-by-side: '$name' failed: $(grep -v '^import:' "$work/$name.err" | head -c 400)" >&2
    }
    end=$(date +%s%N)
    sync # this one's writes are not left for the next one to wait on
    [ -z "$sampler" ] || {
        kill "$sampler" 2>/dev/null
        wait "$sampler" 2>/dev/null || true
    }
    m_wall[$name]=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }')
    read -r user sys rss <"$work/$name.time" || true
    m_cpu[$name]=$(awk -v u="${user:-0}" -v s="${sys:-0}" 'BEGIN { printf "%.2f", u + s }')
    m_rss[$name]=$(awk -v k="${rss:-0}" 'BEGIN { printf "%.0f", k / 1024 }')
    m_peak[$name]=$(cat "$peakfile")
    if [ "$dir" != - ]; then
        m_final[$name]=$(find "$dir" -maxdepth 1 -type f -printf '%s\n' | awk '{t += $1} END {printf "%.0f\n", t}')
    else
        m_final[$name]=0
    fi
}

# median_round KEY ROUNDS: the measures of KEY1..KEYn's median round (by wall time) as KEY's,
# its stderr as $work/KEY.err, and every round's wall time in m_rounds[KEY].
median_round() {
    local key=$1 rounds=$2 r
    local pick
    pick=$(for ((r = 1; r <= rounds; r++)); do echo "${m_wall[$key$r]} $r"; done | sort -n |
        awk -v m=$(((rounds + 1) / 2)) 'NR == m { print $2 }')
    m_wall[$key]=${m_wall[$key$pick]}
    m_cpu[$key]=${m_cpu[$key$pick]}
    m_rss[$key]=${m_rss[$key$pick]}
    m_peak[$key]=${m_peak[$key$pick]}
    m_final[$key]=${m_final[$key$pick]}
    cp "$work/$key$pick.err" "$work/$key.err"
    m_rounds[$key]=$(for ((r = 1; r <= rounds; r++)); do echo "${m_wall[$key$r]}"; done | paste -sd/)
}

shell_script() { # $1: file, $2: 1 for FTS5
    cat <<SQL
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE raw(line TEXT);
.mode ascii
.separator "\037" "\n"
.import '$1' raw
CREATE TABLE logs AS SELECT json_extract(line,'\$.id') AS id,
 json_extract(line,'\$.created_at') AS created_at, json_extract(line,'\$.trace_id') AS trace_id,
 json_extract(line,'\$.ai_org') AS provider, json_extract(line,'\$.ai_model') AS model,
 json_extract(line,'\$.response_status_code') AS status, json_extract(line,'\$.total_units') AS tokens,
 json_extract(line,'\$.cost') AS cost, json_extract(line,'\$.response_time') AS latency,
 json_extract(line,'\$.request.body') AS request, json_extract(line,'\$.response.body') AS response
 FROM raw;
CREATE INDEX logs_time ON logs(created_at, id);
CREATE INDEX logs_model ON logs(model);
SQL
    if [ "$2" = 1 ]; then
        cat <<'SQL'
CREATE VIRTUAL TABLE fts USING fts5(text);
INSERT INTO fts(rowid, text) SELECT rowid, json_extract(request,'$.messages[1].content') || ' ' ||
 json_extract(response,'$.choices[0].message.content') FROM logs;
SQL
    fi
}
shell_load() { # $1: db, $2: file, $3: fts
    shell_script "$2" "$3" | sqlite3 "$1"
}
lnav_count() { # $1: file
    HOME=$work/home lnav -I "$work/lnav" -n -c ";SELECT count(*) FROM portkey_export" "$1"
}

export work
export -f shell_script shell_load lnav_count

mb() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else printf "-" }'; }

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
echo "Versions: sqlite3 $(sqlite3 --version | cut -d' ' -f1), lnav $( ((have_lnav)) && lnav -V | cut -d' ' -f2 || echo 'not installed')"
declare -A import_wall
for n in "${counts[@]}"; do
    dir=$work/n$n
    mkdir -p "$dir/gs" "$dir/bare" "$dir/fts" "$dir/export"
    file=$dir/export.jsonl
    "$generator" "$n" --keep "$dir" --generate-only >/dev/null
    bytes=$(stat -c %s "$file")
    # Written to disk before anyone is timed (the writeback of a fresh 2.4 GB file took CPU
    # and I/O from whoever ran first), and in the page cache for everyone alike.
    sync
    cat "$file" >/dev/null
    load=$(cut -d' ' -f1-3 /proc/loadavg)

    # Up to 100,000 records, ROUNDS rounds (default 3) of the four, one after the other, and
    # each one's median round: the same import varied by 25 % from one run to the next on the
    # 2-core machine of issue 14, more than most changes measured with it.
    rounds=1
    [ "$n" -le 100000 ] && rounds=${ROUNDS:-3}
    for ((r = 1; r <= rounds; r++)); do
        rm -rf "$dir/gs" "$dir/bare" "$dir/fts"
        mkdir -p "$dir/gs" "$dir/bare" "$dir/fts"
        GATESCOPE_IMPORT_PHASES=1 measure gs$r "$dir/gs" "$cli" import --db "$dir/gs/store.db" "$file"
        ((r > 1)) || load_after_gs=$(cut -d' ' -f1-3 /proc/loadavg)
        measure bare$r "$dir/bare" shell_load "$dir/bare/shell.db" "$file" 0
        measure fts$r "$dir/fts" shell_load "$dir/fts/shell.db" "$file" 1
        if ((have_lnav)); then
            measure lnav$r - lnav_count "$file"
        fi
    done
    for key in gs bare fts lnav; do
        [ -n "${m_wall[${key}1]:-}" ] || continue
        median_round "$key" "$rounds"
    done
    load_end=$(cut -d' ' -f1-3 /proc/loadavg)
    stored=$(sqlite3 "$dir/gs/store.db" 'SELECT count(*) FROM logs')
    import_wall[$n]=${m_wall[gs]}

    echo
    echo "== $n records, $(mb "$bytes") MB of Portkey export JSONL; gatescope stored $stored"
    echo "load average (1, 5, 15 min): $load at the start, $load_after_gs after gatescope, $load_end at the end"
    echo
    printf '| %-46s | %8s | %8s | %8s | %9s | %9s | %12s |\n' "import (one process each, warm page cache)" "wall s" "CPU s" "peak MB" "disk peak" "final MB" "wall / gs"
    printf '|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..48})" ---------: ---------: ---------: ----------: ----------: -------------:
    row() {
        local key=$1 label=$2
        local peak=${m_peak[$key]} final=${m_final[$key]}
        local disk=-
        [ "$final" -gt 0 ] && disk=$(ratio "$peak" "$final")
        printf '| %-46s | %8s | %8s | %8s | %9s | %9s | %12s |\n' "$label" "${m_wall[$key]}" "${m_cpu[$key]}" \
            "${m_rss[$key]}" "$disk" "$(mb "$final")" "$(ratio "${m_wall[$key]}" "${m_wall[gs]}")"
    }
    row gs "gatescope-cli import (list + full text)"
    row bare "sqlite3 shell: bare load (json_extract, 2 idx)"
    row fts "sqlite3 shell: bare load + FTS5"
    if ((have_lnav)); then
        row lnav "lnav: open + count"
    else
        echo "| lnav: open + count                             | lnav not installed (apt-get install -y lnav) |"
    fi
    echo
    if ((rounds > 1)); then
        echo "Each row is its median of $rounds rounds; the rounds' wall seconds: gatescope ${m_rounds[gs]}," \
            "bare ${m_rounds[bare]}, FTS5 ${m_rounds[fts]}$( ((have_lnav)) && echo ", lnav ${m_rounds[lnav]}")"
    fi
    echo "disk peak: the most the store's files (database, WAL, full-text file) took during the"
    echo "load, over what is left at the end. wall / gs above 1: gatescope is faster by that much."
    echo "Input: $(mb "$bytes") MB; gatescope's store is $(ratio "${m_final[gs]}" "$bytes") of it."

    echo
    echo "Where the gatescope import's time goes (GATESCOPE_IMPORT_PHASES; stages run on"
    echo "their own threads at once, so their sum exceeds the wall time):"
    printf '| %-52s | %8s | %8s |\n' "phase" "busy s" "CPU s"
    printf '|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..54})" ---------: ---------:
    grep '^phase' "$work/gs.err" | while IFS=$'\t' read -r _ name wall cpu; do
        case $name in
        *"full-text writer thread"*) wall=- ;; # its wall time is the whole import, waits included
        esac
        printf '| %-52s | %8s | %8s |\n' "$name" "$wall" "$cpu"
    done
    printf '| %-52s | %8s | %8s |\n' "whole import (process)" "${m_wall[gs]}" "${m_cpu[gs]}"

    measure export "$dir/export" "$cli" export --db "$dir/gs/store.db" --out "$dir/export/out.jsonl"
    exported=$(wc -l <"$dir/export/out.jsonl")
    echo
    echo "gatescope-cli export --format gatescope: $exported records in ${m_wall[export]} s wall," \
        "${m_cpu[export]} s CPU ($(awk -v n="$exported" -v s="${m_wall[export]}" 'BEGIN { printf "%.0f", n / s }') records/s), peak ${m_rss[export]} MB"
    rm -f "$dir/export/out.jsonl"

    echo
    echo "Queries on the imported store (bench_analytics; best of 3, warm cache):"
    "$analytics" "$dir/gs/store.db" | sed -n '/^list/,$p'

    if ((crash)); then
        # SIGKILL once the store holds half the records, then run the import again.
        db=$dir/crash.db
        "$cli" import --db "$db" "$file" >/dev/null 2>&1 &
        pid=$!
        while kill -0 "$pid" 2>/dev/null; do
            c=$(sqlite3 -readonly "$db" 'SELECT count(*) FROM logs' 2>/dev/null || echo 0)
            [ "${c:-0}" -ge $((n / 2)) ] && break
            sleep 0.5
        done
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        killed=$(sqlite3 "$db" 'SELECT count(*) || "/" || count(DISTINCT id) FROM logs')
        integrity=$(sqlite3 "$db" 'PRAGMA integrity_check' | head -1)
        start=$(date +%s%N)
        "$cli" import --db "$db" "$file" >/dev/null 2>&1
        again=$(awk -v s="$start" -v e="$(date +%s%N)" 'BEGIN { printf "%.1f", (e - s) / 1e9 }')
        final=$(sqlite3 "$db" 'SELECT count(*) || "/" || count(DISTINCT id) FROM logs')
        echo
        echo "Crash: SIGKILL with $killed (rows/distinct ids) stored, integrity_check $integrity;" \
            "the second run took $again s and left $final (expected $n/$n)"
        rm -f "$db"*
    fi
    rm -rf "$dir"
done
if [ ${#counts[@]} -ge 2 ]; then
    first=${counts[0]}
    last=${counts[${#counts[@]} - 1]}
    echo
    echo "Scaling: $last records took $(ratio "${import_wall[$last]}" "${import_wall[$first]}") the wall time of $first" \
        "($(awk -v a="$last" -v b="$first" 'BEGIN { printf "%.0f", a / b }')x the records)"
fi
