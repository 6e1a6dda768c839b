#!/usr/bin/env bash
# A throwaway three-master Redis Cluster from the machine's redis-server, for the cluster tests:
#   scripts/redis-cluster.sh start   starts it (ports REDIS_CLUSTER_PORTS, default 7101 7102 7103) and waits for ok
#   scripts/redis-cluster.sh stop    stops it and removes its files
# Nothing is saved to disk; its files live under ${REDIS_CLUSTER_DIR:-target/redis-cluster}.
set -euo pipefail
PORTS=(${REDIS_CLUSTER_PORTS:-7101 7102 7103})
DIR=${REDIS_CLUSTER_DIR:-target/redis-cluster}

stop() {
  for port in "${PORTS[@]}"; do
    redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || true
  done
  rm -rf "$DIR"
}

start() {
  command -v redis-server >/dev/null || { echo "redis-server is missing: apt-get install -y redis-server" >&2; exit 1; }
  stop
  mkdir -p "$DIR"
  local nodes=()
  for port in "${PORTS[@]}"; do
    mkdir -p "$DIR/$port"
    redis-server --port "$port" --bind 127.0.0.1 --cluster-enabled yes \
      --cluster-config-file "$(realpath "$DIR/$port")/nodes.conf" --cluster-node-timeout 2000 \
      --save "" --appendonly no --dir "$(realpath "$DIR/$port")" --daemonize yes \
      --logfile "$(realpath "$DIR/$port")/redis.log"
    nodes+=("127.0.0.1:$port")
  done
  for port in "${PORTS[@]}"; do
    for _ in $(seq 1 40); do redis-cli -p "$port" ping 2>/dev/null | grep -q PONG && break; sleep 0.25; done
  done
  redis-cli --cluster create "${nodes[@]}" --cluster-replicas 0 --cluster-yes >/dev/null
  for _ in $(seq 1 80); do
    redis-cli -p "${PORTS[0]}" cluster info 2>/dev/null | grep -q 'cluster_state:ok' && break
    sleep 0.25
  done
  redis-cli -p "${PORTS[0]}" cluster info | grep -q 'cluster_state:ok' \
    || { echo "Redis Cluster on ${PORTS[*]} did not come up" >&2; stop; exit 1; }
  echo "Redis Cluster up: redis-cluster://$(IFS=,; echo "${nodes[*]}")"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
