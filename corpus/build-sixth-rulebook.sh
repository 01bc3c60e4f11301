#!/usr/bin/env bash
# Builds the sixth scoring table of corpus/notices (see build/sixth_rulebook.py): its .docx, a text PDF of it, and the
# clauses it is meant to give (.clauses.tsv). Re-runnable: the text and the expected clauses are the same each time.
#   corpus/build-sixth-rulebook.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
notices=$(dirname "$build")/notices
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
t="$notices/东打假办〔2023〕6号 考核评分标准（测试用）"
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
(cd "$build" && python3 sixth_rulebook.py "$work" --expected "$t.clauses.tsv")
lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/sixth.html"
lo --convert-to pdf --outdir "$work" "$work/sixth.docx"
cp "$work/sixth.docx" "$t.docx"
cp "$work/sixth.pdf" "$t.pdf"
ls -l "$t".*
