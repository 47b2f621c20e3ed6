#!/usr/bin/env bash
# Fuzz the load path for SECONDS (default 60): build the libFuzzer target, seed the corpora, run, report.
# Exit status: 0 when no input crashed, hung or leaked; non-zero otherwise, with the input saved in fuzz-artifacts/.
#
#   Fuzz/run.sh 120            # two minutes
#   Fuzz/run.sh 0 FILE...      # replay FILEs (say, a crash from fuzz-artifacts/) instead of fuzzing
#
# Two phases share the time: two thirds on inputs of at most 4 KB (a header and the first paragraphs: about ten
# times the executions per second), one third on whole cables of up to 32 KB. Each phase keeps its own corpus,
# outside git, which grows from run to run.
set -euo pipefail
fuzz_dir="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$fuzz_dir")"
seconds="${1:-60}"
shift || true

# NB: the shared cables are looked for where the tests look (SharedData.swift): $CABLEGRAM_SHARED, else ../shared
# beside the repository.
shared="${CABLEGRAM_SHARED:-$(cd "$root/.." && pwd)/shared}"
[ -d "$shared/cables" ] || shared=""

cd "$fuzz_dir"
echo "fuzz: building (release, -sanitize=fuzzer,address)"
mkdir -p "$fuzz_dir/.build"
if ! swift build -c release -Xswiftc -sanitize=fuzzer,address --product CableFuzz >"$fuzz_dir/.build/build.log" 2>&1; then
    grep -v "Cannot export local symbol" "$fuzz_dir/.build/build.log" | tail -n 40 >&2
    echo "fuzz: the build failed" >&2
    exit 1
fi
tail -n 1 "$fuzz_dir/.build/build.log"
binary="$fuzz_dir/.build/release/CableFuzz"
# NB: Swift's own crash handler, run under AddressSanitizer, reads memory ASan calls wild and reports that instead of
# the trap; with it off, a trap is reported by libFuzzer with the Swift runtime failure and the source line.
export SWIFT_BACKTRACE=enable=no

artifacts="$root/fuzz-artifacts"
mkdir -p "$artifacts"
if [ $# -gt 0 ]; then
    exec "$binary" -artifact_prefix="$artifacts/" "$@"
fi

seeds="$fuzz_dir/seeds"
mkdir -p "$seeds" "$fuzz_dir/corpus" "$fuzz_dir/corpus-small"
cp "$root"/Data/*.txt "$fuzz_dir"/synthetic-seeds/*.txt "$seeds/"
if [ -n "$shared" ]; then
    cp "$shared"/cables/*.txt "$seeds/"
    # NB: one corpus file in 12, in name order: about a hundred cables of every shape.
    ls "$shared"/corpus/*.txt | awk 'NR % 12 == 1' | xargs -I{} cp {} "$seeds/"
elif [ -n "${CI:-}" ]; then
    echo "fuzz: the shared cables are missing (set CABLEGRAM_SHARED, or put shared/ beside the repository)" >&2
    exit 1
else
    echo "fuzz: warning: no shared cables found; seeding with the bundled cable and the synthetic seeds" >&2
fi

# phase NAME CORPUS MAX_LEN SECONDS: runs libFuzzer, prints its figures; returns libFuzzer's status.
phase() {
    local name="$1" corpus="$2" max_len="$3" time="$4" log="$fuzz_dir/.build/fuzz-$1.log" status
    echo "fuzz: $name: ${time}s, inputs up to $max_len bytes, $(ls "$seeds" | wc -l) seeds, $(ls "$corpus" | wc -l) corpus inputs"
    # NB: -timeout turns an input that takes over 10 s into a finding (a hang); -rss_limit_mb bounds memory per
    # input; leaks are findings too (LeakSanitizer is on by default).
    "$binary" "$corpus" "$seeds" -max_total_time="$time" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -dict="$fuzz_dir/cable.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1
    status=$?
    # NB: the report must not stop at a grep that finds nothing (a crash while loading the seeds prints no
    # progress line), so every grep here may fail.
    local last total covered executions
    last=$(grep -E "^#[0-9]+" "$log" | tail -n 1 || true)
    total=$(grep -oE "[0-9]+ inline 8-bit counters" "$log" | head -n 1 | cut -d' ' -f1 || true)
    covered=$(echo "$last" | grep -oE "cov: [0-9]+" | cut -d' ' -f2 || true)
    executions=$(grep -E "^stat::number_of_executed_units" "$log" | grep -oE "[0-9]+$" || true)
    echo "fuzz: $name: ${executions:-0} executions, $(grep -E "^stat::average_exec_per_sec" "$log" | grep -oE "[0-9]+$" || echo 0)/s," \
        "coverage ${covered:-?} of ${total:-?} instrumented edges" \
        "($([ -n "$covered" ] && [ -n "$total" ] && echo $(( covered * 100 / total )) || echo ?)%)," \
        "features $(echo "$last" | grep -oE "ft: [0-9]+" | cut -d' ' -f2 || true)," \
        "corpus $(echo "$last" | grep -oE "corp: [0-9]+/[0-9]+[A-Za-z]+" | cut -d' ' -f2 || true)," \
        "peak RSS $(grep -E "^stat::peak_rss_mb" "$log" | grep -oE "[0-9]+$" || true) MB"
    if [ $status -ne 0 ]; then
        echo "fuzz: $name: FAILED (status $status); the end of the log follows" >&2
        grep -E "Swift runtime failure|Fatal error" "$log" | head -n 3 >&2 || true
        grep -vE "^#[0-9]+|Uses: |NEW_FUNC" "$log" | tail -n 60 >&2
        echo "fuzz: the input is saved as $(ls -t "$artifacts" | head -n 1) in $artifacts/;" \
            "replay it with: Fuzz/run.sh 0 $artifacts/<file>, then make it a regression test" >&2
    fi
    return $status
}

small_time=$(( seconds * 2 / 3 ))
phase small "$fuzz_dir/corpus-small" 4096 "$small_time" || exit $?
phase whole "$fuzz_dir/corpus" 32768 $(( seconds - small_time )) || exit $?
echo "fuzz: no crash, hang or leak in ${seconds}s"
