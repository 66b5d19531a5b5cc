#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL server on loopback, exporting TEST_DATABASE_URL
# (and DATABASE_URL) for it. Uses TEST_DATABASE_URL as it is when already set.
# Usage: scripts/with-postgres.sh <command> [args…]
set -euo pipefail

if [ -n "${TEST_DATABASE_URL:-}" ]; then exec "$@"; fi

bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -1)")
if [ ! -x "$bin/pg_ctl" ]; then
  echo "PostgreSQL not found: run scripts/ensure-system-deps.sh (apt-get install postgresql)" >&2
  exit 1
fi

port=${PG_TEST_PORT:-$(( 55000 + RANDOM % 5000 ))}
dir=$(mktemp -d /tmp/simpul-pg-XXXXXX)
chmod 755 "$dir"
as_pg=()
# initdb refuses to run as root; use the postgres system account then.
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home "$dir" postgres
  chown postgres "$dir"
  as_pg=(runuser -u postgres --)
fi

"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null

cleanup() {
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
export DATABASE_URL="$TEST_DATABASE_URL"
"$@"
