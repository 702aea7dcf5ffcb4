import { describe, expect, it } from 'vitest';
import { DEFAULT_CUE, STATUS_CUES } from '../../scripts/pipeline/status-cues.ts';
import { CONTRADICTED_CUE, CORROBORATED_CUE } from '../../scripts/pipeline/match-across-sources.ts';
import { STATUS_INFO, STATUSES } from '../../scripts/status.ts';
import { ui } from '../strings.ts';
import { cueRows, MATCHING, statusRows } from './methodology.ts';

describe('statusRows', () => {
  it('explains every status of the vocabulary, in its order, with its rating', () => {
    const rows = statusRows();
    expect(rows.map((row) => row.status)).toEqual([...STATUSES]);
    for (const row of rows) {
      expect(row).toMatchObject(STATUS_INFO[row.status]);
      expect(row.rating === null).toBe(row.setBy === 'pipeline');
    }
  });
});

describe('cueRows', () => {
  const rows = cueRows();

  it('lists every cue in precedence order, then the default', () => {
    expect(rows.map((row) => row.id)).toEqual([...STATUS_CUES.map((cue) => cue.id), DEFAULT_CUE.id]);
    expect(rows.map((row) => row.rank)).toEqual([...STATUS_CUES.map((_, index) => index + 1), null]);
    expect(rows.map((row) => row.status)).toEqual([...STATUS_CUES.map((cue) => cue.status), DEFAULT_CUE.status]);
  });

  it('shows each cue with an example whose parts make up its sentence, the claim in the middle', () => {
    for (const [index, cue] of STATUS_CUES.entries()) {
      const example = rows[index]!.example!;
      const source = cue.examples[0]!;
      expect(example.before + example.claim + example.after).toBe(source.sentence);
      expect(example.claim).toBe(source.claim ?? source.sentence);
      expect(example.next).toBe(source.next ?? null);
    }
    expect(rows.at(-1)!.example).toBeNull();
  });

  it('shows rationale templates without their placeholders, and where each cue looks, in words', () => {
    for (const row of rows) {
      expect(row.rationale).not.toMatch(/[{}]/);
      for (const scope of row.scopes) expect(ui.scopeLabels[scope]).toBeTruthy();
    }
    expect(rows.find((row) => row.id === 'hedged')!.rationale).toBe('Hedged with “…”.');
  });

  it('names the cross-outlet cues as the pipeline does', () => {
    expect(MATCHING).toMatchObject({ corroboratedCue: CORROBORATED_CUE, contradictedCue: CONTRADICTED_CUE });
    expect(MATCHING.threshold).toBeGreaterThan(0);
    expect(MATCHING.threshold).toBeLessThan(1);
  });
});
