#!/usr/bin/env bash
# Renders the pictures of the scorecard and of 襄阳市's report shown in the README, from a store built by
# `./extraction ingest corpus/inbox`: exports both, prints them to PDF with LibreOffice, and takes the pages as PNG.
# Usage: tests/Extraction.Tests/Reports/render_pictures.sh [path/to/extraction.db]   (re-runnable)
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
db=${1:-$root/extraction.db}
out="$root/tests/Extraction.Tests/Reports/pictures"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
"$root/extraction" export scorecard --db "$db" --out "$work/评分表.xlsx" >/dev/null
"$root/extraction" export report --region 襄阳市 --format pdf --db "$db" --out "$work/report.pdf" >/dev/null
timeout 180 soffice "-env:UserInstallation=file://$work/profile" --headless --norestore --convert-to pdf --outdir "$work" "$work/评分表.xlsx" >/dev/null 2>&1
# The first page of 襄阳市's sheet: the first page whose text names the region in its heading line.
pages=$(pdfinfo "$work/评分表.pdf" | awk '/^Pages:/ {print $2}')
for p in $(seq 1 "$pages"); do
  if pdftotext -f "$p" -l "$p" "$work/评分表.pdf" - | grep -q "地区：襄阳市"; then first=$p; break; fi
done
pdftoppm -r 80 -png -f "$first" -l "$first" -singlefile "$work/评分表.pdf" "$out/scorecard"
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$work/report.pdf" "$out/report-page1"
last=$(pdfinfo "$work/report.pdf" | awk '/^Pages:/ {print $2}')
pdftoppm -r 60 -png -f "$last" -l "$last" -singlefile "$work/report.pdf" "$out/report-annex"
echo "$out"
