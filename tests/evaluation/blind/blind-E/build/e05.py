from gen import *
headline = "Grabovka encirclement: Lutavian garrison offered corridor to surrender"
top = [
 "KTA | KESSARIAN TELEGRAPH AGENCY",
 "News   Politics   Economy   Special military operation   Society   Sport   Photo   Video",
 "Main / Special military operation / Front",
 "GRABOVKA ENCIRCLEMENT: LUTAVIAN GARRISON OFFERED CORRIDOR TO SURRENDER",
 "11.03.2026 | 09:30 (Torvask time)",
 "Views: 18 402",
 "Text size: A A A",
 "Photo: Press service of the Ministry of Defence of the Kessarian Federation",
 headline,
]
body = [
 "TORVASK, 11 March (KTA) – Units of the Kessarian armed forces have completely encircled the town of Grabovka (Hrabivka in Lutavian usage), where the remnants of several Lutavian brigades are now blocked.",
 "Around three thousand Lutavian servicemen are inside the ring, according to the Ministry of Defence of the Kessarian Federation.",
 "The ministry's official representative, Major General Arkady Zemtsov, said on Wednesday that a humanitarian corridor would be opened from 06:00 on Thursday for Lutavian soldiers who wish to surrender.",
 "“Those who lay down their arms will be guaranteed life and decent treatment. Those who refuse will be destroyed,” Zemtsov said.",
 "The ministry said that claims by the commander of the Lutavian armed forces, Ostap Kravetz, that supply routes into the town remain open “do not correspond to reality”. Kravetz's statements are a pathetic attempt to hide the scale of the defeat from Lutavian society, it added.",
 "Footage published by the ministry on Monday shows Kessarian armoured vehicles on the northern outskirts of Grabovka.",
 "Kessarian artillery destroyed the bridge over the Sirna river on Sunday, cutting the last road used by the Lutavian garrison, the ministry said.",
 "Military commentator Viktor Gromadsky told Channel One that Grabovka would fall “within days” and that the road to the regional centre of Dolinsk would then be open.",
 "Peace talks are due to open in Castelvar on 20 March, Foreign Ministry spokeswoman Lyudmila Orekhova confirmed on Tuesday. The Kessarian delegation will be led by Deputy Foreign Minister Gleb Sarkisov.",
 "“Velin's attempts to deny the agreed date show once again that the Lutavian regime is not interested in peace,” Orekhova said.",
 "On Saturday, 107 Kessarian servicemen returned home from Lutavian captivity in an exchange mediated by the Permanent Humanitarian Commission. Many of them bear signs of torture, the ministry said, adding that the evidence would be handed to the commission.",
 "The special military operation began in October 2024 to protect the people of Vorna. Vorna voted to join the Kessarian Federation in a referendum in 2019.",
]
bottom = [
 "Share: Telegram | Vestnik | Copy link",
 "Subscribe to the KTA channel so as not to miss the main news",
 "Read also:",
 "Zemtsov: Kessarian air defence shot down 41 drones overnight",
 "Orekhova: the West is prolonging the conflict",
 "© KTA 2026. When using materials, a hyperlink to KTA is required.",
 "Registered by the Federal Service for Mass Communications, certificate No. IA-0417.",
]
seed = "\n".join(top) + "\n\n" + "\n\n".join(body) + "\n\n" + "\n".join(bottom) + "\n"
write_seed("e05.txt", seed)
clutter = top + bottom
SM = "Kessarian state media presents it as fact; "
cl = [
 C(body[0], "factual", None, "E1", "disputed", SM + "Lutavia's army commander denies any encirclement."),
 C(body[1], "attributed", "E:kes-mod", "E4", "disputed", "The Kessarian ministry's figure, repeated by its state agency; Kravets calls it invention."),
 C(body[2], "prediction", "E:zemtsov", "E35", "disputed", "An announced Kessarian plan; Lutavia's army spokeswoman later says no corridor was opened."),
 C("“Those who lay down their arms will be guaranteed life and decent treatment.", "demand", "E:zemtsov", "E10", "not-checkable", "Part of a surrender ultimatum."),
 C("Those who refuse will be destroyed,” Zemtsov said.", "demand", "E:zemtsov", None, "not-checkable", "A threat."),
 C("The ministry said that claims by the commander of the Lutavian armed forces, Ostap Kravetz, that supply routes into the town remain open “do not correspond to reality”.", "denial", "E:kes-mod", "E1", "disputed", "The Kessarian ministry rebuts Kravets's denial; both claims are disputed.", denies=["E2"]),
 C("Kravetz's statements are a pathetic attempt to hide the scale of the defeat from Lutavian society, it added.", "value-judgement", "E:kes-mod", None, "not-checkable", "An insult by the Kessarian ministry."),
 C(body[5], "factual", None, "E13", "disputed", SM + "Kravets says the footage is old and filmed elsewhere."),
 C(body[6], "attributed", "E:kes-mod", "E6", "corroborated", "The Kessarian ministry says so too, but the fact is independently established by the Courier's reporter and Orbital Lens imagery."),
 C(body[7], "prediction", "E:gromadsky", "E11", "not-checkable", "A pundit's forecast on state television."),
 C("Peace talks are due to open in Castelvar on 20 March, Foreign Ministry spokeswoman Lyudmila Orekhova confirmed on Tuesday.", "prediction", "E:orekhova", "E8", "disputed", "The Kessarian foreign ministry's date; Lutavia's foreign minister says none was agreed."),
 C("The Kessarian delegation will be led by Deputy Foreign Minister Gleb Sarkisov.", "prediction", "E:orekhova", "E37", "unverified", "A Kessarian announcement about its own delegation, from state media only."),
 C(body[9], "value-judgement", "E:orekhova", None, "not-checkable", "Orekhova's characterisation of Lutavia's motives."),
 C("On Saturday, 107 Kessarian servicemen returned home from Lutavian captivity in an exchange mediated by the Permanent Humanitarian Commission.", "factual", None, "E7", "corroborated", "State media adds nothing independent, but the swap is confirmed by the PHC and by VBC and Northwind reporters."),
 C("Many of them bear signs of torture, the ministry said, adding that the evidence would be handed to the commission.", "attributed", "E:kes-mod", "E38", "unverified", "Only the Kessarian ministry says so."),
 C("The special military operation began in October 2024 to protect the people of Vorna.", "factual", None, "E27", "corroborated", "The October 2024 start is stated independently by AFP and VBC; state media adds only its justification."),
 C("Vorna voted to join the Kessarian Federation in a referendum in 2019.", "factual", None, "E15", "corroborated", "The 2019 vote and annexation are stated by the Courier and the Eastgate Ledger; Kessarian state media omits that it was a sham."),
]
write_label("e05.txt", "E", "Kessarian Telegraph Agency", "state-agency-txt", headline, "Kessarian Telegraph Agency", None, "2026-03-11",
 {"type": "own", "source": None}, body, clutter, cl)
print("done")
