#!/usr/bin/env bash
# The real window under Xvfb (see ../shared/GUI-TESTING.md), for CI:
#  1. launched with the seed on the command line, its title names the document;
#  2. Ctrl+Shift+C puts the figures table on the X clipboard, byte for byte what
#     `dossier extract --format tsv` prints;
#  3. Shift+click in the figures table and Ctrl+C copy the range of rows.
# With SCREENSHOTS=<folder>, it also saves the screenshots of assets/screenshots/.
#
# Usage: tests/ui_xvfb.sh            (needs xvfb-run, xdotool, xclip, imagemagick)
#        SCREENSHOTS=assets/screenshots tests/ui_xvfb.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${DOSSIER_BIN:-target/debug/dossier}
seed=assets/hrnet-incsr-1996-kazakstan.txt
title="International Narcotics Control Strategy Report, March 1996: Kazakstan — Dossier"
[ -x "$bin" ] || cargo build --quiet
shots=${SCREENSHOTS:-}
[ -n "$shots" ] && mkdir -p "$shots" && shots=$(cd "$shots" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/runtime" GSETTINGS_BACKEND=memory
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$bin" extract --format tsv "$seed" > "$work/expected.tsv"

# A fresh settings folder with the given theme, so runs never touch the user's settings.
settings() {
    export XDG_DATA_HOME="$work/data-$1-$RANDOM"
    mkdir -p "$XDG_DATA_HOME/dossier"
    echo "{\"app\":\"(theme:$1)\"}" > "$XDG_DATA_HOME/dossier/app.ron"
}

# Runs one scenario (a bash snippet) against a fresh window showing $@.
scenario() {
    local body=$1
    shift
    xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
        set -u
        bin=$1; work=$2; shots=$3; expect_title=$4; body=$5; shift 5
        "$bin" "$@" 2>>"$work/app.log" &
        app=$!
        wid=""
        for _ in $(seq 200); do
            wid=$(xdotool search --name "${WAIT_FOR:-Dossier}" 2>/dev/null | head -1 || true)
            [ -n "$wid" ] && break
            sleep 0.1
        done
        [ -n "$wid" ] || { echo "no window appeared" >&2; kill $app; exit 1; }
        sleep 1.5
        xdotool windowfocus --sync "$wid"
        shot() { [ -n "$shots" ] && import -window root -crop 1280x820+0+0 "$shots/$1.png" || true; }
        eval "$body"
        status=$?
        kill $app 2>/dev/null || true
        exit $status
    ' _ "$bin" "$work" "$shots" "$title" "$body" "$@"
}

echo "ui_xvfb: the window title names the document, Ctrl+Shift+C copies the table"
settings Light
WAIT_FOR="International Narcotics" scenario '
    name=$(xdotool getwindowname "$wid")
    [ "$name" = "$expect_title" ] || { echo "window title is \"$name\"" >&2; exit 1; }
    shot main-window
    xdotool key ctrl+shift+c; sleep 0.7
    xclip -o -selection clipboard > "$work/clipboard.tsv"
    cmp "$work/expected.tsv" "$work/clipboard.tsv" || { echo "clipboard differs from dossier extract" >&2; exit 1; }
' "$seed"

echo "ui_xvfb: click and Shift+click select rows, Ctrl+C copies them"
settings Light
WAIT_FOR="International Narcotics" scenario '
    xdotool mousemove 840 389 click 1; sleep 0.4
    xdotool mousemove 840 485; sleep 0.2
    xdotool keydown Shift_L; sleep 0.3; xdotool click 1; sleep 0.3; xdotool keyup Shift_L; sleep 0.3
    xdotool mousemove 600 600; sleep 1.8
    xdotool key ctrl+c; sleep 0.6
    xclip -o -selection clipboard > "$work/rows.tsv"
    rows=$(($(wc -l < "$work/rows.tsv") - 1))
    [ "$rows" = 4 ] || { echo "copied $rows rows, expected 4" >&2; cat "$work/rows.tsv" >&2; exit 1; }
    shot figures-selected
' "$seed"

if [ -n "$shots" ]; then
    echo "ui_xvfb: screenshots of find, the welcome page and the dark theme"
    settings Light
    WAIT_FOR="International Narcotics" scenario '
        xdotool key ctrl+f; sleep 0.3
        xdotool type --delay 30 "kazakstan"; sleep 0.3
        xdotool key Return; sleep 0.3; xdotool key Return; sleep 0.3; xdotool key Return
        xdotool mousemove 1200 870; sleep 1
        shot find
    ' "$seed"
    settings Light
    scenario 'shot welcome'
    settings Dark
    WAIT_FOR="International Narcotics" scenario '
        xdotool mousemove 500 723; sleep 1.5
        shot dark-theme
    ' "$seed"
fi
echo "ui_xvfb: ok"
