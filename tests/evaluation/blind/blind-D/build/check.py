import json, glob, collections
S = json.load(open('/work/blind-work/blind-D/stories.json'))
E = S['entities']
party_outlets = {k for k,v in S['outlets'].items() if v.get('stateMediaOf')}
org = {"D:santori":"D:orbitra"}
labels = {f.split('/')[-1][:-5]: json.load(open(f)) for f in sorted(glob.glob('/work/blind-work/blind-D/labels/*.json'))}
denied = set()
for L in labels.values():
    for c in L['claims']: denied.update(c['denies'])
by = collections.defaultdict(list)
for id,L in labels.items():
    for c in L['claims']:
        by[c['cluster']].append((id,L,c))
out=[]
for cl in sorted([k for k in by if k], key=lambda x:int(x[1:])):
    srcs=set(); rows=[]
    for id,L,c in by[cl]:
        src=None
        if not c['hedged']:
            if c['speaker'] is None and L['outlet'] not in party_outlets:
                o=L['origin']; src = L['outlet'] if o['type']=='own' else o['source']
            elif c['speaker'] and E[c['speaker']]['side'] is None and E[c['speaker']]['type']!='unnamed':
                src = org.get(c['speaker'], c['speaker'])
        if src: srcs.add(src)
        rows.append(f"  {id} {c['kind']:<15} {str(c['speaker']):<22} hedged={c['hedged']!s:<5} denies={c['denies']} status={c['status']} src={src}")
    dis = cl in denied or any(c['denies'] for _,_,c in by[cl])
    auto = 'disputed' if dis else ('corroborated' if len(srcs)>=2 else 'unverified')
    statuses = {c['status'] for _,_,c in by[cl]}
    flag = '' if statuses <= {auto,'not-checkable'} else '  <<< CHECK'
    out.append(f"{cl}: {S['clusters'][cl]['fact']} | claimant {S['clusters'][cl]['claimant']} | sources {sorted(srcs)} | auto {auto} | labelled {sorted(statuses)}{flag}")
    out += rows
print("\n".join(out))
