from gen import *
from afp import A
headline = "Kessaria says Lutavian town ‘completely surrounded’, Velin says no"
body = [
 "Velin (AFP) – " + A["lead"].replace("Lutavia on Tuesday again rejected", "Lutavia on Tuesday rejected"),
 A["claim"],
 A["zem"],
 A["zem2"],
 A["hist"],
 A["krav"],
 A["krav2"],
 A["station"],
 A["shell"],
 A["swap"],
 A["phc"],
 A["talks"].replace("on March 20", "on 20 March"),
 "Lutavian Foreign Minister Iryna Vashchuk said on Tuesday that no date had been agreed.",
 A["bg"],
]
top = [
 "---",
 f'title: "{headline}"',
 "site_name: Harbourline Daily",
 "url: https://harbourline-daily.example/world/2026/03/10/kessaria-lutavia-hrabivka",
 "date: 2026-03-10T12:40:00+01:00",
 "byline: AFP",
 "excerpt: Kessaria's defence ministry says about 3,000 Lutavian troops are trapped.",
 "---",
 "",
 f"# {headline}",
 "",
 "*World · 10 March 2026 · 3 min read*",
 "",
 "![A Lutavian armoured vehicle near Hrabivka](https://harbourline-daily.example/img/hrabivka-apc.jpg)",
 "",
 "*A Lutavian armoured personnel carrier near Hrabivka on 9 March. Photo: AFP*",
 "",
]
bottom = [
 "",
 "*– AFP*",
 "",
 "---",
 "",
 "**Related coverage**",
 "",
 "- [Who are the prisoners freed at Velnitsa?](https://harbourline-daily.example/world/velnitsa-prisoners)",
 "- [Orsenne's quiet role as go-between](https://harbourline-daily.example/world/orsenne-mediator)",
 "",
 "*Harbourline Daily's world desk newsletter arrives every weekday at 7am. [Subscribe here](https://harbourline-daily.example/newsletters).*",
]
seed = "\n".join(top) + "\n" + "\n\n".join(body) + "\n" + "\n".join(bottom) + "\n"
write_seed("e03.md", seed)
clutter = [l for l in top + bottom if l.strip()]
cl = [
 C(body[0], "denial", "E:lut-gov", "E2", "disputed", "Lutavia rejects the Kessarian encirclement claim (same AFP story as e02).", denies=["E1"]),
 C(A["claim"].split(" AFP was")[0], "attributed", "E:kes-mod", "E1", "disputed", "Kessarian ministry claim in AFP copy, hedged by AFP and denied by Lutavia.", hedged=True),
 C("“They are completely surrounded,” ministry spokesman Arkady Zemtsov told reporters in Torvask.", "attributed", "E:zemtsov", "E1", "disputed", "Kessarian spokesman's present-tense claim, denied by Lutavia."),
 C("“Their only choice is to lay down their arms.”", "demand", "E:zemtsov", "E10", "not-checkable", "Kessarian ultimatum to the garrison."),
 C(A["zem2"], "attributed", "E:zemtsov", "E1", "disputed", "Kessarian spokesman's claim that the last road was cut, part of the encirclement claim Lutavia denies."),
 C(A["hist"], "factual", None, "E28", "unverified", "Background detail stated only by AFP (one source in two copies)."),
 C(A["krav"], "denial", "E:kravets", "E2", "disputed", "Lutavia's commander-in-chief denies the encirclement.", denies=["E1"]),
 C(A["krav2"], "attributed", "E:kravets", "E29", "unverified", "Kravets's own count of earlier Kessarian announcements, unchecked."),
 C(A["station"], "attributed", "E:lut-staff", "E3", "unverified", "Only Lutavia's General Staff says so."),
 C(A["shell"], "attributed", "E:regional-officials", "E30", "unverified", "Lutavian regional officials only, via AFP."),
 C(A["swap"], "factual", None, "E7", "corroborated", "Reported in several outlets' own voice and by the neutral PHC."),
 C(A["phc"], "attributed", "E:phc", "E7", "corroborated", "The neutral PHC confirms the exchange took place, as outlets' own reporters do."),
 C(A["talks"].replace("on March 20", "on 20 March"), "prediction", "E:kes-fm", "E8", "disputed", "Kessarian foreign ministry's announced date, contradicted by Lutavia's foreign minister."),
 C("Lutavian Foreign Minister Iryna Vashchuk said on Tuesday that no date had been agreed.", "denial", "E:vashchuk", "E9", "disputed", "Lutavia's foreign minister says no talks date was agreed.", denies=["E8"]),
 C(A["bg"], "factual", None, "E27", "corroborated", "Background stated by AFP and in own voice by the Courier and VBC."),
]
write_label("e03.md", "E", "Harbourline Daily", "readermode-md", headline, "Harbourline Daily", "AFP", "2026-03-10",
 {"type": "wire", "source": "AFP"}, body, clutter, cl)
print("done")
