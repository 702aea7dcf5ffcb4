import sys; sys.path.insert(0,'/tmp/blindD'); from mk import *
from d04_body import body
raw = open('/work/blind-work/blind-D/seeds/d04.txt').read().split("\n")
# clutter = non-empty lines not belonging to body paragraphs
import textwrap
bodylines = set()
for p in body + []:
    for l in textwrap.fill(p, 72, break_long_words=False, break_on_hyphens=False).split("\n"): bodylines.add(l)
clutter = [l for l in raw if l.strip() and l not in bodylines]
D1 = "The coast guard's ramming claim is denied by Marekand's foreign ministry and the trawler's crew."
D3 = "The first mate's water-cannon account is denied by the Drevanian Coast Guard."
claims = [
C(body[0], "factual", None, "D6", "corroborated", "The Courier's reporter saw the damaged trawler at Kesh Amar, and Orbitra's imagery shows it moored there with bow damage."),
C(body[1], "factual", None, "D22", "unverified", "Only the Courier reports independently that ten crew brought the trawler back; the other sources are the two governments."),
C(body[2], "factual", None, "D5", "corroborated", "Time and place of the collision are stated by AFP, the Courier and Tidewater and match Orbitra's imagery."),
C("Drevania's coast guard says the trawler rammed its patrol ship, the Varnel, on purpose after ignoring orders to stop.", "attributed", "D:dcg", "D1", "disputed", D1),
C("Its spokesman, Commander Tomas Reyvik, said on Tuesday that the skipper had \"aimed his vessel\" at the Varnel.", "attributed", "D:reyvik", "D1", "disputed", D1),
C("Karim Azzeddin, the trawler's first mate, said the patrol ship had turned its water cannon on the wheelhouse at least ten minutes before the two hulls met.", "attributed", "D:azzeddin", "D3", "disputed", D3),
C("The Drevanian Coast Guard says its crew used the hoses only afterwards.", "denial", "D:dcg", "D4", "disputed", "The coast guard contradicts the claim that the Varnel used water cannon before the collision.", denies=["D3"]),
C("\"They were blasting us before we ever touched, and the wheelhouse windows broke,\" he said, pointing to plywood nailed over the empty frames.", "attributed", "D:azzeddin", "D3", "disputed", D3),
C("\"The captain tried to turn away.", "denial", "D:azzeddin", "D2", "disputed", "The first mate's account contradicts the coast guard's claim of deliberate ramming.", denies=["D1"]),
C("The big ship came across our bow and we could not stop.\"", "denial", "D:azzeddin", "D2", "disputed", "The first mate's account contradicts the coast guard's claim; the Courier says it could not verify it.", denies=["D1"], hedged=True),
C("Azzeddin said the skipper, Sadiq Orrani, was taken off the trawler by armed coast guard officers and has not been heard from since.", "attributed", "D:azzeddin", "D7", "unverified", "Only the parties (coast guard, Marekandi ministry and crew) say the skipper was detained."),
C("His wife, Leyla Orrani, waited on the quay on Wednesday for news.", "factual", None, None, "unverified", "Only the Courier's reporter describes this."),
C("\"He is a fisherman, not a criminal.", "value-judgement", "D:leyla", None, "not-checkable", "The skipper's wife's characterisation."),
C("Let him come home,\" she said.", "demand", "D:leyla", None, "not-checkable", "A plea by the skipper's wife."),
C(body[7], "attributed", "D:seatrace", "D8", "disputed", "SeaTrace's tracking data are contradicted by Marekand's foreign ministry, which says the transponder worked throughout."),
C("Drevanian officials have said the trawler was \"running dark\" to hide illegal fishing.", "attributed", "D:drev-gov", "D8", "disputed", "Drevania's claim that the trawler ran dark is contradicted by Marekand's foreign ministry."),
C("Azzeddin said the set had been faulty for weeks.", "attributed", "D:azzeddin", "D32", "unverified", "Only the first mate says so; it explains rather than denies the transponder gap."),
C("Orbitra Analytics, a satellite-imagery company, said images taken on Tuesday morning showed the two vessels alongside each other at 05:52 local time.", "attributed", "D:orbitra", "D5", "corroborated", "A satellite-imagery firm's data, matching AFP, the Courier and Tidewater on the collision."),
C("The pictures do not show which vessel turned first, however, the company said.", "attributed", "D:orbitra", "D17", "corroborated", "Orbitra says so, and Tidewater's own reading of the imagery agrees; the 'however' denies nothing."),
C("In Sahrun, the capital, Marekand's foreign ministry spokeswoman, Yousra Hadane, repeated on Wednesday that the trawler \"rammed no one\" and called the Drevanian account \"a fabrication from the first line to the last\".", "denial", "D:haddane", "D2", "disputed", "Marekand's spokeswoman denies the ramming claim.", denies=["D1"]),
C("Hadane said the ministry would ask the Littoral States Forum to open an inquiry.", "prediction", "D:haddane", "D14", "unverified", "Marekand's announced plan to seek an inquiry, stated only by Marekand."),
C("Marekand summoned Drevania's ambassador on Tuesday, the first such summons since 2021.", "factual", None, "D12", "corroborated", "The Courier and AFP independently report the summons."),
C("Foreign ministers of the six-member forum are expected to meet in Velmora on 18 March.", "prediction", None, "D16", "corroborated", "A scheduled meeting reported by the Courier and Tidewater in their own reporting."),
C("Diplomats in both capitals said the collision would dominate the agenda.", "prediction", "D:diplomats", None, "not-checkable", "A forecast by unnamed diplomats."),
C("Drevania has run Tern Reef since a 2019 referendum among its few hundred residents.", "factual", None, "D24", "corroborated", "Stated in the own reporting of the Courier and Tidewater and by AFP."),
C("Marekand has never recognised the vote.", "factual", None, "D25", "corroborated", "Stated in the own reporting of the Courier and Tidewater."),
C("Fishermen in Kesh Amar said they would keep sailing to the grounds off the reef regardless.", "prediction", "D:fishermen", None, "unverified", "An intention stated by unnamed fishermen."),
C("The fish are there,\" said Tarek Benhalla, who skippers a smaller boat two berths down.", "attributed", "D:benhalla", None, "unverified", "Only one fisherman says so."),
]
write("d04","txt","The Continental Courier","courier-txt","At a quay in Kesh Amar, a crushed bow and two stories about who struck whom","The Continental Courier",None,"2026-03-11",{"type":"own","source":None},body,clutter,claims)
print(clutter)
