#!/usr/bin/env bash
# Builds the tenth scoring table of corpus/notices (see build/tenth_rulebook.py): a provincial office's 考核评分表 in six
# columns 序号 | 评分要素 | 评分细则 | 标准分 | 评分依据 | 自评分, each indicator a row spanning the table and its clauses the
# rows below (1.1 1.2 …), its .docx, a text PDF and the clauses it is meant to give (.clauses.tsv). Re-runnable: the text
# and the expected clauses are the same each time.
#   corpus/build-tenth-rulebook.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
notices=$(dirname "$build")/notices
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
t="$notices/西知保办〔2026〕7号 考核评分表（测试用）"
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
(cd "$build" && python3 tenth_rulebook.py "$work" --expected "$t.clauses.tsv")
lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/tenth.html"
lo --convert-to pdf --outdir "$work" "$work/tenth.docx"
cp "$work/tenth.docx" "$t.docx"
cp "$work/tenth.pdf" "$t.pdf"
ls -l "$t".*
