#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-merge.sh ASSESSOR SOURCE_ROOT: assessor --merge[=BASE]
# --output=OUT MINE THEIRS, as TAP.  Exit status 0 clean, 3 conflicts
# remain (OUT written with each recorded), 1 invalid input, 2 usage.

set -u

assessor=$1
root=$2
sample=$root/data/samples/sample.assessment
python=/usr/bin/python3

export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# shellcheck source=tests/cli-tap.sh
. "$(dirname "$0")/cli-tap.sh"
out_has () { grep -qF -- "$1" "$tmp/out"; }
err_has () { grep -qF -- "$1" "$tmp/err"; }

# edit OUT EXPRESSION: the sample with one Python statement applied to d.
edit () {
  "$python" "$(dirname "$0")/mutate-json.py" "$sample" "$tmp/$1" "$2"
}

# json_of FILE EXPRESSION: true when the expression holds for FILE as d.
json_of () {
  "$python" -c '
import json, sys
d = json.load(open(sys.argv[1]))
sys.exit(0 if eval(sys.argv[2]) else 1)' "$tmp/$1" "$2"
}

sg='d["key_questions"]["safe"]["statements"]["safeguarding"]'
cp "$sample" "$tmp/base.assessment"
edit mine.assessment "$sg[\"score\"] = 4"
edit theirs.assessment "$sg[\"notes\"] += \"\\n\\nReferrals checked.\""
edit other.assessment "$sg[\"score\"] = 1"
edit notes-a.assessment "$sg[\"notes\"] = \"Mine.\""
edit notes-b.assessment "$sg[\"notes\"] = \"Theirs.\""

run --merge="$tmp/base.assessment" --output="$tmp/out.assessment" "$tmp/mine.assessment" "$tmp/theirs.assessment"
check "a clean three-way merge exits 0" status_is 0
check "it says so" out_has "merged without conflicts"
check "OUT has mine's score and theirs' notes" \
  json_of out.assessment "$sg[\"score\"] == 4 and $sg[\"notes\"].endswith(\"Referrals checked.\") and \"conflicts\" not in d"

run --check "$tmp/out.assessment"
check "the clean merge is a valid draft" status_is 0

run --merge="$tmp/base.assessment" --output="$tmp/conflict.assessment" "$tmp/mine.assessment" "$tmp/other.assessment"
check "different scores exit 3" status_is 3
check "each conflict is listed with its path" out_has "/key_questions/safe/statements/safeguarding/score: conflict: mine.assessment has “4”, other.assessment has “1”"
check "OUT records the conflict with both sides and the base" \
  json_of conflict.assessment "d[\"conflicts\"] == [{\"path\": \"/key_questions/safe/statements/safeguarding/score\", \"base\": 3, \"mine\": 4, \"theirs\": 1, \"mine_label\": \"mine.assessment\", \"theirs_label\": \"other.assessment\"}] and $sg[\"score\"] == 4"

# The conflicts and attribution are documented in the schema.
if "$python" -c 'import jsonschema' 2>/dev/null; then
  edit changed.assessment "$sg[\"changed\"] = {\"by\": \"A. Inspector\", \"at\": \"2026-10-14T10:22:00Z\"}"
  "$assessor" --merge --output="$tmp/schema.assessment" "$tmp/changed.assessment" "$tmp/other.assessment" >/dev/null
  check "a merge with conflicts and attribution is valid against the schema" "$python" -c '
import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))' "$root/data/assessment.schema.json" "$tmp/schema.assessment"
fi

run --check "$tmp/conflict.assessment"
check "--check counts a conflict as a problem" status_is 1
check "--check names it" out_has "safeguarding/score: merge conflict"

edit final.assessment "d[\"assessment\"][\"status\"] = \"final\""
"$assessor" --merge --output="$tmp/final-conflict.assessment" "$tmp/final.assessment" "$tmp/other.assessment" >/dev/null 2>&1
run --check "$tmp/final-conflict.assessment"
check "--check refuses a final draft with conflicts" status_is 1
check "naming the conflicts" out_has "/assessment/status: cannot be final while 2 merge conflicts remain (/assessment/status, /key_questions/safe/statements/safeguarding/score)"

run --merge --output="$tmp/two.assessment" "$tmp/notes-a.assessment" "$tmp/notes-b.assessment"
check "two-way: different notes exit 3" status_is 3
check "two-way: no base in the conflict" json_of two.assessment "\"base\" not in d[\"conflicts\"][0] and d[\"conflicts\"][0][\"theirs\"] == \"Theirs.\""

run --merge --output="$tmp/same.assessment" "$tmp/mine.assessment" "$tmp/mine.assessment"
check "two-way: the same draft twice merges clean" status_is 0

run --merge="$tmp/base.assessment" --output="$tmp/mine.assessment" "$tmp/mine.assessment" "$tmp/theirs.assessment"
check "OUT may not be MINE" status_is 2
check "it says why" err_has "--output is one of the drafts being merged"
ln -s "$tmp/base.assessment" "$tmp/link.assessment"
run --merge="$tmp/base.assessment" --output="$tmp/link.assessment" "$tmp/mine.assessment" "$tmp/theirs.assessment"
check "OUT may not be BASE through a link" status_is 2
check "BASE is untouched" cmp -s "$sample" "$tmp/base.assessment"

printf '{\n  "format": "assessor-assessment",\n  "version": 1,\n  "framework": "cqc-saf-2024",\n  "key_questions": {"safe": {"statements": {"safeguarding": {"source": "assessed", "score": 9}}}}\n}\n' >"$tmp/bad.assessment"
run --merge --output="$tmp/x.assessment" "$tmp/mine.assessment" "$tmp/bad.assessment"
check "an invalid input exits 1" status_is 1
check "naming the file and the place" err_has "bad.assessment: /key_questions/safe/statements/safeguarding/score"
check "and nothing is written" test ! -e "$tmp/x.assessment"

run --merge --output="$tmp/x.assessment" "$tmp/mine.assessment"
check "one draft is a usage error" status_is 2
run --merge "$tmp/mine.assessment" "$tmp/theirs.assessment"
check "no --output is a usage error" status_is 2
run --output="$tmp/x.assessment" "$tmp/mine.assessment" "$tmp/theirs.assessment"
check "--output without --merge is a usage error" status_is 2
run --help
check "--help lists --merge" out_has "--merge=BASE"

echo "1..$n"
[ "$failed" -eq 0 ]
