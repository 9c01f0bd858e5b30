#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-report-cli.sh ASSESSOR SOURCE_ROOT: assessor --export, as TAP.
# No display: DISPLAY and WAYLAND_DISPLAY are unset.

# shellcheck source=tests/report/report-tap.sh
. "$(dirname "$0")/report-tap.sh"
err_has () { grep -qF -- "$1" "$tmp/err"; }
file_has () { grep -qF -- "$2" "$1"; }
starts_with () { [ "$(head -c ${#2} "$1")" = "$2" ]; }
pdf_has () { pdftotext -enc UTF-8 "$1" - | tr -s ' \n' '  ' | grep -qF -- "$2"; }
json_ok () {
  "$python" -c 'import json, sys; d = json.load(open(sys.argv[1])); sys.exit(0 if "results" in d else 1)' "$1"
}

run --export="$tmp/report.pdf" "$sample"
check ".pdf: exit 0" status_is 0
check ".pdf: a PDF" starts_with "$tmp/report.pdf" "%PDF-"
check ".pdf: the service and a score sentence" pdf_has "$tmp/report.pdf" "scored 66 (out of 100)"
check ".pdf: DRAFT on a draft" pdf_has "$tmp/report.pdf" "DRAFT"

# The window is a module the command line never opens: an export loads
# no GTK (the dynamic loader lists each library it loads).
LD_DEBUG=libs run --export="$tmp/lean.pdf" "$sample"
check ".pdf: exit 0 with the loader's list" status_is 0
check ".pdf: GLib loaded (the list is there)" err_has "libglib-2.0.so"
check ".pdf: no GTK or libadwaita loaded" sh -c '! grep -qE "lib(gtk-4|adwaita-1)\.so" "$1"' sh "$tmp/err"

run --export="$tmp/report.html" "$sample"
check ".html: exit 0" status_is 0
check ".html: an HTML document" starts_with "$tmp/report.html" "<!DOCTYPE html>"
check ".html: the service heading" file_has "$tmp/report.html" "<h1>Larchfield House</h1>"

run --export="$tmp/report.md" "$sample"
check ".md: exit 0" status_is 0
check ".md: Markdown heading" starts_with "$tmp/report.md" "# Larchfield House"
check ".md: the comparison" file_has "$tmp/report.md" "At this assessment it has gone down to Requires improvement."

run --export="$tmp/report.txt" "$sample"
check ".txt: exit 0" status_is 0
check ".txt: the service first" starts_with "$tmp/report.txt" "Larchfield House"
check ".txt: Score lines" file_has "$tmp/report.txt" "Score: 3"

run --export="$tmp/report.json" "$sample"
check ".json: exit 0" status_is 0
check ".json: the assessment with results" json_ok "$tmp/report.json"

run --export="$tmp/well-led.md" --key-questions=well-led --no-comparison --evidence-notes "$sample"
check "options: exit 0" status_is 0
check "options: Well-led only" bash -c "grep -q '^## Well-led' '$tmp/well-led.md' && ! grep -q '^## Safe' '$tmp/well-led.md'"
check "options: no comparison" bash -c "! grep -q 'At the previous assessment' '$tmp/well-led.md'"

run --export="$tmp/report.docx" "$sample"
check "unknown extension: exit 2" status_is 2
check "unknown extension: says which" err_has "must end in .pdf, .html, .md, .txt or .json"

run --export="$tmp/x.md" --key-questions=safe,kindness "$sample"
check "unknown key question: exit 2" status_is 2
check "unknown key question: named" err_has "“kindness” is not a key question"

run --evidence-notes "$sample"
check "option without --export: exit 2" status_is 2

run --export="$tmp/x.md" --summary "$sample"
check "--export with --summary: exit 2" status_is 2

run --export="$tmp/x.md" "$sample" "$sample"
check "two FILEs: exit 2" status_is 2

echo "keep me" >"$tmp/kept.md"
printf '{"format": "assessor-assessment", "version": 1, "framework": "cqc-saf-2024", "bogus": 1}' >"$tmp/bad.assessment"
run --export="$tmp/kept.md" "$tmp/bad.assessment"
check "invalid FILE: exit 1" status_is 1
check "invalid FILE: the error names the file" err_has "bad.assessment"
check "invalid FILE: OUT untouched" file_has "$tmp/kept.md" "keep me"

run --export="$tmp/no/such/dir/x.pdf" "$sample"
check "unwritable OUT: exit 1" status_is 1
check "unwritable OUT: named" err_has "$tmp/no/such/dir/x.pdf"

echo "1..$n"
[ "$failed" -eq 0 ]
