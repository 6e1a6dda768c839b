#!/usr/bin/env bash
# Event ingestion rows of `make bench`: single events, batches of 100, sustained throughput, and raw COPY beside it.
set -euo pipefail
: "${BASE:?}" "${RECOMENGINE_DB_URL:?}"
echo
echo "Event ingestion"
SINGLE_SECONDS=${SECONDS_PER_ROW} BATCH_SECONDS=${SECONDS_PER_ROW} SUSTAINED_SECONDS=${BENCH_SUSTAINED_SECONDS:-60} \
  bash "$(dirname "$0")/../events.sh" "$BASE" - "$RECOMENGINE_DB_URL"
