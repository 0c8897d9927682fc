#!/usr/bin/env python3
"""Where a JFR recording of `naba run` spends CPU and allocates, grouped the way the stop notes report it.

Usage: jfr-top.py RECORDING.jfr
Record with: NABA_JAVA_OPTS="-XX:StartFlightRecording=filename=RECORDING.jfr,settings=profile" ./naba run ...
Needs `jfr` from the JDK on PATH (or JFR=path/to/jfr). Prints the share of execution samples by the first Naba
package on each stack (store, story, text, summary...), the top methods by own samples, and the share of sampled
allocation weight by the first Naba frame and by object class.
"""
import collections
import os
import re
import subprocess
import sys


def events(jfr, recording, name, depth):
    out = subprocess.run([jfr, 'print', '--events', name, '--stack-depth', str(depth), recording],
                         capture_output=True, text=True, check=True).stdout
    return out.split(name)[1:]


def frames(event):
    return re.findall(r'^\s+([\w.$<>/]+)\(', event, re.M)


def main():
    recording = sys.argv[1]
    jfr = os.environ.get('JFR', 'jfr')
    samples = events(jfr, recording, 'jdk.ExecutionSample', 64)
    stage, own = collections.Counter(), collections.Counter()
    for e in samples:
        fs = frames(e)
        if not fs:
            continue
        own[fs[0]] += 1
        first = next((m.group(1) for f in fs if (m := re.match(r'org\.naba\.(\w+)\.', f))), 'other')
        stage[first] += 1
    n = sum(stage.values())
    print(f'execution samples {n}, by the first Naba package on the stack:')
    for k, v in stage.most_common():
        print(f'  {100 * v / n:5.1f} %  {k}')
    print('top methods by own samples:')
    for k, v in own.most_common(15):
        print(f'  {100 * v / n:5.1f} %  {k}')
    site, cls = collections.Counter(), collections.Counter()
    units = {'bytes': 1, 'kB': 1e3, 'MB': 1e6, 'GB': 1e9}
    for e in events(jfr, recording, 'jdk.ObjectAllocationSample', 8):
        m = re.search(r'weight = ([\d.]+) (\w+)', e)
        if not m:
            continue
        w = float(m.group(1)) * units.get(m.group(2), 1)
        fs = frames(e)
        site[next((f for f in fs if 'naba' in f), fs[0] if fs else '?')] += w
        c = re.search(r'objectClass = ([\w.$\[\]]+)', e)
        cls[c.group(1) if c else '?'] += w
    total = sum(site.values())
    print(f'sampled allocation weight {total / 1e9:.1f} GB, by the first Naba frame:')
    for k, v in site.most_common(15):
        print(f'  {100 * v / total:5.1f} %  {k}')
    print('by class:')
    for k, v in cls.most_common(6):
        print(f'  {100 * v / total:5.1f} %  {k}')


if __name__ == '__main__':
    main()
