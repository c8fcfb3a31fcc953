#!/usr/bin/env bash
# Configures and builds ThreeRings into build/<name> (default: build/release). Reuses ccache and
# the existing build folder, so a second run rebuilds only what changed.
#   scripts/build.sh [NAME] [extra cmake -D options…]
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:-release}
shift || true
dir=build/$name
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
# Worktrees and clones of the same sources share cached objects.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
jobs=$(nproc)
if [[ ! -f "$dir/build.ninja" ]]; then
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >"$dir.configure.log" 2>&1 ||
    { cat "$dir.configure.log"; exit 1; }
else
  cmake "$dir" "$@" >/dev/null
fi
cmake --build "$dir" -j"$jobs"
