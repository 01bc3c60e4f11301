#!/usr/bin/env bash
# Makes a copier-like scan of a text PDF: each page rendered at PPI (gray or colour), pages whose text runs
# as a table turned to landscape, light noise, JPEG at QUALITY, back into a PDF whose images keep their ppi.
# usage: bench/ocr/make-scan.sh SOURCE.pdf OUT.pdf [PPI=96] [gray|color] [QUALITY=60] [LANDSCAPE_PAGES="4 5 6 7 8"] [PAGES="1 4"]
# SEED=N in the environment makes the noise the same on every run (tests); without it the noise differs each time.
# e.g. bench/ocr/make-scan.sh "corpus/notices/鄂打假办函〔2019〕7号 绩效考核通知.pdf" /tmp/scan96.pdf 96 gray 60 "4 5 6 7 8"
set -euo pipefail
src=$1 out=$2 ppi=${3:-96} colour=${4:-gray} quality=${5:-60} landscape=${6:-} only=${7:-}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
pdftoppm -r "$ppi" $([ "$colour" = gray ] && echo -gray) "$src" "$work/p"
if [ -n "$only" ]; then
  for f in "$work"/p-*.p?m; do
    n=$(basename "$f" | sed -E 's/^p-0*([0-9]+)\..*/\1/'); keep=0
    for o in $only; do [ "$o" = "$n" ] && keep=1; done
    [ $keep = 1 ] || rm "$f"
  done
fi
pages=()
for f in "$work"/p-*.p?m; do
  n=$(basename "$f" | sed -E 's/^p-0*([0-9]+)\..*/\1/')
  turn=0; for l in $landscape; do [ "$l" = "$n" ] && turn=90; done
  convert $([ -n "${SEED:-}" ] && echo -seed "$SEED") "$f" -rotate "$turn" -attenuate 0.4 +noise Gaussian -density "$ppi" -units PixelsPerInch -quality "$quality" "$work/s-$(printf %03d "$n").jpg"
done
img2pdf "$work"/s-*.jpg -o "$out"
