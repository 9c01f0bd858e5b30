#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the core's tests under valgrind (definite leaks and memory errors
# fail the test; tests/valgrind.supp lists third-party allocations).
#   build-aux/valgrind.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

build-aux/install-deps.sh

builddir="${VALGRIND_BUILDDIR:-_build}"
if [[ ! -f "$builddir/meson-private/coredata.dat" ]]; then
  meson setup "$builddir"
fi
meson compile -C "$builddir"

exec meson test -C "$builddir" --setup=valgrind --suite core --suite fuzz --print-errorlogs "$@"
