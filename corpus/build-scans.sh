#!/usr/bin/env bash
# Builds corpus/scans/: scans of varied quality (96–300 ppi, JPEG quality 30–90, gray and colour, red mastheads and
# seals over text, skew up to 3°, phone photos in perspective under uneven light, low contrast, a landscape table
# over ten pages), each beside its text twin <name>.txt (pdftotext -raw of the source page(s), pages separated by
# form feeds); manifest.tsv describes every file, truth.tsv holds 发文字号/成文日期/发文机关 of those that carry them.
# Sources: the corpus's own text PDFs and the 公文 pages of build/scans/gongwen.py. Re-runnable: the same seeds give
# the same images.
#   corpus/build-scans.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build/scans" && pwd)
corpus=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$corpus")
out=$corpus/scans
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/bootstrap.sh" --tools-only
rm -rf "$out" && mkdir -p "$out"

lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
printf 'file\tkind\tppi\tjpeg_quality\tcolour\tskew\ttwin\tsource\n' > "$out/manifest.tsv"
printf 'file\tdoc_number\tdate\tissuer\n' > "$out/truth.tsv"

# The 公文 pages written for the set, through Word as an office would make them.
python3 "$build/gongwen.py" "$work"
for html in "$work"/gw-*.html; do
  stem=$(basename "$html" .html)
  lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$html"
  lo --convert-to pdf --outdir "$work" "$work/$stem.docx"
done
python3 "$build/scans.py" "$work" "$corpus" "$out"

# The whole notice, printed landscape and scanned on a county copier: 10 pages, 96 ppi, gray, JPEG, light noise.
notice="$corpus/notices/鄂打假办函〔2019〕7号 绩效考核通知.docx"
python3 "$build/landscape_docx.py" "$notice" "$work/notice-landscape.docx" 1.45
lo --convert-to pdf --outdir "$work" "$work/notice-landscape.docx"
pdftoppm -r 96 -gray "$work/notice-landscape.pdf" "$work/nl"
for p in "$work"/nl-*.pgm; do
  convert "$p" -seed 96 -attenuate 0.2 +noise Gaussian -quality 55 "${p%.pgm}.jpg"
done
img2pdf --pagesize 'A4^T' -o "$out/notice-96ppi-landscape.pdf" "$work"/nl-*.jpg
pdftotext -raw "$work/notice-landscape.pdf" "$out/notice-96ppi-landscape.txt"
printf 'notice-96ppi-landscape.pdf\tlandscape-table\t96\t55\tgray\t0\tnotice-96ppi-landscape.txt\t%s\n' "$(basename "$notice" .docx).docx（横向，10 页）" >> "$out/manifest.tsv"
printf 'notice-96ppi-landscape.pdf\t鄂打假办函〔2019〕7号\t2019-12-27\t湖北省打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室\n' >> "$out/truth.tsv"

echo "扫描件集：$(($(wc -l < "$out/manifest.tsv") - 1)) 个文件" >&2
du -sh "$out"
