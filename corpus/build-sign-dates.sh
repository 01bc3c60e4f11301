#!/usr/bin/env bash
# Builds corpus/scans/sign-dates/: the second 成文日期 proxy set — 18 scans, copies and phone photos of a 公文's, 总结's
# or 报告's last page (two-page files with their header page first), made to cover what seal-dates/ lacks: gray
# photocopies at 96/120/150 ppi, JPEG quality 25–60; dates in Chinese numerals with 〇, ○ or 零; a seal over part of the
# date or over the signature only; 联合发文 (two organs side by side over one date, two seals); a date typed after
# full-width spaces; a 版记 with 抄送 and a 印发 line (its date not the 成文日期); single-page 通知 (masthead, number,
# body, signature); skew 1–3°; phone photos in perspective with a shadow; blue and faint stamps; "— 3 —" just under
# the date. Builder: corpus/build/sign_dates.py (imports seal_dates.py's page, seal, copier and phone). truth.json holds
# each file's 成文日期, issuer, 发文字号 (and 印发日期, features); manifest.tsv how each was made. Same seeds, same images.
#   corpus/build-sign-dates.sh        then  bench/ocr/score-seal-dates.sh --set corpus/scans/sign-dates [--text]
# First score (product unchanged): bench/ocr/sign-dates-baseline.txt — dates 5/18, issuers 11/18, numbers 16/18.
set -euo pipefail
corpus=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$corpus")
out=$corpus/scans/sign-dates
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/bootstrap.sh" --tools-only
rm -rf "$out" && mkdir -p "$out"
python3 "$corpus/build/sign_dates.py" "$work" "$out"
echo "落款日期代理集：$(($(wc -l < "$out/manifest.tsv") - 1)) 个文件" >&2
du -sh "$out" >&2
