#!/usr/bin/env bash
# Catalog rows of `make bench`: search over the demo tenant's real catalog, then a batch upsert of 10 000 products.
set -euo pipefail
: "${BASE:?}" "${DEMO_WRITE_KEY:?}"
echo
echo "Catalog (demo tenant, UCI Online Retail products)"
BENCH_DURATION=${SECONDS_PER_ROW}s bash "$(dirname "$0")/../catalog.sh" "$BASE" "$DEMO_WRITE_KEY"
