# Generator helpers for set dev-I (a tool for writing the set; not part of the set).
import html, json, os, re, textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PNC = ('prediction', 'demand', 'value-judgement')


class K:
    def __init__(self, text, kind, spk=None, cl=None, den=(), h=False, st=None, why=None):
        self.text, self.kind, self.spk, self.cl, self.den, self.h, self.st, self.why = text, kind, spk, cl, list(den), h, st, why


class P:
    def __init__(self, *claims):
        self.claims = claims
        self.text = ' '.join(c.text for c in claims)


class C:  # clutter lines (txt/md) or raw html lines (html)
    def __init__(self, s):
        self.s = s


ARTICLES = []


def article(**kw):
    ARTICLES.append(kw)


def render(a):
    ext = a['ext']
    out, body = [], []
    if ext in ('txt', 'md'):
        for seg in a['segs']:
            if isinstance(seg, C):
                out.append(seg.s.strip('\n'))
            else:
                body.append(seg.text)
                w = a.get('wrap')
                out.append(textwrap.fill(seg.text, w, break_on_hyphens=False, break_long_words=False) if w else seg.text)
        raw = '\n\n'.join(out) + '\n'
        clutter = []
        for seg in a['segs']:
            if isinstance(seg, C):
                clutter += [l.strip() for l in seg.s.split('\n') if l.strip()]
    else:
        parts = [a['head']]
        clutter = []
        for seg in a['segs']:
            if isinstance(seg, C):
                parts.append(seg.s.strip('\n'))
                for l in seg.s.split('\n'):
                    if re.match(r'\s*<script', l):
                        continue
                    t = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', l))).strip()
                    if t:
                        clutter.append(t)
            else:
                body.append(seg.text)
                parts.append('<p>' + html.escape(seg.text, quote=False) + '</p>')
        parts.append(a.get('tail', '</body>\n</html>'))
        raw = '\n'.join(parts) + '\n'
    return raw, body, clutter


def build(CLUSTERS, ENTITIES, STORIES, OUTLETS):
    denied = set()
    for a in ARTICLES:
        for seg in a['segs']:
            if isinstance(seg, P):
                for c in seg.claims:
                    denied.update(c.den)
    for a in ARTICLES:
        raw, body, clutter = render(a)
        fn = f"{a['id']}.{a['ext']}"
        with open(os.path.join(ROOT, 'seeds', fn), 'w') as f:
            f.write(raw)
        claims = []
        for seg in a['segs']:
            if not isinstance(seg, P):
                continue
            for c in seg.claims:
                if c.kind is None:
                    continue
                if c.kind in PNC and c.st is None:
                    st = 'not-checkable'
                elif c.den or (c.cl and c.cl in denied):
                    st = 'disputed' if c.kind not in PNC or c.st else 'not-checkable'
                elif c.st == 'c':
                    st = 'corroborated'
                elif c.st in (None, 'u', 'unverified'):
                    st = 'unverified'
                else:
                    st = c.st
                why = c.why
                if why is None and c.cl:
                    why = CLUSTERS[c.cl].get('why')
                if why is None:
                    why = {'not-checkable': 'An opinion, forecast or demand; nothing to check as a fact.',
                           'unverified': 'Only one source in the set states this.',
                           'disputed': 'Contradicted elsewhere in the set.',
                           'corroborated': 'Stated independently by more than one outlet.'}[st]
                claims.append({'text': c.text, 'kind': c.kind, 'speaker': c.spk, 'cluster': c.cl,
                               'denies': c.den, 'hedged': c.h, 'status': st, 'why': why})
        lab = {'file': fn, 'story': 'I', 'outlet': a['outlet'], 'layout': a['layout'],
               'headline': a['headline'], 'publisher': a['publisher'], 'agency': a['agency'],
               'published': a['published'], 'origin': a['origin'], 'body': body,
               'clutter': clutter, 'claims': claims}
        with open(os.path.join(ROOT, 'labels', a['id'] + '.json'), 'w') as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
    st = {'set': 'dev-I', 'stories': STORIES, 'outlets': OUTLETS, 'entities': ENTITIES,
          'clusters': {k: {kk: vv for kk, vv in v.items() if kk != 'why'} for k, v in CLUSTERS.items()}}
    with open(os.path.join(ROOT, 'stories.json'), 'w') as f:
        json.dump(st, f, ensure_ascii=False, indent=2)
