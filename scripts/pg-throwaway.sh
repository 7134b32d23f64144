#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests and CI (fsync off: never for real data).
#
#   eval "$(scripts/pg-throwaway.sh start [dbname])"   # exports DATABASE_URL and PG_THROWAWAY_DIR
#   npm run test:integration
#   scripts/pg-throwaway.sh stop "$PG_THROWAWAY_DIR"
#
# PostgreSQL refuses to run as root, so as root the cluster runs as the
# `postgres` user. The app role `wegwijs` (password `wegwijs`) owns the database
# and has CREATEDB (integration tests copy a template database per test file).
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start() {
  local dbname="${1:-wegwijs_test}"
  [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL niet gevonden in $PG_BIN (apt-get install postgresql-15, of zet PG_BIN)" >&2; exit 1; }
  local dir port
  dir="$(mktemp -d "${TMPDIR:-/tmp}/wegwijs-pg.XXXXXX")"
  chmod 755 "$dir"
  mkdir -p "$dir/sock"
  [ "$(id -u)" = 0 ] && chown -R postgres: "$dir"
  port="$(free_port)"
  # On any failure below: show the log, stop what was started, remove the directory.
  fail() { cat "$dir"/*.log >&2 2>/dev/null || true; stop "$dir"; exit 1; }
  as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 -N >"$dir/initdb.log" 2>&1 || fail
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c autovacuum=off" \
    >/dev/null || fail
  as_pg "$PG_BIN/psql" -h "$dir/sock" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE wegwijs LOGIN CREATEDB PASSWORD 'wegwijs'" \
    -c "CREATE DATABASE \"$dbname\" OWNER wegwijs" >&2 || fail
  echo "export PG_THROWAWAY_DIR='$dir'"
  echo "export DATABASE_URL='postgresql://wegwijs:wegwijs@127.0.0.1:$port/$dbname'"
  echo "PostgreSQL draait op 127.0.0.1:$port (map $dir); stop: scripts/pg-throwaway.sh stop $dir" >&2
}

stop() {
  local dir="${1:-${PG_THROWAWAY_DIR:-}}"
  case "$dir" in */wegwijs-pg.*) ;; *) echo "Geen throwaway-cluster: '${dir}'" >&2; return 0 ;; esac
  [ -d "$dir" ] || return 0
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "gebruik: $0 start [dbname] | stop [dir]" >&2; exit 2 ;;
esac
