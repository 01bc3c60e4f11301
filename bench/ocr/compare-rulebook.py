#!/usr/bin/env python3
"""Compares a rulebook.json with a hand-labelled .clauses.tsv (indicator, clause, points, rule, indicator kind,
indicator max), the format of corpus/notices/*.clauses.tsv: lists each clause whose points or rule differ, each clause
read that the labels do not have, each indicator whose kind or max differs, and the counts.
  bench/ocr/compare-rulebook.py RULEBOOK.json LABELS.clauses.tsv"""
import json, sys
d = json.load(open(sys.argv[1]))
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[2]) if not l.startswith('#') and l.strip()]
ind = {i['number']: i for i in d['indicators']}
act = {(i['number'], c['number']): c for i in d['indicators'] for c in i['clauses']}
exp_ind = {}
for r in rows: exp_ind[int(r[0])] = (r[4], float(r[5]))
pts = rule = both = 0
for r in rows:
    k = (int(r[0]), int(r[1])); c = act.get(k)
    okp = c is not None and float(c['points']) == float(r[2]); okr = c is not None and c['rule'] == r[3]
    pts += okp; rule += okr; both += okp and okr
    if not (okp and okr):
        print('CLAUSE', k, 'exp', r[2], r[3], '| got', (c['points'], c['rule']) if c else None)
extra = [k for k in act if (str(k[0]), str(k[1])) not in {(r[0], r[1]) for r in rows}]
for k in extra: print('EXTRA', k, act[k]['points'], act[k]['rule'], act[k]['text'][:60])
mx = kd = 0
for n, (kind, m) in exp_ind.items():
    i = ind.get(n)
    okm = i is not None and float(i['max_points']) == m; okk = i is not None and i['kind'].lower() == kind
    mx += okm; kd += okk
    if not (okm and okk): print('INDICATOR', n, 'exp', kind, m, '| got', (i['kind'], i['max_points'], len(i['clauses'])) if i else None)
print(f"indicators {len(ind)}/{len(exp_ind)}  clause points {pts}/{len(rows)}  rule {rule}/{len(rows)}  points+rule {both}/{len(rows)}  max {mx}/{len(exp_ind)}  kind {kd}/{len(exp_ind)}  total {d.get('total_points')} stated {d.get('stated_total')}")
