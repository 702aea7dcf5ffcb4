/**
 * Reads many page files at once on all cores: a few worker threads
 * (`article-worker.ts`), each given one file at a time, the next as soon as it
 * answers. Parsing is the loader's main cost on a full build (~1.5 ms per
 * article), and Astro's own thread has little else to do meanwhile: it only
 * reads each file and takes its digest (`prepare`), so at most one file per
 * worker is held in memory.
 *
 * Workers run the TypeScript sources with Node's type stripping (Node ≥ 22.18;
 * `process.features.typescript`). Without it, for a few files, or when a
 * worker fails to start or dies, the files left are read in this thread: the
 * results are the same, only slower.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readAndStore, type ReadResult, type ReadTask } from './article-read.ts';

/** Below this many files, starting workers (~0.3 s each) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 200;

export function workerCount(files: number, cores = availableParallelism()): number {
  const typescript = (process.features as { typescript?: unknown }).typescript;
  if (!typescript || files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(cores, 4, Math.ceil(files / MIN_FILES_FOR_WORKERS)));
}

/**
 * For each item, `prepare` says what to read (or null: nothing to read, e.g.
 * unchanged since the last build); the results come back in item order, null
 * for the items not read.
 */
export async function readAll<I>(
  items: readonly I[],
  prepare: (item: I, index: number) => Promise<ReadTask | null>,
  workers = workerCount(items.length),
  workerUrl = new URL('./article-worker.ts', import.meta.url),
): Promise<(ReadResult | null)[]> {
  const results: (ReadResult | null)[] = new Array(items.length).fill(null);
  const again: [number, ReadTask][] = [];
  let next = 0;
  /** The next item that needs reading, prepared; undefined when none is left. */
  const take = async (): Promise<[number, ReadTask] | undefined> => {
    while (next < items.length) {
      const index = next++;
      const task = await prepare(items[index]!, index);
      if (task) return [index, task];
    }
    return undefined;
  };
  const runWorker = () =>
    new Promise<void>((done) => {
      let worker: Worker;
      try {
        worker = new Worker(workerUrl);
      } catch {
        done();
        return;
      }
      let current: [number, ReadTask] | undefined;
      const feed = async () => {
        current = await take();
        if (current) worker.postMessage(current[1]);
        else void worker.terminate();
      };
      worker.on('message', (message: ReadResult | { ready: true }) => {
        if (!('ready' in message)) results[current![0]] = message;
        void feed();
      });
      const stop = () => {
        // The file it was reading, if any, is read again in this thread.
        if (current) again.push(current);
        current = undefined;
        done();
      };
      worker.on('error', stop);
      worker.on('exit', stop);
    });
  await Promise.all(Array.from({ length: workers }, runWorker));
  for (const [index, task] of again) results[index] = await readAndStore(task);
  for (let item = await take(); item; item = await take()) results[item[0]] = await readAndStore(item[1]);
  return results;
}
