#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks data/framework.schema.json (TAP): it is a valid draft 2020-12
# schema; every file in data/frameworks/ and the judgement fixture
# tests/frameworks/judgement.json are valid against it; files broken in
# ways the loader refuses are invalid against it, and for the numeric
# frameworks `assessor --check-framework` agrees with the schema.
#   test-framework-schema.sh SOURCE_ROOT ASSESSOR
# Needs python3-jsonschema (Debian) for /usr/bin/python3; skipped without.
set -uo pipefail

root="$1"
assessor="$2"
python=/usr/bin/python3
schema="$root/data/framework.schema.json"
numeric="$root/data/frameworks/cqc-saf-2024.json"
judgement="$root/tests/frameworks/judgement.json"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if ! "$python" -c 'import jsonschema' 2>/dev/null; then
  echo "1..0 # SKIP python3-jsonschema is not installed"
  exit 0
fi

n=0
failed=0

report () {
  local ok="$1" description="$2"

  n=$((n + 1))
  if [[ "$ok" == yes ]]; then
    echo "ok $n - $description"
  else
    echo "not ok $n - $description"
    failed=1
  fi
}

# Exit status 0 when FILE is valid; the first error goes to stderr.
validate () {
  "$python" -c '
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
document = json.load(open(sys.argv[2], encoding="utf-8"))
errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document), key=str)
for error in errors[:1]:
    print("# %s: %s" % ("/" + "/".join(map(str, error.absolute_path)), error.message[:200]), file=sys.stderr)
sys.exit(1 if errors else 0)
' "$schema" "$1"
}

# mutate BASE OUT CODE: BASE with the Python statement CODE applied to d.
mutate () {
  "$python" -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
exec(sys.argv[3])
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
' "$1" "$2" "$3"
}

expect_valid () {
  if validate "$2"; then report yes "$1"; else report no "$1"; fi
}

expect_invalid () {
  if validate "$2" 2>/dev/null; then report no "$1"; else report yes "$1"; fi
}

# The loader agrees: --check-framework exits 1 on FILE.
expect_refused () {
  if "$assessor" --check-framework "$2" >/dev/null 2>&1; then report no "$1"; else report yes "$1"; fi
}

qs='d["key_questions"][0]["quality_statements"][0]'
item='d["key_questions"][0]["items"][0]'

# Each: a description, then the change to cqc-saf-2024.
numeric_valid=(
  "valid_to after valid_from"
  'd["valid_to"] = "2030-01-01"'
  "no description"
  'del d["description"]'
)
numeric_invalid=(
  "format version 2"
  'd["version"] = 2'
  "an unknown top-level member"
  'd["colour"] = "blue"'
  "an id with capitals"
  'd["id"] = "CQC"'
  "an id starting with a hyphen"
  'd["id"] = "-cqc"'
  "no framework_version"
  'del d["framework_version"]'
  "a blank framework_version"
  'd["framework_version"] = " \u200b"'
  "no source"
  'del d["source"]'
  "a source without a url"
  'del d["source"]["url"]'
  "a source url that is not a web address"
  'd["source"]["url"] = "file:///etc/passwd"'
  "valid_from as DD/MM/YYYY"
  'd["valid_from"] = "02/12/2024"'
  "an unknown scoring method"
  'd["scoring_method"] = "vibes"'
  "no aggregation"
  'del d["aggregation"]'
  "no rating_bands"
  'del d["rating_bands"]'
  "a score descriptor for 5"
  'd["score_descriptors"][0]["score"] = 5'
  "four key questions"
  'd["key_questions"].pop()'
  "key questions out of order"
  'd["key_questions"][0], d["key_questions"][1] = d["key_questions"][1], d["key_questions"][0]'
  "a key question with items instead of quality statements"
  'kq = d["key_questions"][0]; kq["items"] = kq.pop("quality_statements")'
  "a quality statement with a blank name"
  "$qs"'["name"] = ""'
)
# Each: a description, then the change to the judgement fixture.
judgement_valid=(
  "an item without prompts or maps_to"
  "del $item"'["prompts"]; del '"$item"'["maps_to"]'
)
judgement_invalid=(
  "score_descriptors in a judgement framework"
  'd["score_descriptors"] = [{"score": 1, "descriptor": "one"}]'
  "rating_bands in a judgement framework"
  'd["rating_bands"] = []'
  "evidence_categories in a judgement framework"
  'd["evidence_categories"] = [{"id": "observation", "name": "Observation"}]'
  "quality statements in a judgement framework"
  'd["key_questions"][0]["quality_statements"] = [{"id": "a", "name": "A"}]'
  "an item without a question"
  "del $item"'["question"]'
  "an item missing a rating characteristic"
  "del $item"'["characteristics"]["requires-improvement"]'
  "a blank rating characteristic"
  "$item"'["characteristics"]["good"] = "\u200b "'
  "an unknown rating characteristic"
  "$item"'["characteristics"]["excellent"] = "x"'
  "a score on an item"
  "$item"'["score"] = 3'
  "a mapping without a statement"
  "del $item"'["maps_to"][0]["statement"]'
  "a key question without items"
  'del d["key_questions"][4]["items"]'
)

if "$python" -c '
import json, sys, jsonschema
jsonschema.Draft202012Validator.check_schema(json.load(open(sys.argv[1], encoding="utf-8")))
' "$schema"; then
  report yes "the schema is a valid JSON Schema (draft 2020-12)"
else
  report no "the schema is a valid JSON Schema (draft 2020-12)"
fi

for file in "$root"/data/frameworks/*.json; do
  expect_valid "${file#"$root"/} is valid" "$file"
done
expect_valid "tests/frameworks/judgement.json is valid" "$judgement"

for ((i = 0; i < ${#numeric_valid[@]}; i += 2)); do
  file="$tmp/numeric-valid-$i.json"
  mutate "$numeric" "$file" "${numeric_valid[i + 1]}"
  expect_valid "valid: ${numeric_valid[i]}" "$file"
  if "$assessor" --check-framework "$file" >/dev/null 2>&1; then
    report yes "--check-framework agrees: ${numeric_valid[i]}"
  else
    report no "--check-framework agrees: ${numeric_valid[i]}"
  fi
done

for ((i = 0; i < ${#numeric_invalid[@]}; i += 2)); do
  file="$tmp/numeric-invalid-$i.json"
  mutate "$numeric" "$file" "${numeric_invalid[i + 1]}"
  expect_invalid "refused: ${numeric_invalid[i]}" "$file"
  expect_refused "--check-framework agrees: ${numeric_invalid[i]}" "$file"
done

for ((i = 0; i < ${#judgement_valid[@]}; i += 2)); do
  file="$tmp/judgement-valid-$i.json"
  mutate "$judgement" "$file" "${judgement_valid[i + 1]}"
  expect_valid "valid: ${judgement_valid[i]}" "$file"
done

for ((i = 0; i < ${#judgement_invalid[@]}; i += 2)); do
  file="$tmp/judgement-invalid-$i.json"
  mutate "$judgement" "$file" "${judgement_invalid[i + 1]}"
  expect_invalid "refused: ${judgement_invalid[i]}" "$file"
done

echo "1..$n"
exit $failed
