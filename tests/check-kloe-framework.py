#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-kloe-framework.py SOURCE_ROOT: data/frameworks/cqc-kloe-asc-2017.json
# has the contract's judgement shape (TAP): 24 items s1…w5 in CQC's key
# questions, each with a question and all four rating characteristics,
# unique ids, and every maps_to pointing at a quality statement that exists
# in data/frameworks/cqc-saf-2024.json.

import json
import os
import sys

root = sys.argv[1]
frameworks = os.path.join(root, "data", "frameworks")
kloe = json.load(open(os.path.join(frameworks, "cqc-kloe-asc-2017.json"), encoding="utf-8"))
saf = json.load(open(os.path.join(frameworks, "cqc-saf-2024.json"), encoding="utf-8"))

RATINGS = ["outstanding", "good", "requires-improvement", "inadequate"]
KQS = ["safe", "effective", "caring", "responsive", "well-led"]
EXPECTED = {"safe": ["s%d" % i for i in range(1, 7)],
            "effective": ["e%d" % i for i in range(1, 8)],
            "caring": ["c%d" % i for i in range(1, 4)],
            "responsive": ["r%d" % i for i in range(1, 4)],
            "well-led": ["w%d" % i for i in range(1, 6)]}

checks = []


def check(description, ok):
    checks.append((description, bool(ok)))


items = [(kq["id"], item) for kq in kloe["key_questions"] for item in kq.get("items", [])]
ids = [item["id"] for _, item in items]
statements = {(kq["id"], qs["id"]) for kq in saf["key_questions"] for qs in kq["quality_statements"]}

check("header: format, version 1, id, judgement method, no numbers",
      kloe["format"] == "assessor-framework" and kloe["version"] == 1 and
      kloe["id"] == "cqc-kloe-asc-2017" and kloe["scoring_method"] == "judgement" and
      not any(k in kloe for k in ("score_descriptors", "rating_bands", "evidence_categories")))
check("the name says the era and never the 2026 framework",
      "2017" in kloe["name"] and "2026" not in kloe["name"])
check("source names CQC's published document with its URL",
      kloe["source"]["publisher"] == "Care Quality Commission" and
      "Key lines of enquiry" in kloe["source"]["title"] and
      kloe["source"]["url"].startswith("https://www.cqc.org.uk/"))
check("aggregation as cqc-saf-2024's", kloe["aggregation"] == saf["aggregation"])
check("the five key questions in CQC's order", [kq["id"] for kq in kloe["key_questions"]] == KQS)
check("24 items", len(items) == 24)
check("ids s1…s6, e1…e7, c1…c3, r1…r3, w1…w5 under their key questions",
      all([item["id"] for item in kq["items"]] == EXPECTED[kq["id"]] for kq in kloe["key_questions"]))
check("item ids unique", len(set(ids)) == len(ids))
check("every item has a name and a question",
      all(item["name"].strip() and item["question"].strip().endswith("?") for _, item in items))
check("all four characteristics, each with visible text, nothing else",
      all(sorted(item["characteristics"]) == sorted(RATINGS) and
          all(item["characteristics"][r].strip() for r in RATINGS) for _, item in items))
check("prompts, where given, are non-empty strings",
      all(all(isinstance(p, str) and p.strip() for p in item.get("prompts", [])) for _, item in items))
maps = [(kq, item["id"], m) for kq, item in items for m in item.get("maps_to", [])]
check("every maps_to points at a cqc-saf-2024 quality statement that exists",
      maps and all(m["framework"] == "cqc-saf-2024" and (m["key_question"], m["statement"]) in statements
                   for _, _, m in maps))
check("mappings stay within their key question and are one to one",
      all(m["key_question"] == kq for kq, _, m in maps) and
      len({(m["key_question"], m["statement"]) for _, _, m in maps}) == len(maps) and
      all(len(item.get("maps_to", [])) <= 1 for _, item in items))

print("1..%d" % len(checks))
for n, (description, ok) in enumerate(checks, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", n, description))
sys.exit(0 if all(ok for _, ok in checks) else 1)
