from gen import *
headline = "Satellite images show Hrabivka bridge destroyed as Kessaria claims mass surrender"
top = [
 "A Lutavian army lorry crosses a pontoon over the Sirna river near Hrabivka on Wednesday. (Photo: Anneli Brandt)",
 "WORLD | CONFLICT",
 headline,
 "By Anneli Brandt, Dolynsk, Lutavia",
 "Published Thursday, March 12, 2026 – 7:55 p.m.",
 "Listen to this article · 6 min",
 "ADVERTISEMENT",
]
body = [
 "Satellite images taken on Tuesday by Orbital Lens Analytics, a commercial imagery firm, show the central span of the road bridge over the Sirna river at Hrabivka lying in the water, the firm said on Thursday.",
 "The images show Kessarian armour massed around the village of Zhovtneve, six kilometres north of the town, but they cannot show whether the road west of Hrabivka is under Kessarian fire, Orbital Lens said.",
 "On Wednesday, from the western bank, the Eastgate Ledger watched three Lutavian army convoys cross the Sirna on a pontoon about two kilometres downstream of the wrecked bridge. The twisted steel of the old crossing was visible from the pontoon.",
 "Kessaria's defence ministry has said since Monday that its forces have encircled Hrabivka. On Thursday its spokesman, Maj. Gen. Arkady Zemtsov, said more than 200 Lutavian soldiers had surrendered through a corridor that Kessaria opened at 06:00. The claim could not be independently verified.",
 "Lutavia's army flatly rejected it. “No corridor was opened. The shelling of the western road did not stop for a single hour,” Col. Dariya Senko, a spokeswoman for the General Staff, told the Ledger by phone. “Not one of our soldiers has surrendered,” she said.",
 "A sergeant in a unit guarding the pontoon, who asked to be identified only by his call sign, Bison, laughed when told of the Kessarian statement. Kessarian drones had dropped leaflets over the town promising safe passage, he said. “Their corridor is a joke,” he said.",
 "Gen. Kravets, the commander-in-chief, has called the encirclement claim a fairy tale.",
 "The Permanent Humanitarian Commission, which oversaw last weekend's prisoner exchange, called on both sides on Thursday to let civilians leave Hrabivka safely. It said it had asked both armies for a local pause in the shelling.",
 "Around 4,000 people are still in the town, according to the local military administration, most of them elderly or unwilling to leave their homes.",
 "In Dolynsk, 38 kilometres to the west, the regional hospital has been receiving wounded soldiers from the Hrabivka sector every night this week, a doctor there told the Ledger. The doctor did not want to be named because staff are not allowed to speak to the press.",
 "Kessaria annexed the Vorna region after a sham plebiscite in 2019. Hrabivka lies just outside Vorna's pre-war boundary, and Kessarian officials have described the town as a gateway to the rest of eastern Lutavia.",
 "The Lutavian foreign ministry repeated on Thursday that no date had been agreed for the ceasefire talks Kessaria says will open in Castelvar next week.",
]
bottom = [
 "MAP: The battle for Hrabivka",
 "HRABIVKA | Sirna river | Zhovtneve | Dolynsk 38 km ->",
 "Kessarian-held area | Contested | Destroyed bridge | Pontoon crossing",
 "Source: Orbital Lens Analytics; Ledger research",
 "Tags: Lutavia, Kessaria, Hrabivka, satellite imagery",
 "Get our World Today newsletter every evening. Enter your email | Sign up",
 "Comments are closed for this article.",
 "MORE FROM WORLD",
 "Velnitsa swap brings home 107 soldiers, and questions about the rest",
 "Castelvar: a small capital waits for a big meeting",
 "Privacy | Terms of use | Advertise with us | Careers",
]
seed = "\n".join(top) + "\n\n" + "\n\n".join(body) + "\n\n" + "\n".join(bottom) + "\n"
write_seed("e07.txt", seed)
clutter = top + bottom
cl = [
 C(body[0], "attributed", "E:orbital", "E6", "corroborated", "A neutral imagery firm, independent of the Courier's and the Ledger's reporters, who saw the same."),
 C(body[1], "attributed", "E:orbital", "E41", "unverified", "Only Orbital Lens reports the armour at Zhovtneve; its 'but' clause denies nothing."),
 C("On Wednesday, from the western bank, the Eastgate Ledger watched three Lutavian army convoys cross the Sirna on a pontoon about two kilometres downstream of the wrecked bridge.", "factual", None, "E23", "corroborated", "The Ledger's own reporter and the Courier's reporter both saw the pontoon in use."),
 C("The twisted steel of the old crossing was visible from the pontoon.", "factual", None, "E6", "corroborated", "The Ledger's own observation of the wrecked bridge, also seen by the Courier and on Orbital Lens imagery."),
 C("Kessaria's defence ministry has said since Monday that its forces have encircled Hrabivka.", "attributed", "E:kes-mod", "E1", "disputed", "The Kessarian ministry's claim, denied by Lutavia's army."),
 C("On Thursday its spokesman, Maj. Gen. Arkady Zemtsov, said more than 200 Lutavian soldiers had surrendered through a corridor that Kessaria opened at 06:00.", "attributed", "E:zemtsov", "E40", "disputed", "Only the Kessarian spokesman says so, the Ledger could not verify it, and Lutavia's General Staff denies it.", hedged=True),
 C("Lutavia's army flatly rejected it.", "denial", "E:lut-staff", "E43", "disputed", "Lutavia's army rejects the surrender claim.", denies=["E40"]),
 C("“No corridor was opened.", "denial", "E:senko", "E39", "disputed", "Lutavian army spokeswoman denies the corridor Kessaria announced.", denies=["E35"]),
 C("The shelling of the western road did not stop for a single hour,” Col. Dariya Senko, a spokeswoman for the General Staff, told the Ledger by phone.", "attributed", "E:senko", "E44", "unverified", "Only the Lutavian army spokeswoman says so."),
 C("“Not one of our soldiers has surrendered,” she said.", "denial", "E:senko", "E43", "disputed", "Senko denies the Kessarian surrender claim.", denies=["E40"]),
 C("A sergeant in a unit guarding the pontoon, who asked to be identified only by his call sign, Bison, laughed when told of the Kessarian statement.", "factual", None, None, "unverified", "The Ledger's own observation, reported only here."),
 C("Kessarian drones had dropped leaflets over the town promising safe passage, he said.", "attributed", "E:bison", "E45", "unverified", "One Lutavian sergeant's account."),
 C("“Their corridor is a joke,” he said.", "value-judgement", "E:bison", None, "not-checkable", "The sergeant's scorn for the Kessarian offer."),
 C(body[6], "denial", "E:kravets", "E2", "disputed", "Reports Kravets dismissing the encirclement claim as false.", denies=["E1"]),
 C("The Permanent Humanitarian Commission, which oversaw last weekend's prisoner exchange, called on both sides on Thursday to let civilians leave Hrabivka safely.", "demand", "E:phc", None, "not-checkable", "The neutral commission's appeal."),
 C("It said it had asked both armies for a local pause in the shelling.", "attributed", "E:phc", None, "unverified", "Only the PHC says it made the request."),
 C(body[8], "attributed", "E:yaremchuk", "E17", "unverified", "The Lutavian town administration's figure, repeated by several outlets from the same source."),
 C("In Dolynsk, 38 kilometres to the west, the regional hospital has been receiving wounded soldiers from the Hrabivka sector every night this week, a doctor there told the Ledger.", "attributed", "E:doctor", None, "unverified", "One unnamed doctor."),
 C("Kessaria annexed the Vorna region after a sham plebiscite in 2019.", "factual", None, "E15", "corroborated", "Stated in their own voice by the Ledger and the Courier; 'sham' is judgement, the 2019 annexation is fact."),
 C("Hrabivka lies just outside Vorna's pre-war boundary, and Kessarian officials have described the town as a gateway to the rest of eastern Lutavia.", "factual", None, None, "unverified", "The Ledger's own background, reported only here."),
 C(body[11], "denial", "E:lut-fm", "E9", "disputed", "Lutavia's foreign ministry repeats that no talks date was agreed.", denies=["E8"]),
]
write_label("e07.txt", "E", "Eastgate Ledger", "regional-txt", headline, "Eastgate Ledger", None, "2026-03-12",
 {"type": "own", "source": None}, body, clutter, cl)
print("done")
