#!/usr/bin/env bash
# make bench: starts RecomEngine against the machine's PostgreSQL and Redis, warms it, and prints a table of
# latency percentiles and throughput per hot path, with nginx serving a same-size static JSON side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

PORT=${BENCH_PORT:-18080}; NGINX_PORT=${BENCH_NGINX_PORT:-18081}
# BENCH_DB and BENCH_REDIS_DB let two benches run side by side on one machine.
DB=${BENCH_DB:-recomengine_bench}; REDIS_DB=${BENCH_REDIS_DB:-2}
SECONDS_PER_ROW=${BENCH_SECONDS:-20}; WARMUP=${BENCH_WARMUP:-10}; CONNS=${BENCH_CONNECTIONS:-64}
BASE=http://127.0.0.1:$PORT
WORK=target/bench; mkdir -p "$WORK"

need() { command -v "$1" >/dev/null || { echo "Installing $2 ..."; (apt-get update -qq && apt-get install -y -qq "$2") >/dev/null; }; }
need wrk wrk
need nginx nginx
need node nodejs

RECOMENGINE_TEST_DB=$DB scripts/test-services.sh >/dev/null
export RECOMENGINE_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB
export RECOMENGINE_REDIS_URL=redis://127.0.0.1:6379/$REDIS_DB
export RECOMENGINE_DATA_DIR=$WORK/data RECOMENGINE_DEMO_ENABLED=true
rm -f "$WORK/data/demo.properties"
redis-cli -n "$REDIS_DB" flushdb >/dev/null

java -XX:+UseZGC -Xmx2g ${BENCH_JAVA_OPTS:-} -jar target/recomengine.jar --server.port=$PORT --logging.level.root=WARN \
  --recomengine.apikeys.max-reads-per-minute=1000000 --recomengine.apikeys.max-writes-per-minute=1000000 \
  --logging.level.com.recomengine.demo=INFO \
  > "$WORK/app.log" 2>&1 &
APP=$!
NGINX_PID=""
cleanup() { kill $APP 2>/dev/null || true; [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
# BENCH_START_WAIT: seconds to wait for the app to be ready (a loaded shared machine starts it slowly).
for _ in $(seq 1 "${BENCH_START_WAIT:-120}"); do curl -sf "$BASE/ready" >/dev/null && break; sleep 1; done
curl -sf "$BASE/ready" >/dev/null || { echo "the application did not start; see $WORK/app.log" >&2; exit 1; }

# A bench tenant with limits high enough not to be what is measured.
EMAIL="bench-$(date +%s%N)@bench.test"
curl -sf -XPOST "$BASE/api/v1/auth/signup" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"bench-password-1\",\"name\":\"Bench\"}" >/dev/null
TOKEN=$(curl -sf -XPOST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"bench-password-1\"}" | json_field .accessToken)
TENANT=$(curl -sf -XPOST "$BASE/api/v1/tenants" -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
  -d '{"name":"Bench","readsPerMinute":1000000,"writesPerMinute":1000000}' | json_field .id)
export TOKEN TENANT
key() { curl -sf -XPOST "$BASE/api/v1/tenants/$TENANT/api-keys" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $TOKEN" -d "{\"name\":\"bench\",\"type\":\"secret\",\"permissions\":\"$1\"}" | json_field .key; }
# Each key has its own rate-limit bucket (at most 1 000 000 a minute): the warm-up spends another key's tokens.
READ_KEY=$(key read); WRITE_KEY=$(key read-write); WARM_KEY=$(key read)

# The demo tenant (real catalog, and real purchase history once recommendations seed it), with raised limits.
for _ in $(seq 1 300); do [ -s "$WORK/data/demo.properties" ] && break; sleep 1; done
# The demo seeding (catalog, a year of purchases through ingestion, a model build) runs on after its keys are
# written: the rows measure the steady state, so they start once it is done, with PostgreSQL's dirty pages written.
echo "Waiting for the demo tenant's data and models ..." >&2
for _ in $(seq 1 600); do grep -q "Demo recommendation models\|Demo data file" "$WORK/app.log" && break; sleep 1; done
psql -X -q -h 127.0.0.1 -U postgres -d "$DB" -c CHECKPOINT >/dev/null || true
demo() { grep "^$1=" "$WORK/data/demo.properties" | cut -d= -f2- | sed 's/\\:/:/g'; }
DEMO_TENANT=$(demo tenantId); DEMO_WRITE_KEY=$(demo secretKey)
DEMO_TOKEN=$(curl -sf -XPOST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$(demo email)\",\"password\":\"$(demo password)\"}" | json_field .accessToken)
curl -sf -XPATCH "$BASE/api/v1/tenants/$DEMO_TENANT" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $DEMO_TOKEN" -d '{"readsPerMinute":1000000,"writesPerMinute":1000000}' >/dev/null
export TOKEN TENANT DEMO_TENANT DEMO_TOKEN DEMO_WRITE_KEY

# nginx serving a static JSON of the same size as the key-authenticated GET.
mkdir -p "$WORK/nginx/html" "$WORK/nginx/logs"
curl -sf -H "X-API-Key: $READ_KEY" "$BASE/api/v1/key" > "$WORK/nginx/html/key.json"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $(pwd)/$WORK/nginx/nginx.pid;
error_log $(pwd)/$WORK/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  default_type application/json;
  keepalive_requests 1000000;
  server { listen 127.0.0.1:$NGINX_PORT; root $(pwd)/$WORK/nginx/html; }
}
CONF
nginx -c "$(pwd)/$WORK/nginx/nginx.conf" -p "$(pwd)/$WORK/nginx" &
NGINX_PID=$!
for _ in $(seq 1 20); do curl -sf "http://127.0.0.1:$NGINX_PORT/key.json" >/dev/null && break; sleep 0.2; done

echo "Warming up for ${WARMUP}s ..." >&2
BENCH_KEY=$WARM_KEY wrk -t2 -c"$CONNS" -d"${WARMUP}s" "$BASE/api/v1/key" >/dev/null

echo
echo "RecomEngine benchmark — $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), ${SECONDS_PER_ROW}s per row, wrk -t2"
echo
bench_header
BENCH_KEY=$READ_KEY bench_row "GET /api/v1/key (API key auth + rate limit)" "$CONNS" "$SECONDS_PER_ROW" "$BASE/api/v1/key"
APP_RPS=$LAST_RPS
bench_row "nginx static JSON, same size ($(wc -c < "$WORK/nginx/html/key.json") B)" "$CONNS" "$SECONDS_PER_ROW" "http://127.0.0.1:$NGINX_PORT/key.json"
NGINX_RPS=$LAST_RPS

for extra in bench/rows/*.sh; do
  [ -e "$extra" ] || continue
  # BENCH_ROWS=events,recommendations runs only those row files (all by default).
  if [ -n "${BENCH_ROWS:-}" ] && [[ ",$BENCH_ROWS," != *",$(basename "$extra" .sh),"* ]]; then continue; fi
  settle "$DB"
  BASE=$BASE READ_KEY=$READ_KEY WRITE_KEY=$WRITE_KEY CONNS=$CONNS SECONDS_PER_ROW=$SECONDS_PER_ROW \
    RECOMENGINE_DB_URL=$RECOMENGINE_DB_URL bash "$extra" || echo "| $(basename "$extra") failed — see above | | | | | | |"
done

echo
awk -v a="$APP_RPS" -v n="$NGINX_RPS" 'BEGIN { printf "Key-authenticated GET throughput / nginx static: %.2f\n", a / n }'
