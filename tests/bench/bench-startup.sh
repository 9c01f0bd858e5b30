#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Cold start to the first frame showing the sample ÷ the same for a bare
# libadwaita window (tests/bench/bench-bare-window.c), and ÷ GNOME Text
# Editor opening a small text file when it is installed (build-aux/bench.sh
# --ui installs it). Each program is timed from exec to its exit on its
# first painted frame, in interleaved runs; medians of the wall clock and
# of the CPU time each used. All three end the same way: the library
# tests/bench/bench-first-frame.c, preloaded, prints "first frame" and exits
# when the first window has painted; for Assessor and the editor, the first
# frame with text in a text view of it (the editor loads its file after
# mapping its window).
# Usage: bench-startup.sh BUILDDIR SOURCEDIR [RUNS]   (needs a display)
set -euo pipefail

build="$1"
source="$2"
runs="${3:-9}"
sample="$source/data/samples/sample.assessment"
preload="$build/tests/bench/libbench-first-frame.so"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

export GSK_RENDERER=cairo GDK_BACKEND=x11 GSETTINGS_BACKEND=memory ADW_DISABLE_PORTAL=1 GTK_A11Y=none \
       GTK_USE_PORTAL=0 NO_AT_BRIDGE=1 GSETTINGS_SCHEMA_DIR="$build/data" HOME="$home" \
       XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"

# A small plain text file (2 KB, 40 lines) for the editor.
text="$home/notes.txt"
head -n 40 "$source/COPYING" >"$text"

# The programs, as "name|command…": the editor as a fresh instance of its
# own (--standalone: no D-Bus activation of a running one, no session
# restored).
programs=("bare libadwaita window|$build/tests/bench/bench-bare-window"
          "Assessor showing the sample|env BENCH_FIRST_FRAME_TEXT=1 $build/src/assessor $sample")
if command -v gnome-text-editor >/dev/null; then
  programs+=("GNOME Text Editor, a 2 KB text file|env BENCH_FIRST_FRAME_TEXT=1 gnome-text-editor --standalone $text")
fi

# "wall cpu": milliseconds from exec to exit, and the CPU time (user +
# system) the program used; fails unless the program saw its frame.
time_run () {
  local out times
  out="$(mktemp)"
  # shellcheck disable=SC2086  # the command is split into words on purpose
  times="$( { TIMEFORMAT='%3R %3U %3S'; time LD_PRELOAD="$preload" timeout 60 $1 >"$out" 2>/dev/null; } 2>&1 )" || true
  grep -q "first frame" "$out" || { echo "bench-startup: no first frame from $1" >&2; exit 1; }
  rm -f "$out"
  awk '{ printf "%.1f %.1f\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$times"
}

stats () {   # min median max of the numbers on stdin
  sort -n | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                                       printf "%.2f %.2f %.2f\n", v[1], m, v[NR] }'
}

# results[p]: program p's runs, one "wall cpu" line each. One warm-up of
# each first: the first run pays for the disk cache.
declare -a results
for p in "${!programs[@]}"; do
  time_run "${programs[p]#*|}" >/dev/null
done
for ((i = 0; i < runs; i++)); do
  for p in "${!programs[@]}"; do
    results[p]+="$(time_run "${programs[p]#*|}")"$'\n'
  done
done

column () { awk -v c="$2" 'NF { print $c }' <<<"${results[$1]}"; }   # program, column
ratio () {   # Assessor ÷ program $1 in column $2, run by run, against goal $3 ($4: "<" or "≤")
  local rmin rmed rmax met
  read -r rmin rmed rmax < <(paste <(column 1 "$2") <(column "$1" "$2") |
                             awk '{ printf "%.2f\n", $1 / $2 }' | stats)
  met="$(awk -v r="$rmed" -v g="$3" -v op="$4" \
             'BEGIN { print ((op == "<" ? r < g : r <= g) ? "met" : "NOT MET") }')"
  printf '  %-48s goal %s %s   %s / %s / %s ×  %s\n' \
         "Assessor ÷ ${programs[$1]%%|*}" "$4" "$3" "$rmin" "$rmed" "$rmax" "$met"
}
report () {
  local what="$1" col="$2" min med max
  echo "start-up to the first frame, $what, $runs interleaved runs (min / median / max)"
  for p in "${!programs[@]}"; do
    read -r min med max < <(column "$p" "$col" | stats)
    printf '  %-48s %s / %s / %s ms\n' "${programs[p]%%|*}" "$min" "$med" "$max"
  done
  ratio 0 "$col" 1.3 "≤"
  if [[ ${#programs[@]} -gt 2 ]]; then
    ratio 2 "$col" 1.0 "<"
  fi
}
report "wall clock" 1
report "CPU time (user + system; what a busy machine does not inflate)" 2
if [[ ${#programs[@]} -eq 2 ]]; then
  echo "  GNOME Text Editor: not installed, skipped (build-aux/bench.sh --ui installs it)"
fi
