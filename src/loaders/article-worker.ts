/**
 * A worker thread of the articles loader (`read-pool.ts`): reads the page
 * files it is sent (`readAndStore`) and answers each with its result. Says
 * `{ ready: true }` once loaded. Runs as plain Node (TypeScript stripped).
 */
import { parentPort } from 'node:worker_threads';
import { readAndStore, type ReadTask } from './article-read.ts';

parentPort!.on('message', (task: ReadTask) => {
  void readAndStore(task).then((result) => parentPort!.postMessage(result));
});
parentPort!.postMessage({ ready: true });
