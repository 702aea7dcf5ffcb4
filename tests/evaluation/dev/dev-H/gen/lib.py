# Helper used by the author of dev-H to write seeds and labels from one source of truth.
import json, textwrap, html
from html.parser import HTMLParser

NOCHECK = {'prediction', 'demand', 'value-judgement'}


def C(kind, speaker=None, cluster=None, denies=(), hedged=False, why=None, status=None, plan=False):
    return dict(kind=kind, speaker=speaker, cluster=cluster, denies=list(denies), hedged=hedged,
                why=why, status=status, plan=plan)


NO = None  # sentence that asserts nothing


class Article:
    def __init__(self, id, ext, outlet, layout, headline, publisher, agency, published, origin, paras):
        self.id, self.ext, self.outlet, self.layout = id, ext, outlet, layout
        self.headline, self.publisher, self.agency, self.published = headline, publisher, agency, published
        self.origin = origin
        # paras: list of list of (sentence, claim-or-None)
        self.paras = paras
        self.body = [' '.join(s for s, _ in p) for p in paras]
        self.raw = None
        self.clutter = None


def render_text(art, template, wrap=None):
    """template: a str with lines; a line '{P}' inserts the next body paragraph;
    '{P:n}' inserts paragraph n; '{REST}' inserts all remaining paragraphs separated by blank lines."""
    out, clutter = [], []
    i = 0
    for line in template.split('\n'):
        s = line.strip()
        if s == '{P}' or s == '{REST}':
            n = 1 if s == '{P}' else len(art.body) - i
            for k in range(n):
                p = art.body[i]
                i += 1
                if wrap:
                    out.append(textwrap.fill(p, wrap, break_long_words=False, break_on_hyphens=False))
                else:
                    out.append(p)
                if s == '{REST}' and k < n - 1:
                    out.append('')
        else:
            out.append(line)
            if s:
                clutter.append(s)
    assert i == len(art.body), (art.id, i, len(art.body))
    art.raw = '\n'.join(out) + '\n'
    art.clutter = clutter


BLOCK = {'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'nav', 'section',
         'article', 'aside', 'figure', 'figcaption', 'ul', 'ol', 'br', 'main', 'body', 'time', 'button',
         'blockquote', 'title', 'head', 'html', 'form', 'label', 'span-block'}


class Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.skip = [], [], 0

    def flush(self):
        t = ' '.join(''.join(self.cur).split())
        if t:
            self.blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'head'):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head'):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, d):
        if not self.skip:
            self.cur.append(d)


def render_html(art, template, ptag='<p>{}</p>', indent='        '):
    ps = '\n'.join(indent + ptag.format(html.escape(p, quote=False)) for p in art.body)
    assert '{{BODY}}' in template
    art.raw = template.replace('{{BODY}}', ps.lstrip())
    b = Blocks()
    b.feed(template.replace('{{BODY}}', ''))
    b.flush()
    art.clutter = b.blocks


def labels(art, story, cluster_why, denied, corroborated):
    claims = []
    for p in art.paras:
        for s, c in p:
            if c is None:
                continue
            st = c['status']
            if st is None:
                if c['kind'] in NOCHECK and not c['plan']:
                    st = 'not-checkable'
                elif c['denies'] or (c['cluster'] and c['cluster'] in denied):
                    st = 'disputed'
                elif c['cluster'] in corroborated and not c['hedged']:
                    st = 'corroborated'
                else:
                    st = 'unverified'
            why = c['why'] or cluster_why.get(c['cluster'])
            assert why, (art.id, s)
            claims.append(dict(text=s, kind=c['kind'], speaker=c['speaker'], cluster=c['cluster'],
                               denies=c['denies'], hedged=c['hedged'], status=st, why=why))
    return {
        'file': f'{art.id}.{art.ext}', 'story': story, 'outlet': art.outlet, 'layout': art.layout,
        'headline': art.headline, 'publisher': art.publisher, 'agency': art.agency,
        'published': art.published, 'origin': art.origin, 'body': art.body,
        'clutter': art.clutter, 'claims': claims,
    }
