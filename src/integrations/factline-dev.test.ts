import { describe, expect, it } from 'vitest';
import { createScheduler, displayPath, errorLocation, failureMessage, isWatchedFile, overlayError, type Timers } from './factline-dev.ts';

/** Timers driven by hand: `advance(ms)` fires what is due. */
function manualTimers() {
  let now = 0;
  let next = 0;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    set(callback, ms) {
      const id = next++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clear(handle) {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    pendingCount: () => pending.size,
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at <= now) {
          pending.delete(id);
          timer.callback();
        }
      }
    },
  };
}

/** A run whose calls finish only when the test says so. */
function controlledRun() {
  const finishers: ((error?: Error) => void)[] = [];
  let active = 0;
  let maxActive = 0;
  const run = () => {
    active += 1;
    maxActive = Math.max(maxActive, active);
    return new Promise<void>((resolve, reject) => {
      finishers.push((error) => {
        active -= 1;
        if (error) reject(error);
        else resolve();
      });
    });
  };
  return {
    run,
    calls: () => finishers.length,
    maxActive: () => maxActive,
    /** Finishes the oldest unfinished call, then lets the scheduler's promise callbacks run. */
    async finish(index: number, error?: Error) {
      finishers[index]!(error);
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('createScheduler', () => {
  it('runs once for a burst of changes, after the debounce', () => {
    const clock = manualTimers();
    const job = controlledRun();
    const scheduler = createScheduler(job.run, { debounceMs: 100, timers: clock.timers });
    scheduler.trigger();
    clock.advance(60);
    scheduler.trigger();
    clock.advance(60);
    scheduler.trigger();
    clock.advance(99);
    expect(job.calls()).toBe(0);
    expect(scheduler.state.waiting).toBe(true);
    clock.advance(1);
    expect(job.calls()).toBe(1);
    expect(clock.pendingCount()).toBe(0);
  });

  it('runs again for changes that come after a run has finished', async () => {
    const clock = manualTimers();
    const job = controlledRun();
    const scheduler = createScheduler(job.run, { debounceMs: 100, timers: clock.timers });
    scheduler.trigger();
    clock.advance(100);
    await job.finish(0);
    scheduler.trigger();
    clock.advance(100);
    expect(job.calls()).toBe(2);
    await job.finish(1);
    expect(scheduler.state).toMatchObject({ waiting: false, running: false, queued: false, runs: 2 });
  });

  it('never runs twice at once: changes during a run queue exactly one rerun', async () => {
    const clock = manualTimers();
    const job = controlledRun();
    const scheduler = createScheduler(job.run, { debounceMs: 100, timers: clock.timers });
    scheduler.trigger();
    clock.advance(100);
    expect(job.calls()).toBe(1);
    // Three separate bursts while the first run is still going on.
    for (let i = 0; i < 3; i++) {
      scheduler.trigger();
      clock.advance(100);
    }
    expect(job.calls()).toBe(1);
    expect(scheduler.state.queued).toBe(true);
    await job.finish(0);
    expect(job.calls()).toBe(2); // the one queued rerun starts at once
    expect(scheduler.state.queued).toBe(false);
    await job.finish(1);
    expect(job.calls()).toBe(2);
    expect(job.maxActive()).toBe(1);
  });

  it('waits for the debounce of a change made during a run before queueing the rerun', async () => {
    const clock = manualTimers();
    const job = controlledRun();
    const scheduler = createScheduler(job.run, { debounceMs: 100, timers: clock.timers });
    scheduler.runNow();
    scheduler.trigger();
    clock.advance(50);
    await job.finish(0); // the run ends before the debounce does
    expect(job.calls()).toBe(1);
    clock.advance(50);
    expect(job.calls()).toBe(2);
  });

  it('runNow skips the debounce and cancels a waiting one', () => {
    const clock = manualTimers();
    const job = controlledRun();
    const scheduler = createScheduler(job.run, { debounceMs: 100, timers: clock.timers });
    scheduler.trigger();
    scheduler.runNow();
    expect(job.calls()).toBe(1);
    expect(clock.pendingCount()).toBe(0);
  });

  it('reports a failed run and keeps going', async () => {
    const clock = manualTimers();
    const job = controlledRun();
    const errors: unknown[] = [];
    const scheduler = createScheduler(job.run, { debounceMs: 10, timers: clock.timers, onError: (error) => errors.push(error) });
    scheduler.trigger();
    clock.advance(10);
    await job.finish(0, new Error('boom'));
    expect(errors).toHaveLength(1);
    scheduler.trigger();
    clock.advance(10);
    expect(job.calls()).toBe(2);
  });

  it('treats a run that throws synchronously as a failed run', async () => {
    const clock = manualTimers();
    const errors: unknown[] = [];
    let calls = 0;
    const scheduler = createScheduler(
      () => {
        calls += 1;
        throw new Error('sync');
      },
      { debounceMs: 10, timers: clock.timers, onError: (error) => errors.push(error) },
    );
    scheduler.trigger();
    clock.advance(10);
    await scheduler.idle();
    expect(errors).toHaveLength(1);
    scheduler.trigger();
    clock.advance(10);
    await scheduler.idle();
    expect(calls).toBe(2);
  });

  it('idle resolves once nothing is waiting, running or queued', async () => {
    const clock = manualTimers();
    const job = controlledRun();
    const scheduler = createScheduler(job.run, { debounceMs: 10, timers: clock.timers });
    await scheduler.idle(); // nothing to wait for
    let idle = false;
    scheduler.trigger();
    void scheduler.idle().then(() => (idle = true));
    clock.advance(10);
    scheduler.trigger();
    clock.advance(10); // queued
    await job.finish(0);
    expect(idle).toBe(false);
    await job.finish(1);
    expect(idle).toBe(true);
  });

  it('dispose cancels the debounce and a queued rerun', async () => {
    const clock = manualTimers();
    const job = controlledRun();
    const scheduler = createScheduler(job.run, { debounceMs: 10, timers: clock.timers });
    scheduler.runNow();
    scheduler.trigger();
    clock.advance(10); // queued
    scheduler.trigger(); // waiting
    scheduler.dispose();
    expect(clock.pendingCount()).toBe(0);
    await job.finish(0);
    clock.advance(100);
    scheduler.trigger();
    scheduler.runNow();
    expect(job.calls()).toBe(1);
    await scheduler.idle();
  });
});

describe('isWatchedFile', () => {
  const folders = ['/site/seeds', '/site/content/verdicts'];

  it('accepts seeds, sidecars and verdict files', () => {
    expect(isWatchedFile('/site/seeds/000_a.txt', folders)).toBe(true);
    expect(isWatchedFile('/site/seeds/000_a.meta.yaml', folders)).toBe(true);
    expect(isWatchedFile('/site/content/verdicts/000-a.yaml', folders)).toBe(true);
  });

  it('ignores everything else, including the pages the ingest writes', () => {
    expect(isWatchedFile('/site/content/articles/000-a.mdx', folders)).toBe(false);
    expect(isWatchedFile('/site/content/ingest-report.json', folders)).toBe(false);
    expect(isWatchedFile('/site/seeds', folders)).toBe(false);
    expect(isWatchedFile('/site/seeds-old/a.txt', folders)).toBe(false);
    expect(isWatchedFile('/site/src/pages/index.astro', folders)).toBe(false);
  });

  it("ignores editors' temporary files", () => {
    for (const name of ['.000-a.yaml.swp', '000-a.yaml~', '.#000-a.yaml', '4913', '000-a.yaml.tmp']) {
      expect(isWatchedFile(`/site/content/verdicts/${name}`, folders), name).toBe(false);
    }
  });
});

describe('messages', () => {
  it('shows what the ingest printed, else how it ended', () => {
    expect(failureMessage('  factline: 1 verdict file(s) are invalid\n  - x.yaml: …\n', 1, null)).toBe('factline: 1 verdict file(s) are invalid\n  - x.yaml: …');
    expect(failureMessage('', 2, null)).toBe('factline ingest exited with 2');
    expect(failureMessage('', null, 'SIGKILL')).toBe('factline ingest was stopped by SIGKILL');
  });

  it('builds an error-overlay payload with the message and no stack', () => {
    const payload = overlayError('content/verdicts/x.yaml: Unexpected `fals`');
    expect(payload.type).toBe('error');
    expect(payload.err.message).toBe('content/verdicts/x.yaml: Unexpected `fals`');
    expect(payload.err.stack).toBe('');
    expect(payload.err.hint).toMatch(/Fix the file/);
  });

  it('points the overlay at the invalid file, at the claim it names or the YAML error', () => {
    const files: Record<string, string> = {
      '/site/content/verdicts/a.yaml': '# notes\nc-1111111111:\n  status: verified\nc-3fa29b1c0d:\n  status: fals\n',
      '/site/content/verdicts/b.yaml': 'c-3fa29b1c0d:\n  status: [\n',
    };
    const read = (file: string) => files[file] ?? null;
    const stderr = (line: string) => `factline: 1 verdict file(s) are invalid; nothing was written:\n  - ${line}`;
    expect(
      errorLocation(stderr('content/verdicts/a.yaml: Unexpected `fals` for `c-3fa29b1c0d.status`, expected one of: … [invalid-verdict]'), '/site', read),
    ).toEqual({ file: '/site/content/verdicts/a.yaml', line: 5, column: 3 });
    expect(errorLocation(stderr('content/verdicts/a.yaml: Unexpected missing value for `c-3fa29b1c0d.note`, expected a note'), '/site', read)).toEqual({
      file: '/site/content/verdicts/a.yaml',
      line: 4,
      column: 1,
    });
    expect(errorLocation(stderr('/site/content/verdicts/b.yaml: Unexpected YAML syntax (Flow sequence … at line 2, column 11:), expected …'), '/elsewhere', read)).toEqual({
      file: '/site/content/verdicts/b.yaml',
      line: 2,
      column: 11,
    });
    expect(errorLocation(stderr('content/verdicts/a.yaml: Unexpected key `x`, expected a claim id'), '/site', read)).toEqual({
      file: '/site/content/verdicts/a.yaml',
      line: 1,
      column: 1,
    });
    expect(errorLocation(stderr('content/verdicts/gone.yaml: …'), '/site', read)).toBeNull();
    expect(errorLocation('factline ingest exited with 2', '/site', read)).toBeNull();
    expect(overlayError('m', { file: '/f.yaml', line: 2, column: 1 }).err.loc).toEqual({ file: '/f.yaml', line: 2, column: 1 });
    expect(overlayError('m').err).not.toHaveProperty('loc');
  });

  it('names files relative to the project when they are inside it', () => {
    expect(displayPath('/site', '/site/content/verdicts/x.yaml')).toBe('content/verdicts/x.yaml');
    expect(displayPath('/site', '/tmp/verdicts/x.yaml')).toBe('/tmp/verdicts/x.yaml');
  });
});
