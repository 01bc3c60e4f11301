#!/usr/bin/env bash
# Two workers vs one on the same scans: for each worker count, a fresh SQLite store and inbox, that many `extraction run`
# processes on them, the scans dropped at once; pages per minute from the drop until every file's job is finished, and
# the machine's load average while they ran.
#   bench/workers.sh [one-page-scans=16] [worker-counts="1 2"]   (a count may repeat: "1 2 1 2" alternates)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scans=${1:-16}; counts=${2:-"1 2"}
scan="$root/corpus/inbox/荆州市/荆打假办发〔2019〕4号 关于开展知识产权执法铁拳行动的通知（扫描件）.pdf"
dll="$root/src/Extraction.Host/bin/Release/net10.0/extraction.dll"
work=$(mktemp -d); pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
"$root/extraction" --help >/dev/null   # builds when stale

round=0
for n in $counts; do
  round=$((round + 1)); run="$work/$round"; mkdir -p "$run/inbox/荆州市" "$run/stage"
  # Distinct bytes per copy (a comment after %%EOF), so no copy is a duplicate of another.
  for i in $(seq 1 "$scans"); do cp "$scan" "$run/stage/scan-$i.pdf"; printf '\n%% copy %s\n' "$i" >> "$run/stage/scan-$i.pdf"; done
  pids=()
  for w in $(seq 1 "$n"); do
    EXTRACTION_Worker__StableSeconds=1 dotnet "$dll" run --pipeline "$root/pipelines/hubei-2019" --inbox "$run/inbox" --db "$run/x.db" > "$run/log-$w" 2>&1 &
    pids+=($!)
  done
  # Every worker up (its first log line) before the drop, so start-up is not counted.
  for w in $(seq 1 "$n"); do until grep -q "开始监视收件箱" "$run/log-$w" 2>/dev/null; do sleep 0.2; done; done
  q() { sqlite3 "$run/x.db" "$1"; }
  start=$(date +%s.%N); mv "$run"/stage/scan-*.pdf "$run/inbox/荆州市/"
  loads=()
  while [ "$(q "select count(*) from jobs where finished_at is not null")" -lt "$scans" ]; do
    loads+=("$(cut -d' ' -f1 /proc/loadavg)"); sleep 1
  done
  s=$(echo "$(date +%s.%N) - $start" | bc)
  pages=$(q "select sum(page_count) from documents")
  ocr=$(q "select count(*) from pages where source = 'ocr'")
  mean=$(printf '%s\n' "${loads[@]}" | awk '{t += $1} END {printf "%.1f", t / NR}')
  # Which worker read how many: each says so in its log when a file's reading is done.
  split=$(for w in $(seq 1 "$n"); do grep -c "读取.*完成：" "$run/log-$w" || true; done | paste -sd/)
  echo "$n 个工作进程：$scans 个扫描件共 $pages 页（OCR $ocr 页，各进程读取 $split 个）用时 $s 秒，$(echo "scale=1; $pages * 60 / $s" | bc) 页/分钟；期间 1 分钟负载均值 $mean（结束时 $(cut -d' ' -f1-3 /proc/loadavg)），$(nproc --all) 核"
  for p in "${pids[@]}"; do kill -TERM "$p"; done
  for p in "${pids[@]}"; do wait "$p" || true; done
  pids=()
done
