#!/usr/bin/env bash
# Builds the Debian package, checks what it declares and holds, installs it and runs the installed
# console: `threerings --version`, headless subcommands, and a start of the window (offscreen) from the
# installed path with every test hook of the test build set, to prove the package ignores them.
#
#   scripts/test-package.sh [BUILD_DIR] [--install]
#
#   BUILD_DIR  a configured build folder (default build/ci). The package never has the console's test
#              hooks: when BUILD_DIR was configured with THREERINGS_WITH_AUTOMATION=ON (the test build of
#              scripts/test.sh), the package comes from BUILD_DIR-package, configured like it (build type,
#              SIP, warnings) with the hooks and the tests off; only app/ compiles differently, core and ui
#              come from ccache. BUILD_DIR's own console then serves as the control: it obeys the hooks.
#   --install  install with dpkg -i (root; the CI machine is thrown away), run /usr/bin/threerings, then
#              dpkg -r it again unless it was installed before. Without it the package is unpacked with
#              dpkg -x into a temporary root and run from there, which leaves the machine untouched.
#
# Either way `apt-get -s install ./the.deb` against an empty package database checks that the package
# installs on a clean machine of this Debian release: every dependency resolves from the archive (when
# apt has package lists).
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/ci
install=0
for a in "$@"; do
    case "$a" in
        --install) install=1 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) build="${a%/}" ;;
    esac
done
[[ -f "$build/CPackConfig.cmake" ]] || { echo "test-package: $build is not a configured build folder" >&2; exit 2; }
fail() { echo "test-package: FAIL: $*" >&2; exit 1; }
command -v sqlite3 >/dev/null || fail "sqlite3 is needed to read the console's database (scripts/setup.sh --test installs it)"
cached() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"; }

control=
if [[ "$(cached THREERINGS_WITH_AUTOMATION)" == ON ]]; then
    echo "== cpack refuses $build: it has the test hooks"
    cmake --build "$build" --target threerings
    if (cd "$build" && cpack -G DEB >cpack-refused.log 2>&1); then
        fail "cpack packaged $build, a build with the test hooks (THREERINGS_WITH_AUTOMATION=ON)"
    fi
    grep -q 'THREERINGS_WITH_AUTOMATION' "$build/cpack-refused.log" || { cat "$build/cpack-refused.log" >&2; fail "cpack failed on $build, but not for its test hooks"; }
    rm -f "$build"/threerings_*.deb
    control=$(realpath "$build/app/threerings")
    name="$(basename "$build")-package"
    echo "== build/$name: $build without the test hooks and the tests"
    started=$SECONDS
    scripts/build.sh "$name" -DCMAKE_BUILD_TYPE="$(cached CMAKE_BUILD_TYPE)" \
        -DTHREERINGS_WERROR="$(cached THREERINGS_WERROR)" -DTHREERINGS_WITH_SIP="$(cached THREERINGS_WITH_SIP)" \
        -DTHREERINGS_ASAN="$(cached THREERINGS_ASAN)" -DTHREERINGS_WITH_UI=ON \
        -DTHREERINGS_WITH_AUTOMATION=OFF -DTHREERINGS_BUILD_TESTS=OFF >"build/$name.log" 2>&1 ||
        { tail -40 "build/$name.log" >&2; fail "the package build build/$name failed"; }
    echo "built in $((SECONDS - started)) s"
    build="build/$name"
fi
[[ "$(cached THREERINGS_WITH_AUTOMATION)" != ON ]] || fail "$build has the test hooks"

echo "== package"
cmake --build "$build" --target threerings
rm -f "$build"/threerings_*.deb
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log" >&2; fail "cpack did not build the package"; }
deb=$(ls "$build"/threerings_*.deb)
echo "$deb"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")/\1/p' "$build/CPackConfig.cmake")

echo "== what it declares"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libqt6sql6-psql libqt6multimedia6 libsqlite3-0 libsodium23 libphonenumber libicu; do
    grep -q "$lib" <<<"$depends" || fail "the package does not depend on $lib"
done
[[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] || fail "package version is not $version"

echo "== what it holds"
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/threerings \
         ./usr/share/applications/org.threerings.ThreeRings.desktop \
         ./usr/share/metainfo/org.threerings.ThreeRings.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.threerings.ThreeRings.svg \
         ./usr/share/icons/hicolor/48x48/apps/org.threerings.ThreeRings.png \
         ./usr/share/icons/hicolor/256x256/apps/org.threerings.ThreeRings.png \
         ./usr/share/doc/threerings/guide/agent.en.md \
         ./usr/share/doc/threerings/guide/agent.zh_CN.md; do
    grep -q " $f\$" <<<"$contents" || fail "the package has no $f"
done

tmp=$(mktemp -d)
installed_before=0
cleanup() {
    if [[ $install -eq 1 && $installed_before -eq 0 ]] && dpkg -s threerings >/dev/null 2>&1; then
        dpkg -r threerings >/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
dpkg-deb -x "$deb" "$tmp/root"
desktop="$tmp/root/usr/share/applications/org.threerings.ThreeRings.desktop"
grep -q '^Exec=threerings' "$desktop" || fail "the .desktop entry does not start threerings"
grep -q '^Icon=org.threerings.ThreeRings$' "$desktop" || fail "the .desktop entry names another icon"
metainfo="$tmp/root/usr/share/metainfo/org.threerings.ThreeRings.metainfo.xml"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$metainfo" >"$tmp/appstream.log" 2>&1 || { cat "$tmp/appstream.log" >&2; fail "AppStream metadata is not valid"; }
else
    xmllint --noout "$metainfo" || fail "AppStream metadata is not well-formed XML"
fi
grep -q "<release version=\"$version\"" "$metainfo" || fail "the AppStream release is not $version"

if [[ -n "$(ls /var/lib/apt/lists/*_Packages* 2>/dev/null | head -1)" ]]; then
    # As on a clean machine: apt plans the install against an empty package database, so every
    # dependency (and theirs) must come from the release's archive.
    echo "== installs on a clean Debian $(cat /etc/debian_version 2>/dev/null) (apt-get -s, empty dpkg status)"
    : >"$tmp/empty-status"
    apt-get -s -o Dir::State::status="$tmp/empty-status" -o Debug::NoLocking=1 install "$(realpath "$deb")" \
        >"$tmp/apt.log" 2>&1 || { tail -20 "$tmp/apt.log" >&2; fail "apt cannot install the package on a clean system"; }
    grep -q '^Inst threerings ' "$tmp/apt.log" || fail "apt's plan does not install threerings"
    echo "$(grep -c '^Inst ' "$tmp/apt.log") packages would be installed, threerings among them"
fi

if [[ $install -eq 1 ]]; then
    echo "== dpkg -i"
    dpkg -s threerings >/dev/null 2>&1 && installed_before=1
    dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log" >&2; fail "dpkg -i failed"; }
    bin=/usr/bin/threerings
else
    echo "== dpkg -x (run from the unpacked root; pass --install to install)"
    bin="$tmp/root/usr/bin/threerings"
fi

echo "== run $bin"
out=$("$bin" --version) || fail "$bin --version failed"
echo "$out"
[[ "$out" == "threerings $version" ]] || fail "--version printed '$out', not 'threerings $version'"
"$bin" --db "$tmp/site.sqlite" init >/dev/null || fail "$bin init failed (the SQLite driver?)"
# The documented variable of the command line still works: THREERINGS_PASSWORD signs --user in.
echo 'package-pass-1' | "$bin" --db "$tmp/site.sqlite" user add --job-number 9001 --name Admin --role admin >/dev/null ||
    fail "$bin user add failed"
listed=$(THREERINGS_PASSWORD=package-pass-1 "$bin" --db "$tmp/site.sqlite" --user 9001 user list) ||
    fail "THREERINGS_PASSWORD did not sign in with $bin"
grep -q '^9001' <<<"$listed" || fail "user list did not list 9001: $listed"

echo "== the THREERINGS_* names in $bin"
# Text of 8-bit and of 16-bit characters (QStringLiteral, the translations). Read at an odd offset, a
# 16-bit text loses its last letter: a piece of a documented name is counted as that name.
names() { { strings -a "$1"; strings -a -e l "$1"; strings -a -e b "$1"; } | grep -o 'THREERINGS_[A-Z0-9_]*' | sort -u; }
documented=(THREERINGS_PASSWORD THREERINGS_SERVER_PASSWORD THREERINGS_SERVER_NEW_PASSWORD THREERINGS_SIP_PASSWORD)
found=$(names "$bin" | tr '\n' ' ')
echo "${found:-none}"
for n in $found; do
    ok=0
    for d in "${documented[@]}"; do
        [[ "$d" == "$n" || ( "$d" == "$n"? && " $found " == *" $d "* ) ]] && ok=1
    done
    [[ $ok -eq 1 ]] || fail "$bin names $n, which is no documented variable (docs/cli.md, Environment)"
done
if [[ -n "$control" ]]; then
    echo "(the test build's console names $(names "$control" | wc -l), THREERINGS_OPEN among them)"
    names "$control" | grep -qx THREERINGS_OPEN || fail "the check cannot see the hooks' names: none in $control"
fi

echo "== the test hooks are ignored"
# Every hook of the test build at once: sign in as (and on an empty database create) 9001, open the site
# configuration dialog and type into a form, apply a site file, put pretend callers on the line and answer
# them, and quit as soon as the window has painted.
cat >"$tmp/hooked-site.json" <<'SITE'
{"format": "threerings-site", "version": 1, "exportedAt": "2026-11-25T01:00:00Z",
 "hotline": {"number": "800-555-0199", "unitName": "Hooked"}}
SITE
hooks=(HOME="$tmp" XDG_RUNTIME_DIR="$tmp" QT_QPA_PLATFORM=offscreen
    THREERINGS_USER=9001 THREERINGS_PASSWORD=package-test THREERINGS_NAME=Hooked THREERINGS_EXIT_WHEN_READY=1
    THREERINGS_OPEN=site-config THREERINGS_TEST_TYPE=description=typed THREERINGS_SITE_CONFIG="$tmp/hooked-site.json"
    THREERINGS_SIMULATE=1 THREERINGS_AUTO_ANSWER=1 THREERINGS_FIRST_CALL_MS=100 THREERINGS_NO_SOUND=1
    THREERINGS_GUIDE_DIR="$tmp")
# Runs a console on a new database for at most $3 seconds; prints timeout's exit code (124: still running).
console() {
    local rc=0
    (cd "$tmp" && env "${hooks[@]}" timeout "$3" "$1" --db "$2" >"$2.out" 2>"$2.err") || rc=$?
    echo "$rc"
}
sql() { sqlite3 "$1" "$2"; }
number() { sql "$1" "SELECT value FROM settings WHERE key = 'hotline.number'"; }
accounts() { sql "$1" "SELECT count(*) FROM accounts"; }
if [[ -n "$control" ]]; then
    # The control: the test build obeys them, so each check below can tell.
    rc=$(console "$control" "$tmp/control.sqlite" 60)
    [[ "$rc" == 0 ]] && grep -q '^ready' "$tmp/control.sqlite.out" ||
        { cat "$tmp/control.sqlite.err" >&2; fail "the control (the test build, $control) did not quit when ready: exit $rc"; }
    [[ "$(accounts "$tmp/control.sqlite")" == 1 ]] || fail "the control did not create the admin from THREERINGS_USER"
    [[ "$(number "$tmp/control.sqlite")" == 800-555-0199 ]] || fail "the control did not apply THREERINGS_SITE_CONFIG"
    echo "the test build: quit when ready, created 9001, applied the site file"
fi
rc=$(console "$bin" "$tmp/console.sqlite" 10)
[[ "$rc" == 124 ]] || { cat "$tmp/console.sqlite.err" >&2; fail "$bin did not keep running (exit $rc): it took THREERINGS_EXIT_WHEN_READY, or failed"; }
! grep -q 'ready' "$tmp/console.sqlite.out" || fail "$bin printed ready: it took THREERINGS_EXIT_WHEN_READY"
# It created and migrated the database it was given (so the window was on its way), waiting for an admin.
[[ "$(sql "$tmp/console.sqlite" 'PRAGMA user_version')" -gt 0 ]] || fail "$bin did not create its database"
[[ "$(accounts "$tmp/console.sqlite")" == 0 ]] || fail "$bin created an account from THREERINGS_USER"
[[ "$(number "$tmp/console.sqlite")" != 800-555-0199 ]] || fail "$bin applied the site file of THREERINGS_SITE_CONFIG"
[[ -z "$(sql "$tmp/console.sqlite" "SELECT value FROM settings WHERE key = 'site.applied_exported_at'")" ]] ||
    fail "$bin recorded a site file as applied"
[[ "$(sql "$tmp/console.sqlite" 'SELECT count(*) FROM calls')" == 0 ]] || fail "$bin took calls from THREERINGS_SIMULATE"
echo "the package: still running after 10 s, no account made, hotline number $(number "$tmp/console.sqlite"), no site file applied, no call"
echo "package OK: $deb"
