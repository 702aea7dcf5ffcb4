import { describe, expect, it } from 'vitest';
import { WorkerPool, workerExecArgv } from './worker-pool.ts';

const ECHO = new URL('./test-support/echo-worker.ts', import.meta.url);

interface Echo {
  value: number;
  thread: number;
}

function pool(size: number, workerUrl: URL = ECHO, maxStarts?: number): WorkerPool<number, Echo> {
  return new WorkerPool<number, Echo>({
    size,
    workerUrl,
    maxStarts,
    runInProcess: (task) => ({ value: task * 2, thread: 0 }),
    crashed: (_task, error) => ({ value: Number.NaN, thread: error.message.length > 0 ? -1 : -2 }),
  });
}

async function runAll(workers: WorkerPool<number, Echo>, tasks: number[]): Promise<Echo[]> {
  const replies: Echo[] = new Array(tasks.length);
  let calls = 0;
  await workers.run(tasks, (index, reply) => {
    expect(replies[index]).toBeUndefined();
    replies[index] = reply;
    calls++;
  });
  expect(calls).toBe(tasks.length);
  return replies;
}

describe('workerExecArgv', () => {
  it('keeps the parent’s options when tsx is loaded or Node strips types itself', () => {
    const tsx = ['--require', '/p/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///p/node_modules/tsx/dist/loader.mjs'];
    expect(workerExecArgv(tsx, false)).toEqual(tsx);
    expect(workerExecArgv(['--import', 'tsx'], false)).toEqual(['--import', 'tsx']);
    expect(workerExecArgv(['--max-old-space-size=4096'], 'strip')).toEqual(['--max-old-space-size=4096']);
  });

  it('adds tsx’s loader when nothing else would load TypeScript', () => {
    const argv = workerExecArgv(['--max-old-space-size=4096'], false);
    expect(argv.slice(0, 2)).toEqual(['--max-old-space-size=4096', '--import']);
    expect(argv[2]).toMatch(/^file:\/\/.*\/tsx\/dist\/loader\.mjs$/);
  });
});

describe('WorkerPool', { timeout: 60_000 }, () => {
  it('runs every task on the workers and gives each reply with its task’s index', async () => {
    const workers = pool(2);
    try {
      const tasks = Array.from({ length: 40 }, (_, index) => index);
      const replies = await runAll(workers, tasks);
      expect(replies.map((reply) => reply.value)).toEqual(tasks.map((task) => task * 2));
      // Which worker gets which task depends on timing: only that workers did them all.
      expect(new Set(replies.map((reply) => reply.thread)).size).toBeLessThanOrEqual(2);
      expect(replies.every((reply) => reply.thread > 0)).toBe(true);
      // The same workers serve a second run.
      const again = await runAll(workers, [5, 6, 7]);
      expect(again.map((reply) => reply.value)).toEqual([10, 12, 14]);
      expect(workers.readyCount).toBeGreaterThan(0);
      expect(workers.readyCount).toBeLessThanOrEqual(2);
      expect(workers.startError).toBeUndefined();
    } finally {
      await workers.close();
    }
  });

  it('gives a task whose worker dies the crash reply, and goes on with a fresh worker', async () => {
    const workers = pool(2);
    try {
      const tasks = [1, 2, -1, 3, 4, -2, 5, 6, 7, 8];
      const replies = await runAll(workers, tasks);
      tasks.forEach((task, index) => {
        if (task < 0) expect(replies[index]).toEqual({ value: Number.NaN, thread: -1 });
        else expect(replies[index]!.value).toBe(task * 2);
      });
      expect(workers.crashes).toBe(2);
      expect(workers.startError).toBeUndefined();
    } finally {
      await workers.close();
    }
  });

  it('stops starting workers after its limit and runs what is left in this thread', async () => {
    const workers = pool(1, ECHO, 2);
    try {
      const tasks = [-1, -1, 1, 2, 3];
      const replies = await runAll(workers, tasks);
      expect(replies.slice(0, 2).map((reply) => reply.thread)).toEqual([-1, -1]);
      expect(replies.slice(2)).toEqual([1, 2, 3].map((task) => ({ value: task * 2, thread: 0 })));
    } finally {
      await workers.close();
    }
  });

  it('runs every task in this thread, and says why, when no worker can start', async () => {
    const workers = pool(2, new URL('./test-support/no-such-worker.ts', import.meta.url));
    try {
      const tasks = [1, 2, 3, 4];
      const replies = await runAll(workers, tasks);
      expect(replies).toEqual(tasks.map((task) => ({ value: task * 2, thread: 0 })));
      expect(workers.startError?.message).toMatch(/no-such-worker/);
      expect(workers.readyCount).toBe(0);
    } finally {
      await workers.close();
    }
  });

  it('resolves at once with no tasks, and refuses a second run at the same time or after close', async () => {
    const workers = pool(1);
    await workers.run([], () => {
      throw new Error('no reply expected');
    });
    const first = workers.run([1], () => {});
    expect(() => workers.run([2], () => {})).toThrow(/already going on/);
    await first;
    await workers.close();
    expect(() => workers.run([3], () => {})).toThrow(/closed/);
  });
});
