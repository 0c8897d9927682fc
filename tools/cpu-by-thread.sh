#!/usr/bin/env bash
# Runs a command and reports where a JVM it starts spends its CPU: CPU seconds by thread name (digits folded, from
# /proc/PID/task/*/stat sampled every half second, each thread's last sample), and how busy all CPUs were (from
# /proc/stat every quarter second: mean and lowest). The sampling costs a little CPU of its own.
# Usage: tools/cpu-by-thread.sh ./naba run CORPUS --out DIR --quiet
set -uo pipefail
samples="$(mktemp)"; busy="$(mktemp)"
"$@" & cmd=$!
( prev=($(head -1 /proc/stat))
  while kill -0 "$cmd" 2>/dev/null; do
    sleep 0.25; cur=($(head -1 /proc/stat)); total=0
    for i in 1 2 3 4 5 6 7 8; do total=$((total + cur[i] - prev[i])); done
    idle=$(( cur[4] + cur[5] - prev[4] - prev[5] ))
    [ "$total" -gt 0 ] && echo $(( 100 * (total - idle) / total )) >> "$busy"; prev=("${cur[@]}")
  done ) &
while kill -0 "$cmd" 2>/dev/null; do
  for pid in $(pgrep -f -P "$cmd" java; pgrep -f java | grep -x "$cmd"); do
    for t in /proc/"$pid"/task/*; do
      echo "$t|$(cat "$t/comm" 2>/dev/null)|$(awk '{print $14 + $15}' "$t/stat" 2>/dev/null)"
    done
  done >> "$samples" 2>/dev/null
  sleep 0.5
done
wait "$cmd"; status=$?
python3 - "$samples" "$busy" <<'PY'
import collections, re, sys
last = {}
for line in open(sys.argv[1]):
    task, name, ticks = line.rstrip('\n').split('|')
    if ticks:
        last[task] = (re.sub(r'[-#]?\d+$', '', name.strip()) or name, int(ticks))
by = collections.Counter()
for name, ticks in last.values():
    by[name] += ticks
hz = 100
print('CPU seconds by thread:', ', '.join(f'{n} {t / hz:.1f}' for n, t in by.most_common(12)),
      f'(total {sum(by.values()) / hz:.1f})')
b = [int(x) for x in open(sys.argv[2]) if x.strip()]
if b:
    print(f'all CPUs busy: mean {sum(b) / len(b):.0f} %, lowest quarter second {min(b)} % ({len(b)} samples)')
PY
rm -f "$samples" "$busy"; exit $status
