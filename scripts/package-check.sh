#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# lintian on the newest .deb of a build folder: fails on any error or warning, and on any
# hardening tag even at info level (the Release build takes dpkg-buildflags' hardening flags).
# Info and pedantic tags that remain are listed, and explained in the README ("Install").
set -euo pipefail
build_dir=${1:-build/release}
deb=$(ls -t "$build_dir"/leaky-relu-explorer_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "package-check: no .deb in $build_dir (make package first)" >&2; exit 1; }
echo "lintian $deb"
out=$(lintian --info --display-info --pedantic "$deb" 2>&1 || true)
[ -z "$out" ] || echo "$out"
if grep -q '^[EW]: ' <<< "$out"; then
  echo "package-check: lintian reports errors or warnings" >&2; exit 1
fi
if grep -q 'hardening-' <<< "$out"; then
  echo "package-check: the binary lacks hardening flags" >&2; exit 1
fi
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
echo "package-check: no lintian error or warning"
