#!/usr/bin/env bash
# Builds a seventh batch of six self-evaluation reports into corpus/selfreports/, in layouts the earlier batches lack (a gray
# copier scan with the seal over the last rows and the 合计; a phone photo of page 1 only, the total in its opening
# paragraph; Word prose 第N项“…”，应得M分，自评N分，扣K分，原因是…; a Word table of short titles with "得分/扣分" pairs and 小计
# rows; an .xlsx with the area merged down, one-decimal numbers and 小计 rows; a landscape text PDF whose 评分标准 cells hold
# the clauses, over pages with the header repeated; see build/self_reports7.py) and merges the scores each shows into
# corpus/selfreports/truth.json as batch 7, keeping the entries already there. Re-runnable (bytes differ from run to run —
# timestamps — the text and the truth do not); run it after build-selfreports.sh.
#   corpus/build-selfreports7.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
out=$(dirname "$build")/selfreports
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
pages() { pdfinfo "$1" | awk '/^Pages:/{print $2}'; }
py() { (cd "$build" && python3 self_reports7.py "$@"); }

mkdir -p "$out"
py "$work" --truth "$out/truth.json"
for stem in xiangyang jingzhou suizhou yichang shennongjia; do
  lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/$stem.html"
done

# 襄阳: Word → PDF → 180 ppi, the seal on the last page, then the copier (gray, turned, noise, JPEG).
lo --convert-to pdf --outdir "$work" "$work/xiangyang.docx"
[ "$(pages "$work/xiangyang.pdf")" = 2 ] || { echo "襄阳: the table must take two pages ($(pages "$work/xiangyang.pdf"))" >&2; exit 1; }
pdftoppm -r 180 -png "$work/xiangyang.pdf" "$work/xy"
last=$(ls "$work"/xy-*.png | tail -1)
py seal "$work/xiangyang.pdf" "$last" "$last" 180 襄阳市打击侵权假冒工作领导小组办公室
jpgs=(); i=0
for pg in "$work"/xy-*.png; do
  convert "$pg" -seed $((70 + i)) -colorspace Gray -background white -rotate 0.6 +repage -attenuate 0.3 +noise Gaussian \
    -blur 0x0.5 -quality 68 -units PixelsPerInch -density 180 "${pg%.png}.jpg"
  jpgs+=("${pg%.png}.jpg"); i=$((i + 1))
done
img2pdf -o "$out/$(cat "$work/xiangyang.name")" "${jpgs[@]}"

# 荆州: page 1 printed and photographed.
lo --convert-to pdf --outdir "$work" "$work/jingzhou.docx"
[ "$(pages "$work/jingzhou.pdf")" = 1 ] || { echo "荆州: page 1 must be one page ($(pages "$work/jingzhou.pdf"))" >&2; exit 1; }
pdftoppm -r 180 -png -singlefile "$work/jingzhou.pdf" "$work/jz"
py photo "$work/jz.png" "$out/$(cat "$work/jingzhou.name")"

# 神农架: turned landscape, then to PDF (fonts embedded), over several pages.
python3 "$build/scans/landscape_docx.py" "$work/shennongjia.docx" "$work/snj.docx" 1.4
lo --convert-to pdf --outdir "$work" "$work/snj.docx"
[ "$(pages "$work/snj.pdf")" -ge 3 ] || { echo "神农架: the table must run over three pages at least" >&2; exit 1; }
pdftotext "$work/snj.pdf" - | grep -c '评分标准' | awk '$1 < 3 {exit 1}' || { echo "神农架: the header must repeat" >&2; exit 1; }
cp "$work/snj.pdf" "$out/$(cat "$work/shennongjia.name")"

# 恩施: Flat ODS → xlsx.
lo --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work" "$work/enshi.fods"
cp "$work/enshi.xlsx" "$out/$(cat "$work/enshi.name")"

for stem in suizhou yichang; do cp "$work/$stem.docx" "$out/$(cat "$work/$stem.name")"; done
for stem in xiangyang jingzhou suizhou yichang enshi shennongjia; do ls -l "$out/$(cat "$work/$stem.name")"; done
