#!/usr/bin/env bash
# Builds the fourth scoring table of corpus/notices (see build/fourth_rulebook.py): its .docx and the clauses it is meant
# to give (.clauses.tsv). Re-runnable: the text and the expected clauses are the same each time.
#   corpus/build-fourth-rulebook.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
notices=$(dirname "$build")/notices
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
t="$notices/江打假办〔2021〕3号 考核细则（测试用）"
(cd "$build" && python3 fourth_rulebook.py "$work" --expected "$t.clauses.tsv")
timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to 'docx:MS Word 2007 XML' \
  --infilter='HTML (StarWriter)' --outdir "$work" "$work/fourth.html" >/dev/null 2>&1
cp "$work/fourth.docx" "$t.docx"
ls -l "$t".*
