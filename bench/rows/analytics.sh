#!/usr/bin/env bash
# Analytics rows of `make bench` (run by scripts/bench.sh for every bench/rows/*.sh): a shop with a long history
# (BENCH_ANALYTICS_EVENTS events, default 10 000 000, over 90 days, generated inside PostgreSQL), aggregated by the
# nightly job's code, then the dashboard's reads over 30 days at 8 connections, and the nightly aggregation of one
# day. At the default size the generation takes about 4 minutes and the aggregation of 89 days about 1.5 minutes
# on 2 cores (docs/analytics.md); BENCH_ANALYTICS_EVENTS=1000000 gives a quick run.
#
# Environment: BASE, TOKEN (the bench admin's access token, exported by scripts/bench.sh), SECONDS_PER_ROW and
# RECOMENGINE_DB_URL (jdbc:postgresql://host:port/db; RECOMENGINE_DB_OWNER / PGPASSWORD if needed: the rows are
# loaded as the owner, as the application role is held by row-level security and may not COPY into events).
# The row makes its own tenant so that the other rows never see its history, and deletes its events at the end.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/../lib.sh"
: "${BASE:?}" "${TOKEN:?}" "${SECONDS_PER_ROW:?}" "${RECOMENGINE_DB_URL:?}"
EVENTS=${BENCH_ANALYTICS_EVENTS:-10000000}
DAYS=90
READERS=8

url=${RECOMENGINE_DB_URL#jdbc:postgresql://}
hostport=${url%%/*}; db=${url#*/}; db=${db%%\?*}
host=${hostport%%:*}; port=${hostport##*:}; [ "$port" = "$hostport" ] && port=5432
export PGPASSWORD=${RECOMENGINE_DB_PASSWORD:-}
PSQL=(psql -h "$host" -p "$port" -U "${RECOMENGINE_DB_OWNER:-postgres}" -d "$db" -v ON_ERROR_STOP=1 -qAt)

now_ms() { date +%s%3N; }
admin() { curl -sS -f -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }

SHOP=$(admin -XPOST "$BASE/api/v1/tenants" -d '{"name":"Bench analytics","readsPerMinute":1000000}' | json_field .id)
cleanup() {
  "${PSQL[@]}" -c "DELETE FROM events WHERE tenant_id = '$SHOP'" \
    -c "DELETE FROM analytics_daily WHERE tenant_id = '$SHOP'" \
    -c "DELETE FROM analytics_daily_products WHERE tenant_id = '$SHOP'" \
    -c "DELETE FROM analytics_daily_totals WHERE tenant_id = '$SHOP'" >/dev/null || true
  admin -XDELETE "$BASE/api/v1/tenants/$SHOP" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# 1. The history: one INSERT … SELECT per day, straight into the partitioned events table.
PER_DAY=$(( EVENTS / DAYS ))
started=$(now_ms)
for back in $(seq $((DAYS - 1)) -1 0); do
  "${PSQL[@]}" -v tenant="$SHOP" -v day="$(date -u -d "-$back day" +%F)" -v n="$PER_DAY" -f "$HERE/analytics-events.sql"
done
"${PSQL[@]}" -c "ANALYZE events"
GENERATED_MS=$(( $(now_ms) - started ))
STORED=$("${PSQL[@]}" -c "SELECT count(*) FROM events WHERE tenant_id = '$SHOP'")

# 2. The nightly aggregation of every past day (the recompute endpoint runs the nightly job's code per day), then
#    of one day alone.
TODAY=$(date -u +%F); YESTERDAY=$(date -u -d '-1 day' +%F)
ALL=$(admin -XPOST "$BASE/api/v1/tenants/$SHOP/analytics/recompute?from=$(date -u -d "-$((DAYS - 1)) day" +%F)&to=$YESTERDAY")
ONE=$(admin -XPOST "$BASE/api/v1/tenants/$SHOP/analytics/recompute?from=$YESTERDAY&to=$YESTERDAY")

# 3. Reads over 30 days, today included (live), at 8 connections, after one warm-up read each.
FROM30=$(date -u -d '-29 day' +%F)
OVERVIEW="$BASE/api/v1/tenants/$SHOP/analytics/overview?from=$FROM30&to=$TODAY"
SERIES="$BASE/api/v1/tenants/$SHOP/analytics/timeseries?metric=revenue&from=$FROM30&to=$TODAY"
admin "$OVERVIEW" >/dev/null
admin "$SERIES" >/dev/null
read_row() {
  local name=$1 target=$2 out
  out=$(wrk -t2 -c"$READERS" -d"${SECONDS_PER_ROW}s" --timeout 5s -H "Authorization: Bearer $TOKEN" \
        -s "$HERE/../report.lua" "$target" | grep '^RESULT')
  read -r _ requests failed p50 p95 p99 rps <<<"$out"
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$READERS" "$p50" "$p95" "$p99" "$rps" "$failed"
}
read_row "GET /analytics/overview, 30 days of a $(printf "%'d" "$STORED")-event shop" "$OVERVIEW"
read_row "GET /analytics/timeseries?metric=revenue, 30 days" "$SERIES"
once_row() { printf '| %s (one run) | 1 | %s | - | - | - | 0 |\n' "$1" "$2"; }
once_row "nightly aggregation of one day, $(printf "%'d" "$(echo "$ONE" | json_field .events)") events" \
  "$(echo "$ONE" | json_field .millis)"
once_row "nightly aggregation of $(echo "$ALL" | json_field .days) days, $(printf "%'d" "$(echo "$ALL" | json_field .events)") events" \
  "$(echo "$ALL" | json_field .millis)"
once_row "generate $(printf "%'d" "$STORED") events over $DAYS days (INSERT … SELECT, ANALYZE)" "$GENERATED_MS"
