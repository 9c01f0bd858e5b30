#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-import.sh ASSESSOR SOURCE_ROOT: assessor --import-report=OUT
# REPORT… and --compare=REPORT.txt, as TAP.  The reports are the published
# pages of ../shared/seeds (000, 004, a news item) and pages written in
# their shape for the cases the seeds lack (CQC's observed 62, a figure
# below 25, a bad score, a truncated page).

set -u

assessor=$1
root=$2
reports=$root/tests/reports
sample=$root/data/samples/sample.assessment
python=/usr/bin/python3

export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# shellcheck source=tests/cli-tap.sh
. "$(dirname "$0")/cli-tap.sh"
out_has () { grep -qF -- "$1" "$tmp/out"; }
err_has () { grep -qF -- "$1" "$tmp/err"; }
err_empty () { [ ! -s "$tmp/err" ]; }
missing () { [ ! -e "$1" ]; }

# file_check FILE EXPRESSION: a Python expression over the JSON of FILE (d).
file_check () {
  "$python" -c '
import json, sys
d = json.load(open(sys.argv[1]))
kqs = d["key_questions"]
wl = kqs["well-led"]["statements"] if isinstance(kqs, dict) else None
sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2"
}
json_check () { file_check "$tmp/out" "$1"; }

echo "1..33"

run --help
check "--help lists --import-report" out_has "--import-report=OUT"

out=$tmp/000.assessment
run --import-report="$out" "$reports/seed-000-well-led.txt"
check "seed 000: exit 0, OUT written" status_is 0
check "seed 000: the published 71 matches the statements (20 of 28)" \
  out_has "Well-led: the published 71 out of 100 matches its statements (20 of 28)"
check "seed 000: the unlisted eighth statement is not applicable, and says so" \
  out_has "Well-led: not on the page, so marked not applicable: Environmental sustainability – sustainable development"
check "seed 000: provider, date, published figures, previous rating" \
  file_check "$out" 'd["service"]["provider"] == "Norfolk and Suffolk NHS Foundation Trust" and d["assessment"]["date"] == "2025-08-15" and d["key_questions"]["well-led"]["published"] == {"percentage": 71, "rating": "good"} and d["previous"]["ratings"] == {"well-led": "requires-improvement"}'
check "seed 000: scores and narratives as notes" \
  file_check "$out" '[s["score"] for s in wl.values() if s["source"] == "assessed"] == [3, 3, 3, 3, 2, 3, 3] and wl["freedom-to-speak-up"]["notes"].startswith("The service fostered a positive culture") and "\n\nStaff described a positive culture" in wl["freedom-to-speak-up"]["notes"]'
run --summary "$out"
check "seed 000: the imported file computes Well-led 71, Good" out_has "Well-led    7 of 7 scored   71 out of 100   Good"

out=$tmp/004.assessment
run --import-report="$out" "$reports/seed-004-no-heading.txt"
check "seed 004: exit 0" status_is 0
check "seed 004: Well-led recognised from its statements' names" \
  out_has "Well-led: recognised from its statements’ names ($reports/seed-004-no-heading.txt:21 has no heading)"
check "seed 004: 75 matches, with four statements carried forward" \
  out_has "Well-led: the published 75 out of 100 matches its statements (21 of 28)"
check "seed 004: four carried forward, the previous rating taken from their score" \
  file_check "$out" 'sorted(k for k, s in wl.items() if s["source"] == "carried-forward") == ["learning-improvement-and-innovation", "partnerships-and-communities", "shared-direction-and-culture", "workforce-equality-diversity-and-inclusion"] and d["previous"]["ratings"]["well-led"] == "good" and d["key_questions"]["well-led"]["published"] == {"percentage": 75}'
check "seed 004: says where the previous rating came from" \
  out_has "Well-led: its carried-forward statements score 3, so the previous rating is taken as Good"

out=$tmp/62.assessment
run --import-report="$out" "$reports/safe-62.txt"
check "62: exit 0" status_is 0
check "62: names both figures and the observed practice" \
  out_has "Safe: the published 62 out of 100 cannot come from its statements, which give 69 out of 100 (22 of 32); when a rating is limited to Requires improvement CQC has been observed to publish 62, the top of that band (observed practice, not a published rule)"
check "62: the published rating against the statements' band" \
  out_has "Safe: published as Requires improvement, but its statements’ figure, 69 out of 100, is in the Good band"
check "62: both figures kept in the file" \
  file_check "$out" 'd["key_questions"]["safe"]["published"] == {"percentage": 62, "rating": "requires-improvement"} and d["results"]["key_questions"][0]["percentage"] == 69'

run --import-report="$tmp/11.assessment" "$reports/responsive-11.txt"
check "below 25: named as impossible, statements counted as 0" \
  out_has "Responsive: the published 11 out of 100 is below the possible minimum of 25: CQC evidently counted statements without a score as 0; its statements give 42 out of 100 (5 of 12)"

out=$tmp/truncated.assessment
run --import-report="$out" "$reports/truncated.txt"
check "truncated: exit 0, what was read is written" status_is 0
check "truncated: lists the statement without a score, with file and line" \
  err_has "$reports/truncated.txt:110: “Partnerships and communities” has no “Score: N” line; not imported"
check "truncated: the published 71 cannot come from the 5 statements read" \
  out_has "Well-led: the published 71 out of 100 cannot come from its statements, which give 70 out of 100 (14 of 20) (1 quality statement could not be read)"
check "truncated: the unread statement is left not started" \
  file_check "$out" '"partnerships-and-communities" not in wl and len(wl) == 7'

out=$tmp/two.assessment
run --import-report="$out" "$reports/two-pages.txt"
check "two pages in one file: a score of 7 is listed, the rest imported" \
  err_has "$reports/two-pages.txt:71: the score of “Delivering evidence-based care and treatment” is “7”, not 1–4; not imported"
check "two pages in one file: Caring 90 matches" \
  out_has "Caring: the published 90 out of 100 matches its statements (18 of 20)"
check "two pages in one file: the service's name" \
  file_check "$out" 'd["service"]["name"] == "Example House" and d["key_questions"]["effective"]["published"] == {"percentage": 80, "rating": "good"}'

out=$tmp/several.assessment
run --import-report="$out" "$reports/seed-000-well-led.txt" "$reports/safe-62.txt"
check "several files: one assessment" \
  file_check "$out" 'd["key_questions"]["safe"]["published"]["percentage"] == 62 and d["key_questions"]["well-led"]["published"]["percentage"] == 71'
check "several files: a page of another assessment is named, not merged silently" \
  out_has "$reports/safe-62.txt:7: “2025-03-03” differs from “2025-08-15” on an earlier page; the first is kept"

out=$tmp/news.assessment
run --import-report="$out" "$reports/seed-000-well-led.txt" "$reports/news-not-a-report.txt"
check "not a report: exit 1" status_is 1
check "not a report: the error names the file and line" \
  err_has "$reports/news-not-a-report.txt:1: not a published CQC report page"
check "not a report: nothing written" missing "$out"

run --import-report="$sample" "$reports/seed-000-well-led.txt"
check "an existing OUT is never replaced: usage, exit 2" status_is 2

# --compare with a published report as the baseline
run --compare="$reports/seed-000-well-led.txt" "$sample"
check "--compare=REPORT.txt: exit 0" status_is 0
check "--compare=REPORT.txt: last time's score and text beside the draft's" \
  out_has "Well-led, Governance, management and sustainability: score 2, unchanged"
run --compare="$reports/seed-000-well-led.txt" --json "$sample"
check "--compare=REPORT.txt --json: kind and previous Well-led from the report" \
  json_check 'd["previous"]["kind"] == "cqc-report" and d["key_questions"][4]["previous"] == "good"'
