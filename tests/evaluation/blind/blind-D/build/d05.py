import sys; sys.path.insert(0,'/tmp/blindD'); from mk import *
raw = open('/work/blind-work/blind-D/seeds/d05.md').read().split("\n")
body = [
"Good morning. Today's issue is all about the Hallen Strait.",
"The best on-the-ground reporting so far comes from the Continental Courier, whose correspondent went down to the fish quay at Kesh Amar on Wednesday and found the Amrun Tessel tied up with its bow stove in.",
"According to the Courier, the first mate, Karim Azzeddin, says the Drevanian patrol ship Varnel hosed the wheelhouse with its water cannon at least ten minutes before the collision, hard enough to break the windows.",
"Drevania's coast guard, in a version that could not be independently verified either, says the trawler turned into the Varnel on purpose after ignoring orders to stop. The coast guard says the hoses came out only after the collision.",
"The skipper, Sadiq Orrani, is reportedly still in Drevanian custody in Halsgard.",
"The Courier also relayed data from SeaTrace showing that the Amrun Tessel's AIS transponder went quiet for roughly an hour and twenty minutes before the collision, which Ardenholm says proves the trawler was \"running dark\". Azzeddin's answer, per the Courier, is that the set had been faulty for weeks.",
"Satellite pictures from Orbitra Analytics put the two hulls side by side at 05:52 on Tuesday, but they do not settle who turned into whom.",
"Marekand's foreign ministry, through its spokeswoman Yusra Haddane, has called the Drevanian account \"a fabrication\".",
"Both governments have reached for the loudest words available, piracy in one capital and fabrication in the other, and neither has yet shown the public a single frame of video.",
"Drevania's coast guard has promised footage from the Varnel's bridge cameras. If the footage shows what Commander Reyvik says it shows, Sahrun will have a very uncomfortable day at the Littoral States Forum meeting in Velmora next week.",
"Until then, treat every confident claim about who rammed whom with suspicion.",
"Two brokers told me that underwriters at the Eastshore Marine Club raised war-risk premiums for strait transits on Wednesday, to 0.05 percent of hull value. The grain carriers I follow are still sailing, for now.",
]
clutter = [l for l in raw if l.strip() and l not in body]
print(sum(len(p.split()) for p in body)); print(clutter)
claims = [
C(body[1], "attributed", "D:courier", "D6", "corroborated", "Retells the Courier's own observation, which Orbitra's imagery independently matches."),
C(body[2], "attributed", "D:azzeddin", "D3", "disputed", "The first mate's water-cannon account, relayed from the Courier, is denied by the Drevanian Coast Guard."),
C("Drevania's coast guard, in a version that could not be independently verified either, says the trawler turned into the Varnel on purpose after ignoring orders to stop.", "attributed", "D:dcg", "D1", "disputed", "The coast guard's ramming claim is hedged here and denied by Marekand.", hedged=True),
C("The coast guard says the hoses came out only after the collision.", "denial", "D:dcg", "D4", "disputed", "The coast guard denies using water cannon before the collision.", denies=["D3"]),
C(body[4], "factual", None, "D7", "unverified", "Hedged ('reportedly'); only the two governments say the skipper is held in Halsgard.", hedged=True),
C("The Courier also relayed data from SeaTrace showing that the Amrun Tessel's AIS transponder went quiet for roughly an hour and twenty minutes before the collision, which Ardenholm says proves the trawler was \"running dark\".", "attributed", "D:seatrace", "D8", "disputed", "SeaTrace's data, relayed via the Courier, are contradicted by Marekand's foreign ministry."),
C("Azzeddin's answer, per the Courier, is that the set had been faulty for weeks.", "attributed", "D:azzeddin", "D32", "unverified", "Only the first mate says so."),
C(body[6], "attributed", "D:orbitra", "D5", "corroborated", "Orbitra's imagery; the 'but' clause only says the pictures do not settle blame and denies nothing."),
C(body[7], "denial", "D:haddane", "D2", "disputed", "Marekand's spokeswoman dismisses the ramming claim as a fabrication.", denies=["D1"]),
C(body[8], "value-judgement", "D:vance", None, "not-checkable", "The newsletter author's characterisation of both governments."),
C("Drevania's coast guard has promised footage from the Varnel's bridge cameras.", "prediction", "D:dcg", "D11", "unverified", "The coast guard's announced plan, stated only by the coast guard."),
C("If the footage shows what Commander Reyvik says it shows, Sahrun will have a very uncomfortable day at the Littoral States Forum meeting in Velmora next week.", "prediction", "D:vance", None, "not-checkable", "The author's conditional forecast."),
C(body[10], "demand", "D:vance", None, "not-checkable", "The author's advice to readers."),
C("Two brokers told me that underwriters at the Eastshore Marine Club raised war-risk premiums for strait transits on Wednesday, to 0.05 percent of hull value.", "attributed", "D:brokers", None, "unverified", "Only two unnamed brokers say so."),
C("The grain carriers I follow are still sailing, for now.", "factual", None, None, "unverified", "Only the newsletter author says so."),
]
write("d05","md","Harbour Lines","newsletter-md","Two stories, one crushed bow","Harbour Lines",None,"2026-03-12",{"type":"cites","source":"The Continental Courier"},body,clutter,claims)
