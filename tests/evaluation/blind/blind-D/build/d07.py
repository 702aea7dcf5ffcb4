import sys; sys.path.insert(0,'/tmp/blindD'); from mk import *
raw = open('/work/blind-work/blind-D/seeds/d07.md').read().split("\n")
body = [
"Commercial satellite images and ship-tracking data published this week add detail to Tuesday's collision between the Drevanian patrol ship Varnel and the Marekandi trawler Amrun Tessel, but they do not answer the question both governments are fighting over: who steered into whom.",
"Orbitra Analytics, which operates a constellation of high-resolution imaging satellites, released a picture taken at 05:52 local time on 10 March showing the two vessels alongside each other about 12 nautical miles south-west of Tern Reef.",
"A faint white plume is visible off the Varnel's starboard side in the image, which Mirela Santori, Orbitra's head of maritime analysis, said was \"consistent with a water cannon in use, or with spray thrown up by a hard turn\". \"We cannot tell from a single frame whether the hoses were running before or after contact,\" Santori said.",
"A second Orbitra image, taken at 10:14 on 11 March, shows the Amrun Tessel moored at the fish quay in Kesh Amar with visible damage to its bow, the company said. A third, from 12 March, shows the Varnel in the floating dry dock at Halsgard.",
"SeaTrace, which aggregates signals from the automatic identification system (AIS) that most commercial vessels are required to carry, said the Amrun Tessel stopped transmitting at 04:32 local time and reappeared at 05:56, four minutes after the Orbitra image was taken. The Varnel, like most government ships in the strait, does not broadcast its position publicly, SeaTrace said.",
"Marekand's foreign ministry said on Tuesday that the trawler's transponder had been \"functioning at all times\". The foreign ministry spokeswoman said on Wednesday that the ministry stood by that account and would study the SeaTrace data.",
"Tidewater's review of SeaTrace's public archive shows that the Amrun Tessel had gone dark on at least three earlier trips since January, each time within 20 nautical miles of Tern Reef.",
"Drevania's coast guard says the trawler deliberately rammed the Varnel after ignoring four radio warnings. Marekand says the patrol ship fired its water cannon first and then cut across the trawler's bow.",
"Drevania has administered Tern Reef since a widely derided 2019 referendum. Marekand has never accepted the result, and trawler skippers from both countries have complained for years that the grounds around the reef are crowded and poorly policed.",
"Foreign ministers of the Littoral States Forum are due to meet in Velmora on 18 March. Marekand has said it will ask them to set up an inquiry. Ardenholm has already ruled out any international role in investigating what it calls a matter for Drevanian law.",
"Santori said Orbitra would task its satellites over the strait every day until the end of March.",
]
clutter = [l for l in raw if l.strip() and l not in body]
print(sum(len(p.split()) for p in body)); print(clutter)
claims = [
C(body[0], "factual", None, "D17", "corroborated", "Tidewater's own reading of the data agrees with Orbitra that the images do not show who moved first; the 'but' denies nothing."),
C(body[1], "attributed", "D:orbitra", "D5", "corroborated", "A satellite-imagery firm's data, matching AFP, the Courier and Tidewater on the time and place of the collision."),
C("A faint white plume is visible off the Varnel's starboard side in the image, which Mirela Santori, Orbitra's head of maritime analysis, said was \"consistent with a water cannon in use, or with spray thrown up by a hard turn\".", "attributed", "D:santori", "D34", "unverified", "Only Orbitra's analyst describes the plume, and she does not say what it is."),
C("\"We cannot tell from a single frame whether the hoses were running before or after contact,\" Santori said.", "attributed", "D:santori", "D17", "corroborated", "Orbitra and Tidewater's own reading agree the imagery does not settle the sequence."),
C("A second Orbitra image, taken at 10:14 on 11 March, shows the Amrun Tessel moored at the fish quay in Kesh Amar with visible damage to its bow, the company said.", "attributed", "D:orbitra", "D6", "corroborated", "Orbitra's imagery and the Courier's reporter at the quay independently show the damaged trawler in Kesh Amar."),
C("A third, from 12 March, shows the Varnel in the floating dry dock at Halsgard.", "attributed", "D:orbitra", "D10", "corroborated", "Orbitra's imagery and the Sentinel-Post's reporter independently place the Varnel in dry dock at Halsgard."),
C("SeaTrace, which aggregates signals from the automatic identification system (AIS) that most commercial vessels are required to carry, said the Amrun Tessel stopped transmitting at 04:32 local time and reappeared at 05:56, four minutes after the Orbitra image was taken.", "attributed", "D:seatrace", "D8", "disputed", "SeaTrace's data are contradicted by Marekand's foreign ministry, which says the transponder worked throughout."),
C("The Varnel, like most government ships in the strait, does not broadcast its position publicly, SeaTrace said.", "attributed", "D:seatrace", "D35", "unverified", "Only SeaTrace says so."),
C("Marekand's foreign ministry said on Tuesday that the trawler's transponder had been \"functioning at all times\".", "denial", "D:mfa", "D9", "disputed", "Marekand's ministry contradicts the SeaTrace data.", denies=["D8"]),
C("The foreign ministry spokeswoman said on Wednesday that the ministry stood by that account and would study the SeaTrace data.", "denial", "D:haddane", "D9", "disputed", "Marekand's spokeswoman maintains the transponder worked, against SeaTrace's data.", denies=["D8"]),
C(body[6], "factual", None, "D36", "unverified", "Only Tidewater's own review of the tracking archive shows this."),
C("Drevania's coast guard says the trawler deliberately rammed the Varnel after ignoring four radio warnings.", "attributed", "D:dcg", "D1", "disputed", "The coast guard's ramming claim is denied by Marekand."),
C("Marekand says the patrol ship fired its water cannon first and then cut across the trawler's bow.", "attributed", "D:mfa", "D3", "disputed", "Marekand's water-cannon claim is denied by the Drevanian Coast Guard."),
C("Drevania has administered Tern Reef since a widely derided 2019 referendum.", "factual", None, "D24", "corroborated", "A dated fact in a judgement's wrapping, stated by Tidewater, the Courier and AFP."),
C("Marekand has never accepted the result, and trawler skippers from both countries have complained for years that the grounds around the reef are crowded and poorly policed.", "factual", None, "D25", "corroborated", "Marekand's non-recognition of the vote is also in the Courier's own reporting."),
C("Foreign ministers of the Littoral States Forum are due to meet in Velmora on 18 March.", "prediction", None, "D16", "corroborated", "A scheduled meeting reported by Tidewater and the Courier in their own reporting."),
C("Marekand has said it will ask them to set up an inquiry.", "prediction", "D:mfa", "D14", "unverified", "Marekand's announced plan, known only from Marekand."),
C("Ardenholm has already ruled out any international role in investigating what it calls a matter for Drevanian law.", "position", "D:drev-gov", "D15", "unverified", "Drevania's stated position, reported from Drevanian officials only."),
C(body[10], "prediction", "D:santori", "D37", "unverified", "An announced plan by Orbitra, stated only by Orbitra."),
]
write("d07","md","Tidewater Maritime Review","reader-mode-md","Satellite and AIS data fill some gaps in Hallen Strait collision, but not the key one","Tidewater Maritime Review",None,"2026-03-12",{"type":"own","source":None},body,clutter,claims)
