#!/usr/bin/env bash
# Makes sure the PostgreSQL and Redis that `make test` uses are up: starts them when installed but stopped,
# names what is missing otherwise, and recreates the test database so every run starts from the migrations.
set -euo pipefail
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
REDIS_PORT=${REDIS_PORT:-6379}
TEST_DB=${RECOMENGINE_TEST_DB:-recomengine_test}

pg_up() { pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; }
redis_up() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

if ! command -v psql >/dev/null || ! command -v pg_isready >/dev/null; then
  echo "PostgreSQL client tools are missing: apt-get install -y postgresql postgresql-client" >&2; exit 1
fi
if ! pg_up; then
  if command -v pg_ctlcluster >/dev/null && ls /etc/postgresql >/dev/null 2>&1; then
    echo "Starting PostgreSQL ..."
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  fi
  pg_up || { echo "PostgreSQL is not running on $PGHOST:$PGPORT and could not be started: apt-get install -y postgresql (or point PGHOST/PGPORT at one)" >&2; exit 1; }
fi
if ! redis_up; then
  if command -v redis-server >/dev/null; then
    echo "Starting Redis ..."
    mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
    for _ in $(seq 1 20); do redis_up && break; sleep 0.5; done
  fi
  redis_up || { echo "Redis is not running on 127.0.0.1:$REDIS_PORT and could not be started: apt-get install -y redis-server" >&2; exit 1; }
fi
psql -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $TEST_DB WITH (FORCE)" -c "CREATE DATABASE $TEST_DB" >/dev/null
# The application role (row-level security applies to it) and the maintenance role; the app would create them on
# its first start too (README "Database roles and row-level security"). Roles are shared by the cluster's databases.
psql -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
DO $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('recomengine roles', 0));
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'recomengine_app') THEN
        CREATE ROLE recomengine_app LOGIN NOINHERIT;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'recomengine_maintenance') THEN
        CREATE ROLE recomengine_maintenance NOLOGIN;
    END IF;
    IF NOT pg_has_role('recomengine_app', 'recomengine_maintenance', 'MEMBER') THEN
        GRANT recomengine_maintenance TO recomengine_app;
    END IF;
END
$$;
SQL
echo "PostgreSQL ($PGHOST:$PGPORT/$TEST_DB) and Redis (127.0.0.1:$REDIS_PORT) are ready."
