#!/usr/bin/env bash
# Builds the ninth scoring table of corpus/notices (see build/ninth_rulebook.py): a provincial office's 考核评分细则 in six
# columns 一级指标 | 二级指标 | 分值 | 考核要求 | 评分标准 | 佐证材料, its .docx, a text PDF and the clauses it is meant to
# give (.clauses.tsv). Re-runnable: the text and the expected clauses are the same each time.
#   corpus/build-ninth-rulebook.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
notices=$(dirname "$build")/notices
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
t="$notices/东知保办〔2026〕4号 考核评分细则（测试用）"
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
(cd "$build" && python3 ninth_rulebook.py "$work" --expected "$t.clauses.tsv")
lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/ninth.html"
lo --convert-to pdf --outdir "$work" "$work/ninth.docx"
cp "$work/ninth.docx" "$t.docx"
cp "$work/ninth.pdf" "$t.pdf"
ls -l "$t".*
