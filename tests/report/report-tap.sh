# SPDX-License-Identifier: GPL-3.0-or-later
#
# report-tap.sh: sourced by the report's command-line tests
# (test-report-cli.sh, test-report-pdf-long.sh), called as
# SCRIPT ASSESSOR SOURCE_ROOT: sets $assessor, $sample and $python, runs
# without a display (DISPLAY and WAYLAND_DISPLAY unset) and brings in
# cli-tap.sh's `run` and `check`.

set -u

assessor=$1
root=$2
sample=$root/data/samples/sample.assessment
python=/usr/bin/python3

export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# shellcheck source=tests/cli-tap.sh
. "$(dirname "${BASH_SOURCE[0]}")/../cli-tap.sh"
