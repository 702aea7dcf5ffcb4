from lib import Article, C, NO, render_html, render_text
from arts1 import W

ARTS = []

# ---------------------------------------------------------------- h05 Seltava Voice, txt, first line is a photo caption
a = Article('h05', 'txt', 'Seltava Voice', 'regional-independent',
            'At Station 114, a quiet day and a box full of ballots', 'Seltava Voice', None, '2026-11-17',
            {'type': 'own', 'source': None}, [
    [("KORDOVETS — For most of Sunday, the polling station in the gym of School No. 3 was almost empty.",
      C('factual', None, None, why="Only the Seltava Voice reporter's own observation."))],
    [("Polling Station No. 114, in the gym of School No. 3 on Rybna Street, serves about 1,380 registered voters in the northern part of Kordovets.",
      C('factual', None, 'H34')),
     ("A reporter for this newspaper spent nine hours there on Sunday and counted roughly 430 people coming in to vote.",
      C('factual', None, 'H10', why="The reporter's own count, close to the observers'; the commission's chair calls the observers' tally wrong.")),
     ("There were no queues at any point.",
      C('factual', None, 'H8', ['H9']))],
    [("The station closed at 8 pm, not 10 pm as the commission said, and its doors were locked a few minutes later.",
      C('factual', None, 'H8', ['H9'])),
     ("Yet the protocol pinned to the door the next morning recorded 1,327 ballots cast, a turnout of 96 per cent.",
      C('factual', None, 'H32'))],
    [("Nadia Orlik, a 63-year-old retired teacher who lives across the street, said she had seen a man carry a thick bundle of papers into the gym shortly before closing.",
      C('attributed', 'H:orlik', None, why="A single eyewitness quoted by one outlet.")),
     ("“He did not come to vote; he came to deliver,” she told the Seltava Voice.",
      C('attributed', 'H:orlik', 'H6'))],
    [("Viktor Sushko, who chaired the station’s electoral commission, said everything had been done by the book.",
      C('denial', 'H:sushko', 'H7', ['H6'])),
     ("“We counted every ballot twice, in front of everyone,” he said.",
      C('denial', 'H:sushko', 'H7', ['H6'])),
     ("Sushko insisted that many people had voted in the last two hours, after the commission extended voting because of the crowds.",
      C('attributed', 'H:sushko', 'H9'))],
    [("Asked how more than 1,300 people could have voted in a room this reporter watched all day, he ended the conversation.",
      C('factual', None, None, why="The reporter's own account of the exchange; no other source."))],
    [("The Central Election Commission did not reply to written questions sent on Monday.",
      C('factual', None, None, why="Only the Seltava Voice says so.")),
     ("It has promised to publish station-by-station results for the whole region, but has not yet done so.",
      C('factual', None, 'H21'))],
    [("Observers from the Forum for Free Elections, who were at Station 114 for most of the day, said they had reached the same conclusion independently.",
      C('attributed', 'H:mission', 'H10')),
     ("Their preliminary statement lists the station among three where, it says, ballot boxes were stuffed.",
      C('attributed', 'H:mission', 'H6'))],
    [("Ilya Bortnik, who has run Seltava since 2016, carried the region comfortably in 2021 amid complaints of pressure on public-sector workers.",
      C('factual', None, 'H19')),
     ("Yana Kostrova, the Civic Alliance candidate and a former mayor of Kordovets, won the town in that election, according to official figures.",
      C('attributed', 'H:cec', None, why="Only the official 2021 figures, cited by one outlet."))],
    [("A hearing on the Civic Alliance’s complaint about the three stations is scheduled for Thursday, the court’s press office said.",
      C('prediction', 'H:court', None, plan=True, why="A scheduled hearing announced by the court's press office; only one outlet reports the date.")),
     ("The opposition’s lawyers said they were confident the judges would order a recount.",
      C('prediction', 'H:civic', None, why="The opposition's own forecast of a ruling."))],
])
render_text(a, '''The gym of School No. 3 in Kordovets, which housed Polling Station No. 114, shortly after voting ended on Sunday. Photo: Lena Marek

ELECTIONS / REPORTER'S NOTEBOOK

At Station 114, a quiet day and a box full of ballots

By Tomas Veren
17 November 2026, 07:10

Share this article   |   Comments (48)

{P}

{P}

{P}

{P}

Also read: Seltava election 2026, all our coverage

{P}

{P}

{P}

{P}

{P}

{P}

Local reporting costs money. Subscribe for 3 euros a month and keep it going.

MORE FROM ELECTIONS
Kordovets council approves winter heating subsidy
Who are the four other candidates for governor?
Letters: "My polling card never arrived"
''')
ARTS.append(a)

# ---------------------------------------------------------------- h06 The Fact Room, md without frontmatter (reader mode)
a = Article('h06', 'md', 'Fact Room', 'verification-desk',
            'Ballot-stuffing video was filmed in Kordovets polling station, verification group finds', 'Fact Room', None,
            '2026-11-18', {'type': 'own', 'source': None}, [
    [("A video that appears to show ballots being stuffed into a box during Sunday’s governor election in Karvenia’s Seltava Region was filmed inside Polling Station No. 114 in the town of Kordovets, the open-source verification group Pinpoint Collective said on Wednesday.",
      C('attributed', 'H:pinpoint', 'H15'))],
    [("The 47-second clip was first posted at 9:12 pm on Sunday on Seltava Uncensored, an anonymous channel with about 80,000 subscribers, and had been viewed some 310,000 times by Tuesday.",
      C('factual', None, 'H17'))],
    [("It shows a man in a dark jacket feeding a thick stack of folded papers into a transparent ballot box as two women seated at a table look on.",
      C('factual', None, 'H30'))],
    [("Pinpoint matched the wooden wall bars, a red basketball hoop and a row of three high windows seen in the footage with photographs of the gym of School No. 3 on Rybna Street that the regional education department posted online in 2023.",
      C('attributed', 'H:pinpoint', None, why="Pinpoint's own method, described by one outlet.")),
     ("The school houses Station 114.",
      C('factual', None, 'H34'))],
    [("A poster listing the candidates, visible for two seconds near the end of the clip, carries the station number “114”, the group said.",
      C('attributed', 'H:pinpoint', 'H15')),
     ("“Every feature we could check lines up, and nothing we found contradicts it,” said Sanna Rivet, a Pinpoint analyst who led the work.",
      C('attributed', 'H:rivet', 'H15'))],
    [("The Central Election Commission said on Tuesday that the footage had been filmed abroad during a 2021 election and “recycled” by the opposition.",
      C('denial', 'H:cec', 'H16', ['H15'])),
     ("Contrary to the commission’s claim, the room in the video is the Kordovets gym, Rivet said.",
      C('denial', 'H:rivet', 'H15', ['H16']))],
    [("Pinpoint said it could not establish from the video alone on which day it was filmed.",
      C('attributed', 'H:pinpoint', None, why="Pinpoint's own statement of what it could not establish.")),
     ("However, the voting booths in the clip carry the blue-and-white side panels the commission introduced in 2024, which rules out a recording from 2021, the group said.",
      C('denial', 'H:pinpoint', 'H15', ['H16']))],
    [("The commission did not respond to a request for comment from the Fact Room on Wednesday.",
      C('factual', None, None, why="Only the Fact Room says so.")),
     ("Its chair, Marta Veselinova, said on Monday that no violations capable of affecting the result had been recorded anywhere in the region.",
      C('denial', 'H:veselinova', 'H7', ['H6']))],
    [("The Forum for Free Elections, whose observers reported ballot stuffing at Station 114 and two other stations, said the geolocation was consistent with what its monitors had seen.",
      C('attributed', 'H:mission', 'H15')),
     ("Pinpoint plans to submit its findings to the Seltava Regional Administrative Court, which hears the opposition’s complaint on Thursday.",
      C('prediction', 'H:pinpoint', None, plan=True, why="A plan announced by Pinpoint; nothing in the set shows it was carried out."))],
    [("Pinpoint was founded in 2022 by former journalists and has previously verified footage from protests in Drovna.",
      C('factual', None, None, why="Background stated only by the Fact Room."))],
])
render_text(a, '''Home › Verification › Karvenia

# Ballot-stuffing video was filmed in Kordovets polling station, verification group finds

By Ines Holm · Wednesday · 6 min read

![Still from the video posted on Seltava Uncensored](https://factroom.example/img/k114-still.jpg)

Still from the video posted on Seltava Uncensored. Annotation: Pinpoint Collective

*This image has been cropped and annotated by Pinpoint Collective; faces have been blurred.*

{P}

{P}

{P}

{P}

![Map](https://factroom.example/img/kordovets-map.png)

Map: Kordovets · Rybna Street · School No. 3 (Polling Station 114)

{P}

{P}

{P}

{P}

{P}

{P}

Filed 18 November 2026, 16:45 CET

Share: X · Facebook · Email

**Read next**

- [How we verify user-generated video](https://factroom.example/method)
- [Three claims about Karvenia's new voting booths, checked](https://factroom.example/booths)
''')
ARTS.append(a)

# ---------------------------------------------------------------- h07 Drovna Observer, txt, hard-wrapped
a = Article('h07', 'txt', 'Drovna Observer', 'national-daily',
            'Court orders recount at three Seltava polling stations', 'Drovna Observer', None, '2026-11-19',
            {'type': 'own', 'source': None}, [
    [("The Seltava Regional Administrative Court has rejected an opposition request to annul the governor election but found serious doubts over the results at three polling stations.",
      C('factual', None, 'H13'))],
    [("ZHELVANY (Drovna Observer) — A court in Seltava on Thursday ordered election officials to recount the ballots at three polling stations where independent observers say boxes were stuffed during Sunday’s governor election.",
      C('factual', None, 'H12'))],
    [("In its ruling, the court said the protocols of stations No. 114 and No. 117 in Kordovets and No. 203 in Brisk contained “discrepancies that cannot be explained by ordinary counting error” and had to be checked against the ballots themselves.",
      C('attributed', 'H:court', 'H35'))],
    [("Judge Alina Morozan rejected the Civic Alliance’s request to annul the result for the whole region, saying the party had not shown that problems elsewhere could have changed the outcome.",
      C('factual', None, 'H13'))],
    [("The recount is to take place on Saturday under the supervision of a court-appointed panel, and observers from all candidates may attend, according to the ruling.",
      C('prediction', 'H:court', 'H14', plan=True))],
    [("The commission’s chairwoman said the commission would “of course” comply.",
      C('position', 'H:veselinova', 'H36')),
     ("She said the differences in the three protocols were clerical mistakes made by tired volunteers late at night.",
      C('denial', 'H:veselinova', 'H37', ['H35'])),
     ("The recount, she said, would be “a chance to put these fairy tales to rest”.",
      C('value-judgement', 'H:veselinova', None, why="The accused commission's characterisation of the allegations."))],
    [("Oleg Demchak, the governing party’s spokesman, said the ruling “changes nothing”, since the three stations have fewer than 4,000 registered voters between them and Bortnik’s lead exceeds 200,000 votes.",
      C('prediction', 'H:demchak', None, why="The governing party's forecast of the recount's effect."))],
    [("The Observer has obtained a copy of the protocol for Station 114, which records 1,327 ballots cast out of 1,380 registered voters.",
      C('factual', None, 'H32')),
     ("Observers from the Forum for Free Elections counted 412 voters at that station, a figure the mission included in its complaint to the court.",
      C('attributed', 'H:mission', 'H10'))],
    [("Yana Kostrova, the opposition candidate, welcomed the ruling but said a recount at three stations was “not enough”.",
      C('position', 'H:kostrova', None, why="Kostrova's own stated stance, reported by one outlet; the 'but' denies nothing.")),
     ("She said her party would appeal to the Supreme Court for a recount across the region.",
      C('prediction', 'H:kostrova', 'H40', plan=True))],
    [("The commission has yet to publish a station-by-station breakdown of the vote, which it promised on election night.",
      C('factual', None, 'H21')),
     ("It still puts turnout at 74.2 per cent.",
      C('attributed', 'H:cec', 'H1'))],
    [("Dana Kerimova, a political scientist at Drovna State University, said the recount was unlikely to change the overall result but could weigh on the parliamentary election due next year.",
      C('prediction', 'H:kerimova', None, why="An analyst's forecast; nothing to check."))],
    [("Bortnik has not commented on the ruling.",
      C('factual', None, None, why="Only the Drovna Observer says so."))],
])
render_text(a, '''NEWS  |  POLITICS  |  REGIONS  |  OPINION  |  CULTURE

Politics

Court orders recount at three Seltava polling stations

Marek Dolny in Zhelvany
Thursday 19 November 2026 18.05 CET

Photograph: Civic Alliance supporters outside the court building in
Zhelvany. (Photo by Anna Brezic/Getty Images)

{P}

{P}

{P}

{P}

{P}

-- advertisement --

{P}

{P}

{P}

{P}

{P}

{P}

{P}

Reporting by Marek Dolny; additional reporting by Kasia Lind in Kordovets

Sign up to First Edition, our free daily newsletter - every weekday morning

Most read
1. Drovna metro fares to rise in January
2. Seltava election: what the recount means
3. Interview: the last glassblowers of Lisk

Topics: Karvenia, Seltava, Elections, Courts
''', wrap=72)
ARTS.append(a)

# ---------------------------------------------------------------- h08 Free Karvenia Radio (2), html with JSON-LD only
a = Article('h08', 'html', 'Free Karvenia Radio', 'exile-broadcaster',
            'Court orders Seltava recount; commission says it will comply', 'Free Karvenia Radio', None, '2026-11-19',
            {'type': 'own', 'source': None}, [
    [("A regional court on Thursday ordered a recount of ballots at three polling stations in Seltava where independent observers and the opposition say ballot boxes were stuffed in Sunday’s election for governor.",
      C('factual', None, 'H12'))],
    [("The Seltava Regional Administrative Court found that the official records from stations 114 and 117 in Kordovets and station 203 in Brisk contained discrepancies that could not be explained by counting errors.",
      C('factual', None, 'H35', why="Reported from the court's ruling; the commission's chair calls the discrepancies clerical mistakes.")),
     ("It rejected the opposition’s request to annul the vote across the region.",
      C('factual', None, 'H13'))],
    [("The Central Election Commission said it would comply and carry out the recount on Saturday, publishing the results the same evening.",
      C('prediction', 'H:cec', 'H14', plan=True)),
     ("Its chair, Marta Veselinova, had said on Monday that the count was clean and that observers’ figures for Station 114 were wrong.",
      C('denial', 'H:veselinova', 'H7', ['H6']))],
    [("Footage that Pinpoint Collective, an open-source investigations group, traced on Wednesday to the gym of School No. 3 in Kordovets – the building that houses Station 114 – was shown in court by the opposition’s lawyers.",
      C('factual', None, None, why="Only Free Karvenia Radio reports that the footage was shown in court.")),
     ("The clip, first posted on Sunday evening, has been viewed more than 300,000 times.",
      C('factual', None, 'H17')),
     ("The commission maintains that it was filmed abroad in 2021.",
      C('denial', 'H:cec', 'H16', ['H15']))],
    [("Kordovetz, as the town’s name is often spelt in foreign media, was Yana Kostrova’s stronghold when she served as its mayor from 2015 to 2020.",
      C('factual', None, None, why="Background stated only by Free Karvenia Radio.")),
     ("Kostrova said the ruling showed that “the truth cannot be hidden in a ballot box”.",
      C('value-judgement', 'H:kostrova', None, why="The opposition candidate's rhetoric, not a checkable fact.")),
     ("She called on the commission to suspend the certification of Illia Bortnyk’s victory until a full recount had been held.",
      C('demand', 'H:kostrova', 'H22'))],
    [("The governing Karvenian Renewal party said it respected the court’s decision and had “nothing to fear” from a recount.",
      C('position', 'H:renewal', 'H24')),
     ("Its spokesman, Oleg Demchak, said the opposition was “trying to win in court what it lost at the ballot box”.",
      C('value-judgement', 'H:demchak', None, why="The governing party's characterisation of the opposition."))],
    [("The Civic Alliance boycotted the farcical municipal elections of 2019, in which Renewal won every seat on the Kordovets council.",
      C('factual', None, None, why="A dated fact wrapped in a judgement, stated only by Free Karvenia Radio."))],
    [("The Forum for Free Elections, which has monitored Karvenian elections since 2012, said it would send observers to the recount.",
      C('prediction', 'H:mission', None, plan=True, why="A plan announced by the mission itself.")),
     ("Henrik Aalto, the head of the mission, called the recount “a first step, not the end of the story”.",
      C('value-judgement', 'H:aalto', None, why="The mission head's evaluation."))],
    [("The commission had been due to certify the final results on Friday.",
      C('prediction', 'H:cec', 'H20', plan=True, why="The Friday date was announced only by the commission, and it is now postponed.")),
     ("That certification has now been postponed until after the recount, a commission spokeswoman told Free Karvenia Radio.",
      C('attributed', 'H:cec-spox', None, why="Only a commission spokeswoman, to one outlet; a change of plan, not a denial."))],
])
render_html(a, '''<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Court orders Seltava recount; commission says it will comply</title>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Court orders Seltava recount; commission says it will comply","datePublished":"2026-11-19T19:30:00Z","inLanguage":"en","publisher":{"@type":"Organization","name":"Free Karvenia Radio","logo":{"@type":"ImageObject","url":"https://fkradio.example/logo.png"}},"author":[{"@type":"Person","name":"FKR Seltava desk"}]}
</script>
</head>
<body>
<nav class="site-nav">
  <a href="/">Free Karvenia Radio</a>
  <a href="/news">News</a> <a href="/seltava">Seltava election</a> <a href="/investigations">Investigations</a> <a href="/listen">Listen live</a>
</nav>
<main>
<article>
  <header>
    <p class="kicker">Seltava election</p>
    <h1>Court orders Seltava recount; commission says it will comply</h1>
    <p class="byline">FKR Seltava desk</p>
    <time datetime="2026-11-19T19:30:00Z">19 Nov 2026, 20:30</time>
  </header>
  <blockquote class="standing-note"><em>Free Karvenia Radio has been refused accreditation in Karvenia since March 2025. Our reports from Seltava rely on local contributors, whom we do not name for their safety.</em></blockquote>
  <figure><img src="/img/court-zhelvany.jpg" alt=""><figcaption>The Seltava Regional Administrative Court in Zhelvany. Photo: FKR contributor</figcaption></figure>
  <section class="article-body">
        {{BODY}}
  </section>
  <aside class="donate"><p>Independent reporting on Karvenia depends on you. <a href="/donate">Support Free Karvenia Radio</a></p></aside>
  <div class="tags">Tags: <a href="/t/seltava">Seltava</a> <a href="/t/courts">Courts</a> <a href="/t/elections">Elections</a></div>
</article>
</main>
<footer><p>© Free Karvenia Radio 2026</p></footer>
</body>
</html>
''')
ARTS.append(a)

# ---------------------------------------------------------------- h09 newsletter, md, no headline, no date, outlet unnamed
a = Article('h09', 'md', 'Daybreak Briefing', 'newsletter',
            None, None, 'Interwire', None, {'type': 'wire', 'source': 'Interwire'}, [
    [("ZHELVANY, Karvenia (Interwire) – Election observers in Karvenia say ballots were stuffed at several polling stations in Seltava Region, where the incumbent governor, Ilya Bortnik, was declared the winner of Sunday’s election with 61.8% of the vote.",
      W['lede'][1])],
    [("The Central Election Commission put turnout at 74.2%.",
      C('attributed', 'H:cec', 'H1')),
     W['kost']],
    [("The Forum for Free Elections, an independent monitoring group, said its observers had witnessed ballot stuffing at two stations in the town of Kordovetz and one in the village of Brysk.",
      W['ffe'][1]),
     ("Henrik Aalto, who heads the mission, said observers at one station in Kordovetz had counted about 400 voters, while the official protocol showed more than 1,300 ballots cast.", W['aalto'][1]),
     W['nover']],
    [("A video circulating on social media reportedly shows a man pushing a stack of papers into a ballot box at one of the stations.", W['video'][1])],
    [("The opposition Civic Alliance said its parallel count showed turnout of under 50%, not the three-quarters claimed by the commission.", W['turnout'][1])],
    [("The commission’s chairwoman, Marta Vesselinova, rejected the accusations.", W['rej'][1]),
     ("“The count was transparent,” she told reporters in Zhelvany.", W['rejq'][1])],
    [W['since']],
    [("Thousands of opposition supporters rallied in the regional capital on Monday evening.", W['rally'][1]),
     W['police']],
    [W['kostq']],
    [("Opposition candidate Iana Kostrova has called for a recount at all 612 polling stations and said her party would challenge the results in court.",
      W['demand'][1])],
    [W['demchak']],
    [W['context']],
    [W['final']],
])
render_text(a, '''Good morning. Here is what you need to know today.

**ELSEWHERE IN EUROPE**

{REST}

*Also today:* rail strike in the north enters its third day · central bank decision at noon · weather: dry and cold

[Read in your browser](https://example.com/view) | [Unsubscribe](https://example.com/unsub)

You are receiving this because you signed up for our morning briefing. Forward it to a friend who might like it.
''')
ARTS.append(a)
