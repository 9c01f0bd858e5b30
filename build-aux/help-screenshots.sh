#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the help's pictures, help/C/figures/*.png, from the bundled sample:
# the statement page, Summary, Compare, the welcome page, the New Assessment,
# Export Report and Review windows.  Light style, fixed sizes, a fixed date
# and the test suite's display settings, so a second run gives the same
# files.  Run it again after changing a window:
#   build-aux/help-screenshots.sh [BUILD_DIR]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/_build}"
cd "$root"

[[ -f "$build/meson-private/coredata.dat" ]] || meson setup "$build"
meson compile -C "$build"

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir -p help/C/figures

# As the interface tests run (tests/meson.build): the cairo renderer, GTK's
# default settings (fonts, theme) rather than the desktop's, no portals, an
# empty HOME so no recent files show.
env -i PATH="$PATH" LANG=C.UTF-8 \
  HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
  XDG_CACHE_HOME="$home/cache" XDG_STATE_HOME="$home/state" \
  GSK_RENDERER=cairo GTK_A11Y=test GDK_BACKEND=x11 GDK_DEBUG=default-settings \
  GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" \
  ADW_DISABLE_PORTAL=1 GTK_USE_PORTAL=0 NO_AT_BRIDGE=1 \
  ASSESSOR_SOURCE_ROOT="$root" ASSESSOR_BUILD_ROOT="$build" \
  dbus-run-session -- xvfb-run -a -s '-screen 0 1280x1024x24' \
  "$build/tests/app/help-screenshots" "$root/help/C/figures"
