#!/bin/sh
# Checks `spark serve` against Docs/openapi.json with schemathesis: a bounded number of generated
# requests per operation (SCHEMATHESIS_EXAMPLES, default 30), no server error, every answer's
# status, content type and body as the document says. Needs .build/venv (`make test` makes it).
#
#   Tests/e2e/schemathesis.sh [BINARY]
set -eu
BIN=${1:-.build/debug/spark}
EXAMPLES=${SCHEMATHESIS_EXAMPLES:-30}
TOKEN=schemathesis-token
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT INT TERM
cat > "$WORK/setup.spark" <<'SPARK'
creator @alice
enable ad authorization for @alice
post video 42 by @alice "Winter haul"
brand acme
SPARK
"$BIN" serve --port 0 --token "$TOKEN" "$WORK/setup.spark" > "$WORK/ready" 2> "$WORK/log" &
PID=$!
for _ in $(seq 200); do grep -q listening "$WORK/ready" && break; sleep 0.05; done
URL=$(sed -n 's/^listening on //p' "$WORK/ready")
[ -n "$URL" ] || { echo "spark serve did not start" >&2; cat "$WORK/log" >&2; exit 1; }

.build/venv/bin/schemathesis run Docs/openapi.json --url "$URL" \
    --header "Access-Token: $TOKEN" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --max-examples "$EXAMPLES" --phases examples,coverage,fuzzing --workers 1 \
    --suppress-health-check all --seed 2026 --no-color
kill -TERM "$PID"
wait "$PID"
