#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages needed to build, run and test Assessor,
# but only when some are missing: apt is not touched otherwise.
#   build-aux/install-deps.sh           # build, run and test (CI)
#   build-aux/install-deps.sh --bench   # and what the benchmark compares with
set -euo pipefail

# The one list of packages. One per line.
packages=(
  # Build
  meson
  ninja-build
  pkg-config
  gcc
  libglib2.0-dev
  libglib2.0-bin          # glib-compile-schemas, glib-compile-resources, gsettings
  libgtk-4-dev
  libadwaita-1-dev
  libjson-glib-dev
  libcairo2-dev
  libpango1.0-dev
  gettext                 # msgfmt for the desktop and metainfo files, xgettext
  itstool                 # help translations (gnome.yelp)
  # Headless tests
  xvfb                    # xvfb-run: a display for the GTK tests
  xauth                   # xvfb-run needs it
  dbus                    # dbus-run-session
  dbus-x11
  librsvg2-common         # SVG loader for gdk-pixbuf: icons in tests
  librsvg2-bin            # rsvg-convert: the app icon's PNG sizes, made at build time
  libgtk-4-bin            # gtk4-encode-symbolic-svg: symbolic icons as PNG, at build time
  adwaita-icon-theme
  fonts-cantarell         # GNOME's UI font, so rendered tests look as shipped
  shared-mime-info
  poppler-utils           # pdftotext, pdfinfo
  fonts-lohit-gujr        # Gujarati in the report tests' notes (PDF text read back)
  valgrind                # memory checks of the tests
  python3                 # .ci/run reads the test log; tests parse JSON output
  time                    # /usr/bin/time: peak memory of a CLI run in tests/test-cli-inputs.sh
  # Data and help validation
  desktop-file-utils      # desktop-file-validate
  appstream               # appstreamcli validate
  yelp-tools              # yelp-check
  libxml2-utils           # xmllint
  python3-jsonschema      # validates files against data/assessment.schema.json
  cmark                   # renders Markdown exports in tests: notes keep the report's blocks
  # End-to-end test (tests/app/test-e2e.py): the real application driven from outside
  python3-pyatspi         # reads the window through the accessibility bus
  at-spi2-core            # the accessibility bus and registry the test starts
  xdotool                 # real key events (XTEST) under Xvfb
  # Spell checking in notes (British English)
  libenchant-2-dev        # enchant-2, the spell checking library
  hunspell-en-gb          # the en_GB dictionary enchant offers by default
)

# Only for build-aux/bench.sh --ui: the tests never need these.
bench_packages=(
  gnome-text-editor       # start-up compared with GNOME Text Editor 43 (tests/bench/bench-startup.sh)
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=("${bench_packages[@]}")
fi

missing=()
for pkg in "${packages[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
  if [[ "$status" != "install ok installed" ]]; then
    missing+=("$pkg")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-deps: missing packages (${missing[*]}) and not root, and sudo is not installed" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y --no-install-recommends "${missing[@]}"
