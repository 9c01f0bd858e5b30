#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds an optimised copy in _build-release (the
# numbers of a debug build mean little) and runs the benchmark: load, save,
# peak memory and rescoring, against json-glib, at about 40 KB, 5 MB and
# 50 MB; PDF export through `assessor --export` (time on the clock and CPU
# time, pages/s, peak memory, the PDF's size) at 1 MB and 5 MB and for a
# single 16 MB note; and the portfolio summary of 10 000 assessments of
# 40 KB (time against json-glib's parse of the same files, peak memory over
# 1 000 and over 10 000). Extra arguments
# go to the benchmark:
#   build-aux/bench.sh --quick          # skips 50 MB and the 16 MB note; 2 000 portfolio files
#   build-aux/bench.sh --pdf-only       # only the PDF export
#   build-aux/bench.sh --budget=3       # seconds per measurement (default 1)
#   build-aux/bench.sh --keep=/tmp/b    # keeps the generated files
#   build-aux/bench.sh --portfolio-only=10000   # only the portfolio summary
#   build-aux/bench.sh --ui [--quick] [--runs=N]
#       the window instead, under Xvfb: start-up ÷ a bare libadwaita window
#       (tests/bench/bench-startup.sh), main-thread stalls opening and
#       typing with autosave on, keystroke cost in a 1 MB ÷ a 1 KB note
#       (tests/bench/bench-ui.c; --open-only: the opening stalls only)
# BENCH_BUILDDIR overrides the build directory.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ "${1:-}" == "--ui" ]]; then
  build-aux/install-deps.sh --bench
else
  build-aux/install-deps.sh
fi

# Meson's output only when something fails, so the report stays readable.
quietly () {
  local log
  log="$(mktemp)"
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
}

builddir="${BENCH_BUILDDIR:-_build-release}"
if [[ -f "$builddir/meson-private/coredata.dat" ]]; then
  quietly meson setup --reconfigure --buildtype=release "$builddir"
else
  quietly meson setup --buildtype=release "$builddir"
fi
if [[ "${1:-}" == "--ui" ]]; then
  shift
  # The window is a module the executable opens (src/asr-gui-module.c).
  quietly meson compile -C "$builddir" src/assessor-gui
  quietly meson compile -C "$builddir" src/assessor tests/bench/bench-bare-window \
    tests/bench/bench-first-frame tests/bench/bench-ui data/gsettings-compile-data
  runs=9
  for arg in "$@"; do
    [[ "$arg" == --runs=* ]] && runs="${arg#--runs=}"
  done
  if [[ -z "${DISPLAY:-}" ]]; then
    # Again under Xvfb and a session bus. Not through an exported shell
    # function: xvfb-run is a /bin/sh script, and dash drops those.
    exec dbus-run-session -- xvfb-run -a "$root/build-aux/bench.sh" --ui "$@"
  fi
  tests/bench/bench-startup.sh "$builddir" "$root" "$runs"
  echo
  env GSK_RENDERER=cairo GDK_BACKEND=x11 GSETTINGS_BACKEND=memory ADW_DISABLE_PORTAL=1 \
      GTK_USE_PORTAL=0 NO_AT_BRIDGE=1 GSETTINGS_SCHEMA_DIR="$builddir/data" \
      ASSESSOR_SOURCE_ROOT="$root" XDG_DATA_HOME="$(mktemp -d)" \
      "$builddir/tests/bench/bench-ui" "$@"
  exit
fi

# The benchmark, and the command line whose PDF export it times.
quietly meson compile -C "$builddir" tests/bench/bench src/assessor

exec "$builddir/tests/bench/bench" --assessor="$builddir/src/assessor" "$@"
