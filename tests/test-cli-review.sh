#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-review.sh ASSESSOR SOURCE_ROOT: assessor --review and
# --export --with-comments, as TAP.  Each review rule has a case that
# finds it and one that must not; a clean draft exits 0, findings 3, an
# invalid file 1 (named, with the place), wrong options 2.

set -u

assessor=$1
root=$2
python=/usr/bin/python3

export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# shellcheck source=tests/cli-tap.sh
. "$(dirname "$0")/cli-tap.sh"
out_has () { grep -qF -- "$1" "$tmp/out"; }
err_has () { grep -qF -- "$1" "$tmp/err"; }
out_lacks () { ! grep -qF -- "$1" "$tmp/out"; }

# make OUT CODE: a clean draft (Safe › Safeguarding assessed 3 with notes,
# everything else not started) with the Python statement CODE applied to
# it; d is the document, safe its key question Safe, st(ID) a statement
# of Safe created as assessed 3 when missing.
make () {
  "$python" - "$@" <<'PY'
import json, sys
out, code = sys.argv[1], sys.argv[2]
d = {"format": "assessor-assessment", "version": 1, "framework": "cqc-saf-2024",
     "assessment": {"date": "2026-10-14"},
     "key_questions": {"safe": {"enforcement": "none", "statements": {
         "safeguarding": {"source": "assessed", "score": 3,
                          "notes": "Staff knew the safeguarding procedure and used it."}}}}}
safe = d["key_questions"]["safe"]
def st(i):
    return safe["statements"].setdefault(i, {"source": "assessed", "score": 3, "notes": "Notes for " + i + "."})
def words(n, start=0):
    return " ".join("word%d" % i for i in range(start, start + n))
exec(code)
json.dump(d, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
}

# review CODE [OPTIONS…]: runs --review on a draft made with CODE.
review () {
  local code=$1
  shift
  make "$tmp/draft.assessment" "$code"
  run --review "$@" "$tmp/draft.assessment"
}

finds () { status_is 3 && out_has ": $1"; }
finds_not () { out_lacks ": $1"; }

review 'pass'
check "a clean draft has no findings (exit 0)" status_is 0
check "a clean draft says so" out_has "No findings."

# no-notes
review 'st("safeguarding")["notes"] = " \n "'
check "no-notes: scored with blank notes is found" finds "no-notes"
check "no-notes: the place is the JSON path and the statement's name" \
  out_has "/key_questions/safe/statements/safeguarding/notes: no-notes"
check "no-notes: the finding says why it matters" out_has "Why it matters: A score needs the evidence"
review 'st("safeguarding")["notes"] = ""; st("safeguarding")["evidence"] = {"observation": {"notes": "Seen at lunch."}}'
check "no-notes: notes in an evidence category count" finds_not "no-notes"
review 'st("safeguarding").update({"score": None, "notes": ""})'
check "no-notes: assessed but not scored yet is not found" finds_not "no-notes"

# short-notes-extreme
review 'st("safeguarding").update({"score": 4, "notes": words(12)})'
check "short-notes-extreme: a 4 with 12 words of notes is found" finds "short-notes-extreme"
check "short-notes-extreme: the message gives the count and threshold" out_has "12 words of notes; a score of 1 or 4 needs at least 30"
review 'st("safeguarding").update({"score": 1, "notes": words(30)})'
check "short-notes-extreme: a 1 with 30 words is not found" finds_not "short-notes-extreme"
review 'st("safeguarding").update({"score": 3, "notes": words(5)})'
check "short-notes-extreme: a 3 with 5 words is not found" finds_not "short-notes-extreme"
review 'st("safeguarding").update({"score": 4, "notes": words(12)})' --review-threshold=review-extreme-notes-words=12
check "short-notes-extreme: --review-threshold lowers the threshold" status_is 0

# notes-contradict-source
review 'st("safeguarding")["notes"] = "This statement was NOT assessed on the day."'
check "notes-contradict-source: assessed, notes say not assessed" finds "notes-contradict-source"
check "notes-contradict-source: the phrase is quoted" out_has "marked assessed, but the notes say “not assessed”"
review 'safe["statements"]["learning-culture"] = {"source": "not-started", "notes": "We observed a handover."}'
check "notes-contradict-source: not started, notes say we observed" finds "notes-contradict-source"
review 'st("safeguarding")["notes"] = "We assessed the records; nothing was not reviewable."'
check "notes-contradict-source: assessed with notes that say so is not found" finds_not "notes-contradict-source"
review 'safe["statements"]["learning-culture"] = {"source": "not-started", "notes": "To look at next week."}'
check "notes-contradict-source: not started, notes say nothing of a visit" finds_not "notes-contradict-source"

passage='"The registered manager told us that every member of staff had completed training in the last year and that supervision records were kept up to date for all of them without exception"'
review 'st("safeguarding")["notes"] = "First. " + '"$passage"'; st("learning-culture")["notes"] = '"$passage"'.upper() + " Then more."'
check "repeated-passage: the same 34 words in two statements (case aside)" finds "repeated-passage"
check "repeated-passage: found at the later statement, naming the earlier" \
  out_has "/key_questions/safe/statements/safeguarding/notes: repeated-passage"
review 'st("safeguarding")["notes"] = words(24); st("learning-culture")["notes"] = words(24) + " different"'
check "repeated-passage: 24 shared words are not found" finds_not "repeated-passage"
review 'st("safeguarding")["notes"] = words(25); st("learning-culture")["notes"] = "x " + words(25)'
check "repeated-passage: 25 shared words are found" finds "repeated-passage"
review 'st("safeguarding")["notes"] = words(60)'
check "repeated-passage: a passage repeated within one statement is not found" finds_not "repeated-passage"

# stale-carried-forward
stale='d["previous"] = {"date": "DATE", "ratings": {"safe": "good"}}; safe["statements"]["safe-environments"] = {"source": "carried-forward"}'
review "${stale/DATE/2023-03-02}"
check "stale-carried-forward: a rating of 2023-03-02 on 2026-10-14 is stale" finds "stale-carried-forward"
check "stale-carried-forward: the message gives the age" out_has "43 months old on 2026-10-14"
review "${stale/DATE/2025-06-01}"
check "stale-carried-forward: a rating of 2025-06-01 is not" finds_not "stale-carried-forward"
review "${stale/DATE/2023-03-02}" --review-threshold=stale-threshold-years=4
check "stale-carried-forward: --review-threshold=stale-threshold-years=4 keeps it fresh" finds_not "stale-carried-forward"

# enforcement-not-mentioned
review 'safe["enforcement"] = "requirement-notice"'
check "enforcement-not-mentioned: a requirement notice no note mentions" finds "enforcement-not-mentioned"
check "enforcement-not-mentioned: placed at the key question" out_has "/key_questions/safe/enforcement: enforcement-not-mentioned"
review 'safe["enforcement"] = "warning-notice"; st("learning-culture")["notes"] = "Staff breached Regulation 12."'
check "enforcement-not-mentioned: notes naming the regulation are enough" finds_not "enforcement-not-mentioned"
review 'safe["enforcement"] = "warning-notice"; st("learning-culture")["notes"] = "Unbreachable policies."'
check "enforcement-not-mentioned: a word containing breach is not a mention" finds "enforcement-not-mentioned"

# short-override-reason
review 'safe["override"] = {"rating": "requires-improvement", "reason": "Judgement call."}'
check "short-override-reason: a reason of 2 words is found" finds "short-override-reason"
review 'safe["override"] = {"rating": "requires-improvement", "reason": "Medicines errors continued after the visit, as the provider confirmed in writing."}'
check "short-override-reason: a reason of 12 words is not found" finds_not "short-override-reason"

# open-comments
review 'st("safeguarding")["comments"] = [{"author": "R. Reviewer", "date": "2026-10-15", "text": "Which audit?", "resolved": False}]; safe["comments"] = [{"text": "Rating?"}]'
check "open-comments: an open comment on a statement is found" \
  out_has "/key_questions/safe/statements/safeguarding/comments/0: open-comments"
check "open-comments: and one on the key question" out_has "/key_questions/safe/comments/0: open-comments"
check "open-comments: with its author and text" out_has "open comment by R. Reviewer: “Which audit?”"
review 'st("safeguarding")["comments"] = [{"author": "R. Reviewer", "text": "Which audit?", "resolved": True}]'
check "open-comments: a resolved comment is not found" finds_not "open-comments"

# merge-conflicts
review 'd["conflicts"] = [{"path": "/key_questions/safe/statements/safeguarding/score", "base": 2, "mine": 3, "theirs": 1, "mine_label": "A. Inspector", "theirs_label": "B. Adviser"}]'
check "merge-conflicts: an unresolved conflict is found at its path" \
  out_has "/key_questions/safe/statements/safeguarding/score: merge-conflicts"
check "merge-conflicts: naming both sides" out_has "between A. Inspector and B. Adviser"
review 'd["conflicts"] = []'
check "merge-conflicts: none without conflicts" finds_not "merge-conflicts"

# Options, JSON, exit statuses
review 'st("safeguarding")["notes"] = ""; safe["enforcement"] = "requirement-notice"' --review-disable=no-notes
check "--review-disable leaves a rule out" finds_not "no-notes"
check "--review-disable leaves the others in" finds "enforcement-not-mentioned"
review 'st("safeguarding")["notes"] = ""' --json
check "--json: exit 3 with findings" status_is 3
check "--json: each finding has rule, path, place and why" "$python" -c '
import json, sys
d = json.load(open(sys.argv[1]))
f = d["findings"][0]
sys.exit(0 if (f["rule"], f["path"], f["statement"], f["place"]) == ("no-notes", "/key_questions/safe/statements/safeguarding/notes", "safeguarding", "Safe › Safeguarding") and f["why"] else 1)' "$tmp/out"
review 'pass' --json
check "--json: no findings is an empty list, exit 0" "$python" -c '
import json, sys
sys.exit(0 if json.load(open(sys.argv[1])) == {"findings": []} else 1)' "$tmp/out"

printf '{"format": "assessor-assessment", "version": 1, "framework": "cqc-saf-2024",\n "key_questions": {"safe": {"comments": [{"text": 3}]}}}\n' >"$tmp/bad.assessment"
run --review "$tmp/bad.assessment"
check "an invalid file exits 1" status_is 1
check "an invalid file is named with the place" err_has "bad.assessment: /key_questions/safe/comments/0/text: expected a string"
run --review
check "--review without a FILE is a usage error (exit 2)" status_is 2
run --review "$tmp/draft.assessment" "$tmp/draft.assessment"
check "--review with two FILEs is a usage error" status_is 2
run --review --review-disable=guesswork "$tmp/draft.assessment"
check "an unknown rule is a usage error, named" eval 'status_is 2 && err_has "“guesswork”"'
run --review --review-threshold=review-repeat-words=0 "$tmp/draft.assessment"
check "a threshold of 0 is a usage error" status_is 2
run --review-disable=no-notes "$tmp/draft.assessment"
check "--review-disable without --review is a usage error" status_is 2
run --review --export="$tmp/x.md" "$tmp/draft.assessment"
check "--review with --export is a usage error" status_is 2
run --help
check "--help lists --review and --with-comments" eval 'out_has "--review" && out_has "--with-comments"'

# Reports leave comments out unless asked
make "$tmp/commented.assessment" 'st("safeguarding")["comments"] = [{"author": "R. Reviewer", "date": "2026-10-15", "text": "Which audit?", "resolved": False}]; safe["comments"] = [{"author": "A. Lead", "text": "Check the rating.", "resolved": True}]'
for ext in md txt html; do
  run --export="$tmp/report.$ext" "$tmp/commented.assessment"
  check "--export .$ext leaves comments out" eval '! grep -qF "Which audit?" "$tmp/report.$ext"'
  run --export="$tmp/report.$ext" --with-comments "$tmp/commented.assessment"
  check "--export .$ext --with-comments has the statement's comment" \
    grep -qF "Review comment by R. Reviewer, 15 October 2026 (open): Which audit?" "$tmp/report.$ext"
  check "--export .$ext --with-comments has the key question's comment" \
    grep -qF "Review comment by A. Lead (resolved): Check the rating." "$tmp/report.$ext"
done
run --export="$tmp/report.json" "$tmp/commented.assessment"
check "--export .json leaves comments out" eval 'status_is 0 && ! grep -qF "comments" "$tmp/report.json"'
run --export="$tmp/report.json" --with-comments "$tmp/commented.assessment"
check "--export .json --with-comments keeps them" eval 'grep -qF "Which audit?" "$tmp/report.json" && grep -qF "Check the rating." "$tmp/report.json"'
run --export="$tmp/report.pdf" --with-comments "$tmp/commented.assessment"
check "--export .pdf --with-comments writes a PDF" eval 'status_is 0 && [ -s "$tmp/report.pdf" ]'
if command -v pdftotext >/dev/null; then
  pdftotext "$tmp/report.pdf" "$tmp/report-pdf.txt"
  check "--export .pdf --with-comments has the comment" grep -qF "Which audit?" "$tmp/report-pdf.txt"
  run --export="$tmp/plain.pdf" "$tmp/commented.assessment"
  pdftotext "$tmp/plain.pdf" "$tmp/plain-pdf.txt"
  check "--export .pdf leaves comments out" eval '! grep -qF "Which audit?" "$tmp/plain-pdf.txt"'
fi
run --with-comments "$tmp/commented.assessment"
check "--with-comments without --export is a usage error" status_is 2

echo "1..$n"
[ "$failed" -eq 0 ]
