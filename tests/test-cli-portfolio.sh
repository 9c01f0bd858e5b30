#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-portfolio.sh ASSESSOR SOURCE_ROOT: assessor --portfolio, as TAP.
# A trust of three locations (two with Location IDs and core services,
# one grouped by name), a provider-level well-led assessment, a file that
# cannot be read and a folder searched for *.assessment.

set -u

assessor=$1
root=$2
python=/usr/bin/python3

export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# shellcheck source=tests/cli-tap.sh
. "$(dirname "$0")/cli-tap.sh"
out_has () { grep -qF -- "$1" "$tmp/out"; }
json_check () {
  "$python" -c '
import json, sys
d = json.load(open(sys.argv[1]))
loc = {l.get("location_id") or l["name"]: l for l in d["locations"]}
svc = {s["file"].rsplit("/", 1)[-1]: s for s in d["services"]}
sys.exit(0 if eval(sys.argv[2]) else 1)' "$tmp/out" "$1"
}

# make FILE LOCATION_ID LOCATION CORE_SERVICE LEVEL SCORES [DATE]: every statement
# of each key question scored alike (SCORES: five digits, safe … well-led;
# 4 Outstanding, 3 Good, 2 Requires improvement, 1 Inadequate); DATE the
# assessment's date (2026-03-01 unless given; "-" for none).
make () {
  "$python" - "$root/data/frameworks/cqc-saf-2024.json" "$@" <<'PY'
import json, sys
framework = json.load(open(sys.argv[1], encoding="utf-8"))
out, location_id, location, core, level, scores = sys.argv[2:8]
date = sys.argv[8] if len(sys.argv) > 8 else "2026-03-01"
assessment = {} if date == "-" else {"date": date}
service = {"provider": "Example NHS Trust", "location": location, "name": core or location, "type": ""}
if location_id: service["location_id"] = location_id
if core: service["core_service"] = core
if level != "service": service["level"] = level
d = {"format": "assessor-assessment", "version": 1, "framework": "cqc-saf-2024",
     "service": service, "assessment": assessment,
     "previous": {"date": "2022-01-10", "source": "test", "ratings": {"overall": "good", "safe": "good"}},
     "key_questions": {}}
for kq, score in zip(framework["key_questions"], scores):
    d["key_questions"][kq["id"]] = {"statements": {s["id"]: {"source": "assessed", "score": int(score), "notes": ""}
                                                    for s in kq["quality_statements"]}}
# one stale carried-forward Safe statement (previous rating of 2022)
first = framework["key_questions"][0]["quality_statements"][0]["id"]
d["key_questions"]["safe"]["statements"][first] = {"source": "carried-forward", "notes": ""}
json.dump(d, open(out, "w", encoding="utf-8"), indent=2)
PY
}

trust=$tmp/trust
mkdir -p "$trust/east/more" "$trust/west"
make "$trust/east/ue.assessment" 1-111 "East Hospital" "Urgent and emergency care" service 33432
make "$trust/east/medical.assessment" 1-111 "East Hospital" "Medical care" service 23433
make "$trust/east/more/surgery.assessment" 1-111 "East Hospital" "Surgery" service 13333 2024-03-02
make "$trust/west/adults.assessment" 1-222 "West Community" "Community health services for adults" service 33433
make "$trust/west/crisis.assessment" 1-222 "West Community" "Mental health crisis services" service 33433
make "$trust/clinic.assessment" "" "Riverside Clinic" "" service 43333 -
make "$trust/trust-well-led.assessment" "" "" "" provider 33333 2025-10-14
printf '{"format": "assessor-assessment", "version": 1,' > "$trust/west/broken.assessment"
echo "not an assessment" > "$trust/notes.txt"

echo "1..28"

run --help
check "--help lists --portfolio and --csv" out_has "--portfolio"

run --portfolio --json "$trust"
check "a file that cannot be read: exit 1, the rest go on" status_is 1
check "the folder is searched for *.assessment, sorted, sub-folders included" \
  json_check '[s["file"].split("/trust/")[1] for s in d["services"]] == ["clinic.assessment", "east/medical.assessment", "east/more/surgery.assessment", "east/ue.assessment", "trust-well-led.assessment", "west/adults.assessment", "west/broken.assessment", "west/crisis.assessment"]'
check "the broken file is listed with its error" \
  json_check 'svc["broken.assessment"]["error"].endswith("/west/broken.assessment:1:48: unexpected end of file; expected a member name in double quotes") and "key_questions" not in svc["broken.assessment"]'
check "a row: location, core service, ratings and percentages" \
  json_check 'svc["ue.assessment"]["location_id"] == "1-111" and svc["ue.assessment"]["core_service"] == "Urgent and emergency care" and svc["ue.assessment"]["key_questions"]["caring"] == {"rating": "outstanding", "percentage": 100} and svc["ue.assessment"]["key_questions"]["well-led"] == {"rating": "requires-improvement", "percentage": 50}'
check "a row: progress, overall, previous and direction, stale carried forward" \
  json_check 'svc["ue.assessment"]["progress"] == {"scored": 34, "in_scope": 34} and svc["ue.assessment"]["overall"] == "good" and svc["ue.assessment"]["previous_overall"] == "good" and svc["ue.assessment"]["direction"] == "same" and svc["ue.assessment"]["stale_carried_forward"] == 1'
check "East (3 core services, X = 1): Safe Inadequate, Caring Outstanding, Well-led RI" \
  json_check 'loc["1-111"]["key_questions"] == {"safe": "inadequate", "effective": "good", "caring": "outstanding", "responsive": "good", "well-led": "requires-improvement"}'
check "East overall: one Inadequate and one RI of five → Requires improvement" \
  json_check 'loc["1-111"]["overall"] == "requires-improvement" and loc["1-111"]["explanation"].startswith("Requires improvement: 1 of 5 ratings are Inadequate, fewer than X, so Requires improvement at best (X = 2 for 4–8 ratings). From: safe Inadequate")'
check "East Safe explains the rule and the ratings it came from" \
  json_check 'loc["1-111"]["explanations"]["safe"] == "Inadequate: 1 of 3 ratings are Inadequate, at least X (X = 1 for 1–3 ratings). From: Medical care Requires improvement (1 March 2026), Surgery Inadequate (2 March 2024), Urgent and emergency care Good (1 March 2026)"'
check "West: Caring Outstanding from two; overall Good (one Outstanding of five)" \
  json_check 'loc["1-222"]["key_questions"]["caring"] == "outstanding" and loc["1-222"]["overall"] == "good"'
check "a service without a Location ID is grouped by location name" \
  json_check 'loc["Riverside Clinic"]["key_questions"]["safe"] == "outstanding" and loc["Riverside Clinic"]["location_id"] == ""'
check "the provider-level assessment is not a location" json_check 'len(d["locations"]) == 3'
check "provider key questions from the three locations" \
  json_check 'd["provider"]["key_questions"] == {"safe": "inadequate", "effective": "good", "caring": "outstanding", "responsive": "good", "well-led": "good"}'
check "provider Well-led from the provider-level assessment, not aggregated (RI, Good, Good)" \
  json_check 'd["provider"]["explanations"]["well-led"].startswith("Good: from the provider-level assessment ") and "trust-well-led.assessment" in d["provider"]["explanations"]["well-led"]'
check "provider overall: one Inadequate, the rest Good or better → RI, inferred" \
  json_check 'd["provider"]["overall"] == "requires-improvement" and "inferred" in d["provider"]["explanation"] and d["provider"]["name"] == "Example NHS Trust"'

run --portfolio --csv "$trust/east" "$trust/west/adults.assessment"
check "--csv: exit 0, a header, three services, two locations, the provider" \
  eval '[ "$status" -eq 0 ] && [ "$(head -1 "$tmp/out" | cut -d, -f1-9)" = "kind,file,provider,location,location_id,core_service,level,date,safe" ] && [ "$(cut -d, -f1 "$tmp/out" | sort | uniq -c | tr -s " " | tr "\n" ";")" = " 1 kind; 2 location; 1 provider; 4 service;" ]'
check "--csv: a quoted explanation with commas" \
  out_has '"Requires improvement: 1 of 5 ratings are Inadequate, fewer than X, so Requires improvement at best (X = 2 for 4–8 ratings). From: safe Inadequate (2 March 2024 – 1 March 2026), effective Good (2 March 2024 – 1 March 2026), caring Outstanding (2 March 2024 – 1 March 2026), responsive Good (2 March 2024 – 1 March 2026), well-led Requires improvement (2 March 2024 – 1 March 2026) | Safe: Inadequate: 1 of 3 ratings'

run --portfolio "$trust/east"
check "text: one row per assessment, then the locations and the provider" \
  out_has "  Safe: Inadequate: 1 of 3 ratings are Inadequate, at least X (X = 1 for 1–3 ratings). From: Medical care Requires improvement (1 March 2026), Surgery Inadequate (2 March 2024), Urgent and emergency care Good (1 March 2026)"
check "text: a row's progress, previous rating and stale count" \
  out_has "  34 of 34 statements scored · overall Good · previously Good: Stayed the same · 1 stale carried forward"

run --portfolio --summary "$trust"
check "--portfolio with --summary: usage, exit 2" status_is 2

# Dates: a service not re-inspected keeps its last assessment's date.
run --portfolio --json "$trust"
check "JSON: each service has the date its ratings are from" \
  json_check 'svc["ue.assessment"]["date"] == "2026-03-01" and svc["surgery.assessment"]["date"] == "2024-03-02" and svc["trust-well-led.assessment"]["date"] == "2025-10-14"'
check "JSON: a file without a date has date null" \
  json_check 'svc["clinic.assessment"]["date"] is None and "date" in svc["clinic.assessment"]'
check "JSON: a location built from one undated service says no date" \
  json_check 'loc["Riverside Clinic"]["explanations"]["safe"].endswith("From: Riverside Clinic Outstanding (no date)")'
check "JSON: provider ratings from locations carry their dates; Well-led its provider-level date" \
  json_check '"From: Riverside Clinic Outstanding (no date), 1-111 Inadequate (2 March 2024 – 1 March 2026)" in d["provider"]["explanations"]["safe"] and "trust-well-led.assessment (14 October 2025)" in d["provider"]["explanations"]["well-led"] and "well-led Good (14 October 2025)" in d["provider"]["explanation"]'

run --portfolio --csv "$trust"
check "CSV: the date column, empty when none" \
  eval 'grep -qF ",East Hospital,1-111,Surgery,service,2024-03-02,inadequate," "$tmp/out" && grep -qF ",Riverside Clinic,,,service,,outstanding," "$tmp/out"'

run --portfolio "$trust"
check "text: a row shows its date" \
  out_has "/east/more/surgery.assessment: Example NHS Trust · East Hospital (1-111) · Surgery · 2 March 2024"
check "text: a row without a date says no date" \
  out_has "/clinic.assessment: Example NHS Trust · Riverside Clinic · no date"

# A name a spreadsheet would run as a formula stays text in the CSV.
formula=$tmp/formula
mkdir -p "$formula"
make "$formula/f.assessment" 1-333 '=HYPERLINK("http://example.invalid","x")' "" service 33333
run --portfolio --csv "$formula"
check "CSV: a cell starting with = is kept as text (a leading apostrophe)" \
  eval 'grep -qF ",\"'"'"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\",1-333," "$tmp/out" && ! grep -q ",=HYPERLINK" "$tmp/out"'
