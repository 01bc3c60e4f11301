#!/usr/bin/env bash
# End-to-end figures of `extraction run` on this machine: files per minute for text PDFs and for scans, the time from
# drop to "indexed" of a one-page text PDF on an idle worker, and the worker's peak memory while OCRing.
#   bench/worker.sh [copies-of-text-pdf=40] [copies-of-scan=8]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
texts=${1:-40}; scans=${2:-8}
work=$(mktemp -d); trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
"$root/extraction" --help >/dev/null   # builds when stale
mkdir -p "$work/inbox/襄阳市" "$work/stage"
# Distinct bytes per copy (a comment after %%EOF), so no copy is a duplicate of another.
copy() { for i in $(seq 1 "$3"); do cp "$1" "$work/stage/$2-$i.pdf"; printf '\n%% copy %s\n' "$i" >> "$work/stage/$2-$i.pdf"; done; }
copy "$root/corpus/inbox/襄阳市/襄打假办发〔2019〕3号 关于开展2019年知识产权执法铁拳行动的通知.pdf" text "$texts"
copy "$root/corpus/inbox/荆州市/荆打假办发〔2019〕4号 关于开展知识产权执法铁拳行动的通知（扫描件）.pdf" scan "$scans"
cp "$root/corpus/inbox/襄阳市/植物新品种保护培训总结.pdf" "$work/stage/idle.pdf"; printf '\n%% idle\n' >> "$work/stage/idle.pdf"

dotnet "$root/src/Extraction.Host/bin/Release/net10.0/extraction.dll" run --pipeline "$root/pipelines/hubei-2019" --inbox "$work/inbox" --db "$work/x.db" > "$work/log" 2>&1 &
pid=$!
sleep 3
q() { sqlite3 "$work/x.db" "$1"; }
wait_done() { while [ "$(q "select count(*) from jobs where finished_at is not null and relative_path like '$1'")" -lt "$2" ]; do sleep 0.5; done; }

# 1. Drop → indexed on an idle worker (includes the quiet period the stable-file check waits, 3 s by default).
start=$(date +%s.%N); mv "$work/stage/idle.pdf" "$work/inbox/襄阳市/"
while [ "$(q "select count(*) from jobs where relative_path like '%idle.pdf' and state in ('indexed','matched')" 2>/dev/null || echo 0)" -lt 1 ]; do sleep 0.05; done
idle=$(echo "$(date +%s.%N) - $start" | bc)
# 2. Text PDFs, all dropped at once.
start=$(date +%s.%N); mv "$work"/stage/text-*.pdf "$work/inbox/襄阳市/"; wait_done '%text-%' "$texts"; t=$(echo "$(date +%s.%N) - $start" | bc)
# 3. Scans, all dropped at once, with the worker's peak memory.
start=$(date +%s.%N); mv "$work"/stage/scan-*.pdf "$work/inbox/襄阳市/"; peak=0
while [ "$(q "select count(*) from jobs where finished_at is not null and relative_path like '%scan-%'")" -lt "$scans" ]; do
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status); kids=$(pgrep -P $pid | xargs -r -I{} awk '/VmRSS/ {print $2}' /proc/{}/status 2>/dev/null | paste -sd+ | bc 2>/dev/null || echo 0)
  total=$(( rss + ${kids:-0} )); [ "$total" -gt "$peak" ] && peak=$total; sleep 0.2; done
s=$(echo "$(date +%s.%N) - $start" | bc)
echo "一页文本 PDF 从放入到已索引：${idle} 秒（其中等待文件稳定 3 秒）"
echo "（以下从放入算起，含等待文件稳定的 3 秒）"
echo "文本 PDF：$texts 个用时 $t 秒，$(echo "scale=1; $texts * 60 / $t" | bc) 个/分钟"
echo "扫描件：$scans 个（各 1 页）用时 $s 秒，$(echo "scale=1; $scans * 60 / $s" | bc) 个/分钟"
echo "OCR 期间服务及其子进程内存峰值：$((peak / 1024)) MB"
