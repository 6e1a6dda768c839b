#!/usr/bin/env bash
# make run: the jar in a session of its own, so that Ctrl-C in the terminal reaches this script alone and not the
# embedded PostgreSQL the app starts as its child (which would stop at once, under the app's feet). The script
# passes the stop on to the app as SIGTERM; the app then closes in order and stops its database last.
set -uo pipefail
setsid java -XX:+UseZGC "$@" -jar target/recomengine.jar &
app=$!
stopping=0
trap 'stopping=1; kill -TERM "$app" 2>/dev/null' INT TERM
status=0
while kill -0 "$app" 2>/dev/null; do
    wait "$app"
    status=$?
done
# Stopped on request: a clean stop, whatever the JVM's exit code for the signal (143).
if [[ $stopping == 1 ]]; then
    exit 0
fi
exit "$status"
