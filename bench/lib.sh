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

bench_header() {
  echo "| endpoint | conns | p50 ms | p95 ms | p99 ms | req/s | failed |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
}

json_field() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const v=JSON.parse(s)$1;console.log(v)})"; }
