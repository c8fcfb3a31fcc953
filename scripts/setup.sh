#!/usr/bin/env bash
# Installs what ThreeRings needs to build and run on Debian 12, from Debian's packages only.
# Idempotent and quiet: when everything is there it prints nothing and installs nothing.
#   scripts/setup.sh          what the console needs to build and run
#   scripts/setup.sh --test   also what the tests need (Xvfb, PostgreSQL, sipp, screenshot tools)
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-multimedia-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
  libqt6opengl6-dev libgl-dev
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  libsqlite3-dev libsodium-dev libicu-dev libphonenumber-dev catch2
  qt6-charts-dev qt6-pdf-dev qt6-speech-dev libxlsxwriter-dev libminizip-dev libical-dev qtkeychain-qt6-dev liblinphone-dev
  fonts-wqy-microhei fonts-noto-cjk
  xvfb xauth
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(imagemagick x11-apps x11-utils clang-format sqlite3 poppler-utils
    postgresql-15 postgresql-client-15 sip-tester)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  SUDO=sudo
else
  SUDO=
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
