#!/usr/bin/python3
"""Run with Debian's /usr/bin/python3 (python3-jieba). Writes the reference segmentation the analyzer is checked against: python3-jieba (Debian), HMM off, on
sentences from the seeds and the corpus texts. Run once; the output is committed as test data."""
import json, pathlib, re, sys
import jieba

root = pathlib.Path(__file__).resolve().parents[3]
sources = sorted((root / 'corpus' / 'notices').glob('*.txt'))
sys.path.insert(0, str(root / 'corpus' / 'build'))
import submissions
texts = [p.read_text(encoding='utf-8') for p in sources]
for _, _, _, body in submissions.DOCS:
    texts.append(re.sub(r'<[^>]+>', '\n', ''.join(body) if body and isinstance(body[0], str) else '\n'.join(','.join(r) for r in body)))

sentences = []
for text in texts:
    for s in re.split(r'[。；;\n]', text):
        s = re.sub(r'\s+', '', s)
        if re.search(r'[\u4e00-\u9fff]{4}', s) and 6 <= len(s) <= 120 and s not in sentences:
            sentences.append(s)
jieba.setLogLevel(60)
reference = [{'sentence': s, 'tokens': list(jieba.cut(s, HMM=False))} for s in sentences]
out = pathlib.Path(__file__).with_name('jieba-reference.json')
out.write_text(json.dumps(reference, ensure_ascii=False, indent=0), encoding='utf-8')
print(len(reference), 'sentences,', sum(len(r['tokens']) for r in reference), 'tokens')
