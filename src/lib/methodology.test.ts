import { describe, expect, it } from 'vitest';
import { AUTOMATIC_STATUSES, CLAIM_KINDS, KIND_INFO, STATUS_INFO, STATUSES } from '../../scripts/status.ts';
import { EVIDENCE, kindRows, statusRows, WORTHINESS, worthinessRows } from './methodology.ts';
import { WORTHINESS_INFO, WORTHINESS_SIGNALS, WORTHINESS_THRESHOLD } from '../../scripts/worthiness.ts';

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

describe('kindRows', () => {
  it('explains every kind, in its order, and says which can be checked', () => {
    const rows = kindRows();
    expect(rows.map((row) => row.kind)).toEqual([...CLAIM_KINDS]);
    for (const row of rows) expect(row).toMatchObject(KIND_INFO[row.kind]);
    expect(rows.filter((row) => row.checkable === false).map((row) => row.kind)).toEqual(['demand', 'value-judgement']);
    expect(rows.find((row) => row.kind === 'prediction')!.checkable).toBe('plan');
  });
});

describe('EVIDENCE', () => {
  it('gives a rule for every automatic status, in the order they apply, in words with no placeholders', () => {
    expect(EVIDENCE.rules.map((rule) => rule.status).sort()).toEqual([...AUTOMATIC_STATUSES].sort());
    expect(EVIDENCE.rules.map((rule) => rule.status)).toEqual(['not-checkable', 'disputed', 'corroborated', 'unverified']);
    for (const text of [...EVIDENCE.rules.map((rule) => rule.when), ...EVIDENCE.independence]) expect(text).not.toMatch(/[{}]/);
  });
});

describe('worthinessRows', () => {
  it('explains every check-worthiness signal with its weight, and the threshold', () => {
    const rows = worthinessRows();
    expect(rows.map((row) => row.signal)).toEqual([...WORTHINESS_SIGNALS]);
    for (const row of rows) expect(row).toMatchObject(WORTHINESS_INFO[row.signal]);
    // The weights add up to a full score: a claim with every signal scores 1.
    expect(rows.reduce((sum, row) => sum + row.weight, 0)).toBeCloseTo(1);
    expect(WORTHINESS.threshold).toBe(WORTHINESS_THRESHOLD);
  });
});
