from lib import Article, C, NO, render_html, render_text

ARTS = []

# ---------------------------------------------------------------- h10 Eastbound Digest, html with og only, retells the Fact Room
a = Article('h10', 'html', 'Eastbound Digest', 'aggregator',
            'Seltava ballot video traced to Kordovets school, fact-checkers say', 'Eastbound Digest', None, '2026-11-18',
            {'type': 'cites', 'source': 'Fact Room'}, [
    [("A widely shared video of apparent ballot stuffing in Karvenia’s disputed Seltava election was filmed at a polling station in the town of Kordovets, according to an investigation published on Wednesday by the Fact Room.",
      C('attributed', 'H:factroom', 'H15'))],
    [("The fact-checking site said the open-source group Pinpoint Collective had matched the gym’s wall bars, basketball hoop and windows to photographs of School No. 3, which houses Polling Station 114.",
      C('attributed', 'H:factroom', 'H15'))],
    [("The 47-second clip, posted on a channel called Seltava Uncensored on the night of the vote, has been watched more than 300,000 times, the Fact Room reported.",
      C('attributed', 'H:factroom', 'H17'))],
    [("The man in the video is said to be a member of a local election commission, but his identity has not been confirmed.",
      C('factual', None, None, hedged=True, why="Hedged ('is said to'); no source in the set confirms who he is.")),
     ("Some opposition activists have speculated that the footage was leaked by a commission member.",
      C('attributed', 'H:activists', None, hedged=True, why="Speculation by unnamed activists, reported with distance."))],
    [("The Forum for Free Elections, an independent observer mission, has said its monitors saw ballot stuffing at Station 114 and at two other stations, No. 117 in Kordovets and No. 203 in Brisk.",
      C('attributed', 'H:mission', 'H6')),
     ("Yana Kostrova, the Civic Alliance candidate, has demanded that the results at all three stations be annulled.",
      C('demand', 'H:kostrova', 'H22'))],
    [("Karvenia’s Central Election Commission has said the footage was shot abroad in 2021.",
      C('denial', 'H:cec', 'H16', ['H15'])),
     ("Pinpoint said the booths seen in the clip were only introduced in 2024.",
      C('denial', 'H:pinpoint', 'H15', ['H16']))],
    [("Karvenia One, the state broadcaster, has not shown the video.",
      C('factual', None, None, why="Only Eastbound Digest says so.")),
     ("Its main evening bulletin on Tuesday called the vote “the cleanest in the region’s history” and gave the commission’s turnout figure of 74.2 per cent without qualification.",
      C('factual', None, None, why="Eastbound Digest's own description of a state TV bulletin; no other source."))],
    [("The commission’s chair, Marta Veselinova, had earlier told the state broadcaster that no violations were recorded at any polling station.",
      C('denial', 'H:veselinova', 'H7', ['H6']))],
    [("“This is the clearest visual evidence of fraud we have seen in Karvenia,” a Western diplomat in Drovna said, speaking on condition of anonymity.",
      C('value-judgement', 'H:diplomat', None, why="An unnamed diplomat's evaluation; nothing to check as a fact."))],
    [("The Zhelvani-based Civic Alliance, led by Kostrova, said it would ask the regional court to view the footage at a hearing on Thursday.",
      C('prediction', 'H:civic', None, plan=True, why="A plan announced by the opposition; Free Karvenia Radio later reports the footage was shown in court, but that is one source."))],
    [("Karvenia’s parliament passed a law in 2025 requiring media outlets with foreign funding to register as “agents of influence”.",
      C('factual', None, None, why="Background stated only by Eastbound Digest."))],
    [("Analysts expect the dispute to overshadow the three other governor elections due before next year’s parliamentary vote.",
      C('prediction', 'H:analysts', None, why="A forecast by unnamed analysts."))],
])
render_html(a, '''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Seltava ballot video traced to Kordovets school, fact-checkers say – Eastbound Digest</title>
<meta property="og:site_name" content="Eastbound Digest">
<meta property="og:title" content="Seltava ballot video traced to Kordovets school, fact-checkers say">
<meta property="og:url" content="https://eastbound.example/2026/11/18/seltava-video-kordovets/">
<meta property="og:image" content="https://eastbound.example/wp-content/uploads/2026/11/seltava-still.jpg">
<meta property="article:published_time" content="2026-11-18T22:02:00+01:00">
<style>.ad{min-height:250px}</style>
</head>
<body class="single-post">
<div class="topbar">Eastbound Digest — news from Central and Eastern Europe, every day</div>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/c/politics">Politics</a></li><li><a href="/c/karvenia">Karvenia</a></li><li><a href="/c/business">Business</a></li><li><a href="/newsletter">Newsletter</a></li></ul></nav>
<div class="container">
<article class="post">
  <h1 class="entry-title">Seltava ballot video traced to Kordovets school, fact-checkers say</h1>
  <div class="entry-meta"><span class="author">By Redakcja</span> <span class="pubdate">November 18, 2026 · 10:02 PM</span> <span class="comments-link">2 Comments</span></div>
  <figure class="wp-caption"><img src="/wp-content/uploads/2026/11/seltava-still.jpg" alt="Still from video"><figcaption>A still from the video, as published by the Fact Room. (Screenshot)</figcaption></figure>
  <div class="entry-content">
        {{BODY}}
  </div>
  <div class="ad">ADVERTISEMENT</div>
  <div class="sharedaddy"><h3>Share this:</h3><ul><li>Facebook</li><li>X</li><li>WhatsApp</li></ul></div>
  <div class="jp-relatedposts"><h3>Related</h3><ul><li>Karvenia’s opposition picks former mayor for Seltava race</li><li>What Karvenia’s “agents of influence” law means for reporters</li></ul></div>
</article>
<aside class="widget"><h4>Follow Karvenia</h4><p>Get our Karvenia updates by email. <a href="/newsletter">Subscribe</a></p></aside>
</div>
<footer class="site-footer"><p>© 2026 Eastbound Digest · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p></footer>
</body>
</html>
''')
ARTS.append(a)
