#!/usr/bin/env bash
# Installs (if missing) and starts Debian's PostgreSQL 15 with the role and database that the
# repository and integration tests use. Idempotent: safe to run again on a machine that has it all.
# Run as root. Tests create extra databases (one per e2e run), so the role gets CREATEDB.
set -euo pipefail

PG_VERSION=15
ROLE=inferplan
PASSWORD=inferplan
DATABASE=inferplan_test

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y postgresql
fi

# Debian's package creates the cluster when it installs; recreate it if it was dropped since.
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" {found = 1} END {exit !found}'; then
  pg_createcluster "$PG_VERSION" main
fi

# "start" fails on a running cluster, which is the state we want: check rather than fail.
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" && $4 == "online" {found = 1} END {exit !found}'; then
  pg_ctlcluster "$PG_VERSION" main start
fi

# Runs one SQL statement as the postgres superuser and prints the bare result. SQL goes in on
# stdin so that no quoting passes through su; cd / keeps psql from warning about root's cwd.
psql_admin() {
  (cd / && su postgres -c "psql -v ON_ERROR_STOP=1 -qtA" <<<"$1")
}

for _ in $(seq 1 30); do
  if psql_admin "select 1" >/dev/null 2>&1; then break; fi
  sleep 1
done

if [ "$(psql_admin "select 1 from pg_roles where rolname = '$ROLE'")" = "1" ]; then
  # An existing role is reset to what the tests expect.
  psql_admin "alter role $ROLE login createdb password '$PASSWORD'"
else
  psql_admin "create role $ROLE login createdb password '$PASSWORD'"
fi

if [ "$(psql_admin "select 1 from pg_database where datname = '$DATABASE'")" != "1" ]; then
  psql_admin "create database $DATABASE owner $ROLE"
fi

echo "PostgreSQL $PG_VERSION runs on localhost:5432 with role '$ROLE' and database '$DATABASE'"
