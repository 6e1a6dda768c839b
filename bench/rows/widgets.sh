#!/usr/bin/env bash
# Widget rows of `make bench` (run by scripts/bench.sh for every bench/rows/*.sh): the SDUI render endpoint, which
# asks the recommendation engine and lays out a document per request, and the cacheable configuration read.
#
# Environment: BASE, READ_KEY (a secret read key), CONNS, SECONDS_PER_ROW, and TOKEN, TENANT (the bench admin's
# access token and tenant, exported by scripts/bench.sh) to create the widget it measures through the admin API.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
: "${BASE:?}" "${READ_KEY:?}" "${CONNS:?}" "${SECONDS_PER_ROW:?}" "${TOKEN:?}" "${TENANT:?}"
PLACEMENT=bench_home

# A grid of 8 cards with prices, a button and a theme: the shape a merchant's home page widget has.
status=$(curl -sS -o /dev/null -w '%{http_code}' -X PUT "$BASE/api/v1/tenants/$TENANT/widgets/$PLACEMENT" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"title":"Picked for you","layout":"grid","columns":4,"maxItems":8,"showPrice":true,"ctaText":"View",
       "productUrlTemplate":"https://shop.example/p/{productId}","locale":"en-GB",
       "theme":{"accent":"#0f766e","font":"Inter, system-ui, sans-serif","radius":8}}')
case "$status" in 200|201) ;; *) echo "could not create the bench widget (HTTP $status)" >&2; exit 1 ;; esac

RENDER="$BASE/api/v1/widgets/$PLACEMENT/render?userId=bench-user&assignmentId=bench-visitor"
probe=$(curl -sS -o /dev/null -w '%{http_code}' -H "X-API-Key: $READ_KEY" "$RENDER")
[ "$probe" = 200 ] || echo "note: render answers HTTP $probe before the run (no recommendation engine yet?);" \
  "its row counts those answers as failed" >&2

BENCH_KEY=$READ_KEY bench_row "GET /api/v1/widgets/{id}/render (SDUI, 8 cards)" "$CONNS" "$SECONDS_PER_ROW" "$RENDER"
BENCH_KEY=$READ_KEY bench_row "GET /api/v1/widgets/{id} (config, ETag)" "$CONNS" "$SECONDS_PER_ROW" \
  "$BASE/api/v1/widgets/$PLACEMENT"
