#!/usr/bin/env bash
# Desktop integration, end to end, the way a user meets it:
#   1. the launcher and the AppStream metadata pass their validators (and the macOS plists parse);
#   2. `dossier install-desktop --make-default` installs into throwaway XDG folders;
#   3. under Xvfb, `gio launch` starts Dossier through the installed .desktop entry with the seed
#      report (copied to a name with a space and an accent) and a window titled with the report's
#      title ("…Kazakstan — Dossier") appears, with the WM class and icon the launcher promises;
#      a screenshot goes to /tmp/dossier-desktop-smoke.png;
#   4. the same report passed as a file:// URI, and as a path relative to another folder, opens too;
#   5. `dossier uninstall-desktop` leaves nothing of the installation behind.
# Everything happens under a temporary $HOME; the real one is never touched. Exits non-zero on
# the first failure, saying what failed.
#
# Usage: scripts/desktop-smoke.sh            (builds target/debug/dossier first if missing)
#        DOSSIER_BIN=path/to/dossier scripts/desktop-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

say() { echo "desktop-smoke: $*"; }
fail() {
  echo "desktop-smoke: FAIL: $*" >&2
  exit 1
}

# --- packages --------------------------------------------------------------------------------
packages=(xvfb xauth xdotool x11-utils desktop-file-utils appstream libglib2.0-bin
  mesa-vulkan-drivers libvulkan1 libegl1 libegl-mesa0 libgl1-mesa-dri libgl1 libglx-mesa0
  libx11-xcb1 libxcursor1 libxi6 libxkbcommon-x11-0 libdbus-1-3)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

# --- 1. validators ---------------------------------------------------------------------------
desktop-file-validate assets/dossier.desktop || fail "assets/dossier.desktop is not valid"
# --no-net: the screenshot and homepage URLs are not fetched (CI may have no network).
appstreamcli validate --no-net assets/io.github.dossier.Dossier.metainfo.xml ||
  fail "the AppStream metainfo is not valid"
if command -v python3 >/dev/null; then
  python3 - <<'EOF' || fail "the macOS plists do not parse"
import plistlib
plistlib.load(open("assets/macos/Info.plist", "rb"))
fragment = open("assets/macos/Info.plist.fragment").read()
plistlib.loads(('<plist version="1.0"><dict>' + fragment + "</dict></plist>").encode())
EOF
fi
say "launcher, metainfo and plists are valid"

# --- 2. install into a throwaway home --------------------------------------------------------
bin=${DOSSIER_BIN:-${CARGO_TARGET_DIR:-target}/debug/dossier}
if [ ! -x "$bin" ]; then
  say "building $bin"
  cargo build --quiet
fi
bin=$(realpath "$bin")

tmp=$(mktemp -d /tmp/dossier-desktop-smoke.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

export HOME="$tmp/home"
export XDG_BIN_HOME="$HOME/.local/bin" XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache" XDG_STATE_HOME="$HOME/.local/state"
export XDG_RUNTIME_DIR="$tmp/runtime" GSETTINGS_BACKEND=memory
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY

"$bin" install-desktop --make-default || fail "install-desktop exited with $?"
"$bin" install-desktop --make-default >/dev/null || fail "a second install-desktop failed"

launcher="$XDG_DATA_HOME/applications/dossier.desktop"
installed=(
  "$XDG_BIN_HOME/dossier" "$launcher"
  "$XDG_DATA_HOME/icons/hicolor/scalable/apps/dossier.svg"
  "$XDG_DATA_HOME/metainfo/io.github.dossier.Dossier.metainfo.xml"
)
for size in 16 24 32 48 64 128 256 512; do
  installed+=("$XDG_DATA_HOME/icons/hicolor/${size}x${size}/apps/dossier.png")
done
for f in "${installed[@]}"; do
  [ -f "$f" ] || fail "install-desktop did not write $f"
done
[ -x "$XDG_BIN_HOME/dossier" ] || fail "the installed program is not executable"
cmp -s "$bin" "$XDG_BIN_HOME/dossier" || fail "the installed program is not a copy of $bin"
desktop-file-validate "$launcher" || fail "the installed launcher is not valid"
grep -qx "Exec=$XDG_BIN_HOME/dossier %F" "$launcher" || fail "the launcher's Exec= does not name the installed program"
# (Output captured first: `grep -q` closing the pipe early would fail the pipeline.)
handlers=$(gio mime text/plain)
grep -q "^Registered applications:" <<<"$handlers" && grep -q "dossier.desktop" <<<"$handlers" ||
  fail "GIO does not know Dossier as a text/plain handler: $handlers"
head -1 <<<"$handlers" | grep -q "dossier.desktop" ||
  fail "--make-default did not make Dossier the default for text/plain: $handlers"
say "installed ${#installed[@]} files; GIO lists Dossier for text/plain"

# A report whose name needs quoting and escaping, and does not contain "Kazakstan": a window
# title with that word then proves the report was read (the title is the document's own title
# once loaded, the file name before).
reports="$tmp/reports"
mkdir -p "$reports/sub"
report="$reports/report 1996 é.txt"
cp assets/hrnet-incsr-1996-kazakstan.txt "$report"

# --- 3 and 4. launch under Xvfb --------------------------------------------------------------
screenshot=/tmp/dossier-desktop-smoke.png
launch_and_check() {
  set -euo pipefail
  # On a failure, end any Dossier window this run left open (found by its pid, never by name).
  trap 'for p in $(xdotool search --class "^dossier$" getwindowpid %@ 2>/dev/null | sort -u); do kill "$p" 2>/dev/null; done' EXIT
  # Waits for a window titled with the report; prints its id.
  wait_for_window() {
    local wid=""
    for _ in $(seq 300); do
      wid=$(xdotool search --onlyvisible --name "Kazakstan" 2>/dev/null | head -1 || true)
      [ -n "$wid" ] && break
      sleep 0.1
    done
    echo "$wid"
  }
  # $1 with every byte outside [A-Za-z0-9/._~-] written as %XX, as launchers encode file URIs.
  percent_encode() (
    LC_ALL=C
    local s=$1 out="" c i
    for ((i = 0; i < ${#s}; i++)); do
      c=${s:i:1}
      case $c in
        [a-zA-Z0-9/._~-]) out+=$c ;;
        *) printf -v c '%%%02X' "'$c" && out+=$c ;;
      esac
    done
    echo "$out"
  )
  # Ends the app that owns window $1 and waits until it is gone.
  close_window_app() {
    local pid
    pid=$(xdotool getwindowpid "$1")
    kill "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    echo "desktop-smoke: FAIL: Dossier (pid $pid) did not exit on SIGTERM" >&2
    return 1
  }

  # 3. Through the launcher, as a file manager would.
  gio launch "$launcher" "$report" || { echo "desktop-smoke: FAIL: gio launch failed" >&2; return 1; }
  wid=$(wait_for_window)
  [ -n "$wid" ] || { echo "desktop-smoke: FAIL: no window titled Kazakstan within 30 s of gio launch" >&2; return 1; }
  echo "desktop-smoke: gio launch opened \"$(xdotool getwindowname "$wid")\""
  # The launcher's StartupWMClass=dossier must match the window's class, or docks show a
  # second, generic icon.
  # (Outputs captured first: `grep -q` closing a pipe early would fail the pipeline.)
  class_matches=$(xdotool search --class '^dossier$')
  grep -qx "$wid" <<<"$class_matches" ||
    { echo "desktop-smoke: FAIL: the window's WM class is not 'dossier' ($(xprop -id "$wid" WM_CLASS))" >&2; return 1; }
  icon=$(xprop -id "$wid" _NET_WM_ICON)
  grep -q "_NET_WM_ICON(CARDINAL) = " <<<"$icon" ||
    { echo "desktop-smoke: FAIL: the window has no icon" >&2; return 1; }
  sleep 2 # let the first frames settle before the screenshot
  if command -v import >/dev/null; then
    import -window "$wid" "$screenshot" && echo "desktop-smoke: screenshot $screenshot"
  fi
  close_window_app "$wid"

  # 4a. As a file:// URI, percent-encoded (what some launchers pass for %U, and `xdg-open`).
  uri="file://$(percent_encode "$report")"
  "$XDG_BIN_HOME/dossier" "$uri" &
  wid=$(wait_for_window)
  [ -n "$wid" ] || { echo "desktop-smoke: FAIL: $uri did not open" >&2; return 1; }
  echo "desktop-smoke: $uri opened"
  close_window_app "$wid"

  # 4b. Relative to the folder it is started from.
  (cd "$reports/sub" && exec "$XDG_BIN_HOME/dossier" "../report 1996 é.txt") &
  wid=$(wait_for_window)
  [ -n "$wid" ] || { echo "desktop-smoke: FAIL: a relative path did not open" >&2; return 1; }
  echo "desktop-smoke: a relative path opened"
  close_window_app "$wid"
}
# xvfb-run is a sh script, so hand the function over as a file rather than an exported function.
{ declare -f launch_and_check; echo launch_and_check; } >"$tmp/launch.sh"
export launcher report reports screenshot
xvfb-run -a -s "-screen 0 1440x900x24 -noreset" bash "$tmp/launch.sh" || fail "launching through the desktop entry"

# --- 5. uninstall ----------------------------------------------------------------------------
"$bin" uninstall-desktop || fail "uninstall-desktop exited with $?"
for f in "${installed[@]}"; do
  [ ! -e "$f" ] || fail "uninstall-desktop left $f"
done
# The app's own settings ($XDG_DATA_HOME/dossier/, written by the window) are the user's data,
# not part of the installation: uninstall keeps them, as uninstallers do.
leftovers=$(find "$HOME" -path "$XDG_DATA_HOME/dossier" -prune -o -iname '*dossier*' -print)
[ -z "$leftovers" ] || fail "uninstall-desktop left: $leftovers"
if grep -rIl "dossier" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" 2>/dev/null | grep -v "^$XDG_DATA_HOME/dossier/"; then
  fail "uninstall-desktop left files that name Dossier (above)"
fi
again=$("$bin" uninstall-desktop)
grep -q "nothing to remove" <<<"$again" || fail "a second uninstall-desktop did not say there was nothing to remove"
say "uninstall-desktop removed everything it installed"
say "PASS"
