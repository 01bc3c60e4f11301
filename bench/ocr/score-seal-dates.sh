#!/usr/bin/env bash
# Scores the seal-over-date tuning set (corpus/scans/seal-dates/, built by corpus/build-seal-dates.sh) as ingest and
# understand read it: each file is copied into a temporary inbox under its region (inbox/襄阳市/…), ingested into a
# fresh store, understood with the hubei-2019 pipeline, and its 成文日期, issuer and 发文字号 compared with truth.json.
# Prints, per file, expected against read, then the totals (dates right N/M, issuers, numbers). With --text, prints
# for every file whose date is wrong the OCR'd lines around its date (`extraction text`); with --keep, keeps the
# temporary folder (its store is <dir>/seal-dates.db, for `./extraction text <file> --db …`); with --set DIR, scores
# another folder of the same layout (e.g. the unsealed control: corpus/build/seal_dates.py WORK DIR --no-seal).
#   bench/ocr/score-seal-dates.sh [--text] [--keep] [--set DIR]
# Tesseract runs single-threaded (OMP_THREAD_LIMIT=1); about 2 minutes on 2 cores.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
set_dir=$root/corpus/scans/seal-dates
show_text=0 keep=0
while [ $# -gt 0 ]; do
  case $1 in
    --text) show_text=1 ;; --keep) keep=1 ;; --set) set_dir=$(cd "$2" && pwd); shift ;;
    *) echo "usage: $0 [--text] [--keep] [--set DIR]" >&2; exit 2 ;;
  esac
  shift
done
[ -f "$set_dir/truth.json" ] || { echo "no $set_dir/truth.json: run corpus/build-seal-dates.sh first" >&2; exit 1; }
export OMP_THREAD_LIMIT=1
tmp=$(mktemp -d -t seal-dates.XXXXXX)
if [ $keep = 1 ]; then echo "kept: $tmp (store $tmp/seal-dates.db)" >&2; else trap 'rm -rf "$tmp"' EXIT; fi
python3 - "$set_dir" "$tmp/inbox" <<'PY'
import json, pathlib, shutil, sys
src, inbox = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for name, t in json.loads((src / 'truth.json').read_text(encoding='utf-8'))['files'].items():
    (inbox / t['region']).mkdir(parents=True, exist_ok=True)
    shutil.copy(src / name, inbox / t['region'] / name)
PY
cd "$root"
db=$tmp/seal-dates.db
./extraction ingest "$tmp/inbox" --db "$db" --pipeline pipelines/hubei-2019 > "$tmp/ingest.log"
./extraction understand --db "$db" --pipeline pipelines/hubei-2019 --json > "$tmp/understand.json"
if [ $show_text = 1 ]; then
  python3 - "$set_dir/truth.json" "$tmp/understand.json" > "$tmp/wrong.txt" <<'PY'
import json, pathlib, sys
truth = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding='utf-8'))['files']
docs = json.loads(pathlib.Path(sys.argv[2]).read_text(encoding='utf-8'))['documents']
read = {pathlib.PurePath(d['file']).name: d for d in docs}
for name, t in truth.items():
    if read.get(name, {}).get('date') != t['date']:
        print(name)
PY
  while read -r f; do
    ./extraction text "$f" --db "$db" > "$tmp/text-$f.txt" 2>/dev/null || echo "(no text)" > "$tmp/text-$f.txt"
  done < "$tmp/wrong.txt"
fi
python3 - "$set_dir/truth.json" "$tmp/understand.json" "$tmp" "$show_text" <<'PY'
import json, pathlib, re, sys
truth = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding='utf-8'))['files']
docs = json.loads(pathlib.Path(sys.argv[2]).read_text(encoding='utf-8'))['documents']
tmp, show_text = pathlib.Path(sys.argv[3]), sys.argv[4] == '1'
read = {pathlib.PurePath(d['file']).name: d for d in docs}
norm = lambda s: None if s is None else re.sub(r'\s+', '', s)
right = {'date': 0, 'issuer': 0, 'doc_number': 0}
mark = lambda ok: '✓' if ok else '✗'
for name, t in truth.items():
    d = read.get(name, {})
    got = {'date': d.get('date'), 'issuer': d.get('issuer'), 'doc_number': d.get('doc_number', d.get('docNumber'))}
    ok = {k: norm(got[k]) == norm(t[k]) for k in right}
    for k in right:
        right[k] += ok[k]
    print(f"{name}  [{t['seal']}; {t['scan']}]")
    print(f"  date   {mark(ok['date'])} expected {t['date']} ({t['date_as_printed']})  read {got['date'] or '—'}")
    print(f"  issuer {mark(ok['issuer'])} expected {t['issuer']}  read {got['issuer'] or '—'}")
    print(f"  number {mark(ok['doc_number'])} expected {t['doc_number'] or '—'}  read {got['doc_number'] or '—'}")
    if show_text and not ok['date']:
        text = (tmp / f'text-{name}.txt').read_text(encoding='utf-8', errors='replace')
        last = [l for l in text.rstrip('\f\n').split('\f')[-1].splitlines() if l.strip()]
        # the signature, the date and what follows: the last 4 non-empty lines of the last page
        for l in last[-4:]:
            print(f'    | {l}')
n = len(truth)
print(f"\ndates right {right['date']}/{n}, issuers right {right['issuer']}/{n}, numbers right {right['doc_number']}/{n}"
      f" (null expected and none read counts as right)")
PY
