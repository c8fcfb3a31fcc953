#!/usr/bin/env bash
# Installs what is missing, builds, and starts the console.
#   scripts/run.sh               a demo database in your data folder, with a simulated phone line
#   scripts/run.sh --db FILE     your own database (created when missing), no simulated calls
#   extra arguments go to the console (for example --lang zh_CN)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mkdir -p build
# As the package is built: no tests, no test hooks (the demo's pretend callers come from --simulate).
scripts/build.sh release -DTHREERINGS_BUILD_TESTS=OFF -DTHREERINGS_WITH_AUTOMATION=OFF >build/release-build.log 2>&1 ||
  { tail -50 build/release-build.log; echo "The build failed; the log is in build/release-build.log" >&2; exit 1; }
bin=build/release/app/threerings

db=
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) db=$2; shift 2 ;;
    --db=*) db=${1#--db=}; shift ;;
    *) args+=("$1"); shift ;;
  esac
done

if [[ -z "$db" ]]; then
  data=${XDG_DATA_HOME:-$HOME/.local/share}/ThreeRings/threerings
  mkdir -p "$data"
  db=$data/demo.sqlite
  if [[ ! -f "$db" ]]; then
    echo "Creating the demo database $db …"
    "$bin" --db "$db" demo-data --customers 20000 --calls 60000 --seed 800 --password demo8000
  fi
  args+=(--simulate)
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "No display was found; starting the console under Xvfb (set DISPLAY to see it on your screen)."
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$bin" --db "$db" "${args[@]}"
fi
exec "$bin" --db "$db" "${args[@]}"
