# shared AFP wire text (10 March 2026)
A = {
"lead": "Lutavia on Tuesday again rejected Kessarian claims that its troops had been completely surrounded in the eastern town of Hrabivka, as heavy fighting continued on the approaches to the river town.",
"claim": "Kessaria's defence ministry said on Monday that its forces had “completely surrounded” Hrabivka, which Kessarian officials call Grabovka, trapping around 3,000 Lutavian soldiers inside. AFP was unable to independently verify the claim.",
"zem": "“They are completely surrounded,” ministry spokesman Arkady Zemtsov told reporters in Torvask. “Their only choice is to lay down their arms.”",
"krav": "Lutavia's commander-in-chief, General Ostap Kravets, dismissed the claim as “a fairy tale” in a video address late Monday, saying supply routes into the town remained open.",
"attache": "A Western military attaché in Velin, who asked not to be named, said Kessarian units had advanced on the northern edge of the town in recent days.",
"station": "Lutavia's General Staff insisted that its troops were still holding the railway station in the east of the town, which has changed hands twice since February.",
"swap": "The fighting overshadowed Saturday's prisoner swap, in which the two countries exchanged 107 captives each at the Velnitsa crossing under the auspices of the Permanent Humanitarian Commission (PHC).",
"medical": "Lutavia's Coordination Headquarters for the Treatment of Prisoners of War said 14 of the returning Lutavian soldiers needed urgent medical care.",
"talks": "Kessaria's foreign ministry has said ceasefire talks will open in Castelvar, the capital of neutral Orsenne, on March 20.",
"vash": "Lutavian Foreign Minister Iryna Vashchuk said on Tuesday that no date had been agreed. “Torvask is announcing dates for meetings that nobody has agreed to,” she said.",
"terr": "She added that Lutavia would not discuss any handover of territory.",
"bg": "Kessaria launched its full-scale invasion of Lutavia in October 2024.",
}
A.update({
"zem2": "Zemtsov said Kessarian units had cut the last road out of the town on Sunday night and were “tightening the ring”.",
"hist": "Hrabivka, which had a pre-war population of around 22,000, sits on the Sirna river and controls a road running west to the regional centre of Dolynsk.",
"krav2": "Kravets said Kessaria had announced the encirclement of Hrabivka three times since January.",
"shell": "Kessarian shelling killed two civilians in the town on Monday, regional officials said.",
"phc": "The PHC, whose staff checked the lists at the crossing, said the exchange had been carried out “in full and in good order”.",
"orsenne": "Orsenne's foreign ministry said it was ready to host the talks but had not yet received formal confirmation from both sides.",
})
