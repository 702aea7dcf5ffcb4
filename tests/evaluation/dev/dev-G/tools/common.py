STORIES = {"G": {"summary": "Kastrelia's National Water Authority says the Sarvek Dam breach on 2 April 2026 was caused by record rainfall and that every downstream village was evacuated in time; a former dam engineer, an engineers' union, villagers and an opposition MP say maintenance was skipped and Dravitsa and Tamesh got no warning, while a UN relief office and a satellite-imagery firm publish their own figures.",
  "sides": {"authority": ["G:nwa", "G:vostanic", "G:kst", "G:govt", "G:kallis", "G:civil-protection", "G:nwa-official"],
            "critics": ["G:oskari", "G:union", "G:brask", "G:vilko", "G:tamm", "G:residents"]}}}

OUTLETS = {
 "Continental Courier": {"layout": "courier-txt", "stateMediaOf": None},
 "Northwind Herald": {"layout": "herald-html", "stateMediaOf": None},
 "KST News": {"layout": "state-broadcaster-html", "stateMediaOf": "authority"},
 "Meridian Standard": {"layout": "broadsheet-html", "stateMediaOf": None},
 "Eastgate Tribune": {"layout": "regional-wire-txt", "stateMediaOf": None},
 "Lakeshore Mirror": {"layout": "newsletter-md", "stateMediaOf": None},
 "National Water Authority": {"layout": "agency-press-md", "stateMediaOf": "authority"},
 "Portside Ledger": {"layout": "liveblog-txt", "stateMediaOf": None},
}

ENTITIES = {}
CLUSTERS = {}
WHY = {}
STATUS = {}   # cluster -> status (computed over the whole set at the end; see worksheet.md)

def status_for(kind, cluster, denies):
    if kind in ('prediction', 'demand', 'value-judgement'):
        return 'not-checkable'
    if denies:
        return 'disputed'
    if cluster and cluster in STATUS:
        return STATUS[cluster]
    return 'unverified'

def E(key, name, type_, side, aliases):
    ENTITIES[key] = {"name": name, "type": type_, "side": side, "aliases": aliases}

E("G:nwa", "National Water Authority", "agency", "authority",
  ["National Water Authority", "the National Water Authority", "NWA", "the water authority", "the authority", "the state water authority", "Kastrelia's National Water Authority", "the National Water Authority (NWA)", "Kastrelia's state water authority", "the authority's lawyers"])
E("G:vostanic", "Aurel Vostanić", "person", "authority",
  ["Aurel Vostanić", "Vostanić", "Aurel Vostanich", "Vostanich", "Director-General Vostanić", "Mr Vostanich", "the authority's director-general", "the director-general", "the head of the water authority", "NWA director-general Aurel Vostanich"])
E("G:kst", "KST News (Kastrel State Television)", "outlet", "authority",
  ["KST News", "KST", "Kastrel State Television"])
E("G:govt", "Government of Kastrelia", "government", "authority",
  ["the government", "The government"])
E("G:nwa-official", "senior official at the water authority", "unnamed", "authority",
  ["a senior official at the authority", "a senior authority official", "the official"])
E("G:oskari", "Petar Oskari", "person", "critics",
  ["Petar Oskari", "Oskari", "Peter Oskari", "a former senior engineer at the dam", "the former senior engineer at the dam"])
E("G:union", "Union of Dam and Hydraulic Engineers", "organisation", "critics",
  ["Union of Dam and Hydraulic Engineers", "The Union of Dam and Hydraulic Engineers", "the union"])
E("G:brask", "Ilona Brask", "person", "critics",
  ["Ilona Brask", "Brask", "Opposition MP Ilona Brask", "the opposition MP", "an opposition member of parliament for the Olun valley", "the opposition MP for the Olun valley"])
E("G:vilko", "Hana Vilko", "person", "critics",
  ["Hana Vilko"])
E("G:tamm", "Ruzhin Tamm", "person", "critics",
  ["Ruzhin Tamm", "Tamm", "village head Ruzhin Tamm", "the village head", "the head of this village"])
E("G:residents", "residents of Dravitsa and Tamesh", "unnamed", "critics",
  ["residents", "villagers", "Residents of two villages", "Residents interviewed by the Courier"])
E("G:unrco", "United Nations Relief Coordination Office", "organisation", None,
  ["United Nations Relief Coordination Office", "UNRCO", "the UN relief agency", "the agency"])
E("G:amsel", "Leyla Amsel", "person", None,
  ["Leyla Amsel", "spokesperson Leyla Amsel", "a spokesperson for the United Nations Relief Coordination Office", "the agency's spokesperson"])
E("G:orbisight", "Orbisight Analytics", "organisation", None,
  ["Orbisight Analytics", "Orbisight", "the imagery firm", "the firm"])

def C(cid, fact, claimant, why=None):
    CLUSTERS[cid] = {"story": "G", "fact": fact, "claimant": claimant}
    if why: WHY[cid] = why

C("G1", "Record rainfall caused the Sarvek Dam breach", "G:nwa")
C("G2", "All villages downstream of the Sarvek Dam were evacuated in time", "G:nwa")
C("G3", "Neglected maintenance, not rainfall, caused the breach", "G:oskari")
C("G4", "Dravitsa and Tamesh received no evacuation warning", "G:residents")
C("G5", "Maintenance of the dam's spillway gates was skipped from 2024", "G:oskari")
C("G6", "All scheduled maintenance of the dam was carried out", "G:nwa")
C("G7", "The Sarvek Dam breached early on Thursday 2 April 2026", None)
C("G8", "Six people died in the flood", "G:nwa")
C("G9", "At least 19 people died in the flood", "G:unrco")
C("G10", "About 11,400 people were displaced by the flood", "G:unrco")
C("G11", "Floodwater submerged the village of Tamesh", "G:orbisight")
C("G12", "About 2,100 buildings were inundated", "G:orbisight")
C("G13", "The authority was warned in an October 2025 memo that a spillway gate was jammed", None)
C("G14", "The government declared a state of emergency in Olun province", "G:govt")
C("G15", "The authority will publish its rain-gauge data", "G:nwa")
C("G16", "A parliamentary committee will question Vostanić on Tuesday 7 April", None)
C("G17", "More than 210 mm of record rain fell on the Olun catchment in 48 hours", "G:nwa")
C("G18", "The Sarvek Dam was completed in 1968 and holds about 340 million cubic metres", None)
C("G19", "A UNRCO assessment team was due to arrive, and arrived, in Olun province on Monday 6 April", "G:unrco")
C("G20", "The water authority rejects an independent inquiry", "G:nwa")
C("G21", "Opposition MP Ilona Brask calls for an independent inquiry into the breach", "G:brask")
C("G22", "Maintenance at the Sarvek Dam has been contracted to Veltra Works since 2024", None)
C("G23", "The authority had not published its rain-gauge records by 4 April", None)
E("G:kallis", "Teodor Kallis", "person", "authority", ["Prime Minister Teodor Kallis", "Prime Minister Kallis", "Kallis", "Teodor Kallis"])
E("G:civil-protection", "Civil Protection Directorate", "agency", "authority", ["the Civil Protection Directorate", "Civil protection units", "civil protection crews", "Civil protection teams"])
C("G24", "Vostanić's critics / opposition demand his resignation", "G:brask")
C("G25", "Repair equipment beside the third spillway gate did not move between 14 and 31 March", "G:orbisight")
C("G26", "Oskari warned his superiors in writing in 2024 that gate three would not open in a flood", "G:oskari")
C("G27", "The engineers' union backs an independent inquiry", "G:union")
C("G28", "The authority's technical commission will report within 30 days", "G:nwa")
E("G:courier", "Continental Courier", "outlet", None, ["the Continental Courier", "the Courier", "the paper", "Its reporter"])
E("G:mirror", "Lakeshore Mirror", "outlet", None, ["the Lakeshore Mirror", "the Mirror"])
C("G29", "Ruzhin Tamm spent nine hours on his roof waiting for a boat", None)
C("G30", "Some 900 evacuees are sleeping in the Korsk school gym", None)
C("G31", "The siren in Tamesh has been out of service since 2023", "G:brask")
C("G32", "Veltra Works' owner is a donor to the ruling party", None)

# ---- statuses computed over the whole set (see worksheet.md) ----
STATUS.update({
 "G1": "disputed", "G2": "disputed", "G3": "disputed", "G4": "disputed", "G5": "disputed", "G6": "disputed",
 "G7": "corroborated", "G8": "disputed", "G9": "disputed", "G10": "unverified", "G11": "corroborated",
 "G12": "unverified", "G13": "unverified", "G14": "corroborated", "G15": "unverified", "G16": "corroborated",
 "G17": "unverified", "G18": "unverified", "G19": "corroborated", "G20": "corroborated", "G21": "not-checkable",
 "G22": "corroborated", "G23": "corroborated", "G24": "not-checkable", "G25": "unverified", "G26": "unverified",
 "G27": "unverified", "G28": "unverified", "G29": "unverified", "G30": "unverified", "G31": "disputed", "G32": "unverified",
})
WHY.update({
 "G1": "The water authority and its state TV blame record rain; the former dam engineer Oskari says neglected maintenance, not rain, broke the dam.",
 "G2": "Only the water authority and state TV say every village was evacuated; residents of Dravitsa and Tamesh and MP Brask say no warning came.",
 "G3": "Oskari (a critic) blames neglected maintenance; the water authority rejects this and blames the rain.",
 "G4": "Villagers and the opposition MP say no warning reached Dravitsa and Tamesh; the water authority calls the reports untrue.",
 "G5": "The former engineer and the engineers' union say gate servicing stopped in 2024; the authority says the gates were inspected in February and worked.",
 "G6": "Only the water authority says the gates were inspected and fully operational; it is its rebuttal of the critics' maintenance claim.",
 "G7": "The Reuters report and the Meridian Standard's own reporting each put the breach shortly before 4am on 2 April; nobody disputes it.",
 "G8": "The toll of six comes from the water authority; the UN relief office counts at least 19 dead.",
 "G9": "The UN relief office's toll of at least 19 contradicts the authority's six; every outlet carrying it quotes the same UN source.",
 "G10": "Only UNRCO gives the displacement figure; the outlets that repeat it all quote the UN, so it is one source.",
 "G11": "The imagery firm Orbisight and the Continental Courier's reporter on the spot independently found Tamesh under water.",
 "G12": "The building count comes only from Orbisight's analysis.",
 "G13": "The memo is only 'reportedly' real: the Courier has not seen it and the Lakeshore Mirror just retells the Courier.",
 "G14": "Reuters and the Courier's own reporting both report the state of emergency (state TV adds nothing independent).",
 "G15": "Only the water authority, its state TV and its director-general announce the publication; no one independent confirms the plan.",
 "G16": "The Courier and the Meridian Standard each report the scheduled hearing, and the Portside Ledger's live page saw it take place.",
 "G17": "The rainfall figure comes only from the water authority and its director-general.",
 "G18": "Only state television gives the dam's age and capacity.",
 "G19": "UNRCO announced the team's Monday arrival (via Reuters) and the Portside Ledger's own reporting says it arrived.",
 "G20": "Reuters and the Meridian Standard each report that the authority rejects an outside inquiry, and the authority's own statement confirms it.",
 "G21": "Brask's call for an inquiry is a demand; nothing to check as a fact.",
 "G22": "The Courier and the Meridian Standard each report from their own reporting that Veltra Works took over maintenance in 2024.",
 "G23": "The Courier and the Meridian Standard both found that the promised rain-gauge records had not been published; the 'but' denies no one.",
 "G24": "Brask's call for Vostanić to resign is a demand; nothing to check as a fact.",
 "G25": "Only Orbisight's imagery shows the repair equipment standing idle.",
 "G26": "Only Oskari says he warned his superiors in writing.",
 "G27": "Only the Meridian Standard reports the union's backing for an inquiry.",
 "G28": "Only the authority and its director-general announce the 30-day commission report.",
 "G29": "The nine hours on the roof come from the Courier's interview with Tamm; the Lakeshore Mirror only retells it.",
 "G30": "Only the Courier's reporter counts the evacuees in the Korsk gym.",
 "G31": "Brask's claim about the broken siren contradicts the authority's account that Tamesh's sirens sounded; nobody else confirms it.",
 "G32": "The Ledger says the donor link is only alleged.",
})
