#!/bin/sh
# Load benchmark of `spark serve`: wrk against GET tt_video/info/ on loopback, 32 connections,
# 10 seconds (WRK_SECONDS), one code redeemed by one advertiser. Prints wrk's report (requests/s,
# latency percentiles including p99, and any non-2xx answers or socket errors).
#
#   Benchmarks/serve-wrk.sh [BINARY]      (default .build/release/spark; `make release` builds it)
#
# Installs wrk from Debian when it is missing. The server's per-request log goes to /dev/null.
set -eu
BIN=${1:-.build/release/spark}
SECONDS_TO_RUN=${WRK_SECONDS:-10}
TOKEN=bench-token
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

command -v wrk >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk; }

WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT INT TERM
cat > "$WORK/setup.spark" <<'SPARK'
creator @alice
enable ad authorization for @alice
post video 42 by @alice "Benchmark video"
brand acme
SPARK

"$BIN" serve --port 0 --token "$TOKEN" "$WORK/setup.spark" > "$WORK/ready" 2>/dev/null &
PID=$!
for _ in $(seq 100); do grep -q listening "$WORK/ready" && break; sleep 0.05; done
URL=$(sed -n 's/^listening on //p' "$WORK/ready")
[ -n "$URL" ] || { echo "spark serve did not start" >&2; exit 1; }

# A code, redeemed by acme, through the API as an integrator would.
python3 - "$URL" "$TOKEN" > "$WORK/target" <<'PY'
import json, sys, urllib.parse, urllib.request
url, token = sys.argv[1], sys.argv[2]
def call(method, path, body=None):
    request = urllib.request.Request(url + path, data=body, method=method, headers={"Access-Token": token})
    with urllib.request.urlopen(request) as response:
        return response.read().decode()
lines = call("POST", "/spark/v1/run", b"let c = authorize video 42 for 60d\nreveal c").splitlines()
code = json.loads(lines[-1])["text"].split()[1]
advertiser = json.loads(call("GET", "/spark/v1/advertisers"))["data"]["list"][0]["advertiser_id"]
body = json.dumps({"advertiser_id": advertiser, "auth_code": code}).encode()
assert json.loads(call("POST", "/open_api/v1.3/tt_video/authorize/", body))["code"] == 0
query = urllib.parse.urlencode({"advertiser_id": advertiser, "auth_code": code})
print(url + "/open_api/v1.3/tt_video/info/?" + query)
PY

echo "wrk: GET tt_video/info/, 32 connections, 2 threads, ${SECONDS_TO_RUN}s, $(nproc) cores"
wrk -t2 -c32 -d"${SECONDS_TO_RUN}s" --latency -H "Access-Token: $TOKEN" "$(cat "$WORK/target")"
kill -TERM "$PID"
wait "$PID"
