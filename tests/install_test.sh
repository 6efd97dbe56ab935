#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake --install puts the binary, desktop file, metainfo, icons, manual page and Debian files
# where desktops and software centres look for them, all named by the one application id.
set -euo pipefail
build_dir=$1
id=io.github.leakyreluexplorer.LeakyReluExplorer
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build_dir" --prefix "$prefix" > /dev/null
files=(bin/leaky-relu-explorer share/applications/$id.desktop share/metainfo/$id.metainfo.xml
       share/icons/hicolor/scalable/apps/$id.svg share/man/man1/leaky-relu-explorer.1.gz
       share/doc/leaky-relu-explorer/copyright share/doc/leaky-relu-explorer/changelog.Debian.gz)
for size in 16 22 24 32 48 64 128 256; do
  files+=(share/icons/hicolor/${size}x${size}/apps/$id.png)
done
for f in "${files[@]}"; do
  [ -f "$prefix/$f" ] || { echo "missing after install: $f"; exit 1; }
done
grep -q "^Icon=$id\$" "$prefix/share/applications/$id.desktop" || { echo "desktop Icon is not $id"; exit 1; }
grep -q "<id>$id</id>" "$prefix/share/metainfo/$id.metainfo.xml" || { echo "metainfo id is not $id"; exit 1; }
grep -q "desktop-id\">$id.desktop<" "$prefix/share/metainfo/$id.metainfo.xml" || { echo "launchable is not $id.desktop"; exit 1; }
if ! command -v desktop-file-validate > /dev/null || ! command -v appstreamcli > /dev/null; then
  echo "desktop-file-validate or appstreamcli not installed (desktop-file-utils, appstream)"; exit 77
fi
desktop-file-validate "$prefix/share/applications/$id.desktop"
appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml"
# Each option of --help appears in the manual page.
man_text=$(zcat "$prefix/share/man/man1/leaky-relu-explorer.1.gz" | sed 's/\\-/-/g')
for option in $("$prefix/bin/leaky-relu-explorer" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  grep -q -- "$option" <<< "$man_text" || { echo "manual page lacks $option"; exit 1; }
done
QT_QPA_PLATFORM=offscreen "$prefix/bin/leaky-relu-explorer" --export "$prefix/check.png" --size 64x48
echo "installed tree works"
