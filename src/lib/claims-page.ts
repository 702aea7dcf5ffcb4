/**
 * The /claims/ page: one row per claim of the site, and the options of its
 * status, speaker and publisher filters.
 */
import { STATUS_INFO, STATUSES, type Status } from '../../scripts/status.ts';
import { ui } from '../strings.ts';
import { allClaims, articlePath, claimHref, href, type Article } from './articles.ts';
import { speakerHref, type SpeakerDirectory } from './speaker-pages.ts';

/** Filter value of "no speaker" / "no publisher": not a slug and not a publisher name that could collide. */
export const NONE = '-';

export interface ClaimRow {
  id: string;
  summary: string;
  status: Status;
  /** Link to the claim in its article. */
  href: string;
  speaker: { name: string; href: string } | null;
  publisher: string | null;
  article: { title: string; href: string };
  /** Values matched by the filters (data attributes of the row). */
  filter: { status: Status; speaker: string; publisher: string };
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

export interface ClaimFilters {
  status: FilterOption[];
  speaker: FilterOption[];
  publisher: FilterOption[];
}

export function claimRows(articles: readonly Article[], directory: SpeakerDirectory): ClaimRow[] {
  return allClaims(articles).map(({ claim, article }) => {
    const speaker = directory.speakerOf(claim.speaker);
    return {
      id: claim.id,
      summary: claim.summary,
      status: claim.status,
      href: claimHref(article, claim.id),
      speaker: speaker ? { name: claim.speaker!, href: speakerHref(speaker) } : null,
      publisher: article.data.publisher,
      article: { title: article.data.title, href: href(articlePath(article)) },
      filter: {
        status: claim.status,
        speaker: speaker?.slug ?? NONE,
        publisher: article.data.publisher ?? NONE,
      },
    };
  });
}

function options(rows: readonly ClaimRow[], pick: (row: ClaimRow) => [value: string, label: string]): FilterOption[] {
  const found = new Map<string, FilterOption>();
  for (const row of rows) {
    const [value, label] = pick(row);
    const option = found.get(value) ?? { value, label, count: 0 };
    option.count += 1;
    found.set(value, option);
  }
  return [...found.values()];
}

/** Only values that occur; statuses in vocabulary order, speakers and publishers by name, "none" last. */
export function claimFilters(rows: readonly ClaimRow[], directory: SpeakerDirectory): ClaimFilters {
  const byLabel = (a: FilterOption, b: FilterOption) =>
    Number(a.value === NONE) - Number(b.value === NONE) || a.label.localeCompare(b.label, 'en');
  const speakerName = new Map(directory.speakers.map((speaker) => [speaker.slug, speaker.name]));
  return {
    status: options(rows, (row) => [row.status, STATUS_INFO[row.status].label]).sort(
      (a, b) => STATUSES.indexOf(a.value as Status) - STATUSES.indexOf(b.value as Status),
    ),
    speaker: options(rows, (row) => [row.filter.speaker, speakerName.get(row.filter.speaker) ?? ui.speakerUnknown]).sort(byLabel),
    publisher: options(rows, (row) => [row.filter.publisher, row.publisher ?? ui.unknownPublisher]).sort(byLabel),
  };
}
