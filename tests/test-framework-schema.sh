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
schema="$root/data/framework.schema.json"
numeric="$root/data/frameworks/cqc-saf-2024.json"
judgement="$root/tests/frameworks/judgement.json"
# shellcheck source=tests/schema-tap.sh
. "$(dirname "$0")/schema-tap.sh"

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
  "no short_name"
  'del d["short_name"]'
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
  "a blank short_name"
  'd["short_name"] = " \u200b"'
  "a short_name that is not a string"
  'd["short_name"] = 2024'
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

check_schema
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
