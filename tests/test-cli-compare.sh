#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-compare.sh ASSESSOR SOURCE_ROOT: assessor --compare, as TAP.
# PREVIOUS is an assessment, a CQC API location JSON or a Latest ratings
# CSV with --location; exit status 0 fine, 1 invalid input, 2 usage.

set -u

assessor=$1
root=$2
sample=$root/data/samples/sample.assessment
fixtures=$root/tests/compare
python=/usr/bin/python3

export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# shellcheck source=tests/cli-tap.sh
. "$(dirname "$0")/cli-tap.sh"
out_has () { grep -qF -- "$1" "$tmp/out"; }
err_is () { [ "$(cat "$tmp/err")" = "$1" ]; }
out_empty () { [ ! -s "$tmp/out" ]; }

echo "1..37"

run --help
check "--help lists --compare and --location" out_has "--compare=PREVIOUS"

run --compare="$fixtures/previous.assessment" "$sample"
check "against an assessment: exit 0" status_is 0
check "names the assessment compared with" \
  out_has "Compared with: Assessor assessment “previous.assessment” of 2 March 2023 (SAF 2024)"
check "names where FILE's own previous ratings came from" \
  out_has "Previous ratings, as this assessment records them: Typed in from the published report of 2 March 2023"
check "Safe declined, in words" \
  out_has "Safe: previously Good, now Requires improvement, 66 out of 100: declined"
check "the overall rating declined" out_has "Overall: previously Good, now Requires improvement: declined"
check "a carried-forward score with its rating, date, age and stale flag" \
  out_has "Safe, Safe environments: score 3 from Good of 2 March 2023, 3 years 7 months old (stale)"
check "a lower score says down" \
  out_has "Safe, Safe and effective staffing: score 3 → 2, down"
check "a score that stayed says so, with the change of source" \
  out_has "Safe, Safe environments: score 3, unchanged; Assessed → Carried forward"
check "statements unchanged in source, score and notes are not listed" \
  eval '! sed -n "/^Quality statements that changed/,\$p" "$tmp/out" | grep -qF "Shared direction and culture"'
# The same figures as --summary FILE: the previous assessment does not
# re-base FILE's carried-forward scores (Well-led was 71 here, 64 in --summary).
for kq in Safe Effective Caring Responsive Well-led; do
  pct=$("$assessor" --summary "$sample" | sed -n "s/^$kq  *[0-9]* of [0-9]* scored  *\([0-9]*\) out of 100 .*/\1/p")
  check "$kq: --compare gives --summary's $pct out of 100" eval "grep -qE '^$kq: .*, $pct out of 100:' \"\$tmp/out\""
done
check "the notes as a readable diff" \
  out_has "Staff reported incidents [-on paper forms. -]{+through the electronic system and knew how to use it. +}"
check "unchanged statements are counted, not listed" out_has "28 quality statements unchanged"

run --compare="$fixtures/previous.assessment" --json "$sample"
check "--json: exit 0" status_is 0
check "--json: previous, current and direction per key question" \
  json_check '[(k["id"], k["previous"], k["current"], k["direction"]) for k in d["key_questions"]][0] == ("safe", "good", "requires-improvement", "declined")'
check "--json: overall" \
  json_check 'd["overall"]["previous"] == "good" and d["overall"]["direction"] == "declined"'
check "--json: 34 statements, 6 changed" \
  json_check 'len(d["statements"]) == 34 and sum(s["changed"] for s in d["statements"]) == 6'
check "--json: a statement's scores and notes diff" \
  json_check 'any(s["statement"] == "safe-and-effective-staffing" and s["score_before"] == 3 and s["score_after"] == 2 and any(p["kind"] == "removed" for p in s["notes"]) for s in d["statements"])'
check "--json: no framework notice between two cqc-saf-2024 files" json_check 'd["framework_notice"] is None'
check "--json: a statement not started has source \"not-started\" (the text's Not started), never null" \
  json_check '[(s["source_before"], s["source_after"]) for s in d["statements"] if s["statement"] == "monitoring-and-improving-outcomes"] == [("assessed", "not-started")] and all(s["source_before"] is not None and s["source_after"] is not None for s in d["statements"])'

run --compare="$fixtures/location-1-101234567.json" --json "$sample"
check "API JSON: exit 0" status_is 0
check "API JSON: matched by name, Not rated is no rating" \
  json_check '[k["previous"] for k in d["key_questions"]] == ["good", "good", None, "outstanding", "requires-improvement"]'
check "API JSON: no statement comparison without an assessment" json_check '"statements" not in d'
check "API JSON: provenance and notices" \
  json_check 'd["previous"]["source"] == "CQC API location 1-101234567 (Larchfield House), report 2024-05-01" and d["previous"]["notices"][0].startswith("Caring: CQC gives “Not rated”")'

run --compare="$fixtures/latest-ratings.csv" --location=1-202345678 --json "$sample"
check "CSV with --location: exit 0" status_is 0
check "CSV: Well-led Inadequate → Requires improvement improved" \
  json_check 'd["key_questions"][4]["previous"] == "inadequate" and d["key_questions"][4]["direction"] == "improved"'

run --compare="$fixtures/latest-ratings.csv" "$sample"
check "CSV without --location: usage, exit 2" status_is 2

run --compare="$fixtures/previous.assessment" --location=1-1 "$sample"
check "--location with an assessment: exit 2" status_is 2

run --compare="$fixtures/previous.assessment" --summary "$sample"
check "--compare with --summary: exit 2" status_is 2

run --compare="$fixtures/previous.assessment"
check "--compare without FILE: exit 2" status_is 2

run --compare="$fixtures/broken/csv-duplicate-domain.csv" --location=1-101 "$sample"
check "a broken CSV: exit 1, nothing printed on stdout" eval 'status_is 1 && out_empty'
check "a broken CSV: the message names file, line and column" \
  err_is "$fixtures/broken/csv-duplicate-domain.csv:5: column “Domain”: a second “Safe” row for location 1-101 (the first is on line 2)"

run --compare="$fixtures/broken/api-unknown-rating.json" "$sample"
check "a broken API JSON: exit 1 with the JSON path" \
  eval 'status_is 1 && grep -qF "/currentRatings/overall/keyQuestionRatings/2/rating: unknown rating “Excellent”" "$tmp/err"'

exit 0
