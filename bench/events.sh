#!/usr/bin/env bash
# Event ingestion benchmark (SPEC §9): prints a markdown table.
#   bench/events.sh <baseUrl> <readWriteKey|-> <jdbcUrl>
# With '-' as the key, a bench admin, tenant (writesPerMinute 1 000 000) and key are created through the API.
# The key's tenant must allow enough writes a minute (PATCH /api/v1/tenants/{id} {"writesPerMinute": 1000000}, with the
# app started with --recomengine.apikeys.max-writes-per-minute=1000000 as make bench does),
# or the rate limiter answers 429 and the figures mean nothing. Durations: SINGLE_SECONDS (20), BATCH_SECONDS (20),
# SUSTAINED_SECONDS (60); connections: SINGLE_CONNECTIONS (32), BATCH_CONNECTIONS (8), SUSTAINED_CONNECTIONS (16).
set -euo pipefail
cd "$(dirname "$0")"
BASE=${1:?usage: bench/events.sh <baseUrl> <readWriteKey|-> <jdbcUrl>}
KEY=${2:?usage: bench/events.sh <baseUrl> <readWriteKey|-> <jdbcUrl>}
JDBC=${3:?usage: bench/events.sh <baseUrl> <readWriteKey|-> <jdbcUrl>}
SINGLE_SECONDS=${SINGLE_SECONDS:-20}; BATCH_SECONDS=${BATCH_SECONDS:-20}; SUSTAINED_SECONDS=${SUSTAINED_SECONDS:-60}
SINGLE_CONNECTIONS=${SINGLE_CONNECTIONS:-32}; BATCH_CONNECTIONS=${BATCH_CONNECTIONS:-8}
SUSTAINED_CONNECTIONS=${SUSTAINED_CONNECTIONS:-16}; WRK_THREADS=${WRK_THREADS:-2}

need() { command -v "$1" >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y "$2" >/dev/null 2>&1; } \
  || { echo "bench/events.sh needs $1: apt-get install -y $2" >&2; exit 1; }; }
need wrk wrk; need psql postgresql-client; need jq jq; need curl curl

# jdbc:postgresql://host:port/db?user=u&password=p  ->  psql connection variables
rest=${JDBC#jdbc:postgresql://}; hostport=${rest%%/*}; dbq=${rest#*/}; export PGDATABASE=${dbq%%\?*}
export PGHOST=${hostport%%:*}; port=${hostport#*:}; [ "$port" = "$hostport" ] && port=5432; export PGPORT=$port
query=""; [[ "$dbq" == *\?* ]] && query=${dbq#*\?}
export PGUSER=${PGUSER:-postgres}
for kv in ${query//&/ }; do case "$kv" in user=*) PGUSER=${kv#user=};; password=*) export PGPASSWORD=${kv#password=};; esac; done
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -c "$1"; }

if [ "$KEY" = "-" ]; then
  email="bench-$(date +%s%N)@bench.test"; pass="bench-password-123"
  curl -fsS -o /dev/null -H 'Content-Type: application/json' "$BASE/api/v1/auth/signup" \
    -d "{\"email\":\"$email\",\"password\":\"$pass\",\"name\":\"Bench\"}"
  token=$(curl -fsS -H 'Content-Type: application/json' "$BASE/api/v1/auth/login" \
    -d "{\"email\":\"$email\",\"password\":\"$pass\"}" | jq -r .accessToken)
  tenant=$(curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $token" "$BASE/api/v1/tenants" \
    -d '{"name":"Bench shop","writesPerMinute":1000000,"readsPerMinute":1000000}' | jq -r .id)
  KEY=$(curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    "$BASE/api/v1/tenants/$tenant/api-keys" -d '{"name":"bench","type":"secret","permissions":"read-write"}' | jq -r .key)
fi
TENANT=$(curl -fsS -H "X-API-Key: $KEY" "$BASE/api/v1/key" | jq -r .tenantId)
LIMIT=$(curl -fsS -o /dev/null -D - -H "X-API-Key: $KEY" -H 'Content-Type: application/json' "$BASE/api/v1/events" \
  -d '{"eventType":"view","userId":"bench-probe","productId":"p0"}' | tr -d '\r' | awk -F': ' 'tolower($1)=="ratelimit-limit"{print $2}')
if [ -n "$LIMIT" ] && [ "$LIMIT" -lt 600000 ]; then
  echo "warning: this key may make only $LIMIT writes a minute; raise the tenant's writesPerMinute or results will be 429s" >&2
fi

export BENCH_KEY=$KEY
count() { sql "SELECT count(*) FROM events WHERE tenant_id = '$TENANT'"; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
run_wrk() { # script connections seconds
  BENCH_RUN="r$(date +%s%N)" wrk -t"$WRK_THREADS" -c"$2" -d"$3s" --timeout 10s -s "$1" "$BASE$4" | grep '^RESULT'
}

# Warm-up of both paths, with events of their own run, until the JIT has compiled them: on 2 shared cores the
# compilers need a while under load, and the rows measure the steady state (measured: 20 s after 15 s of warm-up the
# single-event p95 was still about 1.5x its steady value). WARM_SECONDS (20) each.
WARM_SECONDS=${WARM_SECONDS:-20}
BENCH_RUN="warm$(date +%s%N)" wrk -t2 -c"$BATCH_CONNECTIONS" -d"${WARM_SECONDS}s" -s events-batch.lua "$BASE/api/v1/events/batch" >/dev/null 2>&1 || true
BENCH_RUN="warm$(date +%s%N)" wrk -t2 -c"$SINGLE_CONNECTIONS" -d"${WARM_SECONDS}s" -s events-single.lua "$BASE/api/v1/events" >/dev/null 2>&1 || true
single=$(run_wrk events-single.lua "$SINGLE_CONNECTIONS" "$SINGLE_SECONDS" /api/v1/events)
batch=$(BENCH_BATCH=100 run_wrk events-batch.lua "$BATCH_CONNECTIONS" "$BATCH_SECONDS" /api/v1/events/batch)
before=$(count); t0=$(date +%s.%N)
sustained=$(BENCH_BATCH=100 run_wrk events-batch.lua "$SUSTAINED_CONNECTIONS" "$SUSTAINED_SECONDS" /api/v1/events/batch)
t1=$(date +%s.%N); after=$(count)
stored=$((after - before)); api_rate=$(awk -v n="$stored" -v a="$t0" -v b="$t1" 'BEGIN{printf "%d", n/(b-a)}')

# Raw COPY of rows of the same shape into the same table (same indexes), in one stream: as many as the API stored,
# between 100 000 and COPY_ROWS (1 000 000), so that the step stays short; the rate is what is compared.
rows=$stored; [ "$rows" -lt 100000 ] && rows=100000; [ "$rows" -gt "${COPY_ROWS:-1000000}" ] && rows=${COPY_ROWS:-1000000}
csv=$(mktemp); trap 'rm -f "$csv"' EXIT
awk -v n="$rows" -v t="$TENANT" -v run="copy$(date +%s%N)" -v now="$(date -u +%Y-%m-%dT%H:%M:%S)Z" 'BEGIN{
  srand(); split("view view view click add_to_cart impression recommendation_click purchase", types, " ");
  for (i = 1; i <= n; i++) {
    u = sprintf("%08x-%04x-4%03x-a%03x-%06x%06x", rand()*4294967295, rand()*65535, rand()*4095, rand()*4095, rand()*16777215, rand()*16777215);
    printf "%s,%s,%s,%s,u%d,p%d,s%d,%s-%d\n", t, now, u, types[(i % 8) + 1], i % 5000, i % 2000, i % 700, run, i
  }}' >"$csv"
c0=$(date +%s.%N)
psql -X -q -v ON_ERROR_STOP=1 -c "\\copy events (tenant_id, ts, dedup_key, event_type, user_id, product_id, session_id, event_id) FROM '$csv' WITH (FORMAT csv)"
c1=$(date +%s.%N)
copy_rate=$(awk -v n="$rows" -v a="$c0" -v b="$c1" 'BEGIN{printf "%d", n/(b-a)}')
ratio=$(awk -v a="$api_rate" -v c="$copy_rate" 'BEGIN{printf "%.2f", a/c}')

echo
echo "| events benchmark | value | bar |"
echo "| --- | ---: | --- |"
echo "| single event p50, $SINGLE_CONNECTIONS connections | $(field p50 "$single") ms | |"
echo "| single event p95, $SINGLE_CONNECTIONS connections | $(field p95 "$single") ms | < 10 ms |"
echo "| single event p99, $SINGLE_CONNECTIONS connections | $(field p99 "$single") ms | |"
echo "| single events/s (non-2xx: $(field non2xx "$single")) | $(awk -v r="$(field requests "$single")" -v s="$(field seconds "$single")" 'BEGIN{printf "%d", r/s}') | |"
echo "| batch of 100 p50 / p95, $BATCH_CONNECTIONS connections | $(field p50 "$batch") / $(field p95 "$batch") ms | p95 < 40 ms |"
echo "| sustained events/s, ${SUSTAINED_SECONDS} s, batches of 100, $SUSTAINED_CONNECTIONS connections (non-2xx: $(field non2xx "$sustained")) | $api_rate | ≥ 20 000 |"
echo "| raw COPY into events, $rows rows of the same shape, one stream | $copy_rate rows/s | |"
echo "| API / COPY | $ratio | ≥ 0.4 |"
