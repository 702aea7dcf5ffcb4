EXT = 'html'
META = dict(outlet='Northwind Herald', layout='herald-html',
            headline='Villagers say no warning came before Kastrelia dam burst',
            publisher='Northwind Herald', agency='Reuters', published='2026-04-03', origin={'type': 'wire', 'source': 'Reuters'})
BODY = [
 "DRAVITSA, Kastrelia, April 3 (Reuters) - Residents of two villages swamped when the Sarvek Dam burst in northeastern Kastrelia said on Friday they had received no warning to leave, contradicting the state water authority's assertion that every community downstream was evacuated in time.",
 "The dam on the River Olun gave way at around 4 a.m. on Thursday, sending a wall of water down the valley.",
 "Kastrelia's National Water Authority (NWA) has blamed record rainfall for the breach. It says all villages were cleared before the water arrived.",
 "“We heard the water before we heard anyone from the authority,” said Hana Vilko, 54, who escaped from her house in Dravitsa with her grandson by climbing onto the roof of a neighbour's barn.",
 "In the neighbouring village of Tamesh, village head Ruzhin Tamm said no civil protection officers and no sirens had reached its 600 residents before the flood. Reuters could not independently verify his account.",
 "NWA director-general Aurel Vostanich said on Thursday that more than 210 mm of rain had fallen on the catchment in 48 hours, more than double the previous record.",
 "“No settlement was left without warning,” Vostanich told reporters in the capital, Veloran, on Thursday evening. He did not elaborate on when the evacuation orders were issued.",
 "Petar Oskari, who worked as a senior engineer at the dam until 2024, said the structure failed because maintenance had been neglected, not because of the rain.",
 "He said inspections of the spillway gates had been postponed repeatedly since the authority cut its maintenance budget in 2024, and that one of the three gates could not be fully opened this week.",
 "Rescue teams reached Dravitsa by boat on Friday morning, but the road to Tamesh remained under water.",
 "The government declared a state of emergency in Olun province on Thursday.",
 "The United Nations Relief Coordination Office (UNRCO) said on Friday that about 11,400 people had been displaced across the province. A UNRCO assessment team is expected to arrive on Monday, spokesperson Leyla Amsel said.",
 "Ilona Brask, an opposition member of parliament for the Olun valley, called for an independent inquiry into the breach. The authority has rejected calls for an outside investigation.",
 "“They want to mark their own homework,” she said.",
]
HTML = '''<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Villagers say no warning came before Kastrelia dam burst - Northwind Herald</title>
<meta property="og:site_name" content="Northwind Herald">
<meta property="og:title" content="Villagers say no warning came before Kastrelia dam burst">
<meta property="og:url" content="https://www.northwindherald.example/world/2026/04/03/kastrelia-dam-villagers-no-warning">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Villagers say no warning came before Kastrelia dam burst","datePublished":"2026-04-03T14:22:00Z","dateModified":"2026-04-03T16:05:00Z","author":{"@type":"Organization","name":"Reuters"},"publisher":{"@type":"Organization","name":"Northwind Herald"},"articleSection":"World"}
</script>
<link rel="stylesheet" href="/assets/nh.css">
</head>
<body>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div>
<header class="nh-masthead">
  <a href="/" class="nh-logo">Northwind Herald</a>
  <nav class="nh-sections"><a href="/news">News</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/climate">Climate</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a></nav>
  <a class="nh-cta" href="/subscribe">Subscribe</a>
</header>
<main class="nh-article">
  <p class="nh-kicker">World · Europe</p>
  <h1 class="nh-headline">Villagers say no warning came before Kastrelia dam burst</h1>
  <p class="nh-byline">By Reuters · <time datetime="2026-04-03T14:22:00Z">3 April 2026, 14.22 BST</time> · 4 min read</p>
  <figure>
    <img src="https://img.northwindherald.example/2026/04/dravitsa-flood.jpg" alt="Flooded houses in Dravitsa">
    <figcaption>Houses stand in floodwater in the village of Dravitsa, Kastrelia, April 3, 2026. REUTERS/Ana Rusk</figcaption>
  </figure>
  <div class="nh-body">
    <p><em>Northwind Herald's reporting on this story is supported by readers. Sign up for our morning briefing.</em></p>
{BODY}
    <p class="nh-credit">Reporting by Ana Rusk in Dravitsa and Luka Fenn in Veloran; Editing by Mark Heller</p>
  </div>
  <div class="nh-follow"><button>Follow Kastrelia</button> <button>Follow Floods</button></div>
  <aside class="nh-most-read">
    <h2>Most read</h2>
    <ol>
      <li><a href="/world/2026/04/02/sarvek-dam-breach-live">Sarvek Dam breach: what we know so far</a></li>
      <li><a href="/climate/2026/04/01/spring-storms">Spring storms bring floods to three countries</a></li>
      <li><a href="/business/2026/04/03/insurers-flood">Insurers brace for flood claims</a></li>
    </ol>
  </aside>
</main>
<footer class="nh-footer">
  <p>© Northwind Herald Ltd 2026. All rights reserved.</p>
  <p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/terms">Terms</a> | <a href="/privacy">Privacy policy</a></p>
</footer>
</body>
</html>
'''
CLUTTER = [
 "We use cookies to improve your experience. Accept all Manage",
 "Northwind Herald",
 "News World Business Climate Opinion Culture",
 "Subscribe",
 "World · Europe",
 "Villagers say no warning came before Kastrelia dam burst",
 "By Reuters · 3 April 2026, 14.22 BST · 4 min read",
 "Houses stand in floodwater in the village of Dravitsa, Kastrelia, April 3, 2026. REUTERS/Ana Rusk",
 "Northwind Herald's reporting on this story is supported by readers. Sign up for our morning briefing.",
 "Reporting by Ana Rusk in Dravitsa and Luka Fenn in Veloran; Editing by Mark Heller",
 "Follow Kastrelia Follow Floods",
 "Most read",
 "Sarvek Dam breach: what we know so far",
 "Spring storms bring floods to three countries",
 "Insurers brace for flood claims",
 "© Northwind Herald Ltd 2026. All rights reserved.",
 "About us | Contact | Terms | Privacy policy",
]
SKIP = ["Reuters could not independently verify his account.", "He did not elaborate on when the evacuation orders were issued."]
CLAIMS = [
 ("DRAVITSA, Kastrelia, April 3 (Reuters) - Residents of two villages swamped when the Sarvek Dam burst in northeastern Kastrelia said on Friday they had received no warning to leave, contradicting the state water authority's assertion that every community downstream was evacuated in time.", 'denial', 'G:residents', 'G4', ['G2'], False),
 ("The dam on the River Olun gave way at around 4 a.m. on Thursday, sending a wall of water down the valley.", 'factual', None, 'G7', [], False),
 ("Kastrelia's National Water Authority (NWA) has blamed record rainfall for the breach.", 'attributed', 'G:nwa', 'G1', [], False),
 ("It says all villages were cleared before the water arrived.", 'attributed', 'G:nwa', 'G2', [], False),
 ("“We heard the water before we heard anyone from the authority,” said Hana Vilko, 54, who escaped from her house in Dravitsa with her grandson by climbing onto the roof of a neighbour's barn.", 'denial', 'G:vilko', 'G4', ['G2'], False),
 ("In the neighbouring village of Tamesh, village head Ruzhin Tamm said no civil protection officers and no sirens had reached its 600 residents before the flood.", 'denial', 'G:tamm', 'G4', ['G2'], True),
 ("NWA director-general Aurel Vostanich said on Thursday that more than 210 mm of rain had fallen on the catchment in 48 hours, more than double the previous record.", 'attributed', 'G:vostanic', 'G17', [], False),
 ("“No settlement was left without warning,” Vostanich told reporters in the capital, Veloran, on Thursday evening.", 'attributed', 'G:vostanic', 'G2', [], True),
 ("Petar Oskari, who worked as a senior engineer at the dam until 2024, said the structure failed because maintenance had been neglected, not because of the rain.", 'denial', 'G:oskari', 'G3', ['G1'], False),
 ("He said inspections of the spillway gates had been postponed repeatedly since the authority cut its maintenance budget in 2024, and that one of the three gates could not be fully opened this week.", 'attributed', 'G:oskari', 'G5', [], False),
 ("Rescue teams reached Dravitsa by boat on Friday morning, but the road to Tamesh remained under water.", 'factual', None, None, [], False,
  "Reported only by the Reuters story (one source); the 'but' contrasts two facts and denies nothing."),
 ("The government declared a state of emergency in Olun province on Thursday.", 'factual', None, 'G14', [], False),
 ("The United Nations Relief Coordination Office (UNRCO) said on Friday that about 11,400 people had been displaced across the province.", 'attributed', 'G:unrco', 'G10', [], False),
 ("A UNRCO assessment team is expected to arrive on Monday, spokesperson Leyla Amsel said.", 'prediction', 'G:amsel', 'G19', [], False, None, 'unverified'),
 ("Ilona Brask, an opposition member of parliament for the Olun valley, called for an independent inquiry into the breach.", 'demand', 'G:brask', 'G21', [], False),
 ("The authority has rejected calls for an outside investigation.", 'position', 'G:nwa', 'G20', [], False),
 ("“They want to mark their own homework,” she said.", 'value-judgement', 'G:brask', None, [], False,
  "Brask's jibe at the authority (\"she\" is Brask, not the authority named just before) is an evaluation."),
]
