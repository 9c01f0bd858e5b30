#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds, and opens Assessor on the sample
# assessment, uninstalled. Extra arguments go to assessor, before the file:
#   build-aux/run.sh --summary
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

# Run from the build tree: the compiled GSettings schema is in _build/data,
# the icons in data/icons.
export GSETTINGS_SCHEMA_DIR="$root/_build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
export XDG_DATA_DIRS="$root/data:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"

exec _build/src/assessor "$@" data/samples/sample.assessment
