# SPDX-License-Identifier: GPL-3.0-or-later
#
# make-hostile.py SAMPLE CSV OUTDIR: writes the files test-cli-neutral.sh
# feeds to assessor.  hostile.assessment is the sample with control
# characters and bidirectional overrides in its service name, provider and
# notes, and notes whose lines are Markdown's block and inline markup;
# harmless.assessment is the same with plain words on the same lines.
# Also: a CSV whose location name holds an escape sequence, files with a
# 10 MB key, a key cut inside a character, an ESC in a key, and override
# reasons that are only invisible characters.
import json
import os
import re
import sys

sample, csv, out = sys.argv[1:4]
ESC = "\x1b"
CONTROLS = ESC + "]0;pwned\x07" + ESC + "[31m\x7f\x85\x9b\u202e\u2066\u200f\u061c"

# One note per quality statement; each line would start a block of its own
# if it were not escaped.  Each note is one paragraph (no blank line).
NOTES = [
    "Intro words alpha\n---\n- - -\n***\n___\n1) ordered paren\n1. ordered dot",
    "Bullets bravo\n- dash item\n+ plus item\n* star item\n> quoted charlie",
    "Table delta\n| cell | other |\n```fence echo\n~~~ tilde foxtrot\n# heading golf",
    "    indented hotel code\nsecond india line",
    "[ref]: http://example.com/juliet\nafter kilo",
    "Html lima\n<div>block mike</div>\n<!-- comment november -->\n===",
    "Inline *oscar* _papa_ `quebec` [romeo](http://x) <http://sierra> &amp; ![tango](y) trailing\\",
    "Controls uniform" + CONTROLS + " victor",
]


def harmless(note):
    lines = note.split("\n")
    return "\n".join(" ".join(re.findall(r"[A-Za-z]+", l)) or "word" for l in lines)


def write(name, data):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(data if isinstance(data, str) else json.dumps(data, ensure_ascii=True))


doc = json.load(open(sample, encoding="utf-8"))
statements = [s for kq in doc["key_questions"].values() for s in kq["statements"].values()
              if s.get("source") == "assessed"]
for statement, note in zip(statements, NOTES):
    statement["notes"] = note
doc["service"]["name"] = "Larch" + CONTROLS + "field"
doc["service"]["provider"] = "Brook" + CONTROLS + "vale"
doc["key_questions"]["safe"]["override"] = {"rating": "good", "reason": "Strong" + CONTROLS + "evidence"}
write("hostile.assessment", doc)
for statement, note in zip(statements, NOTES):
    statement["notes"] = harmless(note)
doc["service"]["name"] = "Larchfield"
doc["service"]["provider"] = "Brookvale"
doc["key_questions"]["safe"]["override"]["reason"] = "Strong evidence"
write("harmless.assessment", doc)
write("notes.txt", "\n".join(NOTES))

rows = open(csv, encoding="utf-8-sig").read()
write("hostile.csv", rows.replace("Larchfield House", "Larch" + CONTROLS + "field"))

HEAD = '{"format":"assessor-assessment","version":1,"framework":"cqc-saf-2024","key_questions":{%s:{}}}'
write("big-key.assessment", HEAD % json.dumps("k" * (10 * 1024 * 1024)))
write("cut-key.assessment", HEAD % json.dumps("x" + "\u00e9" * 100, ensure_ascii=False))
write("esc-key.assessment", HEAD % json.dumps("sa" + ESC + "[2Jfe"))

for name, reason in [("zwsp", "\u200b"), ("spaces", "\u00a0\u2003\u3000"),
                     ("format", "\u200e\u2060\ufeff"), ("visible", "\u200bShortfalls\u200b")]:
    doc = json.load(open(sample, encoding="utf-8"))
    doc["key_questions"]["safe"]["override"] = {"rating": "outstanding", "reason": reason}
    write("reason-%s.assessment" % name, doc)
