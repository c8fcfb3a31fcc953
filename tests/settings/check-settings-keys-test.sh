#!/usr/bin/env bash
# scripts/check-settings-keys.sh passes on the tree and fails on a key spelled outside the table, on a key
# built from its first part, and on a handle missing from Setting::table, each planted in a copy.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
check=$src/scripts/check-settings-keys.sh
"$check" "$src" >/dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
plant() { # NAME FILE LINE [TABLE-LINE]: a copy of the table and one file holding LINE must fail, naming FILE
  local tree=$tmp/$1
  mkdir -p "$tree/core/settings" "$tree/ui" "$tree/app" "$(dirname "$tree/$2")"
  cp "$src/core/settings/Settings.h" "$tree/core/settings/Settings.h"
  [[ -z ${4:-} ]] || printf '%s\n' "$4" >>"$tree/core/settings/Settings.h"
  printf '%s\n' "$3" >>"$tree/$2"
  if out=$("$check" "$tree" 2>&1); then
    echo "FAIL: $1 was not caught"
    exit 1
  fi
  grep -q "$2" <<<"$out" || { echo "FAIL: $1: the message does not name $2: $out"; exit 1; }
  echo "caught $1: $(head -1 <<<"$out")"
}
plant key-in-core core/auth/AuthService.cpp 'const auto k = QStringLiteral("auth.lockout_minutes");'
plant key-in-ui ui/admin/Dialog.cpp 'settings.value(QLatin1String("callback.retry_hours"));'
plant built-key core/sip/SipConfig.cpp 'return QStringLiteral("sip.") + QLatin1String(name);'
plant family-prefix app/Gui.cpp 'const QString p = QStringLiteral("callback.share.");'
plant missing-handle core/settings/Settings.h '// a row nobody listed' \
  'inline constexpr SettingKey<int> Forgotten{{.key = "x.forgotten", .type = SettingType::Int}};'
echo "check-settings-keys: every planted spelling was caught"
