#!/usr/bin/env bash
# Installs every build, test and run dependency of Snapshot Desk from Debian/Ubuntu packages.
# Idempotent: packages already present are skipped by apt. Works as root on Debian 12 and
# Ubuntu 24.04; uses sudo when run as another user.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build ccache pkg-config git clang clang-format
  libclang-rt-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-svg-dev libqt6svg6 qtkeychain-qt6-dev libgl-dev
  # run
  libsecret-1-0 qt6-qpa-plugins qt6-image-formats-plugins
  # test: headless display, D-Bus session and an unlockable Secret Service for QtKeychain
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  python3 python3-pyatspi at-spi2-core tzdata locales
  # fonts so offscreen/Xvfb rendering and screenshots show text, CJK included
  fonts-dejavu-core fonts-noto-cjk
  # packaging checks
  dpkg-dev file lintian desktop-file-utils appstream rpm imagemagick librsvg2-bin
  yamllint python3-yaml man-db
)

# test: Prism (installed with npm by scripts/prism-test.sh) serves the official v7 spec. Any
# Node.js with npm will do: one from NodeSource bundles npm and conflicts with Debian's npm
# package, so Debian's pair is added only when the commands are missing.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages are already installed"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "install-deps: done"
