#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-frameworks.sh ASSESSOR SOURCE_ROOT: framework files through the
# command line, as TAP: --frameworks with user and system framework files
# (good, broken, a repeated id), --check-framework on good and broken
# files, and an assessment whose framework is not installed.

set -u

assessor=$1
root=$2
python=/usr/bin/python3

export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# shellcheck source=tests/cli-tap.sh
. "$(dirname "$0")/cli-tap.sh"
out_has () { grep -qF -- "$1" "$tmp/out"; }
err_has () { grep -qF -- "$1" "$tmp/err"; }
out_has_all () {
  local word
  for word in "$@"; do out_has "$word" || return 1; done
}

# framework OUT ID NAME [PYTHON]: the built-in SAF 2024 file with another
# id and name, changed further by the Python statement on d.
framework () {
  "$python" -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
d["id"] = sys.argv[3]
d["name"] = sys.argv[4]
exec(sys.argv[5])
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
' "$root/data/frameworks/cqc-saf-2024.json" "$1" "$2" "$3" "${4:-pass}"
}

export XDG_DATA_HOME=$tmp/home
export XDG_DATA_DIRS=$tmp/system
user=$XDG_DATA_HOME/assessor/frameworks
system=$XDG_DATA_DIRS/assessor/frameworks
mkdir -p "$user" "$system"

framework "$user/local.json" local-2026 "Local framework (2026)" 'd["framework_version"] = "2026-03"'
framework "$user/shared.json" shared "Shared (user)" 'del d["short_name"]'
framework "$system/shared.json" shared "Shared (system)"
framework "$user/saf.json" cqc-saf-2024 "A changed SAF 2024"
printf '{\n  "format": "assessor-framework",\n  "version": 1,,\n}\n' >"$user/broken.json"

echo "1..32"

run --help
check "--help mentions --frameworks and --check-framework" out_has_all --frameworks --check-framework

run --frameworks
check "--frameworks exits 0 with broken files installed" status_is 0
check "--frameworks lists the built-ins" out_has_all "cqc-saf-2024 2024-12-02" "cqc-saf-2023 2023-11-20" "source: built-in"
check "--frameworks lists the user's framework with its path" \
  out_has_all "local-2026 2026-03: Local framework (2026)" "source: $user/local.json"
check "--frameworks names the methods" out_has_all "method: quality-statement" "method: evidence-category"
check "--frameworks reports the broken file with its path and line:col" err_has "$user/broken.json:3:"
check "--frameworks reports the repeated id with both paths" \
  grep -qF "$system/shared.json: /id: the framework “shared” is already installed from $user/shared.json" "$tmp/err"
check "--frameworks reports a file with a built-in's id" err_has "$user/saf.json: /id: the framework “cqc-saf-2024” is built in"
check "--frameworks offers the user's file of a repeated id" out_has "shared 2024-12-02: Shared (user)"

run --frameworks --json
check "--frameworks --json exits 0" status_is 0
check "--frameworks --json: an array of id, version, name, method, source" \
  json_check 'all(set(f) >= {"id", "version", "name", "method", "source"} for f in d) and [f["id"] for f in d] == ["cqc-saf-2024", "cqc-saf-2023", "cqc-kloe-asc-2017", "local-2026", "shared"]'
check "--frameworks --json: built-in or the path" \
  json_check 'd[0]["source"] == "built-in" and d[3]["source"].endswith("/home/assessor/frameworks/local.json") and d[1]["method"] == "evidence-category" and d[2]["method"] == "judgement"'
check "--frameworks --json: the built-ins' short names; null for a file without one" \
  json_check '[f["short_name"] for f in d[:3]] == ["SAF 2024", "SAF 2023", "KLOE 2017"] and all("short_name" in f for f in d) and d[4]["short_name"] is None'

run --check-framework "$user/local.json"
check "--check-framework on a good file exits 0" status_is 0
check "--check-framework says it is valid" out_has "local.json: valid: framework “local-2026”, version “2026-03”"

run --check-framework "$user/broken.json"
check "--check-framework on a syntax error exits 1" status_is 1
check "--check-framework names file and line:col" err_has "broken.json:3:"

framework "$tmp/value.json" value "Value error" 'd["key_questions"][2]["quality_statements"][1]["name"] = 7'
run --check-framework "$tmp/value.json"
check "--check-framework on a value error exits 1" status_is 1
check "--check-framework names the JSON path" err_has "value.json: /key_questions/2/quality_statements/1/name: expected a string"

framework "$tmp/newer.json" newer "Newer" 'd["version"] = 2'
run --check-framework "$tmp/newer.json"
check "--check-framework refuses a newer format version" status_is 1
check "--check-framework says the format is newer" err_has "newer.json: /version: a framework for a newer Assessor"

mkfifo "$tmp/fifo.json"
run --check-framework "$tmp/fifo.json"
check "--check-framework refuses a FIFO without blocking" status_is 1
check "--check-framework names the FIFO" err_has "fifo.json"

run --check-framework
check "--check-framework without FILE is a usage error" status_is 2
run --check-framework "$user/local.json" "$tmp/value.json"
check "--check-framework with two files is a usage error" status_is 2
run --frameworks --summary "$root/data/samples/sample.assessment"
check "--frameworks with --summary is a usage error" status_is 2

# An assessment whose framework is not installed: a clear message, the
# file untouched; installed, it opens.
cat >"$tmp/kloe.assessment" <<'JSON'
{
  "format": "assessor-assessment",
  "version": 1,
  "framework": "kloe-test",
  "service": { "name": "Rose House" },
  "framework_version": "2017-11-06"
}
JSON
cp "$tmp/kloe.assessment" "$tmp/kloe.copy"
run --check "$tmp/kloe.assessment"
check "--check of an assessment of a missing framework exits 1" status_is 1
check "--check names the framework's id and version" \
  err_has "/framework: this assessment uses the framework “kloe-test”, version “2017-11-06”, which is not installed"
run --summary "$tmp/kloe.assessment"
check "--summary names the framework too" err_has "“kloe-test”, version “2017-11-06”"
check "the file is unchanged" cmp -s "$tmp/kloe.assessment" "$tmp/kloe.copy"
framework "$user/kloe.json" kloe-test "KLOE test"
run --summary "$tmp/kloe.assessment"
check "with the framework installed it opens" status_is 0

# What the app writes names the framework's edition, so a reader without
# the framework can say which one it needs.
run --export="$tmp/edition.json" "$root/data/samples/sample.assessment"
check "a written assessment names its framework_version" \
  /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["framework"] == "cqc-saf-2024" and d["framework_version"] == "2024-12-02" else 1)' "$tmp/edition.json"

exit $((failed > 0))
