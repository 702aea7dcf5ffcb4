import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import labels
from meta import STORIES, ENTITIES, CLUSTERS, CORROBORATED, WHY
import arts1, arts2, arts3
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = arts1.ARTS + arts2.ARTS + arts3.ARTS
denied = set()
for a in arts:
    for p in a.paras:
        for s, c in p:
            if c: denied.update(c['denies'])
outlets = {}
allraw = ''
for a in arts:
    with open(f'{ROOT}/seeds/{a.id}.{a.ext}', 'w') as f: f.write(a.raw)
    allraw += a.raw
    L = labels(a, 'H', WHY, denied, CORROBORATED)
    with open(f'{ROOT}/labels/{a.id}.json', 'w') as f: json.dump(L, f, ensure_ascii=False, indent=2); f.write('\n')
    o = outlets.setdefault(a.outlet, {'layout': a.layout, 'stateMediaOf': 'government' if a.outlet == 'Karvenia One' else None, 'articles': []})
    o['articles'].append(a.id)
ents = {}
for k, (name, typ, side, al) in ENTITIES.items():
    miss = [x for x in al if x not in allraw]
    if miss: print('alias not in seeds', k, miss)
    ents[k] = {'name': name, 'type': typ, 'side': side, 'aliases': [x for x in al if x in allraw]}
st = {'set': 'dev-H', 'stories': STORIES, 'outlets': outlets, 'entities': ents, 'clusters': CLUSTERS}
with open(f'{ROOT}/stories.json', 'w') as f: json.dump(st, f, ensure_ascii=False, indent=2); f.write('\n')
used = set()
for a in arts:
    for p in a.paras:
        for s, c in p:
            if c and c['cluster']: used.add(c['cluster'])
print('unused clusters', set(CLUSTERS) - used, 'undefined', used - set(CLUSTERS))
for a in arts:
    print(a.id, len(' '.join(a.body).split()), 'words')
