#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-judgement.sh ASSESSOR SOURCE_ROOT: the judgement method through
# the command line (--check, --summary, --compare, --export), with the test
# framework installed as a user framework ($XDG_DATA_HOME/assessor/
# frameworks/). Skipped while this build reads no user frameworks.

set -u

assessor=$1
root=$2
fixtures=$root/tests/judgement
python=/usr/bin/python3

export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# shellcheck source=tests/cli-tap.sh
. "$(dirname "$0")/cli-tap.sh"
out_has () { grep -qF -- "$1" "$tmp/out"; }
err_has () { grep -qF -- "$1" "$tmp/err"; }

export XDG_DATA_HOME=$tmp/data
mkdir -p "$XDG_DATA_HOME/assessor/frameworks"
cp "$fixtures/framework.json" "$XDG_DATA_HOME/assessor/frameworks/test-judgement.json"
judged=$tmp/judged.assessment
cp "$fixtures/judged.assessment" "$judged"

run --check "$judged"
check "--check accepts a judged assessment" status_is 0

# edit OUT CODE: the fixture with the Python statement CODE applied to d.
edit () {
  "$python" "$(dirname "$0")/mutate-json.py" "$judged" "$1" "$2"
}

edit "$tmp/no-rationale.assessment" 'd["key_questions"]["safe"]["judgement"]["rationale"] = " "'
run --check "$tmp/no-rationale.assessment"
check "--check refuses a rating without a visible rationale, naming its path" \
  eval 'status_is 1 && err_has "/key_questions/safe/judgement/rationale"'

edit "$tmp/score.assessment" 'd["key_questions"]["safe"]["statements"]["s1"]["score"] = 3'
run --check "$tmp/score.assessment"
check "--check refuses a score on an item, naming its path" \
  eval 'status_is 1 && err_has "/key_questions/safe/statements/s1/score"'

edit "$tmp/cf.assessment" 'd["key_questions"]["safe"]["statements"]["s1"]["source"] = "carried-forward"'
run --check "$tmp/cf.assessment"
check "--check refuses a carried-forward item, naming its path" \
  eval 'status_is 1 && err_has "/key_questions/safe/statements/s1/source"'

run --summary "$judged"
check "--summary shows the judgement and no figure" \
  eval 'status_is 0 && out_has "Judged Good in the round" && out_has "Rationale: Staff raise concerns" && ! out_has "%"'

run --summary --json "$judged"
check "--summary --json: percentage null, the judged (capped) rating" \
  eval 'status_is 0 && json_check "d[\"key_questions\"][0][\"percentage\"] is None and d[\"key_questions\"][0][\"rating\"] == \"requires-improvement\""'

edit "$tmp/before.assessment" 'd["key_questions"]["safe"]["statements"]["s1"]["rating"] = "requires-improvement"'
run --compare="$tmp/before.assessment" "$judged"
check "--compare gives items' indicative ratings, no score or out of 100" \
  eval 'status_is 0 && out_has "indicative rating Requires improvement → Good" && ! out_has "out of 100"'

for ext in md txt html pdf; do
  run --export="$tmp/report.$ext" "$judged"
  check "--export .$ext of a judged assessment" eval 'status_is 0 && [ -s "$tmp/report.$ext" ]'
done
check "the text report shows the rationale and no out of 100" \
  eval 'grep -qF "Rationale: Staff raise concerns" "$tmp/report.txt" && ! grep -qF "out of 100" "$tmp/report.txt"'

echo "1..$n"
[ "$failed" -eq 0 ]
