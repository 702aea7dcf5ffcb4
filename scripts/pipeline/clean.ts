/**
 * `clean`: the first ingest stage. Turns a scraped seed into an article: body
 * paragraphs, captions, metadata, and a record of every piece of clutter taken
 * out. Pure and deterministic. The clutter itself is described by the rule
 * table in `clutter-rules.ts`; this module cuts the text into units, runs the
 * rules and reads the metadata.
 *
 * Every non-blank piece of the seed ends up in exactly one of `paragraphs` or
 * `removed` (captions and the headline are also recorded in `removed`, with
 * the rule that moved them).
 */
import { CREDIT_RULES, findAgency } from './agency.ts';
import { findAuthor } from './author.ts';
import { isKept, isOpen, normalize, toUnits, type Item } from './clean-units.ts';
import { PREFIX_RULES, SENTENCE_RULES, unitRules, type RuleContext, type Zone } from './clutter-rules.ts';
import { IngestError } from './errors.ts';
import { deriveTitle, findHeadline } from './headline.ts';
import { findPublished } from './published-date.ts';
import { findPublisher } from './publisher.ts';
import { parseFetchTime } from './relative-dates.ts';
import { segmentParagraph } from './segment.ts';
import { isEdgeMaterial, isProse, wordCount } from './text-shape.ts';
import { deskRuleId, deskVerdict, outletNamed, recogniseOutlet } from './desk-rules.ts';
import type { CleanArticle, OutletRule, Seed, SeedContext } from './types.ts';

/** No corpus around the seed: no boilerplate learned, no desk rules. */
export const NO_CONTEXT: SeedContext = { boilerplate: [], outlets: [] };

/**
 * Cleans one seed. `context` is what the corpus-level step learned for it
 * (`corpus-boilerplate.ts`) and the desk's outlet rules: the outlet is the
 * one the seed's metadata or `recognise` text names, else the one whose name
 * the cleaning itself finds as the publisher (then the seed is cleaned again
 * with that outlet's rules).
 */
export function clean(seed: Seed, context: SeedContext = NO_CONTEXT): CleanArticle {
  const outlet = recogniseOutlet(context.outlets, seed);
  const article = cleanWith(seed, context, outlet);
  if (outlet || context.outlets.length === 0) return article;
  const found = outletNamed(context.outlets, article.publisher);
  return found ? cleanWith(seed, context, found) : article;
}

function cleanWith(seed: Seed, context: SeedContext, outlet: OutletRule | undefined): CleanArticle {
  const units = toUnits(normalize(seed.text));
  if (units.length === 0) {
    throw new IngestError(seed.name, 'empty-seed', 'Unexpected empty file, expected the text of an article');
  }
  const items: Item[] = units.map((unit) => ({ unit, before: [], after: [] }));
  const boilerplate = new Set(context.boilerplate);

  applyDeskRules(items, outlet);
  stripPrefixes(items);
  runPhase(items, 1, items.map(() => 'body'), undefined, boilerplate);
  trimSentences(items);
  const zones = findZones(items);
  runPhase(items, 2, zones, undefined, boilerplate);
  const headline = findHeadline(items, zones) ?? titledLine(items, zones, seed.metadata?.title);
  runPhase(items, 3, zones, headline, boilerplate);

  const kept = items.filter(isKept);
  const paragraphs = kept.map((it) => it.unit.text);
  const removed = items.flatMap((it) => [
    ...it.before,
    ...(it.verdict && it.unit.text ? [{ rule: it.verdict, text: it.unit.text }] : []),
    ...it.after,
  ]);
  if (!paragraphs.some((p) => wordCount(p) >= 4)) {
    throw new IngestError(
      seed.name,
      'only-clutter',
      `Unexpected text made only of site clutter (${removed.length} pieces removed), expected at least one paragraph of article body`,
    );
  }

  const headlineText = headline === undefined ? undefined : items[headline]?.unit.text;
  const ledes = kept.slice(0, 3).map((it) => it.unit.text);
  const publisher = outlet?.name ?? findPublisher(removed, paragraphs, ledes);
  return {
    seed: seed.name,
    title: headlineText ?? deriveTitle(paragraphs[0] ?? ''),
    titleDerived: headlineText === undefined,
    publisher,
    // The page's own metadata names the outlet best: a dateline naming another is the wire it credits.
    agency: findAgency(ledes, removed.filter((r) => CREDIT_RULES.has(r.rule)).map((r) => r.text), paragraphs.at(-1), seed.metadata?.publisher ?? publisher),
    author: findAuthor(items),
    published: findPublished(items, zones, kept, parseFetchTime(seed.metadata?.fetched)),
    url: null,
    language: null,
    paragraphs,
    captions: items.flatMap((it) => (it.caption ? [it.caption] : [])),
    removed,
  };
}


// ---------------------------------------------------------------------------
// Running the rules
// ---------------------------------------------------------------------------


/** The outlet's desk rules, before any built-in rule: lines dropped, moved to the captions, or kept. */
function applyDeskRules(items: Item[], outlet: OutletRule | undefined): void {
  if (!outlet) return;
  for (const it of items) {
    const verdict = deskVerdict(outlet, it.unit.text);
    if (verdict === 'keep') it.protected = true;
    else if (verdict !== null) {
      it.verdict = deskRuleId(outlet);
      if (verdict === 'caption') it.caption = it.unit.text;
    }
  }
}

function stripPrefixes(items: Item[]): void {
  for (const it of items.filter(isOpen)) {
    for (const rule of PREFIX_RULES) {
      const prefix = rule.match(it.unit.text);
      if (prefix === null) continue;
      it.before.push({ rule: rule.id, text: prefix });
      it.unit.text = it.unit.text.slice(prefix.length).trim();
    }
  }
}

function runPhase(items: Item[], phase: 1 | 2 | 3, zones: readonly Zone[], headline: number | undefined, boilerplate: ReadonlySet<string>): void {
  const units = items.map((it) => it.unit);
  const verdicts = items.map((it) => it.verdict);
  const rules = unitRules(phase);
  const firstOf = new Map<string, number>();
  units.forEach((unit, i) => {
    const key = unit.text.toLowerCase();
    if (!firstOf.has(key)) firstOf.set(key, i);
  });
  items.forEach((it, index) => {
    if (!isOpen(it)) return;
    const zone = zones[index] ?? 'body';
    const ctx: RuleContext = { units, index, zone, verdicts, headline, firstOf, boilerplate };
    const rule = rules.find((r) => r.zones.includes(zone) && r.match(it.unit.text, ctx));
    if (!rule) return;
    it.verdict = verdicts[index] = rule.id;
    if (rule.action === 'caption') it.caption = rule.caption ? rule.caption(it.unit.text) : it.unit.text;
  });
}

/** Takes promotional sentences off the start and end of each kept unit, cutting at sentence offsets. */
function trimSentences(items: Item[]): void {
  const ruleFor = (s: string) => SENTENCE_RULES.find((r) => r.match(s));
  for (const it of items.filter(isOpen)) {
    const text = it.unit.text;
    const spans = segmentParagraph(text);
    const sentence = (i: number) => text.slice(spans[i]?.start ?? 0, spans[i]?.end ?? 0);
    let first = 0;
    let last = spans.length;
    let rule: ReturnType<typeof ruleFor>;
    while (first < last && (rule = ruleFor(sentence(first)))) it.before.push({ rule: rule.id, text: sentence(first++) });
    while (last > first && (rule = ruleFor(sentence(last - 1)))) it.after.unshift({ rule: rule.id, text: sentence(--last) });
    it.unit.text = first < last ? text.slice(spans[first]?.start, spans[last - 1]?.end) : '';
  }
}

/**
 * When the header holds no headline: the line near the top that prints the
 * title the page's metadata gives (an HTML `<h1>`), even when it reads as
 * prose: it is the headline, not the body's first paragraph.
 */
function titledLine(items: readonly Item[], zones: readonly Zone[], title: string | undefined): number | undefined {
  if (title === undefined) return undefined;
  const key = title.toLowerCase();
  const at = items.slice(0, 12).findIndex((it, i) => zones[i] === 'body' && isOpen(it) && it.unit.text.toLowerCase() === key);
  return at === -1 ? undefined : at;
}

/**
 * Header: before the first prose unit. Footer: after the last one (author
 * bios and contact lines do not count). A first "prose" unit that is a short
 * headline ending like a sentence ("Is the war over?"), with its byline or
 * reading time (or, for a question or a line of twelve words or fewer, its
 * date) before the next prose unit, belongs to the header.
 */
function findZones(items: Item[]): Zone[] {
  const prose = items.flatMap((it, i) => (isKept(it) && isProse(it.unit.text) && !isEdgeMaterial(it.unit.text) ? [i] : []));
  let first = prose[0];
  const last = prose[prose.length - 1];
  if (first === undefined || last === undefined) return items.map(() => 'body');
  const second = prose[1];
  if (second !== undefined && isTerminalHeadline(items, first, second)) first = second;
  return items.map((_, i) => (i < first ? 'header' : i > last ? 'footer' : 'body'));
}

function isTerminalHeadline(items: readonly Item[], first: number, second: number): boolean {
  const text = items[first]?.unit.text ?? '';
  const words = wordCount(text);
  if (words > 25 || items[first]?.unit.block === items[second]?.unit.block) return false;
  const between = items.slice(first + 1, second).map((it) => it.verdict);
  const dated = /[?!]["”’]?$/u.test(text) || words <= 12;
  return between.some((v) => v === 'byline' || v === 'read-time' || (dated && v === 'date-line'));
}
