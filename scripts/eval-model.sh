#!/usr/bin/env bash
# Offline evaluation of the recommendation model core (no database, no Spring): compiles the model package with
# the JDK and runs com.recomengine.recommendations.model.eval.OfflineEvaluation, which prints one table.
#   scripts/eval-model.sh                                   # ../shared/data/online_retail.csv.gz, split 2011-11-01
#   DATA=path/to/log.csv.gz SPLIT=2011-11-01 scripts/eval-model.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(scripts/java-home.sh)"
DATA="${DATA:-../shared/data/online_retail.csv.gz}"
SPLIT="${SPLIT:-2011-11-01}"
if [ ! -f "$DATA" ]; then
  echo "no data file at $DATA (set DATA=...; the UCI Online Retail copy lives in ../shared/data/)" >&2
  exit 1
fi
JSPECIFY="$(ls "${HOME}"/.m2/repository/org/jspecify/jspecify/*/jspecify-*.jar 2>/dev/null | grep -v sources | tail -1 || true)"
if [ -z "$JSPECIFY" ]; then
  ./mvnw -q -B dependency:resolve >/dev/null
  JSPECIFY="$(ls "${HOME}"/.m2/repository/org/jspecify/jspecify/*/jspecify-*.jar | grep -v sources | tail -1)"
fi
# The package is marked a named interface of its module (Spring Modulith's annotation, nothing at run time).
MODULITH_API="$(ls "${HOME}"/.m2/repository/org/springframework/modulith/spring-modulith-api/*/spring-modulith-api-*.jar 2>/dev/null | grep -v sources | tail -1 || true)"
if [ -z "$MODULITH_API" ]; then
  ./mvnw -q -B dependency:resolve >/dev/null
  MODULITH_API="$(ls "${HOME}"/.m2/repository/org/springframework/modulith/spring-modulith-api/*/spring-modulith-api-*.jar | grep -v sources | tail -1)"
fi
OUT=target/eval-model-classes
rm -rf "$OUT" && mkdir -p "$OUT"
"$JAVA_HOME/bin/javac" -nowarn -encoding UTF-8 -cp "$JSPECIFY:$MODULITH_API" -d "$OUT" \
  $(find src/main/java/com/recomengine/recommendations/model -name '*.java')
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -Xmx2g -cp "$OUT" com.recomengine.recommendations.model.eval.OfflineEvaluation \
  --data "$DATA" --split "$SPLIT" "$@"
