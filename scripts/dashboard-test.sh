#!/usr/bin/env bash
# The dashboard's browser tests (playwright-core + Debian's Chromium) against the real application: one jar for
# every test file. RECOMENGINE_DB_URL / RECOMENGINE_REDIS_URL choose the database and Redis (default: the test
# database and Redis db 1, as `make test` uses); screenshots land in dashboard/target/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/../dashboard"
export RECOMENGINE_DB_URL="${RECOMENGINE_DB_URL:-jdbc:postgresql://127.0.0.1:5432/recomengine_test}"
export RECOMENGINE_REDIS_URL="${RECOMENGINE_REDIS_URL:-redis://127.0.0.1:6379/1}"
if ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null; then
  echo "Installing Debian's chromium for the browser tests ..."
  (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null \
    || { echo "Could not install chromium: apt-get install -y chromium" >&2; exit 1; }
fi
[ -f ../target/recomengine.jar ] || (cd .. && ./mvnw -B -q --no-transfer-progress -DskipTests package)
npm ci --no-audit --no-fund --loglevel=error
npm test
