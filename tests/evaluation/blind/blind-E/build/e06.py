from gen import *
top = [
 "[View in browser](https://frontlinedigest.example/p/issue-87)",
 "",
 "**FRONTLINE DIGEST** · Issue 87 · Wednesday 11 March 2026",
 "",
 "*By Tomas Reinholt · 4 min read*",
 "",
 "## Today",
 "",
 "",
]
body = [
 "Good morning. The big story from the east is Hrabivka, the river town on the Sirna that Kessaria says it has encircled.",
 "The Continental Courier's Marta Olsen, one of the few foreign reporters to get near the town this week, reports that the road bridge over the Sirna has been destroyed. Lutavian army lorries are now crossing on a pontoon about two kilometres downstream, she writes.",
 "According to the Courier, Kessaria's defence ministry says about 3,000 Lutavian soldiers are “locked in” the town. Lutavia's army commander, Gen. Ostap Kravets, called that figure “pure invention” in a video address, the paper reports.",
 "Kessaria's defence ministry has also put out drone footage that it says shows its armour on Hrabivka's northern outskirts. Kravets says the video is weeks old and was shot somewhere else.",
 "Kravets also insists that the supply roads into Hrabivka are open and that his units rotate in and out every night. He also vowed, the Courier reports, that his forces would not withdraw from the town “under any circumstances”.",
 "Kessarian forces have reportedly taken several villages north of Hrabivka in the past week. Independent analysts quoted by the Courier say Kessarian units are pressing on the town from the north and east, but none of them describes Hrabivka as cut off.",
 "The head of the town's military administration, Petro Yaremchuk, reportedly puts the number of civilians still in Hrabivka at about 4,000.",
 "My read: Torvask has announced encirclements of this town before, and it is worth waiting for something firmer than a ministry briefing before drawing a line on the map.",
 "Elsewhere, Kessaria is still talking up ceasefire talks in Castelvar on 20 March. Lutavia's foreign minister, Irena Vashchuk, says no date has been agreed.",
 "And one piece of good news: Saturday's swap at Velnitsa, 214 prisoners in all and 107 a side, went ahead under the eye of the Permanent Humanitarian Commission. Expect the commission's list of names on Friday.",
]
bottom = [
 "",
 "---",
 "",
 "That's it for today. Forward this to a friend who needs it.",
 "",
 "*Frontline Digest is reader-supported. [Upgrade to paid](https://frontlinedigest.example/subscribe) to get the Sunday map briefing.*",
 "",
 "[Like](https://frontlinedigest.example/p/issue-87/like) · [Comment](https://frontlinedigest.example/p/issue-87/comments) · [Restack](https://frontlinedigest.example/p/issue-87/restack)",
 "",
 "You are receiving this because you subscribed to Frontline Digest. [Unsubscribe](https://frontlinedigest.example/unsubscribe) · [Manage preferences](https://frontlinedigest.example/account)",
]
seed = "\n".join(top) + "\n\n".join(body) + "\n" + "\n".join(bottom) + "\n"
write_seed("e06.md", seed)
clutter = [l for l in top + bottom if l.strip()]
CITE = "Retold from the Continental Courier (one source with e01); "
cl = [
 C("The big story from the east is Hrabivka, the river town on the Sirna that Kessaria says it has encircled.", "attributed", "E:kes-gov", "E1", "disputed", "Kessaria's claim, denied by Lutavia's army commander."),
 C("The Continental Courier's Marta Olsen, one of the few foreign reporters to get near the town this week, reports that the road bridge over the Sirna has been destroyed.", "attributed", "E:courier", "E6", "corroborated", CITE + "the Courier's reporter and Orbital Lens imagery are two independent sources."),
 C("Lutavian army lorries are now crossing on a pontoon about two kilometres downstream, she writes.", "attributed", "E:olsen", "E23", "corroborated", CITE + "the Eastgate Ledger's reporter saw the same pontoon."),
 C("According to the Courier, Kessaria's defence ministry says about 3,000 Lutavian soldiers are “locked in” the town.", "attributed", "E:kes-mod", "E4", "disputed", "Kessarian ministry figure via the Courier; Kravets denies it."),
 C("Lutavia's army commander, Gen. Ostap Kravets, called that figure “pure invention” in a video address, the paper reports.", "denial", "E:kravets", "E5", "disputed", "Kravets denies the 3,000-trapped figure.", denies=["E4"]),
 C("Kessaria's defence ministry has also put out drone footage that it says shows its armour on Hrabivka's northern outskirts.", "attributed", "E:kes-mod", "E13", "disputed", "The Kessarian ministry's description of its footage; Kravets disputes it."),
 C("Kravets says the video is weeks old and was shot somewhere else.", "denial", "E:kravets", "E14", "disputed", "Kravets rebuts the footage claim.", denies=["E13"]),
 C("Kravets also insists that the supply roads into Hrabivka are open and that his units rotate in and out every night.", "denial", "E:kravets", "E2", "disputed", "'Insists' introduces Kravets's factual rebuttal of the encirclement claim.", denies=["E1"]),
 C("He also vowed, the Courier reports, that his forces would not withdraw from the town “under any circumstances”.", "position", "E:kravets", "E21", "unverified", "Kravets's refusal to withdraw, known only through the Courier."),
 C("Kessarian forces have reportedly taken several villages north of Hrabivka in the past week.", "factual", None, "E32", "unverified", "Hedged with 'reportedly', as in VBC; neither outlet vouches for it.", hedged=True),
 C("Independent analysts quoted by the Courier say Kessarian units are pressing on the town from the north and east, but none of them describes Hrabivka as cut off.", "attributed", "E:analysts", "E19", "unverified", "Unnamed analysts via the Courier only; the 'but' clause denies nothing."),
 C(body[6], "attributed", "E:yaremchuk", "E17", "unverified", "The Lutavian administration's figure, hedged with 'reportedly'.", hedged=True),
 C(body[7], "value-judgement", "E:reinholt", None, "not-checkable", "The newsletter author's opinion."),
 C("Elsewhere, Kessaria is still talking up ceasefire talks in Castelvar on 20 March.", "prediction", "E:kes-gov", "E8", "disputed", "Kessaria's announced date; Lutavia's foreign minister says none was agreed."),
 C("Lutavia's foreign minister, Irena Vashchuk, says no date has been agreed.", "denial", "E:vashchuk", "E9", "disputed", "Vashchuk contradicts the Kessarian talks date.", denies=["E8"]),
 C("And one piece of good news: Saturday's swap at Velnitsa, 214 prisoners in all and 107 a side, went ahead under the eye of the Permanent Humanitarian Commission.", "factual", None, "E7", "corroborated", "Confirmed by the PHC and by VBC's and Northwind's own reporters."),
 C("Expect the commission's list of names on Friday.", "prediction", "E:reinholt", "E12", "unverified", "Repeats the PHC's announced plan; only the PHC is behind it."),
]
write_label("e06.md", "E", "Frontline Digest", "newsletter-md", None, "Frontline Digest", None, "2026-03-11",
 {"type": "cites", "source": "The Continental Courier"}, body, clutter, cl)
print("done")
