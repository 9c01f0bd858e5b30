#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks po/POTFILES.in against the sources:
#  - every .c and .ui file under src/ with translatable strings
#    (_( N_( C_( NC_( or translatable="yes") must be listed;
#  - every listed file must exist;
#  - the list must be sorted (LC_ALL=C), without duplicates.
#
# Usage: check-potfiles.sh [SOURCE_ROOT]   (default: the repository root)
set -euo pipefail
export LC_ALL=C

root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
cd "$root"
potfiles="po/POTFILES.in"

if [[ ! -f "$potfiles" ]]; then
  echo "check-potfiles: $root/$potfiles does not exist" >&2
  exit 1
fi

# Entries of POTFILES.in, without comments, blank lines or surrounding blanks.
listed="$(sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$potfiles" | grep -v '^$' || true)"

# Files under src/ that contain translatable strings.
needed=""
if [[ -d src ]]; then
  needed="$(find src \( -name '*.c' -o -name '*.ui' \) -type f -print0 \
    | xargs -0 -r grep -l -E \
        -e '(^|[^[:alnum:]_])(_|N_|C_|NC_)[[:space:]]*\(' \
        -e 'translatable="yes"' \
    | sort || true)"
fi

status=0

missing="$(comm -23 <(printf '%s\n' "$needed" | grep -v '^$' || true) \
                    <(printf '%s\n' "$listed" | sort -u))"
if [[ -n "$missing" ]]; then
  echo "check-potfiles: these files have translatable strings but are not in $potfiles:" >&2
  printf '%s\n' "$missing" | sed 's/^/  /' >&2
  status=1
fi

while IFS= read -r entry; do
  [[ -z "$entry" ]] && continue
  if [[ ! -f "$entry" ]]; then
    echo "check-potfiles: $potfiles lists $entry, which does not exist" >&2
    status=1
  fi
done <<< "$listed"

if [[ "$listed" != "$(printf '%s\n' "$listed" | sort -u)" ]]; then
  echo "check-potfiles: $potfiles is not sorted (LC_ALL=C) or has duplicates; expected:" >&2
  printf '%s\n' "$listed" | sort -u | sed 's/^/  /' >&2
  status=1
fi

if [[ $status -eq 0 ]]; then
  echo "check-potfiles: $potfiles is complete ($(printf '%s\n' "$listed" | grep -c .) files)"
fi
exit $status
