#!/usr/bin/env bash
# Fails when a user-facing string of core/, ui/ or app/ has no finished zh_CN translation.
# Runs lupdate on a copy of the .ts file, so the check sees strings added since the last update.
# To update the real file: cmake --build build/ci --target threerings_lupdate, then translate.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate6 || true)
[[ -n "$lupdate" ]] || lupdate=/usr/lib/qt6/bin/lupdate
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp resources/translations/threerings_zh_CN.ts "$tmp/check.ts"
"$lupdate" -silent -no-obsolete -locations none -I . core ui app -ts "$tmp/check.ts" >/dev/null 2>&1
unfinished=$(grep -c 'type="unfinished"' "$tmp/check.ts" || true)
if [[ "$unfinished" -gt 0 ]]; then
  echo "zh_CN: $unfinished string(s) without a finished translation:" >&2
  grep -B6 'type="unfinished"' "$tmp/check.ts" | grep -o '<source>.*</source>' | head -40 >&2
  exit 1
fi
echo "zh_CN: every string is translated"
