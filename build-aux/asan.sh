#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds with AddressSanitizer and UndefinedBehaviorSanitizer in
# _build-asan and runs the whole suite, UI tests included, halting on the
# first error (tests/lsan.supp lists the third-party leaks, with reasons).
#   build-aux/asan.sh
#   build-aux/asan.sh --suite core
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

build-aux/install-deps.sh

builddir="${ASAN_BUILDDIR:-_build-asan}"
if [[ ! -f "$builddir/meson-private/coredata.dat" ]]; then
  meson setup "$builddir" -Db_sanitize=address,undefined -Db_lundef=false
fi
meson compile -C "$builddir"

exec dbus-run-session -- xvfb-run -a meson test -C "$builddir" --setup=asan --print-errorlogs "$@"
