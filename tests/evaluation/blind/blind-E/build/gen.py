import json, textwrap, os, re, html as H
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def wrap(p, w=72):
    return "\n".join(textwrap.wrap(p, w, break_long_words=False, break_on_hyphens=False))

def C(text, kind, speaker, cluster, status, why, denies=None, hedged=False):
    return {"text": text, "kind": kind, "speaker": speaker, "cluster": cluster,
            "denies": denies or [], "hedged": hedged, "status": status, "why": why}

def write_seed(fid, content):
    with open(os.path.join(ROOT, "seeds", fid), "w", encoding="utf-8") as f:
        f.write(content)

def write_label(fid, story, outlet, layout, headline, publisher, agency, published, origin, body, clutter, claims):
    # sanity: each claim inside a body paragraph
    for c in claims:
        if not any(c["text"] in p for p in body):
            raise SystemExit("CLAIM NOT IN BODY: " + c["text"])
    lab = {"file": fid, "story": story, "outlet": outlet, "layout": layout, "headline": headline,
           "publisher": publisher, "agency": agency, "published": published, "origin": origin,
           "body": body, "clutter": clutter, "claims": claims}
    idn = fid.split(".")[0]
    with open(os.path.join(ROOT, "labels", idn + ".json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)
        f.write("\n")
