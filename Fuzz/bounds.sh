#!/usr/bin/env bash
# Time and peak memory of the release `cablegram export` (load, then everything the export holds) on hostile and
# real files; fails when a bound is broken.
#
#   Fuzz/bounds.sh            # all checks; prints one line per file: CPU seconds, peak resident MB, exit status
#
# NB: times are CPU seconds (user + system), not wall-clock time, so that other work on a shared machine does not
# move them much.
#
# Bounds checked (docs/ROBUSTNESS.md explains them):
# - scaling: each line of scaling-tokens.txt, repeated to 128 KB and to 1 MB (one a line, and with blank lines
#   between): the 1 MB file may take at most 20 times as long as the 128 KB one (linear is 8; the quadratic bugs
#   fixed so far gave over 50). Runs under a quarter second are not compared: start-up dominates them.
# - every accepted file: exit status 0, at most 30 CPU seconds and 1,000 MB peak; refused files: status 69 and at
#   most 100 MB peak. Each run is capped at 300 s and 4 GB of address space, so a regression cannot exhaust the machine.
# - real text near both limits (the corpus repeated to 57 MB): at most 1.5 times the CPU per MB of the corpus in one
#   file, measured in the same run (the yardstick), instead of the 30 s: linear in the text whatever the machine.
# - streaming: `index` of a generated file of over 2 GB (real cables around two gigabyte runs of filler) stays
#   under 300 MB peak and keeps every cable but the four the two filler runs swallow.
set -euo pipefail
fuzz_dir="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$fuzz_dir")"
shared="${CABLEGRAM_SHARED:-$(cd "$root/.." && pwd)/shared}"
[ -d "$shared/cables" ] || shared=""
[ -x /usr/bin/time ] || { echo "bounds: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

cd "$root"
echo "bounds: building cablegram (release)"
swift build -c release --product cablegram 2>&1 | tail -n 1
binary="$(swift build -c release --show-bin-path)/cablegram"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

# measure NAME FILE [COMMAND]: runs `cablegram COMMAND FILE` (export by default), prints a line and sets
# SECONDS_TAKEN, PEAK_MB, STATUS.
measure() {
    # NB: every run is capped (300 s, 4 GB of address space) so that a regression cannot take the machine down.
    (
        ulimit -v 4194304
        /usr/bin/time -o "$work/time" -f "%U %S %M %x" timeout 300 "$binary" "${3:-export}" "$2" >/dev/null 2>&1
    ) || true
    read -r user system peak_kb STATUS < <(tail -n 1 "$work/time")
    SECONDS_TAKEN=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
    PEAK_MB=$(( peak_kb / 1024 ))
    printf '%-44s %8s s %6s MB  status %s\n' "$1" "$SECONDS_TAKEN" "$PEAK_MB" "$STATUS"
}

# NB: `yes` ends each copy of its argument with a newline, and dies of SIGPIPE when `head` has enough: the
# pipeline's status is ignored (pipefail would stop the script).
repeat_bytes() { yes -- "$1" | head -c "$2" || true; }
repeat_lines() { yes -- "$1" | head -n "$2" || true; }

fail() { echo "bounds: FAILED: $*" >&2; failures=$(( failures + 1 )); }

# check_accepted NAME FILE [SECONDS]: the file loads with status 0 within SECONDS of CPU (30 by default) and 1,000 MB.
check_accepted() {
    measure "$1" "$2"
    if [ "$STATUS" != 0 ]; then fail "$1 ended with status $STATUS (124: over 300 s; 134 or 137: out of memory)"; fi
    if awk -v s="$SECONDS_TAKEN" -v b="${3:-30}" 'BEGIN { exit !(s > b) }'; then
        fail "$1 took $SECONDS_TAKEN s (bound ${3:-30} s)"
    fi
    if [ "$PEAK_MB" -gt 1000 ]; then fail "$1 peaked at $PEAK_MB MB"; fi
}

echo "bounds: scaling (128 KB against 1 MB of each token)"
while IFS= read -r token; do
    for separator in '\n' '\n\n'; do
        body="$(printf '%b' "$token")"
        [ "$separator" = '\n' ] || body="$body"$'\n'
        name="$(printf '%s' "$token" | cut -c1-24)$( [ "$separator" = '\n' ] && echo ' /line' || echo ' /blank')"
        for size in 131072 1048576; do
            repeat_bytes "$body" "$size" > "$work/scale-$size.txt"
        done
        measure "$name (128 KB)" "$work/scale-131072.txt" >/dev/null
        small="$SECONDS_TAKEN"
        check_accepted "$name (1 MB)" "$work/scale-1048576.txt" >/dev/null
        large="$SECONDS_TAKEN"
        if awk -v s="$small" -v l="$large" 'BEGIN { exit !(l >= 0.25 && l > 20 * (s > 0.01 ? s : 0.01)) }'; then
            fail "$name: $small s for 128 KB but $large s for 1 MB"
        fi
        printf '  %-40s %6s s  %6s s\n' "$name" "$small" "$large"
    done
done < "$fuzz_dir/scaling-tokens.txt"

echo "bounds: hostile and real files"
seq 1 100000 | awk '{ printf "Paragraph %d says something short.\n\n", $1 }' > "$work/100k-paragraphs.txt"
seq 1 100000 | awk '{ printf "\302\266%d. (U) Paragraph %d says something short.\n\n", $1, $1 }' > "$work/100k-numbered.txt"
{ printf '\302\2661. (U) '; repeat_bytes 'word' 10485760 | tr '\n' ' '; echo; } > "$work/10mb-line.txt"
repeat_lines $'\302\266\n' 999999 > "$work/999999-lines-pilcrows.txt"
seq 1 499999 | awk '{ printf "Para %d is this.\n\n", $1 }' > "$work/500k-units.txt"
check_accepted "bundled cable" "$root/Data/10DUSHANBE170.txt"
check_accepted "100,000 paragraphs" "$work/100k-paragraphs.txt"
check_accepted "100,000 numbered paragraphs" "$work/100k-numbered.txt"
check_accepted "10 MB line" "$work/10mb-line.txt"
check_accepted "999,999 lines of pilcrows and blanks" "$work/999999-lines-pilcrows.txt"
check_accepted "500,000 units" "$work/500k-units.txt"
if [ -n "$shared" ]; then
    largest="$(ls -S "$shared"/corpus/*.txt | sed -n 1p)"
    check_accepted "largest corpus cable ($(basename "$largest"))" "$largest"
    cat "$shared"/corpus/*.txt > "$work/corpus.txt"
    check_accepted "the corpus in one file ($(( $(wc -c < "$work/corpus.txt") / 1048576 )) MB)" "$work/corpus.txt"
    corpus_seconds="$SECONDS_TAKEN"
    : > "$work/big.txt"
    while [ "$(wc -c < "$work/big.txt")" -lt 60000000 ]; do cat "$work/corpus.txt" >> "$work/big.txt"; done
    { head -c 66000000 "$work/big.txt" || true; } | head -n 999000 > "$work/near-limits.txt" || true
    # NB: the same text as the corpus, five times over: its bound is the corpus's CPU per byte, measured just above
    # on the same machine, times 1.5. A fixed bound failed on a slower CI machine (30.5 s) with nothing changed.
    linear_bound=$(awk -v s="$corpus_seconds" -v n="$(wc -c < "$work/near-limits.txt")" -v c="$(wc -c < "$work/corpus.txt")" \
        'BEGIN { printf "%.2f", 1.5 * s * n / c }')
    check_accepted "real text near both limits ($(( $(wc -c < "$work/near-limits.txt") / 1048576 )) MB, $(wc -l < "$work/near-limits.txt") lines)" "$work/near-limits.txt" "$linear_bound"
    echo "  bound: 1.5 × the corpus's $corpus_seconds s scaled to the size = $linear_bound s"
elif [ -n "${CI:-}" ]; then
    fail "the shared cables are missing (set CABLEGRAM_SHARED, or put shared/ beside the repository)"
fi
repeat_lines 'x' 1000001 > "$work/too-many-lines.txt"
measure "1,000,001 lines (refused)" "$work/too-many-lines.txt" outline
[ "$STATUS" = 69 ] || fail "too many lines: status $STATUS"
[ "$PEAK_MB" -le 100 ] || fail "too many lines peaked at $PEAK_MB MB"
truncate -s 100M "$work/100mb.txt"
measure "100 MB file (refused)" "$work/100mb.txt" outline
[ "$STATUS" = 69 ] || fail "100 MB: status $STATUS"
[ "$PEAK_MB" -le 100 ] || fail "100 MB peaked at $PEAK_MB MB"

echo "bounds: index streams a multi-gigabyte file cable by cable"
if [ -n "$shared" ]; then
    # NB: the corpus three times around two runs of a gigabyte of lines that start no cable. Each run makes the
    # cable it follows grow past the stream's 8 MB cable limit: that cable keeps its first 8 MB and the rest is
    # dropped with a problem; every other cable is indexed. The run must stay under 300 MB.
    filler='A line of filler that starts no cable, repeated until the input holds about a gigabyte of text.'
    {
        cat "$work/corpus.txt"; repeat_lines "$filler" 11000000
        cat "$work/corpus.txt"; repeat_lines "$filler" 11000000
        cat "$work/corpus.txt"
    } > "$work/stream.txt"
    rm -f "$work/big.txt" "$work/near-limits.txt"
    export CABLEGRAM_LIBRARY="$work/stream.sqlite"
    measure "index of a $(( $(wc -c < "$work/stream.txt") / 1048576 )) MB file" "$work/stream.txt" index
    [ "$STATUS" = 0 ] || fail "streaming index: status $STATUS"
    [ "$PEAK_MB" -le 300 ] || fail "streaming index peaked at $PEAK_MB MB"
    corpus_cables=$("$binary" check "$work/corpus.txt" | wc -l)
    indexed=$("$binary" library --json | awk -F'[:,]' '/"cables"/ { gsub(/ /, "", $2); print $2 }')
    echo "  $indexed cables indexed of $(( 3 * corpus_cables ))"
    [ "$indexed" -ge $(( 3 * corpus_cables - 4 )) ] || fail "streaming index kept $indexed cables"
    unset CABLEGRAM_LIBRARY
    rm -f "$work/stream.txt" "$work/stream.sqlite"
fi

if [ "$failures" -gt 0 ]; then echo "bounds: $failures bound(s) broken" >&2; exit 1; fi
echo "bounds: every bound held"
