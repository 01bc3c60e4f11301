#!/usr/bin/env bash
# Builds a sixth batch of five self-evaluation reports into corpus/selfreports/, in layouts the earlier batches lack (a
# Word table grouped by 一级指标 with the area merged down and "6.5分" in the cells; a two-column Word table 指标 | 自评情况
# with the score inside the sentence; a letter-style 公文 with the score in brackets after each item's title; a text PDF
# whose 扣分原因 cells are long and full of other figures, closed by 应得分 and 实得分 rows; an .xlsx of two sheets, 说明
# and 自评表, its total a SUM formula; see build/self_reports6.py) and merges the scores each states into
# corpus/selfreports/truth.json as batch 6, keeping the entries already there. Re-runnable (bytes differ from run to run —
# timestamps — the text and the truth do not); run it after build-selfreports.sh.
#   corpus/build-selfreports6.sh
set -euo pipefail
build=$(cd "$(dirname "$0")/build" && pwd)
out=$(dirname "$build")/selfreports
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }

mkdir -p "$out"
(cd "$build" && python3 self_reports6.py "$work" --truth "$out/truth.json")
for stem in xianning jingmen ezhou qianjiang; do
  lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/$stem.html"
done
# The 潜江 report as the office sends it: the Word file saved as PDF (LibreOffice embeds the fonts it uses).
lo --convert-to pdf --outdir "$work" "$work/qianjiang.docx"
pdffonts "$work/qianjiang.pdf" | awk 'NR > 2 && $(NF-4) != "yes" {bad = 1} END {exit bad}' \
  || { echo "潜江: every font of the PDF must be embedded" >&2; pdffonts "$work/qianjiang.pdf" >&2; exit 1; }
pdftotext "$work/qianjiang.pdf" - | grep -q '实得分' || { echo "潜江: the PDF has no text layer" >&2; exit 1; }
# The 天门 workbook: Flat ODS → xlsx, two sheets.
lo --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work" "$work/tianmen.fods"
[ "$(unzip -l "$work/tianmen.xlsx" | grep -c 'xl/worksheets/sheet[0-9]*.xml')" = 2 ] || { echo "天门: the workbook must have two sheets" >&2; exit 1; }

for stem in xianning jingmen ezhou; do cp "$work/$stem.docx" "$out/$(cat "$work/$stem.name")"; done
cp "$work/qianjiang.pdf" "$out/$(cat "$work/qianjiang.name")"
cp "$work/tianmen.xlsx" "$out/$(cat "$work/tianmen.name")"
for stem in xianning jingmen ezhou qianjiang tianmen; do ls -l "$out/$(cat "$work/$stem.name")"; done
