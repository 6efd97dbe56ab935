#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file carries an SPDX licence line near its top (see README, "Licence").
#   scripts/spdx.sh          check: lists the files without one, exit 1 if any
#   scripts/spdx.sh --add    prepend the line to each file without one (after a #! line)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-check}
tag="SPDX-License-Identifier: GPL-3.0-or-later"

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # Tracked files and new ones not ignored, so a file is checked before its first commit.
  files=$(git ls-files --cached --others --exclude-standard)
else
  files=$(find . -path ./build -prune -o -type f -print | sed 's|^\./||')
fi

missing=0
while IFS= read -r f; do
  [ -f "$f" ] || continue
  case "$f" in
    *.cpp|*.h|*.hpp|*.c) prefix="// " ;;
    *.py|*.sh|*.cmake|*/CMakeLists.txt|CMakeLists.txt|Makefile|.ci/run) prefix="# " ;;
    *) continue ;;
  esac
  if head -n 5 "$f" | grep -q "SPDX-License-Identifier:"; then continue; fi
  if [ "$mode" = "--add" ]; then
    if head -n 1 "$f" | grep -q '^#!'; then
      sed -i "1a ${prefix}${tag}" "$f"
    else
      sed -i "1i ${prefix}${tag}" "$f"
    fi
    echo "added: $f"
  else
    echo "no SPDX licence line: $f" >&2
    missing=$((missing + 1))
  fi
done <<< "$files"

if [ "$missing" -gt 0 ]; then
  echo "spdx: $missing file(s) without '$tag' in their first 5 lines; run scripts/spdx.sh --add" >&2
  exit 1
fi
