#!/usr/bin/env bash
# Builds six more self-evaluation reports into corpus/selfreports/ (a Word table grouped by area with the criteria in
# the indicator cell, a prose-only Word report, a text PDF with a prose summary and an attached score table, a
# spreadsheet with merged cells under title rows, a scan of a table broken over two pages, a Word report in traditional
# characters; see build/self_reports2.py) and merges the scores each states into corpus/selfreports/truth.json, keeping
# the entries already there. Re-runnable (the files differ in their bytes from run to run — timestamps — the text and
# the truth do not); run it after build-selfreports.sh, which writes truth.json afresh.
#   corpus/build-selfreports2.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
out=$(dirname "$build")/selfreports
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }

mkdir -p "$out"
(cd "$build" && python3 self_reports2.py "$work" --truth "$out/truth.json")
for stem in ezhou enshi xiantao qianjiang shennongjia; do
  lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/$stem.html"
done
lo --convert-to xlsx --infilter='HTML (StarCalc)' --outdir "$work" "$work/tianmen.html"
lo --convert-to pdf --outdir "$work" "$work/xiantao.docx"
lo --convert-to pdf --outdir "$work" "$work/qianjiang.docx"

# The 潜江 report as a county copier sends it: 180 dpi gray, JPEG 65, turned 0.8°, light noise (seeded: same bytes each run).
pdftoppm -r 180 -gray "$work/qianjiang.pdf" "$work/qj"
pages=()
for p in "$work"/qj-*.pgm; do
  convert "$p" -seed 180 -background white -rotate 0.8 -attenuate 0.2 +noise Gaussian -quality 65 "${p%.pgm}.jpg"
  pages+=("${p%.pgm}.jpg")
done
img2pdf --pagesize A4 -o "$out/潜江市2019年度打击侵权假冒工作绩效考核自评报告（扫描件）.pdf" "${pages[@]}"
cp "$work/ezhou.docx" "$out/鄂州市2019年度打击侵权假冒工作绩效考核自评报告.docx"
cp "$work/enshi.docx" "$out/恩施州2019年度打击侵权假冒工作绩效考核自评报告.docx"
cp "$work/xiantao.pdf" "$out/仙桃市2019年度打击侵权假冒工作绩效考核自评报告.pdf"
cp "$work/tianmen.xlsx" "$out/天门市2019年度打击侵权假冒工作绩效考核自评表.xlsx"
cp "$work/shennongjia.docx" "$out/神農架林區2019年度打擊侵權假冒工作績效考核自評報告.docx"
ls -l "$out"
