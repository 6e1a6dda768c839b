#!/usr/bin/env bash
# make eval: the offline evaluation of the recommendations issue through the real application. Starts RecomEngine
# in a mode that makes a fresh tenant, loads the data set's catalog and train purchases through the real catalog and
# ingestion code, builds the models with the real build, asks the Recommendations facade for every evaluated
# shopper, prints one table (each strategy against the popularity baseline) and exits: 0 when every bar is met, 2
# when one is not, 1 when the run failed (the evaluation module's EvaluationRun).
#   make eval                                            # ../shared/data/online_retail.csv.gz, split 2011-11-01
#   DATA=path/to/log.csv.gz SPLIT=2011-11-01 make eval
# Database: the machine's PostgreSQL (database $EVAL_DB, default recomengine_eval, dropped and recreated), or the
# embedded one under target/eval-data when no PostgreSQL answers. Redis is not used.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(scripts/java-home.sh)"
DATA="${DATA:-../shared/data/online_retail.csv.gz}"
SPLIT="${SPLIT:-2011-11-01}"
EVAL_DB="${EVAL_DB:-recomengine_eval}"
PGHOST="${PGHOST:-127.0.0.1}"; PGPORT="${PGPORT:-5432}"; PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
if [ ! -f "$DATA" ]; then
  echo "no data file at $DATA (set DATA=...; the UCI Online Retail copy lives in ../shared/data/)" >&2
  exit 1
fi
[ -f target/recomengine.jar ] || { echo "target/recomengine.jar is missing: run make build (make eval does)" >&2; exit 1; }
WORK=target/eval-data
rm -rf "$WORK"; mkdir -p "$WORK"
unset RECOMENGINE_REDIS_URL
if command -v psql >/dev/null && psql -X -q -d postgres -c 'SELECT 1' >/dev/null 2>&1; then
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $EVAL_DB" -c "CREATE DATABASE $EVAL_DB" >/dev/null
  export RECOMENGINE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$EVAL_DB"
  echo "Evaluating on $DATA (split $SPLIT) in the PostgreSQL database $EVAL_DB ..." >&2
else
  unset RECOMENGINE_DB_URL
  echo "Evaluating on $DATA (split $SPLIT) in an embedded PostgreSQL under $WORK ..." >&2
fi
exec "$JAVA_HOME/bin/java" -XX:+UseZGC -Xmx3g -jar target/recomengine.jar \
  --server.port=0 --recomengine.platform.data-dir="$WORK" --recomengine.platform.db.embedded-port=15499 \
  --recomengine.demo.enabled=false \
  --recomengine.apikeys.max-reads-per-minute=1000000 --recomengine.apikeys.max-writes-per-minute=1000000 \
  --recomengine.recommendations.first-build-delay=1d \
  --recomengine.evaluation.run=true \
  --recomengine.evaluation.data-file="$DATA" \
  --recomengine.evaluation.split="$SPLIT" \
  --logging.level.root=WARN --logging.level.com.recomengine=WARN
