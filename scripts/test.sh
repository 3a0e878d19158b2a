#!/usr/bin/env bash
# Runs every test of Dossier on a fresh Debian/Ubuntu machine: installs what the tests need
# (a virtual X server, software rendering, clipboard tools), then the unit, corpus, command-line
# and UI tests, then the real window under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(xvfb xauth xdotool xclip x11-utils mesa-vulkan-drivers libvulkan1 libegl1 libegl-mesa0
  libgl1-mesa-dri libgl1 libglx-mesa0 libx11-xcb1 libxcursor1 libxi6 libxkbcommon-x11-0 libdbus-1-3
  desktop-file-utils appstream libglib2.0-bin imagemagick)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# The real-window test builds its zip with Python's zipfile.
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Settings written by UI tests go to a throwaway folder, never the user's.
export XDG_DATA_HOME="${XDG_DATA_HOME_FOR_TESTS:-$(mktemp -d)}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"

cargo test

# The real window under Xvfb: launched from the command line, and through its installed
# desktop entry.
for smoke in tests/ui_xvfb.sh scripts/desktop-smoke.sh; do
  if [ -x "$smoke" ]; then
    "$smoke"
  fi
done
