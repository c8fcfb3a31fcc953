#!/usr/bin/env bash
# Fails when a setting's key is spelled outside the table of settings. `scripts/check-settings-keys.sh [ROOT]`
# checks the tree at ROOT (default: this checkout).
#
# core/settings/Settings.h is the one place a key is written ("auth.lockout_minutes"); everybody else names
# the setting by its handle (Setting::LockoutMinutes). This script reads the keys from the table and fails on
# any of them, or on the first part of one with its dot ("sip." + name builds a key too), as a string
# literal in core/, ui/ or app/ outside core/settings/. It also fails when a handle of Settings.h is missing
# from Setting::table, which the site file and the defaults of a new database iterate.
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root"
table=core/settings/Settings.h
[[ -f $table ]] || { echo "check-settings-keys: $table is missing" >&2; exit 1; }

failures=0
fail() {
  echo "check-settings-keys: $1" >&2
  failures=$((failures + 1))
}

mapfile -t keys < <(grep -oE '\.key = "[^"]+"' "$table" | sed -E 's/^\.key = "(.*)"$/\1/' | sort -u)
((${#keys[@]} > 0)) || { echo "check-settings-keys: no keys found in $table" >&2; exit 1; }

patterns=$(mktemp)
trap 'rm -f "$patterns"' EXIT
for key in "${keys[@]}"; do
  printf '"%s"\n' "$key"
  printf '"%s."\n' "${key%%.*}"
done | sort -u >"$patterns"

while IFS= read -r hit; do
  file=${hit%%:*}
  rest=${hit#*:}
  line=${rest%%:*}
  literal=${rest#*:}
  fail "$file:$line spells the setting key $literal; name the setting by its handle (Setting::…) from $table"
done < <(grep -rnoF -f "$patterns" core ui app --include='*.h' --include='*.cpp' | grep -v '^core/settings/' | sort)

# Every handle is a row of Setting::table.
while IFS= read -r handle; do
  grep -qE "&${handle}\.entry," "$table" ||
    fail "$table: Setting::$handle is not in Setting::table; add &$handle.entry there"
done < <(grep -oE 'inline constexpr Setting(Key|Family)<.*> [A-Za-z0-9_]+\{' "$table" | sed -E 's/.*> ([A-Za-z0-9_]+)\{$/\1/')

if ((failures > 0)); then
  echo "check-settings-keys: $failures problem(s) with the table of settings" >&2
  exit 1
fi
echo "check-settings-keys: ${#keys[@]} keys, each spelled only in $table"
