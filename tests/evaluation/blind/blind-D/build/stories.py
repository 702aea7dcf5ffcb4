import json
E = {}
def ent(k, name, type, side, aliases): E["D:"+k] = {"name": name, "type": type, "side": side, "aliases": aliases}
ent("dcg","Drevanian Coast Guard","agency","drevania",["Drevanian Coast Guard", "the Drevanian Coast Guard", "The Drevanian Coast Guard", "Drevania's coast guard", "the coast guard", "The coast guard", "coast guard", "his service"])
ent("reyvik","Tomas Reyvik","person","drevania",["Tomas Reyvik", "Commander Tomas Reyvik", "Commander Reyvik", "Coast guard spokesman Tomas Reyvik", "the coast guard spokesman", "Its spokesman", "Reyvik"])
ent("lunne","Edvard Lunne","person","drevania",["Edvard Lunne", "Foreign Minister Edvard Lunne", "Drevanian Foreign Minister Edvard Lunne", "Lunne"])
ent("mfa","Marekand Ministry of Foreign Affairs","ministry","marekand",["Marekand's foreign ministry", "the ministry", "The Ministry", "The Ministry of Foreign Affairs", "Ministry of Foreign Affairs of the Republic of Marekand", "Marekand", "The Republic of Marekand"])
ent("haddane","Yusra Haddane","person","marekand",["Yusra Haddane", "Haddane", "Ms Haddane", "Yousra Hadane", "Hadane", "Marekand's foreign ministry spokeswoman", "foreign ministry spokeswoman", "The foreign ministry spokeswoman", "Marekandi foreign ministry spokeswoman", "its spokeswoman"])
ent("elfberg","Jonas Elfberg","person",None,["Jonas Elfberg","a maritime security analyst at the Halvorsen Centre for Sea Security"])
ent("azzeddin","Karim Azzeddin","person","marekand",["Karim Azzeddin", "Azzeddin", "the trawler's first mate", "the first mate"])
ent("leyla","Leyla Orrani","person","marekand",["Leyla Orrani","His wife"])
ent("benhalla","Tarek Benhalla","person",None,["Tarek Benhalla"])
ent("fishermen","fishermen in Kesh Amar","unnamed","marekand",["Fishermen in Kesh Amar"])
ent("diplomats","diplomats in both capitals","unnamed",None,["Diplomats in both capitals"])
ent("drev-gov","Drevanian government","government","drevania",["Drevanian officials", "Ardenholm", "Drevania", "the Drevanian authorities"])
ent("seatrace","SeaTrace","organisation",None,["SeaTrace","a commercial ship-tracking service"])
ent("orbitra","Orbitra Analytics","organisation",None,["Orbitra Analytics","Orbitra","a satellite-imagery company","the company"])
ent("courier","The Continental Courier","outlet",None,["The Continental Courier", "the Continental Courier", "the Courier"])
ent("vance","Petra Vance","person",None,["Petra Vance"])
ent("brokers","two brokers","unnamed",None,["Two brokers"])
ent("santori","Mirela Santori","person",None,["Mirela Santori","Santori","Orbitra's head of maritime analysis"])
ent("tidewater","Tidewater Maritime Review","outlet",None,["Tidewater Maritime Review","Tidewater"])
ent("kortig","Anselm Kortig","person","drevania",["Anselm Kortig", "Vice Admiral Anselm Kortig", "Kortig", "the coast guard's commander", "The head of Drevania's coast guard"])
ent("halsgard-fishermen","fishermen in Halsgard","unnamed",None,["Fishermen in Halsgard"])
ent("drevpress","Drevpress","outlet","drevania",["Drevpress","Drevpress State News Agency"])
C = {}
def cl(k, fact, claimant): C[k] = {"story": "D", "fact": fact, "claimant": claimant}
cl("D1","The trawler Amrun Tessel deliberately rammed the Drevanian patrol ship Varnel","D:dcg")
cl("D2","The Amrun Tessel did not ram the Varnel","D:mfa")
cl("D3","The Varnel fired water cannon at the Amrun Tessel before the collision","D:mfa")
cl("D4","The Varnel did not use water cannon before the collision","D:dcg")
cl("D5","The Varnel and the Amrun Tessel collided shortly before 06:00 on 10 March about 12 nautical miles south-west of Tern Reef",None)
cl("D12","Marekand summoned Drevania's ambassador, Pell Aurland, on 10 March","D:mfa")
cl("D13","Marekand demands the release of the skipper and compensation","D:mfa")
cl("D14","Marekand favours an independent investigation by the Littoral States Forum","D:mfa")
cl("D20","The Amrun Tessel was fishing lawfully inside Marekand's exclusive economic zone","D:mfa")
cl("D29","Clashes in the strait will multiply; there will be another collision","D:elfberg")
cl("D6","The Amrun Tessel is moored at Kesh Amar with a crushed bow",None)
cl("D8","The Amrun Tessel's AIS transponder was switched off for about 80 minutes before the collision","D:seatrace")
cl("D16","Littoral States Forum foreign ministers are due to meet in Velmora on 18 March",None)
cl("D17","Orbitra's images do not show which vessel turned first","D:orbitra")
cl("D32","The trawler's transponder had been faulty for weeks","D:azzeddin")
cl("D30","The Varnel never left Drevanian waters","D:kortig")
cl("D31","The Varnel had sailed more than three nautical miles into Marekand's exclusive economic zone","D:mfa")
cl("D9","The Amrun Tessel's transponder was functioning at all times","D:mfa")
cl("D33","Marekand's foreign ministry will publish the crew's statements","D:mfa")
cl("D10","The Varnel is in dry dock at Halsgard",None)
cl("D15","Drevania rules out any international investigation of the collision","D:drev-gov")
cl("D34","A white plume off the Varnel's side in the 05:52 image is consistent with water cannon or spray","D:santori")
cl("D35","The Varnel does not broadcast its position publicly on AIS","D:seatrace")
cl("D36","The Amrun Tessel went dark on at least three earlier trips since January near Tern Reef","D:tidewater")
cl("D37","Orbitra will image the strait daily until the end of March","D:orbitra")
cl("D38","The coast guard has so far released only still photographs of the damaged bow",None)
cl("D39","A Drevanian delegation led by Lunne is expected to arrive in Velmora on 17 March",None)
cl("D7","Drevania detained the trawler's skipper, Sadiq Orrani, and is holding him in Halsgard","D:dcg")
cl("D11","The coast guard will release video footage of the collision","D:dcg")
cl("D18","The Varnel's port bow was damaged in the collision","D:dcg")
cl("D19","The Amrun Tessel was fishing illegally in Drevanian waters and ignored warnings to stop","D:dcg")
cl("D21","No Varnel crew member was seriously injured","D:dcg")
cl("D22","Ten crew members sailed the damaged trawler back to Marekand","D:dcg")
cl("D23","Drevania will seize any vessel that endangers its crews","D:dcg")
cl("D24","Drevania has administered Tern Reef since a 2019 referendum",None)
cl("D25","Marekand does not recognise the 2019 vote and claims Tern Reef (Tarnah Shoal)",None)
cl("D26","The collision is the third incident with Marekandi fishing vessels in the strait since January","D:dcg")
cl("D27","Drevania's foreign minister calls the incident an act of piracy","D:lunne")
S = {"set": "blind-D",
 "stories": {"D": {"summary": "A Drevanian coast guard ship and a Marekandi trawler collide in the Hallen (Qalen) Strait; Drevania says the trawler deliberately rammed its patrol ship, Marekand denies it and says the patrol ship fired water cannon first, while a satellite-imagery firm and a ship-tracking service publish data.",
   "sides": {"drevania": [k for k,v in E.items() if v["side"]=="drevania"], "marekand": [k for k,v in E.items() if v["side"]=="marekand"]}}},
 "outlets": {
   "Drevpress": {"layout": "state-media-html", "stateMediaOf": "drevania", "articles": ["d01"]},
   "Northwind Herald": {"layout": "wire-copy-html", "stateMediaOf": None, "articles": ["d02"]},
   "The Eastshore Gazette": {"layout": "regional-daily-txt", "stateMediaOf": None, "articles": ["d03"]},
   "The Continental Courier": {"layout": "courier-txt", "stateMediaOf": None, "articles": ["d04"]},
   "Harbour Lines": {"layout": "newsletter-md", "stateMediaOf": None, "articles": ["d05"]},
   "Ministry of Foreign Affairs of the Republic of Marekand": {"layout": "ministry-site-html", "stateMediaOf": "marekand", "articles": ["d06"]},
   "Tidewater Maritime Review": {"layout": "reader-mode-md", "stateMediaOf": None, "articles": ["d07"]},
   "The Sentinel-Post": {"layout": "web-txt", "stateMediaOf": None, "articles": ["d08"]},
 },
 "entities": E, "clusters": C}
json.dump(S, open("/work/blind-work/blind-D/stories.json","w"), ensure_ascii=False, indent=2)
