#!/usr/bin/env python3
"""Character error rate of an OCR text against its twin: edit distance over the twin's length, after NFKC and
with all whitespace removed (layout is not what is measured). usage: cer.py TWIN.txt OCR.txt"""
import sys, unicodedata

def norm(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKC', s) if not ch.isspace())

def distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]

def cer(twin, ocr):
    t, o = norm(twin), norm(ocr)
    return distance(t, o), len(t)

if __name__ == '__main__':
    e, n = cer(open(sys.argv[1]).read(), open(sys.argv[2]).read())
    print(f"{e/n:.4f} {e} {n}")
