/**
 * A small pool of worker threads (`node:worker_threads`) for CPU-bound
 * tasks: each worker gets one task at a time, the next as soon as it
 * replies, so the tasks spread over the workers however long each takes.
 * The caller gets every reply with the index of its task, and puts them in
 * order itself.
 *
 * A worker module says `{ ready: true }` once loaded, then answers each task
 * it is sent with `{ reply }`. It runs the TypeScript sources as they are:
 * a worker inherits the parent's `execArgv`, so under `tsx` (whose loader is
 * in `--import`) it loads them through tsx, and under Node's own type
 * stripping (Node ≥ 22.18) it needs nothing; on an older Node without tsx,
 * tsx's loader is added (`workerExecArgv`).
 *
 * Nothing hangs and nothing is lost:
 * - a worker that dies on a task (an uncaught error, `process.exit`, out of
 *   memory) gives that task the caller's `crashed` reply; a fresh worker
 *   takes its place, up to a limit;
 * - when no worker can be started at all (or none is left), the remaining
 *   tasks run in this thread (`runInProcess`), and `startError` says why.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The Node options for a worker that must load TypeScript: the parent's, plus tsx's loader when nothing else can strip types. */
export function workerExecArgv(
  execArgv: readonly string[] = process.execArgv,
  typescript: boolean | string | undefined = process.features.typescript,
): string[] {
  const hasTsx = execArgv.some((arg) => /(^|[\\/])tsx([\\/]|$)/.test(arg));
  if (hasTsx || typescript) return [...execArgv];
  return [...execArgv, '--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
}

export interface PoolOptions<T, R> {
  /** How many workers at most. */
  size: number;
  /** The worker module. */
  workerUrl: URL;
  /** Runs a task in this thread, when no worker is left to run it. */
  runInProcess: (task: T) => R;
  /** The reply for a task whose worker died while running it. */
  crashed: (task: T, error: Error) => R;
  /** Node options for the workers (default: `workerExecArgv()`). */
  execArgv?: string[];
  /** How many workers may be started over the pool's life, in all (default: twice `size`, plus 8). */
  maxStarts?: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  /** The index of the task it is running. */
  current: number | undefined;
}

interface Run<T, R> {
  tasks: readonly T[];
  next: number;
  remaining: number;
  onReply: (index: number, reply: R) => void;
  done: () => void;
}

export class WorkerPool<T, R> {
  readonly #options: PoolOptions<T, R>;
  readonly #slots = new Set<Slot>();
  readonly #execArgv: string[];
  #starts = 0;
  #everReady = false;
  #closed = false;
  #run: Run<T, R> | undefined;
  /** Why workers could not be started, when tasks had to run in this thread instead. */
  startError: Error | undefined;
  /** How many workers died while running a task. */
  crashes = 0;
  /** How many workers got ready, over the pool's life. */
  readyCount = 0;

  constructor(options: PoolOptions<T, R>) {
    this.#options = options;
    this.#execArgv = options.execArgv ?? workerExecArgv();
  }

  /** Runs the tasks; resolves once every one has had its reply. One run at a time. */
  run(tasks: readonly T[], onReply: (index: number, reply: R) => void): Promise<void> {
    if (this.#run) throw new Error('WorkerPool.run: a run is already going on');
    if (this.#closed) throw new Error('WorkerPool.run: the pool is closed');
    if (tasks.length === 0) return Promise.resolve();
    return new Promise((done) => {
      this.#run = { tasks, next: 0, remaining: tasks.length, onReply, done };
      while (this.#slots.size < Math.min(this.#options.size, tasks.length) && this.#mayStart()) this.#start();
      for (const slot of this.#slots) if (slot.ready && slot.current === undefined) this.#dispatch(slot);
      this.#fallBackIfNoWorkers();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.#closed = true;
    const workers = [...this.#slots].map((slot) => {
      slot.dead = true;
      return slot.worker.terminate();
    });
    this.#slots.clear();
    await Promise.all(workers);
  }

  /** Workers alive now. */
  get size(): number {
    return this.#slots.size;
  }

  #mayStart(): boolean {
    const max = this.#options.maxStarts ?? 2 * this.#options.size + 8;
    // When the very first workers cannot start, more will not either.
    return this.#starts < max && (this.#everReady || this.startError === undefined);
  }

  #start(): void {
    this.#starts++;
    let worker: Worker;
    try {
      worker = new Worker(this.#options.workerUrl, { execArgv: this.#execArgv });
    } catch (error) {
      this.startError ??= error as Error;
      return;
    }
    const slot: Slot = { worker, ready: false, dead: false, current: undefined };
    this.#slots.add(slot);
    worker.on('message', (message: { ready?: true; reply?: R }) => {
      if (slot.dead) return;
      if (message.ready) {
        slot.ready = true;
        this.#everReady = true;
        this.readyCount++;
        this.#dispatch(slot);
        return;
      }
      const index = slot.current;
      slot.current = undefined;
      if (index !== undefined) this.#deliver(index, message.reply as R);
      this.#dispatch(slot);
    });
    const fail = (error: Error) => this.#failed(slot, error);
    worker.on('error', fail);
    worker.on('messageerror', fail);
    worker.on('exit', (code) => fail(new Error(`the worker thread exited with code ${code}`)));
  }

  /** Sends the slot its next task, if there is one. */
  #dispatch(slot: Slot): void {
    const run = this.#run;
    if (!run || run.next >= run.tasks.length) return;
    const index = run.next++;
    slot.current = index;
    slot.worker.postMessage(run.tasks[index]);
  }

  #deliver(index: number, reply: R): void {
    const run = this.#run!;
    run.onReply(index, reply);
    if (--run.remaining === 0) {
      this.#run = undefined;
      run.done();
    }
  }

  #failed(slot: Slot, error: Error): void {
    if (slot.dead) return;
    slot.dead = true;
    this.#slots.delete(slot);
    void slot.worker.terminate();
    if (!slot.ready) this.startError ??= error;
    const run = this.#run;
    if (slot.current !== undefined && run) {
      this.crashes++;
      const index = slot.current;
      slot.current = undefined;
      this.#deliver(index, this.#options.crashed(run.tasks[index]!, error));
    }
    if (this.#run && this.#run.next < this.#run.tasks.length && this.#mayStart()) this.#start();
    this.#fallBackIfNoWorkers();
  }

  /** With tasks left and no worker to run them, runs them here. */
  #fallBackIfNoWorkers(): void {
    if (this.#slots.size > 0) return;
    while (this.#run && this.#run.next < this.#run.tasks.length) {
      const index = this.#run.next++;
      this.#deliver(index, this.#options.runInProcess(this.#run.tasks[index]!));
    }
  }
}
