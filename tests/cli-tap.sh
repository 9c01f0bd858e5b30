# SPDX-License-Identifier: GPL-3.0-or-later
#
# cli-tap.sh: sourced by the command-line tests (tests/test-cli.sh,
# tests/test-cli-compare.sh, tests/report/test-report-cli.sh) after they
# set $assessor: a temporary directory, `run` and `check` as TAP, and
# `json_check` on what the program wrote.

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

n=0
failed=0

# run ARGS…: runs the program, keeping stdout, stderr and the status.
run () {
  "$assessor" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  status=$?
}

# check DESCRIPTION CONDITION…: one TAP line.
check () {
  local description=$1
  shift
  n=$((n + 1))
  if "$@"; then
    echo "ok $n - $description"
  else
    echo "not ok $n - $description"
    echo "# status $status; stdout:"
    sed 's/^/#   /' "$tmp/out"
    echo "# stderr:"
    sed 's/^/#   /' "$tmp/err"
    failed=$((failed + 1))
  fi
}

status_is () { [ "$status" -eq "$1" ]; }

# json_check EXPRESSION: evaluates a Python boolean over d = the parsed stdout.
json_check () {
  "${python:-/usr/bin/python3}" -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
sys.exit(0 if eval(sys.argv[2]) else 1)' "$tmp/out" "$1"
}
