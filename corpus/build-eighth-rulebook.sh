#!/usr/bin/env bash
# Builds the eighth scoring table of corpus/notices, without and with a 序号 column, its weighted companion and a rulebook
# in prose (see build/eighth_rulebook.py): the .docx of each, a text PDF of each, and the clauses each is meant to give
# (.clauses.tsv). Re-runnable: the text and the expected clauses are the same each time.
#   corpus/build-eighth-rulebook.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
notices=$(dirname "$build")/notices
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
t="$notices/北打假办〔2025〕1号 考核评分办法（测试用）"
n="$notices/北打假办〔2025〕1号 考核评分办法（序号版，测试用）"
w="$notices/北知保办〔2025〕3号 绩效考核评分标准（测试用）"
p="$notices/北打假办〔2025〕5号 考核细则（正文版，测试用）"
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
(cd "$build" && python3 eighth_rulebook.py "$work" --expected "$t.clauses.tsv" "$w.clauses.tsv" "$p.clauses.tsv")
cp "$t.clauses.tsv" "$n.clauses.tsv"
for name in eighth eighth-numbered eighth-weights eighth-prose; do
  lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/$name.html"
  lo --convert-to pdf --outdir "$work" "$work/$name.docx"
done
cp "$work/eighth.docx" "$t.docx"
cp "$work/eighth.pdf" "$t.pdf"
cp "$work/eighth-numbered.docx" "$n.docx"
cp "$work/eighth-numbered.pdf" "$n.pdf"
cp "$work/eighth-weights.docx" "$w.docx"
cp "$work/eighth-weights.pdf" "$w.pdf"
cp "$work/eighth-prose.docx" "$p.docx"
cp "$work/eighth-prose.pdf" "$p.pdf"
ls -l "$t".* "$n".* "$w".* "$p".*
