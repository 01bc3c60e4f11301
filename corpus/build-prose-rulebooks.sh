#!/usr/bin/env bash
# Builds three rulebooks written as prose, no table, each from an office of its own and in a style of its own (see
# build/prose_rulebooks.py): the .docx of each, a text PDF of each, a copier's scan of each PDF (gray 150 ppi, JPEG q50,
# no text layer: （扫描件）.pdf), and the clauses each is meant to give (.clauses.tsv).
# Re-runnable: the text and the expected clauses are the same each time.
#   corpus/build-prose-rulebooks.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
notices=$(dirname "$build")/notices
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
z="$notices/中打假办〔2024〕7号 考核办法（正文版，测试用）"
q="$notices/青双打办〔2023〕4号 绩效考核细则（正文版，测试用）"
l="$notices/临知保办〔2025〕2号 考核评分细则（正文版，测试用）"
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
(cd "$build" && python3 prose_rulebooks.py "$work" --expected "$z.clauses.tsv" "$q.clauses.tsv" "$l.clauses.tsv")
for name in zhong qing lin; do
  lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/$name.html"
  lo --convert-to pdf --outdir "$work" "$work/$name.docx"
done
cp "$work/zhong.docx" "$z.docx"
cp "$work/zhong.pdf" "$z.pdf"
cp "$work/qing.docx" "$q.docx"
cp "$work/qing.pdf" "$q.pdf"
cp "$work/lin.docx" "$l.docx"
cp "$work/lin.pdf" "$l.pdf"
# A copier's scan: each page in gray at 150 ppi, saved as JPEG, the JPEGs bound into a PDF with no text layer.
scan() {
  rm -f "$work"/page-*
  pdftoppm -r 150 -gray "$1.pdf" "$work/page"
  for page in "$work"/page-*.pgm; do convert "$page" -quality 50 "${page%.pgm}.jpg"; done
  img2pdf --pagesize A4 "$work"/page-*.jpg -o "$1（扫描件）.pdf"
}
for stem in "$z" "$q" "$l"; do scan "$stem"; done
ls -l "$z"* "$q"* "$l"*
