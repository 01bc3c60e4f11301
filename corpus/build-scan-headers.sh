#!/usr/bin/env bash
# Builds corpus/scans/scan-headers/: the third 成文日期 proxy set — 16 scans, copies and phone photos of whole 公文, 纪要
# and 简报 (header and ending), in what seal-dates/ and sign-dates/ lack: an Arabic date under a GB/T 9704 seal (centred
# over signature and date) and a seal centred exactly on the date line (骑年盖月); a single-page 函 with a 附注 line
# (联系人/电话) after the date; a 会议纪要 with its date in brackets under the title and 出席/列席 lists at its end, and
# one with its own masthead (第N期, organ left, date right); 工作简报 with 第N期 and the date in the masthead line; a 通报
# with no 发文机关署名 (only the seal and the date); two-page files whose page 2 holds only the last paragraph (or
# "（此页无正文）"), the signature and the date; 300 ppi colour, 200/150 ppi gray and 120 ppi black-and-white copies, JPEG
# q30–70, skew ≤ 2°; phone photos; 〇 numerals, dates in January 2020, date lines with spaces between characters; a dark
# red and a faint pink seal. Builder: corpus/build/scan_headers.py (imports seal_dates.py's page, seal, copier and phone,
# sign_dates.py's keystone and shadow). truth.json and manifest.tsv in the sign-dates layout. Same seeds, same images.
#   corpus/build-scan-headers.sh        then  bench/ocr/score-seal-dates.sh --set corpus/scans/scan-headers [--text]
# First score (product 444bad6, unchanged): bench/ocr/scan-headers-baseline.txt — dates 6/16, issuers 10/16, numbers
# 12/16; the same pages without seals (--no-seal control) 10/16, 11/16, 12/16.
set -euo pipefail
corpus=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$corpus")
out=$corpus/scans/scan-headers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/bootstrap.sh" --tools-only
rm -rf "$out" && mkdir -p "$out"
python3 "$corpus/build/scan_headers.py" "$work" "$out"
echo "版头与落款代理集：$(($(wc -l < "$out/manifest.tsv") - 1)) 个文件" >&2
du -sh "$out" >&2
