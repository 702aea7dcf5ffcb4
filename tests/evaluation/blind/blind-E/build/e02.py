from gen import *
from afp import A
body = [
 "VELIN, March 10 (AFP) - " + A["lead"],
 A["claim"], A["zem"], A["zem2"], A["hist"], A["krav"], A["krav2"], A["attache"], A["station"], A["shell"], A["swap"], A["phc"], A["medical"], A["talks"], A["orsenne"], A["vash"], A["terr"], A["bg"],
]
headline = "Lutavia rejects Kessarian claim of Hrabivka encirclement"
ps = "\n".join(f"      <p>{H.escape(p, quote=False)}</p>" for p in body)
seed = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{headline} | Northwind Herald</title>
  <meta property="og:site_name" content="Northwind Herald">
  <meta property="og:title" content="{headline}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2026-03-10T11:05:00+00:00">
  <meta property="article:section" content="World">
  <script type="application/ld+json">
  {{"@context":"https://schema.org","@type":"NewsArticle","headline":"{headline}","datePublished":"2026-03-10T11:05:00+00:00","dateModified":"2026-03-10T13:20:00+00:00","author":{{"@type":"Organization","name":"AFP"}},"publisher":{{"@type":"Organization","name":"Northwind Herald"}},"articleSection":"World"}}
  </script>
  <link rel="stylesheet" href="/static/nh-2026.css">
</head>
<body class="article-page">
  <header class="masthead">
    <a class="logo" href="/">Northwind Herald</a>
    <nav class="primary"><a href="/news">News</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/subscribe" class="cta">Subscribe</a></nav>
  </header>
  <main>
    <article class="story story--wire">
      <div class="kicker">Kessaria-Lutavia war</div>
      <h1 class="headline">{headline}</h1>
      <div class="byline">By AFP</div>
      <time datetime="2026-03-10T11:05:00+00:00">March 10, 2026 · 11:05 GMT</time>
      <figure class="lead-image">
        <img src="/img/2026/03/hrabivka-smoke.jpg" alt="">
        <figcaption>Smoke rises over the outskirts of Hrabivka, eastern Lutavia, on March 9. <span class="credit">(AFP via Getty Images)</span></figcaption>
      </figure>
      <div class="story-body">
      <p><em>Northwind Herald's reporting on this story is supported by readers. Sign up for our morning briefing.</em></p>
{ps}
      </div>
      <div class="share">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
    </article>
    <aside class="related">
      <h2>More on the war</h2>
      <ul>
        <li><a href="/world/velnitsa-swap">What we know about the Velnitsa prisoner swap</a></li>
        <li><a href="/world/castelvar-hosts">Castelvar prepares for talks that may not happen</a></li>
      </ul>
    </aside>
    <aside class="newsletter">Get the Northwind morning briefing in your inbox. <button>Sign up</button></aside>
  </main>
  <footer>
    <p>&copy; 2026 Northwind Herald Media Ltd. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact us</a></p>
  </footer>
</body>
</html>
"""
write_seed("e02.html", seed)
clutter = [
 "Lutavia rejects Kessarian claim of Hrabivka encirclement | Northwind Herald",
 "Northwind Herald",
 "News World Business Opinion Culture Subscribe",
 "Kessaria-Lutavia war",
 headline,
 "By AFP",
 "March 10, 2026 · 11:05 GMT",
 "Smoke rises over the outskirts of Hrabivka, eastern Lutavia, on March 9.",
 "(AFP via Getty Images)",
 "Northwind Herald's reporting on this story is supported by readers. Sign up for our morning briefing.",
 "Share this article: Facebook X WhatsApp Email",
 "More on the war",
 "What we know about the Velnitsa prisoner swap",
 "Castelvar prepares for talks that may not happen",
 "Get the Northwind morning briefing in your inbox. Sign up",
 "© 2026 Northwind Herald Media Ltd. Privacy · Terms · Contact us",
]
W = "AFP wire copy; "
cl = [
 C(body[0], "denial", "E:lut-gov", "E2", "disputed", "Lutavia rejects the Kessarian encirclement claim (AFP).", denies=["E1"]),
 C(A["claim"].split(" AFP was")[0], "attributed", "E:kes-mod", "E1", "disputed", "Kessarian ministry claim carried by AFP, which says it could not verify it; denied by Lutavia.", hedged=True),
 C("“They are completely surrounded,” ministry spokesman Arkady Zemtsov told reporters in Torvask.", "attributed", "E:zemtsov", "E1", "disputed", "A present-tense claim by the Kessarian spokesman, denied by Lutavia."),
 C("“Their only choice is to lay down their arms.”", "demand", "E:zemtsov", "E10", "not-checkable", "Kessarian ultimatum to the Lutavian garrison."),
 C(A["zem2"], "attributed", "E:zemtsov", "E1", "disputed", "Kessarian spokesman's claim that the last road was cut, part of the encirclement claim Lutavia denies."),
 C(A["hist"], "factual", None, "E28", "unverified", "Background detail stated only by AFP."),
 C(A["krav"], "denial", "E:kravets", "E2", "disputed", "Lutavia's commander-in-chief denies the encirclement.", denies=["E1"]),
 C(A["krav2"], "attributed", "E:kravets", "E29", "unverified", "Kravets's own count of earlier Kessarian announcements, unchecked."),
 C(A["attache"], "attributed", "E:attache", "E24", "unverified", "One unnamed Western attaché, via AFP."),
 C(A["station"], "attributed", "E:lut-staff", "E3", "unverified", "Only Lutavia's General Staff says so; 'insisted' introduces a factual assertion, not a demand."),
 C(A["shell"], "attributed", "E:regional-officials", "E30", "unverified", "Lutavian regional officials only, via AFP."),
 C(A["swap"], "factual", None, "E7", "corroborated", "The swap is reported in several outlets' own voice and by the neutral PHC."),
 C(A["phc"], "attributed", "E:phc", "E7", "corroborated", "The neutral PHC confirms the exchange took place, as outlets' own reporters do."),
 C(A["medical"], "attributed", "E:lut-pow", "E25", "unverified", "Only the Lutavian prisoner-of-war headquarters gives the figure."),
 C(A["talks"], "prediction", "E:kes-fm", "E8", "disputed", "A date announced by Kessaria's foreign ministry; Lutavia's foreign minister says none was agreed."),
 C(A["orsenne"], "position", "E:orsenne-fm", "E31", "unverified", "Orsenne's stated readiness to host; its 'but' clause does not deny the date."),
 C("Lutavian Foreign Minister Iryna Vashchuk said on Tuesday that no date had been agreed.", "denial", "E:vashchuk", "E9", "disputed", "Lutavia's foreign minister contradicts the announced talks date.", denies=["E8"]),
 C("“Torvask is announcing dates for meetings that nobody has agreed to,” she said.", "denial", "E:vashchuk", "E9", "disputed", "Vashchuk rebuts the Kessarian talks date.", denies=["E8"]),
 C(A["terr"], "position", "E:vashchuk", "E26", "unverified", "Vashchuk's stated position; only quoted, not independently established."),
 C(A["bg"], "factual", None, "E27", "corroborated", "Background stated by AFP and in own voice by the Courier and VBC."),
]
write_label("e02.html", "E", "Northwind Herald", "northwind-html", headline, "Northwind Herald", "AFP", "2026-03-10",
 {"type": "wire", "source": "AFP"}, body, clutter, cl)
print("done")
