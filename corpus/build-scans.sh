#!/usr/bin/env bash
# Builds corpus/scans/: scans of varied quality, each beside its text twin (<name>.txt, pdftotext of the source
# page(s), pages separated by form feeds), and manifest.tsv describing them. Sources are the corpus's own text PDFs
# and a few 公文-style pages written in corpus/build/scans/. Re-runnable; the images differ run to run only in noise.
#   corpus/build-scans.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build/scans" && pwd)
corpus=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$corpus")
out=$corpus/scans
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/bootstrap.sh" --tools-only
mkdir -p "$out"

lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
manifest=$work/manifest.tsv
printf 'file\tkind\tppi\tjpeg_quality\tcolour\tskew\ttwin\n' > "$manifest"
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$manifest"; }

# ---- The whole notice, printed landscape and scanned on a county copier: 10 pages, 96 ppi, gray, JPEG, light noise.
notice="$corpus/notices/鄂打假办函〔2019〕7号 绩效考核通知.docx"
python3 "$build/landscape_docx.py" "$notice" "$work/notice-landscape.docx" 1.45
lo --convert-to pdf --outdir "$work" "$work/notice-landscape.docx"
pdftoppm -r 96 -gray "$work/notice-landscape.pdf" "$work/nl"
for p in "$work"/nl-*.pgm; do
  convert "$p" -attenuate 0.2 +noise Gaussian -quality 55 "${p%.pgm}.jpg"
done
img2pdf --pagesize 'A4^T' -o "$out/notice-96ppi-landscape.pdf" "$work"/nl-*.jpg
pdftotext "$work/notice-landscape.pdf" "$out/notice-96ppi-landscape.txt"
row notice-96ppi-landscape.pdf table 96 55 gray 0 notice-96ppi-landscape.txt

cp "$manifest" "$out/manifest.tsv"
du -sh "$out"
