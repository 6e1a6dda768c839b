#!/usr/bin/env bash
# The dashboard's browser journey (playwright-core + Debian's Chromium) against the real application.
set -euo pipefail
cd "$(dirname "$0")/../dashboard"
[ -f ../target/recomengine.jar ] || (cd .. && ./mvnw -B -q --no-transfer-progress -DskipTests package)
npm ci --no-audit --no-fund --loglevel=error
npm test
