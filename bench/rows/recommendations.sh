#!/usr/bin/env bash
# Recommendation rows of `make bench` (SPEC §9), as markdown table rows:
#   cached recommendations at $CONNS connections over 2 000 shoppers, beside nginx serving a static JSON of the same
#   size in the same run (bars: p99 < 10 ms, throughput >= 0.5x nginx); the cache-miss path (bar: p95 < 30 ms);
#   /page with 3 placements; the model build of the loaded data (interactions and items counted); then the cached and
#   cache-miss rows again on a placement with 20 active merchandising rules (two of each action, the rest boosts),
#   against the same nginx figure (SPEC §4: the budgets of §9 hold with 20 rules).
# Called by scripts/bench.sh with BASE, CONNS, SECONDS_PER_ROW (READ_KEY / WRITE_KEY are not used: the rebuild
# endpoint needs the tenant owner's token, so this row signs up its own admin and tenant, limits raised). It loads
# its data through the API: 3 000 products and about 24 000 purchases of 4 000 shoppers in 30 days, shoppers keeping
# to a few product families so that the collaborative model has something to find. Needs curl, wrk, nginx, node.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
BASE=${BASE:?BASE is required}; CONNS=${CONNS:-64}; SECONDS_PER_ROW=${SECONDS_PER_ROW:-20}
WARMUP=${RECO_WARMUP:-10}; USERS=2000; MISS_CONNS=${RECO_MISS_CONNS:-16}
WORK=$(mktemp -d); chmod 755 "$WORK" # nginx workers read the static file from it
NGINX_PID=""
cleanup() { [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

email="reco-bench-$(date +%s%N)@bench.test"; pass="bench-password-123"
curl -fsS -o /dev/null -H 'Content-Type: application/json' "$BASE/api/v1/auth/signup" \
  -d "{\"email\":\"$email\",\"password\":\"$pass\",\"name\":\"Reco bench\"}"
token=$(curl -fsS -H 'Content-Type: application/json' "$BASE/api/v1/auth/login" \
  -d "{\"email\":\"$email\",\"password\":\"$pass\"}" | json_field .accessToken)
tenant=$(curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $token" "$BASE/api/v1/tenants" \
  -d '{"name":"Reco bench","readsPerMinute":1000000,"writesPerMinute":1000000}' | json_field .id)
key() { curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
  "$BASE/api/v1/tenants/$tenant/api-keys" -d "{\"name\":\"bench\",\"type\":\"secret\",\"permissions\":\"$1\"}" | json_field .key; }
RKEY=$(key read); WKEY=$(key read-write)
# A key per measured row and one for the warm-ups: each key's rate-limit bucket holds 1 000 000 a minute, which a
# warm-up and a row at 40 000+ requests/s would otherwise exhaust (429s in the figures).
WARM_KEY=$(key read); MISS_KEY=$(key read); PAGE_KEY=$(key read)
RULES_KEY=$(key read); RULES_MISS_KEY=$(key read)
[ -n "${RECO_KEY_FILE:-}" ] && echo "$RKEY" > "$RECO_KEY_FILE" # for a closer look after the run

# 3 000 products in 100 families of 30; prices 1-50 GBP.
awk 'BEGIN {
  split("Heart,Lantern,Bottle,Candle,Bag,Mug,Clock,Frame,Bowl,Tin,Garland,Cushion", nouns, ",")
  split("Vintage,Red,Rose,Jumbo,Regency,Pastel,Woodland,Spotty,Paisley,Polkadot", adjectives, ",")
  printf "{\"products\":["
  for (i = 0; i < 3000; i++) {
    family = int(i / 30)
    printf "%s{\"productId\":\"bp%04d\",\"name\":\"%s %s %s %d\",\"category\":\"Family %d\",\"price\":%d.%02d,\"currency\":\"GBP\",\"imageUrl\":\"https://cdn.shop.example/bp%04d.jpg\",\"url\":\"https://shop.example/p/bp%04d\"}", \
      (i ? "," : ""), i, adjectives[family % 10 + 1], adjectives[int(family / 10) + 1], nouns[i % 12 + 1], i, family, 1 + i % 50, i % 100, i, i
  }
  printf "]}"
}' > "$WORK/products.json"
curl -fsS -o /dev/null -X POST "$BASE/api/v1/catalog/products/batch" -H "X-API-Key: $WKEY" \
  -H 'Content-Type: application/json' --data-binary @"$WORK/products.json"

# 4 000 shoppers, 1-3 orders each of 2-4 products, mostly from their two favourite families; 30 days back.
now=$(date +%s)
awk -v now="$now" -v dir="$WORK" '
function iso(t,   days, secs, z, era, doe, yoe, y, doy, mp, d, m) { # epoch seconds to ISO-8601 UTC, any awk
  days = int(t / 86400); secs = t - days * 86400; z = days + 719468; era = int(z / 146097); doe = z - era * 146097
  yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365); y = yoe + era * 400
  doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100)); mp = int((5 * doy + 2) / 153)
  d = doy - int((153 * mp + 2) / 5) + 1; m = mp < 10 ? mp + 3 : mp - 9; if (m <= 2) y++
  return sprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, int(secs / 3600), int((secs % 3600) / 60), secs % 60)
}
BEGIN {
  srand(42); n = 0; batch = 0
  for (u = 1; u <= 4000; u++) {
    fav1 = int(rand() * 100); fav2 = int(rand() * 100); orders = 1 + int(rand() * 3)
    for (o = 0; o < orders; o++) {
      ts = now - 60 - int(rand() * 30 * 86400); items = 2 + int(rand() * 3)
      for (k = 0; k < items; k++) {
        family = (rand() < 0.8) ? (rand() < 0.6 ? fav1 : fav2) : int(rand() * 100)
        product = family * 30 + int(rand() * rand() * 30)
        if (n % 1000 == 0) { if (n) printf "]}" > file; close(file); file = dir "/events-" batch++ ".json"; printf "{\"events\":[" > file; sep = "" }
        printf "%s{\"eventId\":\"rb-%d-%d-%d\",\"eventType\":\"purchase\",\"userId\":\"bu%d\",\"productId\":\"bp%04d\",\"timestamp\":\"%s\",\"metadata\":{\"orderId\":\"rb-%d-%d\"}}", \
          sep, u, o, k, u, product, iso(ts), u, o > file
        sep = ","; n++
      }
    }
  }
  printf "]}" > file; close(file)
}'
events=0
for f in "$WORK"/events-*.json; do
  accepted=$(curl -fsS -X POST "$BASE/api/v1/events/batch" -H "X-API-Key: $WKEY" -H 'Content-Type: application/json' \
    --data-binary @"$f" | json_field .accepted)
  events=$((events + accepted))
done
sleep 3 # let the "changed" marks reach the database first, so that the build job sees nothing new afterwards
build=$(curl -fsS -X POST "$BASE/api/v1/tenants/$tenant/recommendations/rebuild" -H "Authorization: Bearer $token")
field() { echo "$build" | json_field ".$1"; }

# nginx serving a static JSON as large as a cached answer, on its own port.
NGINX_PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
mkdir -p "$WORK/nginx/html" "$WORK/nginx/logs"
curl -fsS -H "X-API-Key: $RKEY" "$BASE/api/v1/recommendations?limit=10&userId=bu1" > "$WORK/nginx/html/reco.json"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  default_type application/json;
  keepalive_requests 1000000;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/html; }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
for _ in $(seq 1 20); do curl -sf "http://127.0.0.1:$NGINX_PORT/reco.json" >/dev/null && break; sleep 0.2; done

run() { # mode connections seconds [base url]   (RUN_KEY: the key to send, RKEY by default)
  BENCH_KEY=${RUN_KEY:-$RKEY} BENCH_USERS=$USERS BENCH_MODE=$1 wrk -t2 -c"$2" -d"${3}s" --timeout 5s \
    -s bench/rows/recommendations.lua "${4:-$BASE}" | grep '^RESULT'
}
row() { # name connections "RESULT line"
  read -r _ requests failed p50 p95 p99 rps <<<"$3"
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$p50" "$p95" "$p99" "$rps" "$failed"
  LAST_RPS=$rps; LAST_P95=$p95; LAST_P99=$p99
}

RUN_KEY=$WARM_KEY run cached "$CONNS" "$WARMUP" >/dev/null # every shopper's answer computed once
RUN_KEY=$WARM_KEY run cached "$CONNS" "$WARMUP" >/dev/null # and the hit path compiled
row "GET /api/v1/recommendations, cached, $USERS shoppers ($(wc -c < "$WORK/nginx/html/reco.json") B)" "$CONNS" "$(run cached "$CONNS" "$SECONDS_PER_ROW")"
RECO_RPS=$LAST_RPS; RECO_P99=$LAST_P99
# nginx gets the same requests from the same wrk script (query and X-API-Key included, ignored by nginx), so that
# the comparison is of the servers, not of two clients doing different work on the same 2 cores.
row "nginx static JSON, same size as the cached answer, same requests" "$CONNS" \
  "$(BENCH_STATIC=/reco.json run cached "$CONNS" "$SECONDS_PER_ROW" "http://127.0.0.1:$NGINX_PORT")"
NGINX_RPS=$LAST_RPS
row "GET /api/v1/recommendations, cache miss (unique price bound each)" "$MISS_CONNS" "$(RUN_KEY=$MISS_KEY run miss "$MISS_CONNS" "$SECONDS_PER_ROW")"
MISS_P95=$LAST_P95
RUN_KEY=$WARM_KEY run page "$CONNS" "$WARMUP" >/dev/null
row "GET /api/v1/recommendations/page, 3 placements, cached" "$CONNS" "$(RUN_KEY=$PAGE_KEY run page "$CONNS" "$SECONDS_PER_ROW")"
printf '| recommendations: model build, %s interactions (%s stored through the API), %s items, %s shoppers: %s ms (read %s, build %s, store %s) | | | | | | |\n' \
  "$(field interactions)" "$events" "$(field items)" "$(field users)" "$(field totalMillis)" "$(field readMillis)" \
  "$(field buildMillis)" "$(field storeMillis)"
awk -v a="$RECO_RPS" -v n="$NGINX_RPS" -v p99="$RECO_P99" -v miss="$MISS_P95" 'BEGIN {
  printf "| recommendations: cached throughput / nginx %.2f (bar >= 0.5), cached p99 %s ms (bar < 10), miss p95 %s ms (bar < 30) | | | | | | |\n", a / n, p99, miss }'

# 20 active rules on the placement "home": two of each action, the rest boosts over category, price and name.
rule() { curl -fsS -o /dev/null -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
  "$BASE/api/v1/tenants/$tenant/rules" -d "{\"placements\":[\"home\"],$1}"; }
rule '"name":"No family 99","action":"exclude","condition":"item.category == \"Family 99\""'
rule '"name":"No free items","action":"exclude","condition":"item.price < 1.01"'
rule '"name":"Priced","action":"require","condition":"item.price > 0.0"'
rule '"name":"In stock","action":"require","condition":"item.available"'
rule '"name":"Bury family 98","action":"bury","factor":0.5,"condition":"item.category == \"Family 98\""'
rule '"name":"Bury clocks","action":"bury","factor":0.8,"condition":"item.name.contains(\"Clock\")"'
rule '"name":"Pin the heart","action":"pin","productId":"bp0000","position":1,"condition":"true"'
rule '"name":"Pin the lantern","action":"pin","productId":"bp0001","position":3,"condition":"true"'
rule '"name":"Promote family 7","action":"promote","maxSlots":2,"condition":"item.category == \"Family 7\""'
rule '"name":"Promote cheap","action":"promote","maxSlots":1,"condition":"item.price < 5.0"'
for i in $(seq 1 10); do
  case $((i % 3)) in
    0) cond="item.category == \\\"Family $((i * 7))\\\"" ;;
    1) cond="item.price >= $((i * 4)).0" ;;
    *) cond="item.name.contains(\\\"Vintage\\\")" ;;
  esac
  rule "\"name\":\"Boost $i\",\"action\":\"boost\",\"factor\":1.$i,\"condition\":\"$cond\""
done
RUN_KEY=$WARM_KEY BENCH_PLACEMENT=home run cached "$CONNS" "$WARMUP" >/dev/null
RUN_KEY=$WARM_KEY BENCH_PLACEMENT=home run cached "$CONNS" "$WARMUP" >/dev/null
rules_applied=$(curl -fsS -H "X-API-Key: $RKEY" "$BASE/api/v1/recommendations?limit=10&userId=bu1&placementId=home" \
  | json_field .meta.rulesApplied)
row "GET /api/v1/recommendations, cached, 20 rules on the placement ($rules_applied applied to bu1's list)" "$CONNS" \
  "$(RUN_KEY=$RULES_KEY BENCH_PLACEMENT=home run cached "$CONNS" "$SECONDS_PER_ROW")"
RULES_RPS=$LAST_RPS; RULES_P99=$LAST_P99
row "GET /api/v1/recommendations, cache miss, 20 rules on the placement" "$MISS_CONNS" \
  "$(RUN_KEY=$RULES_MISS_KEY BENCH_PLACEMENT=home run miss "$MISS_CONNS" "$SECONDS_PER_ROW")"
awk -v a="$RULES_RPS" -v n="$NGINX_RPS" -v p99="$RULES_P99" -v miss="$LAST_P95" 'BEGIN {
  printf "| recommendations with 20 rules: cached throughput / nginx %.2f (bar >= 0.5), cached p99 %s ms (bar < 10), miss p95 %s ms (bar < 30) | | | | | | |\n", a / n, p99, miss }'
