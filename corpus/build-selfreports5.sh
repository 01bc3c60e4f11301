#!/usr/bin/env bash
# Builds a fifth batch of five self-evaluation reports into corpus/selfreports/, all of them scans of a report typed in
# Word, printed, signed and scanned (a gray 200 ppi JPEG table turned 1.5°; a colour 150 ppi table with 自评得分 before
# 分值, reworded titles and a red seal over the 自评总分 line; a two-page prose report in gray 150 ppi; a table split
# over two pages with the header repeated, 120 ppi; a table of half points and zeros, gray 200 ppi; see
# build/self_reports5.py) and merges the scores each states into corpus/selfreports/truth.json, keeping the entries
# already there. Re-runnable (the scans are seeded; the PDF wrappers' bytes may differ); run it after build-selfreports.sh.
#   corpus/build-selfreports5.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
out=$(dirname "$build")/selfreports
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
pages() { pdfinfo "$1" | awk '/^Pages:/{print $2}'; }

mkdir -p "$out"
(cd "$build" && python3 self_reports5.py "$work" --truth "$out/truth.json")
stems=(huangshi xiaogan suizhou enshi shennongjia)
for stem in "${stems[@]}"; do
  lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/$stem.html"
  lo --convert-to pdf --outdir "$work" "$work/$stem.docx"
done
[ "$(pages "$work/suizhou.pdf")" = 2 ] || { echo "随州: the prose must take two pages ($(pages "$work/suizhou.pdf"))" >&2; exit 1; }
[ "$(pages "$work/enshi.pdf")" = 2 ] || { echo "恩施: the table must take two pages ($(pages "$work/enshi.pdf"))" >&2; exit 1; }

# scan STEM PPI MODE(gray|colour) QUALITY SEED SKEW... : each page rasterised, turned (a skew per page, the last one
# repeated), a touch of noise and blur as a flatbed scanner leaves, JPEG, bound with img2pdf.
scan() {
  local stem=$1 ppi=$2 mode=$3 q=$4 seed=$5; shift 5
  local skews=("$@") flag=() ext=ppm i=0 files=()
  [ "$mode" = gray ] && { flag=(-gray); ext=pgm; }
  pdftoppm -r "$ppi" "${flag[@]}" "$work/$stem.pdf" "$work/$stem-p"
  for pg in "$work/$stem"-p-*."$ext"; do
    local skew=${skews[$i]:-${skews[-1]}}
    local src=$pg
    if [ "$stem" = xiaogan ] && [ "$pg" = "$(ls "$work/$stem"-p-*."$ext" | tail -1)" ]; then
      (cd "$build" && python3 self_reports5.py seal "$work/$stem.pdf" "$pg" "$work/$stem-sealed.png" "$ppi" 孝感市打击侵权假冒工作领导小组办公室)
      src=$work/$stem-sealed.png
    fi
    local tint=()
    [ "$mode" = colour ] && tint=(+level-colors 'rgb(25,25,30)','rgb(248,244,234)')
    convert "$src" "${tint[@]}" -blur 0x0.4 -seed $((seed + i)) -background white -rotate "$skew" \
      -attenuate 0.25 +noise Gaussian -quality "$q" "$work/$stem-s$i.jpg"
    files+=("$work/$stem-s$i.jpg"); i=$((i + 1))
  done
  img2pdf --pagesize A4 -o "$out/$(cat "$work/$stem.name")" "${files[@]}"
}
scan huangshi 200 gray 70 11 1.5
scan xiaogan 150 colour 75 21 -0.4
scan suizhou 150 gray 65 31 0.5 -0.7
scan enshi 120 colour 60 41 -0.8 0.6
scan shennongjia 200 gray 72 51 0.3
for stem in "${stems[@]}"; do ls -l "$out/$(cat "$work/$stem.name")"; done
