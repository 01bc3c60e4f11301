#!/usr/bin/env bash
# Builds the twelfth scoring table of corpus/notices (see build/twelfth_rulebook.py) in two forms of one notice of
# 沅江省打击侵权假冒工作领导小组办公室: (A) portrait, 一级指标 | 二级指标 | 评分细则 | 备注 with no points column — the points in
# the 二级指标 cell without brackets (案件查办 / 15分, 领导机制 6分, 分值：5分, 最高加3分), clauses ①②③ in one cell; (B) the same
# rules turned landscape, 考核项目 | 考核内容 | 评分标准 | 考核方式 | 备注, one row per clause under merged cells that the page
# breaks cut, the header repeated. Each as .docx and text PDF, with the clauses they are meant to give (.clauses.tsv, the
# same for both). Re-runnable: the text and the expected clauses are the same each time.
#   corpus/build-twelfth-rulebook.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
notices=$(dirname "$build")/notices
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
a="$notices/沅打假办〔2026〕11号 考核评分细则（测试用）"
b="$notices/沅打假办〔2026〕11号 考核评分细则（横版，测试用）"
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
(cd "$build" && python3 twelfth_rulebook.py "$work" --expected "$a.clauses.tsv")
cp "$a.clauses.tsv" "$b.clauses.tsv"
lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/twelfth.html"
lo --convert-to pdf --outdir "$work" "$work/twelfth.docx"
lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/twelfth-wide.html"
# Turned landscape, the table widened to the new text width, as an office prints a wide scoring table.
python3 "$build/scans/landscape_docx.py" "$work/twelfth-wide.docx" "$work/wide.docx" 1.4
lo --convert-to pdf --outdir "$work" "$work/wide.docx"
pages=$(pdfinfo "$work/wide.pdf" | awk '/^Pages:/ {print $2}')
[ "$pages" -ge 4 ] || { echo "twelfth: the landscape table must run over three pages at least ($pages pages)" >&2; exit 1; }
pdftotext "$work/wide.pdf" - | grep -c '考核方式' | awk '$1 < 3 {exit 1}' || { echo "twelfth: the header must repeat" >&2; exit 1; }
cp "$work/twelfth.docx" "$a.docx"
cp "$work/twelfth.pdf" "$a.pdf"
cp "$work/wide.docx" "$b.docx"
cp "$work/wide.pdf" "$b.pdf"
ls -l "$a".* "$b".*
