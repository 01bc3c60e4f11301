#!/usr/bin/env bash
# Builds the text-PDF benchmark mix in out/textpdf-mix/: the text PDFs of corpus/notices and corpus/inbox (not the
# scans, not the merged scan+text file) and LibreOffice conversions of every Word, Excel and text file there
# (prose, Word tables, spreadsheets). Re-runnable: existing conversions are kept unless --clean.
set -euo pipefail
cd "$(dirname "$0")/.."
out=out/textpdf-mix
[[ "${1:-}" == "--clean" ]] && rm -rf "$out"
mkdir -p "$out"
n=0
while IFS= read -r -d '' f; do
  case "$f" in *扫描件*|*合并*) continue ;; esac
  pdfinfo "$f" >/dev/null 2>&1 || continue   # the deliberately damaged samples are no text PDFs
  # Scans under other names (复印件, a scanned self-evaluation) have no text layer: they belong to the OCR benchmark.
  pages=$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')
  [ "$(pdftotext "$f" - | tr -d '[:space:]' | wc -m)" -ge $((20 * pages)) ] || continue
  n=$((n+1)); cp -n "$f" "$out/pdf-$(printf %03d $n)-$(basename "$f")"
done < <(find corpus/notices corpus/inbox -name '*.pdf' -print0 | sort -z)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
while IFS= read -r -d '' f; do
  n=$((n+1)); stem="conv-$(printf %03d $n)-$(basename "${f%.*}")"
  [[ -f "$out/$stem.pdf" ]] && continue
  cp "$f" "$work/$stem.${f##*.}"
  timeout 180 soffice --headless --norestore -env:UserInstallation=file://$work/profile --convert-to pdf --outdir "$out" "$work/$stem.${f##*.}" >/dev/null 2>&1 || echo "conversion failed: $f" >&2
done < <(find corpus/notices corpus/inbox \( -name '*.docx' -o -name '*.doc' -o -name '*.xlsx' -o -name '*.txt' -o -name '*.wps' -o -name '*.et' -o -name '*.rtf' \) -print0 | sort -z)
echo "$(ls "$out"/*.pdf | wc -l) PDFs, $(for p in "$out"/*.pdf; do pdfinfo "$p" 2>/dev/null | awk '/^Pages:/{print $2}'; done | paste -sd+ | bc) pages in $out"
