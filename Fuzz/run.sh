#!/usr/bin/env bash
# Fuzz the load path for SECONDS (default 60): build the libFuzzer target, seed a corpus, run, report.
# Exit status: 0 when no input crashed or hung; non-zero otherwise, with the input saved in fuzz-artifacts/.
#
#   Fuzz/run.sh 120            # two minutes
#   Fuzz/run.sh 60 FILE...     # replay FILEs (say, a crash from fuzz-artifacts/) instead of fuzzing
set -euo pipefail
fuzz_dir="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$fuzz_dir")"
seconds="${1:-60}"
shift || true

# NB: the shared cables are looked for where the tests look (SharedData.swift): $CABLEGRAM_SHARED, ../shared
# beside the repository, /work/shared.
shared=""
for candidate in "${CABLEGRAM_SHARED:-}" "$root/../shared" /work/shared; do
    if [ -n "$candidate" ] && [ -d "$candidate/cables" ]; then shared="$candidate"; break; fi
done

cd "$fuzz_dir"
echo "fuzz: building (release, -sanitize=fuzzer,address)"
swift build -c release -Xswiftc -sanitize=fuzzer,address --product CableFuzz 2>&1 | grep -v "Cannot export local symbol" | tail -n 3
binary="$fuzz_dir/.build/release/CableFuzz"

artifacts="$root/fuzz-artifacts"
mkdir -p "$artifacts"
if [ $# -gt 0 ]; then
    exec "$binary" -artifact_prefix="$artifacts/" "$@"
fi

# The corpus lives outside git (ignored) and grows from run to run; seeds are added each time, never removed.
corpus="$fuzz_dir/corpus"
mkdir -p "$corpus" "$fuzz_dir/seeds"
cp "$root"/Data/*.txt "$fuzz_dir"/synthetic-seeds/*.txt "$fuzz_dir/seeds/"
if [ -n "$shared" ]; then
    cp "$shared"/cables/*.txt "$fuzz_dir/seeds/"
    # NB: one corpus file in 12, in name order: about a hundred cables of every shape, small enough to keep the
    # fuzzer's executions per second high.
    ls "$shared"/corpus/*.txt | awk 'NR % 12 == 1' | xargs -I{} cp {} "$fuzz_dir/seeds/"
elif [ -n "${CI:-}" ]; then
    echo "fuzz: the shared cables are missing (looked in \$CABLEGRAM_SHARED, $root/../shared, /work/shared)" >&2
    exit 1
else
    echo "fuzz: warning: no shared cables found; seeding with the bundled cable only" >&2
fi

log="$fuzz_dir/.build/fuzz.log"
echo "fuzz: running for ${seconds}s on $(ls "$fuzz_dir/seeds" | wc -l) seeds and $(ls "$corpus" | wc -l) corpus inputs"
set +e
# NB: -timeout turns an input that takes over 10 s into a finding (a hang); -rss_limit_mb bounds memory per input.
"$binary" "$corpus" "$fuzz_dir/seeds" \
    -max_total_time="$seconds" -max_len=32768 -timeout=10 -rss_limit_mb=2048 \
    -dict="$fuzz_dir/cable.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    >"$log" 2>&1
status=$?

# NB: the report below must not stop at a grep that finds nothing (a crash while loading the seeds prints no
# progress line), so errexit stays off.
grep -E "^INFO: Loaded .* inline 8-bit counters" "$log" | head -n 1
last=$(grep -E "^#[0-9]+" "$log" | tail -n 1)
echo "fuzz: last progress line: ${last:-none}"
grep -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)" "$log"
total=$(grep -oE "[0-9]+ inline 8-bit counters" "$log" | head -n 1 | cut -d' ' -f1)
covered=$(echo "$last" | grep -oE "cov: [0-9]+" | cut -d' ' -f2)
if [ -n "$total" ] && [ -n "$covered" ]; then
    echo "fuzz: coverage $covered of $total instrumented edges ($(( covered * 100 / total ))%)"
fi
if [ $status -ne 0 ]; then
    echo "fuzz: FAILED (status $status); the end of the log follows" >&2
    grep -vE "^#[0-9]+|Uses: " "$log" | tail -n 60 >&2
    echo "fuzz: the input is saved as $(ls -t "$artifacts" | head -n 1) in $artifacts/;" \
        "replay it with: Fuzz/run.sh 0 $artifacts/<file>, then make it a regression test" >&2
    exit $status
fi
echo "fuzz: no crash, hang or leak in ${seconds}s"
