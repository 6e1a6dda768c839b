#!/usr/bin/env bash
# Shared helpers for the benchmark scripts: wrk runs that print one markdown row each.

# bench_row "<name>" <connections> <seconds> <url> [method] [body]   (BENCH_KEY in the environment adds X-API-Key)
bench_row() {
  local name=$1 connections=$2 seconds=$3 url=$4 method=${5:-GET} body=${6:-}
  local threads=2 out
  out=$(BENCH_METHOD=$method BENCH_BODY=$body wrk -t$threads -c"$connections" -d"${seconds}s" --timeout 5s \
        -s "$(dirname "${BASH_SOURCE[0]}")/report.lua" "$url" | grep '^RESULT')
  read -r _ requests failed p50 p95 p99 rps <<<"$out"
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$connections" "$p50" "$p95" "$p99" "$rps" "$failed"
  LAST_RPS=$rps
}

# settle [database]: waits (at most 120 s) until the machine is quiet, so that a row measures its own path and not
# the aftermath of the row before (a write-heavy row leaves PostgreSQL checkpointing and background jobs running):
# a CHECKPOINT of the database when given, then until two seconds pass with the CPUs less than 15 % busy.
settle() {
  [ -n "${1:-}" ] && psql -X -q -h 127.0.0.1 -U postgres -d "$1" -c CHECKPOINT >/dev/null 2>&1
  local busy total b0 t0 b1 t1 waited=0
  read -r b0 t0 < <(awk '/^cpu /{print $2+$3+$4+$6+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat)
  while [ "$waited" -lt 120 ]; do
    sleep 2; waited=$((waited + 2))
    read -r b1 t1 < <(awk '/^cpu /{print $2+$3+$4+$6+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat)
    busy=$((b1 - b0)); total=$((t1 - t0)); b0=$b1; t0=$t1
    [ "$total" -gt 0 ] && [ $((busy * 100 / total)) -lt 15 ] && return 0
  done
  echo "(the machine did not become quiet within 120 s; the next row runs anyway)" >&2
}

bench_header() {
  echo "| endpoint | conns | p50 ms | p95 ms | p99 ms | req/s | failed |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
}

json_field() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const v=JSON.parse(s)$1;console.log(v)})"; }
