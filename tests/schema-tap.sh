# SPDX-License-Identifier: GPL-3.0-or-later
#
# schema-tap.sh: sourced by the JSON Schema tests (tests/test-schema.sh,
# tests/test-framework-schema.sh) after they set $schema: a temporary
# directory, a skip without python3-jsonschema, and TAP lines for files
# valid or invalid against $schema (draft 2020-12).

python=/usr/bin/python3
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if ! "$python" -c 'import jsonschema' 2>/dev/null; then
  echo "1..0 # SKIP python3-jsonschema is not installed"
  exit 0
fi

n=0
failed=0

# report yes|no DESCRIPTION: one TAP line.
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

# validate FILE: exit status 0 when FILE is valid; the first error goes to
# stderr.
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
  "$python" "$(dirname "$0")/mutate-json.py" "$1" "$2" "$3"
}

# expect_valid DESCRIPTION FILE, expect_invalid DESCRIPTION FILE.
expect_valid () {
  if validate "$2"; then report yes "$1"; else report no "$1"; fi
}

expect_invalid () {
  if validate "$2" 2>/dev/null; then report no "$1"; else report yes "$1"; fi
}

# The schema itself is a valid draft 2020-12 JSON Schema.
check_schema () {
  local description="the schema is a valid JSON Schema (draft 2020-12)"

  if "$python" -c '
import json, sys, jsonschema
jsonschema.Draft202012Validator.check_schema(json.load(open(sys.argv[1], encoding="utf-8")))
' "$schema"; then
    report yes "$description"
  else
    report no "$description"
  fi
}
