#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks data/assessment.schema.json (TAP): it is a valid draft 2020-12
# schema; the sample and assessments generated and serialised by the core
# (both frameworks) are valid against it; files broken in ways the reader
# refuses are invalid against it.
#   test-schema.sh SOURCE_ROOT BENCH_EXECUTABLE
# Needs python3-jsonschema (Debian) for /usr/bin/python3; skipped without.
set -uo pipefail

root="$1"
bench="$2"
schema="$root/data/assessment.schema.json"
sample="$root/data/samples/sample.assessment"
judged_sample="$root/data/samples/judgement.assessment"
# shellcheck source=tests/schema-tap.sh
. "$(dirname "$0")/schema-tap.sh"

safe='d["key_questions"]["safe"]'
statement="$safe"'["statements"]["safeguarding"]'

# Each: a description, then the change to the sample.
valid_changes=(
  "an assessed statement with a null score (not scored yet)"
  "$statement"'["score"] = None'
  "a not-started statement with notes only"
  "$statement"' = {"source": "not-started", "notes": "To review."}'
  "an empty date"
  'd["assessment"]["date"] = ""'
  "an override with a reason"
  "$safe"'["override"] = {"rating": "good", "reason": "Improvements since the visit."}'
  "a not-applicable statement without a score"
  "$statement"'["source"] = "not-applicable"; del '"$statement"'["score"]'
  "published figures of an imported report (71, Good)"
  "$safe"'["published"] = {"percentage": 71, "rating": "good"}'
  "a published figure below the possible minimum (11), no rating"
  "$safe"'["published"] = {"percentage": 11}'
  "a portfolio service: location ID, core service, provider level"
  'd["service"].update({"location_id": "1-123", "core_service": "Urgent and emergency care", "level": "provider"})'
  "review comments on a statement and a key question"
  "$statement"'["comments"] = [{"author": "R. Reviewer", "date": "2026-10-14", "text": "Which audit?", "resolved": False}]; '"$safe"'["comments"] = [{"text": "Check the rating."}]'
)
invalid_changes=(
  "version 2"
  'd["version"] = 2'
  "an unknown top-level member"
  'd["colour"] = "blue"'
  "an unknown framework"
  'd["framework"] = "cqc-saf-2099"'
  "a score of 7"
  "$statement"'["score"] = 7'
  "a score of 0"
  "$statement"'["score"] = 0'
  "a score as a string"
  "$statement"'["score"] = "3"'
  "an assessed statement without a score (cqc-saf-2024)"
  "del $statement"'["score"]'
  "a carried-forward statement with a score"
  "$statement"'["source"] = "carried-forward"'
  "a not-applicable statement with a null score"
  "$statement"'["source"] = "not-applicable"; '"$statement"'["score"] = None'
  "a statement without a source"
  "del $statement"'["source"]'
  "an unknown source"
  "$statement"'["source"] = "guessed"'
  "a statement of another key question"
  "$safe"'["statements"]["assessing-needs"] = {"source": "not-started", "notes": ""}'
  "an unknown evidence category"
  "$statement"'["evidence"] = {"gossip": {"notes": "x"}}'
  "an override with a blank reason"
  "$safe"'["override"] = {"rating": "good", "reason": " \t\n "}'
  "an override whose reason is a zero-width space"
  "$safe"'["override"] = {"rating": "outstanding", "reason": "\u200b"}'
  "an override whose reason is format characters and ideographic spaces"
  "$safe"'["override"] = {"rating": "good", "reason": "\u200e\u2060\ufeff\u3000"}'
  "an override without a reason"
  "$safe"'["override"] = {"rating": "good"}'
  "a date as DD/MM/YYYY"
  'd["assessment"]["date"] = "14/10/2026"'
  "a previous rating of an unknown key question"
  'd["previous"]["ratings"]["safety"] = "good"'
  "an unknown status"
  'd["assessment"]["status"] = "published"'
  "breach_of_regulation as a string"
  'd["assessment"]["breach_of_regulation"] = "yes"'
  "a published percentage of 101"
  "$safe"'["published"] = {"percentage": 101}'
  "a published rating that is not a rating"
  "$safe"'["published"] = {"rating": "excellent"}'
  "an unknown member of published"
  "$safe"'["published"] = {"score": 3}'
  "an unknown level"
  'd["service"]["level"] = "trust"'
  "a comment without text"
  "$statement"'["comments"] = [{"author": "R. Reviewer", "resolved": False}]'
  "a comment dated 14/10/2026"
  "$statement"'["comments"] = [{"text": "x", "date": "14/10/2026"}]'
  "a comment resolved as a string"
  "$safe"'["comments"] = [{"text": "x", "resolved": "yes"}]'
)

check_schema
expect_valid "data/samples/sample.assessment is valid" "$sample"
expect_valid "data/samples/judgement.assessment is valid" "$judged_sample"

judged_invalid_changes=(
  'd["key_questions"]["safe"]["judgement"]["rationale"] = " \u200b"'
  'del d["key_questions"]["safe"]["judgement"]["rationale"]'
  'd["key_questions"]["safe"]["statements"]["s1"]["score"] = 3'
  'd["key_questions"]["safe"]["statements"]["s1"]["evidence"] = {}'
  'd["key_questions"]["safe"]["statements"]["s1"]["source"] = "carried-forward"'
  'd["key_questions"]["safe"]["override"] = {"rating": "good", "reason": "x"}'
  'd["key_questions"]["safe"]["statements"]["s1"]["rating"] = "great"'
  'd["framework"] = "cqc-saf-2024"'
)
for ((i = 0; i < ${#judged_invalid_changes[@]}; i++)); do
  file="$tmp/judged-invalid-$i.assessment"
  mutate "$judged_sample" "$file" "${judged_invalid_changes[i]}"
  expect_invalid "refused in a judgement framework: ${judged_invalid_changes[i]}" "$file"
done
mutate "$judged_sample" "$tmp/judged-draft.assessment" 'd["key_questions"]["safe"]["judgement"] = {"rationale": ""}'
expect_valid "valid: a judgement with no rating and an empty rationale (still being written)" "$tmp/judged-draft.assessment"

for framework in cqc-saf-2024 cqc-saf-2023; do
  file="$tmp/generated-$framework.assessment"
  if "$bench" --generate="$file" --framework="$framework"; then
    expect_valid "a generated, serialised $framework assessment is valid" "$file"
  else
    report no "a generated, serialised $framework assessment is valid (could not generate)"
  fi
done

for ((i = 0; i < ${#valid_changes[@]}; i += 2)); do
  file="$tmp/valid-$i.assessment"
  mutate "$sample" "$file" "${valid_changes[i + 1]}"
  expect_valid "valid: ${valid_changes[i]}" "$file"
done

for ((i = 0; i < ${#invalid_changes[@]}; i += 2)); do
  file="$tmp/invalid-$i.assessment"
  mutate "$sample" "$file" "${invalid_changes[i + 1]}"
  expect_invalid "refused: ${invalid_changes[i]}" "$file"
done

echo "1..$n"
exit $failed
