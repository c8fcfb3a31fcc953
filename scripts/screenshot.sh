#!/usr/bin/env bash
# Takes a screenshot of the console under a private Xvfb server and saves it to docs/screenshots/.
#
#   scripts/screenshot.sh [--db FILE] [--ringing | --on-call [--answer-ring N]] [--lang zh_CN] [--wait SECONDS]
#                         [--binary PATH] [--screen] [--out DIR] NAME
#
#   --db FILE      the database to open (default: a new one in a temporary folder)
#   --ringing      put a simulated call on the line; the shot is taken during its second ring
#   --on-call      put a simulated call on the line and answer it (THREERINGS_AUTO_ANSWER): the on-call
#                  view with the script panel
#   --answer-ring N  answer at ring N (default 2; past 3 the script begins with the apology)
#   --lang L       the console's language (zh_CN or en)
#   --wait S       seconds to wait before the shot (default 3, or 9 with --ringing)
#   --binary PATH  the threerings executable (default build/app/threerings)
#   --screen       the whole 1366×768 screen instead of the main window (a form view over the console;
#                  THREERINGS_OPEN=my-work|callbacks|problem-form:NUMBER|supervisor:KIND opens one at start)
#   --out DIR      where the PNG goes (default docs/screenshots)
#   NAME           file name without .png, e.g. main-window-idle
#
# Signs in without a dialog through THREERINGS_USER and THREERINGS_PASSWORD (default 9001 /
# screenshot-pass; on a database without accounts that admin is created). For a demo database, pass
# one of the accounts demo-data printed, e.g. THREERINGS_USER=1001 THREERINGS_PASSWORD=… scripts/screenshot.sh …
#
# The hooks it uses (THREERINGS_USER, THREERINGS_OPEN, THREERINGS_AUTO_ANSWER …) are only in a build configured
# with -DTHREERINGS_WITH_AUTOMATION=ON, such as build/ci of scripts/test.sh; the package ignores them.
# Needs Xvfb, xwininfo (x11-utils) and ImageMagick's import; installs nothing.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
db=""
ringing=0
on_call=0
answer_ring=2
lang="en"
wait=""
binary="$here/build/app/threerings"
screen=0
out_dir="$here/docs/screenshots"
name=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --db) db="$2"; shift 2 ;;
        --ringing) ringing=1; shift ;;
        --on-call) on_call=1; shift ;;
        --answer-ring) answer_ring="$2"; shift 2 ;;
        --lang) lang="$2"; shift 2 ;;
        --wait) wait="$2"; shift 2 ;;
        --binary) binary="$2"; shift 2 ;;
        --screen) screen=1; shift ;;
        --out) out_dir="$2"; shift 2 ;;
        -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
        -*) echo "screenshot.sh: unknown option $1" >&2; exit 2 ;;
        *) name="$1"; shift ;;
    esac
done
[[ -n "$name" ]] || { echo "screenshot.sh: give the screenshot a name, e.g. main-window-idle" >&2; exit 2; }
[[ -x "$binary" ]] || { echo "screenshot.sh: $binary is missing; build first" >&2; exit 2; }
for tool in Xvfb xwininfo import; do
    command -v "$tool" >/dev/null || { echo "screenshot.sh: $tool is not installed" >&2; exit 2; }
done
if [[ -z "$wait" ]]; then
    # The simulated line rings 3 s after start; ring 2 begins 5 s later.
    if [[ $ringing -eq 1 ]]; then wait=9.5
    elif [[ $on_call -eq 1 ]]; then wait=$((5 * answer_ring + 1))
    else wait=3; fi
fi

tmp="$(mktemp -d)"
xvfb_pid=""
app_pid=""
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
[[ -n "$db" ]] || db="$tmp/threerings.sqlite"

# A free display number: Xvfb writes the one it took to the file descriptor given by -displayfd.
exec {fd}<> <(:)
Xvfb -displayfd "$fd" -screen 0 1366x768x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
read -r -t 10 -u "$fd" display || { echo "screenshot.sh: Xvfb did not start" >&2; cat "$tmp/xvfb.log" >&2; exit 1; }
export DISPLAY=":$display"

export QT_QPA_PLATFORM=xcb
export THREERINGS_NO_SOUND=1
export THREERINGS_USER="${THREERINGS_USER:-9001}"
export THREERINGS_PASSWORD="${THREERINGS_PASSWORD:-screenshot-pass}"
export XDG_RUNTIME_DIR="$tmp"
# With THREERINGS_LINE=sip the call comes from the SIP line (e.g. sipp), not from the simulated line.
if [[ ($ringing -eq 1 || $on_call -eq 1) && "${THREERINGS_LINE:-}" != sip ]]; then export THREERINGS_SIMULATE=1; else unset THREERINGS_SIMULATE; fi
if [[ $on_call -eq 1 ]]; then
    export THREERINGS_AUTO_ANSWER=1 THREERINGS_AUTO_ANSWER_RING="$answer_ring"
else
    unset THREERINGS_AUTO_ANSWER THREERINGS_AUTO_ANSWER_RING
fi
"$binary" --db "$db" --lang "$lang" >"$tmp/app.log" 2>&1 &
app_pid=$!
sleep "$wait"
kill -0 "$app_pid" 2>/dev/null || { echo "screenshot.sh: the console exited" >&2; cat "$tmp/app.log" >&2; exit 1; }

# The console's main window: the widest top-level window of the threerings class (the title is translated).
window="$(xwininfo -root -tree | awk '/\("threerings"/ { if (match($0, /[0-9]+x[0-9]+\+/)) { split(substr($0, RSTART, RLENGTH), wh, "x"); if (wh[1] + 0 > best) { best = wh[1] + 0; id = $1 } } } END { print id }')"
[[ -n "$window" ]] || { echo "screenshot.sh: no console window found" >&2; exit 1; }
[[ $screen -eq 1 ]] && window=root
mkdir -p "$out_dir"
out="$out_dir/$name.png"
import -window "$window" "$out"
echo "$out"
