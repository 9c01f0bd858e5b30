# SPDX-License-Identifier: GPL-3.0-or-later
#
# check.py COMMAND ARGS…: the checks of test-cli-neutral.sh; exit 0 when
# the check passes.
#   clean FILE            valid UTF-8 without C0 (but newline and tab), DEL,
#                         C1 or a bidirectional mark, override or isolate
#   blocks HOSTILE HARMLESS NOTES
#                         the Markdown files, rendered by cmark, have the
#                         same blocks and inline markup; every word of NOTES
#                         is in HOSTILE's rendered text
#   json FILE EXPRESSION  FILE is JSON, and the Python EXPRESSION over
#                         d = its value is true
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
TEXT_NODES = {"text", "softbreak", "linebreak"}


def clean(path):
    text = open(path, "rb").read().decode("utf-8")  # raises on invalid UTF-8
    found = HIDDEN.search(text)
    if found:
        print("# hidden character U+%04X at %d" % (ord(found.group()), found.start()))
    return found is None


def render(path):
    xml = subprocess.run(["cmark", "--to", "xml", path], check=True,
                         capture_output=True).stdout
    root = ET.fromstring(xml)
    shape, words = [], []
    for node in root.iter():
        tag = node.tag.split("}")[1]
        if tag in TEXT_NODES or tag == "code":
            words.append(node.text or " ")
        if tag not in TEXT_NODES:
            shape.append((tag, node.get("level"), node.get("type")))
    return shape, "".join(words)


def blocks(hostile, harmless, notes):
    shape, text = render(hostile)
    expected, _ = render(harmless)
    ok = True
    if shape != expected:
        for i, (a, b) in enumerate(zip(shape, expected)):
            if a != b:
                print("# node %d: %s, expected %s" % (i, a, b))
                break
        print("# %d nodes, expected %d" % (len(shape), len(expected)))
        ok = False
    for word in re.findall(r"[A-Za-z]{3,}", open(notes, encoding="utf-8").read()):
        if word not in text:
            print("# note word %r is not in the rendered text" % word)
            ok = False
    return ok


def json_value(path, expression):
    d = json.load(open(path, encoding="utf-8"))
    return eval(expression, {"d": d})


command, args = sys.argv[1], sys.argv[2:]
sys.exit(0 if {"clean": clean, "blocks": blocks, "json": json_value}[command](*args) else 1)
