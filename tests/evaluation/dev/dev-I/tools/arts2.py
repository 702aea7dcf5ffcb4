from core import K, P, C, article

# ---------------- i07 Morning Flash (tabloid txt) ----------------
H07 = "‘WE COULD TASTE THE POISON’"
article(id='i07', ext='txt', outlet='Morning Flash', layout='tabloid-txt',
        headline=H07, publisher='Morning Flash', agency=None, published='2026-11-26',
        origin={'type': 'own', 'source': None}, segs=[
    C("NEWS   SPORT   SHOWBIZ   MONEY   PUZZLES   BINGO\nNews › Varnesia"),
    C(H07),
    C(H07 + "\nTerrified villagers slam chemical giant as boss insists ‘nothing escaped’\nBy Kamil Strand\nNov 26, 2026 | 21:17\nUpdated: 21:40"),
    C(H07),
    C("GASPING: Lipnica mum Jana Holub outside her home yesterday\nPicture: Flash Pictures"),
    P(K("TERRIFIED villagers living next to a chemical plant that went up in flames say they were left choking on toxic fumes while bosses slept.", 'attributed', 'I:residents', 'I3', den=['I1'])),
    P(K("Mum-of-two Jana Holub, 34, said her kitchen filled with a stinging bleach stench just after midnight on Tuesday.", 'attributed', 'I:holub', 'I3', den=['I1'])),
    P(K("“We could taste the poison, and my little boy was sick twice,” she told us.", 'attributed', 'I:holub', 'I3', den=['I1'])),
    C("ADVERTISEMENT"),
    P(K("But Halvoran Chemicals boss Marek Oldenvik, 58, insists nothing dangerous left the site.", 'attributed', 'I:oldenvik', 'I1'),
      K("The fat-cat boss, who pocketed a 1.2 million-crown bonus last year, said only two workers needed treatment.", 'attributed', 'I:oldenvik', 'I6'),
      K("He is said to have been on a skiing holiday abroad on the night of the blaze.", 'factual', None, None, h=True,
        why='A rumour the tabloid itself hedges; no one else reports it.')),
    P(K("Union chiefs say the real figure is NINE, with one worker fighting for his life in intensive care.", 'denial', 'I:cawu', 'I7', den=['I6'])),
    P(K("Bosses allegedly ignored warnings from staff for months about plastic piled up next to the chlorine store.", 'factual', None, 'I38', h=True, st='u',
        why='The tabloid itself flags it as an allegation; no one else reports the warnings.')),
    P(K("The plant, which employs fourteen hundred people, was slapped with a fine in 2019 over an ammonia leak.", 'factual', None, 'I25', st='c')),
    P(K("Greens at Lenta River Watch branded the firm’s response “a disgrace”.", 'value-judgement', 'I:lrw'),
      K("They demanded the plant be shut for good.", 'demand', 'I:lrw', 'I21')),
    P(K("Halvoran has ruled out paying compensation until the investigation is finished, the CPA news agency reported.", 'position', 'I:halvoran', 'I27', st='u',
        why='Only the company’s stance, relayed second-hand from a news agency.')),
    C("Get the Morning Flash in your inbox every day – sign up free\nGot a story? WhatsApp us on +00 700 555 0199\nMOST READ\n1. Reality star’s Kessary wedding called off\n2. Lottery winner, 81, buys third yacht\nComments (214)"),
])

# ---------------- i08 aggregator retelling the Ostrel Courier (txt, no publisher, no date) ----------------
H08 = "Halvoran plant fire: chief executive says chlorine tanks stayed sealed"
article(id='i08', ext='txt', outlet='Newsrondo', layout='aggregator-txt',
        headline=H08, publisher=None, agency=None, published=None,
        origin={'type': 'cites', 'source': 'Ostrel Courier'}, segs=[
    C("Top stories   |   Local   |   For you\nTrending: Kessary fire"),
    C(H08),
    C("Ostrel Courier  ·  3h\nSummary generated from original reporting. Tap to read the full story at the source."),
    P(K("The chief executive of Halvoran Chemicals has said the chlorine tanks at the company’s Kessary plant stayed sealed during Tuesday night’s fire, according to the Ostrel Courier.", 'attributed', 'I:oldenvik', 'I22')),
    P(K("Marek Oldenvik told the regional newspaper that only packaging and plastic granulate had burned and that no toxic substances escaped the site.", 'attributed', 'I:oldenvik', 'I1')),
    P(K("The Courier reported that residents of nearby Lipnica described a strong bleach-like smell before they were warned.", 'attributed', 'I:residents', 'I3', den=['I1'])),
    P(K("According to the paper, regional authorities evacuated 43 families and closed schools in the two communities on Wednesday.", 'attributed', 'I:ostrel-gov', 'I4')),
    P(K("Halvoran said it would release data from its air-monitoring stations by the end of the week.", 'prediction', 'I:halvoran', 'I12', st='u')),
    C("Read full story at Ostrel Courier ›\nRelated coverage\nWhy is Kessary’s plant so close to homes? — Varnesia Today\nChlorine fears in Varnesian village after plant fire — NewsHub24\nShow more\nGet the app\nReport this summary"),
])

# ---------------- i09 Glas Ostrela (machine-translated html, no metadata, headline only in <title>) ----------------
H09 = "Independent laboratory: in soil of Lipnitsa found chlorine compounds above norm"
article(id='i09', ext='html', outlet='Glas Ostrela', layout='machine-translated-html',
        headline=H09, publisher='Glas Ostrela', agency=None, published='2026-11-27',
        origin={'type': 'own', 'source': None},
        head='''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Independent laboratory: in soil of Lipnitsa found chlorine compounds above norm</title>
</head>
<body>''',
        segs=[
    C('''<div class="gt-banner">This page was automatically translated from Ostrelian. <a href="?hl=os">Show original</a> · Translation options</div>
<table class="menu"><tr><td>Main</td><td>Region</td><td>Society</td><td>Economy</td><td>Culture</td><td>Sport</td></tr></table>
<div class="date">27.11.2026 15:40 &nbsp;|&nbsp; Views: 1 204</div>
<img src="/foto/lipnica-bunar.jpg"><div class="podpis">Taking of the sample of water from well in Lipnitsa. Photo: LRW</div>'''),
    P(K("KESARY (Glas Ostrela) – The independent laboratory Norvik Analytical found in samples of soil and well water from village Lipnitsa the chlorinated organic compounds in concentrations up to four times above the permissible norm, it is said in the report published on Friday.", 'attributed', 'I:norvik', 'I2', den=['I1'])),
    P(K("Samples were taken on 25 November on request of the ecological organisation Lenta River Watch in six points at distance from 300 to 900 metres from the fence of factory.", 'factual', None, 'I36', st='u')),
    P(K("“These substances do not appear in the soil by themselves, their source is the fire of 24 November,” said director of laboratory Ivo Saralt.", 'attributed', 'I:saralt', 'I2', den=['I1'])),
    P(K("Company Halvoran Chemical from its side repeats that outside the territory of factory no dangerous substances got.", 'attributed', 'I:halvoran', 'I1')),
    P(K("General director Marek Oldenwick earlier declared that the tanks with chlorine remained hermetic.", 'attributed', 'I:oldenvik', 'I22')),
    P(K("However a worker of factory, who asked not to name him, told that on one from the tanks the valve was leaking already during the fire.", 'denial', 'I:worker-anon', 'I39', den=['I22'], h=True),
      K("This information it was not possible to verify independently.", None)),
    P(K("Regional governor Dorota Kelmaneva said that the results of laboratory are “not official” and that the state monitoring did not register exceedances.", 'denial', 'I:kelmane', 'I40', den=['I2'])),
    P(K("The trade union of chemical workers demands independent investigation with participation of workers.", 'demand', 'I:cawu', 'I20'),
      K("Its leader Tomasz Brzezik said that from 9 hospitalized workers one is still in reanimation.", 'attributed', 'I:brezik', 'I7', den=['I6'])),
    C('''<div class="tools">Print · Send to friend · Comments: 12</div>
<div class="also"><b>Read also:</b> <a href="#">Kesary: factory promises publish the air data</a> · <a href="#">Ostrelian community celebrates day of language</a></div>
<div class="foot">All rights reserved. Reproduction only with active hyperlink.</div>'''),
])

# ---------------- i10 The Lenta Letter (newsletter md with frontmatter) ----------------
H10 = "What the Kessary lab results do and don’t show"
article(id='i10', ext='md', outlet='The Lenta Letter', layout='newsletter-md',
        headline=H10, publisher='The Lenta Letter', agency=None, published='2026-11-28',
        origin={'type': 'own', 'source': None}, segs=[
    C('---\ntitle: "What the Kessary lab results do and don’t show"\nsubtitle: "Plus: the inspectorate pulls the plug, and the data Halvoran promised"\ndate: 2026-11-28T07:00:00+01:00\nauthor: Mira Jansen\npublication: The Lenta Letter\ntags: [kessary, halvoran, chlorine, lipnica]\n---'),
    C("# What the Kessary lab results do and don’t show"),
    C("*Issue #87 · Mira Jansen · 6 min read*"),
    P(K("On Friday the State Industrial Safety Inspectorate suspended all production at the Halvoran plant in Kessary until its investigation into Tuesday night’s fire is complete.", 'factual', None, 'I10', st='c')),
    P(K("The inspectorate’s chief, Pavel Drozd, said the suspension was “a precaution, not a verdict”.", 'position', 'I:drozd', None,
        why='Only the chief inspector’s own description of his agency’s stance.')),
    C("## The lab results"),
    P(K("Norvik Analytical Laboratory, which Lenta River Watch hired to sample soil and well water in Lipnica on Wednesday, published its results on Friday.", 'factual', None, 'I34', st='u')),
    P(K("It reported chlorinated compounds at up to four times the permitted level at two of the six sampling points.", 'attributed', 'I:norvik', 'I2', den=['I1'])),
    P(K("That is a serious finding, but it is not yet proof that the fire caused the contamination.", 'value-judgement', 'I:jansen')),
    P(K("The lab did not take samples before the fire.", 'factual', None, None, why='Only this newsletter says so.'),
      K("Halvoran says such compounds are commonly found in farmland soil.", 'denial', 'I:halvoran', 'I29', den=['I2'])),
    C("[Subscribe now](https://lentaletter.example/subscribe)"),
    C("## The data we’re still waiting for"),
    P(K("Halvoran said on Wednesday it would publish readings from its air-monitoring stations by Friday.", 'prediction', 'I:halvoran', 'I12', st='u'),
      K("As of Saturday morning, nothing had appeared on its website.", 'factual', None, 'I19', st='u')),
    P(K("A company spokeswoman, Lidia Sorn, told me the readings would be released “once the inspectorate has reviewed them”.", 'prediction', 'I:sorn', 'I35', st='u', h=True),
      K("She did not elaborate on when that would be.", None)),
    P(K("The Chemical and Allied Workers’ Union backs the suspension, its regional secretary Tomas Brezik said, but wants workers to keep receiving full pay while the plant is idle.", 'position', 'I:brezik', 'I41', st='u')),
    P(K("This is the second serious incident at the site in seven years: in 2019 an ammonia leak sent 14 people to hospital and the company was fined.", 'factual', None, 'I25', st='c')),
    C("Thanks for reading The Lenta Letter! Subscribe for free to receive new posts and support my work."),
    C("Like · 48   Comment · 9   Restack"),
    C("© 2026 Mira Jansen · Unsubscribe"),
])

# ---------------- i11 Varnesian Business Review (reader-mode md, no frontmatter, no headline, no publisher) ----------------
article(id='i11', ext='md', outlet='Varnesian Business Review', layout='reader-mode-md',
        headline=None, publisher=None, agency=None, published='2026-12-01',
        origin={'type': 'own', 'source': None}, segs=[
    C("*Idle loading bays at the Halvoran works in Kessary on Monday. (Photo: Ola Brandt)*"),
    C("By Henrik Solvay · Published Tuesday · 5 min read"),
    P(K("Shares in Halvoran Chemicals fell 11% on the Dovrin stock exchange on Tuesday.", 'factual', None, 'I42', st='u')),
    P(K("The fall came after the Ostrel Regional Court ordered the company to hand its air-monitoring records from the night of the 24 November fire to the state safety inspectorate within seven days.", 'factual', None, 'I11', st='c')),
    P(K("The ruling, on a petition by the environmental group Lenta River Watch, also bars Halvoran from altering or deleting any monitoring data.", 'factual', None, 'I43', st='c')),
    C("## A costly pause"),
    P(K("Production at the Kessary works, which employs around 1,400 people and accounts for roughly a fifth of the group’s revenue, has been halted since the inspectorate suspended operations on 27 November.", 'factual', None, 'I10', st='c')),
    P(K("Chief executive Marek Oldenvik told analysts on Monday that the company expected to restart the plant “within weeks, not months”.", 'prediction', 'I:oldenvik')),
    P(K("He repeated that no hazardous substances had left the site and called the Norvik laboratory’s sampling “scientifically worthless”.", 'attributed', 'I:oldenvik', 'I1')),
    P(K("Analysts at Kessler & Voss said a prolonged shutdown could cost the company up to 40 million crowns a month.", 'prediction', 'I:kv')),
    P(K("Halvoran has not yet set aside any provision for compensation claims, but its finance director, Ester Lindqvist, said the company was “fully insured”.", 'factual', None, None,
        why='Only this business outlet reports the absence of a provision.'),
      K("The group is reportedly preparing to move part of the Kessary output to its Dovrin site.", 'factual', None, None, h=True,
        why='Hedged by the outlet itself and reported nowhere else.')),
    P(K("The union representing the plant’s workers has said it will not accept any job cuts linked to the shutdown.", 'position', 'I:cawu', None,
        why='Only the union’s own stance, reported by one outlet.')),
    C("Topics: Chemicals · Varnesia · Litigation\nShare this article · Save\nLast updated: 1 December 2026, 17:05"),
])

# ---------------- i12 Ostrel Courier follow-up (same layout as i01) ----------------
H12 = "Court orders Halvoran to hand over fire-night air data"
article(id='i12', ext='txt', wrap=72, outlet='Ostrel Courier', layout='regional-paper-txt',
        headline=H12, publisher='Ostrel Courier', agency=None, published='2026-12-02',
        origin={'type': 'own', 'source': None}, segs=[
    C("Home > News > Kessary & District\nKESSARY FIRE"),
    C(H12),
    C("By Marta Vilk, Chief Reporter\n2 December 2026, 09:15\n3 min read"),
    C(H12),
    C("[Photo] Lenta River Watch director Anja Pelc outside the Ostrel Regional Court on Tuesday. Photo: Erik Dunaj"),
    C("The Courier is following the aftermath of the fire at the Halvoran Chemicals plant on the night of 24 November. Our full coverage, and a map of the evacuation zone, is collected on our Kessary Fire page."),
    P(K("The Ostrel Regional Court on Tuesday ordered Halvoran Chemicals to hand all air-monitoring records from the night of the fire to the State Industrial Safety Inspectorate within seven days.", 'factual', None, 'I11', st='c')),
    P(K("Judge Ruta Mazeika also barred the company from deleting or altering any of the data, granting in full a petition brought by Lenta River Watch.", 'factual', None, 'I43', st='c')),
    P(K("The ruling, seen by the Courier, says the company gave “no adequate explanation” for failing to publish the readings it had promised on 25 November.", 'attributed', 'I:court', 'I44', st='u',
        why='Only the Courier, which saw the ruling, reports this passage.')),
    P(K("Halvoran said it would comply with the order.", 'position', 'I:halvoran', None, why='Only the company says so, in one outlet.'),
      K("It maintains that nothing hazardous left the plant.", 'attributed', 'I:halvoran', 'I1')),
    P(K("Anja Pelc, who leads Lenta River Watch, welcomed the ruling.", 'position', 'I:pelc', None, why='Only the NGO’s reaction, reported by one outlet.'),
      K("“If the data shows what the company says, they have nothing to fear from handing it over,” she said.", 'value-judgement', 'I:pelc')),
    P(K("Pelc said Lipnica residents had counted at least 120 families who left their homes on the night of the fire, almost three times the regional administration’s figure of 43.", 'denial', 'I:pelc', 'I5', den=['I4'])),
    P(K("The administration stood by its number.", 'attributed', 'I:ostrel-gov', 'I4'),
      K("“Forty-three families were registered at the evacuation centre, and those are the people we evacuated,” said a spokesman for Governor Dorota Kelmane.", 'attributed', 'I:gov-spokesman', 'I4')),
    P(K("Tomas Brezik, of the chemical workers’ union, said the worker who had been in intensive care was moved to a general ward on Monday.", 'attributed', 'I:brezik', 'I45', st='u'),
      K("Halvoran has never acknowledged that he was hurt in the fire.", 'factual', None, None, why='The Courier’s own observation; no other source states it.'),
      K("“Nine of our people went to hospital that night, and I visited every one of them,” he said.", 'denial', 'I:brezik', 'I7', den=['I6'])),
    P(K("Inspectors, who began their on-site work on Monday, are due to present preliminary findings in January.", 'prediction', 'I:siis', 'I46', st='u')),
    C("Read more\nWhat the lab found in Lipnica’s wells\nHalvoran shares slide after ruling\nHave your say (41 comments)\nTags: Kessary, Halvoran Chemicals, Courts, Lenta River Watch\nAdvertisement\nKessary & District · Contact the newsdesk · Privacy · Terms"),
])
