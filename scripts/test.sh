#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest, in this order:
#   1. the source format check (.clang-format), the layer order (scripts/check-layers.sh) and the zh_CN
#      translation check;
#   2. the full build (warnings are errors) and all its tests: unit, offscreen GUI, command line,
#      benchmarks' smoke run, replication against a throwaway PostgreSQL 15 cluster on 127.0.0.1
#      (label pg), and the SIP line against sipp on 127.0.0.1 (label sip_tests);
#   3. the Debian package, from a build of its own without the test hooks: cpack, dpkg -i, threerings from
#      /usr/bin (--version, a subcommand, the window, and the hooks' variables proven ignored), dpkg -r
#      (scripts/test-package.sh);
#   4. the unit tests again under AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
mkdir -p build

echo "== format"
scripts/check-format.sh
echo "== layers"
scripts/check-layers.sh
scripts/check-sql.sh
scripts/check-settings-keys.sh
echo "== translations"
scripts/check-translations.sh

echo "== build (warnings are errors)"
# With the console's test hooks (app/Automation): the cli tests drive the real window through them.
scripts/build.sh ci -DTHREERINGS_WERROR=ON -DTHREERINGS_WITH_SIP=ON -DTHREERINGS_WITH_AUTOMATION=ON
echo "== tests"
# A throwaway PostgreSQL 15 for the replication tests (label pg) and figures; stopped on exit.
if pg_env=$(scripts/pg-cluster.sh start); then
  eval "$pg_env"
  trap 'scripts/pg-cluster.sh stop "$THREERINGS_TEST_PG_DIR"' EXIT
else
  echo "(no PostgreSQL cluster: the pg tests will be reported as skipped)"
fi
(cd build/ci && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 600)

echo "== the Debian package: build (without the test hooks), install, run threerings from the installed path"
scripts/test-package.sh build/ci --install

echo "== sanitizer build of the unit tests (ASan+UBSan)"
scripts/build.sh asan -DCMAKE_BUILD_TYPE=Debug -DTHREERINGS_WERROR=ON -DTHREERINGS_ASAN=ON -DTHREERINGS_WITH_UI=OFF \
  -DTHREERINGS_WITH_AUTOMATION=ON
echo "== sanitizer tests"
(cd build/asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  LSAN_OPTIONS=suppressions=$PWD/../../tests/lsan.supp ctest --output-on-failure -j2 --timeout 900 -LE pg)
