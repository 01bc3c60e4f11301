#!/usr/bin/env bash
# Builds a ninth batch of six self-evaluation reports into corpus/selfreports/, in layouts the earlier batches lack (a Word
# table whose 自评得分 cells are capital Chinese numerals, 陆点伍分 / 壹拾捌分, its total too; a phone photo of a printed
# one-page table at about 135 ppi of the sheet; a 200 ppi bitonal scan of a two-page table with the seal, black in the
# scan, over the signature and the date; a prose report grouped by area whose sentences score several indicators at
# once, 第1项、第2项、第3项分别自评… / 第4项至第7项均得满分 / 指标8、指标9各扣0.5分; a Word table of 分值 | 扣分 with no score
# column, the self-score 分值 − 扣分; a text PDF whose table runs onto page 2 with its header not repeated; see
# build/self_reports9.py) and merges the scores each shows into corpus/selfreports/truth.json as batch 9, keeping the
# entries already there. Re-runnable (bytes differ from run to run — timestamps — the text and the truth do not; the
# photo and the scan are seeded); run it after build-selfreports.sh.
#   corpus/build-selfreports9.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
out=$(dirname "$build")/selfreports
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
pages() { pdfinfo "$1" | awk '/^Pages:/{print $2}'; }
py() { (cd "$build" && python3 self_reports9.py "$@"); }
name() { cat "$work/$1.name"; }

mkdir -p "$out"
py "$work" --truth "$out/truth.json"
for stem in laohekou wuxue macheng anlu zhijiang yicheng; do
  lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/$stem.html"
done
for stem in wuxue macheng yicheng; do lo --convert-to pdf --outdir "$work" "$work/$stem.docx"; done

# 武穴: the one table page as a phone takes it — rendered at 135 ppi, the sheet in perspective on a desk, turned 1.5°,
# light falling off towards the lower right, a warm cast, noise, JPEG 78, 72 dpi in the file as phones write (seeded).
[ "$(pages "$work/wuxue.pdf")" = 1 ] || { echo "武穴: the table must fit one page ($(pages "$work/wuxue.pdf"))" >&2; exit 1; }
pdftoppm -r 135 -png -singlefile "$work/wuxue.pdf" "$work/wx"
wh=$(identify -format '%w %h' "$work/wx.png"); w=${wh% *}; h=${wh#* }
convert "$work/wx.png" -bordercolor 'rgb(105,96,84)' -border 70 \
  -virtual-pixel background -background 'rgb(105,96,84)' \
  -distort Perspective "0,0 55,40  $((w + 140)),0 $((w + 105)),75  0,$((h + 140)) 30,$((h + 118))  $((w + 140)),$((h + 140)) $((w + 128)),$((h + 150))" \
  -rotate 1.5 +repage \
  \( +clone -sparse-color Barycentric '0,0 rgb(255,250,238) %w,0 rgb(226,218,202) 0,%h rgb(214,205,190) %w,%h rgb(138,128,112)' \) \
  -compose Multiply -composite \
  -seed 91 -attenuate 0.35 +noise Gaussian -blur 0x0.5 -quality 78 -units PixelsPerInch -density 72 "$work/wuxue.jpg"
cp "$work/wuxue.jpg" "$out/$(name wuxue)"

# 麻城: Word → PDF (two pages) → 200 ppi colour, the seal on the last page, then the bitonal scanner: gray, turned 0.5°,
# a little noise, thresholded to black and white (the red seal comes out black), 1-bit PNG bound with img2pdf.
[ "$(pages "$work/macheng.pdf")" = 2 ] || { echo "麻城: the table must take two pages ($(pages "$work/macheng.pdf"))" >&2; exit 1; }
pdftoppm -r 200 -png "$work/macheng.pdf" "$work/mc"
last=$(ls "$work"/mc-*.png | tail -1)
py seal "$work/macheng.pdf" "$last" "$last" 200 麻城市打击侵权假冒工作领导小组办公室
bw=(); i=0
for pg in "$work"/mc-*.png; do
  convert "$pg" -colorspace Gray -background white -rotate 0.5 +repage -seed $((90 + i)) -attenuate 0.25 +noise Gaussian \
    -threshold 58% -type bilevel -units PixelsPerInch -density 200 "${pg%.png}-bw.png"
  bw+=("${pg%.png}-bw.png"); i=$((i + 1))
done
img2pdf --pagesize A4 -o "$out/$(name macheng)" "${bw[@]}"

# 宜城: Word → text PDF, the table onto page 2 with its header printed once.
[ "$(pages "$work/yicheng.pdf")" -ge 2 ] || { echo "宜城: the table must run onto page 2" >&2; exit 1; }
[ "$(pdftotext "$work/yicheng.pdf" - | grep -c '自评得分')" = 1 ] || { echo "宜城: the header must not repeat" >&2; exit 1; }
pdftotext -f 2 -l 2 "$work/yicheng.pdf" - | grep -q '合计' || { echo "宜城: the 合计 row must be on page 2" >&2; exit 1; }
cp "$work/yicheng.pdf" "$out/$(name yicheng)"

for stem in laohekou anlu zhijiang; do cp "$work/$stem.docx" "$out/$(name "$stem")"; done
for stem in laohekou wuxue macheng anlu zhijiang yicheng; do ls -l "$out/$(name "$stem")"; done
