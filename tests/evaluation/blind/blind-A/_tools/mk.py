#!/usr/bin/env python3
"""Helper used by the author to build labels/<id>.json from a spec (seed + hand-written claims).
Usage: python3 mk.py specs/a01.py"""
import sys, re, json, html, os, runpy
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def blocks_txt(text):
    out, cur = [], []
    for line in text.split('\n'):
        if line.strip() == '':
            if cur: out.append(cur); cur = []
        else:
            cur.append(line.rstrip())
    if cur: out.append(cur)
    return out

def ws(s):
    return re.sub(r'\s+', ' ', s).strip()

def html_text(fragment):
    return ws(html.unescape(re.sub(r'<[^>]+>', ' ', fragment)))

def build(spec):
    sid = spec['id']; ext = spec['ext']
    path = os.path.join(ROOT, 'seeds', f'{sid}.{ext}')
    raw = open(path, encoding='utf8').read()
    if ext in ('txt', 'md'):
        bl = blocks_txt(raw)
        if spec.get('show'):
            for i, b in enumerate(bl): print(i, '|', b[0][:70], '…' if len(b) > 1 else '')
        body_idx = spec['body_blocks']
        body = [ws(' '.join(l.strip() for l in bl[i])) for i in body_idx]
        clutter = [l.strip() for i, b in enumerate(bl) if i not in body_idx for l in b]
    else:
        doc = re.sub(r'<(script|style|head)[\s\S]*?</\1>', ' ', raw, flags=re.I)
        doc = re.sub(r'<!--[\s\S]*?-->', ' ', doc)
        paras = re.findall(r'<p(\s[^>]*)?>([\s\S]*?)</p>', doc)
        body_paras = [p for a, p in paras if not a and spec.get('body_filter', lambda x: True)(p)]
        body = [html_text(p) for p in body_paras]
        rest = doc
        for p in body_paras: rest = rest.replace(p, ' ', 1)
        rest = re.sub(r'</?(p|div|li|h[1-6]|nav|header|footer|aside|section|article|figure|figcaption|ul|ol|br|time|span class="blk"|button|a class="blk")[^>]*>', '\n', rest, flags=re.I)
        clutter = [ws(html.unescape(re.sub(r'<[^>]+>', ' ', l))) for l in rest.split('\n')]
        clutter = [c for c in clutter if c]
        clutter = spec.get('clutter_fix', lambda c: c)(clutter)
    claims = []
    for c in spec['claims']:
        text, kind, speaker, cluster, denies, hedged, status, why = c
        if not any(text in p for p in body):
            print('!! claim not in body:', text[:90]); 
        claims.append(dict(text=text, kind=kind, speaker=speaker, cluster=cluster, denies=denies, hedged=hedged, status=status, why=why))
    # coverage check
    for p in body:
        sents = re.split(r'(?<=[.?!])["”’]?\s+(?=["“‘A-Z0-9])|(?<=[.?!]["”’])\s+', p)
        for s in sents:
            s = s.strip()
            if len(s) < 3: continue
            if not any(s[:40].strip('"“”') in c['text'] or c['text'][:40] in s for c in claims):
                print('-- uncovered sentence:', s[:110])
    L = dict(file=f'{sid}.{ext}', story='A', outlet=spec['outlet'], layout=spec['layout'],
             headline=spec['headline'], publisher=spec['publisher'], agency=spec['agency'],
             published=spec['published'], origin=spec['origin'], body=body, clutter=clutter, claims=claims)
    json.dump(L, open(os.path.join(ROOT, 'labels', f'{sid}.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=2)
    wc = sum(len(p.split()) for p in body)
    print(f'{sid}: {len(body)} paragraphs, {wc} words, {len(claims)} claims, {len(clutter)} clutter lines')

if __name__ == '__main__':
    spec = runpy.run_path(sys.argv[1])['SPEC']
    build(spec)
