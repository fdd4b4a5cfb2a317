#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Gatescope set-up on a fresh Debian 12 machine, as root.
#   packaging/setup.sh run    install what is missing, build, open the app on the embedded store
#                             (filled with demo data the first time)
#   packaging/setup.sh test   install what is missing, build, run every test (ends with ctest's
#                             summary line)
#   packaging/setup.sh build  install what is missing and build only
# BUILD_DIR (default: build) and JOBS (default: 2) can be set in the environment.
set -euo pipefail

mode=${1:-}
case "$mode" in
run | test | build) ;;
*)
    echo "usage: $0 run|test|build" >&2
    exit 2
    ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
jobs=${JOBS:-2}

# What the build needs. libqt6opengl6-dev is only a Recommends of qt6-base-dev, but Qt Charts'
# CMake package cannot be found without it.
build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
    libsimdjson-dev libsqlite3-dev libzstd-dev libpq-dev libhttp-parser-dev qtkeychain-qt6-dev
    fonts-dejavu-core qt6-translations-l10n
)
# What the tests need besides: the sqlite3 shell (import comparison), a throwaway PostgreSQL,
# Node.js and npm for the real gateway and the official SDK, Xvfb for screenshots and the link
# test, the desktop-file and AppStream validators, dpkg-shlibdeps for the .deb, xdg-open, and
# openssl for the TLS tests' self-signed certificates.
test_packages=(sqlite3 postgresql xvfb xauth ca-certificates openssl
    desktop-file-utils appstream dpkg-dev xdg-utils)
# Some images bring Node.js from elsewhere (with npm inside): then Debian's npm would conflict.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    test_packages+=(nodejs npm)
fi

install_missing() {
    local missing=()
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "setup: these Debian packages are missing: ${missing[*]}" >&2
        echo "setup: run as root, or install them first with apt-get." >&2
        exit 1
    fi
    echo "setup: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2
    apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

build() {
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
    cmake --build "$build_dir" -j"$jobs" >&2
}

case "$mode" in
build)
    install_missing "${build_packages[@]}"
    build
    ;;
run)
    install_missing "${build_packages[@]}"
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "setup: no display (DISPLAY is not set): start it from a desktop session, or" >&2
        echo "       under Xvfb: xvfb-run -a -s '-screen 0 1280x800x24' $build_dir/src/gatescope --demo-if-empty" >&2
        exit 1
    fi
    exec "$build_dir/src/gatescope" --demo-if-empty
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    build
    # The real gateway and the official SDK, pinned by tests/integration/package-lock.json.
    npm ci --prefix "$root/tests/integration" --no-audit --no-fund >&2
    # Services the integration tests need are started by the tests' own fixtures.
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/gatescope-runtime.XXXXXX)}
    chmod 700 "$XDG_RUNTIME_DIR"
    # The core tests once more, built with AddressSanitizer and UndefinedBehaviorSanitizer
    # (GATESCOPE_SANITIZE) in a build dir of their own; any report fails the script here, leaks
    # included (these tests run clean with LeakSanitizer on).
    sanitize_dir=${SANITIZE_BUILD_DIR:-$root/build-asan}
    # The net and capture tests talk to loopback stand-ins of their own (control plane, TLS
    # proxy, SSE server); tst_connections runs gatescope-cli, built here with the sanitizers too.
    sanitize_tests=(tst_logrecord tst_filereader tst_gatewaystreamreader tst_imagescanner
        tst_portkeyexportreader tst_filterparser tst_logstore tst_importer tst_demodata
        tst_deeplink tst_pricing tst_fuzzregressions
        tst_capturestreams tst_controlplaneclient tst_exportsync tst_feedbacksync
        tst_resourcecache tst_replaypolicy tst_connections)
    cmake -S "$root" -B "$sanitize_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DGATESCOPE_SANITIZE=ON -DGATESCOPE_BUILD_BENCH=OFF >&2
    cmake --build "$sanitize_dir" -j"$jobs" --target "${sanitize_tests[@]}" gatescope-cli >&2
    (cd "$sanitize_dir" && UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS=suppressions=$root/tests/lsan-suppressions.txt \
        ctest --output-on-failure -j"$jobs" -R "^($(IFS='|' && echo "${sanitize_tests[*]}"))\$") >&2
    cd "$build_dir"
    exec ctest --output-on-failure -j"$jobs"
    ;;
esac
