#!/usr/bin/env bash
# Builds the task texts written for the tests (corpus/tasks/*.docx|.xlsx|.pdf|.txt) and their labels (truth.json) from
# build/task_texts.py. LibreOffice never writes the same bytes twice, so by default only missing files are added and the
# committed ones stay; --clean replaces everything.
#   corpus/tasks/build.sh [--clean]
set -euo pipefail
clean=false; [ "${1:-}" = --clean ] && clean=true
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }

python3 "$here/build/task_texts.py" "$work"
lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/xiangyang.html" "$work/qianjiang.html" "$work/suizhou.html"
lo --convert-to pdf --outdir "$work" "$work/suizhou.docx"
lo --convert-to 'xlsx:Calc MS Excel 2007 XML' --infilter='HTML (StarCalc)' --outdir "$work" "$work/ezhou.html"

put() { # <built file> <name in corpus/tasks>
  if $clean || [ ! -f "$here/$2" ]; then cp "$1" "$here/$2"; echo "写入 $2"; fi
}
put "$work/xiangyang.docx" '襄打假办发〔2019〕12号 任务分解表（测试用）.docx'
put "$work/ezhou.xlsx" '鄂州市2019年重点工作任务清单（测试用）.xlsx'
put "$work/suizhou.pdf" '随州市2019年打击侵权假冒工作要点（测试用）.pdf'
put "$work/qianjiang.docx" '潜江市2019年打击侵权假冒工作要点（测试用）.docx'
put "$work/xiaogan.txt" '孝感市2019年打击侵权假冒工作要点（测试用）.txt'
cp "$work/truth.json" "$here/truth.json"  # labels are text: always current
