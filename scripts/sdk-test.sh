#!/usr/bin/env bash
# The SDK's unit tests (node --test) and browser tests (playwright-core driving Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/../sdk-js"
if ! command -v chromium >/dev/null; then
  echo "Installing Debian's chromium for the browser tests ..."
  (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null \
    || { echo "Could not install chromium: apt-get install -y chromium" >&2; exit 1; }
fi
npm ci --no-audit --no-fund --loglevel=error
npm test
# The demo store in a real browser against the real application (PostgreSQL and Redis of this machine).
[ -f ../target/recomengine.jar ] || (cd .. && ./mvnw -B -q --no-transfer-progress -DskipTests package)
E2E_DB_URL=${E2E_DB_URL:-jdbc:postgresql://127.0.0.1:5432/recomengine_e2e_test} npm run test:e2e
