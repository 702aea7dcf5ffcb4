/**
 * The ingest's worker thread for tests, which dies on purpose on some seeds:
 * one named `crash-exit…` ends the thread (`process.exit`), one named
 * `crash-throw…` throws outside any handler. Every other task runs as in
 * `ingest-worker.ts`.
 */
import { parentPort } from 'node:worker_threads';
import { runTask, taskSeed, type Task, type WorkerMessage } from '../ingest-tasks.ts';

const port = parentPort!;
port.on('message', (task: Task) => {
  const seed = taskSeed(task);
  if (seed.startsWith('crash-exit')) process.exit(3);
  if (seed.startsWith('crash-throw')) {
    setImmediate(() => {
      throw new Error(`thrown on purpose for ${seed}`);
    });
    return;
  }
  port.postMessage({ reply: runTask(task) } satisfies WorkerMessage);
});
port.postMessage({ ready: true } satisfies WorkerMessage);
