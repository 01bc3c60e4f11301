#!/usr/bin/env bash
# Builds a third batch of six self-evaluation reports into corpus/selfreports/ (prose by area with （一）… restarting in
# each area, a 第N项 Word table with separate 加分项 / 扣分项 tables, a spreadsheet with 指标十二 labels and 总计 / 合计 /
# 其中 rows, a text PDF whose per-area 序号 table runs over pages with its header repeated, prose with 指标十二 / 第十二项
# and 得N分 / 自评加分N分 / 扣N分, a scan of a typed table; see build/self_reports3.py) and merges the scores each states
# into corpus/selfreports/truth.json, keeping the entries already there. Re-runnable (bytes differ from run to run —
# timestamps — the text and the truth do not); run it after build-selfreports.sh and build-selfreports2.sh.
#   corpus/build-selfreports3.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
out=$(dirname "$build")/selfreports
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }

mkdir -p "$out"
(cd "$build" && python3 self_reports3.py "$work" --truth "$out/truth.json")
for stem in wuhan huangshi huanggang daye danjiangkou; do
  lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/$stem.html"
done
lo --convert-to xlsx --infilter='HTML (StarCalc)' --outdir "$work" "$work/shiyan.html"
lo --convert-to pdf --outdir "$work" "$work/huanggang.docx"
lo --convert-to pdf --outdir "$work" "$work/danjiangkou.docx"

# The 丹江口 report as a county office scans it: 150 ppi gray, JPEG 55, turned 1.2°, light noise (seeded).
pdftoppm -r 150 -gray "$work/danjiangkou.pdf" "$work/djk"
pages=()
for p in "$work"/djk-*.pgm; do
  convert "$p" -seed 150 -background white -rotate 1.2 -attenuate 0.2 +noise Gaussian -quality 55 "${p%.pgm}.jpg"
  pages+=("${p%.pgm}.jpg")
done
img2pdf --pagesize A4 -o "$out/丹江口市2019年度打击侵权假冒工作绩效考核自评报告（扫描件）.pdf" "${pages[@]}"
cp "$work/wuhan.docx" "$out/武汉市2019年度打击侵权假冒工作绩效考核自评报告.docx"
cp "$work/huangshi.docx" "$out/黄石市2019年度打击侵权假冒工作绩效考核自评报告.docx"
cp "$work/shiyan.xlsx" "$out/十堰市2019年度打击侵权假冒工作绩效考核自评表.xlsx"
cp "$work/huanggang.pdf" "$out/黄冈市2019年度打击侵权假冒工作绩效考核自评报告.pdf"
cp "$work/daye.docx" "$out/大冶市2019年度打击侵权假冒工作考核自评报告.docx"
ls -l "$out"
