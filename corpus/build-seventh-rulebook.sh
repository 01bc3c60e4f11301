#!/usr/bin/env bash
# Builds the seventh scoring table of corpus/notices (see build/seventh_rulebook.py): its .docx, a text PDF of it, and the
# clauses it is meant to give (.clauses.tsv). Re-runnable: the text and the expected clauses are the same each time.
#   corpus/build-seventh-rulebook.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
notices=$(dirname "$build")/notices
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
t="$notices/南打假办〔2024〕2号 考核细则（测试用）"
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
(cd "$build" && python3 seventh_rulebook.py "$work" --expected "$t.clauses.tsv")
lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/seventh.html"
lo --convert-to pdf --outdir "$work" "$work/seventh.docx"
cp "$work/seventh.docx" "$t.docx"
cp "$work/seventh.pdf" "$t.pdf"
ls -l "$t".*
