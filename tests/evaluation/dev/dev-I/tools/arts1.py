from core import K, P, C, article

# ---------------- i01 Ostrel Courier (regional paper, hard-wrapped txt) ----------------
H01 = "Chemical plant blaze: Halvoran says nothing escaped, but Lipnica families spent the night in a school gym"
article(id='i01', ext='txt', wrap=72, outlet='Ostrel Courier', layout='regional-paper-txt',
        headline=H01, publisher='Ostrel Courier', agency=None, published='2026-11-25',
        origin={'type': 'own', 'source': None}, segs=[
    C("Home > News > Kessary & District\nKESSARY FIRE"),
    C(H01),
    C("By Marta Vilk, Chief Reporter\n25 November 2026, 18:42\n4 min read"),
    C(H01),
    C("[Photo] Smoke rises over the Halvoran works on the eastern edge of Kessary early on Wednesday. Photo: Erik Dunaj"),
    C("The Courier is following the aftermath of the fire at the Halvoran Chemicals plant on the night of 24 November. Our full coverage, and a map of the evacuation zone, is collected on our Kessary Fire page."),
    P(K("A fire tore through a storage hall at the Halvoran Chemicals plant in Kessary shortly after 11pm on Tuesday, sending a column of black smoke over the eastern edge of the town.", 'factual', None, 'I8', st='c')),
    P(K("Firefighters brought the blaze under control at around 5am on Wednesday, some six hours after the first call, the Ostrel Fire and Rescue Service said.", 'attributed', 'I:fire', 'I9', st='c')),
    P(K("The company insisted on Wednesday that no toxic substances had escaped beyond the plant’s fence.", 'attributed', 'I:halvoran', 'I1'),
      K("Its chief executive, Marek Oldenvik, told the Ostrel Courier that the chlorine tanks stored in the neighbouring hall had remained sealed throughout.", 'attributed', 'I:oldenvik', 'I22')),
    P(K("“What burned was packaging and plastic granulate, and what people saw was smoke, not gas,” Mr Oldenvik said.", 'attributed', 'I:oldenvik', 'I30')),
    P(K("He said two workers had been treated for smoke inhalation and sent home the same night, and that no one else was hurt.", 'attributed', 'I:oldenvik', 'I6')),
    P(K("The regional administration said 43 families from the streets of Lipnica closest to the plant were taken to the village school as a precaution.", 'attributed', 'I:ostrel-gov', 'I4'),
      K("Governor Dorota Kelmane praised the emergency services.", 'value-judgement', 'I:kelmane'),
      K("“The response was fast and exemplary,” she said.", 'value-judgement', 'I:kelmane')),
    P(K("Residents the Courier spoke to on Wednesday described a different night.", None),
      K("Jana Holub, who lives on Mill Street about 400 metres from the plant fence, said a sharp, bleach-like smell filled her kitchen before any warning came.", 'attributed', 'I:holub', 'I3', den=['I1'])),
    P(K("“My eyes were streaming, and nobody knocked on our door until after one in the morning,” she said.", 'attributed', 'I:holub', 'I31',
        why='Only the resident Jana Holub says so; no other source gives the time of the warning.')),
    P(K("Schools in Kessary and Lipnica stayed closed on Wednesday on the advice of the regional administration.", 'factual', None, 'I14', st='c')),
    P(K("The State Industrial Safety Inspectorate said it had opened an investigation into the cause of the fire.", 'attributed', 'I:siis', 'I23', st='c'),
      K("A team of inspectors is expected at the site on Monday.", 'prediction', 'I:siis', 'I24', st='u')),
    P(K("Halvoran said it will publish readings from its own air-monitoring stations by Friday.", 'prediction', 'I:halvoran', 'I12', st='u')),
    P(K("The plant makes PVC and stores liquid chlorine on site.", 'factual', None, 'I16', st='u'),
      K("It employs about 1,400 people and is Kessary’s largest employer.", 'factual', None, 'I15', st='c')),
    C("Read more\nLipnica council calls emergency meeting\nKessary’s chemical past: a timeline\nHave your say (23 comments)\nTags: Kessary, Halvoran Chemicals, Lipnica, Fire\nAdvertisement\nKessary & District · Contact the newsdesk · Privacy · Terms"),
])

# ---------------- i02 Varnesian National Television (state broadcaster, full-metadata html) ----------------
H02 = "“There is no reason for alarm” – Governor Kelmane on the Kessary fire"
article(id='i02', ext='html', outlet='Varnesian National Television', layout='state-broadcaster-html',
        headline=H02, publisher='Varnesian National Television', agency=None, published='2026-11-25',
        origin={'type': 'own', 'source': None},
        head='''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>“There is no reason for alarm” – Governor Kelmane on the Kessary fire | VNT News</title>
<meta property="og:site_name" content="Varnesian National Television">
<meta property="og:title" content="“There is no reason for alarm” – Governor Kelmane on the Kessary fire">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-25T19:30:00+01:00">
<meta property="article:section" content="Regions">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"“There is no reason for alarm” – Governor Kelmane on the Kessary fire","datePublished":"2026-11-25T19:30:00+01:00","author":{"@type":"Organization","name":"VNT Regional Desk"},"publisher":{"@type":"Organization","name":"Varnesian National Television"}}</script>
</head>
<body>''',
        segs=[
    C('''<header class="vnt-top"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/regions">Regions</a> <a href="/economy">Economy</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/live">Watch live</a></nav></header>
<main><article>
<div class="section-label">Regions · Ostrel</div>
<h1>“There is no reason for alarm” – Governor Kelmane on the Kessary fire</h1>
<div class="meta"><span class="byline">VNT Regional Desk</span> <time datetime="2026-11-25T19:30:00+01:00">25.11.2026, 19:30</time></div>
<figure><img src="/img/kessary-crews.jpg" alt=""><figcaption>Fire crews at the Halvoran plant in Kessary on Wednesday morning. Photo: VNT</figcaption></figure>
<div class="article-body">'''),
    P(K("The fire at the Halvoran Chemicals plant in Kessary has been fully extinguished and poses no threat to the population, the Ostrel Regional Administration confirmed on Wednesday.", 'attributed', 'I:ostrel-gov', 'I1')),
    P(K("No hazardous substances were released into the air or into the River Lenta.", 'factual', None, 'I1')),
    P(K("Forty-three families from Lipnica were moved to the village school overnight as a precaution and were offered hot meals and medical checks.", 'factual', None, 'I4')),
    P(K("Governor Dorota Kelmane, who visited the site in the morning, said the emergency plan had worked exactly as designed.", 'value-judgement', 'I:kelmane'),
      K("“There is no reason for alarm, and the air in Kessary is clean,” she said.", 'attributed', 'I:kelmane', 'I18')),
    P(K("Measurements by the Ministry of Environment’s mobile laboratory showed air quality within safe limits throughout the night, the ministry said.", 'attributed', 'I:env-ministry', 'I18')),
    P(K("Halvoran Chemicals said two employees had received treatment for smoke inhalation and were discharged.", 'attributed', 'I:halvoran', 'I6')),
    P(K("The cause of the fire is being investigated by the State Industrial Safety Inspectorate.", 'factual', None, 'I23', st='c')),
    P(K("The Kessary plant is one of the country’s largest producers of PVC and an important employer in the region.", 'factual', None, 'I16', st='u')),
    C('''</div>
<div class="share">Share: Facebook · X · Telegram · Copy link</div>
</article>
<aside><h2>Most watched</h2><ul><li>Evening News – 25 November</li><li>Weather: frost warning for the north</li><li>Cup final: Dovrin win on penalties</li></ul>
<p class="promo">Watch VNT 24 live, around the clock</p></aside>
</main>
<footer><p>© VNT 2026. All rights reserved.</p><p>About VNT · Contact · Accessibility</p></footer>'''),
])

# ---------------- i03 Meridian Post (CPA wire, html, publisher only in footer) ----------------
H03 = "Varnesian village disputes plant operator’s ‘no leak’ claim after chemical fire"
WIRE_P1 = "The operator of a chemical plant in northern Varnesia that caught fire this week said on Thursday that no toxic substances had escaped, a claim disputed by residents of a neighbouring village who said a chlorine-like smell hung over their homes."
article(id='i03', ext='html', outlet='Meridian Post', layout='wire-portal-html',
        headline=H03, publisher='Meridian Post', agency='CPA', published='2026-11-26',
        origin={'type': 'wire', 'source': 'CPA'},
        head='''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Varnesian village disputes plant operator’s ‘no leak’ claim after chemical fire</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Varnesian village disputes plant operator’s ‘no leak’ claim after chemical fire">
<link rel="stylesheet" href="/static/mp.css">
</head>
<body class="article-page">''',
        segs=[
    C('''<div id="topbar"><ul class="nav"><li>World</li><li>Business</li><li>Europe</li><li>Markets</li><li>Opinion</li><li>Subscribe</li></ul></div>
<div class="ad-slot">ADVERTISEMENT</div>
<div class="crumb">Europe</div>
<h1 class="headline">Varnesian village disputes plant operator’s ‘no leak’ claim after chemical fire</h1>
<p class="dek-meta">CPA · Nov 26, 2026 · 10:12 AM</p>'''),
    P(K("KESSARY, Varnesia, Nov 26 (CPA) – " + WIRE_P1, 'attributed', 'I:halvoran', 'I1')),
    P(K("The blaze broke out just after 11 p.m. on Tuesday (2200 GMT) in a storage hall at the Halvoran Chemicals plant outside Kessary (known as Kesarovo until 1991), a town of about 60,000 people.", 'factual', None, 'I8', st='c'),
      K("Firefighters put it out around six hours later, according to the regional fire service.", 'attributed', 'I:fire', 'I9', st='c')),
    P(K("“Nothing left the site except smoke,” Halvoran chief executive Marek Oldenvik told reporters at the plant gate.", 'attributed', 'I:oldenvik', 'I1')),
    P(K("The company said two workers were treated for smoke inhalation.", 'attributed', 'I:halvoran', 'I6', h=True),
      K("The Chemical and Allied Workers’ Union said nine of its members had been taken to hospital, one of them in a serious condition.", 'denial', 'I:cawu', 'I7', den=['I6'], h=True),
      K("CPA could not independently verify either figure.", None)),
    P(K("The regional administration said 43 families were evacuated as a precaution and allowed to return on Thursday morning.", 'attributed', 'I:ostrel-gov', 'I4')),
    P(K("Residents of Lipnica, a village of around 2,000 people, put the number far higher.", 'denial', 'I:residents', 'I5', den=['I4']),
      K("“They say 43 families, but half the village slept somewhere else that night, well over a hundred families,” said Petr Anzel, who runs a grocery on the main road.", 'denial', 'I:anzel', 'I5', den=['I4'])),
    P(K("The State Industrial Safety Inspectorate has opened an investigation, but has not yet said when it will report its findings.", 'factual', None, 'I23', st='c')),
    P(K("Halvoran, which employs some 1,400 people in Kessary, said it will publish data from its air-monitoring stations by Friday.", 'prediction', 'I:halvoran', 'I12', st='u')),
    P(K("The plant was fined in 2019 after an ammonia leak that sent 14 people to hospital.", 'factual', None, 'I25', st='c')),
    C('''<p class="credit">Reporting by Lena Stahl; Editing by Tom Barre</p>
<div class="related"><h3>Related</h3><ul><li>Varnesia’s chemical belt faces new scrutiny</li><li>Europe’s ageing chlorine plants: a factbox</li></ul></div>
<div class="sponsored">Sponsored content · Retire in the sun: five towns to consider</div>
<footer><p>© 2026 Meridian Post Media Ltd. All rights reserved.</p><p>Terms · Privacy · Cookie preferences</p></footer>'''),
])

# ---------------- i04 NewsHub24 (same CPA wire, trimmed, txt) ----------------
H04 = "Chlorine fears in Varnesian village after plant fire"
article(id='i04', ext='txt', outlet='NewsHub24', layout='wire-portal-txt',
        headline=H04, publisher='NewsHub24', agency='CPA', published='2026-11-26',
        origin={'type': 'wire', 'source': 'CPA'}, segs=[
    C("Chlorine fears in Varnesian village after plant fire | NewsHub24\nSkip to content\nWORLD · EUROPE"),
    C("A firefighter at the Halvoran Chemicals plant in Kessary, Varnesia. (CPA Photo)"),
    C(H04),
    C("Published Nov 26, 2026 · Updated 14:05 GMT, 26 November 2026\n2 min read\nFollow Varnesia +"),
    P(K("KESSARY, Varnesia (CPA) – " + WIRE_P1, 'attributed', 'I:halvoran', 'I1')),
    P(K("The blaze broke out just after 11 p.m. on Tuesday in a storage hall at the Halvoran Chemicals plant outside Kessary.", 'factual', None, 'I8', st='c')),
    P(K("“Nothing left the site except smoke,” Halvoran chief executive Marek Oldenvik told reporters.", 'attributed', 'I:oldenvik', 'I1')),
    P(K("The company said two workers were treated for smoke inhalation.", 'attributed', 'I:halvoran', 'I6', h=True),
      K("The Chemical and Allied Workers’ Union said nine of its members had been taken to hospital, one of them in a serious condition.", 'denial', 'I:cawu', 'I7', den=['I6'], h=True),
      K("CPA could not independently verify either figure.", None)),
    C("AD · Story continues below"),
    P(K("Local authorities said 43 families were evacuated as a precaution.", 'attributed', 'I:ostrel-gov', 'I4'),
      K("Residents of Lipnica, a village of around 2,000 people, said the real number was far higher.", 'denial', 'I:residents', 'I5', den=['I4'])),
    P(K("The plant was fined in 2019 after an ammonia leak that sent 14 people to hospital.", 'factual', None, 'I25', st='c')),
    C("– CPA\nShare  ·  Tweet  ·  Email\nComments (7)\nMost read on NewsHub24\nMarkets slide as energy prices climb\nNine things to do this weekend"),
])

# ---------------- i05 Halvoran Chemicals newsroom (company press release html) ----------------
H05 = "Update on the incident at our Kessary site"
article(id='i05', ext='html', outlet='Halvoran Chemicals', layout='company-press-release-html',
        headline=H05, publisher='Halvoran Chemicals', agency=None, published='2026-12-01',
        origin={'type': 'own', 'source': None},
        head='''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Update on the incident at our Kessary site – Newsroom</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>''',
        segs=[
    C('''<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Cookie settings</button></div>
<header><div class="logo">HALVORAN</div><nav>About us · Products · Sustainability · Investors · Newsroom · Careers</nav></header>
<section class="press">
<div class="tag">Press release</div>
<h1>Update on the incident at our Kessary site</h1>
<div class="date">1 December 2026</div>'''),
    P(K("Halvoran Chemicals plc today provides a further update on the fire that occurred in a storage hall at its Kessary site on the night of 24 November 2026.", 'factual', None, 'I8', st='c')),
    P(K("Our investigation to date confirms that no hazardous substances were released beyond the site boundary.", 'factual', None, 'I1')),
    P(K("The chlorine storage tanks, located in an adjacent hall, remained sealed and undamaged throughout the incident.", 'factual', None, 'I22')),
    P(K("Two colleagues received treatment for smoke inhalation on the night and have since returned to work.", 'factual', None, 'I6')),
    P(K("We are aware of sampling results published on 27 November by a laboratory commissioned by an activist group.", 'factual', None, 'I34', st='u'),
      K("These results do not reflect the impact of our site, because the samples were collected without any chain-of-custody procedure and the compounds reported are commonly found in agricultural soil.", 'denial', 'I:halvoran', 'I29', den=['I2'])),
    P(K("The State Industrial Safety Inspectorate suspended operations at the Kessary site on 27 November pending its investigation.", 'factual', None, 'I10', st='c'),
      K("Halvoran fully respects this decision and is cooperating with the inspectors.", 'position', 'I:halvoran', None,
        why='The company’s own statement of its stance; no one else reports it.')),
    P(K("The company will publish the full set of readings from its site air-monitoring stations once the inspectorate has reviewed them.", 'prediction', 'I:halvoran', 'I35', st='u')),
    P(K("“Our first priority has always been the safety of our colleagues and our neighbours in Kessary and Lipnica,” said Marek Oldenvik, Chief Executive Officer.", 'value-judgement', 'I:oldenvik')),
    C('''<div class="contact"><h3>Media contact</h3><p>Group Communications · press@halvoran.example · +00 21 400 1100</p></div>
<div class="notes"><h3>Notes to editors</h3><p>Halvoran Chemicals plc is a Varnesian producer of PVC and chlor-alkali products with sites in Kessary and Dovrin.</p></div>
<p><a href="/newsroom/2026-12-01-kessary.pdf">Download PDF</a> · <a href="/newsroom">Back to Newsroom</a></p>
</section>
<footer>© 2026 Halvoran Chemicals plc · Legal notice · Privacy · Modern slavery statement</footer>'''),
])

# ---------------- i06 Varnesia Today (live blog txt) ----------------
H06 = "Kessary chemical plant fire: union disputes injury toll as inspectors open investigation – live"
article(id='i06', ext='txt', outlet='Varnesia Today', layout='live-blog-txt',
        headline=H06, publisher='Varnesia Today', agency=None, published='2026-11-25',
        origin={'type': 'own', 'source': None}, segs=[
    C("LIVE"),
    C(H06),
    C("Published Wednesday\nUpdated 2 hours ago\nDaniel Rusk in Lipnica and Sofie Brandt\nKey events\nShow key events only\nPlease turn on JavaScript to use this feature"),
    C("16.20 CET\nInspectorate opens investigation"),
    P(K("The State Industrial Safety Inspectorate has confirmed it has opened an investigation.", 'attributed', 'I:siis', 'I23', st='c'),
      K("Its chief inspector, Pavel Drozd, told us by phone that his team would look at “why a storage hall full of plastic was sitting 30 metres from a chlorine store”.", 'prediction', 'I:drozd', None, st='u',
        why='Announced by the chief inspector himself; no other source reports this line of inquiry.')),
    C("Share this entry\n14.02 CET\nUnion: nine workers in hospital"),
    P(K("The Chemical and Allied Workers’ Union has disputed the company’s account of injuries.", 'denial', 'I:cawu', 'I7', den=['I6']),
      K("Its regional secretary, Tomas Brezik, said nine workers were taken to Kessary District Hospital overnight and one remains in intensive care.", 'denial', 'I:brezik', 'I7', den=['I6'])),
    P(K("Halvoran has said two workers were treated for smoke inhalation and sent home.", 'attributed', 'I:halvoran', 'I6'),
      K("We have asked the hospital to confirm the numbers and will update this post.", None)),
    C("Share this entry\n11.40 CET\n‘A smell like a swimming pool’"),
    P(K("Our reporter Daniel Rusk has been in Lipnica, the village closest to the plant.", None)),
    P(K("Anja Pelc, director of the environmental group Lenta River Watch, said residents of Lipnica had reported a strong chlorine smell from around midnight, long before anyone was evacuated.", 'attributed', 'I:pelc', 'I3', den=['I1'])),
    P(K("“People here could taste it in the air,” Pelc said.", 'attributed', 'I:pelc', 'I3', den=['I1']),
      K("She called the company’s statement “a cover-up in the making”.", 'value-judgement', 'I:pelc'),
      K("“If they do not publish their air data this week, we will see them in court,” she said.", 'demand', 'I:pelc')),
    P(K("Lenta River Watch said it had asked an independent laboratory to take soil and water samples in the village on Wednesday.", 'attributed', 'I:lrw', 'I36', st='u')),
    C("Share this entry\n09.15 CET\nSchools shut"),
    P(K("Schools in Kessary and Lipnica are closed today on the advice of the regional administration.", 'factual', None, 'I14', st='c')),
    C("Share this entry\n08.05 CET\nWhat we know so far"),
    P(K("A fire broke out shortly after 23:00 on Tuesday in a storage hall at the Halvoran Chemicals plant on the eastern edge of Kessary.", 'factual', None, 'I8', st='c')),
    P(K("The blaze was finally put out at about 05:00 this morning, six hours after it started.", 'factual', None, 'I9', st='c')),
    P(K("The regional administration says 43 families were taken from their homes in Lipnica overnight as a precaution.", 'attributed', 'I:ostrel-gov', 'I4')),
    C("Live coverage began Wed 25 Nov 2026 08.05 CET\nVarnesia Today is funded by its readers. Support independent journalism from €2 a month\nSupport us\nMost viewed\nTopics: Varnesia · Industrial accidents · Environment"),
])
