#!/usr/bin/env bash
# Fails when SQL is written outside the places that own it: the *Repository and *Queries classes of a
# feature, core/db (Database, migrations, RecordWriter …) and core/sync (the replication engine).
# `scripts/check-sql.sh [ROOT]` checks the tree at ROOT (default: this checkout).
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root"

# SQL in a string literal, or the QtSql/SQLite calls that run it.
pattern='"[[:space:]]*(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE (TABLE|INDEX|TRIGGER|VIEW)|ALTER TABLE|DROP (TABLE|INDEX)|PRAGMA|WITH RECURSIVE|BEGIN IMMEDIATE|SAVEPOINT)[[:space:]]|QSqlQuery|sqlite3_(prepare|exec|step)'
mapfile -t hits < <(grep -rlE "$pattern" core ui app --include='*.h' --include='*.cpp' |
  grep -vE '(Repository|Queries)\.(h|cpp)$|^core/db/|^core/sync/' || true)
if ((${#hits[@]} > 0)); then
  for f in "${hits[@]}"; do
    echo "check-sql: $f writes SQL; move it into a *Repository or *Queries class of its feature" >&2
    grep -nE "$pattern" "$f" | head -3 >&2
  done
  exit 1
fi
echo "check-sql: SQL only in repositories, queries, core/db and core/sync"
