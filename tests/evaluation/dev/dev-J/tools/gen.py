#!/usr/bin/env python3
# Generator for dev-J (a tool, not part of the set). Writes seeds/, labels/, stories.json.
import json, os, re, html, textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- clusters
CL = {
 "J1": ("The Marovian strike hit only a Black Ridge militia weapons depot outside Kestrany, not the market", "J:marovia-mod", "disputed",
        "Only Marovia's government, ministry and state broadcaster say so; Taldeva, Orbis Lens and the mayor contradict it."),
 "J2": ("The drone struck Kestrany's covered market and there was no military target there", "J:taldeva-gov", "disputed",
        "A rebuttal of Marovia's depot claim; Marovia maintains the opposite, so the point is in dispute."),
 "J3": ("No civilians were killed in the Kestrany strike", "J:marovia-mod", "disputed",
        "Marovia's ministry is the only source; Taldeva's toll and Borderwatch's count contradict it."),
 "J4": ("Fourteen civilians were killed in the Kestrany strike", "J:taldeva-gov", "disputed",
        "Taldevan officials' figure, rejected by Marovia's ministry and not independently verified."),
 "J5": ("At least 11 civilians were killed in the Kestrany strike", "J:borderwatch", "disputed",
        "Borderwatch's count contradicts Marovia's claim of no deaths, and Marovia dismissed it."),
 "J7": ("The strike hit Kestrany at about 05:50 on Tuesday 24 November 2026", None, "corroborated",
        "The Gazette's reporter, GlobeLine's own coverage and the UN mission all place the strike just before 6 a.m. on Tuesday."),
 "J8": ("The roof of Kestrany's covered market collapsed in the strike", None, "corroborated",
        "Seen by the Gazette's reporter, shown in Orbis Lens imagery and documented by the UN mission."),
 "J9": ("There is no structure at the coordinates Marovia gave for the depot", "J:orbis", "disputed",
        "Orbis Lens imagery contradicts Marovia's depot claim; Marovia maintains the depot existed."),
 "J10": ("UN monitors reached the market in Kestrany on Wednesday 25 November", None, "corroborated",
        "GlobeLine's correspondent and the Continental Review's reporter in Kestrany each saw the UN team arrive."),
 "J11": ("Serelia will host a meeting of the Marovian and Taldevan foreign ministers in Port Aldane on 3 December", "J:mattiesen", "corroborated",
        "Announced by Serelia's foreign minister and reported independently by the Continental Review, GlobeLine and the Meridian wire."),
 "J12": ("Taldeva demands that Marovia hand over the officers responsible and pay compensation", "J:taldeva-gov", "not-checkable",
        "A demand by Taldeva's government; nothing to check as a fact."),
 "J13": ("Marovia threatens an unprecedented response to any Taldevan retaliation", "J:vashkova", "not-checkable",
        "A threat by Marovia's defence minister."),
 "J14": ("Taldeva recalled its ambassador from Dresk on 24 November", "J:taldeva-gov", "corroborated",
        "Taldeva announced it; the Gazette and the Continental Review (whose reporter saw staff leave) state it in their own reporting."),
 "J15": ("The Black Ridge militia has fired rockets at Marovian villages from Taldevan territory", "J:marovia-mod", "disputed",
        "Only Marovian sources say so; Taldeva says the group does not exist."),
 "J16": ("There is no Black Ridge militia or depot in the Kestrany area", "J:taldeva-gov", "disputed",
        "Taldevan officials' rebuttal of Marovia's militia claim; Marovia says the opposite."),
 "J17": ("Fragments of a Marovian-made drone were found at the Kestrany market", None, "corroborated",
        "The Gazette's reporter saw them and Borderwatch researchers found them, independently of each other."),
 "J18": ("Marovia refuses to pay compensation", "J:vashkova", "unverified",
        "Marovia's own stated position, reported only as its ministers' words."),
 "J19": ("Taldeva will attend the Port Aldane meeting only if Marovia admits striking the market", "J:oszkay", "unverified",
        "Taldeva's stated condition; only Taldevan officials and reports quoting them carry it."),
 "J20": ("The strike was a barbaric crime", "J:oszkay", "not-checkable",
        "A characterisation by Taldeva's foreign minister."),
 "J21": ("Marovia's defence ministry will publish footage of the strike", "J:marovia-mod", "unverified",
        "An announced plan known only from Marovian statements; the footage had not appeared."),
 "J22": ("A crater about nine metres wide was found in Kestrany's market square", "J:unmission", "corroborated",
        "The UN mission, Orbis Lens imagery and the Gazette's reporter each describe the crater."),
 "J23": ("More than 30 people were wounded in the strike", "J:taldeva-health", "unverified",
        "Only Taldevan officials give this figure."),
 "J24": ("Marovia warned Taldeva twice about the depot before the strike", "J:lisovar", "unverified",
        "Only Marovia's spokesman says so; Taldeva has not commented."),
 "J26": ("Marovia and Taldeva fought a border war over the Orva valley in 2019", None, "corroborated",
        "Background given by the Atlas wire (one source for both copies) and independently by the Frontier Letter."),
 "J27": ("The depot held more than 200 rockets and launchers", "J:lisovar", "unverified",
        "Only Marovia's spokesman, via its state broadcaster, says so."),
 "J28": ("Marovia is committed to good relations but will not tolerate threats to its citizens", "J:vashkova", "unverified",
        "Marovia's stated position, carried only by its state broadcaster."),
 "J29": ("Taldeva is preparing a complaint to the UN Security Council", None, "unverified",
        "Only the Gazette reports it, from its own sources."),
 "J34": ("Taldevan forces along the border were put on heightened alert", "J:reszel", "unverified",
        "Only Taldeva's army chief says so, in two reports quoting him."),
 "J35": ("The drone used in the strike was a Kestrel-2", "J:borderwatch", "unverified",
        "Borderwatch's identification, known only via the Continental Review and an aggregator retelling it."),
 "J36": ("Both foreign ministers accepted the Port Aldane invitation in principle", "J:mattiesen", "unverified",
        "Only Serelia's foreign minister says so, in one wire report."),
}
PLANS = {"J11", "J21"}  # predictions that are announced plans/scheduled events (checkable)
DENIES = {"J2": ["J1"], "J4": ["J3"], "J5": ["J3"], "J9": ["J1"], "J16": ["J15"]}

class C:
    def __init__(s, text, kind, spk, cl=None, den=None, hedged=False, status=None, why=None):
        s.text, s.kind, s.spk, s.cl, s.hedged = text, kind, spk, cl, hedged
        s.den = den if den is not None else DENIES.get(cl, [])
        if status is None:
            if kind in ("demand", "value-judgement") or (kind == "prediction" and cl not in PLANS):
                status = "not-checkable"
            elif s.den:
                status = "disputed"
            elif cl:
                status = CL[cl][2]
            else:
                status = "unverified"
        s.status = status
        if why is None:
            why = CL[cl][3] if cl else {
                "factual": "Stated only by this outlet; no other source in the set has it.",
                "attributed": "Only this speaker says so; nobody else in the set confirms it.",
                "prediction": "A forecast; nothing to check yet.",
                "value-judgement": "A characterisation, not a fact.",
                "demand": "A demand; nothing to check.",
                "position": "A stated position, reported only here.",
            }[kind]
        s.why = why
    def label(s):
        return {"text": s.text, "kind": s.kind, "speaker": s.spk, "cluster": s.cl, "denies": s.den,
                "hedged": s.hedged, "status": s.status, "why": s.why}

def ptext(par):
    return " ".join(x if isinstance(x, str) else x.text for x in par)

ARTS = []
def art(**kw):
    ARTS.append(kw)

# ================================================================ j01 Lantern Post (Atlas wire, txt)
A3a = '"Our forces struck a legitimate military target, a depot from which rockets were fired at Marovian villages," Colonel Andrej Lisovar, spokesman for the Marovian defence ministry, told reporters.'
A3b = '"No civilians were killed."'
art(id="j01", ext="txt", outlet="Lantern Post", layout="wire-portal-txt",
    headline="Marovia says drone strike hit militia depot; Taldeva says market was destroyed",
    publisher="Lantern Post", agency="Atlas", published="2026-11-24", origin={"type": "wire", "source": "Atlas"},
    paras=[
     [C("DRESK, Nov 24 (Atlas) - Marovia said on Tuesday that its drones had destroyed a weapons depot used by the Black Ridge militia outside the Taldevan border town of Kestrany.", "attributed", "J:marovia-gov", "J1")],
     [C("Taldeva said the strike had instead hit the town's covered market, killing 14 civilians.", "denial", "J:taldeva-gov", "J2")],
     [C(A3a, "attributed", "J:lisovar", "J1"), C(A3b, "attributed", "J:lisovar", "J3")],
     [C("Lisovar said the ministry had warned Oskarn twice about the depot.", "attributed", "J:lisovar", "J24"),
      C("The Taldevan government has not commented on those warnings.", "factual", None, None, why="Atlas's own observation; no other source addresses it."),
      C('"We gave them every chance to remove it," he said.', "attributed", "J:lisovar", "J24")],
     [C('Taldevan Foreign Minister Nadira Oszkay called the strike "a barbaric crime against people buying bread."', "value-judgement", "J:oszkay", "J20")],
     [C("She said Marovia must hand over the officers who ordered it and pay compensation to the families.", "demand", "J:oszkay", "J12")],
     [C("The Taldevan health ministry said more than 30 people were wounded.", "attributed", "J:taldeva-health", "J23", hedged=True),
      "Neither side's figures could be independently verified."],
     [C('Marovian Defence Minister Irena Vashkova warned that any retaliation "will be answered with a force Oskarn has not seen before."', "demand", "J:vashkova", "J13")],
     [C("Taldeva recalled its ambassador from Dresk on Tuesday afternoon, its foreign ministry said.", "attributed", "J:taldeva-gov", "J14")],
     [C("Serelian Foreign Minister Aurel Mattiesen said he had invited both foreign ministers to talks in Port Aldane.", "attributed", "J:mattiesen", "J11")],
     [C("The two countries fought a brief border war in 2019 over the Orva river valley, and monitors from a UN mission have patrolled the frontier since 2020.", "factual", None, "J26")],
    ],
    tpl="""☰  Menu     Search     Sign in     Subscribe
World  ›  Europe  ›  Border disputes

BORDER TENSIONS

Marovia says drone strike hit militia depot; Taldeva says market was destroyed

By Atlas staff
Nov 24, 2026 · 6:42 PM · 4 min read

[Share]  [Post]  [Email]  [Copy link]

Smoke rises over the Orva valley near Kestrany, Taldeva, on Tuesday. ATLAS/Piet Vorhaan

{BODY}

Reporting by Mila Terrence in Dresk and Jon Aske in Oskarn; Editing by Carla Wendt

Follow this topic: Marovia  [+ Follow]
Follow this topic: Taldeva  [+ Follow]

RELATED COVERAGE
› Marovia and Taldeva: a timeline of the Orva valley dispute
› Explainer: who are the Black Ridge militia?
› Markets slip as border tension rises

Advertisement · Scroll to continue

Topics: Conflict, Drones, Eastern Europe, Diplomacy

About us · Contact · Terms of use · Privacy · Cookie settings
© 2026 Lantern Post Media Group. All rights reserved.
""")

# ================================================================ j02 Ridgeway Journal (Atlas wire, html, meta only)
art(id="j02", ext="html", outlet="Ridgeway Journal", layout="wire-html-metaonly",
    headline="Drone strike on Taldevan border town: Marovia claims militia depot, Taldeva says 14 dead",
    publisher="Ridgeway Journal", agency="Atlas", published="2026-11-24", origin={"type": "wire", "source": "Atlas"},
    paras=[
     [C("DRESK, Nov 24 (Atlas) – Marovia said on Tuesday its drones had destroyed a weapons depot used by the Black Ridge militia outside the Taldevan border town of Kestrany.", "attributed", "J:marovia-gov", "J1")],
     [C("Taldeva said the strike hit the town's covered market instead, killing 14 civilians.", "denial", "J:taldeva-gov", "J2")],
     [C(A3a, "attributed", "J:lisovar", "J1"), C(A3b, "attributed", "J:lisovar", "J3")],
     [C("The Taldevan health ministry said more than 30 people were wounded.", "attributed", "J:taldeva-health", "J23", hedged=True),
      "Neither side's figures could be independently verified."],
     [C('Marovia\'s defence minister, Irena Vashkova, warned that any retaliation "will be answered with a force Oskarn has not seen before."', "demand", "J:vashkova", "J13")],
     [C("The two countries fought a brief border war in 2019 over the Orva river valley, and monitors from a UN mission have patrolled the frontier since 2020.", "factual", None, "J26")],
    ],
    tpl="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Drone strike on Taldevan border town: Marovia claims militia depot, Taldeva says 14 dead</title>
<meta property="og:site_name" content="Ridgeway Journal">
<meta property="og:type" content="article">
<meta property="og:title" content="Drone strike on Taldevan border town: Marovia claims militia depot, Taldeva says 14 dead">
<meta property="article:published_time" content="2026-11-24T19:10:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Drone strike on Taldevan border town: Marovia claims militia depot, Taldeva says 14 dead","datePublished":"2026-11-24T19:10:00Z","author":{"@type":"Organization","name":"Atlas"},"publisher":{"@type":"Organization","name":"Ridgeway Journal","logo":{"@type":"ImageObject","url":"/static/rj-logo.png"}}}</script>
<link rel="stylesheet" href="/static/main.css">
</head>
<body>
<div class="topbar"><a href="/">Home</a> <a href="/local">Local</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/obits">Obituaries</a></div>
<div class="ad-slot">ADVERTISEMENT</div>
<main>
<article>
<header>
<span class="wire-tag">WIRE</span>
<h1>Drone strike on Taldevan border town: Marovia claims militia depot, Taldeva says 14 dead</h1>
<div class="byline">Atlas</div>
</header>
<figure><img src="/img/orva.jpg" alt=""><figcaption>A border marker on the Orva river. File photo. (Atlas)</figcaption></figure>
{BODY}
<p class="credit">— Atlas</p>
</article>
<aside class="trending"><h3>Trending now</h3>
<ol><li><a href="/a/1">Council approves new ferry timetable</a></li><li><a href="/a/2">High school team reaches regional final</a></li><li><a href="/a/3">Storm warning for the coast this weekend</a></li></ol></aside>
</main>
<div class="comments">Comments are closed for wire stories.</div>
<footer><a href="/contact">Contact</a> | <a href="/advertise">Advertise</a> | <a href="/privacy">Privacy</a></footer>
</body>
</html>
""")

# ================================================================ j03 MRT (Marovian state broadcaster, html)
art(id="j03", ext="html", outlet="MRT", layout="state-broadcaster-html",
    headline="Precision strike eliminates terrorist arsenal near the border",
    publisher="MRT", agency=None, published="2026-11-24", origin={"type": "own", "source": None},
    paras=[
     [C("Units of the Marovian Armed Forces on Tuesday morning destroyed an arsenal of the Black Ridge terrorist group near the settlement of Kestrani, from which rocket attacks on Marovian villages had been prepared.", "factual", None, "J1",
        why="Marovia's state broadcaster presents its ministry's claim as fact; Taldeva and Orbis Lens contradict it.")],
     [C("The strike was carried out with high-precision drones and no civilian objects were affected, the Ministry of Defence reported.", "attributed", "J:marovia-mod", "J1")],
     [C("According to the ministry's spokesman, Colonel Andrei Lisovar, the arsenal held more than 200 rockets and launchers.", "attributed", "J:lisovar", "J27")],
     [C("The Taldevan side has spread claims of civilian casualties at a market, which the ministry described as hysterical propaganda intended to derail the peace process.", "denial", "J:marovia-mod", "J3", den=["J4"])],
     [C("The ministry will release video footage of the strike in the coming days.", "prediction", "J:marovia-mod", "J21")],
     [C("Marovia remains committed to good-neighbourly relations, but will not tolerate threats to its citizens, Defence Minister Irina Vaskova said.", "position", "J:vashkova", "J28")],
     [C("Since the beginning of the month, militants have fired at least 40 rockets at the villages of Sorvan and Byeli Dol from Taldevan territory.", "factual", None, "J15",
        why="Stated as fact by Marovia's state broadcaster only; Taldeva says the militia does not exist.")],
    ],
    tpl="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Precision strike eliminates terrorist arsenal near the border | MRT News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body class="news-item">
<div class="live-strip"><span class="dot"></span> WATCH LIVE: Channel One · Channel 24 · Radio Dresk</div>
<nav class="main-nav"><ul><li>News</li><li>Politics</li><li>Defence</li><li>Economy</li><li>Regions</li><li>Video</li><li>Programmes</li></ul></nav>
<div class="lang">ENG | MAR | RUS</div>
<div class="item">
<div class="rubric">Defence</div>
<h1>Precision strike eliminates terrorist arsenal near the border</h1>
<div class="meta"><span class="date">24/11/2026 | 15:20</span> <span class="views">&#128065; 18 204</span></div>
<div class="video-box">&#9654; Video: Ministry of Defence briefing (02:41)</div>
<div class="text">
{BODY}
</div>
<div class="tags">Tags: <a>Ministry of Defence</a> <a>Black Ridge</a> <a>counter-terrorism</a> <a>border security</a></div>
<div class="share">Share: VK · Telegram · WhatsApp</div>
</div>
<div class="more"><h4>Also on the air</h4><ul><li><a>Harvest festival opens in Lower Dresk</a></li><li><a>President awards medals to border guards</a></li></ul></div>
<footer><p>Licence of the National Broadcasting Council No. 0017. When using materials, a hyperlink to the source is mandatory.</p></footer>
</body>
</html>
""")

# ================================================================ j04 Northmarch Gazette (regional, txt hard-wrapped, caption first)
art(id="j04", ext="txt", outlet="Northmarch Gazette", layout="regional-txt-wrapped",
    headline="'It came out of the fog': Kestrany counts its dead",
    publisher="Northmarch Gazette", agency=None, published="2026-11-27", origin={"type": "own", "source": None},
    wrap=True,
    paras=[
     [C("The drone came in low over the Orva river just before six on Tuesday morning, when the stallholders of Kestrany's covered market were unloading their vans.", "factual", None, "J7")],
     [C("By Wednesday afternoon, when this reporter reached the town, the market's corrugated roof lay folded into the stalls beneath it.", "factual", None, "J8"),
      C("A crater roughly nine metres across had opened in the paved square outside.", "factual", None, "J22")],
     [C('"It came out of the fog and then everything was white," said Marta Selin, 52, who sells potatoes from the third row of stalls.', "attributed", "J:selin", None,
        why="A witness's account, told only to the Gazette."),
      C('"My neighbour Jana was standing where the hole is now."', "attributed", "J:selin", None,
        why="A witness's account, told only to the Gazette.")],
     [C("Kestrany (known until 1991 as Novo Kestrino) is a town of about 9,000 people, three kilometres from the Marovian border.", "factual", None, None,
        why="Background stated only by the Gazette.")],
     [C("Mayor Pavol Dunai told the Gazette that 14 people had died, among them two children, and that 31 were being treated in hospital in Brenzow.", "attributed", "J:dunai", "J4"),
      C("The Marovian ministry says its drones hit a militia depot on the edge of town.", "attributed", "J:marovia-mod", "J1"),
      C('"There has never been any depot here, no Black Ridge, nothing of the kind," he said.', "denial", "J:dunai", "J16", den=["J1", "J15"])],
     [C("Fragments of a drone fuselage stamped with Marovian lettering were laid out on a tarpaulin next to the market office.", "factual", None, "J17")],
     [C("Taldeva has recalled its ambassador from Dresk.", "factual", None, "J14"),
      C("The Gazette has learned that the foreign ministry in Oskarn is preparing a complaint to the UN Security Council.", "factual", None, "J29")],
     [C("Residents say they have heard drones over the valley for weeks.", "attributed", "J:residents", None,
        why="Residents' account, reported only by the Gazette."),
      C("The UN mission has not yet said who it believes fired them.", "factual", None, None,
        why="The Gazette's own remark; consistent with the mission's statement that it has not established who fired.")],
    ],
    tpl="""Residents clear debris from beneath the collapsed roof of the covered market in Kestrany on Wednesday. Photo: Ivo Marek

'It came out of the fog': Kestrany counts its dead

NEWS | BORDER

By Lena Hradec, in Kestrany
27 November 2026

{BODY}

MAP: Kestrany and the Orva crossing
MAROVIA
TALDEVA
Orva river
Kestrany
Brenzow
3 km
Graphic: L. Hradec / OpenStreetMap contributors

Lena Hradec reports on the border districts. Got a story? Call the newsdesk on 0441 20 20 20.

Print edition: page 1 and 4-5

Also in this section:
Brenzow hospital appeals for blood donors
Orva ferry suspended until further notice
Farmers count the cost of the closed crossing

Comments (23) | Report an error
""")

# ================================================================ j05 Daily Blaze (tabloid, txt, headline x3, Headline – Speaker)
H5 = "'WE HIT AN ARMS DUMP, NOT A MARKET' – Marovian colonel"
art(id="j05", ext="txt", outlet="Daily Blaze", layout="tabloid-txt",
    headline=H5, publisher="Daily Blaze", agency=None, published="2026-11-24", origin={"type": "own", "source": None},
    paras=[
     [C("A Marovian army colonel last night insisted his country's killer drones blitzed a terror arms dump — NOT a packed market where Taldeva says 14 shoppers died.", "attributed", "J:lisovar", "J1")],
     [C('Col. Andriy Lysovar, the hardline spokesman for Dresk\'s war ministry, said the target was "a rocket factory hiding behind civilians."', "attributed", "J:lisovar", "J1")],
     [C("But grim footage reportedly filmed in Kestrani shows bodies being pulled from under a collapsed roof.", "factual", None, "J8", hedged=True,
        why="Hedged here, but the collapse of the market roof is independently reported by the Gazette, Orbis Lens and the UN mission."),
      "The footage could not be independently verified."],
     [C('Taldeva\'s fuming top diplomat Nadira Oszkay branded the attack "a barbaric crime" and demanded Dresk hand over the officers responsible.', "value-judgement", "J:oszkay", "J20")],
     [C("Marovia's ministry says it will publish video of the strike to prove its case.", "prediction", "J:marovia-mod", "J21")],
     [C("Experts fear the row could spark a repeat of the 2019 border war.", "prediction", "J:experts", None)],
     [C("Sat-pic boffins at Orbis Lens are said to be poring over images of the town.", "factual", None, None, hedged=True,
        why="A hedged aside; Orbis Lens did later release imagery, but no source says anything about this moment.")],
    ],
    tpl=H5 + """ | News

NEWS  |  WORLD NEWS  |  MAROVIA

""" + H5 + """

By Gary Tonks, Foreign Desk
Published Tuesday

Share: """ + H5 + """  [f] [X] [WhatsApp]

Comments (412)

{P0}

{P1}

Advertisement

{P2}

BLAZE BULLETIN: Get the day's biggest stories straight to your inbox. Sign up >

{P3}

{P4}

Advertisement

{P5}

{P6}

Last updated: 24th November 2026, 9:58 pm

Every pound you give keeps the Daily Blaze fearless. Support us from just £1 >

MOST READ
1 Soap star's secret wedding on a cruise ship
2 Lottery winner's neighbour dispute goes to court
3 Weather: coldest night of the year on the way
""")

# ================================================================ j06 Orbis Lens Analytics (press release, html)
art(id="j06", ext="html", outlet="Orbis Lens Analytics", layout="company-press-release-html",
    headline="Satellite imagery shows strike damage at Kestrany market; no structure visible at coordinates published by Marovia",
    publisher="Orbis Lens Analytics", agency=None, published="2026-11-26", origin={"type": "own", "source": None},
    paras=[
     [C("HAVRENSTAD, 26 November 2026 — Orbis Lens Analytics today released high-resolution satellite imagery of the Taldevan border town of Kestrany, captured at 10:41 local time on 24 November.", "factual", None, None,
        why="Orbis's own account of its imagery; only Orbis gives the capture time.")],
     [C("The images show the roof of the town's covered market collapsed along its full length.", "factual", None, "J8"),
      C("A crater approximately 9 m in diameter is visible in the square immediately to the east of the market hall.", "factual", None, "J22")],
     [C("At the coordinates published by the Marovian Ministry of Defence for the alleged militia depot, 1.4 km north-east of the market, our analysts identified only an empty field with no structures, vehicles or signs of a secondary explosion.", "denial", "J:orbis", "J9")],
     [C('"The imagery is consistent with a single large munition striking the market area," said Dana Whitcombe, head of geospatial analysis at Orbis.', "attributed", "J:whitcombe", "J2", den=["J1"]),
      C('"It is not consistent with a strike on a depot."', "denial", "J:whitcombe", "J9")],
     [C("The imagery confirms the damage, but it does not show what kind of munition caused it.", "factual", None, None,
        why="Orbis's own caveat; nothing in the set addresses the munition type from imagery.")],
     [C("Orbis will publish a follow-up analysis once imagery from 27 November is available.", "prediction", "J:orbis", None, status="unverified",
        why="An announced plan by Orbis; no other source mentions it.")],
    ],
    tpl="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Newsroom – Kestrany imagery release</title>
<meta name="description" content="Press release">
</head>
<body>
<header class="site-header"><a class="logo" href="/"><img src="/logo.svg" alt=""></a>
<nav><a href="/solutions">Solutions</a> <a href="/industries">Industries</a> <a href="/insights">Insights</a> <a href="/newsroom">Newsroom</a> <a href="/careers">Careers</a> <a href="/contact">Contact us</a></nav>
<a class="cta" href="/demo">Request a demo</a></header>
<section class="pr">
<div class="crumbs">Newsroom / Press releases / 2026</div>
<p class="pr-type">PRESS RELEASE · FOR IMMEDIATE RELEASE</p>
<h1>Satellite imagery shows strike damage at Kestrany market; no structure visible at coordinates published by Marovia</h1>
<figure><img src="/pr/kestrany-1124.jpg" alt=""><figcaption>Kestrany market, 24 November 2026, 10:41 local time. Image annotated by Orbis analysts; colours enhanced for clarity.</figcaption></figure>
{BODY}
<div class="boilerplate"><h4>About Orbis Lens Analytics</h4><span>Orbis Lens Analytics provides geospatial intelligence to insurers, NGOs and newsrooms from a constellation of 14 imaging satellites.</span></div>
<div class="contact">Media contact: press office, +44 20 0000 0000, press@orbislens.example</div>
<div class="dl"><a href="/pr/kestrany.zip">Download imagery pack (ZIP, 48 MB)</a></div>
</section>
<footer><span>&copy; 2026 Orbis Lens Analytics Ltd. Registered in Havrenstad No. 0912345.</span> <a href="/legal">Legal</a> <a href="/privacy">Privacy</a></footer>
</body>
</html>
""")

# ================================================================ j07 GlobeLine live blog (txt with timestamps)
H7 = "Kestrany strike live: UN monitors reach market as Marovia and Taldeva trade blame"
art(id="j07", ext="txt", outlet="GlobeLine", layout="live-blog-txt",
    headline=H7, publisher="GlobeLine", agency=None, published="2026-11-25", origin={"type": "own", "source": None},
    paras=[
     [C("UN monitors have reached the market in Kestrany, our correspondent in the town reports.", "factual", None, "J10")],
     [C("A team of six from the UN Border Monitoring Mission arrived in white armoured vehicles at around 13:30 local time.", "factual", None, "J10")],
     [C("Marovia's defence ministry has again denied that any civilians died.", "denial", "J:marovia-mod", "J3", den=["J4"])],
     [C('"Not a single civilian was killed in Kestrany," spokesman Andrej Lisovar said in a televised briefing, adding that the figures from Oskarn were "invented in a newsroom".', "denial", "J:lisovar", "J3", den=["J4"])],
     [C('Taldevan army chief Gen. Tomas Reszel says his forces have been placed on heightened alert along the Orva but will not cross the border "unless attacked again".', "attributed", "J:reszel", "J34")],
     [C("Serelian foreign minister Aurel Mattiesen says the foreign ministers of Marovia and Taldeva will meet in Port Aldane on 3 December.", "prediction", "J:mattiesen", "J11")],
     [C("Taldeva's foreign minister, Nadira Oshkai, says her country will attend only if Marovia first admits it struck the market.", "position", "J:oszkay", "J19")],
     ["Here is what we know so far:"],
     [C("Taldeva says 14 people, including two children, were killed when a drone hit the covered market early on Tuesday.", "attributed", "J:taldeva-gov", "J4")],
     [C("The strike hit Kestrany at about 05:50 local time on Tuesday, 24 November.", "factual", None, "J7")],
     ["Good morning and welcome to our continuing coverage of the aftermath of the drone strike on Kestrany."],
    ],
    tpl=H7 + """ | GlobeLine

LIVE
""" + H7 + """

Wednesday 25 November 2026
Updated 14:05 GMT, 25 November
Ruth Okafor in Kestrany and Dev Anand (now)

Key events  |  Show key events only
Please turn on JavaScript to get automatic updates

14:05 GMT
{P0}

{P1}

Share  |  Copy link

13:20 GMT
{P2}

{P3}

12:45 GMT
{P4}

12:10 GMT
Serelia confirms summit
{P5}

11:30 GMT
{P6}

Advertisement

10:50 GMT
{P7}

{P8}

{P9}

09:15 GMT
{P10}

Load more updates

Most viewed
Central banks hold rates as inflation eases
Ice hockey: hosts crash out in quarter-final
""")

# ================================================================ j08 aggregator reader-mode md (cites Continental Review), publisher null
art(id="j08", ext="md", outlet="Skimline", layout="aggregator-readermode-md",
    headline="UN monitors confirm crater at Kestrany market, rights group says 11 killed",
    publisher=None, agency=None, published="2026-11-27", origin={"type": "cites", "source": "Continental Review"},
    paras=[
     [C("The UN's border mission has confirmed that a crater was found in the market square of Kestrany, according to a report by the Continental Review.", "attributed", "J:unmission", "J22")],
     [C("Monitors reportedly measured the crater at about 30 feet across, the Review said.", "attributed", "J:continental", "J22", hedged=True,
        why="A retelling of the Continental Review; the crater itself is independently reported by the UN mission, Orbis Lens and the Gazette.")],
     [C("Rights group Borderwatch told the paper that at least 11 civilians were killed, a lower figure than the 14 claimed by Taldeva.", "attributed", "J:borderwatch", "J5")],
     [C("Marovia allegedly used a drone model known as the Kestrel-2, the group said.", "attributed", "J:borderwatch", "J35", hedged=True)],
     [C("Marovia maintains that its strike hit only a militia arms depot.", "attributed", "J:marovia-gov", "J1")],
     [C("Foreign ministers of both countries are due to meet in Port Aldane next week.", "prediction", None, "J11")],
    ],
    tpl="""# UN monitors confirm crater at Kestrany market, rights group says 11 killed

27 Nov 2026 · 2 min skim · World

> Source: [Continental Review](https://continentalreview.example/europe/kestrany-crater)

{BODY}

[Read the full story at the source →](https://continentalreview.example/europe/kestrany-crater)

**Tags:** Marovia · Taldeva · drones · UN

**Up next**

- [Ferry strike ends after 9 days](https://example.invalid/a/88)
- [Five charts on winter energy prices](https://example.invalid/a/89)
""")

# ================================================================ j09 TNA machine-translated (html, headline only in <title>)
H9 = "Minister Oszkay: aggression of Marovia against Kestranje will not stay without answer"
art(id="j09", ext="html", outlet="Taldevan News Agency", layout="machine-translated-html",
    headline=H9, publisher="Taldevan News Agency", agency=None, published="2026-11-25", origin={"type": "own", "source": None},
    paras=[
     [C("OSKARN, 25 November /Taldevan News Agency/ – The Minister of Foreign Affairs of Republic Taldeva Nadira Oszkay at the briefing declared that the drone of the Marovian army struck exactly at the covered market of the city Kestranje, and no military object was there.", "denial", "J:oszkay", "J2")],
     [C('"The statements of Dresk about so-called depot are lie from start to end," told the minister.', "denial", "J:oszkay", "J2")],
     [C("As result of the barbarian attack perished 14 persons, among them two children, more than 30 persons got wounds of different heaviness.", "factual", None, "J4",
        why="Taldeva's state agency states its government's toll as fact; Marovia denies any civilian deaths.")],
     [C("The Chief of General Staff of Armed Forces general Tomash Reshel informed that the units of air defence on border are brought into full readiness.", "attributed", "J:reszel", "J34")],
     [C("Taldeva demands from Marovia to extradite the guilty officers and to pay compensation to families of perished.", "demand", "J:taldeva-gov", "J12")],
     [C('Armed formations which Marovian side names "Black Ridge" on the territory of Kestranje district do not exist, underlined the minister.', "denial", "J:oszkay", "J16")],
     [C("The minister also informed that Taldeva will participate in the meeting in Port Aldane only in case Marovia recognizes the fact of strike on the market.", "position", "J:oszkay", "J19")],
    ],
    tpl="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>""" + H9 + """</title>
</head>
<body>
<div id="gt-banner">This page has been automatically translated from Taldevan. <a href="?hl=tl">Show original</a> | <a href="#">Always translate</a></div>
<table class="menu"><tr><td><a href="/">Main</a></td><td><a href="/pol">Politics</a></td><td><a href="/eco">Economy</a></td><td><a href="/soc">Society</a></td><td><a href="/reg">Regions</a></td><td><a href="/foto">Photo</a></td></tr></table>
<div class="news-date">25.11.2026 09:12</div>
<div class="news-body">
{BODY}
</div>
<div class="views">Views: 3 412</div>
<div class="print"><a href="?print=1">Print version</a> | <a href="#">Send to friend</a></div>
<div class="keywords">Keywords: foreign policy, Kestranje, Marovia, security</div>
<div class="copy">All rights reserved. Full or partial use of materials is possible only with reference to the agency.</div>
</body>
</html>
""")

# ================================================================ j10 Continental Review (html, full metadata)
H10 = "UN monitors find crater at Kestrany market as rights group puts death toll at 11"
art(id="j10", ext="html", outlet="Continental Review", layout="full-metadata-html",
    headline=H10, publisher="Continental Review", agency=None, published="2026-11-26", origin={"type": "own", "source": None},
    paras=[
     [C("KESTRANY, Taldeva — United Nations monitors on Wednesday found a crater about nine metres wide in the market square of this border town, the head of the UN Border Monitoring Mission said.", "attributed", "J:ranstad", "J22")],
     [C("The six-member team arrived at the market on Wednesday afternoon in white armoured vehicles, watched by a crowd of residents.", "factual", None, "J10")],
     [C('"Our team documented the crater and the collapsed roof of the market hall," Helga Ranstad, the mission\'s head, said in a statement on Thursday.', "attributed", "J:ranstad", "J8"),
      C('"We have not yet established who fired the munition."', "attributed", "J:ranstad", None,
        why="The UN mission's own statement about its inquiry; no other source addresses it.")],
     [C("The strike hit the town at about 5.50 a.m. on Tuesday, according to the mission, which has patrolled the frontier since 2020.", "attributed", "J:unmission", "J7")],
     [C("Borderwatch, a human-rights group whose researchers reached Kestrany on Tuesday evening, said at least 11 civilians were killed, among them a 9-year-old boy.", "attributed", "J:borderwatch", "J5"),
      C("Its researcher Samir Adelwyn said the group had found fragments of a Kestrel-2, a drone made only in Marovia, among the stalls.", "attributed", "J:adelwyn", "J17")],
     [C("Taldeva's health ministry puts the toll at 14 dead and 31 wounded.", "attributed", "J:taldeva-health", "J4", hedged=True),
      "The Review could not independently verify either figure."],
     [C("Marovia's defence ministry maintains that its drones destroyed a Black Ridge weapons depot on the edge of the town and that no civilians were killed.", "attributed", "J:marovia-mod", "J1"),
      C('Its spokesman, Col. Lisovar, on Wednesday dismissed the Borderwatch findings as "activist fiction".', "denial", "J:lisovar", "J3", den=["J5"])],
     [C("The Marovian defence ministry said it will publish drone footage of the strike, but it had not done so by Thursday evening.", "prediction", "J:marovia-mod", "J21")],
     [C("Taldeva recalled its ambassador from Dresk hours after the strike, and a Review reporter saw embassy staff leaving the building on Tuesday night.", "factual", None, "J14")],
     [C("Serelia has invited the two countries' foreign ministers to Port Aldane on 3 December, a meeting both governments have acknowledged but neither has yet confirmed it will attend.", "factual", None, "J11")],
     [C('A Western diplomat in Port Aldane, speaking on condition of anonymity, said the summit was "the last off-ramp before this becomes a war."', "value-judgement", "J:western-diplomat", None)],
     [C("Marovia says the Black Ridge militia has fired dozens of rockets at its villages this month.", "attributed", "J:marovia-gov", "J15"),
      C("Taldeva says the group does not exist.", "denial", "J:taldeva-gov", "J16")],
    ],
    tpl="""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>""" + H10 + """ | Continental Review</title>
<meta name="description" content="UN monitors documented a crater and a collapsed market hall in the Taldevan town of Kestrany.">
<meta name="author" content="Elin Varga, Rafael Oduya">
<meta property="og:site_name" content="Continental Review">
<meta property="og:type" content="article">
<meta property="og:title" content="""" + H10 + """">
<meta property="og:url" content="https://continentalreview.example/europe/kestrany-crater">
<meta property="article:published_time" content="2026-11-26T06:00:00+00:00">
<meta property="article:modified_time" content="2026-11-26T18:32:00+00:00">
<meta property="article:section" content="Europe">
<link rel="canonical" href="https://continentalreview.example/europe/kestrany-crater">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"UN monitors find crater at Kestrany market as rights group puts death toll at 11","datePublished":"2026-11-26T06:00:00+00:00","dateModified":"2026-11-26T18:32:00+00:00","author":[{"@type":"Person","name":"Elin Varga"},{"@type":"Person","name":"Rafael Oduya"}],"publisher":{"@type":"NewsMediaOrganization","name":"Continental Review"},"articleSection":"Europe","dateline":"Kestrany, Taldeva"}
</script>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header><div class="masthead">Continental Review</div>
<nav><ul><li><a href="/world">World</a></li><li><a href="/europe">Europe</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/culture">Culture</a></li></ul></nav>
<a class="subscribe" href="/subscribe">Subscribe</a></header>
<main id="main">
<article>
<div class="kicker">Europe | Border dispute</div>
<h1>""" + H10 + """</h1>
<p class="standfirst-label">Analysis and reporting from the Orva valley</p>
<div class="byline">By Elin Varga in Kestrany and Rafael Oduya in Dresk</div>
<time datetime="2026-11-26T06:00:00+00:00">26 November 2026</time>
<figure><img src="/img/kestrany-market.jpg" alt="Ruined market hall"><figcaption>Women walk past the ruined market hall in Kestrany on Wednesday. (Rafael Oduya for the Continental Review)</figcaption></figure>
<div class="article-body">
{BODY}
</div>
<div class="newsletter">Sign up to Morning Briefing, our free daily newsletter. <a href="/newsletters">Sign up</a></div>
</article>
<aside><h3>More on this story</h3><ul><li><a href="/europe/kestrany-strike">Drone strike on Taldevan market: what we know</a></li><li><a href="/opinion/orva">The Orva valley needs more than monitors</a></li></ul></aside>
</main>
<footer><p>&copy; 2026 Continental Review Ltd</p><p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></p></footer>
</body>
</html>
""")

# ================================================================ j11 bare html, Meridian wire, no headline/publisher/date
art(id="j11", ext="html", outlet="Orva Valley Info", layout="bare-html-nometa",
    headline=None, publisher=None, agency="Meridian", published=None, origin={"type": "wire", "source": "Meridian"},
    paras=[
     [C("PORT ALDANE (Meridian) – Serelia will host the foreign ministers of Marovia and Taldeva on 3 December in an attempt to defuse the crisis over last week's deadly drone strike on the Taldevan town of Kestrani, Serelian Foreign Minister Aurel Mattiesen said.", "prediction", "J:mattiesen", "J11")],
     [C("Mattiesen said both ministers had accepted the invitation in principle, but that the agenda was still being negotiated.", "attributed", "J:mattiesen", "J36")],
     [C("Taldeva has said it will attend only if Marovia admits that its drone hit the market, where Taldevan officials say 14 people died.", "position", "J:taldeva-gov", "J19")],
     [C("Marovia has said its forces struck a militia depot and that no civilians were killed.", "attributed", "J:marovia-gov", "J1")],
     [C('The Marovian Defence Minister, Irena Vashkova, said on Sunday that Dresk would "not pay a single coin" in compensation.', "position", "J:vashkova", "J18")],
     [C("Satellite images released by the firm Orbis Lens on Thursday showed no structures at the site Marovia had identified as the depot.", "attributed", "J:orbis", "J9")],
     [C("UN monitors, who have patrolled the border since 2020, found a large crater in the market square.", "attributed", "J:unmission", "J22")],
    ],
    tpl="""<html>
<head>
<meta charset="utf-8">
</head>
<body>
<div><a href="index.html">Home</a> | <a href="news.html">News</a> | <a href="links.html">Links</a> | <a href="guestbook.html">Guestbook</a></div>
<hr>
{BODY}
<p><i>— Meridian</i></p>
<hr>
<div><small>Page last changed by admin. Visitors: 004512</small></div>
</body>
</html>
""")

# ================================================================ j12 Frontier Letter newsletter md with frontmatter
art(id="j12", ext="md", outlet="Frontier Letter", layout="newsletter-md-frontmatter",
    headline="The Kestrany strike, one week on", publisher="Frontier Letter", agency=None, published="2026-11-29",
    origin={"type": "own", "source": None},
    paras=[
     [C("Five days after the strike, the basic facts are clearer than either government would like.", "value-judgement", "J:brenner", None)],
     [C("Two independent sources — the UN mission and the imaging firm Orbis Lens — place a roughly nine-metre crater in the market square, not on the edge of town.", "factual", None, "J22")],
     [C("Marovia still says it hit only a depot used by the Black Ridge militia.", "attributed", "J:marovia-gov", "J1"),
      C('Its spokesman, Andrej Lisovar, repeated on Friday that "not one civilian" died, a claim contradicted by Borderwatch\'s count of at least eleven dead.', "attributed", "J:lisovar", "J3")],
     [C("Taldeva's toll of fourteen has not been independently confirmed, but nobody outside Dresk now seriously argues that the market was empty.", "factual", None, "J4", hedged=True,
        why="The newsletter itself flags Taldeva's figure as unconfirmed; Marovia denies any deaths.")],
     [C("The two armies last fought over this valley in the ruinous border war of 2019.", "factual", None, "J26")],
     [C("Serelia has confirmed that the two foreign ministers will meet in Port Aldane on 3 December.", "factual", None, "J11"),
      C("It is the obvious next step, and probably the last easy one.", "value-judgement", "J:brenner", None)],
     [C("My expectation is that Marovia will send a deputy minister rather than Vashkova herself, and that nothing will be signed.", "prediction", "J:brenner", None)],
     [C("Dresk has ruled out paying compensation, which Oskarn has made a condition for any deal.", "position", "J:marovia-gov", "J18")],
    ],
    tpl="""---
title: "The Kestrany strike, one week on"
subtitle: "What the satellites show, what the ministries say, and what to watch in Port Aldane"
date: 2026-11-29T07:30:00Z
author: Lukas Brenner
slug: kestrany-one-week-on
---

# The Kestrany strike, one week on

### What the satellites show, what the ministries say, and what to watch in Port Aldane

Lukas Brenner · Nov 29, 2026

{BODY}

---

*Thanks for reading Frontier Letter! Subscribe for free to receive new posts and support my work.*

[Subscribe](https://example.invalid/subscribe) · [Share](https://example.invalid/share) · [Leave a comment](https://example.invalid/comments)

12 likes · 3 restacks
""")

# ---------------------------------------------------------------- entities
ENTS = {
 "J:marovia-gov": ("Government of Marovia", "government", "marovia", ["Marovia", "Dresk", "Marovian side", "the Marovian side"]),
 "J:marovia-mod": ("Marovian Ministry of Defence", "ministry", "marovia", ["Marovian Ministry of Defence", "Marovian defence ministry", "the Marovian defence ministry", "Marovia's defence ministry", "Ministry of Defence", "the ministry", "Marovia's ministry", "Dresk's war ministry", "The Marovian ministry"]),
 "J:lisovar": ("Andrej Lisovar", "person", "marovia", ["Andrej Lisovar", "Colonel Andrej Lisovar", "Colonel Andrei Lisovar", "Andrei Lisovar", "Col. Andriy Lysovar", "Col. Lisovar", "Lisovar", "spokesman Andrej Lisovar", "spokesman for the Marovian defence ministry", "the ministry's spokesman", "the hardline spokesman for Dresk's war ministry", "A Marovian army colonel", "Marovian colonel", "Its spokesman"]),
 "J:vashkova": ("Irena Vashkova", "person", "marovia", ["Irena Vashkova", "Marovian Defence Minister Irena Vashkova", "Marovia's defence minister", "Defence Minister Irina Vaskova", "Irina Vaskova", "The Marovian Defence Minister", "Vashkova"]),
 "J:marovia-army": ("Marovian Armed Forces", "military", "marovia", ["Marovian Armed Forces", "Units of the Marovian Armed Forces", "Marovian army", "Marovian forces"]),
 "J:mrt": ("MRT", "outlet", "marovia", ["MRT", "MRT News", "Marovian state broadcaster"]),
 "J:taldeva-gov": ("Government of Taldeva", "government", "taldeva", ["Taldeva", "Oskarn", "the Taldevan government", "The Taldevan government", "Taldevan side", "its foreign ministry", "the foreign ministry in Oskarn", "Taldevan officials"]),
 "J:oszkay": ("Nadira Oszkay", "person", "taldeva", ["Nadira Oszkay", "Taldevan Foreign Minister Nadira Oszkay", "Nadira Oshkai", "Oszkay", "Minister Oszkay", "Taldeva's foreign minister", "Taldeva's fuming top diplomat", "The Minister of Foreign Affairs of Republic Taldeva", "the minister"]),
 "J:reszel": ("Tomas Reszel", "person", "taldeva", ["Tomas Reszel", "Gen. Tomas Reszel", "Taldevan army chief", "Tomash Reshel", "general Tomash Reshel", "The Chief of General Staff of Armed Forces"]),
 "J:taldeva-health": ("Taldevan Ministry of Health", "ministry", "taldeva", ["Taldevan health ministry", "The Taldevan health ministry", "Taldeva's health ministry"]),
 "J:dunai": ("Pavol Dunai", "person", "taldeva", ["Pavol Dunai", "Mayor Pavol Dunai", "Dunai"]),
 "J:tna": ("Taldevan News Agency", "outlet", "taldeva", ["Taldevan News Agency", "TNA"]),
 "J:selin": ("Marta Selin", "person", None, ["Marta Selin"]),
 "J:residents": ("Residents of Kestrany", "unnamed", None, ["Residents"]),
 "J:experts": ("Experts", "unnamed", None, ["Experts"]),
 "J:western-diplomat": ("Western diplomat", "unnamed", None, ["A Western diplomat in Port Aldane", "A Western diplomat"]),
 "J:unmission": ("UN Border Monitoring Mission", "organisation", None, ["UN Border Monitoring Mission", "the UN Border Monitoring Mission", "UN mission", "the UN mission", "The UN's border mission", "the mission", "UN monitors", "United Nations monitors", "Monitors"]),
 "J:ranstad": ("Helga Ranstad", "person", None, ["Helga Ranstad", "the mission's head", "the head of the UN Border Monitoring Mission"]),
 "J:orbis": ("Orbis Lens Analytics", "organisation", None, ["Orbis Lens Analytics", "Orbis Lens", "Orbis", "the firm Orbis Lens", "the imaging firm Orbis Lens", "our analysts"]),
 "J:whitcombe": ("Dana Whitcombe", "person", None, ["Dana Whitcombe", "head of geospatial analysis at Orbis"]),
 "J:borderwatch": ("Borderwatch", "organisation", None, ["Borderwatch", "Rights group Borderwatch", "a human-rights group", "the group"]),
 "J:adelwyn": ("Samir Adelwyn", "person", None, ["Samir Adelwyn", "Its researcher Samir Adelwyn"]),
 "J:mattiesen": ("Aurel Mattiesen", "person", None, ["Aurel Mattiesen", "Serelian Foreign Minister Aurel Mattiesen", "Serelian foreign minister Aurel Mattiesen", "Mattiesen", "Serelia"]),
 "J:continental": ("Continental Review", "outlet", None, ["Continental Review", "the Continental Review", "the Review", "the paper"]),
 "J:atlas": ("Atlas", "outlet", None, ["Atlas"]),
 "J:meridian": ("Meridian", "outlet", None, ["Meridian"]),
 "J:brenner": ("Lukas Brenner", "person", None, ["Lukas Brenner"]),
}

def render_body(a):
    pars = [ptext(p) for p in a["paras"]]
    if a["ext"] == "html":
        return pars, ["<p>" + html.escape(t, quote=False) + "</p>" for t in pars]
    if a.get("wrap"):
        return pars, ["\n".join(textwrap.wrap(t, 72, break_on_hyphens=False, break_long_words=False)) for t in pars]
    return pars, pars

def html_clutter(tpl):
    t = re.sub(r"<head>.*?</head>", " ", tpl, flags=re.S)
    t = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", t, flags=re.S)
    t = t.replace("{BODY}", " ")
    out = []
    for chunk in re.split(r"<[^>]+>", t):
        s = re.sub(r"\s+", " ", html.unescape(chunk)).strip()
        if s and re.search(r"\w", s):
            out.append(s)
    return out

def main():
    stories = {"set": "dev-J", "stories": {"J": {
        "summary": "A drone strike on the Taldevan border town of Kestrany: Marovia says it hit only a militia depot and killed no civilians; Taldeva says it hit the covered market and killed 14; UN monitors, a satellite-imagery firm and a rights group report independently; a foreign ministers' meeting is set for Port Aldane.",
        "sides": {"marovia": [k for k, v in ENTS.items() if v[2] == "marovia"], "taldeva": [k for k, v in ENTS.items() if v[2] == "taldeva"]}}},
        "outlets": {}, "entities": {}, "clusters": {}}
    state = {"MRT": "marovia", "Taldevan News Agency": "taldeva"}
    for k, (name, typ, side, al) in ENTS.items():
        stories["entities"][k] = {"name": name, "type": typ, "side": side, "aliases": al}
    for k, (fact, claimant, _st, _w) in CL.items():
        stories["clusters"][k] = {"story": "J", "fact": fact, "claimant": claimant}
    for a in ARTS:
        pars, rendered = render_body(a)
        tpl = a["tpl"]
        if "{BODY}" in tpl:
            raw = tpl.replace("{BODY}", "\n\n".join(rendered) if a["ext"] != "html" else "\n".join(rendered))
        else:
            raw = tpl
            for i, r in enumerate(rendered):
                raw = raw.replace("{P%d}" % i, r)
            assert "{P" not in raw, a["id"]
        fname = a["id"] + "." + a["ext"]
        with open(os.path.join(ROOT, "seeds", fname), "w") as f:
            f.write(raw)
        if a["ext"] == "html":
            clutter = html_clutter(tpl)
        else:
            bodylines = set()
            for r in rendered:
                for ln in r.split("\n"):
                    bodylines.add(ln.strip())
            clutter = [ln.strip() for ln in raw.split("\n") if ln.strip() and ln.strip() not in bodylines]
        claims = [x.label() for p in a["paras"] for x in p if not isinstance(x, str)]
        lab = {"file": fname, "story": "J", "outlet": a["outlet"], "layout": a["layout"], "headline": a["headline"],
               "publisher": a["publisher"], "agency": a["agency"], "published": a["published"], "origin": a["origin"],
               "body": pars, "clutter": clutter, "claims": claims}
        with open(os.path.join(ROOT, "labels", a["id"] + ".json"), "w") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
        o = stories["outlets"].setdefault(a["outlet"], {"layout": a["layout"], "stateMediaOf": state.get(a["outlet"]), "articles": []})
        o["articles"].append(a["id"])
    with open(os.path.join(ROOT, "stories.json"), "w") as f:
        json.dump(stories, f, ensure_ascii=False, indent=2)

main()
