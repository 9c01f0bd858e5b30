#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-report-pdf-long.sh ASSESSOR SOURCE_ROOT: long notes reach the PDF
# whole, through `assessor --export=OUT.pdf FILE`, as TAP.  The PDF's text
# is read back with pdftotext and every word, every character of a long
# unbroken word and each note's end marker are counted.

# shellcheck source=tests/report/report-tap.sh
. "$(dirname "$0")/report-tap.sh"

# make_notes OUT SPEC…: the sample with notes replaced.  A SPEC is
# KEY-QUESTION:INDEX:KIND:N, KIND "words" (N words "nIwJ" for note I),
# "lines" (the same, a line break after every 60th) or "unbroken" (one
# word of N letters "Z"); each note ends in " endnoteI".
make_notes () {
  "$python" - "$sample" "$@" <<'PY'
import json, sys
sample, out, specs = sys.argv[1], sys.argv[2], sys.argv[3:]
doc = json.load(open(sample))
for i, spec in enumerate(specs):
    kq, index, kind, n = spec.split(":")
    statements = doc["key_questions"][kq]["statements"]
    key = list(statements)[int(index)]
    if kind == "words":
        text = " ".join("n%dw%d" % (i, j) for j in range(int(n)))
    elif kind == "lines":
        text = "".join("n%dw%d%s" % (i, j, "\n" if j % 60 == 59 else " ")
                       for j in range(int(n))).rstrip()
    else:
        text = "Z" * int(n)
    statements[key]["notes"] = text + " endnote%d" % i
json.dump(doc, open(out, "w"), ensure_ascii=False)
PY
}

# pdf_has_notes PDF SPEC…: every word of every note once, every "Z" of
# the unbroken ones, and each end marker once, in order after its note.
pdf_has_notes () {
  pdftotext -enc UTF-8 "$1" "$tmp/text.txt" || return 1
  shift
  "$python" - "$tmp/text.txt" "$@" <<'PY'
import collections, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
ok = True
zs = 0
for i, spec in enumerate(sys.argv[2:]):
    kind, n = spec.split(":")[2], int(spec.split(":")[3])
    if kind in ("words", "lines"):
        seen = collections.Counter(int(m) for m in re.findall(r"\bn%dw(\d+)\b" % i, text))
        missing = [j for j in range(n) if seen[j] != 1]
        if missing or len(seen) != n:
            print("# note %d: %d of %d words once; first missing %s"
                  % (i, n - len(missing), n, missing[:3]))
            ok = False
    else:
        zs += n
    if text.count("endnote%d" % i) != 1:
        print("# note %d: end marker found %d times" % (i, text.count("endnote%d" % i)))
        ok = False
if text.count("Z") != zs:
    print("# %d of %d letters of the unbroken words" % (text.count("Z"), zs))
    ok = False
sys.exit(0 if ok else 1)
PY
}

pdf_pages_at_least () { [ "$(pdfinfo "$1" | sed -n 's/^Pages: *//p')" -ge "$2" ]; }

# A 560 KB paragraph: 80 000 words.
words="safe:0:words:80000"
make_notes "$tmp/words.assessment" "$words"
run --export="$tmp/words.pdf" "$tmp/words.assessment"
check "long paragraph: exit 0" status_is 0
check "long paragraph: every word and the end" pdf_has_notes "$tmp/words.pdf" "$words"
check "long paragraph: flows over many pages" pdf_pages_at_least "$tmp/words.pdf" 150

# 200 000 letters without a space: wrapped inside the word.
unbroken="safe:0:unbroken:200000"
make_notes "$tmp/unbroken.assessment" "$unbroken"
run --export="$tmp/unbroken.pdf" "$tmp/unbroken.assessment"
check "unbroken word: exit 0" status_is 0
check "unbroken word: every letter and the end" pdf_has_notes "$tmp/unbroken.pdf" "$unbroken"

# A 2.3 MB note of 38 000 lines: measured in segments on several threads
# (asr-report-layout-segment.c), and joined.
lines="safe:0:lines:240000"
make_notes "$tmp/lines.assessment" "$lines"
run --export="$tmp/lines.pdf" "$tmp/lines.assessment"
check "note in segments: exit 0" status_is 0
check "note in segments: every word and the end" pdf_has_notes "$tmp/lines.pdf" "$lines"

# Several long notes in several key questions, one of them unbroken.
several=("safe:1:words:20000" "safe:2:unbroken:30000" "caring:0:words:20000"
         "well-led:0:words:20000")
make_notes "$tmp/several.assessment" "${several[@]}"
run --export="$tmp/several.pdf" "$tmp/several.assessment"
check "several notes: exit 0" status_is 0
check "several notes: every word, letter and end" pdf_has_notes "$tmp/several.pdf" "${several[@]}"

echo "1..$n"
[ "$failed" -eq 0 ]
