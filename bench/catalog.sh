#!/usr/bin/env bash
# Catalog rows of `make bench`: a batch upsert of 10 000 products (bar < 1.5 s) and search p95 at 32 connections
# over the demo catalog (bar < 15 ms), printed as markdown table rows.
#
#   bench/catalog.sh <baseUrl> <readWriteKey>
#
# The key's tenant should hold the demo catalog (UCI Online Retail, ~3 900 products) and have its rate limits
# raised (PATCH /api/v1/tenants/{id} {"readsPerMinute": 1000000, "writesPerMinute": 1000000}); a run that meets
# 429s says so instead of printing flattering numbers. Needs curl and wrk (apt-get install -y wrk). The benchmark
# products it writes (ids bench-*) are deleted again at the end. Search is measured first, on the catalog as it
# is. Runs for about 55 seconds (BENCH_DURATION, BENCH_WARMUP tune the wrk phases).
set -euo pipefail
BASE=${1:?usage: bench/catalog.sh <baseUrl> <readWriteKey>}
KEY=${2:?usage: bench/catalog.sh <baseUrl> <readWriteKey>}
BASE=${BASE%/}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-5s}
command -v curl >/dev/null || { echo "curl is missing: apt-get install -y curl" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# 10 000 products with realistic fields; $1 = id prefix, $2 = name suffix (changes every product on an update).
products() {
  awk -v prefix="$1" -v suffix="$2" 'BEGIN {
    split("Kitchen & Dining,Home Decor,Candles & Lighting,Bags & Storage,Christmas,Stationery & Cards", cats, ",")
    split("WHITE HANGING HEART,VINTAGE UNION JACK,RED RETROSPOT,JUMBO BAG,REGENCY CAKESTAND,ASSORTED COLOUR BIRD", names, ",")
    printf "{\"products\":["
    for (i = 0; i < 10000; i++) {
      if (i > 0) printf ","
      printf "{\"productId\":\"%s%05d\",\"name\":\"%s %d %s\",\"category\":\"%s\",\"price\":%d.%02d,", prefix, i, names[i % 6 + 1], i, suffix, cats[i % 6 + 1], i % 40, i % 100
      printf "\"currency\":\"GBP\",\"imageUrl\":\"https://cdn.shop.example/img/%s%05d.jpg\",\"url\":\"https://shop.example/p/%s%05d\",", prefix, i, prefix, i
      printf "\"attributes\":{\"colour\":\"%s\",\"material\":\"ceramic\",\"tags\":[\"gift\",\"home\"]},\"available\":%s}", (i % 2 ? "red" : "white"), (i % 10 ? "true" : "false")
    }
    printf "]}"
  }'
}

# POSTs a body file; prints the seconds it took, fails unless all 10 000 were accepted.
upsert() {
  local seconds
  seconds=$(curl -sS -o "$WORK/response.json" -w '%{time_total}' -X POST "$BASE/api/v1/catalog/products/batch" \
    -H "X-API-Key: $KEY" -H 'Content-Type: application/json' --data-binary @"$1")
  if ! grep -q '"accepted":10000' "$WORK/response.json"; then
    echo "batch upsert did not accept all 10 000 products: $(head -c 300 "$WORK/response.json")" >&2; exit 1
  fi
  echo "$seconds"
}

delete_all() {
  awk -v prefix="$1" 'BEGIN { printf "{\"productIds\":["; for (i = 0; i < 10000; i++) printf "%s\"%s%05d\"", (i ? "," : ""), prefix, i; printf "]}" }' > "$WORK/delete.json"
  curl -sS -o /dev/null -X POST "$BASE/api/v1/catalog/products/batch-delete" -H "X-API-Key: $KEY" \
    -H 'Content-Type: application/json' --data-binary @"$WORK/delete.json"
}

ok() { awk -v v="$1" -v bar="$2" 'BEGIN { print (v < bar ? "yes" : "**no**") }'; }

total=$(curl -sS "$BASE/api/v1/catalog/products?size=1" -H "X-API-Key: $KEY" | grep -o '"totalElements":[0-9]*' | cut -d: -f2 || true)
if [ -z "$total" ]; then echo "Cannot read the catalog at $BASE with this key" >&2; exit 1; fi
[ "$total" -ge 1000 ] || echo "note: the key's tenant has only $total products; search figures are for the demo catalog (~3 900)" >&2

# Search: 32 connections for $DURATION; popular queries (words, phrases, prefixes, a typo, filters, pages).
cat > "$WORK/search.lua" <<'LUA'
local key = os.getenv("BENCH_KEY")
local vary = os.getenv("BENCH_VARY") == "1"
local queries = {
  "q=heart", "q=lantern", "q=hot%20water%20bottle", "q=christmas", "q=jumbo%20bag", "q=vintage", "q=cake%20stand",
  "q=mug", "q=tea", "q=candle", "q=clock", "q=doormat", "q=lunch%20box", "q=retrospot", "q=union%20jack",
  "q=hang", "q=lant", "q=chris", "q=lantren", "q=hart%20holder", "q=garden", "q=set%20of%203", "q=glass",
  "q=paper", "q=pink", "q=bird", "q=wooden", "q=bowl", "q=frame", "q=necklace",
  "q=heart&category=Home%20Decor", "q=bag&available=true", "q=christmas&maxPrice=5", "q=vintage&sort=price,desc",
  "category=Christmas", "category=Kitchen%20%26%20Dining&sort=price", "available=true&page=3", "", "page=10",
  "minPrice=10&sort=price,desc"
}
local counter = 0
local threads = {}
function setup(thread) counter = counter + 1; thread:set("id", counter); table.insert(threads, thread) end
function response(status, headers, body)
  if status ~= 200 and not failed then failed = status .. " " .. string.sub(body, 1, 200) end
end
function init(args) math.randomseed(os.time() * 1000 + (id or 0)) end
function request()
  local q = queries[math.random(#queries)]
  if vary then
    -- A price bound and page no request repeats, so nearly every one misses the cache and goes to PostgreSQL.
    if not string.find(q, "maxPrice=") then q = q .. "&maxPrice=" .. math.random(10, 99) .. "." .. math.random(10, 99) end
    if not string.find(q, "minPrice=") then q = q .. "&minPrice=0." .. math.random(0, 99) end
    if not string.find(q, "page=") then q = q .. "&page=" .. math.random(0, 2) end
  end
  return wrk.format("GET", "/api/v1/catalog/products?" .. q, { ["X-API-Key"] = key })
end
function done(summary, latency, requests)
  local non2xx = summary.errors.status
  for _, thread in ipairs(threads) do
    local sample = thread:get("failed")
    if sample then io.stderr:write("a failed search answered: " .. sample .. "\n") end
  end
  io.write(string.format("RESULT %.2f %.2f %.0f %d %d\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, summary.requests / (summary.duration / 1e6), summary.requests, non2xx))
end
LUA

search() {
  # Warm-up: a freshly started JVM needs several seconds of this load before its code is compiled.
  BENCH_KEY=$KEY BENCH_VARY=$1 wrk -t2 -c32 -d"$WARMUP" -s "$WORK/search.lua" "$BASE" >/dev/null 2>&1 || true
  BENCH_KEY=$KEY BENCH_VARY=$1 wrk -t2 -c32 -d"$DURATION" --timeout 5s -s "$WORK/search.lua" "$BASE" | grep '^RESULT'
}
read -r _ p50 p95 rps count bad <<<"$(search 0)"
# For context: the same load on the cheapest key-authenticated endpoint shows what the machine gives at all.
cat > "$WORK/baseline.lua" <<'LUA'
local key = os.getenv("BENCH_KEY")
function request() return wrk.format("GET", "/api/v1/key", { ["X-API-Key"] = key }) end
function done(summary, latency, requests)
  io.write(string.format("RESULT %.2f %.2f %.0f %d %d\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, summary.requests / (summary.duration / 1e6), summary.requests, summary.errors.status))
end
LUA
read -r _ bp50 bp95 brps _ _ <<<"$(BENCH_KEY=$KEY wrk -t2 -c32 -d"$DURATION" -s "$WORK/baseline.lua" "$BASE" | grep '^RESULT')"
read -r _ vp50 vp95 vrps vcount vbad <<<"$(search 1)"
for n in "$bad" "$vbad"; do
  [ "$n" = 0 ] || echo "warning: $n search responses were not 2xx (rate limited?); the figures below are not valid" >&2
done

# Warm-up (JIT, pools), then the measured runs: one insert of new ids, three full updates (median).
products bench-w- a > "$WORK/warm1.json"; products bench-w- b > "$WORK/warm2.json"
upsert "$WORK/warm1.json" >/dev/null; upsert "$WORK/warm2.json" >/dev/null; delete_all bench-w-
products bench-m- a > "$WORK/insert.json"
insert=$(upsert "$WORK/insert.json")
updates=()
for run in 1 2 3; do
  products bench-m- "u$run" > "$WORK/update.json"
  updates+=("$(upsert "$WORK/update.json")")
done
update=$(printf '%s\n' "${updates[@]}" | sort -n | sed -n 2p)
delete_all bench-m-

echo "| catalog: batch upsert of 10 000 products, insert | $(printf '%.0f' "$(awk -v s="$insert" 'BEGIN{print s*1000}')") ms | < 1.5 s | $(ok "$insert" 1.5) |"
echo "| catalog: batch upsert of 10 000 products, update (median of 3) | $(printf '%.0f' "$(awk -v s="$update" 'BEGIN{print s*1000}')") ms | < 1.5 s | $(ok "$update" 1.5) |"
echo "| catalog: search p95, 32 connections, $total products, popular queries | $p95 ms (p50 $p50 ms, $rps req/s) | < 15 ms | $(ok "$p95" 15) |"
echo "| catalog: search p95, 32 connections, $total products, uncached filter mix | $vp95 ms (p50 $vp50 ms, $vrps req/s) | < 15 ms | $(ok "$vp95" 15) |"
echo "| (reference) GET /api/v1/key p95, 32 connections, same machine and run | $bp95 ms (p50 $bp50 ms, $brps req/s) | | |"
