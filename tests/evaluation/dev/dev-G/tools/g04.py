EXT = 'html'
META = dict(outlet='Meridian Standard', layout='broadsheet-html',
            headline='Satellite images show Tamesh under water hours after Sarvek breach',
            publisher='Meridian Standard', agency=None, published='2026-04-04', origin={'type': 'own', 'source': None})
BODY = [
 "VELORAN — Radar satellite images taken six hours after the Sarvek Dam burst show the village of Tamesh almost entirely submerged, according to an analysis published on Saturday by the imagery firm Orbisight Analytics.",
 "The dam gave way shortly before 4am on Thursday 2 April, after four days of heavy rain over the Olun basin.",
 "The firm estimated that about 2,100 buildings across the Olun valley were inundated, most of them in Dravitsa (also spelt Dravica), Tamesh and the lower part of Korsk. Orbisight also said that images from 14 March showed scaffolding and a crane beside the spillway's third gate, and that the equipment had not moved by 31 March.",
 "The National Water Authority maintains that all downstream villages were evacuated in time. It blames the breach on the heaviest rain in the valley's records.",
 "“Those houses were empty when the water reached them,” Vostanić said in a television interview on Friday. The authority said on Friday that six people had died, all of them in farmhouses outside the evacuation zone.",
 "The Union of Dam and Hydraulic Engineers, which represents about 1,400 engineers at state water facilities, said on Friday that the spillway gates at Sarvek had gone without their annual service since 2024. The Standard could not independently verify the union's account.",
 "Oskari, the former senior engineer at the dam, said he had warned his superiors about the condition of the third gate before he left in 2024. “I told them in writing that gate three would not open in a flood,” he said.",
 "In 2024 the authority moved maintenance at Sarvek and four other northern dams to a private contractor, Veltra Works, in a tender that opposition deputies have called rigged.",
 "Ilona Brask, the opposition MP for the Olun valley, demanded Vostanić's resignation on Friday. “These pictures prove what the people of Tamesh have said from the first day: nobody warned them,” she said.",
 "The union said it backed Brask's call for an independent inquiry. Vostanić has ruled out an outside inquiry. He said the authority's own technical commission would report within 30 days, and described the engineers' claims as “shameful politicking at a time of national grief”.",
 "Leyla Amsel, a spokesperson for the United Nations Relief Coordination Office, insisted that the agency's figure of about 11,400 displaced people was drawn from registration lists at 23 shelters. UNRCO put the death toll at 19 on Saturday, against the six deaths acknowledged by the authority.",
 "The authority has promised to publish its rain-gauge records, but has not yet done so.",
 "Parliament's environment committee is expected to question Vostanić on Tuesday.",
]
HTML = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Satellite images show Tamesh under water hours after Sarvek breach</title>
<meta name="description" content="An imagery firm's analysis contradicts the Kastrelian water authority's account of the evacuation.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/standard-2026.css">
</head>
<body>
<div class="topbar"><a href="/">The Meridian Standard</a> <span class="edition">International edition</span> <a href="/login">Sign in</a></div>
<nav class="sections">
  <ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/environment">Environment</a></li><li><a href="/science">Science</a></li><li><a href="/comment">Comment</a></li></ul>
</nav>
<div class="article-wrap">
  <div class="section-label">Environment | Kastrelia floods</div>
  <h1>Satellite images show Tamesh under water hours after Sarvek breach</h1>
  <div class="byline-block">
    <span class="author">Jonas Ebb, Europe correspondent</span>
    <span class="dateline">Saturday 4 April 2026</span>
    <span class="listen">Listen to this article · 6 min</span>
  </div>
  <figure class="hero">
    <img src="/media/orbisight-tamesh-0402.jpg" alt="Radar image of the Olun valley">
    <figcaption>A radar image of the Olun valley taken at 10.02 on 2 April; flooded areas appear dark. Image: Orbisight Analytics</figcaption>
  </figure>
  <div class="article-body">
{BODY}
  </div>
  <div class="briefing-box">
    <p class="briefing-title">The Standard Briefing</p>
    <p class="briefing-text">The day's most important stories, every weekday at 7am. Enter your email address to sign up.</p>
  </div>
  <section class="more">
    <h2>More on this story</h2>
    <ul>
      <li><a href="/environment/2026/apr/02/sarvek-dam-breach">Kastrelia: dam bursts after days of heavy rain</a></li>
      <li><a href="/comment/2026/apr/04/ageing-dams">Europe's ageing dams are a disaster waiting to happen</a></li>
    </ul>
  </section>
</div>
<footer>
  <p>The Meridian Standard · Registered in Harbourside · Independent journalism since 1871</p>
  <p><a href="/help">Help</a> · <a href="/complaints">Complaints &amp; corrections</a> · <a href="/terms">Terms &amp; conditions</a></p>
</footer>
</body>
</html>
'''
CLUTTER = [
 "The Meridian Standard International edition Sign in",
 "World Politics Environment Science Comment",
 "Environment | Kastrelia floods",
 "Satellite images show Tamesh under water hours after Sarvek breach",
 "Jonas Ebb, Europe correspondent",
 "Saturday 4 April 2026",
 "Listen to this article · 6 min",
 "A radar image of the Olun valley taken at 10.02 on 2 April; flooded areas appear dark. Image: Orbisight Analytics",
 "The Standard Briefing",
 "The day's most important stories, every weekday at 7am. Enter your email address to sign up.",
 "More on this story",
 "Kastrelia: dam bursts after days of heavy rain",
 "Europe's ageing dams are a disaster waiting to happen",
 "The Meridian Standard · Registered in Harbourside · Independent journalism since 1871",
 "Help · Complaints & corrections · Terms & conditions",
]
SKIP = ["The Standard could not independently verify the union's account."]
CLAIMS = [
 ("VELORAN — Radar satellite images taken six hours after the Sarvek Dam burst show the village of Tamesh almost entirely submerged, according to an analysis published on Saturday by the imagery firm Orbisight Analytics.", 'attributed', 'G:orbisight', 'G11', [], False),
 ("The dam gave way shortly before 4am on Thursday 2 April, after four days of heavy rain over the Olun basin.", 'factual', None, 'G7', [], False),
 ("The firm estimated that about 2,100 buildings across the Olun valley were inundated, most of them in Dravitsa (also spelt Dravica), Tamesh and the lower part of Korsk.", 'attributed', 'G:orbisight', 'G12', [], False),
 ("Orbisight also said that images from 14 March showed scaffolding and a crane beside the spillway's third gate, and that the equipment had not moved by 31 March.", 'attributed', 'G:orbisight', 'G25', [], False),
 ("The National Water Authority maintains that all downstream villages were evacuated in time.", 'attributed', 'G:nwa', 'G2', [], False),
 ("It blames the breach on the heaviest rain in the valley's records.", 'attributed', 'G:nwa', 'G1', [], False),
 ("“Those houses were empty when the water reached them,” Vostanić said in a television interview on Friday.", 'attributed', 'G:vostanic', 'G2', [], False),
 ("The authority said on Friday that six people had died, all of them in farmhouses outside the evacuation zone.", 'attributed', 'G:nwa', 'G8', [], False),
 ("The Union of Dam and Hydraulic Engineers, which represents about 1,400 engineers at state water facilities, said on Friday that the spillway gates at Sarvek had gone without their annual service since 2024.", 'attributed', 'G:union', 'G5', [], True),
 ("Oskari, the former senior engineer at the dam, said he had warned his superiors about the condition of the third gate before he left in 2024.", 'attributed', 'G:oskari', 'G26', [], False),
 ("“I told them in writing that gate three would not open in a flood,” he said.", 'attributed', 'G:oskari', 'G26', [], False),
 ("In 2024 the authority moved maintenance at Sarvek and four other northern dams to a private contractor, Veltra Works, in a tender that opposition deputies have called rigged.", 'factual', None, 'G22', [], False),
 ("Ilona Brask, the opposition MP for the Olun valley, demanded Vostanić's resignation on Friday.", 'demand', 'G:brask', 'G24', [], False),
 ("“These pictures prove what the people of Tamesh have said from the first day: nobody warned them,” she said.", 'denial', 'G:brask', 'G4', ['G2'], False),
 ("The union said it backed Brask's call for an independent inquiry.", 'position', 'G:union', 'G27', [], False),
 ("Vostanić has ruled out an outside inquiry.", 'position', 'G:vostanic', 'G20', [], False),
 ("He said the authority's own technical commission would report within 30 days, and described the engineers' claims as “shameful politicking at a time of national grief”.", 'prediction', 'G:vostanic', 'G28', [], False, None, 'unverified'),
 ("Leyla Amsel, a spokesperson for the United Nations Relief Coordination Office, insisted that the agency's figure of about 11,400 displaced people was drawn from registration lists at 23 shelters.", 'attributed', 'G:amsel', 'G10', [], False),
 ("UNRCO put the death toll at 19 on Saturday, against the six deaths acknowledged by the authority.", 'attributed', 'G:unrco', 'G9', ['G8'], False),
 ("The authority has promised to publish its rain-gauge records, but has not yet done so.", 'factual', None, 'G23', [], False),
 ("Parliament's environment committee is expected to question Vostanić on Tuesday.", 'prediction', None, 'G16', [], False, None, 'unverified'),
]
