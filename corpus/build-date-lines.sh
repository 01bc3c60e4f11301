#!/usr/bin/env bash
# Builds corpus/scans/date-lines/: 160 signed-date lines (2019年11月1日, 二〇一九年十一月一日) as a copier or phone
# leaves them — Noto Serif and Sans, 96–200 ppi, gray JPEG at quality 30–60, skewed up to 1.5° — most with a month or
# day of ones, which Tesseract's Chinese model misreads. truth.tsv holds each image's date and how it was made.
# Re-runnable: the same seed gives the same images.
#   corpus/build-date-lines.sh        then  dotnet test --filter FullyQualifiedName~DateLineScanTests
set -euo pipefail
corpus=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$corpus")
out=$corpus/scans/date-lines
"$root/bootstrap.sh" --tools-only
rm -rf "$out" && mkdir -p "$out"
python3 "$corpus/build/date_lines.py" "$out"
echo "日期行集：$(($(wc -l < "$out/truth.tsv") - 1)) 张图片" >&2
du -sh "$out" >&2
