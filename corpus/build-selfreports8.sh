#!/usr/bin/env bash
# Builds an eighth batch of six self-evaluation reports into corpus/selfreports/, in layouts the earlier batches lack (an
# .xlsx of a 汇总 sheet and one sheet per area whose 序号 restarts at 1; a Word table grouped by the provincial 考核单位,
# merged down, the indicators by title only and out of order, a 总分 row; a Word table whose 自评情况 cell is prose ending
# 得X分, some full-width, the total in the paragraph under it; a text PDF 分值 | 扣分原因 | 自评分 with reasons full of
# figures and two indicators 不适用; a 150 ppi colour scan of a two-level table over two pages, a 总　　分 row and the seal
# on the date; a prose report whose section 五 is a horizontal score strip; see build/self_reports8.py) and merges the
# scores each shows into corpus/selfreports/truth.json as batch 8, keeping the entries already there. Re-runnable (bytes
# differ from run to run — timestamps — the text and the truth do not); run it after build-selfreports.sh.
#   corpus/build-selfreports8.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
out=$(dirname "$build")/selfreports
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
pages() { pdfinfo "$1" | awk '/^Pages:/{print $2}'; }
py() { (cd "$build" && python3 self_reports8.py "$@"); }

mkdir -p "$out"
py "$work" --truth "$out/truth.json"
for stem in zhongxiang dangyang songzi guangshui lichuan; do
  lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/$stem.html"
done

# 汉川: Flat ODS (seven sheets) → xlsx.
lo --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work" "$work/hanchuan.fods"
cp "$work/hanchuan.xlsx" "$out/$(cat "$work/hanchuan.name")"

# 松滋: Word → text PDF over pages, the header repeated.
lo --convert-to pdf --outdir "$work" "$work/songzi.docx"
[ "$(pages "$work/songzi.pdf")" -ge 2 ] || { echo "松滋: the table must run over two pages at least" >&2; exit 1; }
cp "$work/songzi.pdf" "$out/$(cat "$work/songzi.name")"

# 广水: Word → PDF (two pages) → 150 ppi colour, the seal on the date of the last page, the scanner (turned, noise, JPEG).
lo --convert-to pdf --outdir "$work" "$work/guangshui.docx"
[ "$(pages "$work/guangshui.pdf")" = 2 ] || { echo "广水: the table must take two pages ($(pages "$work/guangshui.pdf"))" >&2; exit 1; }
pdftotext "$work/guangshui.pdf" - | grep -c '二级指标' | awk '$1 < 2 {exit 1}' || { echo "广水: the header must repeat" >&2; exit 1; }
pdftoppm -r 150 -png "$work/guangshui.pdf" "$work/gs"
last=$(ls "$work"/gs-*.png | tail -1)
py seal "$work/guangshui.pdf" "$last" "$last" 150 广水市打击侵权假冒工作领导小组办公室
jpgs=(); i=0
for pg in "$work"/gs-*.png; do
  convert "$pg" -seed $((80 + i)) -channel B -evaluate multiply 0.95 +channel -background white -rotate 0.8 +repage \
    -attenuate 0.3 +noise Gaussian -blur 0x0.4 -quality 55 -units PixelsPerInch -density 150 "${pg%.png}.jpg"
  jpgs+=("${pg%.png}.jpg"); i=$((i + 1))
done
img2pdf -o "$out/$(cat "$work/guangshui.name")" "${jpgs[@]}"

for stem in zhongxiang dangyang lichuan; do cp "$work/$stem.docx" "$out/$(cat "$work/$stem.name")"; done
for stem in hanchuan zhongxiang dangyang songzi guangshui lichuan; do ls -l "$out/$(cat "$work/$stem.name")"; done
