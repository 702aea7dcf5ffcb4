import json, sys
def C(text, kind, speaker, cluster, status, why, denies=None, hedged=False):
    return {"text": text, "kind": kind, "speaker": speaker, "cluster": cluster,
            "denies": denies or [], "hedged": hedged, "status": status, "why": why}
def write(id, ext, outlet, layout, headline, publisher, agency, published, origin, body, clutter, claims):
    L = {"file": f"{id}.{ext}", "story": "D", "outlet": outlet, "layout": layout,
         "headline": headline, "publisher": publisher, "agency": agency, "published": published,
         "origin": origin, "body": body, "clutter": clutter, "claims": claims}
    with open(f"/work/blind-work/blind-D/labels/{id}.json", "w") as f:
        json.dump(L, f, ensure_ascii=False, indent=2); f.write("\n")
