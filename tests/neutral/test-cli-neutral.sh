#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-neutral.sh ASSESSOR SOURCE_ROOT: what a file says reaches the
# terminal and the exports neutral (TAP).  Control characters and
# bidirectional overrides are shown escaped by --summary, --compare, --check
# and the .txt, .md and .html exports; a Markdown export keeps the report's
# blocks whatever a note says (rendered with cmark); error messages stay
# short, valid UTF-8; an override reason needs a visible character.

set -u

assessor=$1
root=$2
here=$(dirname "$0")
python=/usr/bin/python3

export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# shellcheck source=tests/cli-tap.sh
. "$here/../cli-tap.sh"
checker () { "$python" "$here/check.py" "$@"; }
clean () { checker clean "$1"; }
has () { grep -qF -- "$2" "$1"; }
smaller_than () { [ "$(stat -c %s "$1")" -lt "$2" ]; }

"$python" "$here/make-hostile.py" "$root/data/samples/sample.assessment" \
  "$root/tests/compare/latest-ratings.csv" "$tmp"
hostile=$tmp/hostile.assessment

# The terminal
run --summary "$hostile"
check "--summary: exit 0" status_is 0
check "--summary: no control character reaches the terminal" clean "$tmp/out"
check "--summary: the reason's escape is shown as \\u001b" has "$tmp/out" 'Strong\u001b]0;pwned\u0007\u001b[31m'
check "--summary: a bidirectional override is shown as \\u202e" has "$tmp/out" '\u202e\u2066\u200f\u061cevidence'

run --summary --json "$hostile"
check "--summary --json: exit 0" status_is 0
check "--summary --json: no control character reaches the terminal" clean "$tmp/out"

run --compare="$tmp/hostile.csv" --location=1-101234567 "$hostile"
check "--compare: exit 0" status_is 0
check "--compare: no control character from the CSV or the file" clean "$tmp/out"
check "--compare: the CSV's location name is shown escaped" has "$tmp/out" 'location 1-101234567 (Larch\u001b]0;pwned'

run --compare="$tmp/hostile.csv" --location=1-101234567 --json "$hostile"
check "--compare --json: exit 0" status_is 0
check "--compare --json: no control character reaches the terminal" clean "$tmp/out"
check "--compare --json: the location name is the CSV's, escaped as JSON" \
  checker json "$tmp/out" "'Larch\x1b]0;pwned\x07\x1b[31m\x7f\x85\x9b\u202e\u2066\u200f\u061cfield' in d['previous']['source']"

bad_name=$tmp/$'esc\e]0;title\a\u202e.assessment'
cp "$hostile" "$bad_name"
cp "$tmp/reason-zwsp.assessment" "$bad_name.2"
run --check "$bad_name" "$bad_name.2"
check "--check: a problem is exit 1" status_is 1
check "--check: no control character in what it prints" clean "$tmp/out"
check "--check: nor in its errors" clean "$tmp/err"
check "--check: the file name is shown escaped" has "$tmp/out" 'esc\u001b]0;title\u0007\u202e.assessment: valid'
check "--check: in an error too" has "$tmp/err" '\u202e.assessment.2: /key_questions'

run $'--key\e]0;title\a\u202e' "$hostile"
check "an unknown option: exit 2" status_is 2
check "an unknown option: quoted without its control characters" clean "$tmp/err"

# The exports
for ext in txt md html; do
  run --export="$tmp/report.$ext" --evidence-notes "$hostile"
  check ".$ext: exit 0" status_is 0
  check ".$ext: no control character or bidirectional override" clean "$tmp/report.$ext"
  check ".$ext: the escape is shown" has "$tmp/report.$ext" 'u001b'
done

if command -v cmark >/dev/null; then
  run --export="$tmp/harmless.md" --evidence-notes "$tmp/harmless.assessment"
  check ".md: the export of harmless notes" status_is 0
  check ".md: notes written as Markdown render as text; headings, rules, lists, quotes are the report's" \
    checker blocks "$tmp/report.md" "$tmp/harmless.md" "$tmp/notes.txt"
else
  n=$((n + 1)); echo "ok $n # SKIP cmark is not installed (build-aux/install-deps.sh)"
fi

# Error messages: short, valid UTF-8, escaped
run --check "$tmp/big-key.assessment"
check "a 10 MB key: exit 1" status_is 1
check "a 10 MB key: a short error line" smaller_than "$tmp/err" 1000
check "a 10 MB key: the path names it shortened with an ellipsis" \
  has "$tmp/err" "/key_questions/$(printf 'k%.0s' $(seq 80))…: unknown key question"
check "a 10 MB key: the value quoted is 80 characters and …" \
  has "$tmp/err" "unknown key question “$(printf 'k%.0s' $(seq 80))…”"

run --check "$tmp/cut-key.assessment"
check "a key cut inside a character: exit 1" status_is 1
check "a key cut inside a character: the message is valid UTF-8" clean "$tmp/err"
check "a key cut inside a character: cut at 80 characters, not bytes" \
  has "$tmp/err" "“x$(printf 'é%.0s' $(seq 79))…”"

run --check "$tmp/esc-key.assessment"
check "an ESC in a key: exit 1" status_is 1
check "an ESC in a key: no control character in the message" clean "$tmp/err"
check "an ESC in a key: shown as \\u001b in the path" has "$tmp/err" '/key_questions/sa\u001b[2Jfe'

# A required text needs a visible character
for name in zwsp spaces format; do
  run --check "$tmp/reason-$name.assessment"
  check "a reason of only invisible characters ($name): exit 1" status_is 1
  check "a reason of only invisible characters ($name): the path" \
    has "$tmp/err" "/key_questions/safe/override/reason: an override of a rating needs a written reason"
done
run --summary "$tmp/reason-visible.assessment"
check "a reason with a visible character between zero-width spaces: accepted" status_is 0
check "… and it overrides Safe to Outstanding" has "$tmp/out" "Outstanding"

echo "1..$n"
[ "$failed" -eq 0 ]
