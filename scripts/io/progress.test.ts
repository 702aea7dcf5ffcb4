import { describe, expect, it } from 'vitest';
import { formatCount, formatSeconds, formatStage, ProgressReporter, type StageView } from './progress.ts';

const STAGES = ['read', 'analyse', 'match', 'pages', 'write'];

function view(changes: Partial<StageView>): StageView {
  return { index: 2, count: 5, name: 'analyse', done: 0, total: 10_000, unit: 'articles', cached: null, note: null, elapsedMs: 0, ...changes };
}

describe('formatting', () => {
  it('groups thousands whatever the locale, and gives seconds with one decimal', () => {
    expect([0, 7, 999, 1000, 12_345, 1_234_567].map(formatCount)).toEqual(['0', '7', '999', '1,000', '12,345', '1,234,567']);
    expect(formatCount(511.6)).toBe('512');
    expect([0, 49, 1234, 61_060].map(formatSeconds)).toEqual(['0.0 s', '0.0 s', '1.2 s', '61.1 s']);
  });

  it('shows the stage, its counts, what is cached and the rate while it runs', () => {
    expect(formatStage(view({ done: 3412, cached: 2950, elapsedMs: 6664 }), false)).toBe(
      'factline: [2/5 analyse] 3,412/10,000 articles (2,950 cached) 512/s',
    );
    // No rate in the first second: it would mean nothing.
    expect(formatStage(view({ done: 3, elapsedMs: 999 }), false)).toBe('factline: [2/5 analyse] 3/10,000 articles');
    expect(formatStage(view({ index: 1, name: 'read', unit: 'seeds', total: null, note: 'seeds/' }), false)).toBe('factline: [1/5 read] … seeds/');
  });

  it('ends a stage with its total, its time and its rate', () => {
    expect(formatStage(view({ done: 10_000, cached: 2950, elapsedMs: 19_531 }), true)).toBe(
      'factline: [2/5 analyse] 10,000 articles (2,950 cached) in 19.5 s (512/s)',
    );
    expect(formatStage(view({ index: 3, name: 'match', done: 2, total: 2, note: '52 claims', elapsedMs: 180 }), true)).toBe(
      'factline: [3/5 match] 2 articles, 52 claims in 0.2 s',
    );
  });
});

/** A reporter on a fake clock, writing into a list. */
function reporter(tty: boolean) {
  const out: string[] = [];
  const clock = { now: 0 };
  const progress = new ProgressReporter({ write: (text) => out.push(text), tty, stages: STAGES, now: () => clock.now });
  return { out, clock, progress };
}

/** 10,000 updates over 20 simulated seconds, one every 2 ms. */
function analyse(progress: ProgressReporter, clock: { now: number }): void {
  progress.stage('analyse', { total: 10_000, unit: 'articles', cached: true });
  for (let done = 1; done <= 10_000; done++) {
    clock.now += 2;
    progress.update(done, Math.min(done, 2950));
  }
  progress.end({ done: 10_000, cached: 2950 });
}

describe('ProgressReporter', () => {
  it('outside a terminal, prints a line at most every two seconds and one at the end of each stage', () => {
    const { out, clock, progress } = reporter(false);
    progress.stage('read', { unit: 'seeds' });
    clock.now += 300;
    progress.end({ done: 10_000, note: '0 verdict file(s)' });
    analyse(progress, clock);
    progress.stage('match', { total: 10_000, unit: 'articles', note: '41,234 claims' });
    clock.now += 1500;
    progress.finish();

    expect(out.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(out[0]).toBe('factline: [1/5 read] 10,000 seeds, 0 verdict file(s) in 0.3 s\n');
    const running = out.filter((line) => line.includes('/10,000 articles'));
    expect(running).toHaveLength(10); // at 2, 4, … 20 s
    expect(running[0]).toBe('factline: [2/5 analyse] 1,000/10,000 articles (1,000 cached) 500/s\n');
    expect(out).toContain('factline: [2/5 analyse] 10,000 articles (2,950 cached) in 20.0 s (500/s)\n');
    expect(out.at(-2)).toBe('factline: [3/5 match] 0 articles, 41,234 claims in 1.5 s\n');
    expect(out.at(-1)).toBe('factline: ingest took 21.8 s\n');
    expect(out).toHaveLength(14);
  });

  it('in a terminal, rewrites one line at most ten times a second and ends each stage with a newline', () => {
    const { out, clock, progress } = reporter(true);
    analyse(progress, clock);
    progress.finish();
    const updates = out.filter((text) => !text.endsWith('\n'));
    // The stage's first line, then one per 100 ms of the 20 s.
    expect(updates).toHaveLength(201);
    for (const text of updates) expect(text).toMatch(/^\rfactline: \[2\/5 analyse\] [\d,]+\/10,000 articles \([\d,]+ cached\)( [\d,]+\/s)?\x1b\[K$/);
    expect(out.at(-2)).toBe('\rfactline: [2/5 analyse] 10,000 articles (2,950 cached) in 20.0 s (500/s)\x1b[K\n');
    expect(out.at(-1)).toBe('factline: ingest took 20.0 s\n');
  });

  it('ends an open terminal line before an error is written, and only then', () => {
    const { out, progress } = reporter(true);
    progress.interrupt();
    expect(out).toEqual([]);
    progress.stage('pages', { total: 3, unit: 'pages' });
    progress.interrupt();
    expect(out).toEqual(['\rfactline: [4/5 pages] 0/3 pages\x1b[K', '\n']);
  });

  it('ends the stage before when a new one begins', () => {
    const { out, clock, progress } = reporter(false);
    progress.stage('pages', { total: 3, unit: 'pages', cached: true });
    clock.now += 100;
    progress.update(3, 1);
    progress.stage('write', { total: 3, unit: 'pages' });
    progress.end({ done: 3 });
    expect(out).toEqual(['factline: [4/5 pages] 3 pages (1 cached) in 0.1 s\n', 'factline: [5/5 write] 3 pages in 0.0 s\n']);
  });
});
