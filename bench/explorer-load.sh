#!/usr/bin/env bash
# Load on the explorer's answer endpoint (issue 16): starts the built jar on a fresh H2 directory,
# creates USERS analysts with API tokens, warms the answers once, then runs wrk at 10 and 50 clients.
# Needs: mvn -DskipTests package (frontend/target/inferplan.jar), wrk (apt-get install wrk).
# Usage: bench/explorer-load.sh [seconds per run, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}; PORT=18090; USERS=20; export VARIANTS=40
DATA=$(mktemp -d); ADMIN_PW="bench-$RANDOM$RANDOM"
INFERPLAN_ADMIN_PASSWORD=$ADMIN_PW java -Xmx1g -jar frontend/target/inferplan.jar --server.port=$PORT \
  --inferplan.data-dir="$DATA" --inferplan.admin.name=admin > "$DATA/app.log" 2>&1 &
APP=$!; trap 'kill $APP; rm -rf "$DATA"' EXIT
URL=http://localhost:$PORT
until curl -sf -u "admin:$ADMIN_PW" "$URL/api/v1/hardware/nvidia-h100-sxm" > /dev/null; do sleep 1; done
TOKENS=""
for i in $(seq 1 $USERS); do
  curl -sf -u "admin:$ADMIN_PW" -H 'Content-Type: application/json' "$URL/api/v1/users" \
    -d "{\"name\":\"bench$i\",\"role\":\"analyst\",\"password\":\"bench-password-$i\"}" > /dev/null
  T=$(curl -sf -u "bench$i:bench-password-$i" -H 'Content-Type: application/json' "$URL/api/v1/tokens" \
    -d '{"name":"bench"}' | sed 's/.*"secret":"\([^"]*\)".*/\1/')
  TOKENS="$TOKENS,$T"
done
export TOKENS=${TOKENS#,}
export SCENARIO=$(curl -sf -u "admin:$ADMIN_PW" "$URL/api/v1/scenarios/examples/codex-spark")
FRESH=$(echo "$SCENARIO" | sed 's/"demand":{"value":[^,]*/"demand":{"value":7.7e9/')
echo "one uncached answer: $(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer ${TOKENS%%,*}" \
  -H 'Content-Type: application/json' -d "$FRESH" "$URL/api/v1/scenarios/results") s"
wrk -t2 -c10 -d10s --timeout 10s -s bench/explorer-load.lua "$URL" > /dev/null   # warm-up, not reported
for CLIENTS in 10 50; do
  echo "$CLIENTS clients, $SECONDS_PER_RUN s, $USERS users, $VARIANTS scenarios:"
  wrk -t2 -c$CLIENTS -d${SECONDS_PER_RUN}s --timeout 10s -s bench/explorer-load.lua "$URL" | tail -1
done
