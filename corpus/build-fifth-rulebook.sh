#!/usr/bin/env bash
# Builds the fifth scoring table of corpus/notices (see build/fifth_rulebook.py): its .docx, a text PDF of it, and the
# clauses it is meant to give (.clauses.tsv). Re-runnable: the text and the expected clauses are the same each time.
#   corpus/build-fifth-rulebook.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
notices=$(dirname "$build")/notices
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
t="$notices/西打假办〔2022〕9号 绩效考核评分细则（测试用）"
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
(cd "$build" && python3 fifth_rulebook.py "$work" --expected "$t.clauses.tsv")
lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/fifth.html"
lo --convert-to pdf --outdir "$work" "$work/fifth.docx"
cp "$work/fifth.docx" "$t.docx"
cp "$work/fifth.pdf" "$t.pdf"
ls -l "$t".*
