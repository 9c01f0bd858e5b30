#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-export-writes.sh ASSESSOR SOURCE_ROOT: assessor --export writes every
# format through the same safe writer as Save, as TAP.
#
# Disk full without root: a subshell ignores SIGXFSZ and sets RLIMIT_FSIZE
# (ulimit -f, in KiB), then execs the real assessor, whose writes past the
# limit then fail with EFBIG.  As root, a small tmpfs filled to the brim
# gives a real ENOSPC; otherwise that part is a TAP skip.

set -u

assessor=$1
root=$2
sample=$root/data/samples/sample.assessment
formats="pdf html md txt json"

export LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# shellcheck source=tests/cli-tap.sh
. "$(dirname "$0")/../cli-tap.sh"
mnt=
trap '[ -n "$mnt" ] && umount "$mnt" 2>/dev/null; rm -rf "$tmp"' EXIT

err_has () { grep -qF -- "$1" "$tmp/err"; }
mode_is () { [ "$(stat -c %a "$1")" = "$2" ]; }
group_is () { [ "$(stat -c %g "$1")" = "$2" ]; }
same_bytes () { cmp -s "$1" "$2"; }
is_link () { [ -L "$1" ]; }
is_pdf () { [ "$(head -c 5 "$1")" = "%PDF-" ]; }
exists () { [ -e "$1" ]; }
missing () { [ ! -e "$1" ]; }
# no_temporary DIR NAME: nothing named .NAME.* is left in DIR.
no_temporary () { [ -z "$(find "$1" -maxdepth 1 -name ".$2.*" -print -quit)" ]; }
skip () {
  n=$((n + 1))
  echo "ok $n # SKIP $1"
}

# run_limited KIB ARGS…: run, with writes past KIB KiB failing with EFBIG.
run_limited () {
  local limit=$1
  shift
  (
    trap '' XFSZ
    ulimit -f "$limit"
    exec "$assessor" "$@"
  ) >"$tmp/out" 2>"$tmp/err" </dev/null
  status=$?
}

# old_report FILE: an existing report of more than the 1 KiB limit.
old_report () {
  for i in $(seq 1 200); do echo "Earlier report, line $i"; done >"$1"
  cp -p "$1" "$1.orig"
}

# --- Disk full (EFBIG), every format -------------------------------------
mkdir "$tmp/full"
for format in $formats; do
  out=$tmp/full/report.$format
  old_report "$out"
  chmod 0640 "$out"
  run_limited 1 --export="$out" "$sample"
  check "$format, disk full: exit 1" status_is 1
  check "$format, disk full: the error names the file" err_has "$out"
  check "$format, disk full: says why" err_has "File too large"
  check "$format, disk full: old report byte-identical" same_bytes "$out" "$out.orig"
  check "$format, disk full: mode kept" mode_is "$out" 640
  check "$format, disk full: no temporary file" no_temporary "$tmp/full" "report.$format"
done

# --- Disk full (ENOSPC) on a real, full file system -------------------------
if [ "$(id -u)" -ne 0 ]; then
  skip "a full tmpfs needs root to mount"
else
  mnt=$tmp/tmpfs
  mkdir "$mnt"
  if ! mount -t tmpfs -o size=256k,mode=0700 assessor-test "$mnt" 2>/dev/null; then
    mnt=
    skip "could not mount a tmpfs here"
  else
    for format in $formats; do old_report "$mnt/report.$format"; done
    dd if=/dev/zero of="$mnt/filler" bs=4k 2>/dev/null
    for format in $formats; do
      out=$mnt/report.$format
      run --export="$out" "$sample"
      check "$format, tmpfs full: exit 1" status_is 1
      check "$format, tmpfs full: the error names the file and why" \
        bash -c "grep -qF -- '$out' '$tmp/err' && grep -qF 'No space left on device' '$tmp/err'"
      check "$format, tmpfs full: old report byte-identical" same_bytes "$out" "$out.orig"
      check "$format, tmpfs full: no temporary file" no_temporary "$mnt" "report.$format"
    done
    umount "$mnt"
    mnt=
  fi
fi

# --- Permission denied ---------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
  skip "root writes into a read-only directory"
else
  mkdir "$tmp/ro"
  old_report "$tmp/ro/report.md"
  chmod 0555 "$tmp/ro"
  run --export="$tmp/ro/report.md" "$sample"
  chmod 0755 "$tmp/ro"
  check "read-only directory: exit 1" status_is 1
  check "read-only directory: the error names the file" err_has "$tmp/ro/report.md"
  check "read-only directory: old report byte-identical" same_bytes "$tmp/ro/report.md" "$tmp/ro/report.md.orig"
fi

# --- Modes ----------------------------------------------------------------
mkdir "$tmp/modes"
for format in pdf md json; do
  for mask in 022 0077 000; do
    out=$tmp/modes/new-$mask.$format
    (umask "$mask"; exec "$assessor" --export="$out" "$sample") >"$tmp/out" 2>"$tmp/err"
    status=$?
    check "$format, new file under umask $mask: exit 0" status_is 0
    check "$format, new file under umask $mask: 0600" mode_is "$out" 600
  done
  # An existing 0640 report of another group keeps both.
  out=$tmp/modes/shared.$format
  old_report "$out"
  chmod 0640 "$out"
  group=$(id -g)
  if [ "$(id -u)" -eq 0 ]; then
    group=4242
  elif [ -n "$(id -G | cut -s -d' ' -f2)" ]; then
    group=$(id -G | cut -d' ' -f2)
  fi
  chgrp "$group" "$out"
  run --export="$out" "$sample"
  check "$format, existing 0640: exit 0" status_is 0
  check "$format, existing 0640: stays 0640" mode_is "$out" 640
  check "$format, existing 0640: group $group kept" group_is "$out" "$group"
  check "$format, existing 0640: replaced" bash -c "! cmp -s '$out' '$out.orig'"
done

# --- A symbolic link is written through -----------------------------------
mkdir -p "$tmp/links/real"
for format in pdf md; do
  target=$tmp/links/real/report.$format
  old_report "$target"
  chmod 0640 "$target"
  ln -s "real/report.$format" "$tmp/links/link.$format"
  run --export="$tmp/links/link.$format" "$sample"
  check "$format, through a link: exit 0" status_is 0
  check "$format, through a link: still a link" is_link "$tmp/links/link.$format"
  check "$format, through a link: the target replaced" bash -c "! cmp -s '$target' '$target.orig'"
  check "$format, through a link: the target's mode kept" mode_is "$target" 640
  check "$format, through a link: no temporary file beside link or target" \
    bash -c "[ -z \"\$(find '$tmp/links' -name '.*' -print -quit)\" ]"
done
is_pdf "$tmp/links/real/report.pdf" || echo "# the PDF target is not a PDF"
check "pdf, through a link: the target is the PDF" is_pdf "$tmp/links/real/report.pdf"

# --- Stale temporary files --------------------------------------------------
mkdir "$tmp/stale"
for format in pdf md json; do
  dir=$tmp/stale/$format
  mkdir "$dir"
  old_report "$dir/report.$format"
  for name in ".report.$format.AbC123" ".report.$format.Fresh1" ".report.$format.AbC12" \
              ".report.$format.AbC1234" "report.$format.AbC123" ".other.$format.AbC123" \
              ".report.$format.Ab-123"; do
    echo "leftover" >"$dir/$name"
    chmod 0600 "$dir/$name"
    [ "$name" = ".report.$format.Fresh1" ] || touch -d '-5 minutes' "$dir/$name"
  done
  if [ "$(id -u)" -eq 0 ]; then
    echo "someone else's" >"$dir/.report.$format.Other1"
    chown 65534 "$dir/.report.$format.Other1"
    touch -d '-5 minutes' "$dir/.report.$format.Other1"
  fi
  run --export="$dir/report.$format" "$sample"
  check "$format, stale: exit 0" status_is 0
  check "$format, stale: our old temporary file removed" missing "$dir/.report.$format.AbC123"
  check "$format, stale: a fresh one kept (may be in use)" exists "$dir/.report.$format.Fresh1"
  for name in ".report.$format.AbC12" ".report.$format.AbC1234" "report.$format.AbC123" \
              ".other.$format.AbC123" ".report.$format.Ab-123"; do
    check "$format, stale: $name (another pattern) kept" exists "$dir/$name"
  done
  if [ "$(id -u)" -eq 0 ]; then
    check "$format, stale: another user's kept" exists "$dir/.report.$format.Other1"
  else
    skip "another user's temporary file needs root to make"
  fi
done

echo "1..$n"
[ "$failed" -eq 0 ]
