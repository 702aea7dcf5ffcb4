EXT = 'html'
META = dict(outlet='KST News', layout='state-broadcaster-html',
            headline='Record rainfall breaches Sarvek Dam; all downstream villages evacuated in time',
            publisher='KST News', agency=None, published='2026-04-02', origin={'type': 'own', 'source': None})
BODY = [
 "VELORAN — Record rainfall over the Olun basin caused a section of the Sarvek (formerly Concord) Dam to give way in the early hours of Thursday. Thanks to the swift work of emergency crews, every village downstream of the dam had been evacuated before the water arrived.",
 "The authority's director-general, Aurel Vostanić, said more than 210 millimetres of rain had fallen on the catchment in 48 hours, more than twice the previous record set in 1987.",
 "“What fell on the Olun valley this week was beyond anything in our records,” Vostanić told KST.",
 "Civil protection units began moving residents of Upper Merol, Korsk, Dravitsa and Tamesh to higher ground on Wednesday evening, when the reservoir reached its maximum level, Director-General Vostanić said.",
 "“Our crews acted with exemplary courage,” he added.",
 "Some 3,200 people spent Wednesday night in schools and sports halls in Korsk and the provincial capital, Olunsk, the Civil Protection Directorate said. The weather service had issued a red warning for the north-east on Monday.",
 "The government declared a state of emergency in Olun province on Thursday morning, and Prime Minister Teodor Kallis ordered army engineering units to the site.",
 "Army engineers and rescue teams worked through the night to shore up the remaining sections of the dam wall, which are stable, according to the National Water Authority.",
 "Vostanić said the dam had been inspected in February and found to be in good working order.",
 "Prime Minister Kallis is due to visit the province on Friday. He said the dam would be rebuilt “stronger than before” within two years.",
 "The authority said it will publish the full records of its 14 rain-gauge stations once the emergency is over.",
 "Vostanić warned that anyone spreading false rumours about the evacuation on social media would be held legally responsible.",
 "The Sarvek Dam was completed in 1968 and holds back a reservoir of about 340 million cubic metres on the River Olun, some 90 kilometres north-east of the capital.",
]
HTML = '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Record rainfall breaches Sarvek Dam; all downstream villages evacuated in time | KST News</title>
  <meta property="og:site_name" content="KST News">
  <meta property="og:title" content="Record rainfall breaches Sarvek Dam; all downstream villages evacuated in time">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2026-04-02T09:40:00+02:00">
  <meta name="description" content="Emergency crews evacuated every village before the water arrived, the National Water Authority said.">
  <link rel="stylesheet" href="/static/kst.min.css">
  <script src="/static/player.js" defer></script>
</head>
<body class="article-page">
  <div class="ticker"><span class="ticker-label">BREAKING</span> State of emergency in Olun province</div>
  <header class="site-header">
    <a class="logo" href="/">KST News</a>
    <nav class="main-nav">
      <a href="/">Home</a> <a href="/nation">Nation</a> <a href="/world">World</a> <a href="/economy">Economy</a> <a href="/sport">Sport</a> <a href="/live">Watch KST 1 live</a>
    </nav>
  </header>
  <main>
    <div class="crumbs"><a href="/">Home</a> › <a href="/nation">Nation</a> › Olun emergency</div>
    <article class="story">
      <h1>Record rainfall breaches Sarvek Dam; all downstream villages evacuated in time</h1>
      <div class="meta"><span class="byline">KST News Desk</span> <time datetime="2026-04-02T09:40">02.04.2026 09:40</time> <span class="updated">Updated 11:15</span></div>
      <figure class="lead">
        <img src="/img/2026/04/sarvek-dam-army.jpg" alt="">
        <figcaption>Army engineering units at the Sarvek Dam on Thursday morning. Photo: KST / Milen Daro</figcaption>
      </figure>
      <div class="video-embed">Video: Director-General Vostanić speaks to KST (2:41)</div>
{BODY}
      <aside class="info-box">
        <h3>Emergency numbers</h3>
        <p class="info">National emergency line: 112 · Water authority hotline: 1525</p>
      </aside>
      <div class="tags">Tags: <a href="/tag/olun">Olun</a> <a href="/tag/sarvek-dam">Sarvek Dam</a> <a href="/tag/nwa">National Water Authority</a> <a href="/tag/weather">Weather</a></div>
      <div class="share">Share: Facebook · X · Telegram · Email</div>
    </article>
    <aside class="related">
      <h2>More from Nation</h2>
      <ul>
        <li><a href="/nation/kallis-visits-olun">Prime Minister Kallis to visit flood-hit province</a></li>
        <li><a href="/nation/weather-warning-red">Weather service keeps red warning for the north-east</a></li>
        <li><a href="/nation/blood-donors">Blood donors answer call in Veloran</a></li>
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>© 2026 KST — Kastrel State Television. Informing the nation since 1958.</p>
    <p><a href="/about">About KST</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></p>
  </footer>
</body>
</html>
'''
CLUTTER = [
 "BREAKING State of emergency in Olun province",
 "KST News",
 "Home Nation World Economy Sport Watch KST 1 live",
 "Home › Nation › Olun emergency",
 "Record rainfall breaches Sarvek Dam; all downstream villages evacuated in time",
 "KST News Desk",
 "02.04.2026 09:40",
 "Updated 11:15",
 "Army engineering units at the Sarvek Dam on Thursday morning. Photo: KST / Milen Daro",
 "Video: Director-General Vostanić speaks to KST (2:41)",
 "Emergency numbers",
 "National emergency line: 112 · Water authority hotline: 1525",
 "Tags: Olun Sarvek Dam National Water Authority Weather",
 "Share: Facebook · X · Telegram · Email",
 "More from Nation",
 "Prime Minister Kallis to visit flood-hit province",
 "Weather service keeps red warning for the north-east",
 "Blood donors answer call in Veloran",
 "© 2026 KST — Kastrel State Television. Informing the nation since 1958.",
 "About KST · Contact · Privacy",
]
SM = "State television, part of the authority's side, states it as fact; "
CLAIMS = [
 ("VELORAN — Record rainfall over the Olun basin caused a section of the Sarvek (formerly Concord) Dam to give way in the early hours of Thursday.", 'factual', None, 'G1', [], False,
  SM + "the engineers, villagers and an opposition MP in the set say neglected maintenance caused the breach."),
 ("Thanks to the swift work of emergency crews, every village downstream of the dam had been evacuated before the water arrived.", 'factual', None, 'G2', [], False,
  SM + "residents of Dravitsa and Tamesh and the opposition MP say they got no warning."),
 ("The authority's director-general, Aurel Vostanić, said more than 210 millimetres of rain had fallen on the catchment in 48 hours, more than twice the previous record set in 1987.", 'attributed', 'G:vostanic', 'G17', [], False),
 ("“What fell on the Olun valley this week was beyond anything in our records,” Vostanić told KST.", 'attributed', 'G:vostanic', 'G17', [], False),
 ("Civil protection units began moving residents of Upper Merol, Korsk, Dravitsa and Tamesh to higher ground on Wednesday evening, when the reservoir reached its maximum level, Director-General Vostanić said.", 'attributed', 'G:vostanic', 'G2', [], False,
  "Only the water authority's head says Dravitsa and Tamesh were evacuated; their residents and the opposition MP deny any warning came."),
 ("“Our crews acted with exemplary courage,” he added.", 'value-judgement', 'G:vostanic', None, [], False,
  "Vostanić's praise of his crews is an evaluation, not a checkable fact."),
 ("Some 3,200 people spent Wednesday night in schools and sports halls in Korsk and the provincial capital, Olunsk, the Civil Protection Directorate said.", 'attributed', 'G:civil-protection', None, [], False,
  "Only the state's own civil protection service, via state television, gives this shelter figure."),
 ("The weather service had issued a red warning for the north-east on Monday.", 'factual', None, None, [], False,
  "Stated only by state television; no other source in the set mentions the warning."),
 ("The government declared a state of emergency in Olun province on Thursday morning, and Prime Minister Teodor Kallis ordered army engineering units to the site.", 'factual', None, 'G14', [], False),
 ("Army engineers and rescue teams worked through the night to shore up the remaining sections of the dam wall, which are stable, according to the National Water Authority.", 'attributed', 'G:nwa', None, [], False,
  "Only the water authority, via state television, says the rest of the wall is stable."),
 ("Vostanić said the dam had been inspected in February and found to be in good working order.", 'attributed', 'G:vostanic', 'G6', ['G5'], False),
 ("Prime Minister Kallis is due to visit the province on Friday.", 'prediction', 'G:kallis', None, [], False,
  "An announced visit reported only by state television; nothing independent confirms it.", 'unverified'),
 ("He said the dam would be rebuilt “stronger than before” within two years.", 'prediction', 'G:kallis', None, [], False,
  "A forecast by the prime minister; nothing to check yet."),
 ("The authority said it will publish the full records of its 14 rain-gauge stations once the emergency is over.", 'prediction', 'G:nwa', 'G15', [], False, None, 'unverified'),
 ("Vostanić warned that anyone spreading false rumours about the evacuation on social media would be held legally responsible.", 'demand', 'G:vostanic', None, [], False,
  "A threat by the authority's head; nothing to check as a fact."),
 ("The Sarvek Dam was completed in 1968 and holds back a reservoir of about 340 million cubic metres on the River Olun, some 90 kilometres north-east of the capital.", 'factual', None, 'G18', [], False),
]
