#!/usr/bin/env bash
# Prints the size of the release build in dist/: raw and gzipped, per kind and in
# all, against the budget. A benchmark that prints figures, not a test.
set -euo pipefail
dist=${1:-dist}
budget_kb=${BUDGET_KB:-250}

gz() { gzip -9c "$1" | wc -c; }
row() { printf '  %-28s %9s B raw %9s B gzipped\n' "$1" "$2" "$3"; }

echo "dist size ($dist, release build)"
total_raw=0
total_gz=0
count=0
# The .gz and .br copies beside the files are left out: a host sends one or the other.
for file in $(find "$dist" -type f ! -name '*.gz' ! -name '*.br' | sort); do
  raw=$(wc -c <"$file")
  packed=$(gz "$file")
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + packed))
  count=$((count + 1))
  case "$file" in
    *.wasm | *.js) row "$(basename "$file")" "$raw" "$packed" ;;
  esac
done
row "all of dist/ ($count files)" "$total_raw" "$total_gz"
printf '  budget: %s KB gzipped; used %s KB (%s%%)\n' "$budget_kb" \
  "$(((total_gz + 999) / 1000))" "$((total_gz * 100 / (budget_kb * 1000)))"
