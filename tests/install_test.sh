#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake --install puts the binary, the desktop file and the icon where desktops look for them.
set -euo pipefail
build_dir=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build_dir" --prefix "$prefix" > /dev/null
for f in bin/leaky-relu-explorer share/applications/leaky-relu-explorer.desktop \
         share/icons/hicolor/scalable/apps/leaky-relu-explorer.svg; do
  [ -f "$prefix/$f" ] || { echo "missing after install: $f"; exit 1; }
done
if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate "$prefix/share/applications/leaky-relu-explorer.desktop"
else
  echo "desktop-file-validate not installed (package desktop-file-utils)"; exit 77
fi
QT_QPA_PLATFORM=offscreen "$prefix/bin/leaky-relu-explorer" --export "$prefix/check.png" --size 64x48
echo "installed tree works"
