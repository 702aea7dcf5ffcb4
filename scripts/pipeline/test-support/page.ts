/** Builders for hand-made pages in tests. */
import type { ArticlePage } from '../build-mdast.ts';
import { claimFrom } from '../ingest.ts';
import { ArticleText } from '../anchor.ts';
import type { AssessedClaim, Claim } from '../types.ts';

export function claimAt(paragraphs: readonly string[], paragraph: number, start: number, end: number, id: string, overrides: Partial<Claim> = {}): Claim {
  const text = (paragraphs[paragraph] ?? '').slice(start, end);
  const assessed: AssessedClaim = {
    paragraph,
    start,
    end,
    text,
    form: 'factual',
    kind: 'factual',
    plan: false,
    speaker: null,
    speakerKind: null,
    summary: text.slice(0, 40),
    hedge: null,
    caveat: null,
    status: 'unverified',
    rationale: 'Reported by 1 outlet, none of them independent: no independent confirmation.',
    cue: 'no-independent-confirmation',
  };
  return { ...claimFrom(assessed, id, 'test', new ArticleText(paragraphs)), ...overrides };
}

export function pageOf(paragraphs: string[], claims: Claim[] = [], meta: Partial<ArticlePage['article']> = {}): ArticlePage {
  return {
    slug: 'test',
    article: {
      seed: 'test.txt',
      title: 'Test article',
      titleDerived: false,
      publisher: null,
      agency: null,
      author: null,
      published: null,
      url: null,
      language: null,
      paragraphs,
      captions: [],
      removed: [],
      sentences: [],
      ...meta,
    },
    claims,
  };
}
