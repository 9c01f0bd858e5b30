#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds, and runs every test headless: a private
# D-Bus session bus and an Xvfb display. Extra arguments go to meson test:
#   build-aux/test.sh --suite data
#   build-aux/test.sh test-rules
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

build-aux/install-deps.sh

if [[ -f _build/meson-private/coredata.dat ]]; then
  meson setup --reconfigure _build
else
  meson setup _build
fi
meson compile -C _build

# The UI tests wait for conditions, never for time, but each has a timeout that a
# busy machine can reach (test-window took 97 s of its 120 s under a load of 20):
# three times the limits by default, ASSESSOR_TIMEOUT_MULTIPLIER to change it.
exec dbus-run-session -- xvfb-run -a meson test -C _build --print-errorlogs \
  --timeout-multiplier "${ASSESSOR_TIMEOUT_MULTIPLIER:-3}" "$@"
