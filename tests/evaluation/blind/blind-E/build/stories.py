import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = {
 "set": "blind-E",
 "stories": {"E": {"summary": "Kessaria's defence ministry claims its forces have encircled the Lutavian town of Hrabivka; Lutavia's army commander denies it, amid a prisoner exchange and a disputed date for ceasefire talks.",
   "sides": {"kessaria": ["E:kes-mod", "E:zemtsov", "E:kes-fm", "E:orekhova", "E:gromadsky", "E:kta"],
             "lutavia": ["E:kravets", "E:lut-staff", "E:senko", "E:vashchuk", "E:lut-pow", "E:yaremchuk", "E:andriy"]}}},
 "outlets": {
  "The Continental Courier": {"layout": "courier-txt", "stateMediaOf": None, "articles": ["e01"]},
 },
 "entities": {
  "E:kes-mod": {"name": "Kessarian Ministry of Defence", "type": "ministry", "side": "kessaria",
     "aliases": ["Kessaria's defence ministry", "the ministry", "Kessarian ministry"]},
  "E:zemtsov": {"name": "Arkady Zemtsov", "type": "person", "side": "kessaria",
     "aliases": ["Maj. Gen. Arkady Zemtsov", "the ministry's spokesman"]},
  "E:kes-fm": {"name": "Kessarian Ministry of Foreign Affairs", "type": "ministry", "side": "kessaria",
     "aliases": ["Kessaria's foreign ministry"]},
  "E:kravets": {"name": "Ostap Kravets", "type": "person", "side": "lutavia",
     "aliases": ["Gen. Ostap Kravets", "Kravets", "Lutavia's army commander", "Lutavia's top general"]},
  "E:andriy": {"name": "Andriy (Lutavian officer)", "type": "person", "side": "lutavia",
     "aliases": ["Andriy", "A Lutavian officer at a checkpoint outside the town"]},
  "E:analysts": {"name": "independent military analysts", "type": "unnamed", "side": None,
     "aliases": ["Independent military analysts"]},
  "E:yaremchuk": {"name": "Petro Yaremchuk", "type": "person", "side": "lutavia",
     "aliases": ["Petro Yaremchuk", "the head of the town's military administration"]},
 },
 "clusters": {
  "E1": {"story": "E", "fact": "Kessarian forces have encircled Hrabivka", "claimant": "E:kes-mod"},
  "E2": {"story": "E", "fact": "Hrabivka is not encircled; Lutavian supply routes into it are open", "claimant": "E:kravets"},
  "E4": {"story": "E", "fact": "About 3,000 Lutavian troops are trapped in Hrabivka", "claimant": "E:kes-mod"},
  "E5": {"story": "E", "fact": "No Lutavian troops are trapped in Hrabivka", "claimant": "E:kravets"},
  "E6": {"story": "E", "fact": "The road bridge over the Sirna river into Hrabivka has been destroyed", "claimant": None},
  "E7": {"story": "E", "fact": "Kessaria and Lutavia exchanged 214 prisoners of war at the Velnitsa crossing on 7 March 2026", "claimant": None},
  "E8": {"story": "E", "fact": "Ceasefire talks will open in Castelvar on 20 March 2026", "claimant": "E:kes-fm"},
  "E13": {"story": "E", "fact": "Kessarian drone footage shows Kessarian armour on Hrabivka's northern outskirts", "claimant": "E:kes-mod"},
  "E14": {"story": "E", "fact": "The Kessarian footage is old and was not filmed in Hrabivka", "claimant": "E:kravets"},
  "E15": {"story": "E", "fact": "Kessaria annexed Lutavia's Vorna region after a plebiscite in 2019", "claimant": None},
  "E17": {"story": "E", "fact": "About 4,000 civilians remain in Hrabivka", "claimant": "E:yaremchuk"},
  "E19": {"story": "E", "fact": "Kessarian units are pressing on Hrabivka from the north and east", "claimant": "E:analysts"},
  "E20": {"story": "E", "fact": "The Permanent Humanitarian Commission oversaw the 7 March prisoner exchange", "claimant": None},
  "E21": {"story": "E", "fact": "Lutavian forces will not withdraw from Hrabivka", "claimant": "E:kravets"},
  "E23": {"story": "E", "fact": "Lutavian vehicles are crossing the Sirna on a pontoon downstream of the destroyed bridge", "claimant": None},
 },
}
# --- e02
S["outlets"]["Northwind Herald"] = {"layout": "northwind-html", "stateMediaOf": None, "articles": ["e02"]}
S["entities"]["E:zemtsov"]["aliases"] += ["ministry spokesman Arkady Zemtsov", "Arkady Zemtsov"]
S["entities"]["E:kravets"]["aliases"] += ["Lutavia's commander-in-chief", "General Ostap Kravets"]
S["entities"]["E:lut-gov"] = {"name": "Government of Lutavia", "type": "government", "side": "lutavia", "aliases": ["Lutavia"]}
S["entities"]["E:attache"] = {"name": "Western military attaché in Velin", "type": "unnamed", "side": None, "aliases": ["A Western military attaché in Velin"]}
S["entities"]["E:lut-staff"] = {"name": "Lutavian General Staff", "type": "military", "side": "lutavia", "aliases": ["Lutavia's General Staff"]}
S["entities"]["E:lut-pow"] = {"name": "Lutavian Coordination Headquarters for the Treatment of Prisoners of War", "type": "agency", "side": "lutavia", "aliases": ["Lutavia's Coordination Headquarters for the Treatment of Prisoners of War"]}
S["entities"]["E:vashchuk"] = {"name": "Iryna Vashchuk", "type": "person", "side": "lutavia", "aliases": ["Lutavian Foreign Minister Iryna Vashchuk", "Iryna Vashchuk"]}
S["stories"]["E"]["sides"]["lutavia"] += ["E:lut-gov"]
S["clusters"]["E3"] = {"story": "E", "fact": "Lutavian troops still hold Hrabivka's railway station", "claimant": "E:lut-staff"}
S["clusters"]["E9"] = {"story": "E", "fact": "No date for ceasefire talks has been agreed", "claimant": "E:vashchuk"}
S["clusters"]["E10"] = {"story": "E", "fact": "The Lutavian troops in Hrabivka must lay down their arms", "claimant": "E:kes-mod"}
S["clusters"]["E24"] = {"story": "E", "fact": "Kessarian units have advanced on Hrabivka's northern edge", "claimant": "E:attache"}
S["clusters"]["E25"] = {"story": "E", "fact": "14 returning Lutavian prisoners needed urgent medical care", "claimant": "E:lut-pow"}
S["clusters"]["E26"] = {"story": "E", "fact": "Lutavia will not discuss handing over territory at the talks", "claimant": "E:vashchuk"}
S["clusters"]["E27"] = {"story": "E", "fact": "Kessaria launched its full-scale invasion of Lutavia in October 2024", "claimant": None}
# --- e03
S["outlets"]["Harbourline Daily"] = {"layout": "readermode-md", "stateMediaOf": None, "articles": ["e03"]}
# --- e02/e03 extra
S["entities"]["E:regional-officials"] = {"name": "Lutavian regional officials", "type": "unnamed", "side": "lutavia", "aliases": ["regional officials"]}
S["entities"]["E:phc"] = {"name": "Permanent Humanitarian Commission", "type": "organisation", "side": None, "aliases": ["Permanent Humanitarian Commission", "PHC", "The PHC"]}
S["entities"]["E:orsenne-fm"] = {"name": "Orsenne Ministry of Foreign Affairs", "type": "ministry", "side": None, "aliases": ["Orsenne's foreign ministry"]}
S["clusters"]["E28"] = {"story": "E", "fact": "Hrabivka had a pre-war population of about 22,000", "claimant": None}
S["clusters"]["E29"] = {"story": "E", "fact": "Kessaria has announced the encirclement of Hrabivka three times since January", "claimant": "E:kravets"}
S["clusters"]["E30"] = {"story": "E", "fact": "Kessarian shelling killed two civilians in Hrabivka on 9 March", "claimant": "E:regional-officials"}
S["clusters"]["E31"] = {"story": "E", "fact": "Orsenne is ready to host ceasefire talks", "claimant": "E:orsenne-fm"}
S["stories"]["E"]["sides"]["lutavia"] += ["E:regional-officials"]
# --- e04
S["outlets"]["VBC"] = {"layout": "broadcaster-html", "stateMediaOf": None, "articles": ["e04"]}
S["entities"]["E:lytvyn"] = {"name": "Serhiy Lytvyn", "type": "person", "side": "lutavia", "aliases": ["Serhiy Lytvyn", "a 34-year-old marine"]}
S["entities"]["E:kes-gov"] = {"name": "Government of Kessaria", "type": "government", "side": "kessaria", "aliases": ["Kessaria"]}
S["entities"]["E:aurel"] = {"name": "Sabine Aurel", "type": "person", "side": None, "aliases": ["Sabine Aurel", "who heads the commission's field office"]}
S["entities"]["E:phc"]["aliases"] += ["The commission", "the neutral body that brokered the swap"]
S["entities"]["E:senko"] = {"name": "Dariya Senko", "type": "person", "side": "lutavia", "aliases": ["Col. Dariya Senko", "a spokeswoman for Lutavia's General Staff"]}
S["entities"]["E:yaremchuk"]["aliases"] += ["who runs the town's military administration"]
S["entities"]["E:marchuk"] = {"name": "Olena Marchuk", "type": "person", "side": None, "aliases": ["Olena Marchuk"]}
S["entities"]["E:both-govs"] = {"name": "the Kessarian and Lutavian governments", "type": "unnamed", "side": None, "aliases": ["Both governments"]}
S["entities"]["E:kes-mod"]["aliases"] += ["Kessaria's defence ministry"]
S["stories"]["E"]["sides"]["kessaria"] += ["E:kes-gov"]
S["stories"]["E"]["sides"]["lutavia"] += ["E:senko", "E:lytvyn"]
S["clusters"]["E12"] = {"story": "E", "fact": "The PHC will publish the list of exchanged prisoners on Friday 13 March", "claimant": "E:phc"}
S["clusters"]["E16"] = {"story": "E", "fact": "A second prisoner exchange has been agreed in principle but has no date", "claimant": "E:phc"}
S["clusters"]["E32"] = {"story": "E", "fact": "Kessarian forces have taken several villages north of Hrabivka in the past week", "claimant": None}
S["clusters"]["E33"] = {"story": "E", "fact": "Lutavian prisoners were beaten and underfed in Kessarian captivity", "claimant": "E:lytvyn"}
S["clusters"]["E34"] = {"story": "E", "fact": "Kessaria does not mistreat prisoners of war", "claimant": "E:kes-gov"}
# --- e05
S["outlets"]["Kessarian Telegraph Agency"] = {"layout": "state-agency-txt", "stateMediaOf": "kessaria", "articles": ["e05"]}
S["entities"]["E:kta"] = {"name": "Kessarian Telegraph Agency", "type": "outlet", "side": "kessaria", "aliases": ["KTA", "KESSARIAN TELEGRAPH AGENCY", "Kessarian Telegraph Agency"]}
S["entities"]["E:kes-mod"]["aliases"] += ["Ministry of Defence of the Kessarian Federation", "Press service of the Ministry of Defence of the Kessarian Federation"]
S["entities"]["E:zemtsov"]["aliases"] += ["Major General Arkady Zemtsov", "The ministry's official representative", "Zemtsov"]
S["entities"]["E:kravets"]["aliases"] += ["Ostap Kravetz", "Kravetz", "the commander of the Lutavian armed forces"]
S["entities"]["E:gromadsky"] = {"name": "Viktor Gromadsky", "type": "person", "side": "kessaria", "aliases": ["Military commentator Viktor Gromadsky", "Viktor Gromadsky"]}
S["entities"]["E:orekhova"] = {"name": "Lyudmila Orekhova", "type": "person", "side": "kessaria", "aliases": ["Foreign Ministry spokeswoman Lyudmila Orekhova", "Lyudmila Orekhova", "Orekhova"]}
S["clusters"]["E11"] = {"story": "E", "fact": "Hrabivka will fall within days", "claimant": "E:gromadsky"}
S["clusters"]["E35"] = {"story": "E", "fact": "Kessaria will open a surrender corridor from Hrabivka at 06:00 on 12 March", "claimant": "E:zemtsov"}
S["clusters"]["E37"] = {"story": "E", "fact": "Deputy Foreign Minister Gleb Sarkisov will lead Kessaria's delegation to the talks", "claimant": "E:orekhova"}
S["clusters"]["E38"] = {"story": "E", "fact": "Returned Kessarian servicemen bear signs of torture", "claimant": "E:kes-mod"}
# --- e06
S["outlets"]["Frontline Digest"] = {"layout": "newsletter-md", "stateMediaOf": None, "articles": ["e06"]}
S["entities"]["E:courier"] = {"name": "The Continental Courier", "type": "outlet", "side": None, "aliases": ["The Continental Courier", "the Courier", "the paper", "The Continental Courier's Marta Olsen"]}
S["entities"]["E:olsen"] = {"name": "Marta Olsen", "type": "person", "side": None, "aliases": ["Marta Olsen", "she"]}
S["entities"]["E:reinholt"] = {"name": "Tomas Reinholt", "type": "person", "side": None, "aliases": ["Tomas Reinholt"]}
S["entities"]["E:kes-gov"]["aliases"] += ["Torvask"]
S["entities"]["E:kravets"]["aliases"] += ["Gen. Ostap Kravets", "Lutavia's army commander"]
S["entities"]["E:vashchuk"]["aliases"] += ["Irena Vashchuk", "Lutavia's foreign minister"]
S["entities"]["E:yaremchuk"]["aliases"] += ["The head of the town's military administration"]
S["entities"]["E:analysts"]["aliases"] += ["Independent analysts quoted by the Courier"]
# --- e07
S["outlets"]["Eastgate Ledger"] = {"layout": "regional-txt", "stateMediaOf": None, "articles": ["e07"]}
S["entities"]["E:orbital"] = {"name": "Orbital Lens Analytics", "type": "organisation", "side": None, "aliases": ["Orbital Lens Analytics", "Orbital Lens", "a commercial imagery firm", "the firm"]}
S["entities"]["E:senko"]["aliases"] += ["a spokeswoman for the General Staff"]
S["entities"]["E:lut-staff"]["aliases"] += ["Lutavia's army", "the General Staff"]
S["entities"]["E:zemtsov"]["aliases"] += ["its spokesman"]
S["entities"]["E:bison"] = {"name": "Bison (call sign of a Lutavian sergeant)", "type": "person", "side": "lutavia", "aliases": ["Bison", "A sergeant in a unit guarding the pontoon"]}
S["entities"]["E:kravets"]["aliases"] += ["Gen. Kravets", "the commander-in-chief"]
S["entities"]["E:phc"]["aliases"] += ["The Permanent Humanitarian Commission"]
S["entities"]["E:yaremchuk"]["aliases"] += ["the local military administration"]
S["entities"]["E:doctor"] = {"name": "doctor at Dolynsk regional hospital", "type": "unnamed", "side": None, "aliases": ["a doctor there"]}
S["entities"]["E:lut-fm"] = {"name": "Lutavian Ministry of Foreign Affairs", "type": "ministry", "side": "lutavia", "aliases": ["The Lutavian foreign ministry"]}
S["stories"]["E"]["sides"]["lutavia"] += ["E:lut-fm", "E:bison"]
S["clusters"]["E39"] = {"story": "E", "fact": "No surrender corridor was opened from Hrabivka", "claimant": "E:senko"}
S["clusters"]["E40"] = {"story": "E", "fact": "More than 200 Lutavian soldiers surrendered through the Kessarian corridor on 12 March", "claimant": "E:zemtsov"}
S["clusters"]["E41"] = {"story": "E", "fact": "Kessarian armour is massed around Zhovtneve, north of Hrabivka", "claimant": "E:orbital"}
S["clusters"]["E43"] = {"story": "E", "fact": "No Lutavian soldiers have surrendered at Hrabivka", "claimant": "E:lut-staff"}
S["clusters"]["E44"] = {"story": "E", "fact": "Kessarian shelling of the western road out of Hrabivka did not stop on 12 March", "claimant": "E:senko"}
S["clusters"]["E45"] = {"story": "E", "fact": "Kessarian drones dropped leaflets over Hrabivka promising safe passage", "claimant": "E:bison"}
# --- e08
S["outlets"]["Northwind Herald"]["articles"] += ["e08"]
S["entities"]["E:sarkisov"] = {"name": "Gleb Sarkisov", "type": "person", "side": "kessaria", "aliases": ["Deputy Foreign Minister Gleb Sarkisov", "Sarkisov"]}
S["entities"]["E:vashchuk"]["aliases"] += ["Vashchuk"]
S["entities"]["E:kravets"]["aliases"] += ["The army's commander"]
S["entities"]["E:western-official"] = {"name": "senior Western official", "type": "unnamed", "side": None, "aliases": ["A senior Western official"]}
S["entities"]["E:venue-official"] = {"name": "official at the Palais Méridien", "type": "unnamed", "side": None, "aliases": ["an official at the venue"]}
S["stories"]["E"]["sides"]["kessaria"] += ["E:sarkisov"]
S["clusters"]["E46"] = {"story": "E", "fact": "Orsenne is preparing the Palais Méridien in Castelvar for ceasefire talks", "claimant": None}
S["clusters"]["E47"] = {"story": "E", "fact": "Kessaria's delegation will arrive in Castelvar on 19 March", "claimant": "E:kes-fm"}
S["clusters"]["E48"] = {"story": "E", "fact": "Lutavia is ready to talk about a ceasefire", "claimant": "E:vashchuk"}
S["clusters"]["E49"] = {"story": "E", "fact": "Orsenne proposed 20 March to both delegations and awaits replies", "claimant": "E:orsenne-fm"}
S["clusters"]["E50"] = {"story": "E", "fact": "A PHC delegation will arrive in Castelvar on Monday 16 March", "claimant": "E:phc"}
# --- alias sweep
S["entities"]["E:kta"]["aliases"] = ["KTA", "KESSARIAN TELEGRAPH AGENCY"]
S["entities"]["E:phc"]["aliases"] += ["the commission"]
S["entities"]["E:lut-gov"]["aliases"] += ["Velin"]
S["entities"]["E:kes-fm"]["aliases"] += ["Foreign Ministry"]
if __name__ == "__main__":
    with open(os.path.join(ROOT, "stories.json"), "w", encoding="utf-8") as f:
        json.dump(S, f, ensure_ascii=False, indent=2); f.write("\n")
    print("stories.json written")
