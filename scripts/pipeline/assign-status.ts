/**
 * Stage 4: a per-article status for each claim, with the cue it rests on.
 * The cues themselves are data, in precedence order: see `status-cues.ts`.
 */
import { BACK_REFERENCE, DEFAULT_CUE, STATUS_CUES } from './status-cues.ts';
import type { CueMatcher, CueScope, StatusCue } from './status-cues.ts';
import type { AssessedClaim, DetectedClaim, SegmentedArticle } from './types.ts';

export function assignStatus(claims: DetectedClaim[], article: SegmentedArticle): AssessedClaim[] {
  return claims.map((claim) => {
    const scopes = claimScopes(claim, article);
    for (const cue of STATUS_CUES) {
      const hit = firstHit(cue.match, scopes);
      const party = cue.require ? firstHit(cue.require, scopes) : undefined;
      if (hit && (!cue.require || party)) {
        return { ...claim, status: cue.status, cue: cue.id, rationale: fill(cue, hit, party) };
      }
    }
    return { ...claim, status: DEFAULT_CUE.status, cue: DEFAULT_CUE.id, rationale: DEFAULT_CUE.rationale };
  });
}

/** The texts a cue may look at, by scope (see `status-cues.ts`). Curly apostrophes become straight. */
export function claimScopes(claim: DetectedClaim, article: SegmentedArticle): Record<CueScope, string> {
  const paragraph = article.paragraphs[claim.paragraph] ?? claim.text;
  const overlapping = article.sentences
    .map((sentence, index) => ({ sentence, index }))
    .filter(({ sentence: s }) => s.paragraph === claim.paragraph && s.start < claim.end && s.end > claim.start);
  const first = overlapping[0];
  const last = overlapping[overlapping.length - 1];
  const start = first ? Math.min(first.sentence.start, claim.start) : claim.start;
  const end = last ? Math.max(last.sentence.end, claim.end) : claim.end;
  const next = last ? article.sentences[last.index + 1] : undefined;
  const followUp = next && BACK_REFERENCE.test(straight(next.text)) ? next.text : '';
  return {
    claim: straight(claim.text),
    'lead-in': straight(paragraph.slice(start, claim.start)),
    sentence: straight(paragraph.slice(start, end)),
    'follow-up': straight(followUp),
    speaker: claim.speaker ?? '',
  };
}

function firstHit(matchers: readonly CueMatcher[], scopes: Record<CueScope, string>): RegExpExecArray | undefined {
  for (const { in: where, pattern } of matchers) {
    for (const scope of where) {
      const hit = pattern.exec(scopes[scope]);
      if (hit) return hit;
    }
  }
  return undefined;
}

function fill(cue: StatusCue, hit: RegExpExecArray, party: RegExpExecArray | undefined): string {
  const words = (m: string) => m.replace(/\s+/g, ' ').trim();
  return cue.rationale
    .replace('{match}', words(hit[0]).toLowerCase())
    .replace('{party}', words(party?.groups?.['party'] ?? party?.[0] ?? 'an interested party'));
}

function straight(text: string): string {
  return text.replace(/[’‘]/g, "'");
}
