#!/usr/bin/env bash
# Lighthouse 12 (mobile defaults) on the demo store and on a plain merchant page of another origin with three
# placements, against the real application on a fresh database: scores, CLS, LCP and TBT per page (median of RUNS).
set -euo pipefail
cd "$(dirname "$0")/../sdk-js"
command -v chromium >/dev/null || { echo "Lighthouse needs Debian's chromium: apt-get install -y chromium" >&2; exit 1; }
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
[ -f ../target/recomengine.jar ] || (cd .. && ./mvnw -B -q --no-transfer-progress -DskipTests package)
E2E_DB_URL=${E2E_DB_URL:-jdbc:postgresql://127.0.0.1:5432/recomengine_lighthouse} \
E2E_START_TIMEOUT_S=${E2E_START_TIMEOUT_S:-600} node scripts/lighthouse.mjs
