#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer
# and UndefinedBehaviorSanitizer, and runs each for a while, two at a time.
#   build-aux/fuzz.sh                    # 10 minutes per target, in _build-fuzz
#   FUZZ_SECONDS=1800 build-aux/fuzz.sh  # 30 minutes per target
#   FUZZ_BUILDDIR=/tmp/fuzz build-aux/fuzz.sh
#   FUZZ_TARGETS="fuzz-import-cqc-csv" FUZZ_RUNS=10000000 build-aux/fuzz.sh
# New inputs go to $FUZZ_BUILDDIR/corpus/TARGET (not into the tree); a
# crash leaves crash-* in $FUZZ_BUILDDIR/findings/TARGET and fails the run.
# The seed corpora also run as ordinary tests in every build (suite fuzz).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

builddir="${FUZZ_BUILDDIR:-_build-fuzz}"
seconds="${FUZZ_SECONDS:-600}"
runs="${FUZZ_RUNS:--1}"   # or stop after this many executions

# Only fuzzing needs these; build-aux/install-deps.sh stays the list for
# the normal build.
build-aux/install-deps.sh
missing=()
for pkg in clang libclang-rt-14-dev; do
  if [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" != "install ok installed" ]]; then
    missing+=("$pkg")
  fi
done
if [[ ${#missing[@]} -gt 0 ]]; then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
fi

if [[ ! -f "$builddir/meson-private/coredata.dat" ]]; then
  CC=clang meson setup "$builddir" -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false
fi
meson compile -C "$builddir"

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# The report targets load fonts: fontconfig's cache lives as long as the
# process (see the file).
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp"

declare -A seeds=(
  [fuzz-assessment]="tests/fuzz/corpus/fuzz-assessment data/samples tests/broken tests/json-corpus"
  [fuzz-framework]="tests/fuzz/corpus/fuzz-framework data/frameworks tests/json-corpus"
  [fuzz-import-cqc-api]="tests/compare tests/compare/broken tests/json-corpus"
  [fuzz-import-cqc-csv]="tests/compare tests/compare/broken"
  [fuzz-report-text]="tests/fuzz/corpus/fuzz-report data/samples tests/fuzz/corpus/fuzz-assessment tests/fuzz/corpus/fuzz-report-text"
  [fuzz-report-pdf]="tests/fuzz/corpus/fuzz-report data/samples tests/fuzz/corpus/fuzz-assessment"
  [fuzz-import-report]="tests/reports tests/compare"
)
declare -A dicts=(
  [fuzz-assessment]="tests/fuzz/assessment.dict"
  [fuzz-framework]="tests/fuzz/framework.dict"
  [fuzz-import-cqc-api]="tests/fuzz/cqc-api.dict"
  [fuzz-import-cqc-csv]="tests/fuzz/csv.dict"
  [fuzz-report-text]="tests/fuzz/assessment.dict"
  [fuzz-report-pdf]="tests/fuzz/assessment.dict"
  [fuzz-import-report]="tests/fuzz/report.dict"
)
# The longest input each target is given: a report's notes reach 1 MB and
# more (the loader takes up to 256 MB), the rest stays small to be fast.
declare -A max_lens=(
  [fuzz-report-text]=1100000
  [fuzz-report-pdf]=1100000
)
# Seconds one input may take.  A PDF of a 1 MB assessment is some hundred
# pages: about 20 s with the sanitizers, so only a real hang passes 60.
declare -A timeouts=(
  [fuzz-report-pdf]=60
)

run_target () {
  local target="$1" work="$builddir/corpus/$1" findings="$builddir/findings/$1"

  mkdir -p "$work" "$findings"
  # shellcheck disable=SC2086  # the seed directories are separate words
  "$builddir/tests/fuzz/$target" "$work" ${seeds[$target]} \
    -dict="${dicts[$target]}" -max_len="${max_lens[$target]:-65536}" -timeout="${timeouts[$target]:-10}" -rss_limit_mb=2048 \
    -max_total_time="$seconds" -runs="$runs" -print_final_stats=1 \
    -artifact_prefix="$findings/" >"$builddir/$target.log" 2>&1
}

# Two at a time (a target is one process, one core); FUZZ_TARGETS picks.
targets=(${FUZZ_TARGETS:-fuzz-assessment fuzz-framework fuzz-import-cqc-api fuzz-import-cqc-csv
           fuzz-report-text fuzz-report-pdf fuzz-import-report})
status=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  pids=()
  for target in "${targets[@]:i:2}"; do
    run_target "$target" &
    pids+=("$!")
  done
  for pid in "${pids[@]}"; do
    wait "$pid" || status=1
  done
done

for target in "${targets[@]}"; do
  echo "== $target"
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^Done|^==[0-9]+==ERROR|SUMMARY' \
    "$builddir/$target.log" || true
done
exit "$status"
