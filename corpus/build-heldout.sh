#!/usr/bin/env bash
# Builds the held-out half of the evaluation set into corpus/heldout/ from the sources in corpus/heldout/sources/:
# three regions' submissions (inbox/十堰市, inbox/黄冈市, inbox/咸宁市), their labels (truth.json) and another
# province's scoring table with its labels (rulebooks/). Needs LibreOffice, poppler, ImageMagick, img2pdf and the
# Noto CJK fonts (../bootstrap.sh installs them). As with build.sh, LibreOffice and ImageMagick never write the same
# bytes twice, so by default only files not yet in corpus/heldout are added; --clean replaces everything.
#   corpus/build-heldout.sh [--clean]
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
clean=false; [ "${1:-}" = --clean ] && clean=true
build=$(cd "$(dirname "$0")/heldout/sources" && pwd)
corpus=$(cd "$(dirname "$0")" && pwd)
final=$corpus/heldout
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$(dirname "$corpus")/bootstrap.sh" --tools-only

python3 "$build/make.py" "$work"
python3 "$build/rulebook.py" "$work"
python3 "$build/truth.py" "$work/heldout/documents.json" > "$work/heldout/truth.json"

if $clean; then
  rm -rf "$final/inbox" "$final/rulebooks"
  mkdir -p "$final"
  cp -r "$work/heldout/inbox" "$work/heldout/rulebooks" "$final/"
  echo "留出评测集已全部重建" >&2
else
  added=$(cd "$work/heldout" && find inbox rulebooks -type f | sort | while read -r f; do
    [ -e "$final/$f" ] || { mkdir -p "$(dirname "$final/$f")"; cp "$work/heldout/$f" "$final/$f"; echo "$f"; }; done)
  echo "新增文件：${added:-无}" >&2
fi
# The labels are text written by hand beside the documents: always current.
cp "$work/heldout/truth.json" "$final/truth.json"
du -sh "$final"
