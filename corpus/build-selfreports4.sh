#!/usr/bin/env bash
# Builds a fourth batch of six self-evaluation reports into corpus/selfreports/ (prose with no indicator numbers and
# reworded titles, 该项满分N分，自评M分 / 扣N分，得M分 / 自评满分; a Word table whose 自评得分 column stands before 分值,
# with a 扣分 column and two indicators merged in a row; a spreadsheet made from a CSV with the indicators named only;
# numbered prose with the scores phrased in turn, Chinese numerals among them; a phone photo of a table page; a 100 ppi
# gray scan of a table with 扣分 before 得分; see build/self_reports4.py) and merges the scores each states into
# corpus/selfreports/truth.json, keeping the entries already there. Re-runnable (bytes differ from run to run —
# timestamps — the text and the truth do not; the photo and the scan are seeded); run it after build-selfreports.sh.
#   corpus/build-selfreports4.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
out=$(dirname "$build")/selfreports
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }

mkdir -p "$out"
(cd "$build" && python3 self_reports4.py "$work" --truth "$out/truth.json")
for stem in xiangyang yichang zaoyang yingcheng yidu; do
  lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/$stem.html"
done
# CSV: comma, double quote, UTF-8 (76), first line 1.
lo --convert-to xlsx --infilter='CSV:44,34,76,1' --outdir "$work" "$work/Sheet1.csv"
lo --convert-to pdf --outdir "$work" "$work/yingcheng.docx"
lo --convert-to pdf --outdir "$work" "$work/yidu.docx"

# The 应城 table page as a phone takes it: 200 ppi colour, the sheet in perspective on a darker desk, turned 1°, light
# falling off towards one corner, a warm cast, noise, JPEG 80 (seeded).
[ "$(pdfinfo "$work/yingcheng.pdf" | awk '/^Pages:/{print $2}')" = 1 ] || { echo "应城: the table must fit one page" >&2; exit 1; }
pdftoppm -r 200 -png -singlefile "$work/yingcheng.pdf" "$work/yc"
convert "$work/yc.png" -bordercolor 'rgb(120,110,95)' -border 80 \
  -virtual-pixel background -background 'rgb(120,110,95)' \
  -distort Perspective '0,0 40,30  1813,0 1780,50  0,2499 15,2480  1813,2499 1805,2520' \
  -rotate 1 \
  \( +clone -sparse-color Barycentric '0,0 rgb(255,252,245) %w,0 rgb(215,210,200) 0,%h rgb(190,184,172) %w,%h rgb(120,114,104)' \) \
  -compose Multiply -composite \
  -seed 77 -attenuate 0.3 +noise Gaussian -quality 80 "$work/yingcheng.jpg"
cp "$work/yingcheng.jpg" "$out/应城市2019年度打击侵权假冒工作绩效考核自评得分表（手机拍照）.jpg"

# The 宜都 report as a township office scans it: 100 ppi gray, JPEG 50, turned 0.6°, light noise (seeded).
pdftoppm -r 100 -gray "$work/yidu.pdf" "$work/yd"
pages=()
for p in "$work"/yd-*.pgm; do
  convert "$p" -seed 100 -background white -rotate 0.6 -attenuate 0.2 +noise Gaussian -quality 50 "${p%.pgm}.jpg"
  pages+=("${p%.pgm}.jpg")
done
img2pdf --pagesize A4 -o "$out/宜都市2019年度打击侵权假冒工作绩效考核自评报告（扫描件）.pdf" "${pages[@]}"
cp "$work/xiangyang.docx" "$out/襄阳市2019年度打击侵权假冒工作绩效考核自评报告.docx"
cp "$work/yichang.docx" "$out/宜昌市2019年度打击侵权假冒工作绩效考核自评报告.docx"
cp "$work/Sheet1.xlsx" "$out/荆州市2019年度打击侵权假冒工作绩效考核自评表.xlsx"
cp "$work/zaoyang.docx" "$out/枣阳市2019年度打击侵权假冒工作绩效考核自评报告.docx"
ls -l "$out"
