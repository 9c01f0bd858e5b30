#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-xmap.sh ASSESSOR SOURCE_ROOT: assessor --compare across
# frameworks (KLOE 2017 and SAF 2024), as TAP: linked items and quality
# statements line up, the rest are compared at key question level only;
# --json marks the lined-up ones as mapped, with both sides.  A line names
# each framework by its short name, or by its name when its file has none.

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

echo "1..21"

run --compare="$saf" "$kloe"
check "KLOE draft, SAF 2024 previous: exit 0" status_is 0
check "s1 lined up with safeguarding, both sides with their frameworks" \
  out_has "  Safe, Safeguarding from abuse: Safeguarding, score 3 (SAF 2024) → Safeguarding from abuse, Good (KLOE 2017)"
check "an unlinked item (e3, eating and drinking) is not listed as a change" \
  out_lacks "Eating and drinking"
check "the notice names both frameworks by their short names, not their ids" \
  out_has "The method changed: the previous assessment used SAF 2024 (Quality statements scored directly), this one uses KLOE 2017 ("
check "the notice says the rest are compared at key question level, and why" \
  out_has "the rest are compared at key question level only, because the other framework has no one-to-one topic for them."
check "the unlinked ones are counted as such" \
  out_has "without a counterpart, compared at key question level only"

run --compare="$kloe" "$saf"
check "SAF 2024 draft, KLOE previous: exit 0" status_is 0
check "safeguarding lined up with s1 the other way" \
  out_has "  Safe, Safeguarding: Safeguarding from abuse, Good (KLOE 2017) → Safeguarding, score 3 (SAF 2024)"
check "the notice says the rest are compared at key question level" \
  out_has "compared at key question level only, because the other framework has no one-to-one topic"

# The same lines in --json: a mapped line carries both sides, each graded
# as its own framework grades it.
line='[s for s in d["statements"] if s["statement"] == "%s"][0]'
run --json --compare="$saf" "$kloe"
check "--json, KLOE draft, SAF 2024 previous: exit 0" status_is 0
check "--json: s1 is mapped, with the SAF 2024 statement before and the item after" \
  json_check "$(printf "$line" s1)"'["mapped"] is True and '"$(printf "$line" s1)"'["before"] == {"framework": "cqc-saf-2024", "key_question": "safe", "statement": "safeguarding", "name": "Safeguarding", "score": 3} and '"$(printf "$line" s1)"'["after"] == {"framework": "cqc-kloe-asc-2017", "key_question": "safe", "item": "s1", "name": "Safeguarding from abuse", "rating": "good"}'
check "--json: the previous side of s1 keeps its score (score_before 3), the item its rating" \
  json_check "$(printf "$line" s1)"'["score_before"] == 3 and '"$(printf "$line" s1)"'["rating_after"] == "good"'
check "--json: an unlinked item (e3) is not mapped and has no sides" \
  json_check "$(printf "$line" e3)"'["mapped"] is False and "before" not in '"$(printf "$line" e3)"' and not '"$(printf "$line" e3)"'["changed"]'
check "--json: with no counterpart (in_previous false) source_before is null, the only null source" \
  json_check "$(printf "$line" e3)"'["in_previous"] is False and '"$(printf "$line" e3)"'["source_before"] is None and all((s["source_before"] is None) == (not s["in_previous"]) for s in d["statements"])'

run --json --compare="$kloe" "$saf"
check "--json, SAF 2024 draft, KLOE previous: exit 0" status_is 0
check "--json: safeguarding is mapped, with the item s1 (Good) before" \
  json_check "$(printf "$line" safeguarding)"'["mapped"] is True and '"$(printf "$line" safeguarding)"'["before"] == {"framework": "cqc-kloe-asc-2017", "key_question": "safe", "item": "s1", "name": "Safeguarding from abuse", "rating": "good"} and '"$(printf "$line" safeguarding)"'["rating_before"] == "good" and '"$(printf "$line" safeguarding)"'["after"]["score"] == 3'
run --json --compare="$saf" "$saf"
check "--json: the same framework on both sides marks nothing as mapped" \
  json_check 'not any(s["mapped"] for s in d["statements"])'

# A framework file without a short name: its name stands for it (the id is
# for files and arguments, not for people).
export XDG_DATA_HOME=$tmp/data
mkdir -p "$XDG_DATA_HOME/assessor/frameworks"
"${python:-/usr/bin/python3}" "$(dirname "$0")/mutate-json.py" "$root/data/frameworks/cqc-kloe-asc-2017.json" \
  "$XDG_DATA_HOME/assessor/frameworks/my-kloe.json" 'd["id"] = "my-kloe"; d["name"] = "My key lines of enquiry"; del d["short_name"]'
"${python:-/usr/bin/python3}" "$(dirname "$0")/mutate-json.py" "$kloe" "$tmp/my-kloe.assessment" \
  'd["framework"] = "my-kloe"'
run --compare="$saf" "$tmp/my-kloe.assessment"
check "a framework file without short_name: exit 0" status_is 0
check "its lines name it by its name, the other by its short name" \
  out_has "  Safe, Safeguarding from abuse: Safeguarding, score 3 (SAF 2024) → Safeguarding from abuse, Good (My key lines of enquiry)"
check "the notice names it by its name too" \
  out_has "this one uses My key lines of enquiry (Key questions judged in the round"
run --json --compare="$saf" "$tmp/my-kloe.assessment"
check "--json names the frameworks by id" \
  json_check "$(printf "$line" s1)"'["after"]["framework"] == "my-kloe" and '"$(printf "$line" s1)"'["before"]["framework"] == "cqc-saf-2024"'
