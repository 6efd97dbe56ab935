#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The AppStream metainfo passes appstreamcli validate --no-net as built (no home page, no
# screenshots: none exists yet) and as a release would build it (-DLRE_HOMEPAGE,
# -DLRE_SCREENSHOT_BASE_URL), with the screenshots of both themes.
set -euo pipefail
source_dir=$1
id=io.github.leakyreluexplorer.LeakyReluExplorer
command -v appstreamcli > /dev/null || { echo "appstreamcli not installed (appstream)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
template="$source_dir/resources/$id.metainfo.xml.in"
sed 's/@LRE_METAINFO_URLS@//' "$template" > "$work/$id.metainfo.xml"
appstreamcli validate --no-net "$work/$id.metainfo.xml"
urls='  <url type="homepage">https://host.test/lre</url>\
  <screenshots>\
    <screenshot type="default"><caption>The explorer, light theme</caption><image>https://host.test/lre/window-light.png</image></screenshot>\
    <screenshot><caption>The explorer, dark theme</caption><image>https://host.test/lre/window-dark.png</image></screenshot>\
  </screenshots>'
sed "s|@LRE_METAINFO_URLS@|$urls\n|" "$template" > "$work/$id.metainfo.xml"
appstreamcli validate --no-net "$work/$id.metainfo.xml"
for image in window-light.png window-dark.png; do
  [ -f "$source_dir/docs/$image" ] || { echo "docs/$image missing"; exit 1; }
done
