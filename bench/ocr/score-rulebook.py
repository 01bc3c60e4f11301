#!/usr/bin/env python3
"""Scores a rulebook.json against the hand-read clause list: indicators found, clause points right, clauses exact."""
import json, sys
rulebook, expected_tsv = sys.argv[1], sys.argv[2]
d = json.load(open(rulebook))
actual = {(i['number'], c['number']): c for i in d['indicators'] for c in i['clauses']}
rows = [l.rstrip('\n').split('\t') for l in open(expected_tsv) if not l.startswith('#') and l.strip()]
points = exact = 0
for r in rows:
    c = actual.get((int(r[0]), int(r[1])))
    mats = [m for m in (r[4].split('、') if len(r) > 4 else []) if m]
    if c and float(c['points'] or 0) == float(r[2]):
        points += 1
        if c['materials'] == mats: exact += 1
print(f"indicators {len(d['indicators'])}  clause points right {points}/{len(rows)} ({points/len(rows):.1%})  exact {exact}/{len(rows)}")
