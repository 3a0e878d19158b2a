#!/usr/bin/env bash
# The real window under Xvfb (see ../shared/GUI-TESTING.md), for CI:
#  1. launched with the seed on the command line, its title names the document;
#  2. Ctrl+Shift+C puts the figures table on the X clipboard, byte for byte what
#     `dossier extract --format tsv` prints;
#  3. Shift+click in the figures table and Ctrl+C copy the range of rows;
#  4. a zip of the development corpus opens as a library: Ctrl+Shift+C copies its all-figures
#     table as `dossier extract --format tsv` prints it, Compare charts a measure, and Copy
#     chart puts a PNG image on the clipboard.
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
    xvfb-run -a -s "-screen 0 1440x900x24 -noreset" bash -c '
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

echo "ui_xvfb: a zip opens as a library, copies its figures and its chart"
# The zip is built here from the corpus (python3's zipfile: no zip tool needed).
python3 - "$work/incsr.zip" ../shared/corpus <<'PY'
import pathlib, sys, zipfile
target, corpus = sys.argv[1], pathlib.Path(sys.argv[2])
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    seed = corpus / "seed/hrnet-incsr-1996-kazakstan.txt"
    archive.write(seed, "seed/" + seed.name)
    for path in sorted((corpus / "incsr-dev").glob("*.txt")):
        archive.write(path, "incsr-dev/" + path.name)
PY
"$bin" extract --format tsv "$work/incsr.zip" > "$work/expected-library.tsv"
settings Light
WAIT_FOR="incsr.zip" scenario '
    sleep 1
    xdotool mousemove 900 860; sleep 0.5
    shot library
    xdotool key ctrl+shift+c; sleep 0.7
    xclip -o -selection clipboard > "$work/library.tsv"
    cmp "$work/expected-library.tsv" "$work/library.tsv" || { echo "the library copy differs from dossier extract" >&2; exit 1; }
    xdotool mousemove 60 310 click 1; sleep 0.6         # Compare
    xdotool mousemove 330 160 click 1; sleep 0.8        # the most widely stated measure
    xdotool mousemove 900 860; sleep 0.8
    shot compare
    xdotool mousemove 1130 160 click 1; sleep 1.2       # Copy chart
    targets=$(xclip -o -selection clipboard -t TARGETS 2>/dev/null || true)
    case "$targets" in *image/png*) ;; *) echo "no image on the clipboard after Copy chart: $targets" >&2; exit 1;; esac
' "$work/incsr.zip"

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
