#!/bin/sh
# Builds the libFuzzer targets (list readers, number fast path, STOMP decoder) with clang
# (ASan + UBSan) and runs each for FUZZ_SECONDS (default 60) seconds on seed corpora made from
# tests/data/phones, seeds/<target> (small inputs that reach each limit: the targets lower the
# limits) and stomp/corpus. Exits 1 when a target crashed; the input that did it is left as
# BUILD/crash-<target>-*.
#   tests/fuzz/run.sh                      # build dir build/fuzz, the whole project
#   FUZZ_SECONDS=10 FUZZ_BUILD_DIR=/tmp/f tests/fuzz/run.sh
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SRC=${FUZZ_SOURCE_DIR:-$ROOT}
BUILD=${FUZZ_BUILD_DIR:-$ROOT/build/fuzz}
SECONDS_EACH=${FUZZ_SECONDS:-60}
DATA=$ROOT/tests/data/phones
TARGETS="csvreader xlsxreader vcardreader fastpath stompdecoder"

cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER=clang++ -DINVITE_FUZZ=ON -DINVITE_BENCHMARKS=OFF >/dev/null
cmake --build "$BUILD" -j2 $(for t in $TARGETS; do printf -- '--target fuzz_%s ' "$t"; done)

WORK=$BUILD/fuzz-corpus
seed() {
    dir=$WORK/$1
    shift
    mkdir -p "$dir"
    for file in "$@"; do cp -n "$file" "$dir/" 2>/dev/null || true; done
}
seed csvreader "$DATA"/source/*.csv "$DATA"/lo/*.csv "$ROOT"/tests/fuzz/seeds/csvreader/*
seed xlsxreader "$DATA"/lo/*.xlsx "$DATA"/handmade/*.xlsx "$ROOT"/tests/fuzz/seeds/xlsxreader/*
seed vcardreader "$DATA"/vcard/*.vcf "$ROOT"/tests/fuzz/seeds/vcardreader/*
seed fastpath "$ROOT"/tests/fuzz/seeds/fastpath/*
seed stompdecoder "$ROOT"/tests/fuzz/stomp/corpus/*

status=0
for target in $TARGETS; do
    log=$BUILD/fuzz_$target.log
    dict=
    [ "$target" = stompdecoder ] && dict=-dict=$ROOT/tests/fuzz/stomp/stomp.dict
    if ASAN_OPTIONS=detect_leaks=1 "$BUILD/bin/fuzz_$target" -max_total_time="$SECONDS_EACH" \
           -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 $dict \
           -artifact_prefix="$BUILD/crash-$target-" "$WORK/$target" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        echo "fuzz_$target: ok, $runs runs in ${SECONDS_EACH}s (corpus $(ls "$WORK/$target" | wc -l) files)"
    else
        status=1
        echo "fuzz_$target: CRASH, see $log"
        grep -E "ERROR|SUMMARY|runtime error|Test unit written" "$log" | head -5
    fi
done
exit $status
