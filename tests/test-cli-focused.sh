#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-focused.sh ASSESSOR SOURCE_ROOT: per-key-question previous dates
# (previous.dates, filled by the CQC imports) and focused assessments
# (assessment.focused) through the command line, as TAP.

set -u

assessor=$1
root=$2
fixtures=$root/tests/compare
focused=$root/tests/focused/focused.assessment
sample=$root/data/samples/sample.assessment
python=/usr/bin/python3

export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# shellcheck source=tests/cli-tap.sh
. "$(dirname "$0")/cli-tap.sh"
out_has () { grep -qF -- "$1" "$tmp/out"; }
err_has () { grep -qF -- "$1" "$tmp/err"; }

# json_check EXPRESSION: a Python expression over the JSON of stdout (d),
# with kq = the key questions by id.
json_check () {
  "$python" -c '
import json, sys
d = json.load(open(sys.argv[1]))
kqs = d["key_questions"]
kq = {k["id"]: k for k in kqs} if isinstance(kqs, list) else kqs
sys.exit(0 if eval(sys.argv[2]) else 1)' "$tmp/out" "$1"
}

# edit IN OUT EXPRESSION…: a copy of IN with Python statements applied to d.
edit () {
  "$python" -c '
import json, sys
d = json.load(open(sys.argv[1]))
for statement in sys.argv[3:]:
    exec(statement)
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)' "$@"
}

echo "1..18"

# Per-key-question dates from CQC's data

run --compare="$fixtures/latest-ratings.csv" --location=1-101234567 "$sample"
check "CSV: Effective's carried-forward score counts from its own Publication Date" \
  out_has "Effective, How staff, teams and services work together: score 3 from Good of 14 September 2021, 5 years 1 month old (stale)"
check "CSV: Safe's from previous.date" \
  out_has "Safe, Safe environments: score 3 from Good of 1 May 2024"
check "CSV: the rating line names Effective's own date" \
  out_has "Effective: previously Good (rated 14 September 2021), now Good, 75 out of 100: stayed the same"

run --compare="$fixtures/location-1-101234567.json" --json "$sample"
check "API: keyQuestionRatings[].reportDate reaches the carried-forward age" \
  json_check '[c["date"] for c in d["carried_forward"] if c["key_question"] == "effective"] == ["2021-09-14"] and [c["date"] for c in d["carried_forward"] if c["key_question"] == "safe"] == ["2024-05-01"]'
check "API: previous_date per key question, null where previous.date holds" \
  json_check 'kq["effective"]["previous_date"] == "2021-09-14" and kq["safe"]["previous_date"] is None and all(k["rating_from"] == "this-assessment" for k in kqs)'

# The format: previous.dates round trip through --export=.json (Save's writer)
edit "$sample" "$tmp/dated.assessment" 'd["previous"]["dates"] = {"well-led": "2019-05-03"}'
run --export="$tmp/dated.json" "$tmp/dated.assessment"
check "previous.dates is written back as read" \
  "$python" -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["previous"]["dates"] == {"well-led": "2019-05-03"} else 1)' "$tmp/dated.json"
run --compare="$fixtures/previous.assessment" "$tmp/dated.assessment"
# An assessment as PREVIOUS is compared with, not re-based on (help/C/compare.page):
# the draft's own previous ratings and per-key-question dates stand.
check "an assessment baseline keeps the draft's own per-key-question date" \
  out_has "Well-led, Shared direction and culture: score 2 from Requires improvement of 3 May 2019"
edit "$sample" "$tmp/bad-date.assessment" 'd["previous"]["dates"] = {"caring": "2019-13-01"}'
run --check "$tmp/bad-date.assessment"
check "a bad date in previous.dates is refused with its place" \
  err_has "previous"
edit "$sample" "$tmp/bad-kq.assessment" 'd["previous"]["dates"] = {"overall": "2019-01-01"}'
run --check "$tmp/bad-kq.assessment"
check "previous.dates takes key questions only" \
  err_has "unknown key question"

# Focused assessments

run --summary --json "$focused"
check "focused: Caring (nothing assessed) takes its previous rating, from its own date" \
  json_check 'kq["caring"]["rating_from"] == "previous" and kq["caring"]["rating"] == "good" and kq["caring"]["previous_date"] == "2019-05-03"'
check "focused: Responsive (carried forward only) takes the previous rating of previous.date" \
  json_check 'kq["responsive"]["rating_from"] == "previous" and kq["responsive"]["previous_date"] == "2023-03-02" and not kq["responsive"]["provisional"]'
check "focused: the assessed key questions are this assessment's, and the overall combines all five" \
  json_check '[k["rating_from"] for k in kqs] == ["this-assessment", "this-assessment", "previous", "previous", "this-assessment"] and d["overall"]["rating"] == "good"'
run --summary "$focused"
check "focused: the text summary says what was carried over and from when" \
  out_has "Not assessed in this focused assessment: the previous rating, Good of 3 May 2019, is carried over"

edit "$focused" "$tmp/unfocused.assessment" 'd["assessment"]["focused"] = False'
run --summary --json "$tmp/unfocused.assessment"
check "not focused: nothing changes; rating_from is still present" \
  json_check 'all(k["rating_from"] == "this-assessment" for k in kqs) and "previous_date" not in kq["caring"] and kq["caring"]["rating"] is None'

edit "$focused" "$tmp/no-previous.assessment" 'del d["previous"]["ratings"]["caring"]'
run --check "$tmp/no-previous.assessment"
check "focused without a previous rating to carry over: --check exits 1 naming the key question" \
  eval 'status_is 1 && out_has "/key_questions/caring: not assessed in this focused assessment, and Caring has no previous rating to carry over, so it is not rated"'
run --summary --json "$tmp/no-previous.assessment"
check "…and it is not rated, so neither is the overall" \
  json_check 'kq["caring"]["rating"] is None and kq["caring"]["rating_from"] == "previous" and d["overall"]["rating"] is None'
run --summary "$tmp/no-previous.assessment"
check "…in the words the app uses for it everywhere: Not rated" \
  eval 'out_has "Overall     Not rated" && ! grep -qi "rated yet" "$tmp/out"'

run --export="$tmp/focused.md" "$focused"
check "a report (Markdown) says which ratings were carried over and from when" \
  grep -qF "Not assessed in this focused assessment: the previous rating, Good of 3 May 2019, is carried over." "$tmp/focused.md"

exit $((failed > 0))
