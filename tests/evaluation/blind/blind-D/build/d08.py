import sys; sys.path.insert(0,'/tmp/blindD'); from mk import *
raw = open('/work/blind-work/blind-D/seeds/d08.txt').read().split("\n")
start = raw.index([l for l in raw if l.startswith("HALSGARD –")][0]); end = raw.index("Sign up for Sentinel Briefing: the day's security news, every evening at 6.")
body = [l for l in raw[start:end] if l.strip() and l != "— Advertisement —"]
clutter = [l for l in raw if l.strip() and l not in body]
print(sum(len(p.split()) for p in body)); print(clutter)
K = "D:kortig"
claims = [
C(body[0], "attributed", K, "D1", "disputed", "Repeats the ramming claim on 13 March, three days after Marekand's foreign ministry denied it."),
C("Vice Admiral Anselm Kortig, the coast guard's commander, told reporters at the Halsgard naval yard that the trawler Amrun Tessel had \"accelerated into the Varnel's port bow\" after ignoring four warnings by radio and loudhailer.", "attributed", K, "D1", "disputed", "The coast guard commander's ramming account is hedged by the Sentinel-Post and denied by Marekand.", hedged=True),
C(body[2], "attributed", K, "D30", "disputed", "A factual assertion by the coast guard commander, contradicted by Marekand's ministry, which says the Varnel was inside Marekand's zone."),
C("Behind him, the 74-metre Varnel sat in the yard's floating dry dock.", "factual", None, "D10", "corroborated", "The Sentinel-Post's reporter saw the Varnel in dry dock, as Orbitra's imagery also shows."),
C("Its port bow was dented and streaked with blue paint, and welders were cutting away a section of plating above the waterline.", "factual", None, "D18", "unverified", "Bow damage is seen by the Sentinel-Post's reporter; the only other source is Drevanian state media."),
C("Kortig again denied that the Varnel had fired its water cannon before the collision.", "denial", K, "D4", "disputed", "The coast guard commander denies Marekand's water-cannon claim.", denies=["D3"]),
C("\"The hoses were used for about two minutes, after the collision, to stop the trawler from fleeing,\" he said.", "denial", K, "D4", "disputed", "Kortig's timing of the water cannon contradicts Marekand's account.", denies=["D3"]),
C("Kortig said the trawler's transponder had been switched off for more than an hour before the two vessels met.", "attributed", K, "D8", "disputed", "Matches SeaTrace's data, but Marekand's foreign ministry says the transponder was working."),
C("Marekand's foreign ministry has insisted that the device was working throughout.", "denial", "D:mfa", "D9", "disputed", "Marekand's ministry contradicts the transponder-gap claim.", denies=["D8"]),
C("\"A fishing boat that hides from everyone is not out to catch fish,\" he said.", "value-judgement", K, None, "not-checkable", "Kortig's insinuation about the trawler's purpose."),
C("The trawler's skipper, Sadiq Orrani, appeared before a district court in Halsgard on Thursday, which ordered him held for 30 days while prosecutors consider charges of endangering a state vessel, the coast guard said.", "attributed", "D:dcg", "D7", "unverified", "Only the coast guard reports the court order; the skipper's detention is stated only by the two governments and the crew."),
C("The trawler's owners have reportedly hired a Drevanian lawyer to represent him.", "factual", None, None, "unverified", "Hedged ('reportedly') and reported nowhere else.", hedged=True),
C("Kortig said footage from the Varnel's bridge cameras would be released on Monday.", "prediction", K, "D11", "unverified", "The coast guard's announced plan, stated only by the coast guard."),
C("The coast guard had promised on Tuesday to publish the recordings within days, but has so far released only still photographs of the damaged bow.", "factual", None, "D38", "unverified", "Only the Sentinel-Post reports what has been released so far; the 'but' denies nothing."),
C("He rejected Marekand's call for an investigation by the Littoral States Forum.", "position", K, "D15", "unverified", "Drevania's stated position, reported only from Drevanian officials."),
C("\"This happened in Drevanian waters and it will be dealt with under Drevanian law,\" he said.", "position", K, "D15", "unverified", "Drevania's stated position, reported only from Drevanian officials."),
C("\"We have been patient.", "value-judgement", K, None, "not-checkable", "Kortig's self-characterisation."),
C("If Marekandi boats keep testing us, we will start impounding them instead of escorting them home,\" Kortig said.", "demand", K, "D23", "not-checkable", "A threat by the coast guard commander."),
C(body[10], "denial", "D:haddane", "D2", "disputed", "Marekand's spokeswoman dismisses the coast guard's ramming account.", denies=["D1"]),
C(body[11], "prediction", None, "D39", "unverified", "A scheduled arrival reported only by the Sentinel-Post."),
C(body[12], "attributed", "D:halsgard-fishermen", None, "unverified", "Only unnamed fishermen say so."),
]
write("d08","txt","The Sentinel-Post","web-txt","Coast guard chief repeats ramming charge as damaged patrol ship sits in dry dock","The Sentinel-Post",None,"2026-03-13",{"type":"own","source":None},body,clutter,claims)
