#!/bin/sh
# Takes the README's screenshots of the real window under Xvfb, against the practice sandbox.
# Usage: tests/screenshots/take-screenshots.sh [BUILD_DIR] [OUT_DIR]
#   BUILD_DIR defaults to build/dev, OUT_DIR to resources/screenshots.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build/dev}
out=${2:-$top/resources/screenshots}
mkdir -p "$out"
exec xvfb-run -a -s "-screen 0 1280x800x24" \
    "$build/bin/take-screenshots" "$out" "$top/tests/data"
