#!/usr/bin/env bash
# Runs a command and prints, on stderr, the peak of the summed resident memory of it and all its descendants,
# sampled every 0.1 s (/usr/bin/time -v reports only the largest single process).
"$@" & root=$!
peak=0
tree() { local p=$1; echo "$p"; for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do tree "$c"; done; }
while kill -0 "$root" 2>/dev/null; do
  sum=0
  for p in $(tree "$root"); do r=$(awk '/^VmRSS/ {print $2}' /proc/"$p"/status 2>/dev/null); sum=$((sum + ${r:-0})); done
  [ "$sum" -gt "$peak" ] && peak=$sum
  sleep 0.1
done
wait "$root"; rc=$?
echo "peak tree RSS: $((peak / 1024)) MiB" >&2
exit $rc
