#!/usr/bin/env bash
# Builds the Debian package from a build folder, checks what it declares and holds, installs it and
# runs the installed console: `threerings --version`, a headless subcommand and a start of the window
# (offscreen) from the installed path.
#
#   scripts/test-package.sh [BUILD_DIR] [--install]
#
#   BUILD_DIR  a configured build folder (default build/ci)
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
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) build="$a" ;;
    esac
done
[[ -f "$build/CPackConfig.cmake" ]] || { echo "test-package: $build is not a configured build folder" >&2; exit 2; }
fail() { echo "test-package: FAIL: $*" >&2; exit 1; }

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
for lib in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libqt6multimedia6 libsqlite3-0 libsodium23 libphonenumber libicu; do
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
# The window starts, signs in (the first admin from the environment), paints, and quits.
ready=$(cd "$tmp" && HOME="$tmp" XDG_RUNTIME_DIR="$tmp" QT_QPA_PLATFORM=offscreen THREERINGS_NO_SOUND=1 \
    THREERINGS_USER=9001 THREERINGS_PASSWORD=package-test THREERINGS_EXIT_WHEN_READY=1 \
    timeout 60 "$bin" --db "$tmp/site.sqlite") || fail "the console did not start from $bin"
grep -q '^ready' <<<"$ready" || fail "the console did not report ready: $ready"
echo "the console started: $ready"
echo "package OK: $deb"
