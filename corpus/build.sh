#!/usr/bin/env bash
# Rebuilds every document in corpus/ from the seeds and the sample texts in corpus/build/.
# Needs LibreOffice, poppler, ImageMagick, img2pdf and the Noto CJK fonts: ../bootstrap.sh installs them.
# LibreOffice and ImageMagick never write the same bytes twice, so by default only files the corpus does not hold yet
# are added and the committed ones (which the tests and truth.json describe) stay; --clean replaces everything.
#   corpus/build.sh [--clean]
set -euo pipefail
clean=false; [ "${1:-}" = --clean ] && clean=true
build=$(cd "$(dirname "$0")/build" && pwd)
final=$(dirname "$build")
root=$(dirname "$final")
seeds=${SEEDS:-$root/../shared/seeds}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=$work/corpus  # built here, then copied into $final

"$root/bootstrap.sh" --tools-only

lo() { timeout 120 soffice -env:UserInstallation="file://$work/lo-profile" --headless "$@" >/dev/null 2>&1; }
to_docx() { lo --convert-to 'docx:MS Word 2007 XML' --infilter='HTML (StarWriter)' --outdir "$work" "$work/$1.html"; }
to_pdf() { lo --convert-to pdf --outdir "$work" "$work/$1.docx"; }
# A scan: grayscale at 200 dpi, turned slightly, with sensor noise and JPEG loss, wrapped in a PDF.
scan() { # <pdf> <out.pdf> <angle>
  local pages=() p
  pdftoppm -r 200 -gray "$1" "$work/scan"
  for p in "$work"/scan-*.pgm; do
    convert "$p" -background white -rotate "$3" -attenuate 0.25 +noise Gaussian -blur 0x0.5 -quality 60 "${p%.pgm}.jpg"
    pages+=("${p%.pgm}.jpg")
  done
  img2pdf --pagesize A4 -o "$2" "${pages[@]}"
  rm -f "$work"/scan-*
}
# A phone photo: skewed by perspective, unevenly lit, JPEG.
photo() { # <pdf> <out.jpg>
  pdftoppm -r 220 -gray -f 1 -l 1 -singlefile "$1" "$work/photo"
  convert "$work/photo.pgm" -background '#d8d8d0' -virtual-pixel background \
    -distort Perspective '0,0 80,50  1819,0 1740,14  0,2573 30,2500  1819,2573 1800,2560' \
    \( +clone -sparse-color Barycentric '0,0 gray(92%) %w,%h gray(100%)' \) -compose Multiply -composite \
    -attenuate 0.3 +noise Gaussian -quality 75 "$2"
}

# A red round seal stamped where the last page's text ends (over the signature), multiplied so the ink below shows.
stamp() { # <image>
  local w h box bx by bw bh r x y
  read -r w h <<< "$(identify -format '%w %h' "$1")"
  box=$(convert "$1" -fuzz 25% -format '%@' info:)            # WxH+X+Y of the inked area
  IFS='x+' read -r bw bh bx by <<< "$box"
  r=$(( w / 10 )); x=$(( w * 7 / 10 )); y=$(( by + bh - r / 2 ))
  local star; star=$(awk -v x="$x" -v y="$y" -v r="$r" 'BEGIN { pi = atan2(0, -1); for (i = 0; i < 10; i++) {
    a = -pi / 2 + i * pi / 5; k = (i % 2 ? 0.16 : 0.4) * r; printf "%d,%d ", x + k * cos(a), y + k * sin(a) } }')
  convert -size "${w}x${h}" xc:white -fill none -stroke '#d42a2a' -strokewidth $(( r / 11 )) -draw "circle $x,$y $(( x + r )),$y" \
    -fill '#d42a2a' -stroke none -draw "polygon $star" -blur 0x1 "$work/seal.png"
  convert "$1" -colorspace sRGB "$work/seal.png" -compose Multiply -composite "$1.png" && mv "$1.png" "$1"
}
# A scan of any quality, as copiers and county scanners send them: <ppi>, JPEG <quality>, turned <angle>°, gray or in
# colour (the red masthead stays red), with or without a seal on the last page; every page wrapped in an A4 PDF.
scanx() { # <pdf> <out.pdf> <ppi> <quality> <angle> <gray|color> <seal|noseal>
  local pages=() p gray=() last
  [ "$6" = gray ] && gray=(-gray)
  pdftoppm -r "$3" "${gray[@]}" -png "$1" "$work/sx"
  last=$(ls "$work"/sx-*.png | sort | tail -1)
  for p in "$work"/sx-*.png; do
    [ "$7" = seal ] && [ "$p" = "$last" ] && stamp "$p"
    [ "$6" = gray ] && convert "$p" -colorspace Gray "$p"
    convert "$p" -background white -rotate "$5" -attenuate 0.2 +noise Gaussian -quality "$4" "${p%.png}.jpg"
    pages+=("${p%.png}.jpg")
  done
  img2pdf --pagesize A4 -o "$2" "${pages[@]}"
  rm -f "$work"/sx-*
}
# A phone photo of the first page in colour: turned, lit from one side, JPEG.
photo2() { # <pdf> <out.jpg> <ppi> <quality> <angle>
  pdftoppm -r "$3" -f 1 -l 1 -singlefile -png "$1" "$work/ph"
  convert "$work/ph.png" -background '#cdc6b8' -rotate "$5" \
    \( +clone -sparse-color Barycentric '0,0 gray(86%) %w,%h gray(100%)' \) -compose Multiply -composite \
    -attenuate 0.35 +noise Gaussian -quality "$4" "$2"
}

python3 "$build/seeds_to_html.py" "$seeds" "$work"
(cd "$build" && python3 submissions.py "$work")

mkdir -p "$corpus/notices" "$corpus/bad"

for seed in seed000 seed002; do to_docx "$seed"; to_pdf "$seed"; done
cp "$work/seed000.docx" "$corpus/notices/鄂打假办函〔2019〕7号 绩效考核通知.docx"
cp "$work/seed000.pdf" "$corpus/notices/鄂打假办函〔2019〕7号 绩效考核通知.pdf"
scan "$work/seed000.pdf" "$corpus/notices/鄂打假办函〔2019〕7号 绩效考核通知（扫描件）.pdf" 0.6
cp "$work/seed002.docx" "$corpus/notices/武打假办发〔2019〕4号 任务细化表.docx"
scan "$work/seed002.pdf" "$corpus/notices/武打假办发〔2019〕4号 任务细化表（扫描件）.pdf" -0.4
 # A scoring table of another layout, written for the tests (see build/second_rulebook.py).
(cd "$build" && python3 second_rulebook.py "$work")
to_docx second
cp "$work/second.docx" "$corpus/notices/荆打假办〔2020〕2号 另一版式评分细则（测试用）.docx"
cp "$seeds/000_9aa427a140df8758.txt" "$corpus/notices/鄂打假办函〔2019〕7号 绩效考核通知.txt"
cp "$seeds/002_4718f6bd12651b6a.txt" "$corpus/notices/武打假办发〔2019〕4号 任务细化表.txt"

python3 - "$work/plan.json" > "$work/plan.tsv" <<'PY'
import json, sys
for d in json.load(open(sys.argv[1], encoding='utf-8')):
    for f in d['forms']:
        form, name = f if isinstance(f, list) else (f, '')
        print(f"{d['region']}\t{d['stem']}\t{form}\t{name}")
PY
while IFS=$'\t' read -r region stem form name; do
  dest="$corpus/inbox/$region"; mkdir -p "$dest"
  IFS=: read -r kind a b c d e <<< "$form"
  case "$kind" in
    scan)   to_docx "$stem"; to_pdf "$stem"; scanx "$work/$stem.pdf" "$dest/$name" "$a" "$b" "$c" "$d" "$e" ;;
    photo2) to_docx "$stem"; to_pdf "$stem"; photo2 "$work/$stem.pdf" "$dest/$name" "$a" "$b" "$c" ;;
    tiff)   to_docx "$stem"; to_pdf "$stem"
            pdftoppm -r "$a" -gray "$work/$stem.pdf" "$work/tif"
            convert "$work"/tif-*.pgm -threshold 60% -density "$a" -compress Group4 "$dest/$name"; rm -f "$work"/tif-* ;;
    txt)    cp "$work/$stem.txt" "$dest/$stem.txt" ;;
  esac
  case "$form" in
    pdf)  [ -f "$work/$stem.pdf" ] || { to_docx "$stem"; to_pdf "$stem"; }; cp "$work/$stem.pdf" "$dest/$stem.pdf" ;;
    docx) to_docx "$stem"; cp "$work/$stem.docx" "$dest/$stem.docx" ;;
    doc)  to_docx "$stem"; lo --convert-to 'doc:MS Word 97' --outdir "$work" "$work/$stem.docx"; cp "$work/$stem.doc" "$dest/$stem.doc" ;;
    rtf)  [ -f "$work/$stem.docx" ] || to_docx "$stem"; lo --convert-to 'rtf:Rich Text Format' --outdir "$work" "$work/$stem.docx"; cp "$work/$stem.rtf" "$dest/$stem.rtf" ;;
    xlsx) lo --convert-to xlsx --infilter='CSV:44,34,76,1' --outdir "$work" "$work/$stem.csv"; cp "$work/$stem.xlsx" "$dest/$stem.xlsx" ;;
    photo) to_docx "$stem"; to_pdf "$stem"; photo "$work/$stem.pdf" "$dest/$stem（手机拍照）.jpg" ;;
    scan2) to_docx "$stem"; to_pdf "$stem"; scan "$work/$stem.pdf" "$dest/$stem（扫描件）.pdf" -0.8 ;;
    tiff2) to_docx "$stem"; to_pdf "$stem"
           pdftoppm -r 200 -gray "$work/$stem.pdf" "$work/tif"
           convert "$work"/tif-*.pgm -threshold 55% -compress Group4 "$dest/$stem（扫描件）.tif"; rm -f "$work"/tif-* ;;
    clip) to_docx "$stem"; to_pdf "$stem"
          pdftoppm -r 150 -gray -f 1 -l 1 -singlefile "$work/$stem.pdf" "$work/clip"
          convert "$work/clip.pgm" -crop 100%x45%+0+0 +repage -quality 80 "$dest/$stem.png" ;;
  esac
done < "$work/plan.tsv"

# A mixed PDF: a text page followed by two scanned pages, as when an office merges a circular with its signed minutes.
xy="$corpus/inbox/襄阳市"
pdfunite "$xy/襄打假办发〔2019〕3号 关于开展2019年知识产权执法铁拳行动的通知.pdf" "$xy/襄阳市打击侵权假冒工作领导小组会议纪要（扫描件）.pdf" "$xy/铁拳行动通知及会议纪要（合并）.pdf"
# A page photographed sideways: OCR must find the orientation itself.
pdftoppm -r 200 -gray -f 1 -l 1 -singlefile "$xy/植物新品种保护培训总结.pdf" "$work/side"
convert "$work/side.pgm" -rotate 90 "$xy/植物新品种保护培训总结（横向扫描）.png"

# The text PDF of the notice, encrypted with an open password, for the bad inputs.
lo --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
   --outdir "$work/enc" "$work/seed000.docx"
python3 "$build/bad_inputs.py" "$corpus/bad" "$work/seed000.pdf" "$corpus/inbox/襄阳市/植物新品种保护培训人员名单（手机拍照）.jpg"
cp "$work/enc/seed000.pdf" "$corpus/bad/encrypted.pdf"
# A case file that arrives cut short, as an interrupted upload leaves it.
jz="$corpus/inbox/荆州市/荆州市知识产权执法典型案例.pdf"
head -c $(( $(stat -c%s "$jz") / 3 )) "$jz" > "$work/cut.pdf" && mv "$work/cut.pdf" "$jz"

if $clean; then
  rm -rf "$final/notices" "$final/inbox" "$final/bad"
  cp -r "$corpus/notices" "$corpus/inbox" "$corpus/bad" "$final/"
  echo "语料已全部重建" >&2
else
  added=$(cd "$corpus" && find notices inbox bad -type f | sort | while read -r f; do
    [ -e "$final/$f" ] || { mkdir -p "$(dirname "$final/$f")"; cp "$corpus/$f" "$final/$f"; echo "$f"; }; done)
  echo "新增文件：${added:-无}" >&2
fi
du -sh "$final"
