#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli.sh ASSESSOR SOURCE_ROOT: the command line, as TAP.
# --summary and --check need no display; exit status 0 fine, 1 invalid or
# problems, 2 usage.

set -u

assessor=$1
root=$2
sample=$root/data/samples/sample.assessment
broken=$root/tests/broken
python=/usr/bin/python3

export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# shellcheck source=tests/cli-tap.sh
. "$(dirname "$0")/cli-tap.sh"
out_has () { grep -qF -- "$1" "$tmp/out"; }
err_has () { grep -qF -- "$1" "$tmp/err"; }
err_has_all () {
  local word
  for word in "$@"; do err_has "$word" || return 1; done
}
any_has () { cat "$tmp/out" "$tmp/err" | grep -qF -- "$1"; }
out_has_all () {
  local word
  for word in "$@"; do out_has "$word" || return 1; done
}

write_minimal () {
  cat >"$1" <<'JSON'
{
  "format": "assessor-assessment",
  "version": 1,
  "framework": "cqc-saf-2024"
}
JSON
}

write_carried_forward_missing () {
  cat >"$1" <<'JSON'
{
  "format": "assessor-assessment",
  "version": 1,
  "framework": "cqc-saf-2024",
  "key_questions": {
    "safe": {
      "statements": {
        "safeguarding": { "source": "assessed", "score": 3 },
        "safe-environments": { "source": "carried-forward" }
      }
    }
  }
}
JSON
}

# Four invalid values in four places, all well-formed JSON.
write_four_errors () {
  cat >"$1" <<'JSON'
{
  "format": "assessor-assessment",
  "version": 1,
  "framework": "cqc-saf-2024",
  "assessment": { "date": "14/10/2026", "colour": "blue" },
  "key_questions": {
    "safe": {
      "statements": {
        "safeguarding": { "source": "assessed", "score": 7 },
        "learning-culture": { "source": "assessed", "score": 3, "notes": 12 }
      }
    },
    "caring": {
      "statements": {
        "kindness-compassion-and-dignity": { "source": "assessed", "score": 2 }
      }
    }
  }
}
JSON
}

echo "1..35"

run --version
check "--version exits 0" status_is 0
check "--version prints the version" out_has "assessor "

run --help
check "--help exits 0" status_is 0
check "--help mentions --summary, --check and --json" out_has_all --summary --check --json

run --summary "$sample"
check "--summary sample exits 0" status_is 0
check "--summary names the five key questions and Overall" \
  out_has_all Safe Effective Caring Responsive Well-led Overall
check "--summary shows Safe's figure in the one form, 66 out of 100" \
  out_has "Safe        8 of 8 scored   66 out of 100   Requires improvement"
check "--summary writes no figure as a percentage" eval '! grep -qF "%" "$tmp/out"'
check "--summary says what the key question ratings give, then what limits it" \
  eval 'grep -A1 "The key question ratings give Good: no other principle applies" "$tmp/out" | grep -qF "Limited to Requires improvement by a breach of regulation"'
check "--summary words the observed 62 for an inspector" \
  out_has "CQC’s published reports have shown 62 for ratings limited this way; this is observed practice, not a published rule"

run --summary --json "$sample"
check "--summary --json sample exits 0" status_is 0
check "--summary --json parses as JSON" json_check 'isinstance(d, dict)'
check "key_questions[0] is safe at 66" \
  json_check 'd["key_questions"][0]["id"] == "safe" and d["key_questions"][0]["percentage"] == 66'
check "the five key questions in CQC order" \
  json_check '[k["id"] for k in d["key_questions"]] == ["safe", "effective", "caring", "responsive", "well-led"]'
check "overall rating requires-improvement, capped by the breach" \
  json_check 'd["overall"]["rating"] == "requires-improvement" and d["overall"]["breach_capped"] is True'

write_minimal "$tmp/empty.assessment"
run --summary --json "$tmp/empty.assessment"
check "nothing scored: exit 0" status_is 0
check "nothing scored: every percentage is null, never 0" \
  json_check 'all(k["percentage"] is None for k in d["key_questions"])'
check "nothing scored: no band, no rating, no overall rating" \
  json_check 'all(k["band"] is None and k["rating"] is None for k in d["key_questions"]) and d["overall"]["rating"] is None'

run --check "$sample"
check "--check sample exits 0" status_is 0

run --check "$broken/score-7.assessment"
check "--check broken file exits 1" status_is 1
check "--check names the file and the path on stderr" \
  err_has "score-7.assessment: /key_questions/safe/statements/safeguarding/score"

write_four_errors "$tmp/four.assessment"
run --check "$tmp/four.assessment"
check "--check with four invalid values exits 1" status_is 1
check "--check lists all four problems in one run, each with its place" \
  err_has_all "four.assessment: /assessment/date:" "four.assessment: /assessment/colour: unknown member" \
    "four.assessment: /key_questions/safe/statements/safeguarding/score: expected an integer 1–4, got 7" \
    "four.assessment: /key_questions/safe/statements/learning-culture/notes: expected a string"
check "--check lists each problem once (no echo of a left-out score as missing)" \
  test "$(grep -c . "$tmp/err")" -eq 4

printf '{"format": "assessor-assessment", "version": 1,\n  "framework": "cqc-saf-2024",, }\n' >"$tmp/syntax.assessment"
run --check "$tmp/syntax.assessment"
check "--check on a syntax error exits 1" status_is 1
check "--check names a syntax error by line:col" err_has "syntax.assessment:2:"

"$python" -c '
import json, sys
d = {"format": "assessor-assessment", "version": 1, "framework": "cqc-saf-2024",
     "assessment": {"x%d" % i: 1 for i in range(150)}}
json.dump(d, open(sys.argv[1], "w"))' "$tmp/many.assessment"
run --check "$tmp/many.assessment"
check "--check lists at most 100 problems and counts the rest" \
  err_has "many.assessment: 50 more problems not listed"

run --check "$sample" "$broken/score-7.assessment"
check "--check with one broken file among two exits 1" status_is 1

write_carried_forward_missing "$tmp/cf.assessment"
run --check "$tmp/cf.assessment"
check "--check carried forward without a previous rating exits 1" status_is 1
check "--check lists the statement's path" any_has "/key_questions/safe/statements/safe-environments"

run --export="$tmp/report.txt" "$sample"
check "the text report words the observed 62 the same way" \
  grep -qF "CQC’s published reports have shown 62 for ratings limited this way; this is observed practice, not a published rule." "$tmp/report.txt"

run --summary
check "--summary without a file exits 2" status_is 2

run --summary "$sample" "$sample"
check "--summary with two files exits 2" status_is 2

run --json "$sample"
check "--json without --summary exits 2" status_is 2

run --summary "$tmp/does-not-exist.assessment"
check "--summary on a missing file exits 1" status_is 1

exit 0
