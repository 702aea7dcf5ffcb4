from lib import Article, C, NO, render_html, render_text

ARTS = []

# ---------------------------------------------------------------- h01 Karvenia One (state media), html + og + JSON-LD
a = Article('h01', 'html', 'Karvenia One', 'state-media',
            'Bortnik re-elected in Seltava as turnout reaches 74.2 per cent', 'Karvenia One', None, '2026-11-16',
            {'type': 'own', 'source': None}, [
    [("Governor Ilya Bortnik has won re-election at the head of Seltava Region, taking 61.8 per cent of the vote in Sunday’s governor election.",
      C('factual', None, 'H4', why="State media states the commission's result as fact; the opposition candidate says the vote was stolen.")),
     ("Turnout reached 74.2 per cent, the highest in any regional election since independence.",
      C('factual', None, 'H1', why="State media presents the commission's turnout as fact; observers and the opposition say it is inflated."))],
    [("The opposition candidate, Yana Kostrova of the Civic Alliance, came second with 29.4 per cent.",
      C('factual', None, 'H28', why="State media repeats the commission's figure; no independent count of Kostrova's share.")),
     ("Three other candidates shared the remaining votes.",
      C('factual', None, None, why="Only state media, from commission figures."))],
    [("Marta Veselinova, chair of the Central Election Commission, said the vote had been held in full compliance with the law.",
      C('denial', 'H:veselinova', 'H7', ['H6'])),
     ("No violations capable of affecting the outcome were recorded at any of the region’s 612 polling stations, she told Karvenia One.",
      C('denial', 'H:veselinova', 'H7', ['H6']))],
    [("Ms Veselinova said the commission would publish the final, certified results on Friday.",
      C('prediction', 'H:veselinova', 'H20', plan=True))],
    [("Stories circulating on opposition social media channels about “stuffed ballot boxes” in Kordovets were, she said, “the excuses of people who knew they would lose and prepared them in advance”.",
      C('value-judgement', 'H:veselinova', None, why="A characterisation of the opposition by the accused commission; not a checkable fact."))],
    [("Voting in Kordovets was extended by two hours, until 10 pm, after long queues formed outside polling stations in the afternoon, the commission said.",
      C('attributed', 'H:cec', 'H9')),
     ("Election officials described the day as a festival of democracy.",
      C('value-judgement', 'H:cec', None, why="A characterisation by the commission itself."))],
    [("Governor Bortnik thanked voters in a televised address on Sunday night and called the result “a clear mandate for stability and development”.",
      C('value-judgement', 'H:bortnik', None, why="The winner's own characterisation of his result.")),
     ("He said his administration would present the new regional budget to the assembly this week.",
      C('prediction', 'H:bortnik', None, plan=True, why="A plan announced only by the governor."))],
    [("Turnout among voters under 30 exceeded 60 per cent for the first time, according to the commission’s data.",
      C('attributed', 'H:cec', None, why="Only the commission's data, relayed by state media.")),
     ("Rain had threatened to keep older voters at home, but polling stations in rural districts reported steady traffic throughout the day.",
      C('factual', None, None, why="Only state media reports it; the 'but' contrasts, it denies nothing."))],
    [("Ms Veselinova dismissed claims on opposition channels that fewer than half of voters had turned out, calling them “arithmetic from the kitchen”.",
      C('denial', 'H:veselinova', 'H1', ['H3']))],
    [("In Kordovets, the region’s second city, turnout was 79 per cent and the governor took 58 per cent of the vote.",
      C('factual', None, None, why="State media gives the commission's town figures as fact; no independent source.")),
     ("President Arkady Voln congratulated Bortnik by telephone on Monday morning, the presidential press service said.",
      C('attributed', 'H:president', None, why="Only the presidential press service, relayed by state media."))],
    [("A delegation of observers from the Eurasian Parliamentary Assembly called the election “free, fair and exemplary in its organisation”.",
      C('value-judgement', 'H:eapa', None, why="An evaluation by a friendly observer delegation; nothing to check as fact.")),
     ("The delegation is expected to present its report in Drovna next week.",
      C('prediction', 'H:eapa', None, plan=True, why="A scheduled presentation reported only by state media."))],
    [("Seltava, home to about 1.1 million people, has 846,000 registered voters.",
      C('factual', None, 'H29')),
     ("The commission said observers from 14 organisations had been accredited for the vote.",
      C('attributed', 'H:cec', None, why="Only the commission says so."))],
])
render_html(a, '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bortnik re-elected in Seltava as turnout reaches 74.2 per cent | Karvenia One</title>
<meta property="og:site_name" content="Karvenia One">
<meta property="og:type" content="article">
<meta property="og:title" content="Bortnik re-elected in Seltava as turnout reaches 74.2 per cent">
<meta property="og:description" content="Governor Ilya Bortnik wins with 61.8 per cent; turnout highest since independence.">
<meta property="article:published_time" content="2026-11-16T06:40:00+02:00">
<meta property="article:section" content="Regions">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bortnik re-elected in Seltava as turnout reaches 74.2 per cent","datePublished":"2026-11-16T06:40:00+02:00","dateModified":"2026-11-16T08:02:00+02:00","publisher":{"@type":"Organization","name":"Karvenia One"},"author":{"@type":"Organization","name":"Karvenia One News Service"}}
</script>
<link rel="stylesheet" href="/static/k1.css">
</head>
<body>
<header class="top">
  <a class="logo" href="/">KTV-1</a>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/regions">Regions</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/live">Live TV</a></nav>
  <div class="live-badge">LIVE: Karvenia One 24</div>
</header>
<main>
  <div class="crumbs"><a href="/news">News</a> / <a href="/regions">Regions</a> / Seltava votes 2026</div>
  <article class="story">
    <h1>Bortnik re-elected in Seltava as turnout reaches 74.2 per cent</h1>
    <div class="meta"><span class="date">16.11.2026 06:40</span> <span class="upd">Updated 08:02</span></div>
    <figure>
      <img src="/img/2026/11/bortnik-hq.jpg" alt="">
      <figcaption>Governor Ilya Bortnik at his campaign headquarters in Zhelvany on Sunday night. Photo: Karvenia One</figcaption>
    </figure>
    <div class="text">
        {{BODY}}
    </div>
    <div class="share"><button>Share</button> <button>Copy link</button></div>
  </article>
  <aside class="related">
    <h3>Related</h3>
    <ul>
      <li><a href="/regions/seltava-results-by-district">Seltava votes: full results by district</a></li>
      <li><a href="/news/budget-2027">Government approves draft 2027 budget</a></li>
    </ul>
  </aside>
</main>
<footer>
  <p>© 2026 Karvenia One. State Television and Radio Company of Karvenia.</p>
  <p><a href="/about">About us</a> · <a href="/contacts">Contacts</a> · <a href="/frequencies">Frequencies</a></p>
</footer>
</body>
</html>
''')
ARTS.append(a)

# ---------------------------------------------------------------- h02 Free Karvenia Radio (1), md with frontmatter
a = Article('h02', 'md', 'Free Karvenia Radio', 'exile-broadcaster',
            'Observers and opposition say ballots were stuffed in Seltava vote', 'Free Karvenia Radio', None, '2026-11-16',
            {'type': 'own', 'source': None}, [
    [("Independent election observers and the main opposition party said on Monday that ballot boxes had been stuffed at three polling stations in Seltava Region and that the official turnout for Sunday’s governor election was inflated.",
      C('attributed', 'H:mission', 'H6'))],
    [("The Forum for Free Elections (FFE), which deployed 142 observers across the region, said its monitors had seen bundles of ballots being put into boxes at stations No. 114 and No. 117 in Kordovets and No. 203 in the village of Brisk (Krasnobrisk until 1991).",
      C('attributed', 'H:mission', 'H6'))],
    [("Henrik Aalto, the Finnish diplomat who heads the mission, said observers at Station 114 had counted 412 people coming in to vote during the day, while the station’s protocol records 1,327 ballots cast out of 1,380 registered voters.",
      C('attributed', 'H:aalto', 'H10')),
     ("The commission has not responded to that account.",
      C('factual', None, None, why="Free Karvenia Radio's own observation; no other source.")),
     ("“In twenty years of observing elections I have rarely seen it done so openly,” he said.",
      C('value-judgement', 'H:aalto', None, why="Aalto's evaluation of what he saw, not a checkable fact."))],
    [("The mission’s sample count at 40 stations put turnout at 48 per cent, contradicting the commission’s assertion that almost three in four voters took part.",
      C('denial', 'H:mission', 'H3', ['H1'])),
     ("The Civic Alliance, whose candidate Yana Kostrova came second, said its own parallel count showed that fewer than half of registered voters had cast a ballot.",
      C('attributed', 'H:civic', 'H3', ['H1'])),
     ("The official figure was “a number invented in an office in Drovna”, Kostrova said.",
      C('denial', 'H:kostrova', 'H2', ['H1']))],
    [("The commission’s chair, Marta Veselinova, insisted the count was clean.",
      C('denial', 'H:veselinova', 'H7', ['H6'])),
     ("She said observers had left Station 114 for more than an hour at lunchtime and that their tally was “simply wrong”.",
      C('denial', 'H:veselinova', 'H11', ['H10']))],
    [("Oleg Demchak, a spokesman for the governing Karvenian Renewal party, called the allegations “the excuses of sore losers”.",
      C('value-judgement', 'H:demchak', None, why="An insult by the governing party's spokesman; nothing to check.")),
     ("“Those who spread fakes about this election will answer for it under the law,” he said.",
      C('demand', 'H:demchak', None, why="A threat by the governing party's spokesman; nothing to check as a fact."))],
    [("A video posted on Sunday evening on the Seltava Uncensored messaging channel had been viewed more than 300,000 times by Monday afternoon.",
      C('factual', None, 'H17')),
     ("It appears to show a man in a dark jacket pushing a stack of papers into a transparent ballot box while two women at a table look on.",
      C('factual', None, 'H30', hedged=True, why="Hedged ('appears to show'; not verified by the outlet).")),
     ("Free Karvenia Radio could not independently verify where or when it was filmed.", NO)],
    [("Several thousand people gathered on Freedom Square in Zhelvany on Monday evening to demand a recount.",
      C('factual', None, 'H18')),
     ("Kostrova told the crowd she would not recognise the result.",
      C('position', 'H:kostrova', 'H25')),
     ("“If the commission does not annul the results at these stations by Friday, we will come back, and there will be many more of us,” she said.",
      C('demand', 'H:kostrova', 'H22', why="An ultimatum by the opposition candidate; nothing to check as a fact."))],
    [("The FFE said it would publish its full assessment within two months.",
      C('prediction', 'H:mission', 'H23', plan=True)),
     ("Its preliminary statement said voting had been “generally calm and well organised” in most of the region, but that the count in a number of stations “lacked transparency”.",
      C('attributed', 'H:mission', None, why="Only the observer mission's statement; the 'but' contrasts without denying."))],
])
render_text(a, '''---
title: "Observers and opposition say ballots were stuffed in Seltava vote"
date: 2026-11-16T18:20:00Z
author: "FKR Seltava desk"
canonical_url: "https://fkradio.example/seltava/observers-stuffing"
tags: [Seltava election, Karvenia, elections]
---

[Free Karvenia Radio](https://fkradio.example/) · [News](https://fkradio.example/news) · [Seltava election](https://fkradio.example/seltava) · [Podcasts](https://fkradio.example/podcasts)

# Observers and opposition say ballots were stuffed in Seltava vote

> *Free Karvenia Radio has been refused accreditation in Karvenia since March 2025. Our reports from Seltava rely on local contributors, whom we do not name for their safety.*

![Supporters of Yana Kostrova on Freedom Square in Zhelvany on Monday evening.](https://fkradio.example/img/zhelvany-rally.jpg)
*Supporters of Yana Kostrova on Freedom Square in Zhelvany on Monday evening. Photo: FKR contributor*

{REST}

---

**Support independent journalism about Karvenia.** [Donate to Free Karvenia Radio](https://fkradio.example/donate)

Share: [Telegram](https://t.me/share) · [Email](mailto:)

**More on the Seltava election**
- [Live: Seltava counts votes](https://fkradio.example/seltava/live)
- [Who is Yana Kostrova?](https://fkradio.example/seltava/kostrova-profile)
''')
ARTS.append(a)

# ---------------------------------------------------------------- Interwire wire text (used by h03, h04, h09)
W = {}
W['lede'] = ("ZHELVANY, Karvenia, Nov 16 (Interwire) – Election observers in Karvenia said on Monday that ballots had been stuffed at several polling stations in Seltava Region, where the incumbent governor, Ilya Bortnik, was declared the winner of Sunday’s election.",
             C('attributed', 'H:mission', 'H6'))
W['result'] = ("The Central Election Commission said Bortnik, of the governing Karvenian Renewal party, took 61.8% of the vote on a turnout of 74.2%.",
               C('attributed', 'H:cec', 'H4'))
W['kost'] = ("Opposition candidate Iana Kostrova won 29.4%, the commission said.",
             C('attributed', 'H:cec', 'H28'))
W['ffe'] = ("The Forum for Free Elections, an independent monitoring group, said its observers had witnessed ballot stuffing at two stations in the town of Kordovetz and one in the village of Brysk, and that its own sample count put turnout far below the official figure.",
            C('attributed', 'H:mission', 'H6', hedged=True, why="Observers allege it, the wire could not verify it, and the commission denies it."))
W['aalto'] = ("Henrik Aalto, who heads the mission, said observers at one station in Kordovetz had counted about 400 voters during the day, while the official protocol showed more than 1,300 ballots cast.",
              C('attributed', 'H:aalto', 'H10', hedged=True, why="The mission's count, not verified by the wire; the commission's chair calls it wrong."))
W['video'] = ("A video circulating on social media reportedly shows a man pushing a stack of papers into a ballot box at one of the stations.",
              C('factual', None, 'H15', hedged=True, why="Hedged ('reportedly'); the commission says the clip was filmed abroad."))
W['turnout'] = ("Kostrova’s Civic Alliance said its parallel count showed turnout of under 50%, not the three-quarters claimed by the commission.",
                C('denial', 'H:civic', 'H3', ['H1']))
W['kostq'] = ("“Ilya Bortnik did not win this election; it was taken from the people of Seltava,” Kostrova told supporters.",
              C('denial', 'H:kostrova', 'H5', ['H4']))
W['kitchen'] = ("Vesselinova said the opposition’s figures were “arithmetic from the kitchen”.",
                C('denial', 'H:veselinova', 'H1', ['H3']))
W['nover'] = ("Interwire could not independently verify the allegations.", NO)
W['rej'] = ("The commission’s chairwoman, Marta Vesselinova, rejected the accusations.",
            C('denial', 'H:veselinova', 'H7', ['H6']))
W['rejq'] = ("“The count was transparent and every protocol was signed by members from all parties,” she told reporters in Zhelvany.",
             C('denial', 'H:veselinova', 'H7', ['H6']))
W['since'] = ("Bortnik, 58, has governed the region since 2016, first as an appointee of the president and, since 2021, as an elected governor.",
              C('factual', None, 'H19'))
W['rally'] = ("Thousands of opposition supporters rallied in the regional capital on Monday evening, chanting “Recount!”",
              C('factual', None, 'H18'))
W['police'] = ("Police said the rally passed without arrests.",
               C('attributed', 'H:police', None, why="Only the police say so."))
W['demand'] = ("Kostrova has called for a recount at all 612 polling stations in the region and said her party would challenge the results in court.",
               C('demand', 'H:kostrova', 'H22'))
W['demchak'] = ("A spokesman for Karvenian Renewal, Oleg Demchak, said the party was confident the result would stand.",
                C('prediction', 'H:demchak', None, why="The governing party's forecast; nothing to check yet."))
W['context'] = ("Seltava, an industrial region of about 1.1 million people, is the first of four regions to elect governors before a national parliamentary election due in 2027.",
                C('factual', None, None, why="Background given only by the wire agency."))
W['final'] = ("The commission said it would publish final results on Friday.",
              C('prediction', 'H:cec', 'H20', plan=True))

# ---------------------------------------------------------------- h03 Continental Herald, txt, hard-wrapped wire copy
a = Article('h03', 'txt', 'Continental Herald', 'broadsheet-wire',
            'Karvenia vote: Observers allege ballot stuffing as ruling party claims Seltava win', 'Continental Herald',
            'Interwire', '2026-11-16', {'type': 'wire', 'source': 'Interwire'}, [
    [W['lede']], [W['result'], W['kost']], [W['ffe'], W['aalto'], W['nover']], [W['video']], [W['turnout']],
    [W['rej'], W['rejq']], [W['kitchen']], [W['since']],
    [W['rally'], W['police']], [W['kostq']], [W['demand']], [W['demchak']], [W['context']], [W['final']],
])
render_text(a, '''THE CONTINENTAL HERALD
World > Europe > Karvenia

Karvenia vote: Observers allege ballot stuffing as ruling party claims Seltava win

Karvenia vote: Observers allege ballot stuffing as ruling party claims Seltava win

By Interwire staff
Published Nov 16, 2026 9:14 pm
4 min read

[Photo] Supporters of opposition candidate Iana Kostrova rally in Zhelvany on Monday.
Photo: Interwire/Petr Halik

{P}

{P}

{P}

{P}

{P}

ADVERTISEMENT

{P}

{P}

{P}

{P}

{P}

Sign up for the Herald's World Brief, delivered every weekday morning.

{P}

{P}

{P}

{P}

RELATED
- Karvenia's parliament passes contested media law
- Explainer: How Karvenia elects its regional governors

Tags: Karvenia | Elections | Europe
Share  Tweet  Email
(c) The Continental Herald 2026. All rights reserved.
''', wrap=70)
ARTS.append(a)

# ---------------------------------------------------------------- h04 Morning Ledger, html without metadata, lightly edited wire copy
def L(sent, key):
    return (sent, W[key][1])

a = Article('h04', 'html', 'Morning Ledger', 'regional-daily-wire',
            'Observers say ballots stuffed in Karvenian regional vote', 'Morning Ledger', 'Interwire', '2026-11-16',
            {'type': 'wire', 'source': 'Interwire'}, [
    [L("ZHELVANY, Karvenia (Interwire) — Election monitors in Karvenia said Monday that ballots were stuffed at several polling stations in Seltava Region, where incumbent Governor Ilya Bortnik was declared the winner of Sunday’s vote.", 'lede')],
    [L("The Central Election Commission said Bortnik, of the ruling Karvenian Renewal party, won 61.8 percent of the vote on a turnout of 74.2 percent.", 'result'),
     L("Opposition candidate Iana Kostrova won 29.4 percent, the commission said.", 'kost')],
    [L("The Forum for Free Elections, an independent monitoring group, said its observers witnessed ballot stuffing at two stations in the town of Kordovetz and one in the village of Brysk, and that its own sample count put turnout far below the official figure.", 'ffe'),
     L("Henrik Aalto, who heads the mission, said observers at one Kordovetz station had counted about 400 voters during the day, while the official protocol showed more than 1,300 ballots cast.", 'aalto'),
     W['nover']],
    [L("A video circulating on social media reportedly shows a man pushing a stack of papers into a ballot box at one of the stations.", 'video')],
    [L("Kostrova’s Civic Alliance said its parallel count showed turnout under 50 percent, not the three-quarters claimed by the commission.", 'turnout')],
    [L("Commission chairwoman Marta Vesselinova rejected the accusations, saying the count was transparent and every protocol was signed by members from all parties.", 'rej')],
    [L("Bortnik, 58, has governed the region since 2016.", 'since')],
    [L("Thousands of opposition supporters rallied in the regional capital Monday evening, chanting “Recount!”", 'rally'),
     L("Police said the rally passed without arrests.", 'police')],
    [L("“Ilya Bortnik did not win this election; it was taken from the people of Seltava,” Kostrova told supporters.", 'kostq')],
    [L("Kostrova has called for a recount at all 612 polling stations in the region and said her party would challenge the results in court.", 'demand')],
    [L("A spokesman for Karvenian Renewal, Oleg Demchak, said the party was confident the result would stand.", 'demchak')],
    [L("The commission said it would publish final results Friday.", 'final')],
])
render_html(a, '''<html>
<head>
<title>Observers say ballots stuffed in Karvenian regional vote</title>
<link rel="stylesheet" href="/css/ledger.css">
</head>
<body>
<div id="masthead"><a href="/"><img src="/img/ledger-logo.png" alt="The Morning Ledger"></a></div>
<ul class="menu"><li><a href="/local">Local</a></li><li><a href="/nation-world">Nation &amp; World</a></li><li><a href="/business">Business</a></li><li><a href="/obits">Obituaries</a></li><li><a href="/eedition">e-Edition</a></li></ul>
<div class="wrap">
  <div class="section-label">Nation &amp; World</div>
  <h2 class="headline">Observers say ballots stuffed in Karvenian regional vote</h2>
  <div class="byline">Ledger Wire Desk</div>
  <div class="dateline-time">Monday, 9:40 p.m.</div>
  <div class="story-body">
        {{BODY}}
  </div>
  <div class="adslot">Advertisement</div>
  <div class="comments">Comments (12) | Log in to comment</div>
</div>
<div class="sidebar">
  <div class="box-title">Most Popular</div>
  <ol><li>School board votes to delay bond measure</li><li>High school football: Tigers advance to semifinal</li><li>Weather: First frost expected this week</li></ol>
  <div class="archive">Posted November 16, 2026 in Nation &amp; World</div>
</div>
<div class="foot">Copyright 2026 The Morning Ledger. Interwire material may not be republished without permission.</div>
</body>
</html>
''')
ARTS.append(a)
