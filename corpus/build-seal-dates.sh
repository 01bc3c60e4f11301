#!/usr/bin/env bash
# Builds corpus/scans/seal-dates/: the seal-over-date tuning set — 16 scans, copies and phone photos of the last page
# of a 公文, 总结 or 报告 (two-page files with their header page first) whose round red seal covers the signature and
# the 成文日期: centred on the date, over the year, over the closing 日, its ring through the date line, off to a
# side; 96–300 ppi, JPEG quality 30–85, colour, gray photocopy (the seal turns gray) and phone photo. truth.json
# holds each file's 成文日期, issuer and 发文字号; manifest.tsv how each was made. Re-runnable: the same seeds give
# the same images.
#   corpus/build-seal-dates.sh        then  bench/ocr/score-seal-dates.sh
set -euo pipefail
corpus=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$corpus")
out=$corpus/scans/seal-dates
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/bootstrap.sh" --tools-only
rm -rf "$out" && mkdir -p "$out"
python3 "$corpus/build/seal_dates.py" "$work" "$out"
echo "印章压日期集：$(($(wc -l < "$out/manifest.tsv") - 1)) 个文件" >&2
du -sh "$out" >&2
