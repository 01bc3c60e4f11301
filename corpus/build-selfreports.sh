#!/usr/bin/env bash
# Builds corpus/selfreports/: self-evaluation reports in three more layouts (a prose report scanned, a Word table, a
# spreadsheet) and truth.json with the scores each states (see build/self_reports.py). Re-runnable; the scan differs in
# its bytes from one run to the next (ImageMagick noise), the text and the truth do not.
#   corpus/build-selfreports.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
out=$(dirname "$build")/selfreports
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }

mkdir -p "$out"
(cd "$build" && python3 self_reports.py "$work" --truth "$out/truth.json")
for stem in prose grid; do lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/$stem.html"; done
lo --convert-to pdf --outdir "$work" "$work/prose.docx"
lo --convert-to xlsx --infilter='CSV:44,34,76,1' --outdir "$work" "$work/Sheet1.csv"

# The prose report as a county scanner sends it: 200 dpi gray, JPEG 60, turned 1°, noise.
pdftoppm -r 200 -gray -png "$work/prose.pdf" "$work/page"
pages=()
for p in "$work"/page-*.png; do
  convert "$p" -background white -rotate 1 -attenuate 0.2 +noise Gaussian -quality 60 "${p%.png}.jpg"
  pages+=("${p%.png}.jpg")
done
img2pdf --pagesize A4 -o "$out/随州市2019年度打击侵权假冒工作绩效考核自评报告（扫描件）.pdf" "${pages[@]}"
cp "$work/grid.docx" "$out/孝感市2019年度打击侵权假冒工作考核自评报告.docx"
cp "$work/Sheet1.xlsx" "$out/荆门市2019年度打击侵权假冒工作绩效考核自评表.xlsx"
ls -l "$out"
