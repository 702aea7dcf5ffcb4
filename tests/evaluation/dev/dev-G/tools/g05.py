EXT = 'txt'
WRAP = 0
META = dict(outlet='Eastgate Tribune', layout='regional-wire-txt',
            headline='Kastrelia dam: villagers dispute official evacuation account',
            publisher='Eastgate Tribune', agency='Reuters', published='2026-04-03', origin={'type': 'wire', 'source': 'Reuters'})
BLOCKS = [
 ('c', "Skip to main content\nEastgate Tribune\nNews | Local | World | Sport | Business | Puzzles | E-edition\nWORLD | WIRE"),
 ('c', "Kastrelia dam: villagers dispute official evacuation account"),
 ('c', "Wire service\nFri 3 Apr 2026 17:48\nComments (12)"),
 ('c', "ADVERTISEMENT"),
 ('b', "DRAVITSA, Kastrelia (Reuters) - Residents of two villages swamped when the Sarvek Dam burst in northeastern Kastrelia said on Friday they had received no warning to leave, contradicting the state water authority's assertion that every community downstream was evacuated in time."),
 ('b', "The dam on the River Olun gave way at around 4am on Thursday, sending a wall of water down the valley."),
 ('b', "Kastrelia's National Water Authority (NWA) has blamed record rainfall for the breach. It says all villages were cleared before the water arrived."),
 ('b', "\"We heard the water before we heard anyone from the authority,\" said Hana Vilko, 54, who escaped from her house in Dravitsa with her grandson by climbing onto a neighbour's roof."),
 ('b', "In the neighbouring village of Tamesh, village head Ruzhin Tamm said no civil protection officers and no sirens had reached its 600 residents before the flood. Reuters could not independently verify his account."),
 ('c', "Story continues below advertisement\nADVERTISEMENT"),
 ('b', "NWA director-general Aurel Vostanich said on Thursday that more than 210mm of rain had fallen on the catchment in 48 hours, more than double the previous record. \"No settlement was left without warning,\" Vostanich told reporters in the capital on Thursday evening."),
 ('b', "Petar Oskari, who worked as a senior engineer at the dam until 2024, said the structure failed because maintenance had been neglected, not because of the rain. He said inspections of the spillway gates had been postponed repeatedly since the authority cut its maintenance budget in 2024."),
 ('b', "Rescue teams reached Dravitsa by boat on Friday morning, but the road to Tamesh remained under water. The government declared a state of emergency in Olun province on Thursday."),
 ('b', "The United Nations Relief Coordination Office (UNRCO) said about 11,400 people had been displaced across the province. A UNRCO assessment team is expected to arrive on Monday."),
 ('b', "Opposition MP Ilona Brask called for an independent inquiry into the breach."),
 ('c', "— Reuters"),
 ('c', "Related\nRain warnings extended across the region for the weekend\nHow safe are our own reservoirs? Council publishes inspection dates"),
 ('c', "Share this article: Facebook | X | WhatsApp | Email"),
 ('c', "Get the Tribune Today newsletter in your inbox every morning. Sign up"),
 ('c', "© Eastgate Tribune Media Group 2026 | Terms | Privacy | Cookie settings"),
]
# "— Reuters" is a credit line, not body
SKIP = ["Reuters could not independently verify his account."]
CLAIMS = [
 ("DRAVITSA, Kastrelia (Reuters) - Residents of two villages swamped when the Sarvek Dam burst in northeastern Kastrelia said on Friday they had received no warning to leave, contradicting the state water authority's assertion that every community downstream was evacuated in time.", 'denial', 'G:residents', 'G4', ['G2'], False),
 ("The dam on the River Olun gave way at around 4am on Thursday, sending a wall of water down the valley.", 'factual', None, 'G7', [], False),
 ("Kastrelia's National Water Authority (NWA) has blamed record rainfall for the breach.", 'attributed', 'G:nwa', 'G1', [], False),
 ("It says all villages were cleared before the water arrived.", 'attributed', 'G:nwa', 'G2', [], False),
 ("\"We heard the water before we heard anyone from the authority,\" said Hana Vilko, 54, who escaped from her house in Dravitsa with her grandson by climbing onto a neighbour's roof.", 'denial', 'G:vilko', 'G4', ['G2'], False),
 ("In the neighbouring village of Tamesh, village head Ruzhin Tamm said no civil protection officers and no sirens had reached its 600 residents before the flood.", 'denial', 'G:tamm', 'G4', ['G2'], True),
 ("NWA director-general Aurel Vostanich said on Thursday that more than 210mm of rain had fallen on the catchment in 48 hours, more than double the previous record.", 'attributed', 'G:vostanic', 'G17', [], False),
 ("\"No settlement was left without warning,\" Vostanich told reporters in the capital on Thursday evening.", 'attributed', 'G:vostanic', 'G2', [], False),
 ("Petar Oskari, who worked as a senior engineer at the dam until 2024, said the structure failed because maintenance had been neglected, not because of the rain.", 'denial', 'G:oskari', 'G3', ['G1'], False),
 ("He said inspections of the spillway gates had been postponed repeatedly since the authority cut its maintenance budget in 2024.", 'attributed', 'G:oskari', 'G5', [], False),
 ("Rescue teams reached Dravitsa by boat on Friday morning, but the road to Tamesh remained under water.", 'factual', None, None, [], False,
  "Reported only by the Reuters story (one source); the 'but' contrasts two facts and denies nothing."),
 ("The government declared a state of emergency in Olun province on Thursday.", 'factual', None, 'G14', [], False),
 ("The United Nations Relief Coordination Office (UNRCO) said about 11,400 people had been displaced across the province.", 'attributed', 'G:unrco', 'G10', [], False),
 ("A UNRCO assessment team is expected to arrive on Monday.", 'prediction', 'G:unrco', 'G19', [], False, None, 'unverified'),
 ("Opposition MP Ilona Brask called for an independent inquiry into the breach.", 'demand', 'G:brask', 'G21', [], False),
]
