/**
 * Corpus stage: where each outlet got what it prints.
 *
 * - `copy`: the article is a near-copy of an earlier article of the
 *   collection (most of its body's word sequences are in the other one): the
 *   same wire story lightly edited, or a republished press release.
 * - `wire`: the article is credited to a wire agency (`article.agency`, from
 *   its dateline or credit line).
 * - `cites`: the claim's sentence, or the article's opening, names another
 *   outlet as the source ("…, the Daily Planet reported", "according to
 *   Reuters").
 * - `own`: its own reporting.
 *
 * Every appearance gets a SOURCE KEY: appearances with the same key rest on
 * the same reporting and count once (all copies of an AFP story are one
 * source: `agency:afp`).
 */
import type { AnalyzedArticle, Origin } from './types.ts';

/** Wire agencies and how articles name them: canonical name → forms (lowercase). */
export const WIRE_AGENCIES: Readonly<Record<string, readonly string[]>> = {
  AFP: ['afp', 'agence france-presse', 'agence france presse'],
  Reuters: ['reuters'],
  AP: ['ap', 'associated press', 'the associated press'],
  dpa: ['dpa', 'deutsche presse-agentur'],
  ANSA: ['ansa'],
  EFE: ['efe'],
  Bloomberg: ['bloomberg'],
  Kyodo: ['kyodo'],
  Yonhap: ['yonhap'],
  Xinhua: ['xinhua'],
  TASS: ['tass'],
  Interfax: ['interfax'],
  'RIA Novosti': ['ria novosti', 'ria'],
  Ukrinform: ['ukrinform'],
  PAP: ['pap'],
  Anadolu: ['anadolu', 'anadolu agency'],
};

const AGENCY_OF = new Map(Object.entries(WIRE_AGENCIES).flatMap(([name, forms]) => forms.map((f) => [f, name] as const)));

/** Words that make a capitalised name an outlet's ("Daily Planet", "North TV", "Valley Courier"). */
const OUTLET_WORDS =
  /\b(?:News|Times|Post|Press|Agency|TV|Television|Radio|Journal|Herald|Telegraph|Guardian|Gazette|Daily|Tribune|Independent|Media|Broadcasting|Broadcaster|Channel|Observer|Review|Insider|Wire|Today|Courier|Chronicle|Mail|Star|Sun|Standard|Express|Monitor|Dispatch|Bulletin|Report|Magazine|Weekly|Online|Network|Vestnik|Pravda|Izvestia|Kommersant)\b/u;

/** "…, X reported", "X reports that …", "according to X", "X first reported", "as reported by X". */
const CITATION =
  /(?:according\s+to|as\s+reported\s+by|first\s+reported\s+by|reported\s+by|citing)\s+(?:the\s+)?(?<a>\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.&'’-]*){0,4})|(?:the\s+)?(?<b>\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})\s+(?:reported|reports|has\s+reported|said\s+in\s+a\s+report|first\s+reported|news\s+agency\s+reported)\b/gu;

/** The outlet a citation names, when the name is an outlet's: a publisher of the collection, a wire agency, or an outlet-shaped name. */
export function citedOutlet(text: string, publishers: ReadonlySet<string>): string | null {
  for (const m of text.matchAll(CITATION)) {
    const name = (m.groups?.['a'] ?? m.groups?.['b'] ?? '').replace(/\.$/u, '').replace(/['’]s$/u, '').trim();
    if (!name) continue;
    const lower = name.toLowerCase().replace(/^the\s+/u, '');
    const agency = AGENCY_OF.get(lower);
    if (agency) return agency;
    if (publishers.has(lower)) return name.replace(/^The\s+/u, '');
    if (OUTLET_WORDS.test(name)) return name.replace(/^The\s+/u, '');
  }
  return null;
}

/** The agency a name stands for ("Agence France-Presse" → AFP), or the name. */
export function agencyName(name: string): string {
  return AGENCY_OF.get(name.toLowerCase()) ?? name;
}

// ---------------------------------------------------------------------------
// Near-copies

/** Word sequences compared for near-copies. */
const SHINGLE = 5;
/** An article is a near-copy of another when at least this share of its shingles is in the other. */
export const COPY_SHARE = 0.5;
/** Articles with fewer shingles than this are too short to tell a copy from two reports of one fact. */
const MIN_SHINGLES = 30;
/** Shingles in more articles than this are page furniture, not a story's text: not indexed. */
const COMMON_SHINGLE = 50;

function shingles(paragraphs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paragraphs) {
    const words = p.toLowerCase().replace(/[’‘]/gu, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
    for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  }
  return out;
}

/** Articles earlier in this order are the originals: by date, then by slug. */
function earlier(a: AnalyzedArticle, b: AnalyzedArticle): boolean {
  const da = a.article.published ?? '9999';
  const db = b.article.published ?? '9999';
  return da !== db ? da < db : a.slug < b.slug;
}

/** For each article, the index of the article it is a near-copy of, or null. */
export function nearCopies(articles: readonly AnalyzedArticle[]): (number | null)[] {
  const sets = articles.map((a) => shingles(a.article.paragraphs));
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = index.get(s);
      if (!list) index.set(s, [i]);
      else if (list.length <= COMMON_SHINGLE) list.push(i);
    }
  });
  return sets.map((set, i) => {
    if (set.size < MIN_SHINGLES) return null;
    const shared = new Map<number, number>();
    for (const s of set) {
      const list = index.get(s)!;
      if (list.length > COMMON_SHINGLE) continue;
      for (const j of list) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    let best: number | null = null;
    let bestShare = 0;
    for (const [j, count] of shared) {
      if (sets[j]!.size < MIN_SHINGLES) continue;
      const share = count / Math.min(set.size, sets[j]!.size);
      if (share >= COPY_SHARE && earlier(articles[j]!, articles[i]!) && (share > bestShare || (share === bestShare && j < (best ?? Infinity)))) {
        best = j;
        bestShare = share;
      }
    }
    return best;
  });
}

// ---------------------------------------------------------------------------
// Origins and source keys

export interface ArticleOrigins {
  /** Per article: the article it copies, or null. */
  copyOf: (number | null)[];
  /** Per article, per claim. */
  origins: Origin[][];
  /** Per article, per claim: the key of the reporting the appearance rests on. */
  sourceKeys: string[][];
}

const norm = (s: string) => s.trim().toLowerCase();

/** The outlet's own key: its publisher, or the article itself when the publisher is unknown. */
export function outletKey(a: AnalyzedArticle): string {
  return a.article.publisher ? `outlet:${norm(a.article.publisher)}` : `article:${a.slug}`;
}

export function originsOf(articles: readonly AnalyzedArticle[]): ArticleOrigins {
  const copyOf = nearCopies(articles);
  const publishers = new Set(articles.flatMap((a) => (a.article.publisher ? [norm(a.article.publisher).replace(/^the\s+/u, '')] : [])));
  const articleKey = (i: number, seen = new Set<number>()): string => {
    const a = articles[i]!;
    const original = copyOf[i];
    if (original !== null && original !== undefined && !seen.has(original)) return articleKey(original, seen.add(i));
    if (a.article.agency) return `agency:${norm(agencyName(a.article.agency))}`;
    return outletKey(a);
  };
  const origins: Origin[][] = [];
  const sourceKeys: string[][] = [];
  articles.forEach((a, i) => {
    const lede = a.article.paragraphs.slice(0, 2).join(' ');
    const articleCites = citedOutlet(lede, publishers);
    const original = copyOf[i];
    const base: Origin =
      original !== null && original !== undefined
        ? { type: 'copy', source: articles[original]!.slug }
        : a.article.agency
          ? { type: 'wire', source: agencyName(a.article.agency) }
          : articleCites && norm(articleCites) !== norm(a.article.publisher ?? '')
            ? { type: 'cites', source: articleCites }
            : { type: 'own', source: null };
    const own = articleKey(i);
    origins.push(
      a.claims.map((claim) => {
        const cited = citedOutlet(claim.text, publishers);
        if (cited && base.type !== 'copy' && norm(cited) !== norm(a.article.publisher ?? '')) return { type: 'cites', source: cited };
        return base;
      }),
    );
    sourceKeys.push(
      origins[i]!.map((origin) => {
        if (origin.type === 'cites') return AGENCY_OF.has(norm(origin.source!)) || WIRE_AGENCIES[origin.source!] ? `agency:${norm(agencyName(origin.source!))}` : `outlet:${norm(origin.source!).replace(/^the\s+/u, '')}`;
        return own;
      }),
    );
  });
  return { copyOf, origins, sourceKeys };
}
