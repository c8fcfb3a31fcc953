#!/usr/bin/env bash
# scripts/check-layers.sh passes on the tree and fails on each kind of upward include planted in a copy.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
check=$src/scripts/check-layers.sh
"$check" "$src" >/dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
plant() { # NAME FILE INCLUDE: a tree with one file holding one include must fail, naming that file
  local tree=$tmp/$1
  mkdir -p "$tree/core/db" "$tree/core/forms" "$tree/core/calls" "$tree/ui/forms" "$tree/app"
  printf '#pragma once\n' >"$tree/core/forms/ProblemForm.h"
  printf '#pragma once\n' >"$tree/core/calls/CallSession.h"
  printf '#pragma once\n' >"$tree/ui/forms/FormDesk.h"
  printf '#pragma once\n' >"$tree/app/Gui.h"
  printf '#pragma once\n' >"$tree/core/db/Database.h"
  mkdir -p "$(dirname "$tree/$2")"
  printf '#include "%s"\n' "$3" >>"$tree/$2"
  if out=$("$check" "$tree" 2>&1); then
    echo "FAIL: $1 was not caught: $2 includes $3"
    exit 1
  fi
  grep -q "$2:" <<<"$out" || { echo "FAIL: $1: the message does not name $2: $out"; exit 1; }
  echo "caught $1: $(head -1 <<<"$out")"
}
plant db-to-feature core/db/Database.h core/forms/ProblemForm.h
plant feature-up core/forms/ProblemForm.h core/calls/CallSession.h
plant core-to-ui core/calls/CallSession.h ui/forms/FormDesk.h
plant core-to-app core/db/Database.h app/Gui.h
plant ui-to-app ui/forms/FormDesk.h app/Gui.h
plant unnamed-layer core/calls/CallSession.h ProblemForm.h
plant ui-to-repository ui/training/TrainerConsole.cpp core/training/TrainingRepository.h
plant app-to-queries app/cli/Words.cpp core/words/PhraseQueries.h
plant ui-to-repository ui/forms/FormDesk.h core/forms/ProblemFormRepository.h
plant app-to-queries app/Gui.h core/calls/MyDayQueries.h
echo "check-layers: every planted upward include was caught"

# SQL only in repositories, queries, core/db and core/sync.
"$src/scripts/check-sql.sh" "$src" >/dev/null
sqltree=$tmp/sql
mkdir -p "$sqltree/core/forms" "$sqltree/ui/forms" "$sqltree/app"
printf 'auto q = QStringLiteral("SELECT id FROM calls");\n' >"$sqltree/core/forms/ProblemFormRepository.cpp"
"$src/scripts/check-sql.sh" "$sqltree" >/dev/null
printf 'QSqlQuery q(db);\n' >"$sqltree/ui/forms/FormDesk.cpp"
if "$src/scripts/check-sql.sh" "$sqltree" >/dev/null 2>&1; then
  echo "FAIL: SQL planted in a view was not caught"
  exit 1
fi
rm "$sqltree/ui/forms/FormDesk.cpp"
printf 'const char* sql = "DELETE FROM calls WHERE 1";\n' >"$sqltree/core/forms/MyWork.cpp"
if "$src/scripts/check-sql.sh" "$sqltree" >/dev/null 2>&1; then
  echo "FAIL: SQL planted in a workflow was not caught"
  exit 1
fi
echo "check-sql: SQL planted in a view and in a workflow was caught"
