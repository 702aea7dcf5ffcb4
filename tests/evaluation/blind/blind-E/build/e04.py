from gen import *
headline = "Freed soldiers describe captivity as battle for Hrabivka rages"
body = [
 "VELIN (VBC) – Three white buses crossed the Velnitsa bridge from the Kessarian side shortly after noon on Saturday, carrying 107 Lutavian soldiers home in the largest prisoner exchange of the war.",
 "At the same moment, 107 Kessarian servicemen walked the other way. Staff of the Permanent Humanitarian Commission, the neutral body that brokered the swap, checked every name against their lists before the barrier was lifted.",
 "Serhiy Lytvyn, a 34-year-old marine who was captured in the spring of 2025, wept as he stepped off the bus. He said prisoners in the camp where he was held were beaten during interrogations and fed once a day. “It was hell, and there are still thousands of our men there,” he said.",
 "Kessaria has denied mistreating prisoners of war and says it treats them in line with international law.",
 "Lutavia's Coordination Headquarters for the Treatment of Prisoners of War said 14 of the returning soldiers needed urgent medical care, and that two were being treated in intensive care in Velin.",
 "Sabine Aurel, who heads the commission's field office, said a second exchange had been agreed in principle. “There is a will on both sides, but there is no date yet,” she said. The commission said it will publish the full list of names on Friday, once families have been told.",
 "The relief at Velnitsa was overshadowed by fighting 140 kilometres to the east, around the river town of Hrabivka.",
 "On Monday Kessaria's defence ministry announced that its troops had completely encircled the town. Col. Dariya Senko, a spokeswoman for Lutavia's General Staff, told VBC that Kessarian forces had “not come close” to closing the road west of Hrabivka. “Our units are inside the town and they are supplied,” she said.",
 "Kessarian forces have reportedly taken several villages north of Hrabivka in the past week.",
 "Petro Yaremchuk, who runs the town's military administration, said about four thousand civilians were still living there, most of them elderly. He said evacuation buses would leave from the central square every morning while the crossing over the Sirna stayed open.",
 "Most of the families waiting at Velnitsa had travelled from the west of the country. Olena Marchuk, whose son has been missing since last summer, held up a photograph to every bus. “He was not on this one. Maybe the next,” she said.",
 "Kessaria launched its full-scale invasion of Lutavia in October 2024. Both governments say they are holding several thousand prisoners, though neither has published exact figures.",
]
ps = "\n".join(f"    <p>{H.escape(p, quote=False)}</p>" for p in body)
seed = f"""<html>
<head>
<title>Freed soldiers describe captivity as battle for Hrabivka rages</title>
<link rel="stylesheet" href="/assets/site.min.css">
</head>
<body>
<div id="top-bar">
  <a href="/"><img src="/assets/logo.svg" alt="VBC"></a>
  <ul class="menu"><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/lutavia-live">Lutavia Live</a></li><li><a href="/audio">Audio</a></li><li><a href="/weather">Weather</a></li></ul>
  <a class="listen-live" href="/radio">&#9654; Listen live</a>
</div>
<div class="content-wrap">
  <div class="breadcrumbs"><a href="/world">World</a> › <a href="/world/europe">Europe</a></div>
  <h2 class="story-title">{headline}</h2>
  <div class="meta"><span class="author">Jonas Vestergaard, Velnitsa</span> <span class="date">Tuesday 10 March 2026 08:15</span></div>
  <div class="media">
    <img src="/media/2026/velnitsa-buses.jpg" width="960">
    <p class="caption">Freed Lutavian prisoners of war arrive at the Velnitsa crossing on Saturday.</p>
    <p class="image-note">This image has been edited to blur the faces of prisoners of war.</p>
  </div>
  <div class="text">
{ps}
  </div>
  <div class="after-article">
    <p class="tags">More on: <a href="/tag/lutavia">Lutavia</a> <a href="/tag/prisoners">Prisoners of war</a> <a href="/tag/hrabivka">Hrabivka</a></p>
    <p class="promo">Listen: our correspondents on the road to Hrabivka, in this week's Frontlines podcast.</p>
  </div>
</div>
<div class="ad-slot">Advertisement</div>
<div id="footer"><a href="/contact">Contact</a> | <a href="/complaints">Complaints</a> | <a href="/accessibility">Accessibility</a><br>&copy; 2026 All rights reserved</div>
</body>
</html>
"""
write_seed("e04.html", seed)
clutter = [
 "Freed soldiers describe captivity as battle for Hrabivka rages",
 "Home World Lutavia Live Audio Weather",
 "▶ Listen live",
 "World › Europe",
 headline,
 "Jonas Vestergaard, Velnitsa",
 "Tuesday 10 March 2026 08:15",
 "Freed Lutavian prisoners of war arrive at the Velnitsa crossing on Saturday.",
 "This image has been edited to blur the faces of prisoners of war.",
 "More on: Lutavia Prisoners of war Hrabivka",
 "Listen: our correspondents on the road to Hrabivka, in this week's Frontlines podcast.",
 "Advertisement",
 "Contact | Complaints | Accessibility",
 "© 2026 All rights reserved",
]
cl = [
 C(body[0], "factual", None, "E7", "corroborated", "VBC's own reporter at Velnitsa; the neutral PHC and other outlets' reporters confirm the swap."),
 C("At the same moment, 107 Kessarian servicemen walked the other way.", "factual", None, "E7", "corroborated", "VBC's own reporting of the 107-for-107 swap, confirmed by the PHC."),
 C("Staff of the Permanent Humanitarian Commission, the neutral body that brokered the swap, checked every name against their lists before the barrier was lifted.", "factual", None, "E20", "corroborated", "VBC's own reporting; the Courier and Northwind Herald also state the PHC oversaw the swap."),
 C("Serhiy Lytvyn, a 34-year-old marine who was captured in the spring of 2025, wept as he stepped off the bus.", "factual", None, None, "unverified", "VBC's own observation, reported by no one else."),
 C("He said prisoners in the camp where he was held were beaten during interrogations and fed once a day.", "attributed", "E:lytvyn", "E33", "disputed", "One freed Lutavian soldier's account; Kessaria denies mistreating prisoners."),
 C("“It was hell, and there are still thousands of our men there,” he said.", "value-judgement", "E:lytvyn", None, "not-checkable", "A freed prisoner's characterisation of captivity."),
 C(body[3], "denial", "E:kes-gov", "E34", "disputed", "Kessaria's general denial of mistreating prisoners, contradicting Lytvyn's account.", denies=["E33"]),
 C(body[4], "attributed", "E:lut-pow", "E25", "unverified", "Only the Lutavian prisoner-of-war headquarters gives the figure."),
 C("Sabine Aurel, who heads the commission's field office, said a second exchange had been agreed in principle.", "attributed", "E:aurel", "E16", "unverified", "Stated only by the PHC, a single neutral source."),
 C("“There is a will on both sides, but there is no date yet,” she said.", "attributed", "E:aurel", "E16", "unverified", "Aurel's 'but' sentence contradicts nothing; no date is set for the second swap."),
 C("The commission said it will publish the full list of names on Friday, once families have been told.", "prediction", "E:phc", "E12", "unverified", "An announced plan by the PHC, reported from that one source."),
 C(body[6], "factual", None, None, "unverified", "VBC's framing; the distance is stated only here."),
 C("On Monday Kessaria's defence ministry announced that its troops had completely encircled the town.", "attributed", "E:kes-mod", "E1", "disputed", "The Kessarian ministry's claim, denied by Lutavia's army."),
 C("Col. Dariya Senko, a spokeswoman for Lutavia's General Staff, told VBC that Kessarian forces had “not come close” to closing the road west of Hrabivka.", "denial", "E:senko", "E2", "disputed", "Lutavian army spokeswoman rebuts the encirclement claim.", denies=["E1"]),
 C("“Our units are inside the town and they are supplied,” she said.", "denial", "E:senko", "E2", "disputed", "Senko asserts supply as a rebuttal of the encirclement.", denies=["E1"]),
 C(body[8], "factual", None, "E32", "unverified", "VBC says 'reportedly' and does not vouch for it; Frontline Digest repeats it with the same hedge.", hedged=True),
 C("Petro Yaremchuk, who runs the town's military administration, said about four thousand civilians were still living there, most of them elderly.", "attributed", "E:yaremchuk", "E17", "unverified", "Only the Lutavian town administration gives the figure."),
 C("He said evacuation buses would leave from the central square every morning while the crossing over the Sirna stayed open.", "prediction", "E:yaremchuk", None, "unverified", "An announced evacuation plan, from the town administration only."),
 C("Most of the families waiting at Velnitsa had travelled from the west of the country.", "factual", None, None, "unverified", "VBC's own observation only."),
 C("Olena Marchuk, whose son has been missing since last summer, held up a photograph to every bus.", "factual", None, None, "unverified", "VBC's own observation only."),
 C("“He was not on this one.", "attributed", "E:marchuk", None, "unverified", "A mother's remark, unchecked."),
 C("Kessaria launched its full-scale invasion of Lutavia in October 2024.", "factual", None, "E27", "corroborated", "Background stated by VBC's own reporting and by AFP."),
 C("Both governments say they are holding several thousand prisoners, though neither has published exact figures.", "attributed", "E:both-govs", None, "unverified", "Both governments' statements, not independently checked."),
]
write_label("e04.html", "E", "VBC", "broadcaster-html", headline, "VBC", None, "2026-03-10",
 {"type": "own", "source": None}, body, clutter, cl)
print("done")
