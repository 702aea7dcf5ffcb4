from gen import *
top = [
 "The Continental Courier",
 "World > Europe > War in Lutavia",
 "KESSARIA-LUTAVIA WAR",
 "Kessaria says it has encircled Hrabivka; Lutavia's top general calls it \"a fairy tale\"",
 "By Marta Olsen in Dolynsk",
 "Follow the Courier on Mastodon and Bluesky",
 "9 March 2026, 19:42 CET | Updated 9 March 2026, 22:10 CET",
 "5 min read",
 "[Image] A Lutavian soldier walks past a burnt-out lorry on the road to Hrabivka on Monday.",
 "Photo: Marta Olsen / The Continental Courier",
]
body = [
 "Kessaria's defence ministry said on Monday that its forces had encircled Hrabivka, a river town in eastern Lutavia that has been under bombardment since January. The claim could not be independently verified.",
 "“The ring around Grabovka is closed,” the ministry's spokesman, Maj. Gen. Arkady Zemtsov, told a briefing in Torvask, using the Kessarian name for the town. He said about 3,000 Lutavian troops were “locked in” with no way out.",
 "Within hours, Lutavia's army commander, Gen. Ostap Kravets, rejected the claim. “There is no encirclement. Our supply roads are open and our units rotate in and out of the town every night,” Kravets said in a video address.",
 "The Kessarian ministry also released drone footage that it said showed its armoured vehicles on Hrabivka's northern outskirts. “That footage is weeks old and was not even filmed in Hrabivka,” he said.",
 "Kravets called the ministry's statement “a fairy tale for domestic consumption”. Talk of thousands of trapped soldiers was “pure invention”, he added.",
 "On the road from Dolynsk to Hrabivka on Monday afternoon, the Courier saw that the road bridge over the Sirna river, the main route into the town from the west, had been destroyed, its central span lying in the water. Lutavian military lorries were using a narrow pontoon crossing about two kilometres downstream.",
 "A Lutavian officer at a checkpoint outside the town, who gave only his first name, Andriy, said the pontoon came under artillery fire several times a day but was still in use. “They shoot, we repair, we drive,” he said.",
 "Independent military analysts have said for weeks that Kessarian units were pressing on Hrabivka from the north and east, but none has so far described the town as cut off.",
 "About 4,000 civilians remain in Hrabivka, according to Petro Yaremchuk, the head of the town's military administration. He urged those still there to leave while the pontoon crossing remains open.",
 "The fighting comes two days after the two countries swapped 214 prisoners of war at the Velnitsa border crossing, the largest exchange since the war began. The swap was overseen by the Permanent Humanitarian Commission, a neutral body based in Castelvar.",
 "Kessaria annexed Lutavia's Vorna region after a sham plebiscite in 2019 and launched a full-scale invasion in October 2024.",
 "Kessaria's foreign ministry said last week that ceasefire talks would open in Castelvar, the capital of neutral Orsenne, on 20 March. Lutavia has not confirmed the date.",
 "Kravets said on Monday that his forces would not withdraw from Hrabivka “under any circumstances”.",
]
appeal = "The Continental Courier is an independent newsroom. We rely on our readers. Become a member today from 3 euros a month."
bottom = [
 "Topics: Kessaria | Lutavia | War in Lutavia",
 "[Follow this topic]",
 "Share: Facebook | X | Email | Copy link",
 "Read more",
 "- Velnitsa swap: freed soldiers describe months in captivity",
 "- Explainer: why the Sirna river matters to both armies",
 "Comments (48)",
 "© 2026 The Continental Courier. All rights reserved.",
]
seed = "\n".join(top) + "\n\n" + "\n\n".join(wrap(p) for p in body) + "\n\n" + wrap(appeal) + "\n\n" + "\n".join(bottom) + "\n"
write_seed("e01.txt", seed)
clutter = top + appeal_lines if False else top + wrap(appeal).split("\n") + bottom
cl = [
 C(body[0].split(" The claim")[0], "attributed", "E:kes-mod", "E1", "disputed", "Only Kessaria's defence ministry says so, the Courier says it could not verify it, and Lutavia's army commander denies it.", hedged=True),
 C("“The ring around Grabovka is closed,” the ministry's spokesman, Maj. Gen. Arkady Zemtsov, told a briefing in Torvask, using the Kessarian name for the town.", "attributed", "E:zemtsov", "E1", "disputed", "Kessarian ministry spokesman's claim, denied by Gen. Kravets."),
 C("He said about 3,000 Lutavian troops were “locked in” with no way out.", "attributed", "E:zemtsov", "E4", "disputed", "Only the Kessarian ministry gives the 3,000 figure; Kravets calls it invention."),
 C("Within hours, Lutavia's army commander, Gen. Ostap Kravets, rejected the claim.", "denial", "E:kravets", "E2", "disputed", "Lutavia's army commander denies the Kessarian encirclement claim.", denies=["E1"]),
 C("“There is no encirclement.", "denial", "E:kravets", "E2", "disputed", "Kravets's own words rebutting the Kessarian claim.", denies=["E1"]),
 C("Our supply roads are open and our units rotate in and out of the town every night,” Kravets said in a video address.", "denial", "E:kravets", "E2", "disputed", "Kravets asserts open supply routes as a rebuttal of the encirclement claim.", denies=["E1"]),
 C("The Kessarian ministry also released drone footage that it said showed its armoured vehicles on Hrabivka's northern outskirts.", "attributed", "E:kes-mod", "E13", "disputed", "Kessarian ministry's description of its own footage; Kravets says it is old and filmed elsewhere."),
 C("“That footage is weeks old and was not even filmed in Hrabivka,” he said.", "denial", "E:kravets", "E14", "disputed", "Kravets (the 'he' of the quote) rebuts the ministry's footage.", denies=["E13"]),
 C("Kravets called the ministry's statement “a fairy tale for domestic consumption”.", "denial", "E:kravets", "E2", "disputed", "Calling the claim a fairy tale is Kravets dismissing it as false.", denies=["E1"]),
 C("Talk of thousands of trapped soldiers was “pure invention”, he added.", "denial", "E:kravets", "E5", "disputed", "Kravets denies the 3,000-trapped figure.", denies=["E4"]),
 C(body[5].split(" Lutavian military lorries")[0], "factual", None, "E6", "corroborated", "Seen by the Courier's own reporter; Orbital Lens Analytics imagery shows the same."),
 C("Lutavian military lorries were using a narrow pontoon crossing about two kilometres downstream.", "factual", None, "E23", "corroborated", "Seen by the Courier's reporter; the Eastgate Ledger's reporter saw the same pontoon."),
 C("A Lutavian officer at a checkpoint outside the town, who gave only his first name, Andriy, said the pontoon came under artillery fire several times a day but was still in use.", "attributed", "E:andriy", None, "unverified", "One Lutavian officer's account."),
 C("“They shoot, we repair, we drive,” he said.", "attributed", "E:andriy", None, "unverified", "The officer Andriy's description, unchecked."),
 C(body[7], "attributed", "E:analysts", "E19", "unverified", "Unnamed independent analysts; the 'but' clause denies nothing."),
 C("About 4,000 civilians remain in Hrabivka, according to Petro Yaremchuk, the head of the town's military administration.", "attributed", "E:yaremchuk", "E17", "unverified", "Only the Lutavian town administration gives the figure."),
 C("He urged those still there to leave while the pontoon crossing remains open.", "demand", "E:yaremchuk", None, "not-checkable", "An appeal by the town's administration head."),
 C("The fighting comes two days after the two countries swapped 214 prisoners of war at the Velnitsa border crossing, the largest exchange since the war began.", "factual", None, "E7", "corroborated", "Stated by several outlets' own reporting and by the neutral Permanent Humanitarian Commission."),
 C("The swap was overseen by the Permanent Humanitarian Commission, a neutral body based in Castelvar.", "factual", None, "E20", "corroborated", "The Courier and VBC each report it in their own voice; AFP and Kessarian state media say the same."),
 C(body[10], "factual", None, "E15", "corroborated", "Background stated in their own voice by the Courier and the Eastgate Ledger."),
 C("Kessaria's foreign ministry said last week that ceasefire talks would open in Castelvar, the capital of neutral Orsenne, on 20 March.", "prediction", "E:kes-fm", "E8", "disputed", "A date announced by Kessaria's foreign ministry; Lutavia's foreign minister says no date was agreed."),
 C("Lutavia has not confirmed the date.", "factual", None, None, "unverified", "The Courier's own note; not a denial, and no other outlet states it."),
 C(body[12], "position", "E:kravets", "E21", "unverified", "Kravets's stated refusal to withdraw, reported by the Courier only."),
]
write_label("e01.txt", "E", "The Continental Courier", "courier-txt",
 "Kessaria says it has encircled Hrabivka; Lutavia's top general calls it \"a fairy tale\"",
 "The Continental Courier", None, "2026-03-09", {"type": "own", "source": None}, body, clutter, cl)
print("done")
