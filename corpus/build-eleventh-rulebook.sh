#!/usr/bin/env bash
# Builds the eleventh scoring table of corpus/notices (see build/eleventh_rulebook.py): a provincial office's 考核评分表 in six
# columns 考核类别 | 考核指标 | 分值 | 得分标准 | 扣分标准 | 考核单位 — the indicator and its maximum in one cell (宣传教育（6分）),
# the points left of the criteria, awards and deductions in two columns, clauses marked ● ◆ — or (1)(2) afresh in each
# indicator — turned landscape, its .docx, a text PDF over several pages with the header repeated, and the clauses it is
# meant to give (.clauses.tsv). Re-runnable: the text and the expected clauses are the same each time.
#   corpus/build-eleventh-rulebook.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
notices=$(dirname "$build")/notices
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
t="$notices/岚打假办〔2026〕8号 考核评分表（横版，测试用）"
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
(cd "$build" && python3 eleventh_rulebook.py "$work" --expected "$t.clauses.tsv")
lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/eleventh.html"
# Turned landscape, the table widened to the new text width, as an office prints a wide scoring table.
python3 "$build/scans/landscape_docx.py" "$work/eleventh.docx" "$work/landscape.docx" 1.4
lo --convert-to pdf --outdir "$work" "$work/landscape.docx"
pages=$(pdfinfo "$work/landscape.pdf" | awk '/^Pages:/ {print $2}')
[ "$pages" -ge 4 ] || { echo "eleventh: the table must run over three pages at least ($pages pages)" >&2; exit 1; }
pdftotext "$work/landscape.pdf" - | grep -c '扣分标准' | awk '$1 < 3 {exit 1}' || { echo "eleventh: the header must repeat" >&2; exit 1; }
cp "$work/landscape.docx" "$t.docx"
cp "$work/landscape.pdf" "$t.pdf"
ls -l "$t".*
