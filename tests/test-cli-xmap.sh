#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-xmap.sh ASSESSOR SOURCE_ROOT: assessor --compare across
# frameworks (KLOE 2017 and SAF 2024), as TAP: linked items and quality
# statements line up, the rest are compared at key question level only.

set -u

assessor=$1
root=$2
kloe=$root/data/samples/judgement.assessment
saf=$root/data/samples/sample.assessment

export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# shellcheck source=tests/cli-tap.sh
. "$(dirname "$0")/cli-tap.sh"
out_has () { grep -qF -- "$1" "$tmp/out"; }
out_lacks () { ! grep -qF -- "$1" "$tmp/out"; }

echo "1..8"

run --compare="$saf" "$kloe"
check "KLOE draft, SAF 2024 previous: exit 0" status_is 0
check "s1 lined up with safeguarding, both sides with their frameworks" \
  out_has "  Safe, Safeguarding from abuse: Safeguarding, score 3 (cqc-saf-2024) → Safeguarding from abuse, Good (cqc-kloe-asc-2017)"
check "an unlinked item (e3, eating and drinking) is not listed as a change" \
  out_lacks "Eating and drinking"
check "the notice says the rest are compared at key question level, and why" \
  out_has "the rest are compared at key question level only, because the other framework has no one-to-one topic for them."
check "the unlinked ones are counted as such" \
  out_has "without a counterpart, compared at key question level only"

run --compare="$kloe" "$saf"
check "SAF 2024 draft, KLOE previous: exit 0" status_is 0
check "safeguarding lined up with s1 the other way" \
  out_has "  Safe, Safeguarding: Safeguarding from abuse, Good (cqc-kloe-asc-2017) → Safeguarding, score 3 (cqc-saf-2024)"
check "the notice says the rest are compared at key question level" \
  out_has "compared at key question level only, because the other framework has no one-to-one topic"
