#!/usr/bin/env bash
# The API clients under clients/: lints the committed OpenAPI document (clients/openapi.json, which
# OpenApiDocumentTest keeps equal to the live /v3/api-docs) with Redocly, generates the Java and TypeScript clients
# from it with openapi-generator, compiles both, and runs each one's smoke flow against the real application, started
# here from target/recomengine.jar on a free port. RECOMENGINE_DB_URL / RECOMENGINE_REDIS_URL choose the database and
# Redis (default: the test database and Redis db 1, as `make test` uses).
#   scripts/api-clients.sh          lint, generate, compile, smoke-test
#   scripts/api-clients.sh update   rewrite clients/openapi.json from the code (after an API change), then review the diff
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export JAVA_HOME="${JAVA_HOME:-$(scripts/java-home.sh)}"
export RECOMENGINE_DB_URL="${RECOMENGINE_DB_URL:-jdbc:postgresql://127.0.0.1:5432/recomengine_test}"
export RECOMENGINE_REDIS_URL="${RECOMENGINE_REDIS_URL:-redis://127.0.0.1:6379/1}"
MVNW=(./mvnw -B -q --no-transfer-progress)
CLIENT_MVNW=(../mvnw -B -q --no-transfer-progress -f pom.xml)

if [ "${1:-}" = update ]; then
  OPENAPI_SNAPSHOT=update "${MVNW[@]}" verify -Dtest=OpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false
  git --no-pager diff --stat -- clients/openapi.json
  exit 0
fi

[ -f target/recomengine.jar ] || "${MVNW[@]}" -DskipTests package
LOG="$ROOT/clients/target/app.log"
mkdir -p clients/target
PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
DATA=$(mktemp -d)
"$JAVA_HOME/bin/java" -Xmx1g -XX:TieredStopAtLevel=1 -jar target/recomengine.jar --server.port="$PORT" \
  --recomengine.platform.data-dir="$DATA" --recomengine.demo.enabled=false >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT

cd clients
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
npm ci --no-audit --no-fund --loglevel=error
echo "Redocly lint of clients/openapi.json (recommended-strict: any warning fails)"
npx --no-install redocly lint openapi.json 2>&1 | grep -v -e '[║╔╚]' -e '^\s*$'
echo "Generating and compiling the Java and TypeScript clients"
"${CLIENT_MVNW[@]}" test-compile
npx --no-install tsc -p typescript/tsconfig.json

BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do
  curl -fsS "$BASE/health" >/dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { tail -40 "$LOG" >&2; echo "The application did not start" >&2; exit 1; }
  sleep 1
done
curl -fsS "$BASE/health" >/dev/null || { tail -40 "$LOG" >&2; echo "The application did not answer" >&2; exit 1; }
echo "Smoke flows against $BASE"
failed=()
RECOMENGINE_BASE_URL="$BASE" node --test target/typescript-build/typescript/test/ || failed+=(TypeScript)
"${CLIENT_MVNW[@]}" surefire:test -Drecomengine.baseUrl="$BASE" || failed+=(Java)
[ ${#failed[@]} -eq 0 ] || { echo "Smoke flow failed: ${failed[*]} (application log: $LOG)" >&2; exit 1; }
echo "API clients: document lint-clean, Java and TypeScript clients compiled, both smoke flows passed"
