/**
 * Synthetic seeds for the build benchmark: N scraped-looking news articles,
 * generated deterministically from a seed string.
 *
 * The corpus is a set of *stories* (an event with its country, its own
 * invented city, company and project names, a cast of recurring speakers and
 * 4–9 checkable facts), each reported by several of
 * twelve fictional *outlets*. Every article is one outlet's take on one
 * story: its own header and footer clutter (donation appeals, "open image in
 * gallery" captions, "3 min read", "Read more", author bios, bylines, share
 * buttons, copyright lines), its own paraphrase of each fact, and its own mix
 * of attributed statements (reporting verbs), quotes, hedges ("reportedly",
 * "could not be independently verified"), opinions ("must"), denials,
 * background and filler. Story popularity is skewed (a few stories are
 * covered by many outlets, most by a few), and the same speakers recur across
 * stories, so cross-outlet matching has real work to do.
 *
 * Article length is mixed: ~25% short (5–8 body paragraphs), ~45% medium
 * (10–18), ~22% long (20–35), ~8% very long (40–70); claim density is
 * low, medium or high per article.
 *
 * `generateCorpus` is pure: the same `{ count, seed }` gives the same files,
 * byte for byte.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Random } from './random.ts';
import {
  AGENCIES,
  BACKGROUND,
  COMPANIES,
  COMPANY_KINDS,
  COUNTRIES,
  FACT_TEMPLATES,
  FILLER,
  FIRST_NAMES,
  fullName,
  LAST_NAMES,
  makePeople,
  MONTHS,
  NameMaker,
  OPINIONS,
  OUTLETS,
  PROJECTS,
  QUOTES,
  WEEKDAYS,
  type Fact,
  type FactContext,
  type OutletSpec,
  type Person,
} from './vocab.ts';

export const DEFAULT_SEED = 'factline-bench-1';

export interface GeneratedSeed {
  /** File name in `seeds/`, e.g. `00042_3fa29b1c0d4e5f6a.txt`. */
  name: string;
  text: string;
}

export interface CorpusOptions {
  /** How many articles. */
  count: number;
  /** Any string; the same seed gives the same corpus. */
  seed?: string;
}

interface Outlet extends OutletSpec {
  reporters: string[];
}

interface Story {
  context: FactContext;
  facts: Fact[];
  /** Days since 2025-01-01 of the first report. */
  day: number;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Cumulative weights for story popularity: weight 1/(k+10), a long tail with a few big stories. */
function storyCdf(count: number): number[] {
  const cdf: number[] = [];
  let total = 0;
  for (let k = 0; k < count; k++) cdf.push((total += 1 / (k + 10)));
  return cdf.map((x) => x / total);
}

function pickIndex(random: Random, cdf: readonly number[]): number {
  const u = random.next();
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cdf[mid] ?? 1) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function makeContext(random: Random, people: readonly Person[], names: NameMaker): FactContext {
  const country = random.pick(COUNTRIES);
  let other = random.pick(COUNTRIES);
  while (other === country) other = random.pick(COUNTRIES);
  // Popular speakers recur across many stories.
  const cast = new Set<Person>();
  while (cast.size < 4) cast.add(people[random.zipf(people.length, 0.7)]!);
  return {
    country,
    other,
    // Most events happen somewhere new; a few in the country's well-known cities.
    city: random.chance(0.25) ? random.pick(country.cities) : names.next(),
    company: random.chance(0.3) ? random.pick(COMPANIES) : `${names.next()} ${random.pick(COMPANY_KINDS)}`,
    agency: random.pick(AGENCIES),
    project: `${names.next()} ${random.pick(PROJECTS)}`,
    people: [...cast],
    month: random.pick(MONTHS),
    weekday: random.pick(WEEKDAYS),
  };
}

function makeStory(random: Random, people: readonly Person[], names: NameMaker): Story {
  const context = makeContext(random, people, names);
  const templates = random.sample(FACT_TEMPLATES, random.int(4, 9));
  return { context, facts: templates.map((t) => t(random, context)), day: random.int(0, 330) };
}

/** Everything an article is written from. */
interface ArticlePlan {
  random: Random;
  /** Names for the article's own details (places of side facts). */
  names: NameMaker;
  outlet: Outlet;
  story: Story;
  reporter: string;
  date: Date;
  paragraphs: number;
  density: number;
}

// ---------------------------------------------------------------------------
// Sentences

function speakerOf(plan: ArticlePlan): Person {
  const cast = plan.story.context.people;
  return cast[plan.random.zipf(cast.length, 1)]!;
}

function attributed(plan: ArticlePlan, claim: string): string {
  const { random, story } = plan;
  const p = speakerOf(plan);
  const c = story.context;
  return random.pick([
    () => `${fullName(p)}, the ${p.role}, said ${claim}.`,
    () => `${cap(claim)}, ${p.last} told reporters on ${c.weekday}.`,
    () => `According to ${c.agency}, ${claim}.`,
    () => `${cap(p.role)} ${fullName(p)} said on ${c.weekday} that ${claim}.`,
    () => `${p.last} confirmed that ${claim}.`,
    () => `${cap(c.agency)} said ${claim}.`,
    () => `${fullName(p)} announced that ${claim}.`,
    () => `${p.last} warned on ${c.weekday} that ${claim}.`,
  ])();
}

function quote(plan: ArticlePlan, claim: string): string {
  const { random, outlet } = plan;
  const p = speakerOf(plan);
  const [open, close] = random.chance(0.6) ? ['“', '”'] : ['"', '"'];
  return random.pick([
    () => `${open}${cap(claim)},${close} ${p.last} said.`,
    () => `${open}We can confirm that ${claim},${close} ${fullName(p)} told ${outlet.name.replace(/^The /, 'the ')}.`,
    () => `${open}${random.pick(QUOTES)},${close} said ${fullName(p)}, the ${p.role}.`,
    () => `${open}${random.pick(QUOTES)}.${close} ${p.last} added that ${claim}.`,
  ])();
}

function hedged(plan: ArticlePlan, claim: string): string {
  const { random, story } = plan;
  const p = speakerOf(plan);
  return random.pick([
    () => `${fullName(p)} reportedly said that ${claim}.`,
    () => `${cap(story.context.agency)} said ${claim}. The claim could not be independently verified.`,
    () => `${p.last} alleged that ${claim}, without providing evidence.`,
    () => `${cap(claim)}, according to unconfirmed reports.`,
  ])();
}

function opinion(plan: ArticlePlan): string {
  const { random, story } = plan;
  const p = speakerOf(plan);
  const view = random.pick(OPINIONS)(story.context);
  return random.pick([
    () => `${fullName(p)} said ${view}.`,
    () => `“${cap(view)},” ${p.last} said.`,
    () => `${p.last} insisted that ${view}.`,
  ])();
}

function denial(plan: ArticlePlan, fact: Fact, claim: string): string {
  const { random } = plan;
  const p = speakerOf(plan);
  if (fact.contradiction && random.chance(0.5)) return `${fullName(p)}, the ${p.role}, said ${fact.contradiction}.`;
  return `${fullName(p)} denied that ${claim}.`;
}

/** The next fact this article reports: the story's own first, then details of its own. */
function nextFact(plan: ArticlePlan, queue: Fact[]): Fact {
  const fact = queue.shift();
  if (fact) return fact;
  const local = { ...plan.story.context, city: plan.random.chance(0.5) ? plan.random.pick(plan.story.context.country.cities) : plan.names.next() };
  return plan.random.pick(FACT_TEMPLATES)(plan.random, local);
}

function claimSentence(plan: ArticlePlan, queue: Fact[]): string {
  const { random } = plan;
  const fact = nextFact(plan, queue);
  const claim = random.pick(fact.variants);
  const kind = random.weighted<string>([
    ['attributed', 35],
    ['quote', 18],
    ['factual', 15],
    ['hedged', 10],
    ['opinion', 10],
    ['denial', fact.contradiction ? 6 : 0],
    ['background', 6],
  ]);
  switch (kind) {
    case 'attributed':
      return attributed(plan, claim);
    case 'quote':
      return quote(plan, claim);
    case 'hedged':
      return hedged(plan, claim);
    case 'opinion':
      queue.unshift(fact);
      return opinion(plan);
    case 'denial':
      return denial(plan, fact, claim);
    case 'background':
      queue.unshift(fact);
      return random.pick(BACKGROUND)(plan.story.context);
    default:
      return random.chance(0.5) ? `${cap(claim)}.` : `On ${plan.story.context.weekday}, ${claim}.`;
  }
}

function bodyParagraphs(plan: ArticlePlan): string[] {
  const { random, story } = plan;
  const queue = random.sample(story.facts, story.facts.length);
  // Most outlets lead with the story's main fact.
  if (random.chance(0.7)) {
    const lead = story.facts[0]!;
    queue.splice(queue.indexOf(lead), 1);
    queue.unshift(lead);
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < plan.paragraphs; i++) {
    const sentences: string[] = [];
    const count = i === 0 ? 1 : random.weighted([[1, 4], [2, 4], [3, 2]] as const);
    for (let s = 0; s < count; s++) {
      if (i === 0 || random.chance(plan.density)) sentences.push(claimSentence(plan, queue));
      else {
        const filler = random.pick(FILLER)(story.context);
        if (!sentences.includes(filler)) sentences.push(filler);
      }
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

// ---------------------------------------------------------------------------
// Outlet clutter

const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));
const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function dateParts(date: Date) {
  return {
    y: date.getUTCFullYear(),
    m: date.getUTCMonth(),
    d: date.getUTCDate(),
    wd: date.getUTCDay(),
    iso: date.toISOString().slice(0, 10),
  };
}

/** Hard-wraps a paragraph at ~70 columns, like a wire feed. */
function wrap(text: string, width = 70): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function caption(plan: ArticlePlan): string {
  const { random, story } = plan;
  const p = random.pick(story.context.people);
  return random.pick([
    `${fullName(p)} speaks to reporters in ${story.context.city} on ${story.context.weekday}`,
    `Emergency crews at work in ${story.context.city} earlier this week`,
    `Residents of ${story.context.city} gather outside the town hall`,
  ]);
}

function photographer(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

/** Lays out one article in its outlet's style: header, body with inline clutter, footer. */
function layout(plan: ArticlePlan, headline: string, body: string[]): string {
  const { random, outlet, reporter, story } = plan;
  const { y, m, d, wd, iso } = dateParts(plan.date);
  const city = story.context.city;
  const blocks: string[] = [];
  const insertEvery = (every: number, make: () => string) => {
    const out: string[] = [];
    body.forEach((p, i) => {
      out.push(p);
      if (i > 0 && i < body.length - 1 && i % every === 0) out.push(make());
    });
    return out;
  };
  const copyright = `© ${y} ${outlet.name}. All rights reserved.`;
  switch (outlet.style) {
    case 'appeal':
      blocks.push(
        `date ${iso} Your support helps us to tell the story Read more Support Now From climate change to public health, ${outlet.name} is on the ground when the story is developing. ` +
          `Whether it's investigating the financials of powerful people or producing our latest documentary, we know how important it is to parse out the facts from the messaging. ` +
          `Your donation allows us to keep sending journalists to speak to both sides of the story. ${outlet.name} is trusted by readers across the entire political spectrum. ` +
          `We believe quality journalism should be available to everyone, paid for by those who can afford it. Your support makes all the difference. Read more`,
      );
      blocks.push(...insertEvery(4, () => `open image in gallery ${caption(plan)} ( ${random.pick(['AP', 'Reuters', 'AFP', 'Getty'])} )`));
      break;
    case 'membership':
      blocks.push(
        `0 out of 25,000\n\nQuality journalism takes work — and a community that cares.\nHelp us reach 25,000 members by the end of ${y}.`,
        random.pick(['War', 'Politics', 'Economy', 'Society']),
        `${headline}\n\n${random.int(2, 9)} min read\n${headline}\n${caption(plan)}. (${photographer(random)}/Bloomberg via Getty Images)`,
      );
      if (random.chance(0.3)) blocks.push("Editor's note: The story was updated with additional details.");
      blocks.push(...insertEvery(6, () => 'Video thumbnail'));
      blocks.push(
        `Avatar\n${reporter}\n\nReporter\n\n${reporter} is a reporter for the ${outlet.name}, specializing in regional politics. Based in ${city}, ${reporter.split(' ')[0]} has covered ${story.context.country.name} since 2021.\n\nRead more\nNews Feed\nShow More`,
      );
      break;
    case 'broadcaster':
      blocks.push(
        `Skip to content\n${outlet.name.replace(/ News$/, '')} Homepage\nHome\nNews\nSport\nWeather\nSounds`,
        headline,
        `Published\n${d} ${MONTHS[m]} ${y}\nShare\nSave`,
        `${reporter}\n${outlet.name}, ${city}`,
        `Image source, ${story.context.agency.replace(/^the /, '')}\nImage caption,\n${caption(plan)}`,
      );
      blocks.push(...insertEvery(5, () => random.pick(['Listen to this article', 'What happens next?'])));
      blocks.push(
        `Related topics\n${story.context.country.name}\n${city}`,
        `More on this story\n${cap(random.pick(story.facts).headline)}`,
        `Follow ${outlet.name} on Facebook, X and Instagram. Send your story ideas to news@${outlet.short.toLowerCase()}.example.`,
      );
      break;
    case 'daily':
      blocks.push(
        `World news\n${story.context.country.name}\n${headline}\n${cap(random.pick(story.facts).variants[0]!)}\n${reporter} in ${city}\n${SHORT_DAYS[wd]} ${d} ${SHORT_MONTHS[m]} ${y} 06.00 GMT\nShare`,
      );
      blocks.push(...insertEvery(5, () => `${caption(plan)}. Photograph: ${photographer(random)}/${outlet.name.replace(/^The /, '')} Picture Desk`));
      blocks.push(
        `Explore more on these topics\n${story.context.country.name}\nEurope\nnews\nShare\nReuse this content`,
        `… we have a small favour to ask. Millions are turning to ${outlet.name} for open, independent, quality news every day. If you can, please support us today. Thank you.`,
        copyright,
      );
      break;
    case 'regional':
      blocks.push(
        `${outlet.name}\nSubscribe | Log in\nWeather ${random.int(2, 28)}°C`,
        `Local News › ${random.pick(['Transport', 'Politics', 'Health', 'Business'])}`,
        headline,
        `By ${reporter} | ${reporter.split(' ')[1]?.toLowerCase()}@${outlet.short.toLowerCase()}.example\nPosted ${SHORT_MONTHS[m]} ${d}, ${y} at ${random.int(1, 11)}:${random.int(10, 59)} PM`,
      );
      blocks.push(...insertEvery(6, () => "You've read 3 of 5 free articles this month. Subscribe for unlimited access."));
      blocks.push(
        `Have your say: what should happen next? Comments (${random.int(0, 90)})`,
        `Reach ${reporter} at ${reporter.split(' ')[1]?.toLowerCase()}@${outlet.short.toLowerCase()}.example or 01632 960 ${random.int(100, 999)}.`,
        'Report an error',
        copyright,
      );
      break;
    case 'tabloid':
      blocks.push(
        `${outlet.name.toUpperCase()}\nNews | Showbiz | Sport | TV | Money | Travel`,
        'EXCLUSIVE',
        headline,
        `By ${reporter.toUpperCase()}, Chief Reporter\nPublished: 17:42, ${d} ${SHORT_MONTHS[m]} ${y} | Updated: 18:05, ${d} ${SHORT_MONTHS[m]} ${y}`,
        `Comments ${random.int(3, 400)}\nShare`,
      );
      blocks.push(
        ...insertEvery(3, () =>
          random.pick([`READ MORE: ${cap(random.pick(story.facts).headline)}`, 'Advertisement', 'Story continues below']),
        ),
      );
      blocks.push(`Sign up to the ${outlet.name.replace(/^The /, '')} newsletter for the biggest stories straight to you`, copyright);
      break;
    case 'wire': {
      blocks.push(
        'Skip to main content\nWorld · Business · Markets · Climate · Legal',
        story.context.country.name,
        headline,
        `By ${reporter}\n${MONTHS[m]} ${d}, ${y} ${random.int(1, 11)}:${random.int(10, 59)} PM GMT\nUpdated ${random.int(1, 9)} hours ago`,
      );
      const wired = body.map((p, i) => wrap(i === 0 ? `${city.toUpperCase()}, ${MONTHS[m]} ${d}, ${y} (${outlet.short}) - ${p}` : p));
      body = wired;
      blocks.push(...insertEvery(4, () => 'Advertisement · Scroll to continue'));
      blocks.push(
        `Reporting by ${reporter} in ${city};\nEditing by ${photographer(random)}`,
        `Our Standards: The ${outlet.short} Trust Principles.`,
        copyright,
        `Suggested Topics:\n${story.context.country.name}\nTransport`,
        `Read Next\n${cap(random.pick(story.facts).headline)}`,
      );
      break;
    }
    case 'state': {
      blocks.push(
        `${outlet.short}\nHome / Politics / Economy\nSearch`,
        headline,
        `${d} ${SHORT_MONTHS[m]?.toUpperCase()} ${y}, ${random.int(10, 23)}:${random.int(10, 59)}`,
      );
      body = body.map((p, i) => (i === 0 ? `${city.toUpperCase()}, ${MONTHS[m]} ${d}. /${outlet.short}/. ${p}` : p));
      blocks.push(...insertEvery(4, () => `Read also\n${cap(random.pick(story.facts).headline)}`));
      blocks.push(
        `© ${photographer(random)}/${outlet.short}`,
        `Tags\n${story.context.country.name}\nPolitics`,
        'Subscribe to our Telegram channel to stay up to date with the latest news',
        'You can share this story on social media:',
      );
      break;
    }
    case 'live':
      blocks.push(
        `${outlet.name}\nLive`,
        `${headline} – live`,
        `Updated ${random.int(2, 50)} minutes ago\n${SHORT_DAYS[wd]} ${d} ${SHORT_MONTHS[m]} ${y} 14.32 BST`,
        `By ${reporter}`,
        'Key events\nShow key events only\nPlease turn on JavaScript to use this feature',
      );
      blocks.push(...insertEvery(2, () => `Share\n${random.int(1, 9)}h ago\n${random.int(10, 23)}:${random.int(10, 59)} BST`));
      blocks.push(
        `${outlet.name} relies on readers, not billionaires. We keep our live coverage free for everyone because we believe everyone deserves to know what is happening where they live. If you can, please support our reporting today.`,
        `Support ${outlet.name.replace(/^The /, 'the ')}`,
      );
      break;
  }
  return `${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------
// The corpus

export function generateCorpus(options: CorpusOptions): GeneratedSeed[] {
  const count = options.count;
  if (!Number.isInteger(count) || count < 0) throw new Error(`Unexpected article count \`${count}\`, expected a whole number ≥ 0`);
  const random = new Random(`factline-bench:${options.seed ?? DEFAULT_SEED}`);
  const people = makePeople(random, 150);
  const names = new NameMaker(random);
  const outlets: Outlet[] = OUTLETS.map((spec) => ({
    ...spec,
    reporters: Array.from({ length: random.int(3, 6) }, () => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`),
  }));
  const stories = Array.from({ length: Math.max(3, Math.ceil(count / 6)) }, () => makeStory(random, people, names));
  const cdf = storyCdf(stories.length);
  const outletWeights = outlets.map((o) => [o, o.weight] as const);
  const seeds: GeneratedSeed[] = [];
  const width = Math.max(5, String(count).length);
  for (let i = 0; i < count; i++) {
    // Each article draws from its own stream, so one article's length does not shift the next one's choices.
    const articleRandom = new Random(Math.floor(random.next() * 2 ** 32));
    const story = stories[pickIndex(random, cdf)]!;
    const outlet = random.weighted(outletWeights);
    const size = articleRandom.weighted([
      [[5, 8], 25],
      [[10, 18], 45],
      [[20, 35], 22],
      [[40, 70], 8],
    ] as const);
    const plan: ArticlePlan = {
      random: articleRandom,
      names: new NameMaker(articleRandom),
      outlet,
      story,
      reporter: articleRandom.pick(outlet.reporters),
      date: new Date(Date.UTC(2025, 0, 1 + story.day + articleRandom.int(0, 2))),
      paragraphs: articleRandom.int(size[0], size[1]),
      density: articleRandom.weighted([[0.25, 1], [0.45, 2], [0.7, 1]] as const),
    };
    const headline = cap(articleRandom.pick(story.facts).headline);
    const text = layout(plan, headline, bodyParagraphs(plan));
    seeds.push({ name: `${String(i).padStart(width, '0')}_${articleRandom.hex16()}.txt`, text });
  }
  return seeds;
}

/** Writes the corpus into `dir` (created if needed). */
export async function writeCorpus(dir: string, seeds: readonly GeneratedSeed[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const seed of seeds) await writeFile(join(dir, seed.name), seed.text);
}

/** Bytes of text in the corpus. */
export function corpusBytes(seeds: readonly GeneratedSeed[]): number {
  return seeds.reduce((sum, s) => sum + Buffer.byteLength(s.text), 0);
}
