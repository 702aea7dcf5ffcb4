import core
import arts1, arts2  # noqa: F401  (register articles)

AUTH, CRIT = 'authorities', 'critics'


def cl(fact, claimant, why=None):
    return {'story': 'I', 'fact': fact, 'claimant': claimant, 'why': why}


CLUSTERS = {
    'I1': cl('No toxic substances escaped beyond the Halvoran plant in the 24 November fire', 'I:halvoran',
             'Halvoran and the regional authorities say so; the Norvik lab, Lenta River Watch and Lipnica residents contradict it.'),
    'I2': cl('Norvik lab found chlorinated compounds up to four times the limit in Lipnica soil and well water, from the fire', 'I:norvik',
             'The finding of a lab hired by Lenta River Watch; Halvoran and the governor reject it.'),
    'I3': cl('Chlorine-like fumes from the fire reached homes in Lipnica', 'I:residents',
             'Residents and Lenta River Watch say so, contradicting the company’s no-release claim.'),
    'I4': cl('43 families were evacuated from Lipnica', 'I:ostrel-gov',
             'The regional administration’s figure; residents and Lenta River Watch say far more families left.'),
    'I5': cl('Far more than 43 families (over 100, at least 120) left Lipnica on the night of the fire', 'I:residents',
             'Residents and Lenta River Watch contradict the administration’s figure of 43, which it stands by.'),
    'I6': cl('Only two workers were hurt, treated for smoke inhalation and sent home', 'I:halvoran',
             'The company’s figure; the workers’ union says nine were taken to hospital.'),
    'I7': cl('Nine workers were taken to hospital, one into intensive care', 'I:cawu',
             'The union’s figure, contradicting the company’s two slightly hurt workers.'),
    'I8': cl('The fire broke out shortly after 11 pm on 24 November in a storage hall of the Halvoran plant', None,
             'Reported from their own reporting by the Ostrel Courier and Varnesia Today, and by the CPA wire.'),
    'I9': cl('The fire was put out about six hours later, around 5 am on 25 November', 'I:fire',
             'The neutral fire service gives the time and Varnesia Today reports it from its own reporting; CPA agrees.'),
    'I10': cl('The safety inspectorate suspended operations at the Kessary plant on 27 November', 'I:siis',
              'The Lenta Letter and the Business Review report the suspension independently; the company confirms it.'),
    'I11': cl('The Ostrel Regional Court ordered Halvoran to hand its fire-night air-monitoring records to the inspectorate within seven days', 'I:court',
              'The Business Review and the Ostrel Courier each report the ruling.'),
    'I12': cl('Halvoran will publish its air-monitoring readings by Friday 27 November', 'I:halvoran',
              'A plan announced only by the company; it is later reported not to have happened.'),
    'I14': cl('Schools in Kessary and Lipnica were closed on 25 November', None,
              'The Ostrel Courier and Varnesia Today each report the closures.'),
    'I15': cl('The Kessary plant employs about 1,400 people', None,
              'The Ostrel Courier and the Business Review both give the workforce as about 1,400.'),
    'I16': cl('The Kessary plant makes PVC and stores chlorine', None,
              'Only the Courier as an independent source; the other is the authorities’ state broadcaster.'),
    'I18': cl('Air quality in Kessary stayed within safe limits on the night of the fire', 'I:env-ministry',
              'Only the environment ministry and the governor, both on the authorities’ side, say so.'),
    'I19': cl('Halvoran had not published its air data by the morning of 28 November', None,
              'Only the Lenta Letter reports checking this.'),
    'I20': cl('The union demands an independent investigation with workers taking part', 'I:cawu'),
    'I21': cl('Lenta River Watch demands the plant be closed for good', 'I:lrw'),
    'I22': cl('The chlorine tanks stayed sealed during the fire', 'I:oldenvik',
              'The company’s claim; an anonymous worker says a tank valve leaked.'),
    'I23': cl('The State Industrial Safety Inspectorate opened an investigation into the fire', 'I:siis',
              'The neutral inspectorate says so and the Courier, Varnesia Today and CPA report it.'),
    'I24': cl('A team of inspectors is due at the site on Monday 30 November', 'I:siis',
              'A scheduled visit reported only by the Ostrel Courier.'),
    'I25': cl('The plant was fined in 2019 after an ammonia leak that sent 14 people to hospital', None,
              'CPA, the Morning Flash and the Lenta Letter each report the 2019 fine.'),
    'I27': cl('Halvoran rules out paying compensation before the investigation ends', 'I:halvoran'),
    'I29': cl('The Norvik results do not reflect the plant; such compounds are common in farm soil', 'I:halvoran',
              'The company’s rebuttal of the lab results, contradicting Norvik.'),
    'I30': cl('What burned was packaging and plastic granulate', 'I:oldenvik',
              'Only Halvoran’s chief executive says so.'),
    'I31': cl('Lipnica residents were warned only after 1 am', 'I:holub'),
    'I34': cl('Norvik Analytical Laboratory published its results on 27 November', 'I:norvik',
              'The Lenta Letter reports it and the company, a party, acknowledges it: one independent source.'),
    'I35': cl('Halvoran will publish its readings once the inspectorate has reviewed them', 'I:halvoran',
              'The company’s own announced plan; no one reports it carried out.'),
    'I36': cl('Norvik took soil and water samples in Lipnica on 25 November at Lenta River Watch’s request', 'I:lrw',
              'Lenta River Watch says so and one outlet reports it: one independent source.'),
    'I38': cl('Halvoran managers ignored staff warnings about plastic stored next to the chlorine', None),
    'I39': cl('A valve on one chlorine tank leaked during the fire', 'I:worker-anon',
              'An anonymous worker’s account the outlet could not verify; it contradicts the company.'),
    'I40': cl('The Norvik results are not official and state monitoring registered no exceedances', 'I:kelmane',
              'The governor’s rebuttal of the lab results.'),
    'I41': cl('The union backs the suspension of the plant', 'I:cawu',
              'Only the union’s regional secretary, in one outlet.'),
    'I42': cl('Halvoran shares fell 11% on 1 December', None, 'Only the Business Review reports it.'),
    'I43': cl('The court barred Halvoran from altering or deleting monitoring data', 'I:court',
              'The Business Review and the Ostrel Courier each report it.'),
    'I44': cl('The ruling says Halvoran gave no adequate explanation for not publishing its readings', 'I:court'),
    'I45': cl('The worker in intensive care was moved to a general ward on 30 November', 'I:brezik',
              'Only the union official says so.'),
    'I46': cl('Inspectors are due to present preliminary findings in January', 'I:siis',
              'A schedule reported only by the Ostrel Courier.'),
}


def ent(name, typ, side, aliases):
    return {'name': name, 'type': typ, 'side': side, 'aliases': aliases}


ENTITIES = {
    'I:halvoran': ent('Halvoran Chemicals', 'organisation', AUTH,
                      ['Halvoran Chemicals', 'Halvoran Chemicals plc', 'Halvoran', 'Halvoran Chemical', 'Company Halvoran Chemical',
                       'the company', 'the firm', 'The operator of a chemical plant in northern Varnesia', 'plant operator',
                       'chemical giant']),
    'I:oldenvik': ent('Marek Oldenvik', 'person', AUTH,
                      ['Marek Oldenvik', 'Oldenvik', 'Mr Oldenvik', 'Marek Oldenwick', 'Its chief executive, Marek Oldenvik',
                       'Halvoran chief executive Marek Oldenvik', 'The chief executive of Halvoran Chemicals', 'Chief executive Marek Oldenvik',
                       'Chief Executive Officer', 'General director Marek Oldenwick', 'Halvoran Chemicals boss Marek Oldenvik',
                       'The fat-cat boss', 'boss']),
    'I:sorn': ent('Lidia Sorn', 'person', AUTH, ['Lidia Sorn', 'A company spokeswoman, Lidia Sorn', 'A company spokeswoman']),
    'I:ostrel-gov': ent('Ostrel Regional Administration', 'government', AUTH,
                        ['Ostrel Regional Administration', 'the regional administration', 'The administration', 'regional authorities',
                         'Local authorities', 'authorities']),
    'I:kelmane': ent('Dorota Kelmane', 'person', AUTH,
                     ['Dorota Kelmane', 'Governor Dorota Kelmane', 'Governor Kelmane', 'Dorota Kelmaneva', 'Regional governor Dorota Kelmaneva']),
    'I:gov-spokesman': ent('spokesman for the governor', 'unnamed', AUTH, ['a spokesman for Governor Dorota Kelmane']),
    'I:env-ministry': ent('Ministry of Environment', 'ministry', AUTH,
                          ['Ministry of Environment', 'the ministry', 'the Ministry of Environment’s mobile laboratory']),
    'I:cawu': ent('Chemical and Allied Workers’ Union', 'organisation', CRIT,
                  ['Chemical and Allied Workers’ Union', 'The Chemical and Allied Workers’ Union', 'Union chiefs',
                   'the chemical workers’ union', 'The trade union of chemical workers', 'The union representing the plant’s workers']),
    'I:brezik': ent('Tomas Brezik', 'person', CRIT,
                    ['Tomas Brezik', 'Brezik', 'Tomasz Brzezik', 'Its regional secretary, Tomas Brezik', 'its regional secretary Tomas Brezik',
                     'Its leader Tomasz Brzezik', 'Tomas Brezik, of the chemical workers’ union']),
    'I:lrw': ent('Lenta River Watch', 'organisation', CRIT,
                 ['Lenta River Watch', 'the environmental group Lenta River Watch', 'the ecological organisation Lenta River Watch',
                  'Greens at Lenta River Watch', 'an activist group', 'LRW']),
    'I:pelc': ent('Anja Pelc', 'person', CRIT,
                  ['Anja Pelc', 'Pelc', 'director of the environmental group Lenta River Watch', 'Lenta River Watch director Anja Pelc',
                   'Anja Pelc, who leads Lenta River Watch']),
    'I:norvik': ent('Norvik Analytical Laboratory', 'organisation', CRIT,
                    ['Norvik Analytical Laboratory', 'Norvik Analytical', 'The independent laboratory Norvik Analytical',
                     'the Norvik laboratory', 'an independent laboratory', 'a laboratory commissioned by an activist group',
                     'The lab', 'Independent laboratory']),
    'I:saralt': ent('Ivo Saralt', 'person', CRIT, ['Ivo Saralt', 'director of laboratory Ivo Saralt']),
    'I:holub': ent('Jana Holub', 'person', CRIT, ['Jana Holub', 'Mum-of-two Jana Holub, 34', 'Lipnica mum Jana Holub']),
    'I:residents': ent('residents of Lipnica', 'unnamed', CRIT,
                       ['Residents of Lipnica', 'residents of a neighbouring village', 'residents of nearby Lipnica',
                        'TERRIFIED villagers', 'Terrified villagers', 'Lipnica residents']),
    'I:anzel': ent('Petr Anzel', 'person', CRIT, ['Petr Anzel']),
    'I:worker-anon': ent('plant worker who asked not to be named', 'unnamed', CRIT,
                         ['a worker of factory, who asked not to name him']),
    'I:siis': ent('State Industrial Safety Inspectorate', 'agency', None,
                  ['State Industrial Safety Inspectorate', 'the inspectorate', 'the state safety inspectorate', 'Inspectors',
                   'A team of inspectors']),
    'I:drozd': ent('Pavel Drozd', 'person', None,
                   ['Pavel Drozd', 'Its chief inspector, Pavel Drozd', 'The inspectorate’s chief, Pavel Drozd']),
    'I:court': ent('Ostrel Regional Court', 'agency', None, ['Ostrel Regional Court', 'the Ostrel Regional Court', 'The ruling']),
    'I:fire': ent('Ostrel Fire and Rescue Service', 'agency', None,
                  ['Ostrel Fire and Rescue Service', 'the regional fire service', 'Firefighters']),
    'I:jansen': ent('Mira Jansen', 'person', None, ['Mira Jansen']),
    'I:kv': ent('Kessler & Voss', 'organisation', None, ['Kessler & Voss', 'Analysts at Kessler & Voss']),
}

STORIES = {'I': {
    'summary': 'A night fire at the Halvoran Chemicals plant in Kessary (Ostrel province, Varnesia): the company and the regional authorities say nothing toxic escaped, 43 families were evacuated and two workers were lightly hurt; residents, Lenta River Watch, an independent lab and the chemical workers’ union say fumes and contamination reached Lipnica, far more families fled and nine workers went to hospital; the safety inspectorate suspends the plant and a court orders the air data handed over.',
    'sides': {AUTH: ['I:halvoran', 'I:oldenvik', 'I:sorn', 'I:ostrel-gov', 'I:kelmane', 'I:gov-spokesman', 'I:env-ministry'],
              CRIT: ['I:cawu', 'I:brezik', 'I:lrw', 'I:pelc', 'I:norvik', 'I:saralt', 'I:holub', 'I:residents', 'I:anzel', 'I:worker-anon']}}}

OUTLETS = {}
for a in core.ARTICLES:
    o = OUTLETS.setdefault(a['outlet'], {'layout': a['layout'], 'stateMediaOf': None, 'articles': []})
    o['articles'].append(a['id'])
OUTLETS['Varnesian National Television']['stateMediaOf'] = AUTH

core.build(CLUSTERS, ENTITIES, STORIES, OUTLETS)
print('built', len(core.ARTICLES))
