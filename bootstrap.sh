#!/usr/bin/env bash
# Installs, idempotently, what a fresh Debian machine lacks, then builds.
#   ./bootstrap.sh               tools + build
#   ./bootstrap.sh --tools-only  tools (used by corpus/build.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)

# OCR, PDF, legacy Office conversion, the CJK fonts the corpus uses, the corpus builder's image tools, and OCRmyPDF
# (what `bench --only ocr` compares against), PostgreSQL for the store tests, Chromium for the browser tests.
packages=(poppler-utils tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-osd
          libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk imagemagick img2pdf python3-jieba ocrmypdf postgresql chromium)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "bootstrap: installing ${missing[*]}" >&2
  sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

command -v dotnet >/dev/null || { echo "bootstrap: the .NET 10 SDK (dotnet) is required and not on PATH" >&2; exit 1; }
[ "${1:-}" = --tools-only ] && exit 0

dotnet build "$root/Extraction.sln" -c Release -nologo -v q >&2
touch "$root/.build-stamp"
