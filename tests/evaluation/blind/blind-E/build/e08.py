from gen import *
headline = "In Castelvar, a venue is ready for talks no one can agree on"
body = [
 "CASTELVAR – Workers were fitting interpreters' booths in the main hall of the Palais Méridien on Thursday, as Orsenne prepared to host ceasefire talks that Kessaria says will open here on 20 March and Lutavia says have not been scheduled at all.",
 "Kessaria's foreign ministry repeated on Thursday that its delegation, led by Deputy Foreign Minister Gleb Sarkisov, would arrive in Castelvar on 19 March. “The date was agreed through Orsenne's mediation and we intend to keep it,” Sarkisov said in Torvask.",
 "Lutavia's foreign minister, Iryna Vashchuk, said again that Velin had agreed to no date. “We are ready to talk about a ceasefire. We are not ready to be told by Torvask when and where,” Vashchuk said.",
 "Orsenne's foreign ministry said it had proposed 20 March to both delegations and was still waiting for formal replies. The hall has been booked for the week, but invitations have not yet been sent, an official at the venue told Northwind Herald.",
 "A delegation from the Permanent Humanitarian Commission is expected to arrive in Castelvar on Monday to prepare a second prisoner exchange, the commission said. It said it will publish on Friday the names of the prisoners exchanged at Velnitsa, once families have been informed.",
 "The Velnitsa swap, 107 prisoners for 107, went ahead on 7 March after weeks of delays, with commission staff checking each name at the barrier.",
 "On the battlefield there was no sign of a pause. Kessaria's defence ministry said on Thursday that its troops were “tightening the ring” around Hrabivka, the river town it says it encircled on Monday.",
 "The army's commander said in his nightly video address that Hrabivka was “not surrounded, not cut off and not for sale”.",
 "A senior Western official, speaking on condition of anonymity, said Kessarian forces had made gains north of Hrabivka but had not cut the town's western supply route.",
 "“This war will end this year, at the negotiating table or on the battlefield,” Sarkisov said.",
 "The two sides last met in Castelvar in May 2025, when talks on a humanitarian corridor collapsed after two hours.",
]
ps = "\n".join(f"        <p>{H.escape(p, quote=False)}</p>" for p in body)
seed = f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{headline} – Northwind Herald</title>
<meta property="og:site_name" content="Northwind Herald">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="Orsenne prepares a hall for Kessaria-Lutavia talks while the two sides dispute the date.">
<meta property="article:published_time" content="2026-03-12T18:30:00+00:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{headline}","datePublished":"2026-03-12T18:30:00+00:00","author":[{{"@type":"Person","name":"Helena Strand"}}],"publisher":{{"@type":"Organization","name":"Northwind Herald","logo":{{"@type":"ImageObject","url":"https://northwindherald.example/logo.png"}}}},"articleSection":"World","keywords":"Kessaria, Lutavia, Castelvar, ceasefire"}}</script>
<script>window.nh=window.nh||{{}};nh.paywall="metered";</script>
</head>
<body>
<header class="masthead">
  <a class="logo" href="/">Northwind Herald</a>
  <nav class="primary"><a href="/news">News</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/subscribe" class="cta">Subscribe</a></nav>
</header>
<main>
  <article class="story">
    <div class="kicker">Kessaria-Lutavia war · Analysis</div>
    <h1 class="headline">{headline}</h1>
    <p class="standfirst-label">From our correspondent</p>
    <div class="byline">By Helena Strand in Castelvar</div>
    <time datetime="2026-03-12T18:30:00+00:00">12 March 2026, 18:30 GMT</time>
    <figure>
      <img src="/img/2026/03/palais-meridien.jpg" alt="">
      <figcaption>The main hall of the Palais Méridien in Castelvar on Thursday. Helena Strand / Northwind Herald</figcaption>
    </figure>
    <div class="story-body">
        <p><em>Northwind Herald's reporting on this story is supported by readers. Sign up for our morning briefing.</em></p>
{ps}
    </div>
    <p class="correction-policy">We aim to be accurate. If you spot an error, <a href="/corrections">tell us.</a></p>
  </article>
  <aside class="related">
    <h2>Related</h2>
    <ul>
      <li><a href="/world/hrabivka-afp">Lutavia rejects Kessarian claim of Hrabivka encirclement</a></li>
      <li><a href="/world/velnitsa-explainer">What we know about the Velnitsa prisoner swap</a></li>
    </ul>
  </aside>
  <aside class="most-read"><h2>Most read</h2><ol><li>Storm warnings for the northern coast</li><li>Ferry strike enters third day</li></ol></aside>
</main>
<footer><p>&copy; 2026 Northwind Herald Media Ltd. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact us</a></p></footer>
</body>
</html>
"""
write_seed("e08.html", seed)
clutter = [
 f"{headline} – Northwind Herald",
 "Northwind Herald",
 "News World Business Opinion Culture Subscribe",
 "Kessaria-Lutavia war · Analysis",
 headline,
 "From our correspondent",
 "By Helena Strand in Castelvar",
 "12 March 2026, 18:30 GMT",
 "The main hall of the Palais Méridien in Castelvar on Thursday. Helena Strand / Northwind Herald",
 "Northwind Herald's reporting on this story is supported by readers. Sign up for our morning briefing.",
 "We aim to be accurate. If you spot an error, tell us.",
 "Related",
 "Lutavia rejects Kessarian claim of Hrabivka encirclement",
 "What we know about the Velnitsa prisoner swap",
 "Most read",
 "Storm warnings for the northern coast",
 "Ferry strike enters third day",
 "© 2026 Northwind Herald Media Ltd. Privacy · Terms · Contact us",
]
cl = [
 C(body[0], "factual", None, "E46", "unverified", "Northwind's own reporter at the venue; no other outlet describes the preparations."),
 C("Kessaria's foreign ministry repeated on Thursday that its delegation, led by Deputy Foreign Minister Gleb Sarkisov, would arrive in Castelvar on 19 March.", "prediction", "E:kes-fm", "E47", "unverified", "An announced Kessarian travel plan, from Kessaria only."),
 C("“The date was agreed through Orsenne's mediation and we intend to keep it,” Sarkisov said in Torvask.", "attributed", "E:sarkisov", "E8", "disputed", "Kessaria's claim of an agreed talks date; Lutavia's foreign minister says no date was agreed."),
 C("Lutavia's foreign minister, Iryna Vashchuk, said again that Velin had agreed to no date.", "denial", "E:vashchuk", "E9", "disputed", "Vashchuk contradicts the Kessarian talks date.", denies=["E8"]),
 C("“We are ready to talk about a ceasefire.", "position", "E:vashchuk", "E48", "unverified", "Lutavia's stated readiness to talk, from Vashchuk only."),
 C("We are not ready to be told by Torvask when and where,” Vashchuk said.", "position", "E:vashchuk", None, "unverified", "Vashchuk's stated refusal, from her only."),
 C("Orsenne's foreign ministry said it had proposed 20 March to both delegations and was still waiting for formal replies.", "attributed", "E:orsenne-fm", "E49", "unverified", "The neutral host's account, a single source; it neither confirms nor denies an agreed date."),
 C("The hall has been booked for the week, but invitations have not yet been sent, an official at the venue told Northwind Herald.", "attributed", "E:venue-official", None, "unverified", "One unnamed official; the 'but … not yet' clause denies nothing."),
 C("A delegation from the Permanent Humanitarian Commission is expected to arrive in Castelvar on Monday to prepare a second prisoner exchange, the commission said.", "prediction", "E:phc", "E50", "unverified", "A scheduled visit announced by the PHC only."),
 C("It said it will publish on Friday the names of the prisoners exchanged at Velnitsa, once families have been informed.", "prediction", "E:phc", "E12", "unverified", "The PHC's announced plan; all reports go back to the PHC."),
 C(body[5], "factual", None, "E7", "corroborated", "Northwind's own reporting, matching VBC's reporter and the neutral PHC."),
 C("On the battlefield there was no sign of a pause.", "factual", None, None, "unverified", "Northwind's own summary; the fighting is reported elsewhere but not this general statement."),
 C("Kessaria's defence ministry said on Thursday that its troops were “tightening the ring” around Hrabivka, the river town it says it encircled on Monday.", "attributed", "E:kes-mod", "E1", "disputed", "The Kessarian ministry's claim, denied by Lutavia's army commander and contradicted by a Western official."),
 C(body[7], "denial", "E:kravets", "E2", "disputed", "'The army's commander' is Gen. Kravets, denying the encirclement.", denies=["E1"]),
 C(body[8], "attributed", "E:western-official", "E2", "disputed", "An unnamed Western official's assessment contradicts the encirclement claim; this 'but' does deny.", denies=["E1"]),
 C(body[9], "prediction", "E:sarkisov", None, "not-checkable", "A forecast with a veiled threat."),
 C(body[10], "factual", None, None, "unverified", "Northwind's own background, reported only here."),
]
write_label("e08.html", "E", "Northwind Herald", "northwind-html", headline, "Northwind Herald", None, "2026-03-12",
 {"type": "own", "source": None}, body, clutter, cl)
print("done")
