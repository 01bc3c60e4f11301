#!/usr/bin/env bash
# Builds three rulebooks written as prose, no table, each from an office of its own and in a style of its own (see
# build/prose_rulebooks.py): the .docx of each, a text PDF of each, and the clauses each is meant to give (.clauses.tsv).
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
ls -l "$z".* "$q".* "$l".*
