#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file carries the project's licence as an SPDX line: the first line, or the second
# after a shebang. `// SPDX-License-Identifier: GPL-3.0-or-later` in .cpp, .h and .mjs files,
# `# SPDX-License-Identifier: GPL-3.0-or-later` in .sh files and CMakeLists.txt. Looks at src/,
# tests/ and packaging/ (npm's node_modules left out) and the top-level CMakeLists.txt, and names
# every file that lacks its line.
#   spdx_check.sh SOURCE_DIR
set -eu
src=$1
licence=GPL-3.0-or-later
cd "$src"

missing=0
checked=0
files=$(find src tests packaging -name node_modules -prune -o -type f \
    \( -name '*.cpp' -o -name '*.h' -o -name '*.mjs' -o -name '*.sh' -o -name CMakeLists.txt \) \
    -print | sort)
for file in CMakeLists.txt $files; do
    case "$file" in
    *.cpp | *.h | *.mjs) expected="// SPDX-License-Identifier: $licence" ;;
    *) expected="# SPDX-License-Identifier: $licence" ;;
    esac
    line=$(sed -n 1p "$file")
    case "$line" in
    '#!'*) line=$(sed -n 2p "$file") ;;
    esac
    checked=$((checked + 1))
    if [ "$line" != "$expected" ]; then
        echo "FAIL: $file does not start with '$expected'" >&2
        missing=$((missing + 1))
    fi
done
[ "$checked" -gt 100 ] || {
    echo "FAIL: only $checked source files found under $src: wrong directory?" >&2
    exit 1
}
if [ "$missing" -ne 0 ]; then
    echo "FAIL: $missing of $checked source files lack their SPDX line" >&2
    exit 1
fi
echo "spdx: all $checked source files carry '$licence'"
