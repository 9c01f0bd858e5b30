#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# mutate-json.py BASE OUT CODE: writes OUT, the JSON file BASE with the
# Python statement CODE applied to it as d.  Used by the schema and
# command-line tests to make files broken (or changed) in one way.
import json
import sys

base, out, code = sys.argv[1:4]
with open(base, encoding="utf-8") as f:
    d = json.load(f)
exec(code)
with open(out, "w", encoding="utf-8") as f:
    json.dump(d, f, ensure_ascii=False, indent=2)
