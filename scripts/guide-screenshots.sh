#!/usr/bin/env bash
# Takes every screenshot the guides show, from the real console, into docs/guide/img/: one per line of
# docs/guide/views.txt (NAME VIEW[:ARG] LANG USER OPTIONS…), each through scripts/screenshot.sh under its
# own Xvfb, signed in as USER of a fresh demo database, with THREERINGS_OPEN=VIEW. Run it after a change
# to a documented view; tests/ui/GuideViewsTest.cpp fails when a view of the manifest no longer opens or a
# guide shows an image the manifest does not take.
#
#   scripts/guide-screenshots.sh [--binary PATH] [--only NAME-PATTERN]
#
# Needs what scripts/screenshot.sh needs (Xvfb, xwininfo, ImageMagick's import).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
binary="$here/build/dev/app/threerings"
[[ -x "$binary" ]] || binary="$here/build/ci/app/threerings"
only=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --binary) binary="$2"; shift 2 ;;
        --only) only="$2"; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "guide-screenshots.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[[ -x "$binary" ]] || { echo "guide-screenshots.sh: build first (no $binary)" >&2; exit 2; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
db="$tmp/guide.sqlite"
"$binary" --db "$db" demo-data --customers 300 --calls 400 --seed 8 --password demo8000 >/dev/null

out="$here/docs/guide/img"
mkdir -p "$out"
count=0
while read -r name view lang user options; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    [[ -n "$only" && "$name" != $only ]] && continue
    # Each shot starts from the same database, so one shot's call does not show in the next.
    cp "$db" "$tmp/shot.sqlite"
    # shellcheck disable=SC2086 # the options are words
    THREERINGS_USER="$user" THREERINGS_PASSWORD=demo8000 THREERINGS_OPEN="$view" \
        "$here/scripts/screenshot.sh" --binary "$binary" --db "$tmp/shot.sqlite" --lang "$lang" \
        --out "$out" $options "$name" >/dev/null
    rm -f "$tmp"/shot.sqlite*
    count=$((count + 1))
    echo "$name"
done <"$here/docs/guide/views.txt"
echo "$count screenshot(s) in $out"
