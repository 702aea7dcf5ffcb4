/**
 * The vocabulary of the synthetic benchmark corpus: fictional countries,
 * places, organisations, outlets, and the fact templates stories are made of.
 * Every name is invented, so nothing here is mistaken for real reporting.
 *
 * A fact template renders one checkable fact in several paraphrases (what
 * different outlets write for the same event), a headline, and optionally a
 * contradicting version (what the other side says), so that cross-outlet
 * matching has both corroborations and contradictions to find.
 */
import type { Random } from './random.ts';

export interface Country {
  name: string;
  demonym: string;
  cities: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  { name: 'Castavia', demonym: 'Castavian', cities: ['Moralta', 'Port Ailish', 'Vessa', 'Corvin', 'Alzara'] },
  { name: 'Orvenia', demonym: 'Orvenian', cities: ['Karsk', 'Velgrad', 'Ostrava Nova', 'Dunmere', 'Leskov'] },
  { name: 'Kelvoria', demonym: 'Kelvorian', cities: ['Brannock', 'Tavel', 'Kiremsk', 'Halden', 'Sorvik'] },
  { name: 'Aldria', demonym: 'Aldrian', cities: ['Carrow', 'Aberlyn', 'Port Tennick', 'Westmere', 'Kilbride'] },
  { name: 'Kessmark', demonym: 'Kessmarker', cities: ['Lake Morrin', 'Skarra', 'Holtby', 'Frennick', 'Ardmore'] },
  { name: 'Valmora', demonym: 'Valmoran', cities: ['Sandhaven', 'Ellisport', 'Ravelle', 'Mirecourt', 'Olbia Nova'] },
  { name: 'Tressia', demonym: 'Tressian', cities: ['Quarne', 'Belvast', 'Tiranos', 'Lindau Vale', 'Cressy'] },
  { name: 'Norland', demonym: 'Norlander', cities: ['Eskar', 'Fjallby', 'Hovden', 'Ringsted', 'Tromvik'] },
];

export const FIRST_NAMES = [
  'Anna', 'Marta', 'Elif', 'Priya', 'Lucía', 'Niamh', 'Ines', 'Lena', 'Maureen', 'Gwen', 'Anika', 'Sofia', 'Hana', 'Irena',
  'Olga', 'Chloe', 'Arkady', 'Tomás', 'Piet', 'Mark', 'Kieran', 'Tom', 'Pau', 'Mikhail', 'Viktor', 'Daniel', 'Samuel',
  'Jonas', 'Rafael', 'Omar', 'Yusuf', 'Henrik', 'Lars', 'Dmitri', 'Pavel', 'Nikos',
] as const;

export const LAST_NAMES = [
  'Kovacs', 'Oliu', 'Demir', 'Raman', 'Ferrer', 'Gallagher', 'Waldmann', 'Orsat', 'Pettifer', 'Lloyd', 'Sørensen', 'Velen',
  'Reyes', 'Achterberg', 'Soller', 'Blake', 'Okafor', 'Vidal', 'Drozd', 'Marek', 'Halvorsen', 'Brandt', 'Novak', 'Esposito',
  'Lindqvist', 'Moreau', 'Petrov', 'Santos', 'Keller', 'Haddad', 'Ibsen', 'Varga', 'Costa', 'Nyberg', 'Castell', 'Dragan',
  'Rusu', 'Falk', 'Amari', 'Hollis',
] as const;

export const MINISTRIES = ['Foreign Ministry', 'Interior Ministry', 'Health Ministry', 'Defence Ministry', 'Transport Ministry', 'Finance Ministry'] as const;

export const COMPANIES = [
  'Northgrid Energy', 'Tennick Ferries', 'Valcorte Rail', 'Aguas del Sur', 'Kessmark Logistics', 'Orvenia Grain Board',
  'Coastline Rail', 'Brightwater Utilities', 'Halden Steel', 'Meridian Motors', 'Skarra Shipping', 'Tressia Telecom',
] as const;

export const AGENCIES = [
  'the Coastguard Agency', 'the Marine Accident Board', 'the National Statistics Office', 'the Civil Protection Agency',
  'the Public Health Institute', 'the Electoral Commission', 'the Central Bank', 'the Highways Agency',
] as const;

export const PROJECTS = ['Riverside bypass', 'harbour bridge', 'northern rail link', 'city tram extension', 'new general hospital', 'coastal flood barrier'] as const;
export const COMMODITIES = ['wheat', 'diesel', 'electricity', 'coffee', 'rice', 'natural gas'] as const;
export const DISEASES = ['cholera', 'measles', 'dengue', 'mpox'] as const;
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const ONSETS = ['b', 'br', 'c', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'kr', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', 'n', 'r', 'l', 's', 'th', 'nd', 'rk', 'sk', 'v'];
const ENDINGS = ['by', 'ton', 'ov', 'ia', 'mere', 'wick', 'grad', 'holm', 'ford', 'stad', 'ene', 'ara'];

/**
 * Invents place and company names ("Dravenholm", "Kousk", "Treaford"), each
 * new: a story's own names make its claims unlike other stories' (as real
 * events are), while the countries, agencies and speakers recur.
 */
export class NameMaker {
  private readonly used = new Set<string>();
  private readonly random: Random;

  constructor(random: Random) {
    this.random = random;
  }

  next(): string {
    for (;;) {
      const r = this.random;
      let name = '';
      for (let i = r.int(1, 2); i > 0; i--) name += r.pick(ONSETS) + r.pick(VOWELS) + r.pick(CODAS);
      if (r.chance(0.6)) name += r.pick(ENDINGS);
      name = name.charAt(0).toUpperCase() + name.slice(1);
      if (name.length >= 4 && !this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
}

export const COMPANY_KINDS = ['Energy', 'Rail', 'Ferries', 'Steel', 'Logistics', 'Water', 'Telecom', 'Motors', 'Shipping', 'Foods', 'Mining', 'Airways'] as const;

/** A person who is quoted: recurring across stories and outlets. */
export interface Person {
  first: string;
  last: string;
  /** "foreign minister of Castavia", "spokesperson for Northgrid Energy". */
  role: string;
  country: Country;
}

export const fullName = (p: Person): string => `${p.first} ${p.last}`;

/** The roles a quoted person may have; `{country}` and `{company}` are filled in. */
const ROLES = [
  'foreign minister', 'interior minister', 'health minister', 'defence minister', 'prime minister', 'opposition leader',
  'mayor of {city}', 'police chief in {city}', 'spokesperson for {company}', 'chief executive of {company}', 'union leader',
  'council leader', 'regional governor', 'economist at {company}',
] as const;

export function makePeople(random: Random, count: number): Person[] {
  const people: Person[] = [];
  const used = new Set<string>();
  while (people.length < count) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    if (used.has(`${first} ${last}`)) continue;
    used.add(`${first} ${last}`);
    const country = random.pick(COUNTRIES);
    const role = random
      .pick(ROLES)
      .replace('{city}', random.pick(country.cities))
      .replace('{company}', random.pick(COMPANIES));
    people.push({ first, last, role, country });
  }
  return people;
}

export type OutletStyle = 'appeal' | 'membership' | 'broadcaster' | 'daily' | 'regional' | 'tabloid' | 'wire' | 'state' | 'live';

export interface OutletSpec {
  name: string;
  /** Wire-style short name used in datelines: "(MPA)", "/OTA/". */
  short: string;
  style: OutletStyle;
  /** Share of the corpus this outlet writes. */
  weight: number;
}

export const OUTLETS: readonly OutletSpec[] = [
  { name: 'The Harbour Independent', short: 'HI', style: 'appeal', weight: 10 },
  { name: 'Castavia Independent', short: 'CI', style: 'membership', weight: 8 },
  { name: 'NBS News', short: 'NBS', style: 'broadcaster', weight: 12 },
  { name: 'The Morning Chronicle', short: 'MC', style: 'daily', weight: 12 },
  { name: 'The Westmere Courier', short: 'WC', style: 'regional', weight: 6 },
  { name: 'The Daily Clarion', short: 'DC', style: 'tabloid', weight: 8 },
  { name: 'Meridian Press Agency', short: 'MPA', style: 'wire', weight: 14 },
  { name: 'Orvenian Telegraph Agency', short: 'OTA', style: 'state', weight: 6 },
  { name: 'The Northern Ledger', short: 'NL', style: 'live', weight: 4 },
  { name: 'Kelvoria Today', short: 'KT', style: 'state', weight: 5 },
  { name: 'The Continental Times', short: 'CT', style: 'daily', weight: 8 },
  { name: 'Aldria Post', short: 'AP', style: 'regional', weight: 7 },
];

/** Everything a fact template may refer to: the story's setting. */
export interface FactContext {
  country: Country;
  other: Country;
  city: string;
  company: string;
  agency: string;
  project: string;
  people: readonly Person[];
  month: string;
  weekday: string;
}

/** One checkable fact: paraphrases of the same statement, a headline, and what the other side says. */
export interface Fact {
  /** Paraphrases, each a clause that can follow "said" (starts in lower case unless with a name). */
  variants: string[];
  headline: string;
  /** A clause that contradicts the fact (for "X denied that …" / "X said …"), when one makes sense. */
  contradiction?: string;
}

type Template = (r: Random, c: FactContext) => Fact;

const thousand = (n: number) => (n >= 1000 ? `${Math.floor(n / 1000)},${String(n % 1000).padStart(3, '0')}` : String(n));

export const FACT_TEMPLATES: readonly Template[] = [
  (r, c) => {
    const n = r.int(40, 4800);
    return {
      variants: [
        `${thousand(n)} people were evacuated from ${c.city} on ${c.weekday}`,
        `authorities evacuated ${thousand(n)} residents from ${c.city} on ${c.weekday}`,
        `some ${thousand(n)} residents of ${c.city} were forced to leave their homes on ${c.weekday}`,
      ],
      headline: `${thousand(n)} evacuated from ${c.city} as floodwater rises`,
      contradiction: `no one had been evacuated from ${c.city}`,
    };
  },
  (r, c) => {
    const n = r.int(3, 95);
    return {
      variants: [
        `${n},000 homes in ${c.city} were left without electricity after the storm`,
        `the storm cut power to ${n},000 households across ${c.city}`,
        `${c.company} said ${n},000 customers in ${c.city} had lost power`,
      ],
      headline: `${n},000 homes without power in ${c.city}`,
    };
  },
  (r, c) => {
    const n = r.int(30, 900);
    return {
      variants: [
        `the ${c.project} will cost £${n} million, more than double the original estimate`,
        `the projected cost of the ${c.project} has risen to £${n}m`,
        `the price of the ${c.project} in ${c.city} has climbed to £${n} million`,
      ],
      headline: `Cost of ${c.city} ${c.project} soars to £${n}m`,
    };
  },
  (r, c) => {
    const a = r.int(6, 30);
    const b = r.int(1, a - 1);
    return {
      variants: [
        `councillors in ${c.city} voted ${a}-${b} to pause the ${c.project}`,
        `the council in ${c.city} approved a pause of the ${c.project} by ${a} votes to ${b}`,
        `${c.city} councillors backed shelving the ${c.project} by ${a} votes to ${b}`,
      ],
      headline: `${c.city} council shelves ${c.project}`,
      contradiction: `the council in ${c.city} had rejected any pause of the ${c.project}`,
    };
  },
  (r, c) => {
    const n = r.int(4, 40);
    return {
      variants: [
        `${c.country.name} will double its grain export quota to ${n} million tonnes from ${c.month}`,
        `${c.country.demonym} grain exports are set to rise to ${n} million tonnes starting in ${c.month}`,
        `the government of ${c.country.name} raised its grain export quota to ${n} million tonnes`,
      ],
      headline: `${c.country.name} to double grain export quota`,
    };
  },
  (r, c) => {
    const n = r.int(2, 140);
    return {
      variants: [
        `${n} people were killed in the strike on ${c.city}`,
        `the attack on ${c.city} killed ${n} people`,
        `at least ${n} civilians died when missiles hit ${c.city}`,
      ],
      headline: `${n} killed in strike on ${c.city}`,
      contradiction: `the strike on ${c.city} had hit only military targets and that all civilians survived`,
    };
  },
  (_r, c) => {
    const [a, b] = [c.people[0]!, c.people[1] ?? c.people[0]!];
    return {
      variants: [
        `${fullName(a)} met ${fullName(b)} in ${c.city} on ${c.weekday}`,
        `${fullName(a)} and ${fullName(b)} held talks in ${c.city} on ${c.weekday}`,
        `${a.last} and ${b.last} met behind closed doors in ${c.city} on ${c.weekday}`,
      ],
      headline: `${a.last} and ${b.last} hold talks in ${c.city}`,
      contradiction: `${fullName(a)} had never met ${fullName(b)} in ${c.city}`,
    };
  },
  (r, c) => {
    const commodity = r.pick(COMMODITIES);
    const n = r.int(3, 45);
    return {
      variants: [
        `${commodity} prices in ${c.country.name} rose ${n}% in ${c.month}`,
        `the price of ${commodity} in ${c.country.name} climbed by ${n} per cent in ${c.month}`,
        `${c.country.demonym} ${commodity} prices jumped ${n}% last month`,
      ],
      headline: `${c.country.demonym} ${commodity} prices jump ${n}%`,
      contradiction: `${commodity} prices in ${c.country.name} fell ${n}% in ${c.month}`,
    };
  },
  (r, c) => {
    const n = r.int(5, 600);
    return {
      variants: [
        `police arrested ${n} people after clashes in ${c.city}`,
        `${n} protesters were detained in ${c.city} on ${c.weekday}`,
        `officers in ${c.city} detained ${n} demonstrators after the clashes`,
      ],
      headline: `${n} arrested after clashes in ${c.city}`,
      contradiction: `no protesters had been detained in ${c.city}`,
    };
  },
  (r, c) => {
    const disease = r.pick(DISEASES);
    const n = r.int(12, 3200);
    return {
      variants: [
        `${thousand(n)} cases of ${disease} have been confirmed in ${c.city} since ${c.month}`,
        `health officials have recorded ${thousand(n)} ${disease} cases in ${c.city}`,
        `the ${disease} outbreak in ${c.city} has reached ${thousand(n)} confirmed cases`,
      ],
      headline: `${disease} outbreak in ${c.city} passes ${thousand(n)} cases`,
      contradiction: `the ${disease} outbreak in ${c.city} was under control and that cases had fallen`,
    };
  },
  (r, c) => {
    const n = r.int(2, 60) * 500;
    return {
      variants: [
        `${c.other.name} has moved ${thousand(n)} troops to the border near ${c.city}`,
        `${c.other.demonym} forces numbering ${thousand(n)} were deployed near ${c.city}`,
        `some ${thousand(n)} ${c.other.demonym} soldiers have massed near ${c.city}`,
      ],
      headline: `${c.other.name} masses troops near ${c.city}`,
      contradiction: `${c.other.name} had pulled its troops back from the border near ${c.city}`,
    };
  },
  (r, c) => {
    const n = r.int(60, 900);
    return {
      variants: [
        `a ferry carrying ${n} passengers ran aground off ${c.city} on ${c.weekday}`,
        `the ferry, with ${n} people on board, struck a sandbank off ${c.city}`,
        `${c.company} said its ferry with ${n} passengers had run aground near ${c.city}`,
      ],
      headline: `Ferry with ${n} passengers runs aground off ${c.city}`,
    };
  },
  (r, c) => {
    const n = r.int(2, 21);
    return {
      variants: [
        `the ${c.city} rail tunnel will stay closed for at least ${n} days`,
        `${c.company} expects the tunnel at ${c.city} to remain shut for ${n} days`,
        `rail traffic through ${c.city} will be halted for at least ${n} days`,
      ],
      headline: `${c.city} rail tunnel shut for ${n} days`,
    };
  },
  (r, c) => {
    const n = r.int(200, 9000);
    return {
      variants: [
        `${thousand(n)} dock workers walked out at the port of ${c.city} on ${c.weekday}`,
        `a strike by ${thousand(n)} port workers halted work in ${c.city} on ${c.weekday}`,
        `some ${thousand(n)} dockers at ${c.city} stopped work on ${c.weekday}`,
      ],
      headline: `${thousand(n)} dock workers strike at ${c.city}`,
    };
  },
  (r, c) => {
    const n = r.int(20, 2400);
    return {
      variants: [
        `${c.company} will invest €${n} million in a new plant in ${c.city}`,
        `${c.company} announced a €${n}m investment in ${c.city}`,
        `a new ${c.company} factory in ${c.city} will receive €${n} million`,
      ],
      headline: `${c.company} to invest €${n}m in ${c.city}`,
      contradiction: `${c.company} had cancelled its plans for a plant in ${c.city}`,
    };
  },
  (r, c) => {
    const x = `${r.int(3, 14)}.${r.int(0, 9)}`;
    return {
      variants: [
        `unemployment in ${c.country.name} rose to ${x}% in ${c.month}`,
        `${c.country.demonym} joblessness climbed to ${x} per cent in ${c.month}`,
        `the jobless rate in ${c.country.name} increased to ${x}% in ${c.month}`,
      ],
      headline: `${c.country.demonym} unemployment rises to ${x}%`,
      contradiction: `unemployment in ${c.country.name} fell in ${c.month}`,
    };
  },
  (_r, c) => ({
    variants: [
      `${c.country.name} accepted the ceasefire proposal for ${c.city} put forward by ${c.other.name}`,
      `the government of ${c.country.name} agreed to the truce around ${c.city} offered by ${c.other.name}`,
      `${c.country.demonym} negotiators signed the ${c.city} ceasefire plan drafted in ${c.other.name}`,
    ],
    headline: `${c.country.name} accepts ${c.other.demonym} ceasefire plan for ${c.city}`,
    contradiction: `${c.country.name} rejected the ceasefire proposal for ${c.city} put forward by ${c.other.name}`,
  }),
];

/** Demands, threats and value judgements: opinions, not checkable facts. */
export const OPINIONS: readonly ((c: FactContext) => string)[] = [
  (c) => `${c.other.name} must withdraw its troops from ${c.city}`,
  (c) => `the government must reopen the ${c.project} without delay`,
  (c) => `${c.company} must compensate every family in ${c.city}`,
  (c) => `the ${c.agency.replace(/^the /, '')} should resign over the handling of the crisis`,
  (c) => `${c.country.name} must never accept the plan for ${c.city}`,
  (c) => `the talks in ${c.city} were a pointless sham`,
];

/** Direct quotations without a checkable figure. */
export const QUOTES: readonly string[] = [
  'We are asking everyone to stay calm and follow the advice of the emergency services',
  'This is not a drill, and people need to take it seriously',
  'We will not give up a single metre of our land',
  'People stayed remarkably calm, and the crew kept talking to us the whole time',
  'Our priority is to make sure that everyone is safe',
  'We were promised relief years ago and now we are told to wait again',
  'Nobody in this town has ever seen anything like it',
  'We have never seen water rise this quickly',
];

/** Sentences that are no claim: transitions, moods, open questions, framing. */
export const FILLER: readonly ((c: FactContext) => string)[] = [
  () => 'It remains to be seen whether the measures will be enough.',
  () => 'Both sides will be watching the next round of talks closely.',
  () => 'Questions continue to grow over the handling of the crisis.',
  () => 'Residents will be desperately keen for answers.',
  () => 'The mood in the streets was tense but calm.',
  () => 'The move came as the latest sign of tension in the region.',
  () => 'Is this the end of the affair?',
  () => 'Whether the pledges hold is anyone’s guess.',
  () => 'For many families, the wait goes on.',
  () => 'Scrutiny continues to fall on the officials responsible.',
  (c) => `The future of the ${c.project} remains a point of contention.`,
  () => 'What happens next is far from certain.',
  () => 'The mood among residents, many of whom have lived in the area for decades, swung between anger and resignation as the day wore on.',
  () => 'Shops along the main road stayed shuttered, and the few cafes that opened did so with handwritten signs offering only coffee and patience.',
  () => 'For the families waiting at the edge of the cordon, the hours passed slowly and the news, when it came, was patchy and often contradictory.',
  () => 'Behind the official statements lies a more complicated picture of competing interests, old grievances and very little trust on either side.',
  () => 'Few people in the crowd expected a quick answer, and fewer still expected the answer to change much about their daily lives.',
];

/** Background sentences: they usually count as factual claims (a place, a number). */
export const BACKGROUND: readonly ((c: FactContext) => string)[] = [
  (c) => `${c.city} lies about ${40 + c.city.length * 7} kilometres from the border with ${c.other.name}.`,
  (c) => `The ${c.project} was first approved in 2019.`,
  (c) => `${c.company} employs around ${c.company.length * 310} people across ${c.country.name}.`,
  (c) => `${c.country.name} and ${c.other.name} have been at odds over the border at ${c.city} since 2021.`,
  (c) => `The ${c.city} region has a population of about ${c.city.length * 41},000.`,
];
