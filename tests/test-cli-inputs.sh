#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-cli-inputs.sh ASSESSOR SOURCE_ROOT: every file the command line
# reads is read with a cap and only if it is a regular file, as TAP.
# A device, a FIFO or a folder is refused at once, naming it; a file past
# the cap is refused without being read.  Each run has a timeout (a FIFO
# that blocks fails the test instead of hanging it) and, outside an
# AddressSanitizer build, an address-space limit (a read that grows
# without end fails fast instead of eating the machine).

set -u

assessor=$1
root=$2
sample=$root/data/samples/sample.assessment
python=/usr/bin/python3

export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# shellcheck source=tests/cli-tap.sh
. "$(dirname "$0")/cli-tap.sh"
err_has () { grep -qF -- "$1" "$tmp/err"; }

# AddressSanitizer reserves terabytes of address space (no limit there)
# and keeps freed memory in quarantine (no peak to compare with the file).
# It is also many times slower (full stacks on every allocation): a hang
# is still caught, only later.
limit_kb=1048576
seconds=10
asan=
if grep -qa __asan_init "$assessor"; then
  limit_kb=unlimited
  seconds=120
  asan=" # SKIP AddressSanitizer keeps freed memory in quarantine"
fi

# run_bounded ARGS…: `run` with a timeout, an address-space limit, and
# the peak resident size in KB in $peak_kb.
run_bounded () {
  (
    ulimit -v "$limit_kb"
    exec /usr/bin/time -f '%M' -o "$tmp/peak" timeout "$seconds" "$assessor" "$@"
  ) >"$tmp/out" 2>"$tmp/err" </dev/null
  status=$?
  peak_kb=$(tail -n 1 "$tmp/peak")
}
# Well below the 1 GB a whole read of the sparse files would take.
peak_small () { [ "$peak_kb" -lt 204800 ]; }

mkfifo "$tmp/pipe.assessment" "$tmp/pipe.json" "$tmp/pipe.csv"
mkdir "$tmp/folder.assessment"
truncate -s 1G "$tmp/big.assessment" "$tmp/big.json" "$tmp/big.csv"

# A CQC API location padded to about 10 MB with many small values, the
# shape that made a JsonNode tree 28-45 times the file's size.
"$python" - "$root/tests/compare/location-1-101234567.json" "$tmp/wide-api.json" <<'PY'
import json, sys
location = json.load(open(sys.argv[1]))
location["reports"] = [[1, 2, "a", {"b": None}]] * 500000
json.dump(location, open(sys.argv[2], "w"), separators=(",", ":"))
PY
api_kb=$(( $(stat -c %s "$tmp/wide-api.json") / 1024 ))
# Four times the file, and room for the program itself (more under ASan).
peak_within_4x () { [ "$peak_kb" -lt $(( 4 * api_kb + 65536 )) ]; }

echo "1..21"

run_bounded --check /dev/zero
check "--check /dev/zero: exit 1" status_is 1
check "--check /dev/zero: names it, not a regular file" \
  err_has "/dev/zero: not a regular file (a device)"

run_bounded --check "$tmp/pipe.assessment"
check "--check on a FIFO: exit 1 without waiting for a writer" status_is 1
check "--check on a FIFO: names it" err_has "pipe.assessment: not a regular file (a pipe)"

run_bounded --summary "$tmp/folder.assessment"
check "--summary on a folder: exit 1" status_is 1
check "--summary on a folder: names it" err_has "folder.assessment: not a regular file (a folder)"

run_bounded --check "$tmp/big.assessment"
check "--check on a 1 GB file: exit 1" status_is 1
check "--check on a 1 GB file: names it and the limit" \
  err_has "big.assessment: file is too large (1073741824 bytes; the limit is 268435456)"
check "--check on a 1 GB file: not read" peak_small

run_bounded --compare="$tmp/big.json" "$sample"
check "--compare with a 1 GB JSON file: exit 1" status_is 1
check "--compare with a 1 GB JSON file: names it and the limit" \
  err_has "big.json: file is too large (1073741824 bytes; the limit is 268435456)"
check "--compare with a 1 GB JSON file: not read" peak_small

run_bounded --compare="$tmp/big.csv" --location=1-101234567 "$sample"
check "--compare with a 1 GB CSV: exit 1" status_is 1
check "--compare with a 1 GB CSV: names it and the limit" \
  err_has "big.csv: file is too large (1073741824 bytes; the limit is 268435456)"
check "--compare with a 1 GB CSV: not read" peak_small

run_bounded --compare="$tmp/pipe.json" "$sample"
check "--compare with a FIFO: exit 1, named" \
  eval 'status_is 1 && err_has "pipe.json: not a regular file (a pipe)"'

run_bounded --compare="$tmp/pipe.csv" --location=1-101234567 "$sample"
check "--compare with a FIFO as the CSV: exit 1, named" \
  eval 'status_is 1 && err_has "pipe.csv: not a regular file (a pipe)"'

run_bounded --compare=/dev/zero "$sample"
check "--compare=/dev/zero: exit 1, named" \
  eval 'status_is 1 && err_has "/dev/zero: not a regular file (a device)"'

run_bounded --compare="$tmp/wide-api.json" "$sample"
check "--compare with a 10 MB CQC API file: read" \
  eval 'status_is 0 && grep -qF "Previous ratings: CQC API location 1-101234567 (Larchfield House)" "$tmp/out"'
if [ -n "$asan" ]; then
  check "--compare with a 10 MB CQC API file: peak memory$asan" true
else
  check "--compare with a 10 MB CQC API file: peak memory within 4 × its size" peak_within_4x
fi

run_bounded --check "$sample"
check "a regular file still reads: exit 0" status_is 0

[ "$failed" -eq 0 ]
