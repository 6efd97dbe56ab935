#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target for a bounded time on a scratch copy of its seed corpus.
set -euo pipefail
seconds=${1:-60}
build=build/fuzz
status=0
for target in values settings labjson commandline; do
  scratch=$(mktemp -d)
  log="$build/fuzz_$target.log"
  echo "fuzz_$target: ${seconds}s"
  if QT_QPA_PLATFORM=offscreen "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
       -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/" "$scratch" "fuzz/corpus/$target" > "$log" 2>&1; then
    runs=$(grep -m1 -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
    echo "fuzz_$target: no finding, $runs executions"
  else
    echo "fuzz_$target: FINDING (see $log)"; tail -40 "$log"; status=1
  fi
  rm -rf "$scratch"
done
exit $status
