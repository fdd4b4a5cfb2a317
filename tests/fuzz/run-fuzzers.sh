#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang-14, ASan + UBSan) in their own build dir and runs each for
# the given number of seconds (default 300), PARALLEL (default 2) at a time, starting from the
# seed corpus tests/fuzz/corpus/<name>/. A crasher is left as
# $BUILD_DIR/artifacts/<name>/crash-*: fix it, then copy it to tests/data/fuzz-regressions/<name>/
# so tst_fuzzregressions replays it. Needs: apt-get install clang-14 libfuzzer-14-dev.
#   tests/fuzz/run-fuzzers.sh [seconds] [target...]
set -euo pipefail

seconds=${1:-300}
shift || true
root=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${BUILD_DIR:-$root/build-fuzz}
jobs=${JOBS:-2}
parallel=${PARALLEL:-2}

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGATESCOPE_FUZZ=ON -DGATESCOPE_SANITIZE=ON \
        -DGATESCOPE_BUILD_BENCH=OFF -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link >&2
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for f in "$root"/tests/fuzz/fuzz_*.cpp; do
        n=$(basename "$f" .cpp)
        targets+=("${n#fuzz_}")
    done
fi
cmake --build "$build_dir" -j"$jobs" --target "${targets[@]/#/fuzz_}" >&2

# Inputs longer than max_len are not interesting for line parsers and only slow the search;
# the RSS limit turns a runaway allocation into a reported crash instead of an OOM kill.
run_one() {
    local name=$1
    local corpus=$build_dir/corpus/$name artifacts=$build_dir/artifacts/$name
    mkdir -p "$corpus" "$artifacts"
    # Seeds are read from the source tree; new inputs go to the build dir's corpus.
    local rc=0
    ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build_dir/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len=16384 \
        -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$corpus" "$root/tests/fuzz/corpus/$name" \
        >"$build_dir/fuzz_$name.log" 2>&1 || rc=$?
    echo "fuzz_$name: exit $rc, $(find "$artifacts" -type f | wc -l) artifacts; $(grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' \
        "$build_dir/fuzz_$name.log" | tr '\n' ' ') $(grep -E 'cov: ' "$build_dir/fuzz_$name.log" |
        tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+')"
    return $rc
}

failed=0
pids=()
for name in "${targets[@]}"; do
    run_one "$name" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$parallel" ]; then
        wait "${pids[0]}" || failed=1
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
done
exit $failed
