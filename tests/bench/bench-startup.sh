#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Cold start to the first frame showing the sample ÷ the same for a bare
# libadwaita window (tests/bench/bench-bare-window.c), and ÷ GNOME Text
# Editor opening the same file when it is installed.  Each program is
# timed from exec to its exit on its first painted frame (Assessor:
# ASSESSOR_BENCH_EXIT_ON_FIRST_FRAME), in interleaved runs; medians of
# the wall clock and of the CPU time each used.
# Usage: bench-startup.sh BUILDDIR SOURCEDIR [RUNS]   (needs a display)
set -euo pipefail

build="$1"
source="$2"
runs="${3:-9}"
sample="$source/data/samples/sample.assessment"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

export GSK_RENDERER=cairo GDK_BACKEND=x11 GSETTINGS_BACKEND=memory ADW_DISABLE_PORTAL=1 GTK_A11Y=none \
       GTK_USE_PORTAL=0 NO_AT_BRIDGE=1 GSETTINGS_SCHEMA_DIR="$build/data" HOME="$home" \
       XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"

# "wall cpu": milliseconds from exec to exit, and the CPU time (user +
# system) the program used; fails unless the program saw its frame.
time_run () {
  local out times
  out="$(mktemp)"
  times="$( { TIMEFORMAT='%3R %3U %3S'; time "$@" >"$out" 2>/dev/null; } 2>&1 )" || true
  grep -q "first frame" "$out" || { echo "bench-startup: no first frame from $1" >&2; exit 1; }
  rm -f "$out"
  awk '{ printf "%.1f %.1f\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$times"
}

stats () {   # min median max of the numbers on stdin
  sort -n | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                                       printf "%.2f %.2f %.2f\n", v[1], m, v[NR] }'
}

bare=() app=()
# One warm-up of each: the first run pays for the disk cache.
time_run "$build/tests/bench/bench-bare-window" >/dev/null
ASSESSOR_BENCH_EXIT_ON_FIRST_FRAME=1 time_run "$build/src/assessor" "$sample" >/dev/null
for ((i = 0; i < runs; i++)); do
  bare+=("$(time_run "$build/tests/bench/bench-bare-window")")
  app+=("$(ASSESSOR_BENCH_EXIT_ON_FIRST_FRAME=1 time_run "$build/src/assessor" "$sample")")
done

# Column @1 (1 wall, 2 CPU) of each run, and Assessor ÷ bare run by run.
column () { for v in "$@"; do echo "$v"; done | awk -v c="$col" '{ print $c }'; }
report () {
  local what="$1" col="$2" bmin bmed bmax amin amed amax rmin rmed rmax met
  read -r bmin bmed bmax < <(column "${bare[@]}" | stats)
  read -r amin amed amax < <(column "${app[@]}" | stats)
  read -r rmin rmed rmax < <(paste <(column "${app[@]}") <(column "${bare[@]}") |
                             awk '{ printf "%.2f\n", $1 / $2 }' | stats)
  met="$(awk -v r="$rmed" 'BEGIN { print (r <= 1.3) ? "met" : "NOT MET" }')"
  echo "start-up to the first frame, $what, $runs interleaved runs (min / median / max)"
  printf '  %-44s %s / %s / %s ms\n' "bare libadwaita window" "$bmin" "$bmed" "$bmax"
  printf '  %-44s %s / %s / %s ms\n' "Assessor showing the sample" "$amin" "$amed" "$amax"
  printf '  %-44s goal ≤ 1.3   %s / %s / %s ×  %s\n' "Assessor ÷ bare window (run by run)" \
         "$rmin" "$rmed" "$rmax" "$met"
}
report "wall clock" 1
report "CPU time (user + system; what a busy machine does not inflate)" 2
if command -v gnome-text-editor >/dev/null; then
  echo "  GNOME Text Editor is installed, but has no first-frame hook: not timed"
else
  echo "  GNOME Text Editor: not installed, skipped"
fi
