#!/usr/bin/env bash
# Prints the home of a JDK 25 (JAVA_HOME if it is one, else the system JVM folder), or explains what is missing.
set -euo pipefail
is25() { [ -x "$1/bin/java" ] && "$1/bin/java" -version 2>&1 | grep -qE 'version "25'; }
if [ -n "${JAVA_HOME:-}" ] && is25 "$JAVA_HOME"; then echo "$JAVA_HOME"; exit 0; fi
for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/java-25* /usr/lib/jvm/jdk-25* /opt/java/openjdk; do
  if is25 "$candidate"; then echo "$candidate"; exit 0; fi
done
if command -v java >/dev/null && java -version 2>&1 | grep -qE 'version "25'; then
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"; exit 0
fi
echo "RecomEngine needs JDK 25. Install one (e.g. 'apt-get install temurin-25-jdk' from Adoptium's repository) or set JAVA_HOME." >&2
exit 1
