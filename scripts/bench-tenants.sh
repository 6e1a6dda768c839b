#!/usr/bin/env bash
# make bench-tenants: many tenants on one instance (SPEC §10). Against the machine's PostgreSQL (database
# recomengine_bench_tenants, recreated) and Redis (database 2):
#   1. loads BENCH_TENANTS (1 000) tenants through the API, catalogs and histories of Zipf-distributed sizes
#      (bench/tenants.mjs load), with the build workers held back;
#   2. restarts with the workers on and times the build of every tenant from scratch;
#   3. sends a burst of events to every tenant and times until every tenant is rebuilt (build-interval
#      BENCH_BUILD_INTERVAL, 1m here so that the run stays short; 15m by default, the bar's bound);
#   4. restarts with the model memory budget at a quarter of all models, measures uncached and cached recommendation
#      latency over all tenants with wrk (BENCH_QUERIES queries, each once, then again), and the heap the models
#      take (after a full GC, against the heap before any load).
# Prints a markdown table. BENCH_TENANTS, BENCH_MAX_EVENTS, BENCH_MAX_PRODUCTS, BENCH_QUERIES tune the size.
# BENCH_SERVE_ONLY=1 repeats step 4 alone on the tenants an earlier run left (to compare serving changes);
# BENCH_JFR=1 records the serving instance with Java Flight Recorder (target/bench-tenants/serve.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18090}; BASE=http://127.0.0.1:$PORT
TENANTS=${BENCH_TENANTS:-1000}; INTERVAL=${BENCH_BUILD_INTERVAL:-1m}
WORK=target/bench-tenants; mkdir -p "$WORK"
DB=recomengine_bench_tenants
export BENCH_TENANTS=$TENANTS

need() { command -v "$1" >/dev/null || { echo "Installing $2 ..."; (apt-get update -qq && apt-get install -y -qq "$2") >/dev/null; }; }
need wrk wrk
SERVE_ONLY=${BENCH_SERVE_ONLY:-0}
if [ "$SERVE_ONLY" = 1 ] && [ ! -s "$WORK/built.txt" ]; then echo "BENCH_SERVE_ONLY needs an earlier full run" >&2; exit 1; fi
[ "$SERVE_ONLY" = 1 ] || RECOMENGINE_TEST_DB=$DB scripts/test-services.sh >/dev/null
export RECOMENGINE_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB
export RECOMENGINE_REDIS_URL=redis://127.0.0.1:6379/2
export RECOMENGINE_DATA_DIR=$WORK/data RECOMENGINE_DEMO_ENABLED=false
redis-cli -n 2 flushdb >/dev/null # in a serve-only run too: no answer cached by an earlier run

APP=""
stop_app() { if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; fi; }
trap stop_app EXIT
start_app() { # start_app <log> <extra arguments...>
  local log=$1; shift
  java -Xmx1g -XX:+UseG1GC ${JFR:-} -jar target/recomengine.jar --server.port="$PORT" --logging.level.root=WARN \
    --recomengine.apikeys.max-reads-per-minute=1000000 --recomengine.apikeys.max-writes-per-minute=1000000 \
    --recomengine.recommendations.build-interval="$INTERVAL" "$@" > "$WORK/$log" 2>&1 &
  APP=$!
  for _ in $(seq 1 180); do curl -sf "$BASE/ready" >/dev/null && return 0; sleep 1; done
  echo "the application did not start; see $WORK/$log" >&2; exit 1
}
sql() { psql -X -q -t -A -h 127.0.0.1 -U postgres -d "$DB" -c "$1"; }
now_ms() { date +%s%3N; }
metric() { # the value of a gauge without tags of its own (the page read whole first: awk stops at the match)
  local page
  page=$(curl -sf -H "X-Internal-Key: $INTERNAL_KEY" "$BASE/internal/metrics")
  awk -v m="$1" '$1 == m || index($1, m "{") == 1 {print $NF; exit}' <<<"$page"
}
heap_used() { # MiB used after a full GC
  jcmd "$APP" GC.run >/dev/null
  jcmd "$APP" GC.heap_info | awk '/garbage-first heap/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub("K,?", "", v); print int(v / 1024)}}'
}
INTERNAL_KEY=bench-internal-key
export RECOMENGINE_INTERNAL_KEY=$INTERNAL_KEY

if [ "$SERVE_ONLY" = 1 ]; then
  read -r PRODUCTS EVENTS BUILD_ALL REBUILD_ALL ALL_BYTES HELD < "$WORK/built.txt"
else
echo "Loading $TENANTS tenants ..." >&2
start_app load.log --recomengine.recommendations.first-build-delay=1d
read -r _ PRODUCTS EVENTS < <(node bench/tenants.mjs load "$BASE" "$WORK")
stop_app
psql -X -q -h 127.0.0.1 -U postgres -d "$DB" -c CHECKPOINT >/dev/null

echo "Building every tenant from scratch ..." >&2
start_app build.log --recomengine.recommendations.first-build-delay=0s \
  --recomengine.recommendations.model-memory-budget=700MB
started=$(now_ms)
until [ "$(sql "SELECT count(*) FROM reco_state WHERE generation IS NOT NULL")" -ge "$TENANTS" ]; do sleep 1; done
BUILD_ALL=$(( ($(now_ms) - started) / 1000 ))
sleep 3 # the last changes of the load flushed, so that the burst is what makes tenants due
BURST_AT=$(node bench/tenants.mjs burst "$BASE" "$WORK")
echo "Waiting for every tenant to be rebuilt after the burst ..." >&2
until [ "$(sql "SELECT count(*) FROM reco_state WHERE built_at > to_timestamp($BURST_AT / 1000.0)")" -ge "$TENANTS" ]; do
  sleep 2
done
REBUILD_ALL=$(( ($(now_ms) - BURST_AT) / 1000 ))
ALL_BYTES=$(metric recomengine_recommendations_models_bytes)
HELD=$(metric recomengine_recommendations_models_tenants)
stop_app
echo "$PRODUCTS $EVENTS $BUILD_ALL $REBUILD_ALL $ALL_BYTES $HELD" > "$WORK/built.txt"
fi

BUDGET=$(awk -v b="$ALL_BYTES" 'BEGIN {printf "%d", b / 4}')
# The loaded history marked some 30 000 past days of analytics to aggregate again: that catch-up (measured by the
# analytics rows of make bench) would run in the background of the latency measurement for half an hour.
sql "DELETE FROM analytics_stale_days" >/dev/null
echo "Serving with the model budget at a quarter of all models ($BUDGET bytes) ..." >&2
[ "${BENCH_JFR:-0}" = 1 ] && JFR="-XX:StartFlightRecording=filename=$WORK/serve.jfr,settings=profile,dumponexit=true"
start_app serve.log --recomengine.recommendations.model-memory-budget="${BUDGET}B"
JFR=""
BASELINE=$(heap_used)
node bench/tenants.mjs queries "$BASE" "$WORK"
latency() { # latency <file> <seconds>: every query of the file once, over BENCH_CONCURRENCY connections
  # (wrk waits out its duration after the last answer; the figures are of the queries): "RESULT requests failed p50 p95 p99 rps"
  BENCH_QUERIES_FILE=$1 BENCH_THREADS=2 wrk -t2 -c"${BENCH_CONCURRENCY:-8}" -d"$2s" --timeout 5s \
    -s bench/tenants-latency.lua "$BASE" | grep '^RESULT'
}
latency "$WORK/warmup.txt" "${BENCH_WARMUP_SECONDS:-90}" >/dev/null # other queries first: the JIT warm, as in service
read -r _ UASKED UFAILED U50 U95 U99 _ < <(latency "$WORK/queries.txt" "${BENCH_UNCACHED_SECONDS:-90}") # never asked before: misses, many needing a model load
read -r _ CASKED CFAILED C50 C95 C99 _ < <(latency "$WORK/queries.txt" "${BENCH_CACHED_SECONDS:-30}") # the same again: from the cache
LOADED_BYTES=$(metric recomengine_recommendations_models_bytes)
LOADED=$(metric recomengine_recommendations_models_tenants)
AFTER=$(heap_used)
stop_app

per_tenant() { awk -v b="$1" -v n="$2" 'BEGIN {printf "%.0f", (n > 0 ? b / n / 1024 : 0)}'; }
echo
echo "| measure | value |"
echo "| --- | ---: |"
echo "| tenants / products / events | $TENANTS / $PRODUCTS / $EVENTS |"
echo "| build every tenant from scratch (2 workers) | ${BUILD_ALL} s |"
echo "| every tenant rebuilt after a burst of events (build-interval $INTERVAL) | ${REBUILD_ALL} s |"
echo "| models of all tenants (estimate) | $(awk -v b="$ALL_BYTES" 'BEGIN {printf "%.1f", b / 1048576}') MiB over ${HELD%.*} tenants |"
echo "| model budget (a quarter) | $(awk -v b="$BUDGET" 'BEGIN {printf "%.1f", b / 1048576}') MiB |"
echo "| uncached recommendation p50 / p95 / p99 ($UASKED asked, none before, wrk ${BENCH_CONCURRENCY:-8} connections, after as many other queries; $UFAILED failed) | $U50 / $U95 / $U99 ms |"
echo "| cached recommendation p50 / p95 / p99 (the same $CASKED again; $CFAILED failed) | $C50 / $C95 / $C99 ms |"
echo "| models held after the run | ${LOADED%.*} tenants, $(awk -v b="$LOADED_BYTES" 'BEGIN {printf "%.1f", b / 1048576}') MiB (estimate) |"
echo "| heap per held tenant: models (estimate) / heap growth (models and answer, history, catalog caches) |" \
  "$(per_tenant "$LOADED_BYTES" "$LOADED") KiB / $(per_tenant "$(( (AFTER - BASELINE) * 1048576 ))" "$LOADED") KiB |"
echo "| heap after GC: before serving / after | $BASELINE MiB / $AFTER MiB |"
