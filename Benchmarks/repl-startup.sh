#!/usr/bin/env bash
# Time from launching `spark repl` on a terminal until its prompt shows, next to `lua5.4 -i` and
# `python3 -q` started the same way as yardsticks.
#
#   Benchmarks/repl-startup.sh [SPARK_BINARY] [RUNS]
#
# Each program runs in a fresh pseudo-terminal (Python's pty module: fork, exec); the clock starts
# just before the fork and stops when the prompt's text has been read from the terminal. The
# program is then killed. Prints the median, minimum and maximum of RUNS runs (20 by default).
# Build spark in release first: `swift build -c release --product spark`.
set -euo pipefail

spark=${1:-.build/release/spark}
runs=${2:-20}

if [[ ! -x $spark ]]; then
    echo "no spark binary at $spark: build it with 'swift build -c release --product spark'" >&2
    exit 64
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

python3 - "$spark" "$runs" "$scratch" <<'PYTHON'
import os, pty, select, signal, statistics, sys, time

spark, runs, scratch = sys.argv[1], int(sys.argv[2]), sys.argv[3]

def time_to_prompt(argv, prompt, env):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    seen = b""
    elapsed = None
    deadline = start + 10
    try:
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if prompt in seen:
                elapsed = time.perf_counter() - start
                break
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    if elapsed is None:
        sys.exit(f"{argv[0]}: no prompt {prompt!r} within 10 s; saw {seen[-200:]!r}")
    return elapsed

env = dict(os.environ, NO_COLOR="1", TERM=os.environ.get("TERM", "xterm"))
spark_env = dict(env, SPARK_HISTORY_FILE=os.path.join(scratch, "history"))
programs = [
    ("spark repl", [spark, "repl"], b"> ", spark_env),
    ("lua5.4 -i", ["lua5.4", "-i"], b"> ", env),
    ("python3 -q", ["python3", "-q"], b">>> ", env),
]
print(f"time from launch on a pty to the prompt, {runs} runs each (ms)")
print(f"{'program':<14}{'median':>10}{'min':>10}{'max':>10}")
for name, argv, prompt, environment in programs:
    if name != "spark repl" and not any(
        os.access(os.path.join(d, argv[0]), os.X_OK) for d in os.environ["PATH"].split(":")
    ):
        print(f"{name:<14}{'(not installed)':>30}")
        continue
    time_to_prompt(argv, prompt, environment)  # once first, so the binary is in the page cache
    times = [time_to_prompt(argv, prompt, environment) * 1000 for _ in range(runs)]
    print(f"{name:<14}{statistics.median(times):>10.1f}{min(times):>10.1f}{max(times):>10.1f}")
PYTHON
