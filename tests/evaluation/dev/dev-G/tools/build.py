#!/usr/bin/env python3
"""Builds seeds/<id>.<ext>, labels/<id>.json and stories.json from the article specs in tools/gNN.py.
Writer's helper only (keeps body/clutter text exact). Run: python3 tools/build.py"""
import json, re, sys, textwrap, importlib.util, glob, os, html
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'tools'))
import common

def wrap(p, w):
    return '\n'.join(textwrap.wrap(p, w, break_long_words=False, break_on_hyphens=False)) if w else p

def split_sents(p):
    return [s for s in re.split(r'(?:(?<=[.!?])|(?<=[.!?][”"’]))\s+(?=[A-Z“"‘(])', p) if s.strip()]

def build(path):
    spec = importlib.util.spec_from_file_location('a', path); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    aid = os.path.basename(path)[:-3]
    meta = m.META
    body, clutter = [], []
    if m.EXT in ('txt', 'md'):
        out = []
        for kind, text in m.BLOCKS:
            if kind == 'b':
                body.append(text); out.append(wrap(text, getattr(m, 'WRAP', 0)))
            elif kind == 'c':
                for ln in text.split('\n'):
                    if ln.strip(): clutter.append(ln.strip())
                out.append(text)
            elif kind == 'cw':
                w = wrap(text, getattr(m, 'WRAP', 0))
                clutter.extend(l.strip() for l in w.split('\n') if l.strip()); out.append(w)
            elif kind == 'raw':  # clutter written raw, lines to label given in text as is
                out.append(text)
        raw = '\n\n'.join(out) + '\n'
        if hasattr(m, 'CLUTTER_OVERRIDE'): clutter = m.CLUTTER_OVERRIDE
    else:
        body = m.BODY
        ps = '\n'.join(f'      <p>{html.escape(p, quote=False)}</p>' for p in body)
        raw = m.HTML.replace('{BODY}', ps)
        clutter = m.CLUTTER
    open(os.path.join(ROOT, 'seeds', f'{aid}.{m.EXT}'), 'w').write(raw)
    claims = []
    covered = set()
    for c in m.CLAIMS:
        text, kind, speaker, cluster, denies, hedged = c[:6]
        why = c[6] if len(c) > 6 else None
        status = c[7] if len(c) > 7 else None
        if not any(text in p for p in body): print(f'!! {aid}: claim not in body: {text[:70]}')
        if status is None:
            status = common.status_for(kind, cluster, denies)
        elif cluster in common.STATUS:
            status = common.STATUS[cluster]   # announced plans/scheduled events: status of their cluster
        if why is None:
            why = common.WHY.get(cluster) if cluster else None
        if why is None: print(f'!! {aid}: no why for {text[:60]}')
        claims.append(dict(text=text, kind=kind, speaker=speaker, cluster=cluster, denies=denies, hedged=hedged, status=status, why=why))
        covered.add(text)
    for p in body:
        for s in split_sents(p):
            if not any(s.strip() in t or t in s for t in covered) and s.strip() not in getattr(m, 'SKIP', []):
                print(f'   {aid} uncovered: {s[:100]}')
    L = dict(file=f'{aid}.{m.EXT}', story='G', outlet=meta['outlet'], layout=meta['layout'], headline=meta['headline'],
             publisher=meta['publisher'], agency=meta['agency'], published=meta['published'], origin=meta['origin'],
             body=body, clutter=clutter, claims=claims)
    json.dump(L, open(os.path.join(ROOT, 'labels', f'{aid}.json'), 'w'), ensure_ascii=False, indent=2)
    return aid, meta['outlet']

arts = {}
for p in sorted(glob.glob(os.path.join(ROOT, 'tools', 'g[0-9][0-9].py'))):
    aid, outlet = build(p); arts.setdefault(outlet, []).append(aid)
outlets = {k: dict(v, articles=arts.get(k, [])) for k, v in common.OUTLETS.items() if k in arts}
S = dict(set='dev-G', stories=common.STORIES, outlets=outlets, entities=common.ENTITIES, clusters=common.CLUSTERS)
json.dump(S, open(os.path.join(ROOT, 'stories.json'), 'w'), ensure_ascii=False, indent=2)
print('built', sum(len(v) for v in arts.values()), 'articles')
