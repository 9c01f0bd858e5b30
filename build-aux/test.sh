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

exec dbus-run-session -- xvfb-run -a meson test -C _build --print-errorlogs "$@"
