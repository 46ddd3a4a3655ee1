#!/usr/bin/env bash
# spark's benchmarks, each figure beside its yardstick measured in the same run (`make bench`).
#
#   Benchmarks/bench.sh [SPARK_BINARY]      default .build/release/spark
#
# Environment: BENCH_RUNS (timed runs of each heavy figure, default 5), BENCH_STARTUP_RUNS
# (default 21), BENCH_STATEMENTS (the large workload, default 1000000), BENCH_DIR (workloads,
# default .build/bench). Each figure is a median; spark and its yardstick alternate run by run so
# that a noisy neighbour slows both. Wall time comes from bash's EPOCHREALTIME (microseconds), peak
# memory from /usr/bin/time's %M. Exit status 0 even when a target is missed: the table says so.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
spark="${1:-.build/release/spark}"
runs="${BENCH_RUNS:-5}"
startup_runs="${BENCH_STARTUP_RUNS:-21}"
large="${BENCH_STATEMENTS:-1000000}"
small=$((large / 10))
dir="${BENCH_DIR:-.build/bench}"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"

# What is missing is installed, as the Makefile's `deps` does.
missing=()
command -v lua5.4 >/dev/null || missing+=(lua5.4)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}"
fi
[ -x "$spark" ] || { echo "bench: no binary at $spark (run \`make release\`)" >&2; exit 74; }

mkdir -p "$dir"
one_spark="$dir/one.spark"
one_lua="$dir/one.lua"
big="$dir/workload-$large.spark"
little="$dir/workload-$small.spark"
echo 'creator @alice' >"$one_spark"
echo 'local x = 1' >"$one_lua"
[ -s "$big" ] || python3 "$here/gen_workload.py" "$large" "$big"
[ -s "$little" ] || python3 "$here/gen_workload.py" "$small" "$little"
peer="$here/peer.lua"
stamp="$dir/time.out"

# measure NAME COMMAND...: one run; appends seconds to NAME_t and KiB to NAME_m. Output is
# discarded; a failing command stops the benchmark (a figure of a failed run means nothing).
declare -A times memory
measure() {
    local name="$1"
    shift
    local start end
    start=$EPOCHREALTIME
    if ! /usr/bin/time -f '%M' -o "$stamp" "$@" >/dev/null 2>"$dir/stderr"; then
        echo "bench: \`$*\` failed:" >&2
        cat "$dir/stderr" >&2
        exit 1
    fi
    end=$EPOCHREALTIME
    times[$name]+="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }') "
    memory[$name]+="$(tail -n 1 "$stamp") "
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# alternate COUNT NAME_A "CMD A" NAME_B "CMD B": A, B, A, B, ... after one untimed warm-up of each
# (the page cache holds the workload for both).
alternate() {
    local count="$1" a="$2" cmd_a="$3" b="$4" cmd_b="$5"
    eval "$cmd_a" >/dev/null 2>&1 || true
    eval "$cmd_b" >/dev/null 2>&1 || true
    for ((i = 0; i < count; i++)); do
        eval "measure $a $cmd_a"
        eval "measure $b $cmd_b"
    done
}

echo "measuring: start-up ($startup_runs runs), parse, run, scaling ($runs runs each) ..." >&2
alternate "$startup_runs" start "$spark run $one_spark" lua "lua5.4 $one_lua"
alternate "$runs" check "$spark check $big" wc "wc -w $big"
alternate "$runs" run "$spark run --quiet $big" peer "lua5.4 $peer $big"
alternate "$runs" run_small "$spark run --quiet $little" peer_small "lua5.4 $peer $little"

t() { echo "${times[$1]}" | median; }
m() { echo "${memory[$1]}" | median; }
statements=$(wc -l <"$big")
bytes=$(wc -c <"$big")

# row FIGURE SPARK YARDSTICK RATIO TARGET RESULT
row() { printf '%-30s %12s  %-22s %8s  %-22s %s\n' "$@"; }
verdict() { awk -v v="$1" -v limit="$2" 'BEGIN { print (v <= limit ? "PASS" : "MISS") }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
sec() { awk -v s="$1" 'BEGIN { printf "%.3f s", s }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

start=$(t start) lua=$(t lua)
check=$(t check) wc_time=$(t wc) check_mem=$(m check)
run=$(t run) peer_time=$(t peer) run_mem=$(m run) peer_mem=$(m peer)
run_small=$(t run_small)
budget_kib=$(((bytes + 64 * 1024 * 1024) / 1024))

printf '\nspark bench: %s statements (%s), medians of %s runs (start-up: %s); %s\n\n' \
    "$statements" "$(mib $((bytes / 1024)))" "$runs" "$startup_runs" "$(date -u '+%Y-%m-%d %H:%M UTC')"
row "figure" "spark" "yardstick" "ratio" "target" "result"
row "start-up: run 1 statement" "$(ms "$start")" "lua5.4 $(ms "$lua")" "$(ratio "$start" "$lua")x" \
    "<= 2x lua5.4" "$(verdict "$(ratio "$start" "$lua")" 2)"
row "parse: check ${large}" "$(sec "$check")" "wc -w $(sec "$wc_time")" "$(ratio "$check" "$wc_time")x" \
    "<= 1x wc -w" "$(verdict "$(ratio "$check" "$wc_time")" 1)"
row "parse: peak memory" "$(mib "$check_mem")" "file+64M $(mib "$budget_kib")" \
    "$(ratio "$check_mem" "$budget_kib")x" "<= file + 64 MiB" "$(verdict "$check_mem" "$budget_kib")"
row "run: run --quiet ${large}" "$(sec "$run")" "peer.lua $(sec "$peer_time")" \
    "$(ratio "$run" "$peer_time")x" "<= 0.5x peer.lua" "$(verdict "$(ratio "$run" "$peer_time")" 0.5)"
row "run: peak memory" "$(mib "$run_mem")" "peer.lua $(mib "$peer_mem")" \
    "$(ratio "$run_mem" "$peer_mem")x" "<= 1x peer.lua" "$(verdict "$run_mem" "$peer_mem")"
row "run: statements per second" "$(awk -v n="$statements" -v s="$run" 'BEGIN { printf "%.2fM/s", n / s / 1e6 }')" \
    "peer.lua $(awk -v n="$statements" -v s="$peer_time" 'BEGIN { printf "%.2fM/s", n / s / 1e6 }')" "" "(figure)" ""
row "scaling: ${small} -> ${large}" "$(sec "$run_small") -> $(sec "$run")" \
    "peer $(ratio "$peer_time" "$(t peer_small)")x" "$(ratio "$run" "$run_small")x" "<= 12x for 10x" \
    "$(verdict "$(ratio "$run" "$run_small")" 12)"
